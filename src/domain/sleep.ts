/**
 * How a live clock takes a long wait. Node's setTimeout overflows past 2^31-1 ms, and a
 * timer can land late by a fraction of its delay (event-loop delay, clock slew), so a wait is
 * taken in shrinking steps: each timer is armed to end `lateFraction` of the time to go (at
 * least `rearmMs`) before the instant, and the last one, at most `rearmMs` long, on it. A wait
 * of an hour is three timers, one of 40 days four or five: a few wake-ups per fire, never one
 * per minute per job.
 */
export interface Tuning {
  /** the longest timer Node arms correctly */
  readonly maxChunkMs: number
  /** the last timer's length: how far before the instant the next-to-last one ends */
  readonly rearmMs: number
  /** how late, as a part of its delay, a long timer may land */
  readonly lateFraction: number
  /**
   * the last stretch before the instant, waited for by polling the clock once per event-loop
   * turn instead of with a timer (a timer of a millisecond or two lands a millisecond or two
   * late); 0 for a clock that only moves when told to (TestClock)
   */
  readonly pollMs: number
}

export const MAX_TIMER_MS = 2 ** 31 - 1

export const DEFAULT_TUNING: Tuning = { maxChunkMs: MAX_TIMER_MS, rearmMs: 1_000, lateFraction: 0.002, pollMs: 3 }

/** The next timer to arm, for `remaining` ms to go; 0 once the rest is polled for. */
export const nextChunk = (remaining: number, tuning: Tuning = DEFAULT_TUNING): number => {
  if (remaining <= tuning.pollMs) return 0
  if (remaining <= tuning.rearmMs + tuning.pollMs) return remaining - tuning.pollMs
  const margin = Math.max(tuning.rearmMs, Math.ceil(remaining * tuning.lateFraction))
  return Math.min(tuning.maxChunkMs, remaining - margin)
}
