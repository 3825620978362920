import { Deferred, Effect, Fiber, FiberSet } from "effect"
import type { ResolvedJob } from "../../domain/config.js"
import { JobEvent, type RunSource } from "../../domain/events.js"
import type { Events } from "../Events.js"
import type { Runner, StartedRun } from "../Runner.js"

export type Dispatch =
  | { readonly _tag: "Started"; readonly executionId: string }
  | { readonly _tag: "Queued" }
  | { readonly _tag: "Skipped"; readonly reason: "overlap" }

export type RunningRun = StartedRun

interface Live {
  fiber?: Fiber.RuntimeFiber<unknown, unknown>
  /** set once the run has started (its session id known) */
  info?: RunningRun
}

/**
 * The runs going on, whoever started them (a cron fire, a catch-up, a manual run):
 * each is a fiber of its own in one FiberSet, so the scheduler's job fibers can be
 * interrupted (sleep, reload) while the runs they started carry on. A new run of a
 * job that has one going is decided by its overlap policy under one lock, held only
 * for the decision and the fork, so concurrent triggers cannot both pass the check.
 */
export const makeRuns = (deps: {
  readonly runner: Runner["Type"]
  readonly events: Events["Type"]
  readonly currentJob: (name: string) => Effect.Effect<ResolvedJob | undefined>
}) =>
  Effect.gen(function*() {
    const { events, runner } = deps
    const set = yield* FiberSet.make()
    const scope = yield* Effect.scope
    const lock = yield* Effect.makeSemaphore(1)
    // each job with runs going: its runs by token; and the one run queued behind them (queue_one)
    const live = new Map<string, Map<number, Live>>()
    const queued = new Map<string, { readonly source: RunSource; readonly scheduledAt: number }>()
    let stopping = false
    let token = 0

    /** Registers and forks a run (call with the lock held); the Deferred gives its session id once it has started. */
    const start = (job: ResolvedJob, source: RunSource, scheduledAt: number) =>
      Effect.gen(function*() {
        const id = ++token
        const started = yield* Deferred.make<string>()
        const entry: Live = {}
        let runs = live.get(job.name)
        if (runs === undefined) live.set(job.name, runs = new Map())
        runs.set(id, entry) // known as going before it is forked, so before it can end
        const onStarted = (info: RunningRun) => Effect.suspend(() => (entry.info = info, Deferred.succeed(started, info.executionId)))
        // interruptible whatever forks it: a queued run is started from a run's finalizer
        const run = Effect.interruptible(runner.run({ job, source, scheduledAt, onStarted }))
        entry.fiber = yield* FiberSet.run(set, run.pipe(Effect.ensuring(ended(job.name, id))))
        return { _tag: "Forked", started } as const
      })

    // bookkeeping in plain code (no effect runs between the Map changes, so no lock is needed); a queued run
    // is started in a fiber of its own, which takes the lock
    const ended = (name: string, id: number): Effect.Effect<void> =>
      Effect.suspend(() => {
        const runs = live.get(name)
        runs?.delete(id)
        if (runs !== undefined && runs.size > 0) return Effect.void
        live.delete(name)
        const next = queued.get(name)
        queued.delete(name)
        if (next === undefined || stopping) return Effect.void
        return Effect.asVoid(
          Effect.forkIn(
            lock.withPermits(1)(
              Effect.flatMap(deps.currentJob(name), (job) => (job === undefined ? Effect.void : start(job, next.source, next.scheduledAt)))
            ),
            scope
          )
        )
      })

    /** The overlap policy's decision on a new run of `job`, and the run forked when it may start. */
    const decide = (job: ResolvedJob, source: RunSource, scheduledAt: number) =>
      lock.withPermits(1)(Effect.gen(function*() {
        const going = live.get(job.name)
        if (going !== undefined && going.size > 0 && job.overlap !== "allow") {
          if (job.overlap === "replace") {
            // the runs going are ended (SIGTERM, then their grace) and the new one waits in the queue until they
            // have: never two at once. Concurrent triggers each replace the one queued, so one new run starts
            for (const run of going.values()) if (run.fiber !== undefined) yield* Fiber.interruptFork(run.fiber)
            queued.set(job.name, { source, scheduledAt })
            return { _tag: "Queued" } as const
          } else if (job.overlap === "queue_one" && !queued.has(job.name)) {
            queued.set(job.name, { source, scheduledAt })
            return { _tag: "Queued" } as const
          } else {
            yield* events.publish(JobEvent.JobSkipped({ job: job.name, reason: "overlap", scheduledAt }))
            return { _tag: "Skipped", reason: "overlap" } as const
          }
        }
        return yield* start(job, source, scheduledAt)
      }))

    /** A run of `job` now, subject to its overlap policy; a started one answers with its session id. */
    const dispatch = (job: ResolvedJob, source: RunSource, scheduledAt: number): Effect.Effect<Dispatch> =>
      Effect.flatMap(decide(job, source, scheduledAt), (d): Effect.Effect<Dispatch> =>
        d._tag === "Forked"
          ? Effect.map(Deferred.await(d.started), (executionId) => ({ _tag: "Started", executionId }) as const)
          : Effect.succeed(d))

    /** `dispatch` for a fire (cron, catch-up), which has no one to tell the id to: it does not wait for the run's start. */
    const launch = (job: ResolvedJob, source: RunSource, scheduledAt: number): Effect.Effect<void> =>
      Effect.asVoid(decide(job, source, scheduledAt))

    const running = Effect.sync(() => [...live.values()].flatMap((runs) => [...runs.values()].flatMap((r) => r.info ?? [])))

    /** No more queued runs; waits up to `graceMs` for the running ones (the FiberSet ends the rest). */
    const stop = (graceMs: number): Effect.Effect<void> =>
      Effect.gen(function*() {
        stopping = true
        const n = yield* FiberSet.size(set)
        if (n === 0 || graceMs <= 0) return
        yield* Effect.logInfo(`waiting up to ${graceMs / 1000} s for ${n} running job${n === 1 ? "" : "s"}`)
        // called from a finalizer (uninterruptible): the wait itself must be interruptible for the timeout to end it
        yield* Effect.interruptible(FiberSet.awaitEmpty(set)).pipe(Effect.timeout(graceMs), Effect.ignore)
      })

    return { dispatch, launch, running, stop }
  })
