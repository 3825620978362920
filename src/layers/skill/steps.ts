import { Clock, Duration, Effect, Either, Option } from "effect"
import { appendFileSync } from "node:fs"
import { type Skill, splitArgv, type Step, stepId } from "../../domain/skill.js"
import { isFalsy, render, renderPython, renderValue } from "../../domain/template.js"
import { runProcess } from "../executor/process.js"
import { COMPUTE_MARKER, COMPUTE_WRAPPER } from "./compute.js"

export interface StepResult {
  readonly id: string
  readonly status: "ok" | "failed" | "skipped"
  readonly duration_ms: number
  readonly output: unknown
  readonly error: string | null
}

export interface SkillRun {
  readonly ok: boolean
  readonly steps: ReadonlyArray<StepResult>
  readonly output: unknown
  readonly error: string | null
}

export type Tool = (args: Record<string, unknown>) => Effect.Effect<unknown, string>

export interface StepDeps {
  readonly tools: Readonly<Record<string, Tool>>
  readonly python: string
  readonly cwd: string
  readonly env: Record<string, string | undefined>
  readonly logFile: string
  readonly defaultTimeoutMs: number
  /** the time now, for the session log */
  readonly now: () => string
}

const parseOutput = (stdout: string, stderr: string, exitCode: number | null): unknown => {
  try {
    const json: unknown = JSON.parse(stdout)
    if (json !== null && typeof json === "object" && !Array.isArray(json)) return json
  } catch {
    // not JSON: the raw streams are the step's fields
  }
  return { stdout: stdout.trimEnd(), stderr: stderr.trimEnd(), exit_code: exitCode }
}

const fromEither = <A>(e: Either.Either<A, string>) => (Either.isRight(e) ? Effect.succeed(e.right) : Effect.fail(e.left))

const runStep = (step: Step, id: string, context: Record<string, unknown>, deps: StepDeps): Effect.Effect<unknown, string> =>
  Effect.gen(function*() {
    const log = (line: string) => Effect.sync(() => appendFileSync(deps.logFile, `${line}\n`, { mode: 0o600 }))
    const child = (argv: readonly [string, ...Array<string>], stdin: string, what = JSON.stringify(argv)) =>
      runProcess({
        argv,
        cwd: deps.cwd,
        env: deps.env,
        stdin,
        logFile: deps.logFile,
        header: [`# step ${id}: ${what.slice(0, 300)}`],
        now: deps.now
      })
    if (step.run !== undefined) {
      // each argument is rendered on its own: an input is one argument, whatever it holds
      const pieces = typeof step.run === "string" ? splitArgv(step.run) : [...step.run]
      const argv = yield* Effect.forEach(pieces, (p) => fromEither(render(p, context)))
      if (argv.length === 0) return yield* Effect.fail("run is empty")
      const out = yield* child(argv as [string, ...Array<string>], "")
      if (out.spawnError !== null) return yield* Effect.fail(out.spawnError)
      const fields = parseOutput(out.stdoutTail, out.stderrTail, out.exitCode)
      if (out.exitCode !== 0) {
        return yield* Effect.fail(
          `exited with code ${out.exitCode}${out.stderrTail.trim() === "" ? "" : `: ${out.stderrTail.trim().slice(-300)}`}`
        )
      }
      return fields
    }
    if (step.compute !== undefined) {
      // values never become code: each is escaped for the string it stands in, or is a Python literal
      const code = yield* fromEither(renderPython(step.compute, context))
      // the session log shows the step's code, not the helper that runs it
      const out = yield* child(
        [deps.python, "-c", COMPUTE_WRAPPER],
        JSON.stringify({ code, context, step: id }),
        `compute ${JSON.stringify(code)}`
      )
      if (out.spawnError !== null) return yield* Effect.fail(out.spawnError)
      const at = out.stdoutTail.lastIndexOf(COMPUTE_MARKER)
      if (out.exitCode !== 0 || at < 0) {
        return yield* Effect.fail(`python failed: ${out.stderrTail.trim().split("\n").slice(-1)[0] ?? `exit ${out.exitCode}`}`)
      }
      return JSON.parse(out.stdoutTail.slice(at + COMPUTE_MARKER.length)) as unknown
    }
    const tool = deps.tools[step.tool ?? ""]
    if (tool === undefined) return yield* Effect.fail(`unknown tool "${step.tool}"`)
    const args = yield* fromEither(renderValue(step.args, context))
    const result = yield* tool(args as Record<string, unknown>)
    yield* log(`# step ${id}: tool ${step.tool} -> ${JSON.stringify(result).slice(0, 500)}`)
    return result
  })

/** Runs the steps in order; a failing step stops the skill unless its on_error is continue. */
export const runSteps = (skill: Skill, base: Record<string, unknown>, deps: StepDeps): Effect.Effect<SkillRun> =>
  Effect.gen(function*() {
    const context: Record<string, unknown> = { ...base }
    const results: Array<StepResult> = []
    let output: unknown = null
    for (const [i, step] of skill.steps.entries()) {
      const id = stepId(step, i)
      const started = yield* Clock.currentTimeMillis
      const took = Effect.map(Clock.currentTimeMillis, (now) => now - started)
      if (step.condition !== undefined) {
        const verdict = typeof step.condition === "boolean" ? Either.right(String(step.condition)) : render(step.condition, context)
        if (Either.isLeft(verdict)) {
          results.push({ id, status: "failed", duration_ms: yield* took, output: null, error: `step ${id}: condition: ${verdict.left}` })
          if (step.on_error === "continue") continue
          return { ok: false, steps: results, output, error: `step ${id}: condition: ${verdict.left}` }
        }
        if (isFalsy(verdict.right)) {
          results.push({ id, status: "skipped", duration_ms: yield* took, output: null, error: null })
          continue
        }
      }
      const timeout = Duration.millis(step.timeout_seconds === undefined ? deps.defaultTimeoutMs : step.timeout_seconds * 1000)
      const outcome = yield* runStep(step, id, context, deps).pipe(
        Effect.timeoutOption(timeout),
        Effect.map(Option.match({ onNone: () => Either.left(`timed out after ${Duration.format(timeout)}`), onSome: Either.right })),
        Effect.catchAll((e) => Effect.succeed(Either.left(e)))
      )
      if (Either.isRight(outcome)) {
        context[id] = outcome.right
        output = outcome.right
        results.push({ id, status: "ok", duration_ms: yield* took, output: outcome.right, error: null })
        continue
      }
      const error = `step ${id}: ${outcome.left}`
      results.push({ id, status: "failed", duration_ms: yield* took, output: null, error })
      if (step.on_error !== "continue") return { ok: false, steps: results, output, error }
    }
    return { ok: true, steps: results, output, error: null }
  })
