import { Clock, Context, Effect, FiberSet, Layer, Schedule } from "effect"
import { join } from "node:path"
import type { NotifyTarget } from "../domain/config.js"
import { NotifyError } from "../domain/errors.js"
import { configRejectedNotice, decideRun, missedNotice, type Notice } from "../domain/notice.js"
import { ActiveConfig } from "./ActiveConfig.js"
import { Events } from "./Events.js"
import { sendDesktop } from "./notify/desktop.js"
import { sendEmail } from "./notify/email.js"
import { appendMemory } from "./notify/memory.js"
import { postSlack, sendSlack } from "./notify/slack.js"
import { Paths } from "./Paths.js"
import { StateStore } from "./StateStore.js"

export interface Delivery {
  readonly target: NotifyTarget
  readonly ok: boolean
  readonly detail: string
}

/** Retries for memory, desktop and email (Slack has its own, honouring Retry-After). */
const retry = Schedule.exponential("1 second").pipe(Schedule.intersect(Schedule.recurs(2)))
/** How long a stopping daemon (or a finished run-job) waits for messages still on their way. */
const FLUSH_MS = 15_000

/**
 * Tells the user's channels about runs: each job's `notify` targets, when its
 * `notify_on` says so, with a rate limit on repeated failures. A target that fails
 * is logged and retried a bounded number of times; it never fails the job.
 */
export class Notifier extends Context.Tag("bot-cron/Notifier")<
  Notifier,
  {
    /** Delivers `notice` to each target now and says how each went. */
    readonly send: (notice: Notice, targets: ReadonlyArray<NotifyTarget>) => Effect.Effect<ReadonlyArray<Delivery>>
    /** An entry in the memory log (the skill tool memory_log). */
    readonly memoryLog: (action: string, details: unknown) => Effect.Effect<string, NotifyError>
    /** A message to Slack through the configured webhook (the skill tool slack_send_message). */
    readonly slack: (text: string, channel: string | undefined) => Effect.Effect<string, NotifyError>
  }
>() {
  static readonly layer = (options: { readonly busAddress?: string | undefined } = {}) =>
    Layer.scoped(Notifier, Effect.suspend(() => make(options)))
}

const make = (options: { readonly busAddress?: string | undefined }) =>
  Effect.gen(function* () {
    const active = yield* ActiveConfig
    const events = yield* Events
    const paths = yield* Paths
    const store = yield* StateStore
    const background = yield* FiberSet.make()
    yield* Effect.addFinalizer(() => Effect.interruptible(FiberSet.awaitEmpty(background)).pipe(Effect.timeout(FLUSH_MS), Effect.ignore))

    // one memory writer in this process: the file lock is for other processes, and its wait for a holder is on the Clock
    const memoryLock = yield* Effect.makeSemaphore(1)
    const memoryLog = (action: string, details: unknown) =>
      memoryLock.withPermits(1)(Effect.gen(function* () {
        const { schedules } = yield* active.get
        const dir = join(paths.configDir, schedules.notifications.memory?.dir ?? "memory")
        return yield* appendMemory(dir, schedules.timezone, yield* Clock.currentTimeMillis, action, details).pipe(Effect.retry(retry))
      }))

    const slackSettings = Effect.flatMap(active.get, ({ schedules }) =>
      schedules.notifications.slack === undefined
        ? Effect.fail(new NotifyError({ target: "slack", reason: "not set up (schedules.notifications.slack)" }))
        : Effect.succeed(schedules.notifications.slack)
    )

    const deliverOne = (notice: Notice, target: NotifyTarget): Effect.Effect<string, NotifyError> =>
      Effect.gen(function* () {
        const { schedules } = yield* active.get
        const settings = schedules.notifications
        switch (target) {
          case "memory":
            return yield* memoryLog(notice.title.replace(/^bot-cron: /, "cron: "), {
              kind: notice.kind,
              job: notice.job,
              session_id: notice.sessionId,
              summary: notice.lines
            })
          case "slack":
            return yield* sendSlack(yield* slackSettings, notice, paths.configDir)
          case "desktop": {
            const address = options.busAddress ?? process.env["DBUS_SESSION_BUS_ADDRESS"]
            if (address === undefined || address === "") {
              return yield* new NotifyError({ target, reason: "no session bus (DBUS_SESSION_BUS_ADDRESS is not set)" })
            }
            return yield* sendDesktop(notice, address).pipe(Effect.retry(retry))
          }
          case "email":
            if (settings.email === undefined) return yield* new NotifyError({ target, reason: "not set up (schedules.notifications.email)" })
            return yield* sendEmail(settings.email, notice, paths.configDir).pipe(Effect.retry(retry))
        }
      })

    const send = (notice: Notice, targets: ReadonlyArray<NotifyTarget>) =>
      Effect.forEach(
        targets,
        (target) =>
          deliverOne(notice, target).pipe(
            Effect.map((detail): Delivery => ({ target, ok: true, detail })),
            Effect.catchAll((e) =>
              Effect.as(Effect.logWarning(`notification "${notice.title}" not delivered: ${e.message}`), { target, ok: false, detail: e.reason })
            )
          ),
        { concurrency: "unbounded" }
      )

    /** In the background: a slow Slack never holds up the next event. */
    const deliver = (notice: Notice, targets: ReadonlyArray<NotifyTarget>) =>
      targets.length === 0 ? Effect.void : Effect.asVoid(FiberSet.run(background, send(notice, targets)))

    // a job that was failing when the daemon stopped still gets its recovery message
    const streaks = new Map<string, number>()
    for (const job of (yield* store.get).jobs) if (job.last_status !== null && job.last_status !== "success") streaks.set(job.name, 1)

    yield* events.consume("notify", (event) =>
      Effect.gen(function* () {
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
            if (job?.notify_on.includes("missed")) yield* deliver(missedNotice(event.job, event.count, event.reason, event.caughtUp), job.notify)
            return
          }
          case "ConfigRejected": {
            if ((yield* active.get).schedules.notifications.desktop !== undefined) {
              yield* deliver(configRejectedNotice(event.path, event.problems), ["desktop"])
            }
            return
          }
        }
      })
    )

    return Notifier.of({
      send,
      memoryLog,
      slack: (text, channel) => Effect.flatMap(slackSettings, (settings) => postSlack(settings, { text, channel }, paths.configDir))
    })
  })
