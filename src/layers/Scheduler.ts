import { Clock, Context, Effect, FiberMap, Layer, Option, Ref } from "effect"
import { localWall, missedInstants, spreadOffsets } from "../domain/catchup.js"
import type { ResolvedJob } from "../domain/config.js"
import { isFixedTime, nextAfter } from "../domain/cron.js"
import { UnknownJob } from "../domain/errors.js"
import { JobEvent } from "../domain/events.js"
import { SchedulerTuning, sleepUntil } from "../domain/sleep.js"
import { jobEnabled, schedulerEnabled } from "../domain/state.js"
import { formatInZone } from "../domain/time.js"
import { ActiveConfig } from "./ActiveConfig.js"
import { Events } from "./Events.js"
import { Runner } from "./Runner.js"
import { makeRuns, type Dispatch, type RunningRun } from "./scheduler/runs.js"
import { StateStore } from "./StateStore.js"

export type { Dispatch, RunningRun }

export interface Reconciled {
  readonly added: ReadonlyArray<string>
  readonly changed: ReadonlyArray<string>
  readonly removed: ReadonlyArray<string>
}

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

/** A timer this late means the process was frozen or the machine slept: catch up instead of firing. */
export const LATE_MS = 5_000

/**
 * One supervised fiber per job that sleeps until the job's next instant and fires it;
 * runs are forked into a FiberSet, so a failing job never ends its fiber or the daemon.
 * On sleep the fibers stop; on wake (or a timer found far too late, or a start after
 * downtime) missed instants are handled by each job's catch_up policy.
 */
export class Scheduler extends Context.Tag("bot-cron/Scheduler")<
  Scheduler,
  {
    /** Brings the job fibers in line with the active config: unchanged jobs keep their fiber. */
    readonly reconcile: Effect.Effect<Reconciled>
    /** Starts a run now (source manual), subject to the job's overlap policy. */
    readonly trigger: (name: string) => Effect.Effect<Dispatch, UnknownJob>
    readonly running: Effect.Effect<ReadonlyArray<RunningRun>>
    /** Each job's next instant as its fiber computed it (null: it never fires again) */
    readonly nextRuns: Effect.Effect<ReadonlyMap<string, number | null>>
    /** Stops firing (the machine is going to sleep); runs already going carry on. */
    readonly suspend: (reason: string) => Effect.Effect<void>
    /**
     * Handles the instants missed since each job's pending one (or since `pending`,
     * read from the state file after downtime), then restarts every fiber from now.
     */
    readonly resume: (reason: string, pending?: ReadonlyMap<string, number>) => Effect.Effect<CatchUpReport>
    readonly lastCatchUp: Effect.Effect<Option.Option<CatchUpReport>>
    /** true between suspend and resume: no job fires */
    readonly paused: Effect.Effect<boolean>
  }
>() {
  static readonly layer = Layer.scoped(Scheduler, Effect.suspend(() => make))
}

const make = Effect.gen(function* () {
  const events = yield* Events
  const runner = yield* Runner
  const store = yield* StateStore
  const active = yield* ActiveConfig
  const scope = yield* Effect.scope
  const loops = yield* FiberMap.make<string>()
  const currentJob = (name: string) => Effect.map(active.jobs, (jobs) => jobs.find((j) => j.name === name))
  const runs = yield* makeRuns({ runner, events, currentJob })
  const resumeLock = yield* Effect.makeSemaphore(1)
  const lastCatchUp = yield* Ref.make(Option.none<CatchUpReport>())
  const definitions = new Map<string, string>()
  const nextRuns = new Map<string, number | null>()
  let sleeping = false

  /** The local wall time this job last fired at, when a fall-back hour must not fire it again. */
  const alreadyRan = (job: ResolvedJob, at: number, lastFireWall: string | null | undefined) =>
    isFixedTime(job.cron) && lastFireWall === localWall(at, job.zone)

  const fire = (job: ResolvedJob, scheduledAt: number) =>
    Effect.gen(function* () {
      const state = yield* store.get
      const { schedules } = yield* active.get
      const skip = (reason: "scheduler_disabled" | "job_disabled" | "already_ran") =>
        events.publish(JobEvent.JobSkipped({ job: job.name, reason, scheduledAt }))
      if (!schedulerEnabled(state, schedules)) return yield* skip("scheduler_disabled")
      if (!jobEnabled(state, job)) return yield* skip("job_disabled")
      const saved = state.jobs.find((j) => j.name === job.name)
      if (alreadyRan(job, scheduledAt, saved?.last_fire_wall)) return yield* skip("already_ran")
      yield* runs.dispatch(job, "cron", scheduledAt)
    })

  const loop = (job: ResolvedJob, from: number): Effect.Effect<void> =>
    Effect.gen(function* () {
      let after = from
      for (;;) {
        const next = nextAfter(job.cron, job.zone, after)
        nextRuns.set(job.name, next ?? null)
        yield* events.publish(JobEvent.NextRunScheduled({ job: job.name, at: next ?? null }))
        if (next === undefined) return
        yield* sleepUntil(next)
        const now = yield* Clock.currentTimeMillis
        if (now - next > LATE_MS) {
          const late = `late timer: ${job.name} woke ${Math.round((now - next) / 1000)} s after ${formatInZone(next, job.zone)}`
          yield* Effect.forkIn(Effect.asVoid(resume(late)), scope)
          return yield* Effect.never // resume restarts every fiber, this one included
        }
        yield* fire(job, next).pipe(
          Effect.catchAllCause((cause) => Effect.logError(`job ${job.name}: the fire at ${formatInZone(next, job.zone)} failed`, cause))
        )
        after = Math.max(next, now)
      }
    })

  const reconcile = Effect.gen(function* () {
    const jobs = yield* active.jobs
    const now = yield* Clock.currentTimeMillis
    const wanted = new Set<string>(jobs.map((j) => j.name))
    const added: Array<string> = []
    const changed: Array<string> = []
    const removed: Array<string> = []
    // a removed job's fiber stops; a run it started is in the FiberSet and finishes
    for (const name of [...definitions.keys()]) {
      if (wanted.has(name)) continue
      yield* FiberMap.remove(loops, name)
      definitions.delete(name)
      nextRuns.delete(name)
      removed.push(name)
    }
    for (const job of jobs) {
      const definition = JSON.stringify(job)
      const previous = definitions.get(job.name)
      if (previous === definition) continue
      ;(previous === undefined ? added : changed).push(job.name)
      definitions.set(job.name, definition)
      if (!sleeping) yield* FiberMap.run(loops, job.name, loop(job, now))
    }
    return { added, changed, removed }
  })

  const suspend = (reason: string) =>
    Effect.gen(function* () {
      sleeping = true
      yield* FiberMap.clear(loops)
      yield* Effect.logInfo(`scheduler paused (${reason}); runs already going carry on`)
    })

  const resume = (reason: string, pending?: ReadonlyMap<string, number>) =>
    resumeLock.withPermits(1)(
      Effect.gen(function* () {
        const now = yield* Clock.currentTimeMillis
        yield* FiberMap.clear(loops)
        const jobs = yield* active.jobs
        const state = yield* store.get
        const { schedules } = yield* active.get
        const saved = new Map(state.jobs.map((j) => [j.name, j]))
        const missed: Array<{ job: ResolvedJob; count: number; newest: number; caughtUp: boolean }> = []
        for (const job of jobs) {
          const from = pending?.get(job.name) ?? nextRuns.get(job.name)
          if (from === undefined || from === null) continue
          if (!schedulerEnabled(state, schedules) || !jobEnabled(state, job)) continue
          const m = missedInstants(job.cron, job.zone, from, now)
          if (m === undefined) continue
          const caughtUp =
            job.catch_up === "latest" &&
            now - m.newest <= job.misfire_grace_seconds * 1000 &&
            !alreadyRan(job, m.newest, saved.get(job.name)?.last_fire_wall)
          missed.push({ job, ...m, caughtUp })
        }
        // spread the catch-up runs; one whose slot falls at or after the job's next regular
        // instant is not started: that run comes first and stands for it
        const wanted = missed.filter((m) => m.caughtUp)
        const offsets = spreadOffsets(wanted.length, schedules.catch_up_spread_seconds * 1000)
        const toRun: Array<{ job: ResolvedJob; newest: number; offset: number }> = []
        const coveredBy = new Map<string, number>()
        wanted.forEach((m, i) => {
          const offset = offsets[i] ?? 0
          const regular = nextAfter(m.job.cron, m.job.zone, now)
          if (regular !== undefined && now + offset >= regular) coveredBy.set(m.job.name, regular)
          else toRun.push({ job: m.job, newest: m.newest, offset })
        })
        for (const m of missed) {
          const covered = coveredBy.get(m.job.name) ?? null
          yield* events.publish(
            JobEvent.JobMissed({ job: m.job.name, count: m.count, newest: m.newest, caughtUp: m.caughtUp && covered === null, reason, coveredBy: covered })
          )
        }
        yield* Effect.forEach(toRun, (r) => runs.dispatch(r.job, "catch_up", r.newest, r.offset), { discard: true })
        sleeping = false
        for (const job of jobs) yield* FiberMap.run(loops, job.name, loop(job, now))
        const report: CatchUpReport = {
          reason,
          at: now,
          missed: missed.map((m) => ({
            job: m.job.name,
            count: m.count,
            newest: m.newest,
            caught_up: m.caughtUp && !coveredBy.has(m.job.name),
            covered_by_next_run: coveredBy.has(m.job.name)
          }))
        }
        yield* Ref.set(lastCatchUp, Option.some(report))
        const summary =
          `scheduler resumed (${reason}): ${missed.length} job${missed.length === 1 ? "" : "s"} missed runs, ${toRun.length} caught up` +
          (toRun.length > 1 ? ` over ${schedules.catch_up_spread_seconds} s` : "")
        yield* missed.length === 0 ? Effect.logDebug(summary) : Effect.logInfo(summary)
        return report
      })
    )

  const trigger = (name: string) =>
    Effect.gen(function* () {
      const jobs = yield* active.jobs
      const job = jobs.find((j) => j.name === name)
      if (job === undefined) return yield* new UnknownJob({ job: name, known: jobs.map((j) => j.name) })
      return yield* runs.dispatch(job, "manual", yield* Clock.currentTimeMillis)
    })

  // Stopping: no new fires, running jobs get the shutdown grace, then the FiberSet ends the rest.
  yield* Effect.addFinalizer(() =>
    Effect.gen(function* () {
      sleeping = true
      yield* FiberMap.clear(loops)
      yield* runs.stop((yield* SchedulerTuning).shutdownGraceMs)
    })
  )

  return Scheduler.of({
    reconcile,
    trigger,
    running: runs.running,
    nextRuns: Effect.sync(() => nextRuns),
    suspend,
    resume,
    lastCatchUp: Ref.get(lastCatchUp),
    paused: Effect.sync(() => sleeping)
  })
})
