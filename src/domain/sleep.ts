import { Clock, Context, Effect } from "effect"

/**
 * How the scheduler waits. Node's setTimeout overflows past 2^31-1 ms and fires
 * ~0.1 % of its delay late, so waits are chunks of at most `maxChunkMs`, and the
 * last timer is armed `rearmMs` before the instant. Tests that simulate days on
 * TestClock may use longer chunks: the instants reached are the same.
 */
export class SchedulerTuning extends Context.Reference<SchedulerTuning>()("bot-cron/SchedulerTuning", {
  defaultValue: () => ({ maxChunkMs: 60_000, rearmMs: 1_000, shutdownGraceMs: 10_000 })
}) {}

export interface Tuning {
  readonly maxChunkMs: number
  readonly rearmMs: number
  readonly shutdownGraceMs: number
}

/** The next timer to arm, for `remaining` ms to go. */
export const nextChunk = (remaining: number, tuning: Tuning): number =>
  remaining > tuning.maxChunkMs + tuning.rearmMs
    ? tuning.maxChunkMs
    : remaining > tuning.rearmMs
      ? remaining - tuning.rearmMs
      : remaining

/** Sleeps until the Clock reads `target`, in chunks, re-armed shortly before the instant. */
export const sleepUntil = (target: number): Effect.Effect<void> =>
  Effect.gen(function* () {
    const tuning = yield* SchedulerTuning
    for (;;) {
      const remaining = target - (yield* Clock.currentTimeMillis)
      if (remaining <= 0) return
      yield* Effect.sleep(nextChunk(remaining, tuning))
    }
  })
