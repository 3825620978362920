import { Clock, Effect, Fiber, FiberSet, Option, Random, type Runtime } from "effect"
import type { ResolvedJob } from "../../domain/config.js"
import { JobEvent, type RunSource } from "../../domain/events.js"
import type { Events } from "../Events.js"
import { startedEvent, type BegunRun, type PreparedRun, type Runner } from "../Runner.js"

export type Dispatch =
  | { readonly _tag: "Started"; readonly executionId: string }
  | { readonly _tag: "Queued" }
  | { readonly _tag: "Skipped"; readonly reason: "overlap" }

export interface RunningRun {
  readonly job: string
  readonly executionId: string
  readonly startedAt: number
  readonly source: RunSource
}

type Fork = (effect: Effect.Effect<unknown>, options?: Runtime.RunForkOptions) => Fiber.RuntimeFiber<unknown>

const START = { _tag: "Start" } as const

interface Slot {
  readonly running: Map<number, { readonly fiber: Fiber.RuntimeFiber<unknown>; readonly info: RunningRun }>
  queued: Option.Option<{ readonly source: RunSource; readonly scheduledAt: number }>
}

/**
 * The runs of every job: forked into one FiberSet, with each job's overlap policy
 * (skip, queue_one, allow, replace) applied when a new run is asked for.
 */
export const makeRuns = (deps: {
  readonly runner: Runner["Type"]
  readonly events: Events["Type"]
  readonly currentJob: (name: string) => Effect.Effect<ResolvedJob | undefined>
}) =>
  Effect.gen(function* () {
    const { runner, events } = deps
    const set = yield* FiberSet.make()
    const lock = yield* Effect.makeSemaphore(1)
    const slots = new Map<string, Slot>()
    let stopping = false
    let token = 0

    const slotOf = (name: string): Slot => {
      let slot = slots.get(name)
      if (slot === undefined) slots.set(name, (slot = { running: new Map(), queued: Option.none() }))
      return slot
    }

    /**
     * Forks a prepared run's fiber, which sees it to the end; call with the lock held.
     * `begun`: its first attempt is started and its JobStarted published (`dispatchDue`).
     */
    const launch = (fork: Fork, prepared: PreparedRun, now: number, delayMs: number, begun?: BegunRun): string => {
      const { job, source } = prepared
      const id = ++token
      const jitter = source === "cron" && job.jitter_seconds > 0
      const wait = jitter
        ? Effect.flatMap(Random.nextIntBetween(0, job.jitter_seconds * 1000 + 1), (ms) => Effect.sleep(delayMs + ms))
        : delayMs > 0
          ? Effect.sleep(delayMs)
          : undefined
      // a delayed run (never a begun one) starts, and is announced, when its wait ends
      const execute = Effect.interruptible(runner.execute(prepared, begun))
      // the fiber runs at once up to the executor's first wait (the spawn); its end takes the lock, so it
      // cannot overtake the bookkeeping below. interruptible: a queued run is started from a finalizer
      const fiber = fork(
        (wait === undefined ? execute : Effect.zipRight(Effect.interruptible(wait), execute)).pipe(
          Effect.ensuring(lock.withPermits(1)(Effect.suspend(() => afterRun(job.name, id))))
        )
      )
      slotOf(job.name).running.set(id, { fiber, info: { job: job.name, executionId: prepared.sessionId, startedAt: now, source } })
      return prepared.sessionId
    }

    const forker = FiberSet.runtime(set)()

    /** Forks a run; call with the lock held. */
    const start = (job: ResolvedJob, source: RunSource, scheduledAt: number, delayMs = 0): Effect.Effect<string> =>
      Effect.zipWith(forker, Clock.currentTimeMillis, (fork, now) =>
        launch(fork, runner.prepareAt(job, source, scheduledAt, now), now, delayMs)
      )

    // a job has a slot only while it has a run going or queued: 100,000 idle jobs hold none
    const afterRun = (name: string, id: number) =>
      Effect.gen(function* () {
        const slot = slots.get(name)
        if (slot === undefined) return
        slot.running.delete(id)
        if (slot.running.size > 0) return
        const queued = slot.queued
        slot.queued = Option.none()
        const job = stopping || Option.isNone(queued) ? undefined : yield* deps.currentJob(name)
        if (job === undefined || Option.isNone(queued)) slots.delete(name)
        else yield* start(job, queued.value.source, queued.value.scheduledAt)
      })

    /** What the job's overlap policy makes of a new run; call with the lock held. */
    const decide = (job: ResolvedJob, source: RunSource, scheduledAt: number) => {
      const slot = slots.get(job.name)
      if (slot === undefined || slot.running.size === 0 || job.overlap === "allow") return START
      if (job.overlap === "replace") return { _tag: "Replace", fibers: [...slot.running.values()].map((r) => r.fiber) } as const
      if (job.overlap === "queue_one" && Option.isNone(slot.queued)) {
        slot.queued = Option.some({ source, scheduledAt })
        return { _tag: "Queued" } as const
      }
      return { _tag: "Skipped", reason: "overlap" } as const
    }

    const skipped = (job: ResolvedJob, scheduledAt: number) =>
      JobEvent.JobSkipped({ job: job.name, reason: "overlap", scheduledAt })

    /** A run of `job` now (or after `delayMs`), subject to its overlap policy. */
    const dispatch = (job: ResolvedJob, source: RunSource, scheduledAt: number, delayMs = 0): Effect.Effect<Dispatch> =>
      Effect.gen(function* () {
        const decision = yield* lock.withPermits(1)(
          Effect.gen(function* () {
            const d = decide(job, source, scheduledAt)
            return d._tag === "Start" ? ({ _tag: "Started", executionId: yield* start(job, source, scheduledAt, delayMs) } as const) : d
          })
        )
        if (decision._tag === "Skipped") yield* events.publish(skipped(job, scheduledAt))
        if (decision._tag !== "Replace") return decision
        yield* Fiber.interruptAll(decision.fibers)
        return { _tag: "Started", executionId: yield* lock.withPermits(1)(start(job, source, scheduledAt, delayMs)) } as const
      })

    /**
     * The cron fires of one due batch, in order, under one hold of the lock and one
     * clock read: every run's first attempt is started (its process spawned) from plain
     * code, the batch's JobStarted events are published in one step, and only then is a
     * fiber forked for each run to see it to the end. Runs that replace a running one
     * go last, after the runs they replace are interrupted.
     */
    const dispatchDue = (due: ReadonlyArray<{ readonly job: ResolvedJob; readonly scheduledAt: number }>): Effect.Effect<void> =>
      Effect.gen(function* () {
        const replacing: Array<{ readonly job: ResolvedJob; readonly scheduledAt: number; readonly fibers: ReadonlyArray<Fiber.RuntimeFiber<unknown>> }> = []
        const skips: Array<JobEvent> = []
        const failed: Array<{ readonly job: string; readonly error: unknown }> = []
        const fork = yield* forker
        const now = yield* Clock.currentTimeMillis
        yield* lock.withPermits(1)(
          Effect.gen(function* () {
            // every due run is started (a process spawned) before any fiber is forked for one
            const starting: Array<{ readonly run: PreparedRun; readonly begun?: BegunRun }> = []
            for (const { job, scheduledAt } of due) {
              try {
                const d = decide(job, "cron", scheduledAt)
                if (d._tag === "Start") {
                  const run = runner.prepareAt(job, "cron", scheduledAt, now)
                  starting.push(job.jitter_seconds > 0 ? { run } : { run, begun: runner.begin(run, now) })
                } else if (d._tag === "Replace") replacing.push({ job, scheduledAt, fibers: d.fibers })
                else if (d._tag === "Skipped") skips.push(skipped(job, scheduledAt))
              } catch (error) {
                // one job's bad start is that job's, never the batch's
                failed.push({ job: job.name, error })
              }
            }
            // a run's end is only seen by its fiber: these are published before any
            yield* events.publishAll(starting.filter((s) => s.begun !== undefined).map((s) => startedEvent(s.run, now)))
            for (const { run, begun } of starting) launch(fork, run, now, 0, begun)
          })
        )
        for (const f of failed) yield* Effect.logError(`job ${f.job}: its run could not start`, f.error)
        yield* events.publishAll(skips)
        for (const r of replacing) {
          yield* Fiber.interruptAll(r.fibers)
          yield* lock.withPermits(1)(start(r.job, "cron", r.scheduledAt))
        }
      })

    const running = Effect.sync(() => [...slots.values()].flatMap((s) => [...s.running.values()].map((r) => r.info)))

    /** No more queued runs; waits up to `graceMs` for the running ones (the FiberSet ends the rest). */
    const stop = (graceMs: number): Effect.Effect<void> =>
      Effect.gen(function* () {
        stopping = true
        const n = yield* FiberSet.size(set)
        if (n === 0 || graceMs <= 0) return
        yield* Effect.logInfo(`waiting up to ${graceMs / 1000} s for ${n} running job${n === 1 ? "" : "s"}`)
        // called from a finalizer (uninterruptible): the wait itself must be interruptible for the timeout to end it
        yield* Effect.interruptible(FiberSet.awaitEmpty(set)).pipe(Effect.timeout(graceMs), Effect.ignore)
      })

    return { dispatch, dispatchDue, running, stop }
  })
