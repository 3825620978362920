/**
 * How a live clock takes a long wait. Node's setTimeout overflows past 2^31-1 ms
 * and fires ~0.1 % of its delay late, so a wait is taken in chunks of at most
 * `maxChunkMs`, and the last timer is armed `rearmMs` before the instant.
 */
export interface Tuning {
  readonly maxChunkMs: number
  readonly rearmMs: number
}

export const DEFAULT_TUNING: Tuning = { maxChunkMs: 60_000, rearmMs: 1_000 }

/** The next timer to arm, for `remaining` ms to go. */
export const nextChunk = (remaining: number, tuning: Tuning = DEFAULT_TUNING): number =>
  remaining > tuning.maxChunkMs + tuning.rearmMs
    ? tuning.maxChunkMs
    : remaining > tuning.rearmMs
    ? remaining - tuning.rearmMs
    : remaining
