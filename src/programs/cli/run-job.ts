import { Args, Command } from "@effect/cli"
import { Clock, Console, Effect } from "effect"
import { resolveJobs } from "../../domain/config.js"
import { toHistoryEntry, syncWithConfig } from "../../domain/state.js"
import { ActiveConfig } from "../../layers/ActiveConfig.js"
import { Runner } from "../../layers/Runner.js"
import { StateStore } from "../../layers/StateStore.js"
import { runtimeLayer } from "../layers.js"
import { ExitCode, failWith, reportErrors } from "./exit.js"
import { configOption, jsonOption, stateOption } from "./options.js"

const jobArg = Args.text({ name: "JOB" }).pipe(Args.withDescription("the job to run"))

/** Runs one job once in this process (source manual) and records it like any run. */
const runOnce = (name: string, json: boolean) =>
  Effect.gen(function* () {
    const active = yield* ActiveConfig
    const store = yield* StateStore
    const { schedules } = yield* active.get
    const jobs = resolveJobs(schedules)
    const job = jobs.find((j) => j.name === name)
    if (job === undefined) {
      return yield* failWith(2, `bot-cron: no job named "${name}" (known jobs: ${jobs.map((j) => j.name).join(", ") || "none"})`)
    }
    yield* store.update((s) => syncWithConfig(s, schedules, jobs))
    const runner = yield* Runner
    const run = yield* runner.execute(yield* runner.prepare(job, "manual", yield* Clock.currentTimeMillis))
    const entry = toHistoryEntry(run, job.zone)
    if (json) {
      yield* Console.log(JSON.stringify(entry, null, 2))
    } else {
      const took = `${(entry.duration_ms / 1000).toFixed(2)} s`
      yield* Console.log(`${job.name}: ${entry.status} in ${took} (session ${entry.execution_id}, ${entry.attempts} attempt${entry.attempts === 1 ? "" : "s"})`)
      if (entry.output_preview !== "") yield* Console.log(entry.output_preview)
      if (entry.error !== null) yield* Console.error(`error: ${entry.error}`)
      yield* Console.log(`log: ${entry.log_file}`)
    }
    if (run.status !== "success") return yield* new ExitCode({ code: 1 })
  })

export const runJobCommand = Command.make(
  "run-job",
  { job: jobArg, json: jsonOption, config: configOption, state: stateOption },
  (flags) => runOnce(flags.job, flags.json).pipe(Effect.provide(runtimeLayer(flags)), reportErrors)
).pipe(Command.withDescription("Run JOB once now and record it; exit 0 on success, 1 on failure (also: --run-job JOB)"))
