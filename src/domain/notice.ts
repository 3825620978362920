import type { RunRecord } from "./events.js"

export type NoticeKind = "failure" | "success" | "recovery" | "missed" | "budget" | "config_rejected" | "test"

/** One message, as every target renders it. */
export interface Notice {
  readonly kind: NoticeKind
  readonly job: string | null
  readonly title: string
  readonly lines: ReadonlyArray<string>
  readonly urgency: "normal" | "critical"
  readonly sessionId: string | null
}

/**
 * Rate limit for a failing job: the 1st, 2nd, 4th, 8th, … failure in a row is
 * sent, so a job failing every minute sends 11 messages a day, not 1,440; the
 * recovery is always sent and says how many failures it ends.
 */
export const isReported = (streak: number): boolean => streak > 0 && (streak & (streak - 1)) === 0

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`
const excerpt = (text: string | null, n = 300) => (text === null ? "" : text.length > n ? `${text.slice(0, n)}…` : text)

const runLines = (run: RunRecord): Array<string> => [
  `job: ${run.job}`,
  `status: ${run.status} after ${run.attempts} attempt${run.attempts === 1 ? "" : "s"}, ${seconds(run.completed_at - run.started_at)}`,
  `session: ${run.execution_id}`,
  ...(run.error === null ? [] : [`error: ${excerpt(run.error)}`]),
  ...(run.claude === undefined ? [] : [claudeLine(run.claude)]),
  `log: ${run.log_file}`
]

const claudeLine = (c: NonNullable<RunRecord["claude"]>) =>
  `claude: $${c.cost_usd.toFixed(4)}, ${c.num_turns} turn${c.num_turns === 1 ? "" : "s"}, ` +
  `${c.tokens.input + c.tokens.cache_read + c.tokens.cache_write} tokens in, ${c.tokens.output} out` +
  (c.model === null ? "" : `, ${c.model}`)

const failedWord = (status: RunRecord["status"]) =>
  status === "timeout"
    ? "timed out"
    : status === "cancelled"
    ? "was cancelled"
    : status === "interrupted"
    ? "was interrupted (bot-cron stopped while it ran)"
    : status === "hung"
    ? "hung"
    : status === "rate_limited"
    ? "hit the Claude usage limit"
    : "failed"

export interface Decision {
  readonly notice: Notice | undefined
  /** the job's failure streak after this run */
  readonly streak: number
}

/** What to send for a finished run, given the job's notify_on and its failure streak before it. */
export const decideRun = (run: RunRecord, notifyOn: ReadonlyArray<string>, streak: number): Decision => {
  const wants = (k: string) => notifyOn.includes(k) || notifyOn.includes("always")
  if (run.status === "success") {
    if (streak > 0 && (wants("failure") || wants("recovery"))) {
      return {
        streak: 0,
        notice: {
          kind: "recovery",
          job: run.job,
          title: `bot-cron: ${run.job} recovered`,
          lines: [...runLines(run), `it had failed ${streak} time${streak === 1 ? "" : "s"} in a row`],
          urgency: "normal",
          sessionId: run.execution_id
        }
      }
    }
    return {
      streak: 0,
      notice: wants("success")
        ? {
          kind: "success",
          job: run.job,
          title: `bot-cron: ${run.job} succeeded`,
          lines: runLines(run),
          urgency: "normal",
          sessionId: run.execution_id
        }
        : undefined
    }
  }
  const now = streak + 1
  if (!wants("failure") || !isReported(now)) return { streak: now, notice: undefined }
  return {
    streak: now,
    notice: {
      kind: "failure",
      job: run.job,
      title: `bot-cron: ${run.job} ${failedWord(run.status)}`,
      lines: [
        ...runLines(run),
        ...(now > 1 ? [`failure ${now} in a row; the next message comes at failure ${now * 2} or on recovery`] : [])
      ],
      urgency: "critical",
      sessionId: run.execution_id
    }
  }
}

export const missedNotice = (job: string, count: number, reason: string, caughtUp: boolean): Notice => ({
  kind: "missed",
  job,
  title: `bot-cron: ${job} missed ${count} run${count === 1 ? "" : "s"}`,
  lines: [
    `job: ${job}`,
    `missed: ${count} (${reason})`,
    caughtUp ? "the latest one is running now" : "none was run (catch_up or misfire_grace_seconds)"
  ],
  urgency: "normal",
  sessionId: null
})

/** A fire skipped because a budget is spent: `detail` says which, and how much. */
export const budgetNotice = (job: string, detail: string): Notice => ({
  kind: "budget",
  job,
  title: `bot-cron: ${job} skipped, budget spent`,
  lines: [`job: ${job}`, detail, "it runs again once the day (or month) turns, or the cap is raised in config.json"],
  urgency: "critical",
  sessionId: null
})

export const configRejectedNotice = (path: string, problems: ReadonlyArray<string>): Notice => ({
  kind: "config_rejected",
  job: null,
  title: "bot-cron: config.json rejected",
  lines: [
    `${path} has ${problems.length} problem${problems.length === 1 ? "" : "s"}; the previous config stays in force:`,
    ...problems.slice(0, 10).map((p) => `- ${p}`)
  ],
  urgency: "critical",
  sessionId: null
})

export const testNotice = (target: string): Notice => ({
  kind: "test",
  job: null,
  title: "bot-cron: test notification",
  lines: [`This is a test of the ${target} target, sent by \`bot-cron notify test\`.`],
  urgency: "normal",
  sessionId: null
})
