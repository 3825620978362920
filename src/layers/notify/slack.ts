import { Duration, Effect } from "effect"
import { redactText } from "../../domain/config-edit.js"
import type { Notifications } from "../../domain/config.js"
import { NotifyError } from "../../domain/errors.js"
import type { Notice } from "../../domain/notice.js"
import { readSecret } from "./secret.js"

/** Attempts in all for one message (429 and 5xx are retried; other answers are final). */
export const SLACK_ATTEMPTS = 4
const MAX_WAIT_MS = 60_000

const retryAfterMs = (header: string | null): number | undefined => {
  if (header === null) return undefined
  const seconds = Number(header)
  return Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : undefined
}

export const slackText = (notice: Notice) => [`*${notice.title}*`, ...notice.lines.map((l) => `• ${l}`)].join("\n")

/** Posts a notice to a Slack incoming webhook. */
export const sendSlack = (settings: NonNullable<Notifications["slack"]>, notice: Notice, configDir: string) =>
  postSlack(settings, { text: slackText(notice) }, configDir)

/** Posts `message` (text, and a channel that overrides the configured one). The URL never appears in an error. */
export const postSlack = (
  settings: NonNullable<Notifications["slack"]>,
  message: { readonly text: string; readonly channel?: string | undefined },
  configDir: string
) =>
  Effect.gen(function*() {
    const url = yield* readSecret(
      "slack",
      "webhook URL",
      { plain: settings.webhook_url, env: settings.webhook_url_env, file: settings.webhook_url_file },
      configDir
    )
    const channel = message.channel ?? settings.channel
    const body = JSON.stringify({ text: message.text, ...(channel === undefined ? {} : { channel }) })
    const fail = (reason: string) => new NotifyError({ target: "slack", reason })
    for (let attempt = 1;; attempt++) {
      const answer = yield* Effect.tryPromise({
        try: async () => {
          const res = await fetch(url, {
            method: "POST",
            headers: { "content-type": "application/json" },
            body,
            signal: AbortSignal.timeout(settings.timeout_seconds * 1000)
          })
          // a webhook's error body may echo the URL or a token: only its first line, secrets hidden, goes into logs
          const text = redactText((await res.text()).split("\n")[0] ?? "").slice(0, 120)
          return { status: res.status, retryAfter: res.headers.get("retry-after"), text }
        },
        catch: (e) => {
          const err = e as { name?: string; cause?: { code?: string } }
          return err.name === "TimeoutError"
            ? fail(`the webhook did not answer within ${settings.timeout_seconds} s`)
            : fail(`cannot reach the webhook (${err.cause?.code ?? err.name ?? "network error"})`)
        }
      }).pipe(Effect.either)
      if (answer._tag === "Right" && answer.right.status >= 200 && answer.right.status < 300) return `posted (HTTP ${answer.right.status})`
      const retryable = answer._tag === "Left" || answer.right.status === 429 || answer.right.status >= 500
      const reason = answer._tag === "Left" ? answer.left.reason : `HTTP ${answer.right.status}: ${answer.right.text}`
      if (!retryable || attempt >= SLACK_ATTEMPTS) {
        return yield* fail(`${reason} (gave up after ${attempt} attempt${attempt === 1 ? "" : "s"})`)
      }
      const asked = answer._tag === "Right" ? retryAfterMs(answer.right.retryAfter) : undefined
      yield* Effect.logWarning(`slack: ${reason}; retrying`)
      yield* Effect.sleep(Duration.millis(Math.min(asked ?? 1000 * 2 ** (attempt - 1), MAX_WAIT_MS)))
    }
  })
