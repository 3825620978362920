import { Clock, Context, Duration, Effect, Fiber, FiberMap, FiberSet, Layer, Option, Random } from "effect"
import type { ResolvedJob } from "../domain/config.js"
import { nextAfter } from "../domain/cron.js"
import { UnknownJob } from "../domain/errors.js"
import { JobEvent, type RunSource } from "../domain/events.js"
import { SchedulerTuning, sleepUntil } from "../domain/sleep.js"
import { jobEnabled, schedulerEnabled } from "../domain/state.js"
import { ActiveConfig } from "./ActiveConfig.js"
import { Events } from "./Events.js"
import { Runner } from "./Runner.js"
import { StateStore } from "./StateStore.js"

export type Dispatch =
  | { readonly _tag: "Started"; readonly executionId: string }
  | { readonly _tag: "Queued" }
  | { readonly _tag: "Skipped"; readonly reason: "overlap" }

export interface Reconciled {
  readonly added: ReadonlyArray<string>
  readonly changed: ReadonlyArray<string>
  readonly removed: ReadonlyArray<string>
}

export interface RunningRun {
  readonly job: string
  readonly executionId: string
  readonly startedAt: number
  readonly source: RunSource
}

/**
 * One supervised fiber per job that sleeps until the job's next instant and fires it;
 * runs are forked into a FiberSet, so a failing job never ends its fiber or the daemon.
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
  }
>() {
  static readonly layer = Layer.scoped(Scheduler, Effect.suspend(() => make))
}

interface Slot {
  readonly running: Map<number, { readonly fiber: Fiber.RuntimeFiber<unknown>; readonly info: RunningRun }>
  queued: Option.Option<{ readonly source: RunSource; readonly scheduledAt: number }>
}

const make = Effect.gen(function* () {
  const events = yield* Events
  const runner = yield* Runner
  const store = yield* StateStore
  const active = yield* ActiveConfig
  const loops = yield* FiberMap.make<string>()
  const runs = yield* FiberSet.make()
  const lock = yield* Effect.makeSemaphore(1)
  const slots = new Map<string, Slot>()
  const definitions = new Map<string, string>()
  const nextRuns = new Map<string, number | null>()
  let stopping = false
  let token = 0

  const slotOf = (name: string): Slot => {
    let slot = slots.get(name)
    if (slot === undefined) slots.set(name, (slot = { running: new Map(), queued: Option.none() }))
    return slot
  }

  /** Forks a run into the FiberSet; call with the lock held. */
  const start = (job: ResolvedJob, source: RunSource, scheduledAt: number): Effect.Effect<string> =>
    Effect.gen(function* () {
      const prepared = yield* runner.prepare(job, source, scheduledAt)
      const id = ++token
      const slot = slotOf(job.name)
      const jitter = source === "cron" && job.jitter_seconds > 0
        ? Random.nextIntBetween(0, job.jitter_seconds * 1000 + 1).pipe(Effect.flatMap((ms) => Effect.sleep(ms)))
        : Effect.void
      // interruptible: a queued run is started from a finalizer, whose region is not
      const fiber = yield* FiberSet.run(
        runs,
        Effect.interruptible(jitter).pipe(
          Effect.zipRight(Effect.interruptible(runner.execute(prepared))),
          Effect.ensuring(lock.withPermits(1)(Effect.suspend(() => afterRun(job.name, id))))
        )
      )
      const startedAt = yield* Clock.currentTimeMillis
      slot.running.set(id, { fiber, info: { job: job.name, executionId: prepared.sessionId, startedAt, source } })
      return prepared.sessionId
    })

  const afterRun = (name: string, id: number) =>
    Effect.gen(function* () {
      const slot = slotOf(name)
      slot.running.delete(id)
      if (stopping || slot.running.size > 0 || Option.isNone(slot.queued)) return
      const { source, scheduledAt } = slot.queued.value
      slot.queued = Option.none()
      const job = (yield* active.jobs).find((j) => j.name === name)
      if (job !== undefined) yield* start(job, source, scheduledAt)
    })

  const dispatch = (job: ResolvedJob, source: RunSource, scheduledAt: number): Effect.Effect<Dispatch> =>
    Effect.gen(function* () {
      const decision = yield* lock.withPermits(1)(
        Effect.gen(function* () {
          const slot = slotOf(job.name)
          if (slot.running.size === 0 || job.overlap === "allow") {
            return { _tag: "Started", executionId: yield* start(job, source, scheduledAt) } as const
          }
          if (job.overlap === "replace") return { _tag: "Replace", fibers: [...slot.running.values()].map((r) => r.fiber) } as const
          if (job.overlap === "queue_one" && Option.isNone(slot.queued)) {
            slot.queued = Option.some({ source, scheduledAt })
            return { _tag: "Queued" } as const
          }
          return { _tag: "Skipped", reason: "overlap" } as const
        })
      )
      if (decision._tag === "Skipped") {
        yield* events.publish(JobEvent.JobSkipped({ job: job.name, reason: "overlap", scheduledAt }))
      }
      if (decision._tag !== "Replace") return decision
      yield* Fiber.interruptAll(decision.fibers)
      return { _tag: "Started", executionId: yield* lock.withPermits(1)(start(job, source, scheduledAt)) } as const
    })

  const fire = (job: ResolvedJob, scheduledAt: number) =>
    Effect.gen(function* () {
      const state = yield* store.get
      const { schedules } = yield* active.get
      if (!schedulerEnabled(state, schedules)) {
        return yield* events.publish(JobEvent.JobSkipped({ job: job.name, reason: "scheduler_disabled", scheduledAt }))
      }
      if (!jobEnabled(state, job)) {
        return yield* events.publish(JobEvent.JobSkipped({ job: job.name, reason: "job_disabled", scheduledAt }))
      }
      yield* dispatch(job, "cron", scheduledAt)
    })

  const loop = (job: ResolvedJob) =>
    Effect.gen(function* () {
      let after = yield* Clock.currentTimeMillis
      for (;;) {
        const next = nextAfter(job.cron, job.zone, after)
        nextRuns.set(job.name, next ?? null)
        yield* events.publish(JobEvent.NextRunScheduled({ job: job.name, at: next ?? null }))
        if (next === undefined) return
        yield* sleepUntil(next)
        yield* fire(job, next).pipe(
          Effect.catchAllCause((cause) => Effect.logError(`job ${job.name}: the fire at ${new Date(next).toISOString()} failed`, cause))
        )
        after = Math.max(next, yield* Clock.currentTimeMillis)
      }
    })

  const reconcile = Effect.gen(function* () {
    const jobs = yield* active.jobs
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
      yield* FiberMap.run(loops, job.name, loop(job))
    }
    return { added, changed, removed }
  })

  const trigger = (name: string) =>
    Effect.gen(function* () {
      const jobs = yield* active.jobs
      const job = jobs.find((j) => j.name === name)
      if (job === undefined) return yield* new UnknownJob({ job: name, known: jobs.map((j) => j.name) })
      return yield* dispatch(job, "manual", yield* Clock.currentTimeMillis)
    })

  const running = Effect.sync(() => [...slots.values()].flatMap((s) => [...s.running.values()].map((r) => r.info)))

  // Stopping: no new fires, running jobs get the shutdown grace, then the FiberSet interrupts the rest.
  yield* Effect.addFinalizer(() =>
    Effect.gen(function* () {
      stopping = true
      yield* FiberMap.clear(loops)
      const n = yield* FiberSet.size(runs)
      const { shutdownGraceMs } = yield* SchedulerTuning
      if (n === 0 || shutdownGraceMs <= 0) return
      yield* Effect.logInfo(`waiting up to ${Duration.format(shutdownGraceMs)} for ${n} running job${n === 1 ? "" : "s"}`)
      yield* FiberSet.awaitEmpty(runs).pipe(Effect.timeout(shutdownGraceMs), Effect.ignore)
    })
  )

  return Scheduler.of({ reconcile, trigger, running, nextRuns: Effect.sync(() => nextRuns) })
})
