import { Chunk, Context, Effect, Layer, PubSub, Queue, type Scope } from "effect"
import type { JobEvent } from "../domain/events.js"

/** Most events one batch hands a consumer. */
const BATCH = 10_000

/**
 * The seed's "Execution Tracer": every lifecycle event is published here once;
 * state, logs, D-Bus signals and notifications subscribe.
 */
export class Events extends Context.Tag("bot-cron/Events")<
  Events,
  {
    readonly publish: (event: JobEvent) => Effect.Effect<void>
    /** Publishes events in order, in one step (a due batch's JobStarted events). */
    readonly publishAll: (events: Iterable<JobEvent>) => Effect.Effect<void>
    /**
     * Handles every event from now on, in a fiber of the current scope, in
     * batches of whatever is queued (one when the daemon is quiet). A batch is
     * handled without interruption, and on scope close the events already
     * published are drained, so a one-shot command loses none.
     */
    readonly consumeBatches: (
      name: string,
      handle: (events: ReadonlyArray<JobEvent>) => Effect.Effect<void>
    ) => Effect.Effect<void, never, Scope.Scope>
    /** `consumeBatches`, one event at a time. */
    readonly consume: (
      name: string,
      handle: (event: JobEvent) => Effect.Effect<void>
    ) => Effect.Effect<void, never, Scope.Scope>
  }
>() {
  static readonly layer = Layer.scoped(
    Events,
    Effect.gen(function*() {
      const hub = yield* Effect.acquireRelease(PubSub.unbounded<JobEvent>(), PubSub.shutdown)
      const consumeBatches = (name: string, handle: (events: ReadonlyArray<JobEvent>) => Effect.Effect<void>) =>
        Effect.gen(function*() {
          const inbox = yield* PubSub.subscribe(hub)
          const safely = (events: Chunk.Chunk<JobEvent>) =>
            Chunk.isEmpty(events)
              ? Effect.void
              : handle(Chunk.toReadonlyArray(events)).pipe(
                Effect.catchAllCause((cause) => Effect.logError(`${name}: ${events.length} event(s) not handled`, cause)),
                Effect.uninterruptible
              )
          const drain = Effect.flatMap(Queue.takeAll(inbox), safely)
          yield* Effect.addFinalizer(() => Effect.flatMap(Queue.isShutdown(inbox), (down) => (down ? Effect.void : drain)))
          // a batch once taken is handled, even when the scope closes in between: none is lost
          const next = Effect.uninterruptibleMask((restore) => Effect.flatMap(restore(Queue.takeBetween(inbox, 1, BATCH)), safely))
          yield* Effect.forkScoped(Effect.forever(next))
        })
      const consume = (name: string, handle: (event: JobEvent) => Effect.Effect<void>) =>
        consumeBatches(name, (events) => Effect.forEach(events, handle, { discard: true }))
      return Events.of({
        publish: (event) => PubSub.publish(hub, event).pipe(Effect.asVoid),
        publishAll: (events) => PubSub.publishAll(hub, events).pipe(Effect.asVoid),
        consume,
        consumeBatches
      })
    })
  )
}
