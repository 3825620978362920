import { createHash } from "node:crypto"
import type { ResolvedClaude } from "./config.js"
import { makeCronEvaluator } from "./cron.js"
import { isValidZone } from "./time.js"

/**
 * What the Claude CLI's stream-json output says about a run (see docs/claude-cli.md in
 * shared notes): the `init` line's model, the final `result` line, and any rate-limit
 * event. Every field is read defensively: a line that is not JSON, or a field of another
 * type, is passed over.
 */
export interface StreamSummary {
  readonly lines: number
  readonly model: string | null
  readonly sessionId: string | null
  /** the final `result` message, when there was one */
  readonly result: ResultMessage | null
  /** a `rate_limit_event` whose status was `rejected`: when the limit resets (epoch ms) */
  readonly rateLimitResetsAt: number | null
  readonly rateLimitRejected: boolean
  readonly rateLimitType: string | null
}

export interface ResultMessage {
  readonly subtype: string
  readonly isError: boolean
  readonly result: string
  readonly sessionId: string | null
  readonly costUsd: number | null
  readonly numTurns: number | null
  readonly durationMs: number | null
  readonly usage: Tokens | null
  readonly permissionDenials: number
  readonly apiErrorStatus: number | null
}

export interface Tokens {
  readonly input: number
  readonly output: number
  readonly cache_read: number
  readonly cache_write: number
}

/** What a claude run was, as the history keeps it (summed over the run's attempts). */
export interface ClaudeRunInfo {
  /** the CLI session of the last attempt (`--session-id`, or what the CLI reported) */
  readonly session_id: string | null
  readonly model: string | null
  /** the CLI's `subtype` of the last attempt: success, error_max_turns, … */
  readonly subtype: string | null
  readonly cost_usd: number
  readonly tokens: Tokens
  readonly num_turns: number
  readonly permission_denials: number
}

export const emptySummary: StreamSummary = {
  lines: 0,
  model: null,
  sessionId: null,
  result: null,
  rateLimitResetsAt: null,
  rateLimitRejected: false,
  rateLimitType: null
}

const str = (v: unknown): string | null => (typeof v === "string" ? v : null)
const num = (v: unknown): number | null => (typeof v === "number" && Number.isFinite(v) ? v : null)
const record = (v: unknown): Record<string, unknown> | null =>
  typeof v === "object" && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : null

const tokensOf = (usage: Record<string, unknown> | null): Tokens | null =>
  usage === null ? null : {
    input: num(usage["input_tokens"]) ?? 0,
    output: num(usage["output_tokens"]) ?? 0,
    cache_read: num(usage["cache_read_input_tokens"]) ?? 0,
    cache_write: num(usage["cache_creation_input_tokens"]) ?? 0
  }

/** Folds one line of stream-json output into the summary. */
export const readStreamLine = (summary: StreamSummary, line: string): StreamSummary => {
  const text = line.trim()
  if (!text.startsWith("{")) return summary
  let message: Record<string, unknown> | null
  try {
    message = record(JSON.parse(text))
  } catch {
    return summary
  }
  if (message === null) return summary
  const counted = { ...summary, lines: summary.lines + 1 }
  switch (message["type"]) {
    case "system":
      return message["subtype"] === "init"
        ? { ...counted, model: str(message["model"]) ?? summary.model, sessionId: str(message["session_id"]) ?? summary.sessionId }
        : counted
    case "rate_limit_event": {
      const info = record(message["rate_limit_info"])
      if (info === null || info["status"] !== "rejected") return counted
      const resets = num(info["resetsAt"])
      return {
        ...counted,
        rateLimitRejected: true,
        // epoch seconds in every build seen; a value already in ms is taken as it is
        rateLimitResetsAt: resets === null ? summary.rateLimitResetsAt : resets < 1e11 ? resets * 1000 : resets,
        rateLimitType: str(info["rateLimitType"]) ?? summary.rateLimitType
      }
    }
    case "result": {
      const denials = message["permission_denials"]
      return {
        ...counted,
        result: {
          subtype: str(message["subtype"]) ?? "unknown",
          isError: message["is_error"] === true,
          result: str(message["result"]) ?? "",
          sessionId: str(message["session_id"]),
          costUsd: num(message["total_cost_usd"]) ?? num(message["cost_usd"]),
          numTurns: num(message["num_turns"]),
          durationMs: num(message["duration_ms"]),
          usage: tokensOf(record(message["usage"])),
          permissionDenials: Array.isArray(denials) ? denials.length : 0,
          apiErrorStatus: num(message["api_error_status"])
        }
      }
    }
    default:
      return counted
  }
}

/** How long to wait when a limit says it is in force but not when it ends. */
export const UNKNOWN_RESET_MS = 15 * 60_000
/** Added to a limit's reset before running again: a wall time in text is rounded to the minute or hour */
export const TEXT_RESET_MARGIN_MS = 60_000
/** … and an instant from a rate_limit_event is exact, but the server's clock is not ours. */
export const EVENT_RESET_MARGIN_MS = 5_000

const SUBSCRIPTION_LIMIT_TEXT = /hit your (?:usage )?limit|usage limit reached/i
const LIMIT_TEXT = /hit your (?:usage )?limit|usage limit reached|rate limit/i
const RESET_TEXT = /resets\s+(?:at\s+)?(\d{1,2})(?::(\d{2}))?\s*(am|pm)?(?:\s*\(([A-Za-z_]+(?:\/[A-Za-z_+-]+)*)\))?/i

/**
 * The instant a subscription limit's text says it resets (`You've hit your limit · resets 1pm`,
 * `resets 1:30pm (Europe/Berlin)`, `resets 13:00`): the next such wall time after `now` in the
 * zone the text names, or else `zone`. Undefined when the text gives no time.
 */
export const resetFromText = (text: string, zone: string, now: number): number | undefined => {
  const m = RESET_TEXT.exec(text)
  if (m === null) return undefined
  let hour = Number(m[1])
  const minute = m[2] === undefined ? 0 : Number(m[2])
  const half = m[3]?.toLowerCase()
  if (half !== undefined) {
    if (hour < 1 || hour > 12) return undefined
    hour = (hour % 12) + (half === "pm" ? 12 : 0)
  }
  if (hour > 23 || minute > 59) return undefined
  const named = m[4]
  // rare (a usage limit met): an evaluator of its own, dropped after
  return makeCronEvaluator().nextAfter(`${minute} ${hour} * * *`, named !== undefined && isValidZone(named) ? named : zone, now)
}

/** How a claude attempt ended, decided from the stream (the exit code only when there is no result). */
export type Verdict =
  | { readonly kind: "success" }
  /** resetsAt: when to try again (the reset, with a margin) */
  | { readonly kind: "rate_limited"; readonly resetsAt: number; readonly error: string }
  /** retryable: the job's retry policy applies (overload, server errors, a run that failed for no stated reason) */
  | { readonly kind: "failure"; readonly retryable: boolean; readonly error: string }

export interface ProcessEnd {
  readonly exitCode: number | null
  readonly signal: string | null
  readonly spawnError: string | null
  /** the last part of what the process wrote, stdout and stderr: where a limit's text may be */
  readonly text: string
}

export const verdict = (summary: StreamSummary, end: ProcessEnd, zone: string, now: number): Verdict => {
  const r = summary.result
  // the limit's text: in an error result, or (no result at all) in what the CLI printed
  const limitText = r !== null
    ? (r.isError && LIMIT_TEXT.test(r.result) ? r.result : null)
    : (SUBSCRIPTION_LIMIT_TEXT.test(end.text) ? end.text : null)
  const limited = summary.rateLimitRejected || r?.apiErrorStatus === 429 || limitText !== null
  if (limited) {
    const fromText = limitText === null ? undefined : resetFromText(limitText, zone, now)
    const resetsAt = summary.rateLimitResetsAt ?? fromText
    const when = resetsAt === undefined ? "an unknown time" : new Date(resetsAt).toISOString()
    const kind = summary.rateLimitType === null ? "" : ` (${summary.rateLimitType})`
    return {
      kind: "rate_limited",
      resetsAt: summary.rateLimitResetsAt !== null
        ? summary.rateLimitResetsAt + EVENT_RESET_MARGIN_MS
        : fromText !== undefined
        ? fromText + TEXT_RESET_MARGIN_MS
        : now + UNKNOWN_RESET_MS,
      error: `Claude usage limit reached${kind}; it resets at ${when}`
    }
  }
  if (r !== null) {
    // a denied tool call means the job could not do what it was asked, whatever the CLI's verdict
    if (r.permissionDenials > 0) {
      return {
        kind: "failure",
        retryable: false,
        error: `permission denied: ${r.permissionDenials} tool call${r.permissionDenials === 1 ? " was" : "s were"} refused; ` +
          "allow them with allowed_tools or permission_mode"
      }
    }
    if (!r.isError && r.subtype === "success") return { kind: "success" }
    const said = r.result.trim() === "" ? "" : `: ${tail(r.result, 300)}`
    const status = r.apiErrorStatus
    if (r.subtype === "error_max_turns") {
      return { kind: "failure", retryable: false, error: `stopped at max_turns after ${r.numTurns ?? "?"} turns` }
    }
    if (r.subtype === "error_max_budget_usd") {
      return { kind: "failure", retryable: false, error: `stopped at max_budget_usd after spending $${(r.costUsd ?? 0).toFixed(2)}` }
    }
    if (status === 401 || status === 403 || /invalid api key|authentication|not logged in|\/login/i.test(r.result)) {
      return {
        kind: "failure",
        retryable: false,
        error: `Claude authentication failed${status === null ? "" : ` (${status})`}${said}; ` +
          "set ANTHROPIC_API_KEY or CLAUDE_CODE_OAUTH_TOKEN (claude setup-token) for the daemon"
      }
    }
    if (status !== null && (status === 529 || status >= 500)) {
      return { kind: "failure", retryable: true, error: `Claude API error ${status}${status === 529 ? " (overloaded)" : ""}${said}` }
    }
    return { kind: "failure", retryable: true, error: `claude reported ${r.subtype}${said}` }
  }
  if (end.spawnError !== null) return { kind: "failure", retryable: false, error: end.spawnError }
  if (end.exitCode === 0) return { kind: "success" }
  const how = end.signal !== null ? `killed by ${end.signal}` : `exited with code ${end.exitCode}`
  const text = tail(end.text, 300)
  return { kind: "failure", retryable: true, error: `claude ${how} with no result${text === "" ? "" : `: ${text}`}` }
}

const tail = (text: string, n: number) => {
  const t = text.trim()
  return t.length > n ? `…${t.slice(-n)}` : t
}

/** What the history keeps of one attempt. */
export const attemptInfo = (summary: StreamSummary, sessionId: string): ClaudeRunInfo => {
  const r = summary.result
  return {
    session_id: r?.sessionId ?? summary.sessionId ?? sessionId,
    model: summary.model,
    subtype: r?.subtype ?? null,
    cost_usd: r?.costUsd ?? 0,
    tokens: r?.usage ?? { input: 0, output: 0, cache_read: 0, cache_write: 0 },
    num_turns: r?.numTurns ?? 0,
    permission_denials: r?.permissionDenials ?? 0
  }
}

/** Two attempts of one run: costs, tokens and turns add up; the rest is the later one's. */
export const addInfo = (a: ClaudeRunInfo | null, b: ClaudeRunInfo): ClaudeRunInfo =>
  a === null ? b : {
    ...b,
    cost_usd: a.cost_usd + b.cost_usd,
    tokens: {
      input: a.tokens.input + b.tokens.input,
      output: a.tokens.output + b.tokens.output,
      cache_read: a.tokens.cache_read + b.tokens.cache_read,
      cache_write: a.tokens.cache_write + b.tokens.cache_write
    },
    num_turns: a.num_turns + b.num_turns,
    permission_denials: a.permission_denials + b.permission_denials
  }

/**
 * The `--session-id` of one try of one attempt: a UUID (version 5 layout) derived from the job,
 * its scheduled instant, the attempt and the try, so the same attempt can be found again after
 * a crash, and no two tries share a session.
 */
export const claudeSessionUuid = (job: string, scheduledAt: number, attempt: number, tryNumber = 1): string => {
  const h = createHash("sha1").update(`bot-cron\0${job}\0${scheduledAt}\0${attempt}\0${tryNumber}`).digest()
  h[6] = ((h[6] ?? 0) & 0x0f) | 0x50
  h[8] = ((h[8] ?? 0) & 0x3f) | 0x80
  const hex = h.subarray(0, 16).toString("hex")
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

/** The prompt of a retry that resumes the previous attempt's session. */
export const RESUME_PROMPT = "You were interrupted before this task finished. Check what was already done " +
  "(files, messages, commits) before repeating any side effect, then finish the task."

/**
 * The CLI's argv for one attempt (never through a shell): print mode with stream-json, the
 * session to start (or resume), then the options. The prompt is not here: it goes on stdin,
 * where `ps` does not show it to other users.
 */
export const claudeArgv = (
  s: ResolvedClaude,
  session: { readonly id: string; readonly resume: string | null },
  appendSystemPrompt: string | undefined
): readonly [string, ...Array<string>] => {
  const argv: [string, ...Array<string>] = [s.command, "-p", "--output-format", "stream-json", "--verbose"]
  if (session.resume !== null) argv.push("--resume", session.resume)
  else argv.push("--session-id", session.id)
  if (s.model !== undefined) argv.push("--model", s.model)
  if (s.fallback_model !== undefined) argv.push("--fallback-model", s.fallback_model)
  if (s.max_turns !== undefined) argv.push("--max-turns", String(s.max_turns))
  if (s.max_budget_usd !== undefined) argv.push("--max-budget-usd", String(s.max_budget_usd))
  if (appendSystemPrompt !== undefined) argv.push("--append-system-prompt", appendSystemPrompt)
  for (const tool of s.allowed_tools ?? []) argv.push("--allowedTools", tool)
  for (const tool of s.disallowed_tools ?? []) argv.push("--disallowedTools", tool)
  if (s.permission_mode !== undefined) argv.push("--permission-mode", s.permission_mode)
  if (s.mcp_config !== undefined) argv.push("--mcp-config", s.mcp_config, "--strict-mcp-config")
  if (s.bare === true) argv.push("--bare")
  argv.push(...s.args)
  return argv
}
