import { Effect, Schedule, ScheduleDecision, ScheduleInterval } from "effect"

/**
 * A Schedule whose every recurrence is the next fire instant of a cron, read from the
 * Clock it is driven by (so TestClock drives it), as Effect builds `Schedule.cron`, but
 * with the instants of the evaluator given (croner's, with this project's DST rules).
 * Its output is the instant it waits for. An instant is never given twice, even when
 * the previous run ends within its own second.
 */
export const cronSchedule = (next: (afterMs: number) => number | undefined): Schedule.Schedule<number, unknown> =>
  Schedule.makeWithState<number, unknown, number>(Number.NEGATIVE_INFINITY, (now, _, previous) => {
    const at = next(Math.max(now, previous))
    return Effect.succeed(
      at === undefined
        ? [previous, previous, ScheduleDecision.done]
        : [at, at, ScheduleDecision.continueWith(ScheduleInterval.after(at))]
    )
  })
