import { Command, Options } from "@effect/cli"
import { Clock, Console, Effect, Either, Option } from "effect"
import { resolveJobs } from "../../domain/config.js"
import { computeNext, jobRows } from "../../domain/report.js"
import { emptyState } from "../../domain/state.js"
import { ConfigService } from "../../layers/ConfigService.js"
import { Paths } from "../../layers/Paths.js"
import { readStateFile } from "../../layers/StateStore.js"
import { failWith, reportErrors } from "./exit.js"
import { configOption, filesLayer, jsonOption, stateOption } from "./options.js"
import { renderTable } from "./table.js"

/** The state file as it is; a broken one is reported and read as empty (the daemon moves it aside). */
export const readState = Effect.gen(function*() {
  const read = yield* readStateFile((yield* Paths).state)
  if (Either.isRight(read)) return read.right
  yield* Console.error(`bot-cron: ${read.left}; showing no run data`)
  return emptyState()
})

export const listCommand = Command.make(
  "list",
  { json: jsonOption, config: configOption, state: stateOption },
  (flags) =>
    Effect.gen(function*() {
      const { schedules } = yield* (yield* ConfigService).load
      const state = yield* readState
      const now = yield* Clock.currentTimeMillis
      const rows = jobRows(resolveJobs(schedules), state, computeNext(now))
      if (flags.json) return yield* Console.log(JSON.stringify(rows, null, 2))
      if (rows.length === 0) return yield* Console.log("no jobs configured")
      yield* Console.log(
        renderTable(
          ["NAME", "ENABLED", "CRON", "NEXT RUN", "LAST", "RUNS", "FAILS", "DESCRIPTION"],
          rows.map((
            r
          ) => [
            r.name,
            r.enabled ? "yes" : "no",
            r.cron,
            r.next_run ?? (r.enabled ? "never" : "-"),
            r.last_status ?? "-",
            String(r.run_count),
            String(r.failure_count),
            r.description
          ])
        )
      )
    }).pipe(reportErrors, Effect.provide(filesLayer(flags)))
).pipe(Command.withDescription("List the jobs: enabled, cron, next run, last status and counts (works without a daemon)"))

const limitOption = Options.integer("limit").pipe(Options.withDescription("how many runs, newest first"), Options.withDefault(20))
const jobFilter = Options.text("job").pipe(Options.withDescription("only this job's runs"), Options.optional)

export const historyCommand = Command.make(
  "history",
  { limit: limitOption, job: jobFilter, json: jsonOption, config: configOption, state: stateOption },
  (flags) =>
    Effect.gen(function*() {
      if (flags.limit < 1 || flags.limit > 10_000) {
        return yield* failWith(2, `bot-cron: --limit must be from 1 to 10000; got ${flags.limit}`)
      }
      const state = yield* readState
      if (Option.isSome(flags.job)) {
        const name = flags.job.value
        const known = (yield* (yield* ConfigService).load).schedules.jobs.map((j) => j.name as string)
        // a job removed from config still has its runs: only a name in neither is wrong
        if (!known.includes(name) && !state.history.some((h) => h.job === name)) {
          return yield* failWith(2, `bot-cron: no job named "${name}" (known jobs: ${known.join(", ") || "none"})`)
        }
      }
      const runs = state.history
        .filter((h) => Option.match(flags.job, { onNone: () => true, onSome: (j) => h.job === j }))
        .slice(0, Math.max(0, flags.limit))
      if (flags.json) return yield* Console.log(JSON.stringify(runs, null, 2))
      if (runs.length === 0) return yield* Console.log("no runs recorded yet")
      yield* Console.log(
        renderTable(
          ["STARTED", "JOB", "STATUS", "DURATION", "TRIES", "COST", "SESSION", "ERROR"],
          runs.map((
            h
          ) => [
            h.started_at,
            h.job,
            h.status,
            `${(h.duration_ms / 1000).toFixed(2)} s`,
            String(h.attempts),
            h.claude === undefined ? "-" : `$${h.claude.cost_usd.toFixed(4)}`,
            h.execution_id,
            (h.error ?? "").split("\n")[0] ?? ""
          ])
        )
      )
    }).pipe(reportErrors, Effect.provide(filesLayer(flags)))
).pipe(Command.withDescription("Show recorded runs from the state file, newest first (works without a daemon)"))
