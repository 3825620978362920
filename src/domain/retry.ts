import { Clock, Duration, Effect, Schedule } from "effect"
import type { Retry } from "./config.js"

/**
 * Retries after delay, delay×multiplier, … (capped at max_delay_seconds), for at
 * most max_attempts attempts in all, and never when the retry would start at or
 * after `deadline` (the job's next scheduled instant).
 */
export const retrySchedule = (policy: Retry, deadline: number | undefined) => {
  const cap = Duration.seconds(policy.max_delay_seconds)
  return Schedule.exponential(Duration.seconds(policy.delay_seconds), policy.backoff_multiplier).pipe(
    Schedule.modifyDelay((delay) => Duration.min(delay, cap)),
    Schedule.intersect(Schedule.recurs(policy.max_attempts - 1)),
    Schedule.checkEffect((_, [delay]) =>
      deadline === undefined
        ? Effect.succeed(true)
        : Effect.map(Clock.currentTimeMillis, (now) => now + Duration.toMillis(Duration.min(delay, cap)) < deadline)
    )
  )
}
