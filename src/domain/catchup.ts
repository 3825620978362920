import type { CronEvaluator } from "./cron.js"
import { JobEvent } from "./events.js"
import type { Calendar } from "./time.js"

/** Most missed instants counted for one job (an every-second job asleep for a day stops here). */
export const MISSED_COUNT_CAP = 10_000

export interface Missed {
  /** how many instants were missed, at most MISSED_COUNT_CAP */
  readonly count: number
  readonly newest: number
}

/** The instants of a job in [from, now]: `from` is the instant it was waiting for. */
export const missedInstants = (
  { nextAfter }: CronEvaluator,
  cron: string,
  zone: string,
  from: number,
  now: number
): Missed | undefined => {
  if (from > now) return undefined
  let count = 1
  let newest = from
  for (let t = nextAfter(cron, zone, from); t !== undefined && t <= now; t = nextAfter(cron, zone, t)) {
    newest = t
    if (++count >= MISSED_COUNT_CAP) {
      // past the cap only the newest matters: find it without counting
      let probe = nextAfter(cron, zone, Math.max(newest, now - 1))
      while (probe !== undefined && probe <= now) {
        newest = probe
        probe = nextAfter(cron, zone, probe)
      }
      break
    }
  }
  return { count, newest }
}

/** `2026-11-01T01:30:00`: an instant's local wall time, without offset (the same in both fall-back hours). */
export const localWall = (calendar: Calendar, ms: number, zone: string): string => calendar.formatInZone(ms, zone).slice(0, 19)

/** Start offsets for k catch-up runs spread evenly over a window, so a wake does not start them all at once. */
export const spreadOffsets = (k: number, windowMs: number): ReadonlyArray<number> =>
  Array.from({ length: k }, (_, i) => Math.floor((i * windowMs) / Math.max(1, k)))

/** What a wake (or a start after downtime, or a late timer) found and did, job by job. */
export interface CatchUpReport {
  readonly reason: string
  readonly at: number
  readonly missed: ReadonlyArray<{
    readonly job: string
    readonly count: number
    readonly newest: number
    readonly caught_up: boolean
    readonly covered_by_next_run: boolean
  }>
}

/** One job's missed instants and what its catch_up policy makes of them. */
export interface PlannedCatchUp<J> extends Missed {
  readonly job: J
  /** run the newest missed instant, `offsetMs` after the wake */
  readonly caughtUp: boolean
  readonly offsetMs: number
  /** the job's next regular instant, when it comes before the catch-up's slot and stands for it */
  readonly coveredBy: number | null
}

interface CatchUpJob {
  readonly cron: string
  readonly zone: string
  readonly catch_up: "latest" | "skip"
  readonly misfire_grace_seconds: number
}

/**
 * The catch-up pass: for each job, the instants missed since the one it was waiting
 * for (`from`) up to `now`; with `latest`, the newest is run if it is within the grace
 * and did not run already, the runs spread over `spreadMs`; a run whose slot falls at
 * or after the job's next regular instant is left to that instant.
 */
export const catchUpPlan = <J extends CatchUpJob>(input: {
  readonly cron: CronEvaluator
  readonly jobs: ReadonlyArray<J>
  readonly from: (job: J) => number | undefined
  readonly alreadyRan: (job: J, at: number) => boolean
  readonly now: number
  readonly spreadMs: number
}): ReadonlyArray<PlannedCatchUp<J>> => {
  const { now } = input
  const missed: Array<Missed & { readonly job: J; readonly wanted: boolean }> = []
  for (const job of input.jobs) {
    const from = input.from(job)
    const m = from === undefined ? undefined : missedInstants(input.cron, job.cron, job.zone, from, now)
    if (m === undefined) continue
    const wanted = job.catch_up === "latest" && now - m.newest <= job.misfire_grace_seconds * 1000 && !input.alreadyRan(job, m.newest)
    missed.push({ job, ...m, wanted })
  }
  const offsets = spreadOffsets(missed.filter((m) => m.wanted).length, input.spreadMs)
  let slot = 0
  return missed.map(({ wanted, ...m }) => {
    if (!wanted) return { ...m, caughtUp: false, offsetMs: 0, coveredBy: null }
    const offsetMs = offsets[slot++] ?? 0
    const regular = input.cron.nextAfter(m.job.cron, m.job.zone, now)
    const coveredBy = regular !== undefined && now + offsetMs >= regular ? regular : null
    return { ...m, caughtUp: coveredBy === null, offsetMs, coveredBy }
  })
}

/** The report of a catch-up pass, for status and health. */
export const catchUpReport = <J extends { readonly name: string }>(
  reason: string,
  at: number,
  plan: ReadonlyArray<PlannedCatchUp<J>>
): CatchUpReport => ({
  reason,
  at,
  missed: plan.map((m) => ({
    job: m.job.name,
    count: m.count,
    newest: m.newest,
    caught_up: m.caughtUp,
    covered_by_next_run: m.coveredBy !== null
  }))
})

/** The log line of a catch-up pass. */
export const catchUpSummary = (reason: string, plan: ReadonlyArray<PlannedCatchUp<unknown>>, spreadSeconds: number): string => {
  const caught = plan.filter((m) => m.caughtUp).length
  return `scheduler resumed (${reason}): ${plan.length} job${plan.length === 1 ? "" : "s"} missed runs, ${caught} caught up` +
    (caught > 1 ? ` over ${spreadSeconds} s` : "")
}

/** The JobMissed events of a catch-up pass, one a job that missed instants. */
export const missedEvents = (plan: ReadonlyArray<PlannedCatchUp<{ readonly name: string }>>, reason: string): ReadonlyArray<JobEvent> =>
  plan.map((m) =>
    JobEvent.JobMissed({ job: m.job.name, count: m.count, newest: m.newest, caughtUp: m.caughtUp, reason, coveredBy: m.coveredBy })
  )

/** The catch-up run each job of the pass gets: its newest missed instant, and when after the wake it starts. */
export const catchUpRuns = (plan: ReadonlyArray<PlannedCatchUp<{ readonly name: string }>>) =>
  new Map(plan.filter((m) => m.caughtUp).map((m) => [m.job.name, { newest: m.newest, offsetMs: m.offsetMs }]))
