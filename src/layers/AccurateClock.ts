import { Clock, Duration, Effect, Layer } from "effect"
import { DEFAULT_TUNING, nextChunk, type Tuning } from "../domain/sleep.js"

/**
 * A Clock whose `sleep` lands on its instant: the wait is taken in shrinking steps (no timer
 * past 2^31-1 ms, which would fire at once), each ending a little before the instant, the
 * last one armed a second before it, so Node's lateness is a millisecond, not seconds an hour.
 * A sleeping job costs a few wake-ups per fire. The scheduler knows nothing of it: it sleeps
 * on the Clock, and tests put TestClock in its place.
 */
export const accurateClock = (base: Clock.Clock, tuning: Tuning = DEFAULT_TUNING): Clock.Clock => {
  // one turn of the event loop: timers and I/O run, then the clock is read again
  const nextTurn = Effect.async<void>((resume) => {
    const handle = setImmediate(() => resume(Effect.void))
    return Effect.sync(() => clearImmediate(handle))
  })
  const until = (target: number): Effect.Effect<void> =>
    Effect.suspend(() => {
      const remaining = target - base.unsafeCurrentTimeMillis()
      if (remaining <= 0) return Effect.void
      const chunk = nextChunk(remaining, tuning)
      return Effect.zipRight(chunk === 0 ? nextTurn : base.sleep(Duration.millis(chunk)), until(target))
    })
  return {
    [Clock.ClockTypeId]: Clock.ClockTypeId,
    unsafeCurrentTimeMillis: () => base.unsafeCurrentTimeMillis(),
    currentTimeMillis: base.currentTimeMillis,
    unsafeCurrentTimeNanos: () => base.unsafeCurrentTimeNanos(),
    currentTimeNanos: base.currentTimeNanos,
    sleep: (duration) => Effect.suspend(() => until(base.unsafeCurrentTimeMillis() + Duration.toMillis(duration)))
  }
}

/** The live clock of every command: installed once by main. */
export const accurateClockLayer = Layer.setClock(accurateClock(Clock.make()))
