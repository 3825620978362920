import { Clock, Effect, Random, Schedule } from "effect"
import type { ResolvedJob } from "../../domain/config.js"
import { cronSchedule } from "../../domain/cron-schedule.js"
import type { CronEvaluator } from "../../domain/cron.js"
import { JobEvent, type JobSkipReason } from "../../domain/events.js"
import { fireSkip } from "../../domain/state.js"
import type { Calendar } from "../../domain/time.js"
import type { ActiveConfig } from "../ActiveConfig.js"
import type { Events } from "../Events.js"
import type { StateStore } from "../StateStore.js"

export interface Skip {
  readonly reason: JobSkipReason
  readonly detail?: string
}

/** A timer this late means the process was frozen or the machine slept: catch up instead of firing. */
export const LATE_MS = 5_000

/**
 * What one job's fiber does: its catch-up run, if the wake gave it one (after its spread
 * offset), then `Effect.schedule` of its fire on its cron Schedule. Every wait (the next
 * instant, jitter, the spread) is in this fiber, so interrupting it stops them all; the
 * runs it starts are not its own and carry on.
 */
export const makeJobFiber = (deps: {
  readonly cron: CronEvaluator
  readonly calendar: Calendar
  readonly events: Events["Type"]
  readonly runs: { readonly launch: (job: ResolvedJob, source: "cron" | "catch_up", scheduledAt: number) => Effect.Effect<void> }
  /** each job's next instant, written by its own fiber */
  readonly nextRuns: Map<string, number | null>
  /** the switches, the state (a fixed-time job's last fire) and the config say whether a fire runs */
  readonly store: StateStore["Type"]
  readonly active: ActiveConfig["Type"]
  readonly lateWake: (at: number, reason: string) => Effect.Effect<void>
}) => {
  const { events, runs } = deps
  const { nextAfter } = deps.cron

  /** why a fire (or a catch-up run) of `job` for `at` does not run now, if it does not */
  const skipReason = (job: ResolvedJob, at: number): Effect.Effect<Skip | undefined> =>
    Effect.all([deps.store.snapshot, deps.active.get, Clock.currentTimeMillis]).pipe(
      Effect.map(([{ job: saved, state }, { schedules }, now]) => fireSkip(deps.calendar, state, schedules, job, at, now, saved(job.name)))
    )

  const skipped = (job: ResolvedJob, at: number) =>
    Effect.flatMap(skipReason(job, at), (skip) =>
      skip === undefined
        ? Effect.succeed(false)
        : Effect.as(events.publish(JobEvent.JobSkipped({ job: job.name, scheduledAt: at, ...skip })), true))

  /** One cron fire for the instant `at`: the switches and the fall-back guard, jitter, then a run. */
  const fire = (job: ResolvedJob, at: number): Effect.Effect<void> =>
    Effect.gen(function*() {
      const now = yield* Clock.currentTimeMillis
      if (now - at > LATE_MS) {
        return yield* deps.lateWake(
          at,
          `late timer: ${job.name} woke ${Math.round((now - at) / 1000)} s after ${deps.calendar.formatInZone(at, job.zone)}`
        )
      }
      if (yield* skipped(job, at)) return
      if (job.jitter_seconds > 0) yield* Effect.sleep(yield* Random.nextIntBetween(0, job.jitter_seconds * 1000 + 1))
      yield* runs.launch(job, "cron", at)
      // the run's fiber goes first: this fiber's next step (the next instant, ~0.1 ms in a zone) waits behind it
      yield* Effect.yieldNow()
    }).pipe(Effect.catchAllDefect((defect) =>
      Effect.logError(`job ${job.name}: its fire at ${deps.calendar.formatInZone(at, job.zone)} failed`, defect)
    ))

  return (job: ResolvedJob, catchUp?: { readonly newest: number; readonly offsetMs: number }): Effect.Effect<void> => {
    let at = 0 // the instant the schedule waits for, as its last step decided
    const record = (next: number | null) =>
      Effect.suspend(() => (deps.nextRuns.set(job.name, next), events.publish(JobEvent.NextRunScheduled({ job: job.name, at: next }))))
    const instants = cronSchedule((after) => nextAfter(job.cron, job.zone, after)).pipe(
      Schedule.tapOutput((next) => Effect.zipRight(Effect.sync(() => (at = next)), record(next)))
    )
    // a schedule with no instant at all ends at once (Effect.schedule would die for want of an output)
    const regular = Effect.flatMap(Clock.currentTimeMillis, (now) =>
      nextAfter(job.cron, job.zone, now) === undefined
        ? record(null)
        : Effect.schedule(Effect.suspend(() => fire(job, at)), instants).pipe(Effect.zipRight(record(null))))
    if (catchUp === undefined) return regular
    // a catch-up run counts against the budget like any other: a long sleep cannot burst-spend
    const catchUpRun = Effect.flatMap(
      skipped(job, catchUp.newest),
      (no) => (no ? Effect.void : runs.launch(job, "catch_up", catchUp.newest))
    )
    return Effect.sleep(catchUp.offsetMs).pipe(Effect.zipRight(catchUpRun), Effect.zipRight(regular))
  }
}
