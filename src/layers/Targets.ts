import { Clock, Context, Effect, Layer, Schedule, Schema } from "effect"
import { NotifyTarget } from "../domain/config.js"
import { NotifyError } from "../domain/errors.js"
import type { Notice } from "../domain/notice.js"
import { ActiveConfig } from "./ActiveConfig.js"
import { Calendar } from "./Calendar.js"
import { sendDesktop } from "./notify/desktop.js"
import { sendEmail } from "./notify/email.js"
import { appendMemory } from "./notify/memory.js"
import { postSlack, sendSlack } from "./notify/slack.js"
import { configPath, Paths } from "./Paths.js"

export interface Delivery {
  readonly target: string
  readonly ok: boolean
  readonly detail: string
}

/** Retries for memory, desktop and email (Slack has its own, honouring Retry-After). */
const retry = Schedule.exponential("1 second").pipe(Schedule.intersect(Schedule.recurs(2)))

const isTarget = Schema.is(NotifyTarget)

/**
 * Delivers one notice to the user's channels: the memory log, Slack, the desktop and
 * email. It decides nothing about when: the Notifier (an Events subscriber) and the
 * skills' notify tools call it. A target that fails says why; it never fails the caller.
 */
export class Targets extends Context.Tag("bot-cron/Targets")<
  Targets,
  {
    /** Delivers `notice` to each target now and says how each went; a name that is no target is refused. */
    readonly send: (notice: Notice, targets: ReadonlyArray<string>) => Effect.Effect<ReadonlyArray<Delivery>>
    /** An entry in the memory log (the skill tool memory_log). */
    readonly memoryLog: (action: string, details: unknown) => Effect.Effect<string, NotifyError>
    /** A message to Slack through the configured webhook (the skill tool slack_send_message). */
    readonly slack: (text: string, channel: string | undefined) => Effect.Effect<string, NotifyError>
  }
>() {
  static readonly layer = (options: { readonly busAddress?: string | undefined } = {}) =>
    Layer.effect(Targets, Effect.suspend(() => make(options)))
}

const make = (options: { readonly busAddress?: string | undefined }) =>
  Effect.gen(function*() {
    const active = yield* ActiveConfig
    const paths = yield* Paths
    const calendar = yield* Calendar

    // one memory writer in this process: the file lock is for other processes, and its wait for a holder is on the Clock
    const memoryLock = yield* Effect.makeSemaphore(1)
    const memoryLog = (action: string, details: unknown) =>
      memoryLock.withPermits(1)(
        Effect.gen(function*() {
          const { schedules } = yield* active.get
          const dir = configPath(paths.configDir, schedules.notifications.memory?.dir ?? "memory")
          return yield* appendMemory(dir, calendar.formatInZone(yield* Clock.currentTimeMillis, schedules.timezone), action, details).pipe(
            Effect.retry(retry)
          )
        })
      )

    const slackSettings = Effect.flatMap(active.get, ({ schedules }) =>
      schedules.notifications.slack === undefined
        ? Effect.fail(new NotifyError({ target: "slack", reason: "not set up (schedules.notifications.slack)" }))
        : Effect.succeed(schedules.notifications.slack))

    const deliverOne = (notice: Notice, target: NotifyTarget): Effect.Effect<string, NotifyError> =>
      Effect.gen(function*() {
        const settings = (yield* active.get).schedules.notifications
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
            if (settings.email === undefined) {
              return yield* new NotifyError({ target, reason: "not set up (schedules.notifications.email)" })
            }
            return yield* sendEmail(settings.email, notice, paths.configDir).pipe(Effect.retry(retry))
        }
      })

    const send = (notice: Notice, targets: ReadonlyArray<string>) =>
      Effect.forEach(
        targets,
        (target): Effect.Effect<Delivery> =>
          !isTarget(target)
            ? Effect.succeed({ target, ok: false, detail: `unknown notify target "${target}"; expected memory, slack, desktop or email` })
            : deliverOne(notice, target).pipe(
              Effect.map((detail): Delivery => ({ target, ok: true, detail })),
              Effect.catchAll((e) =>
                Effect.as(Effect.logWarning(`notification "${notice.title}" not delivered: ${e.message}`), {
                  target,
                  ok: false,
                  detail: e.reason
                })
              )
            ),
        { concurrency: "unbounded" }
      )

    return Targets.of({
      send,
      memoryLog,
      slack: (text, channel) => Effect.flatMap(slackSettings, (settings) => postSlack(settings, { text, channel }, paths.configDir))
    })
  })
