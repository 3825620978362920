import { Chunk, Effect, TestClock } from "effect"

/**
 * Resolves once `check()` holds, checked again on every turn of the event loop, so a
 * real peer's I/O (a file a child process writes) is seen as soon as it lands. It waits
 * for the event, never for a delay: the test's own timeout bounds it.
 */
export const eventually = (check: () => boolean): Effect.Effect<void> =>
  Effect.promise(
    () =>
      new Promise<void>((resolve) => {
        const loop = () => (check() ? resolve() : setImmediate(loop))
        loop()
      })
  )

/** Resolves once something sleeps on the TestClock until `at` (ms): a grace or retry is armed. */
export const sleepingUntil = (at: number): Effect.Effect<void> =>
  Effect.gen(function*() {
    while (!Chunk.toReadonlyArray(yield* TestClock.sleeps()).includes(at)) {
      yield* Effect.promise(() => new Promise<void>((resolve) => setImmediate(resolve)))
    }
  })
