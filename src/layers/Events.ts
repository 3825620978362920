import { Context, Effect, Layer, PubSub, Queue, type Scope } from "effect"
import type { JobEvent } from "../domain/events.js"

/**
 * The seed's "Execution Tracer": every lifecycle event is published here once;
 * state, logs, D-Bus signals and notifications subscribe.
 */
export class Events extends Context.Tag("bot-cron/Events")<
  Events,
  {
    readonly publish: (event: JobEvent) => Effect.Effect<void>
    /**
     * Handles every event from now on in a fiber of the current scope. Each event is
     * handled without interruption, and on scope close the events already published
     * are drained, so a one-shot command loses none.
     */
    readonly consume: (
      name: string,
      handle: (event: JobEvent) => Effect.Effect<void>
    ) => Effect.Effect<void, never, Scope.Scope>
  }
>() {
  static readonly layer = Layer.scoped(
    Events,
    Effect.gen(function* () {
      const hub = yield* Effect.acquireRelease(PubSub.unbounded<JobEvent>(), PubSub.shutdown)
      const consume = (name: string, handle: (event: JobEvent) => Effect.Effect<void>) =>
        Effect.gen(function* () {
          const inbox = yield* PubSub.subscribe(hub)
          const safely = (event: JobEvent) =>
            handle(event).pipe(
              Effect.catchAllCause((cause) => Effect.logError(`${name}: event ${event._tag} not handled`, cause)),
              Effect.uninterruptible
            )
          const drain = Queue.takeAll(inbox).pipe(Effect.flatMap(Effect.forEach(safely)))
          yield* Effect.addFinalizer(() =>
            Effect.flatMap(Queue.isShutdown(inbox), (down) => (down ? Effect.void : drain))
          )
          yield* Effect.forkScoped(Effect.forever(Queue.take(inbox).pipe(Effect.flatMap(safely))))
        })
      return Events.of({ publish: (event) => PubSub.publish(hub, event).pipe(Effect.asVoid), consume })
    })
  )
}
