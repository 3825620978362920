import { Command, Options } from "@effect/cli"
import { Clock, Console, Effect, Either, Option } from "effect"
import { resolveJobs } from "../../domain/config.js"
import { makeCronEvaluator } from "../../domain/cron.js"
import { computeNext, jobRows } from "../../domain/report.js"
import { emptyState, enablementText, schedulerEnabled } from "../../domain/state.js"
import { makeCalendar } from "../../domain/time.js"
import { ConfigService } from "../../layers/ConfigService.js"
import { Paths } from "../../layers/Paths.js"
import { readStateFile } from "../../layers/StateStore.js"
import { failWith, reportErrors } from "./exit.js"
import { relative, wallTime } from "./format.js"
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
      const calendar = makeCalendar()
      const rows = jobRows(calendar, resolveJobs(schedules), state, computeNext(makeCronEvaluator({ calendar }), now))
      if (flags.json) return yield* Console.log(JSON.stringify(rows, null, 2))
      if (rows.length === 0) return yield* Console.log("no jobs configured")
      // like `systemctl list-timers`: when, how long until or since, then what
      const at = (iso: string | null) => (iso === null ? undefined : Date.parse(iso))
      const table = renderTable(
        ["NEXT", "LEFT", "LAST", "PASSED", "JOB", "ENABLED", "RESULT", "RUNS", "FAILS", "SCHEDULE"],
        rows.map((r) => {
          const next = at(r.next_run)
          const last = at(r.last_run)
          return [
            r.next_run === null ? (r.enabled ? "never" : "-") : wallTime(r.next_run),
            next === undefined ? "-" : relative(next, now),
            r.last_run === null ? "-" : wallTime(r.last_run),
            last === undefined ? "-" : relative(last, now),
            r.name,
            enablementText({ enabled: r.enabled, toggle: r.toggle, in_config: r.enabled_in_config }),
            r.last_status ?? "-",
            String(r.run_count),
            String(r.failure_count),
            `${r.cron} (${r.timezone}): ${r.description ?? r.cron_text}`
          ]
        })
      )
      const banner = schedulerEnabled(state, schedules)
        ? []
        : [
          `The scheduler is off (${
            state.toggles.scheduler === false
              ? "set by `bot-cron scheduler off`; `bot-cron scheduler reset` hands it back to config.json"
              : "config.json: schedules.enabled is false"
          }): no job fires until \`bot-cron scheduler on\`.\n`
        ]
      yield* Console.log([...banner, table].join("\n"))
    }).pipe(reportErrors, Effect.provide(filesLayer(flags)))
).pipe(
  Command.withDescription(
    "List the jobs like systemctl list-timers: next and last run (in each job's zone), enabled, last result, counts (works without a daemon)"
  )
)

const limitOption = Options.integer("limit").pipe(
  Options.withDescription("how many runs, newest first, 1 to 10000 (default: 20)"),
  Options.withDefault(20)
)
const jobFilter = Options.text("job").pipe(Options.withDescription("only this job's runs"), Options.optional)
const utcOption = Options.boolean("utc").pipe(Options.withDescription("show times in UTC (default: the schedule's timezone)"))

export const historyCommand = Command.make(
  "history",
  { limit: limitOption, job: jobFilter, utc: utcOption, json: jsonOption, config: configOption, state: stateOption },
  (flags) =>
    Effect.gen(function*() {
      if (flags.limit < 1 || flags.limit > 10_000) {
        return yield* failWith(2, `bot-cron: --limit must be from 1 to 10000; got ${flags.limit}`)
      }
      const state = yield* readState
      const { schedules } = yield* (yield* ConfigService).load
      if (Option.isSome(flags.job)) {
        const name = flags.job.value
        const known = schedules.jobs.map((j) => j.name as string)
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
      // each entry is written in its job's zone: shown in one zone, rows read in order
      const zone = flags.utc ? "UTC" : schedules.timezone
      const { formatInZone } = makeCalendar()
      const inZone = (iso: string) => {
        const ms = Date.parse(iso)
        return Number.isNaN(ms) ? iso : wallTime(formatInZone(ms, zone))
      }
      yield* Console.log(
        renderTable(
          [`STARTED (${zone})`, "JOB", "STATUS", "DURATION", "TRIES", "COST", "SESSION", "ERROR"],
          runs.map((
            h
          ) => [
            inZone(h.started_at),
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
).pipe(
  Command.withDescription("Show recorded runs from the state file, newest first, times in the schedule's zone (works without a daemon)")
)
