import { Clock, Effect, Fiber, FiberSet, Option, Random } from "effect"
import type { ResolvedJob } from "../../domain/config.js"
import { JobEvent, type RunSource } from "../../domain/events.js"
import type { Events } from "../Events.js"
import type { Runner } from "../Runner.js"

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

    /** Forks a run; call with the lock held. */
    const start = (job: ResolvedJob, source: RunSource, scheduledAt: number, delayMs = 0): Effect.Effect<string> =>
      Effect.gen(function* () {
        const prepared = yield* runner.prepare(job, source, scheduledAt)
        const id = ++token
        const jitterMs = source === "cron" && job.jitter_seconds > 0 ? yield* Random.nextIntBetween(0, job.jitter_seconds * 1000 + 1) : 0
        const wait = delayMs + jitterMs > 0 ? Effect.sleep(delayMs + jitterMs) : Effect.void
        // interruptible: a queued run is started from a finalizer, whose region is not
        const fiber = yield* FiberSet.run(
          set,
          Effect.interruptible(wait).pipe(
            Effect.zipRight(Effect.interruptible(runner.execute(prepared))),
            Effect.ensuring(lock.withPermits(1)(Effect.suspend(() => afterRun(job.name, id))))
          )
        )
        const startedAt = yield* Clock.currentTimeMillis
        slotOf(job.name).running.set(id, { fiber, info: { job: job.name, executionId: prepared.sessionId, startedAt, source } })
        return prepared.sessionId
      })

    const afterRun = (name: string, id: number) =>
      Effect.gen(function* () {
        const slot = slotOf(name)
        slot.running.delete(id)
        if (stopping || slot.running.size > 0 || Option.isNone(slot.queued)) return
        const { source, scheduledAt } = slot.queued.value
        slot.queued = Option.none()
        const job = yield* deps.currentJob(name)
        if (job !== undefined) yield* start(job, source, scheduledAt)
      })

    /** A run of `job` now (or after `delayMs`), subject to its overlap policy. */
    const dispatch = (job: ResolvedJob, source: RunSource, scheduledAt: number, delayMs = 0): Effect.Effect<Dispatch> =>
      Effect.gen(function* () {
        const decision = yield* lock.withPermits(1)(
          Effect.gen(function* () {
            const slot = slotOf(job.name)
            if (slot.running.size === 0 || job.overlap === "allow") {
              return { _tag: "Started", executionId: yield* start(job, source, scheduledAt, delayMs) } as const
            }
            if (job.overlap === "replace") return { _tag: "Replace", fibers: [...slot.running.values()].map((r) => r.fiber) } as const
            if (job.overlap === "queue_one" && Option.isNone(slot.queued)) {
              slot.queued = Option.some({ source, scheduledAt })
              return { _tag: "Queued" } as const
            }
            return { _tag: "Skipped", reason: "overlap" } as const
          })
        )
        if (decision._tag === "Skipped") yield* events.publish(JobEvent.JobSkipped({ job: job.name, reason: "overlap", scheduledAt }))
        if (decision._tag !== "Replace") return decision
        yield* Fiber.interruptAll(decision.fibers)
        return { _tag: "Started", executionId: yield* lock.withPermits(1)(start(job, source, scheduledAt, delayMs)) } as const
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

    return { dispatch, running, stop }
  })
