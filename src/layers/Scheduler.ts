import { Clock, Context, Effect, FiberMap, Layer, Option, Random, Ref, Schedule } from "effect"
import { catchUpPlan, localWall, type CatchUpReport } from "../domain/catchup.js"
import type { ResolvedJob } from "../domain/config.js"
import { cronSchedule } from "../domain/cron-schedule.js"
import { isFixedTime, nextAfter } from "../domain/cron.js"
import { UnknownJob } from "../domain/errors.js"
import { JobEvent } from "../domain/events.js"
import { jobEnabled, savedJob, schedulerEnabled, type StateFile } from "../domain/state.js"
import { formatInZone } from "../domain/time.js"
import { ActiveConfig } from "./ActiveConfig.js"
import { Events } from "./Events.js"
import { Runner } from "./Runner.js"
import { makeRuns, type Dispatch, type RunningRun } from "./scheduler/runs.js"
import { StateStore } from "./StateStore.js"

export type { CatchUpReport, Dispatch, RunningRun }

export interface Reconciled {
  readonly added: ReadonlyArray<string>
  readonly changed: ReadonlyArray<string>
  readonly removed: ReadonlyArray<string>
}

/** A timer this late means the process was frozen or the machine slept: catch up instead of firing. */
export const LATE_MS = 5_000

/** How long a stopping daemon gives the runs still going before it ends them. */
export class ShutdownGrace extends Context.Reference<ShutdownGrace>()("bot-cron/ShutdownGrace", { defaultValue: () => 10_000 }) {}

/**
 * One fiber per job, in a FiberMap keyed by its name: each runs `Effect.schedule` of the
 * job's fire on its cron Schedule. The runs a fire starts are not the job fiber's: they
 * carry on when it is interrupted (sleep, a changed job). Reconcile, suspend and resume
 * change the fibers under one lock.
 */
export class Scheduler extends Context.Tag("bot-cron/Scheduler")<Scheduler, {
  /** Brings the fibers in line with the active config: an unchanged job's fiber (and next instant) is left alone. */
  readonly reconcile: Effect.Effect<Reconciled>
  /** Starts a run now (source manual), subject to the job's overlap policy. */
  readonly trigger: (name: string) => Effect.Effect<Dispatch, UnknownJob>
  readonly running: Effect.Effect<ReadonlyArray<RunningRun>>
  /** Each job's next instant as its fiber computed it (null: it never fires again) */
  readonly nextRuns: Effect.Effect<ReadonlyMap<string, number | null>>
  /** Stops firing (the machine is going to sleep), waits in jitter and catch-up spread included; runs already going carry on. */
  readonly suspend: (reason: string) => Effect.Effect<void>
  /** Handles the instants missed since each job's pending one (or `pending`, from the state file), then starts the fibers again. */
  readonly resume: (reason: string, pending?: ReadonlyMap<string, number>) => Effect.Effect<CatchUpReport>
  readonly lastCatchUp: Effect.Effect<Option.Option<CatchUpReport>>
  /** true between suspend and resume: no job fires */
  readonly paused: Effect.Effect<boolean>
}>() {
  static readonly layer = Layer.scoped(Scheduler, Effect.suspend(() => make))
}

const make = Effect.gen(function* () {
  const events = yield* Events
  const store = yield* StateStore
  const active = yield* ActiveConfig
  const scope = yield* Effect.scope
  const runs = yield* makeRuns({ runner: yield* Runner, events, currentJob: active.job })
  const fibers = yield* FiberMap.make<string>()
  const lock = yield* Effect.makeSemaphore(1)
  const scheduled = new Map<string, ResolvedJob>() // the definition each job's fiber runs
  const nextRuns = new Map<string, number | null>() // written by each job's own fiber
  const lastCatchUp = yield* Ref.make(Option.none<CatchUpReport>())
  let paused = false
  let resumedAt = Number.NEGATIVE_INFINITY

  /** The local wall time this job last fired at, when a fall-back hour must not fire it again. */
  const alreadyRan = (job: ResolvedJob, at: number, state: StateFile) =>
    isFixedTime(job.cron) && savedJob(state, job.name)?.last_fire_wall === localWall(at, job.zone)

  /** One cron fire of `job` for its instant `at`: its switches, the fall-back guard, jitter, then a run. */
  const fire = (job: ResolvedJob, at: number): Effect.Effect<void> =>
    Effect.gen(function* () {
      const now = yield* Clock.currentTimeMillis
      if (now - at > LATE_MS) {
        const reason = `late timer: ${job.name} woke ${Math.round((now - at) / 1000)} s after ${formatInZone(at, job.zone)}`
        yield* Effect.forkIn(resume(reason, undefined, at), scope)
        return yield* Effect.never // the resume restarts this fiber
      }
      const state = yield* store.get
      const reason = !schedulerEnabled(state, (yield* active.get).schedules)
        ? "scheduler_disabled"
        : !jobEnabled(state, job) ? "job_disabled" : alreadyRan(job, at, state) ? "already_ran" : undefined
      if (reason !== undefined) return yield* events.publish(JobEvent.JobSkipped({ job: job.name, reason, scheduledAt: at }))
      if (job.jitter_seconds > 0) yield* Effect.sleep(yield* Random.nextIntBetween(0, job.jitter_seconds * 1000 + 1))
      yield* runs.dispatch(job, "cron", at)
    }).pipe(Effect.catchAllDefect((defect) => Effect.logError(`job ${job.name}: its fire at ${formatInZone(at, job.zone)} failed`, defect)))

  /** The job's fiber: its catch-up run (after its spread offset), then its fires on its cron Schedule. */
  const jobFiber = (job: ResolvedJob, catchUp?: { readonly newest: number; readonly offsetMs: number }): Effect.Effect<void> => {
    let at = 0
    const record = (next: number | null) =>
      Effect.suspend(() => (nextRuns.set(job.name, next), events.publish(JobEvent.NextRunScheduled({ job: job.name, at: next }))))
    const instants = cronSchedule((after) => nextAfter(job.cron, job.zone, after)).pipe(
      Schedule.tapOutput((next) => Effect.zipRight(Effect.sync(() => (at = next)), record(next)))
    )
    const regular: Effect.Effect<void> = Effect.flatMap(Clock.currentTimeMillis, (now) =>
      nextAfter(job.cron, job.zone, now) === undefined
        ? record(null)
        : Effect.schedule(Effect.suspend(() => fire(job, at)), instants).pipe(Effect.zipRight(record(null)))
    )
    if (catchUp === undefined) return regular
    return Effect.sleep(catchUp.offsetMs).pipe(Effect.zipRight(runs.dispatch(job, "catch_up", catchUp.newest)), Effect.zipRight(regular))
  }

  const reconcile = lock.withPermits(1)(Effect.gen(function* () {
    const jobs = yield* active.jobs
    const diff = { added: new Array<string>(), changed: new Array<string>(), removed: new Array<string>() }
    const wanted = new Set<string>()
    for (const job of jobs) {
      wanted.add(job.name)
      const previous = scheduled.get(job.name)
      scheduled.set(job.name, job)
      // an unchanged job is the same object from one config to the next; one written differently is compared by its definition
      if (previous === job || (previous !== undefined && JSON.stringify(previous) === JSON.stringify(job))) continue
      ;(previous === undefined ? diff.added : diff.changed).push(job.name)
      if (!paused) yield* FiberMap.run(fibers, job.name, jobFiber(job))
    }
    for (const name of scheduled.keys()) {
      if (wanted.has(name)) continue
      scheduled.delete(name)
      nextRuns.delete(name)
      diff.removed.push(name)
      yield* FiberMap.remove(fibers, name) // a run it started carries on and is recorded
    }
    return diff
  }))

  const suspend = (reason: string) => lock.withPermits(1)(Effect.gen(function* () {
    paused = true
    yield* FiberMap.clear(fibers)
    yield* Effect.logInfo(`scheduler paused (${reason}); runs already going carry on`)
  }))

  /** `lateAt`: a late timer's instant; a resume since then has handled it already. */
  const resume = (reason: string, pending?: ReadonlyMap<string, number>, lateAt?: number): Effect.Effect<CatchUpReport> => lock.withPermits(1)(Effect.gen(function* () {
    const now = yield* Clock.currentTimeMillis
    if (lateAt !== undefined && resumedAt >= lateAt) return Option.getOrThrow(yield* Ref.get(lastCatchUp))
    yield* FiberMap.clear(fibers)
    const { schedules } = yield* active.get
    const state = yield* store.get
    const jobs = [...scheduled.values()]
    const plan = catchUpPlan({
      jobs: jobs.filter((job) => schedulerEnabled(state, schedules) && jobEnabled(state, job)),
      from: (job) => pending?.get(job.name) ?? nextRuns.get(job.name) ?? undefined,
      alreadyRan: (job, at) => alreadyRan(job, at, state),
      now,
      spreadMs: schedules.catch_up_spread_seconds * 1000
    })
    for (const m of plan) {
      yield* events.publish(JobEvent.JobMissed({ job: m.job.name, count: m.count, newest: m.newest, caughtUp: m.caughtUp, reason, coveredBy: m.coveredBy }))
    }
    paused = false
    resumedAt = now
    const catchUps = new Map(plan.filter((m) => m.caughtUp).map((m) => [m.job.name, { newest: m.newest, offsetMs: m.offsetMs }]))
    for (const job of jobs) yield* FiberMap.run(fibers, job.name, jobFiber(job, catchUps.get(job.name)))
    const report: CatchUpReport = {
      reason,
      at: now,
      missed: plan.map((m) => ({ job: m.job.name, count: m.count, newest: m.newest, caught_up: m.caughtUp, covered_by_next_run: m.coveredBy !== null }))
    }
    yield* Ref.set(lastCatchUp, Option.some(report))
    const summary = `scheduler resumed (${reason}): ${plan.length} job${plan.length === 1 ? "" : "s"} missed runs, ${catchUps.size} caught up` +
      (catchUps.size > 1 ? ` over ${schedules.catch_up_spread_seconds} s` : "")
    yield* plan.length === 0 ? Effect.logDebug(summary) : Effect.logInfo(summary)
    return report
  }))

  const trigger = (name: string) => Effect.gen(function* () {
    const job = yield* active.job(name)
    if (job === undefined) return yield* new UnknownJob({ job: name, known: (yield* active.jobs).map((j) => j.name) })
    return yield* runs.dispatch(job, "manual", yield* Clock.currentTimeMillis)
  })

  // Stopping: no new fires, the runs going get the shutdown grace, then the FiberSet ends the rest.
  yield* Effect.addFinalizer(() => Effect.gen(function* () {
    paused = true
    yield* FiberMap.clear(fibers)
    yield* runs.stop(yield* ShutdownGrace)
  }))

  return Scheduler.of({
    reconcile,
    trigger,
    running: runs.running,
    nextRuns: Effect.sync(() => nextRuns),
    suspend,
    resume: (reason, pending) => resume(reason, pending),
    lastCatchUp: Ref.get(lastCatchUp),
    paused: Effect.sync(() => paused)
  })
})
