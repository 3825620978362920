import { Clock, Context, Effect, FiberMap, Layer, Option, Ref } from "effect"
import { catchUpPlan, type CatchUpReport, catchUpReport, catchUpRuns, catchUpSummary, missedEvents } from "../domain/catchup.js"
import type { ResolvedJob } from "../domain/config.js"
import { UnknownJob } from "../domain/errors.js"
import { alreadyFired, jobEnabled, schedulerEnabled } from "../domain/state.js"
import { ActiveConfig } from "./ActiveConfig.js"
import { Calendar } from "./Calendar.js"
import { CronEvaluator } from "./CronEvaluator.js"
import { Events } from "./Events.js"
import { Runner } from "./Runner.js"
import { makeJobFiber } from "./scheduler/job-fiber.js"
import { type Dispatch, makeRuns, type RunningRun } from "./scheduler/runs.js"
import { StateStore } from "./StateStore.js"

/** The jobs a reconcile started (added), restarted (changed) and stopped (removed) */
export type Reconciled = Record<"added" | "changed" | "removed", ReadonlyArray<string>>

/**
 * One fiber per job, in a FiberMap keyed by its name: each runs `Effect.schedule` of the
 * job's fire on its cron Schedule. The runs a fire starts are not the job fiber's: they
 * carry on when it is interrupted (sleep, a changed job). Reconcile, suspend and resume
 * change the fibers under one lock.
 */
export class Scheduler extends Context.Tag("bot-cron/Scheduler")<Scheduler, {
  /** Brings the fibers in line with the active config; an unchanged job's fiber (and next instant) is left alone. */
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

const make = Effect.gen(function*() {
  const events = yield* Events
  const store = yield* StateStore
  const active = yield* ActiveConfig
  const [cron, calendar] = [yield* CronEvaluator, yield* Calendar]
  const scope = yield* Effect.scope
  const runs = yield* makeRuns({ runner: yield* Runner, events, currentJob: active.job })
  const fibers = yield* FiberMap.make<string>()
  const lock = yield* Effect.makeSemaphore(1)
  const scheduled = new Map<string, ResolvedJob>() // the definition each job's fiber runs
  const nextRuns = new Map<string, number | null>() // written by each job's own fiber
  const lastCatchUp = yield* Ref.make(Option.none<CatchUpReport>())
  let paused = false // between suspend and resume
  let resumedAt = Number.NEGATIVE_INFINITY

  // a timer this late: the process was frozen or the machine slept; the resume restarts this fiber
  const lateWake = (at: number, reason: string) => Effect.zipRight(Effect.forkIn(resume(reason, undefined, at), scope), Effect.never)
  const jobFiber = makeJobFiber({ cron, calendar, events, runs, nextRuns, store, active, lateWake })

  const reconcile = lock.withPermits(1)(Effect.gen(function*() {
    const jobs = yield* active.jobs
    const diff = { added: new Array<string>(), changed: new Array<string>(), removed: new Array<string>() }
    const wanted = new Set<string>(jobs.map((job) => job.name))
    for (const job of jobs) {
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

  const suspend = (reason: string) =>
    lock.withPermits(1)(Effect.gen(function*() {
      paused = true
      yield* FiberMap.clear(fibers)
      yield* Effect.logInfo(`scheduler paused (${reason}); runs already going carry on`)
    }))

  /** `lateAt`: a late timer's instant; a resume since then has handled it already. */
  const resume = (reason: string, pending?: ReadonlyMap<string, number>, lateAt?: number): Effect.Effect<CatchUpReport> =>
    lock.withPermits(1)(Effect.gen(function*() {
      const now = yield* Clock.currentTimeMillis
      if (lateAt !== undefined && resumedAt >= lateAt) return Option.getOrThrow(yield* Ref.get(lastCatchUp))
      yield* FiberMap.clear(fibers)
      const { schedules } = yield* active.get
      const { job: saved, state } = yield* store.snapshot
      const jobs = [...scheduled.values()]
      const plan = catchUpPlan({
        cron,
        now,
        jobs: jobs.filter((job) => schedulerEnabled(state, schedules) && jobEnabled(state, job)),
        from: (job) => pending?.get(job.name) ?? nextRuns.get(job.name) ?? undefined,
        alreadyRan: (job, at) => alreadyFired(calendar, saved(job.name), job, at),
        spreadMs: schedules.catch_up_spread_seconds * 1000
      })
      yield* events.publishAll(missedEvents(plan, reason))
      paused = false
      resumedAt = now
      const catchUps = catchUpRuns(plan)
      for (const job of jobs) yield* FiberMap.run(fibers, job.name, jobFiber(job, catchUps.get(job.name)))
      const report = catchUpReport(reason, now, plan)
      yield* (plan.length === 0 ? Effect.logDebug : Effect.logInfo)(catchUpSummary(reason, plan, schedules.catch_up_spread_seconds))
      return yield* Effect.as(Ref.set(lastCatchUp, Option.some(report)), report)
    }))

  const trigger = (name: string) =>
    Effect.flatMap(active.job(name), (job) =>
      job === undefined
        ? Effect.flatMap(active.jobs, (jobs) => new UnknownJob({ job: name, known: jobs.map((j) => j.name) }))
        : Effect.flatMap(Clock.currentTimeMillis, (now) => runs.dispatch(job, "manual", now)))

  // Stopping: no new fires, the runs going get the shutdown grace, then the FiberSet ends the rest.
  yield* Effect.addFinalizer(() =>
    Effect.gen(function*() {
      paused = true
      yield* FiberMap.clear(fibers)
      yield* runs.stop((yield* active.get).schedules.shutdown_grace_seconds * 1000)
    })
  )

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
