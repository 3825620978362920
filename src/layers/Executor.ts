import { Context, Duration, Effect, Layer, Option, type Scope } from "effect"
import { appendFileSync, mkdirSync } from "node:fs"
import { dirname, isAbsolute, join, resolve } from "node:path"
import type { ResolvedJob } from "../domain/config.js"
import { renderPrompt, type SessionContext, sessionEnv } from "../domain/session.js"
import { formatInZone } from "../domain/time.js"
import { type ProcessOutcome, spawnProcess } from "./executor/process.js"
import { Paths } from "./Paths.js"
import { SkillEngine } from "./SkillEngine.js"

export interface Attempt {
  readonly job: ResolvedJob
  readonly context: SessionContext
  /** this attempt's id: the session id, with `-attemptN` on retries */
  readonly attemptId: string
  readonly attempt: number
}

export interface AttemptResult {
  readonly status: "success" | "failure" | "timeout"
  readonly exitCode: number | null
  readonly outputPreview: string
  readonly error: string | null
  readonly logFile: string
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

const tailOf = (text: string, n: number) => (text.length > n ? text.slice(-n) : text).trim()

/** argv and stdin for a job's mode; undefined when the mode cannot run here. */
const commandFor = (job: ResolvedJob, ctx: SessionContext, configDir: string) => {
  switch (job.mode) {
    case "claude_cli":
      return {
        argv: [job.claude.command, "--print", ...job.claude.args, renderPrompt(job.claude.prompt_template, job, ctx)] as const,
        stdin: ""
      }
    case "python_script": {
      const script = job.script ?? ""
      return {
        argv: [job.pythonCommand, isAbsolute(script) ? script : join(configDir, script), ...job.args] as const,
        stdin: JSON.stringify(job.inputs)
      }
    }
    case "skill_direct":
      return undefined
  }
}

const previewOf = (value: unknown) => {
  const text = typeof value === "string" ? value : JSON.stringify(value) ?? ""
  return text.length > PREVIEW_CHARS ? text.slice(-PREVIEW_CHARS) : text
}

const make = Effect.gen(function*() {
  const paths = yield* Paths
  const skills = yield* SkillEngine

  /** skill_direct: the steps run in-process; the session log gets each step and the result. */
  const runSkill = (attempt: Attempt, logFile: string) =>
    Effect.gen(function*() {
      const { job, context } = attempt
      const clock = yield* Effect.clock
      const at = () => formatInZone(clock.unsafeCurrentTimeMillis(), job.zone)
      mkdirSync(dirname(logFile), { recursive: true, mode: 0o700 })
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
      const now = () => formatInZone(clock.unsafeCurrentTimeMillis(), job.zone)
      const header = [
        `# job: ${job.name}`,
        `# skill: ${job.skill ?? "-"}`,
        `# session: ${attempt.attemptId} (attempt ${attempt.attempt}, source ${context.source})`,
        `# mode: ${job.mode}`,
        `# argv: ${JSON.stringify(command.argv)}`,
        `# started: ${now()}`
      ]
      const outcome = yield* spawnProcess({
        argv: command.argv,
        cwd: job.working_dir === undefined ? paths.configDir : resolve(paths.configDir, job.working_dir),
        env: { ...process.env, ...sessionEnv(job, context) },
        stdin: command.stdin,
        logFile,
        header,
        now
      })
      return toResult(yield* Effect.timeoutOption(outcome, Duration.seconds(job.timeout_seconds)), job, logFile)
    })

  const start = (attempt: Attempt): Effect.Effect<AttemptResult, never, Scope.Scope> =>
    Effect.suspend(() => {
      const command = commandFor(attempt.job, attempt.context, paths.configDir)
      return command === undefined
        ? runSkill(attempt, join(paths.logsDir, `${attempt.attemptId}.log`))
        : startProcessAttempt(attempt, command)
    })

  return Executor.of({ start })
})

const toResult = (outcome: Option.Option<ProcessOutcome>, job: ResolvedJob, logFile: string): AttemptResult => {
  if (Option.isNone(outcome)) {
    return { status: "timeout", exitCode: null, outputPreview: "", error: `timed out after ${job.timeout_seconds} s`, logFile }
  }
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
