import { Clock, Duration, Effect, FiberRef, Layer } from "effect"
import { DEFAULT_TUNING, nextChunk, type Tuning } from "../domain/sleep.js"

/**
 * Whether this fiber's sleeps may land a millisecond or two late: a background check (the config
 * file's stat, the clock-gap detector, log pruning) needs no millisecond, and polling the last
 * few of them every five seconds was most of an idle daemon's CPU. Off by default: a job's instant
 * is waited for precisely without the scheduler asking.
 */
export const relaxedTimers = FiberRef.unsafeMake(false)

/**
 * A sleep that may land a millisecond or two late. Only the sleep is relaxed, never what the
 * fiber does next: a resume started by the clock-gap detector forks job fibers that must not
 * inherit it.
 */
export const relaxedSleep = (duration: Duration.DurationInput): Effect.Effect<void> =>
  Effect.locally(Effect.sleep(duration), relaxedTimers, true)

/**
 * A Clock whose `sleep` lands on its instant: the wait is taken in shrinking steps (no timer
 * past 2^31-1 ms, which would fire at once), each ending a little before the instant, the
 * last one armed a second before it, so Node's lateness is a millisecond, not seconds an hour.
 * A sleeping job costs a few wake-ups per fire. The scheduler knows nothing of it: it sleeps
 * on the Clock, and tests put TestClock in its place. A relaxed fiber's sleep is one timer
 * (or one per 2^31-1 ms), with no polling.
 */
export const accurateClock = (base: Clock.Clock, tuning: Tuning = DEFAULT_TUNING): Clock.Clock => {
  // one turn of the event loop: timers and I/O run, then the clock is read again
  const nextTurn = Effect.async<void>((resume) => {
    const handle = setImmediate(() => resume(Effect.void))
    return Effect.sync(() => clearImmediate(handle))
  })
  // a relaxed sleep: the longest timers, each to the instant, none polled for
  const roughly: Tuning = { maxChunkMs: tuning.maxChunkMs, rearmMs: 0, lateFraction: 0, pollMs: 0 }
  const until = (target: number, t: Tuning): Effect.Effect<void> =>
    Effect.suspend(() => {
      const remaining = target - base.unsafeCurrentTimeMillis()
      if (remaining <= 0) return Effect.void
      const chunk = nextChunk(remaining, t)
      return Effect.zipRight(chunk === 0 ? nextTurn : base.sleep(Duration.millis(chunk)), until(target, t))
    })
  return {
    [Clock.ClockTypeId]: Clock.ClockTypeId,
    unsafeCurrentTimeMillis: () => base.unsafeCurrentTimeMillis(),
    currentTimeMillis: base.currentTimeMillis,
    unsafeCurrentTimeNanos: () => base.unsafeCurrentTimeNanos(),
    currentTimeNanos: base.currentTimeNanos,
    sleep: (duration) =>
      Effect.flatMap(FiberRef.get(relaxedTimers), (isRelaxed) => {
        const target = base.unsafeCurrentTimeMillis() + Duration.toMillis(duration)
        return until(target, isRelaxed ? roughly : tuning)
      })
  }
}

/** The live clock of every command: installed once by main. */
export const accurateClockLayer = Layer.setClock(accurateClock(Clock.make()))
