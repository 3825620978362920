// Wall time of a trivial skill_direct job against the same job as python_script,
// both through the real Executor in one process (median of 20 runs each).
import { Effect, Logger, LogLevel, Option } from "effect"
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { performance } from "node:perf_hooks"
import { resolveJobs } from "../src/domain/config.js"
import { sessionContext } from "../src/domain/session.js"
import { ActiveConfig } from "../src/layers/ActiveConfig.js"
import { Calendar } from "../src/layers/Calendar.js"
import { Executor } from "../src/layers/Executor.js"
import { runtimeLayer } from "../src/programs/layers.js"

const RUNS = 20
const dir = mkdtempSync(join(tmpdir(), "bot-cron-bench-skill-"))
mkdirSync(join(dir, "skills"))
writeFileSync(
  join(dir, "skills", "trivial.yaml"),
  "name: trivial\nsteps:\n  - id: note\n    tool: memory_log\n    args: { action: benchmark, details: { ok: true } }\n"
)
writeFileSync(join(dir, "trivial.py"), "import json, sys\njson.load(sys.stdin)\nprint('ok')\n")
const config = join(dir, "config.json")
writeFileSync(
  config,
  JSON.stringify({
    schedules: {
      timezone: "UTC",
      jobs: [
        { name: "as_skill", cron: "0 0 1 1 *", skill: "trivial", execution_mode: "skill_direct" },
        { name: "as_script", cron: "0 0 1 1 *", execution_mode: "python_script", script: "trivial.py" }
      ]
    }
  })
)

const median = (xs: Array<number>) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN

const program = Effect.gen(function*() {
  const executor = yield* Executor
  const calendar = yield* Calendar
  const jobs = resolveJobs((yield* (yield* ActiveConfig).get).schedules)
  const times: Record<string, Array<number>> = {}
  for (const job of jobs) {
    times[job.name] = []
    for (let i = -3; i < RUNS; i++) {
      const id = `bench-${job.name}-${i + 3}`
      const started = performance.now()
      const result = yield* Effect.scoped(
        executor.start({ job, context: sessionContext(calendar, job, id, "manual", Date.now()), attemptId: id, attempt: 1 })
      )
      if (result.status !== "success") throw new Error(`${job.name}: ${result.error}`)
      if (i >= 0) times[job.name]!.push(performance.now() - started)
    }
  }
  const skill = median(times["as_skill"]!)
  const script = median(times["as_script"]!)
  console.log(
    `## skill_direct against python_script\n\nA trivial job through the real Executor, median of ${RUNS} runs each: skill_direct ${
      skill.toFixed(1)
    } ms, python_script ${script.toFixed(1)} ms (skill_direct is ${(script / skill).toFixed(1)}x faster)`
  )
})

await Effect.runPromise(
  program.pipe(
    Effect.provide(runtimeLayer({ config: Option.some(config), state: Option.some(join(dir, "state.json")) })),
    Logger.withMinimumLogLevel(LogLevel.Warning)
  )
)
rmSync(dir, { recursive: true, force: true })
