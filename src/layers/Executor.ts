import { Clock, Context, Duration, Effect, Layer, Option, type Scope } from "effect"
import { appendFileSync } from "node:fs"
import { dirname, join } from "node:path"
import {
  attemptInfo,
  claudeArgv,
  type ClaudeRunInfo,
  claudeSessionUuid,
  emptySummary,
  readStreamLine,
  RESUME_PROMPT,
  type StreamSummary,
  verdict
} from "../domain/claude.js"
import { redactArgv, redactText } from "../domain/config-edit.js"
import type { ResolvedJob } from "../domain/config.js"
import type { RunSource } from "../domain/events.js"
import { renderPrompt, type SessionContext } from "../domain/session.js"
import { addInFlight } from "../domain/state.js"
import { ActiveConfig } from "./ActiveConfig.js"
import { Calendar } from "./Calendar.js"
import { makeJobEnv } from "./executor/environment.js"
import { type ProcessOutcome, spawnProcess } from "./executor/process.js"
import { probeScopes, scopeUnit } from "./executor/systemd-scope.js"
import { ensureDirSync } from "./files/ensure-dir.js"
import { processStart } from "./files/proc.js"
import { configPath, Paths } from "./Paths.js"
import { SkillEngine } from "./SkillEngine.js"
import { StateStore } from "./StateStore.js"

export interface Attempt {
  readonly job: ResolvedJob
  readonly context: SessionContext
  /** this attempt's id: the session id, with `-attemptN` on retries */
  readonly attemptId: string
  readonly attempt: number
  /** claude_cli: the CLI session this attempt starts, or the one it resumes */
  readonly claudeSession?: { readonly id: string; readonly resume: string | null } | undefined
  /** the run this attempt belongs to: recorded as going, in the state file, before anything starts */
  readonly run?:
    | { readonly executionId: string; readonly source: RunSource; readonly scheduledAt: number; readonly startedAt: number }
    | undefined
}

export interface AttemptResult {
  readonly status: "success" | "failure" | "timeout" | "hung" | "rate_limited"
  readonly exitCode: number | null
  readonly outputPreview: string
  readonly error: string | null
  readonly logFile: string
  /** false: a failure another attempt cannot mend (max turns, budget, auth, permissions); absent means true */
  readonly retryable?: boolean
  /** claude_cli: what the CLI said the attempt was (cost, tokens, turns, …) */
  readonly claude?: ClaudeRunInfo
  /** rate_limited: when to try again (epoch ms): the limit's reset, with a margin */
  readonly resetsAt?: number
}

export const PREVIEW_CHARS = 500

/**
 * Runs one attempt of one job. `start` is cold: nothing is spawned until it runs, and
 * closing its scope ends whatever it started (the process group, SIGTERM then SIGKILL).
 * It never fails: a failed run is a result.
 */
export class Executor extends Context.Tag("bot-cron/Executor")<
  Executor,
  { readonly start: (attempt: Attempt) => Effect.Effect<AttemptResult, never, Scope.Scope> }
>() {
  static readonly layer = Layer.effect(Executor, Effect.suspend(() => make))
}

/**
 * The end of `text`, at most `n` characters: cut at a line boundary where there is one, with "…"
 * in front to say something came before.
 */
const tailOf = (text: string, n: number) => {
  const t = text.trim()
  if (t.length <= n) return t
  const end = t.slice(-(n - 1))
  const line = end.indexOf("\n")
  return `…${line >= 0 && line < end.length - 1 ? end.slice(line + 1) : end}`
}

/** argv and stdin for a python_script job; undefined for the other modes, which run their own way. */
const commandFor = (job: ResolvedJob, configDir: string) => {
  switch (job.mode) {
    case "claude_cli":
      return undefined
    case "python_script": {
      const script = job.script ?? ""
      return {
        argv: [job.pythonCommand, configPath(configDir, script), ...job.args] as const,
        stdin: JSON.stringify(job.inputs)
      }
    }
    case "skill_direct":
      return undefined
  }
}

const previewOf = (value: unknown) => {
  // a skill that failed before it had an output has none (not the text "null")
  const text = value === null || value === undefined ? "" : typeof value === "string" ? value : JSON.stringify(value) ?? ""
  return text.length > PREVIEW_CHARS ? text.slice(-PREVIEW_CHARS) : text
}

const make = Effect.gen(function*() {
  const paths = yield* Paths
  const skills = yield* SkillEngine
  const store = yield* StateStore
  const active = yield* ActiveConfig
  const calendar = yield* Calendar
  const systemdScopes = yield* probeScopes
  /** the transient systemd scope an attempt's process runs in, under systemd */
  const scopeOf = (attempt: Attempt) => (systemdScopes ? scopeUnit(attempt.attemptId) : undefined)

  const jobEnv = makeJobEnv(active)

  /** skill_direct: the steps run in-process; the session log gets each step and the result. */
  const runSkill = (attempt: Attempt, logFile: string) =>
    Effect.gen(function*() {
      const { job, context } = attempt
      const clock = yield* Effect.clock
      const at = () => calendar.formatInZone(clock.unsafeCurrentTimeMillis(), job.zone)
      ensureDirSync(dirname(logFile))
      appendFileSync(
        logFile,
        `# job: ${job.name}\n# skill: ${
          job.skill ?? "-"
        }\n# session: ${attempt.attemptId} (attempt ${attempt.attempt}, source ${context.source})\n# mode: skill_direct\n# started: ${at()}\n---\n`,
        { mode: 0o600 }
      )
      const outcome = yield* skills.run(job, context, logFile).pipe(Effect.timeoutOption(Duration.seconds(job.timeout_seconds)))
      if (Option.isNone(outcome)) {
        appendFileSync(logFile, `---\n# ended: ${at()}\n# exit: timed out\n`)
        return {
          status: "timeout",
          exitCode: null,
          outputPreview: "",
          error: `timed out after ${job.timeout_seconds} s`,
          logFile
        } satisfies AttemptResult
      }
      const run = outcome.value
      const steps = run.steps.map((s) => ({
        id: s.id,
        status: s.status,
        duration_ms: s.duration_ms,
        ...(s.error === null ? {} : { error: s.error })
      }))
      appendFileSync(
        logFile,
        `---\n# steps: ${JSON.stringify(steps)}\n# output: ${JSON.stringify(run.output)}\n# ended: ${at()}\n# exit: ${
          run.ok ? "ok" : run.error
        }\n`
      )
      return {
        status: run.ok ? "success" : "failure",
        exitCode: run.ok ? 0 : 1,
        outputPreview: previewOf(run.output),
        error: run.error,
        logFile
      } satisfies AttemptResult
    })

  /** A process attempt: spawned when this runs, waited for up to the job's timeout. */
  const startProcessAttempt = (attempt: Attempt, command: { readonly argv: readonly [string, ...Array<string>]; readonly stdin: string }) =>
    Effect.gen(function*() {
      const { job, context } = attempt
      const clock = yield* Effect.clock
      const logFile = join(paths.logsDir, `${attempt.attemptId}.log`)
      const now = () => calendar.formatInZone(clock.unsafeCurrentTimeMillis(), job.zone)
      const header = [
        `# job: ${job.name}`,
        `# skill: ${job.skill ?? "-"}`,
        `# session: ${attempt.attemptId} (attempt ${attempt.attempt}, source ${context.source})`,
        `# mode: ${job.mode}`,
        `# argv: ${JSON.stringify(redactArgv(command.argv))}`,
        `# started: ${now()}`
      ]
      const outcome = yield* spawnProcess({
        argv: command.argv,
        cwd: job.working_dir === undefined ? paths.configDir : configPath(paths.configDir, job.working_dir),
        env: yield* jobEnv(job, context),
        stdin: command.stdin,
        logFile,
        header,
        now,
        systemdScope: scopeOf(attempt)
      })
      return toResult(yield* Effect.timeoutOption(outcome, Duration.seconds(job.timeout_seconds)), job, logFile)
    })

  /**
   * A claude_cli attempt: `claude -p --output-format stream-json --verbose …` with the prompt on
   * stdin (written, then closed). The stream is read as it comes; the outcome is decided from its
   * final result message, the exit code only when there is none. No stream line for
   * idle_timeout_seconds: the run is hung, and its process group is ended.
   */
  const startClaudeAttempt = (attempt: Attempt) =>
    Effect.gen(function*() {
      const { context, job } = attempt
      const settings = job.claudeSettings
      const clock = yield* Effect.clock
      const logFile = join(paths.logsDir, `${attempt.attemptId}.log`)
      const session = attempt.claudeSession ?? { id: claudeSessionUuid(attempt.attemptId, 0, 1), resume: null }
      const prompt = session.resume === null ? renderPrompt(settings.prompt_template, job, context) : RESUME_PROMPT
      const system = settings.append_system_prompt === undefined ? undefined : renderPrompt(settings.append_system_prompt, job, context)
      const argv = claudeArgv(settings, session, system)
      let summary: StreamSummary = emptySummary
      let partial = ""
      let lastOutput = clock.unsafeCurrentTimeMillis()
      const onStdout = (chunk: string) => {
        lastOutput = clock.unsafeCurrentTimeMillis()
        const lines = (partial + chunk).split("\n")
        partial = lines.pop() ?? ""
        // a line longer than the tail kept is not a message this reader needs whole (results are read below)
        if (partial.length > 8 * 1024 * 1024) partial = ""
        for (const line of lines) summary = readStreamLine(summary, line)
      }
      const now = () => calendar.formatInZone(clock.unsafeCurrentTimeMillis(), job.zone)
      const outcome = yield* spawnProcess({
        argv,
        cwd: job.working_dir === undefined ? paths.configDir : configPath(paths.configDir, job.working_dir),
        env: yield* jobEnv(job, context),
        stdin: prompt,
        logFile,
        header: [
          `# job: ${job.name}`,
          `# skill: ${job.skill ?? "-"}`,
          `# session: ${attempt.attemptId} (attempt ${attempt.attempt}, source ${context.source})`,
          `# mode: claude_cli`,
          `# claude session: ${session.resume ?? session.id}${session.resume === null ? "" : " (resumed)"}`,
          `# argv: ${JSON.stringify(redactArgv(argv))}`,
          `# prompt (stdin): ${JSON.stringify(redactText(prompt))}`,
          `# started: ${now()}`
        ],
        now,
        onStdout,
        systemdScope: scopeOf(attempt)
      })
      const idleMs = settings.idle_timeout_seconds * 1000
      const idle: Effect.Effect<"hung"> = Effect.suspend(() => {
        const left = lastOutput + idleMs - clock.unsafeCurrentTimeMillis()
        return left <= 0 ? Effect.succeed("hung" as const) : Effect.zipRight(Effect.sleep(left), idle)
      })
      const ended = yield* Effect.raceFirst(outcome, idle).pipe(Effect.timeoutOption(Duration.seconds(job.timeout_seconds)))
      if (Option.isNone(ended)) {
        return { ...timedOut(job, logFile), claude: attemptInfo(summary, session.resume ?? session.id) } satisfies AttemptResult
      }
      if (ended.value === "hung") {
        return {
          status: "hung",
          exitCode: null,
          outputPreview: "",
          error: `hung: no output for ${settings.idle_timeout_seconds} s (idle_timeout_seconds); its process group was ended`,
          logFile,
          retryable: false,
          claude: attemptInfo(summary, session.resume ?? session.id)
        } satisfies AttemptResult
      }
      const o = ended.value
      if (partial !== "") summary = readStreamLine(summary, partial)
      const info = attemptInfo(summary, session.resume ?? session.id)
      const v = verdict(
        summary,
        {
          exitCode: o.exitCode,
          signal: o.signal,
          spawnError: o.spawnError,
          text: `${o.stdoutTail.slice(-2000)}\n${o.stderrTail.slice(-2000)}`
        },
        job.zone,
        yield* Clock.currentTimeMillis
      )
      const preview = summary.result === null ? tailOf(o.stdoutTail, PREVIEW_CHARS) : tailOf(summary.result.result, PREVIEW_CHARS)
      switch (v.kind) {
        case "success":
          return {
            status: "success",
            exitCode: o.exitCode,
            outputPreview: preview,
            error: null,
            logFile,
            claude: info
          } satisfies AttemptResult
        case "rate_limited":
          return {
            status: "rate_limited",
            exitCode: o.exitCode,
            outputPreview: preview,
            error: v.error,
            logFile,
            claude: info,
            resetsAt: v.resetsAt
          } satisfies AttemptResult
        case "failure":
          return {
            status: "failure",
            exitCode: o.exitCode,
            outputPreview: preview,
            error: v.error,
            logFile,
            retryable: v.retryable,
            claude: info
          } satisfies AttemptResult
      }
    })

  const owner = processStart(process.pid) ?? "unknown"
  /**
   * The run goes into the state file's in_flight before its first process starts (writes from
   * runs starting together are one write): if this bot-cron process dies, the next daemon finds
   * the run, ends what is left of it and records it. A state file that cannot be written (a full
   * disk) never stops a run; the store says why.
   */
  const recordGoing = (attempt: Attempt) => {
    const run = attempt.run
    if (run === undefined) return Effect.void
    return store
      .updateTogether((state) =>
        state.in_flight.some((r) => r.execution_id === run.executionId) ? state : addInFlight({
          job: attempt.job.name,
          execution_id: run.executionId,
          source: run.source,
          scheduled_at: run.scheduledAt,
          started_at: run.startedAt,
          log_file: join(paths.logsDir, `${run.executionId}.log`),
          owner_pid: process.pid,
          owner_start: owner
        })(state)
      )
      // once asked for, the write is waited for even by a run interrupted meanwhile (replaced, cancelled): its
      // end, which removes the entry, is then recorded after it, never before
      .pipe(Effect.ignore, Effect.uninterruptible)
  }

  const start = (attempt: Attempt): Effect.Effect<AttemptResult, never, Scope.Scope> =>
    Effect.zipRight(
      recordGoing(attempt),
      Effect.suspend(() => {
        if (attempt.job.mode === "claude_cli") return startClaudeAttempt(attempt)
        const command = commandFor(attempt.job, paths.configDir)
        return command === undefined
          ? runSkill(attempt, join(paths.logsDir, `${attempt.attemptId}.log`))
          : startProcessAttempt(attempt, command)
      })
    )

  return Executor.of({ start })
})

const timedOut = (job: ResolvedJob, logFile: string): AttemptResult => ({
  status: "timeout",
  exitCode: null,
  outputPreview: "",
  error: `timed out after ${job.timeout_seconds} s`,
  logFile
})

const toResult = (outcome: Option.Option<ProcessOutcome>, job: ResolvedJob, logFile: string): AttemptResult => {
  if (Option.isNone(outcome)) return timedOut(job, logFile)
  const o = outcome.value
  const outputPreview = tailOf(o.stdoutTail, PREVIEW_CHARS)
  if (o.exitCode === 0) return { status: "success", exitCode: 0, outputPreview, error: null, logFile }
  const reason = o.spawnError ?? (o.signal !== null ? `killed by ${o.signal}` : `exited with code ${o.exitCode}`)
  const stderr = tailOf(o.stderrTail, PREVIEW_CHARS)
  return {
    status: "failure",
    exitCode: o.exitCode,
    outputPreview,
    error: stderr === "" || o.spawnError !== null ? reason : `${reason}: ${tailOf(stderr, PREVIEW_CHARS - reason.length - 2)}`,
    logFile
  }
}
