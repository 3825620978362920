import { Effect, FiberSet, Layer } from "effect"
import { dayOf } from "../domain/budget.js"
import type { NotifyTarget } from "../domain/config.js"
import { budgetNotice, configRejectedNotice, decideRun, missedNotice, type Notice } from "../domain/notice.js"
import { ActiveConfig } from "./ActiveConfig.js"
import { Calendar } from "./Calendar.js"
import { Events } from "./Events.js"
import { StateStore } from "./StateStore.js"
import { Targets } from "./Targets.js"

/** How long a stopping daemon (or a finished run-job) waits for messages still on their way. */
const FLUSH_MS = 15_000

/**
 * When to tell the user's channels about runs: an Events subscriber, never under the
 * run path. Each job's `notify` targets get a notice when its `notify_on` says so, with
 * a rate limit on repeated failures; delivery is the Targets service's, in the
 * background, so a slow Slack never holds up the next event.
 */
export const Notifier = Layer.scopedDiscard(
  Effect.gen(function*() {
    const active = yield* ActiveConfig
    const calendar = yield* Calendar
    const events = yield* Events
    const store = yield* StateStore
    const targets = yield* Targets
    const background = yield* FiberSet.make()
    yield* Effect.addFinalizer(() => Effect.interruptible(FiberSet.awaitEmpty(background)).pipe(Effect.timeout(FLUSH_MS), Effect.ignore))

    const deliver = (notice: Notice, to: ReadonlyArray<NotifyTarget>) =>
      to.length === 0 ? Effect.void : Effect.asVoid(FiberSet.run(background, targets.send(notice, to)))

    // a job that was failing when the daemon stopped still gets its recovery message
    const streaks = new Map<string, number>()
    for (const job of (yield* store.get).jobs) if (job.last_status !== null && job.last_status !== "success") streaks.set(job.name, 1)

    // a job skipped for its budget is told about once a day, not at every fire
    const budgetTold = new Map<string, string>()

    yield* events.consume("notify", (event) =>
      Effect.gen(function*() {
        switch (event._tag) {
          case "JobCompleted":
          case "JobFailed": {
            const job = yield* active.job(event.run.job)
            const decision = decideRun(event.run, job?.notify_on ?? ["failure"], streaks.get(event.run.job) ?? 0)
            streaks.set(event.run.job, decision.streak)
            if (job !== undefined && decision.notice !== undefined) yield* deliver(decision.notice, job.notify)
            return
          }
          case "JobMissed": {
            const job = yield* active.job(event.job)
            if (job?.notify_on.includes("missed")) {
              yield* deliver(missedNotice(event.job, event.count, event.reason, event.caughtUp), job.notify)
            }
            return
          }
          case "JobSkipped": {
            if (event.reason !== "budget_exhausted") return
            const job = yield* active.job(event.job)
            if (job === undefined || !(job.notify_on.includes("budget") || job.notify_on.includes("always"))) return
            const day = dayOf(calendar, event.scheduledAt, (yield* active.get).schedules.timezone)
            if (budgetTold.get(event.job) === day) return
            budgetTold.set(event.job, day)
            yield* deliver(budgetNotice(event.job, event.detail ?? "its budget is spent"), job.notify)
            return
          }
          case "ConfigRejected": {
            if ((yield* active.get).schedules.notifications.desktop !== undefined) {
              yield* deliver(configRejectedNotice(event.path, event.problems), ["desktop"])
            }
            return
          }
        }
      }))
  })
)
