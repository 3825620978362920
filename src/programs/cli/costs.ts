import { Command } from "@effect/cli"
import { Clock, Console, Effect } from "effect"
import { costs } from "../../domain/budget.js"
import { resolveJobs } from "../../domain/config.js"
import { makeCalendar } from "../../domain/time.js"
import { ConfigService } from "../../layers/ConfigService.js"
import { reportErrors } from "./exit.js"
import { readState } from "./list.js"
import { configOption, filesLayer, jsonOption, stateOption } from "./options.js"
import { renderTable } from "./table.js"

const usd = (n: number) => `$${n.toFixed(n > 0 && n < 0.01 ? 4 : 2)}`
const capped = (spent: number, cap: number | null) =>
  cap === null ? usd(spent) : `${usd(spent)} of ${usd(cap)}${spent >= cap ? " (spent: runs are skipped)" : ""}`

export const costsCommand = Command.make(
  "costs",
  { json: jsonOption, config: configOption, state: stateOption },
  (flags) =>
    Effect.gen(function*() {
      const { schedules } = yield* (yield* ConfigService).load
      const state = yield* readState
      const report = costs(
        makeCalendar(),
        state.spend,
        schedules,
        resolveJobs(schedules).filter((j) => j.mode === "claude_cli"),
        yield* Clock.currentTimeMillis
      )
      if (flags.json) return yield* Console.log(JSON.stringify(report, null, 2))
      yield* Console.log(
        `claude spend on ${report.day} (${report.zone}): ${capped(report.today_usd, report.daily_cap_usd)} today, ` +
          `${capped(report.month_usd, report.monthly_cap_usd)} in ${report.month}`
      )
      if (report.jobs.length === 0) return yield* Console.log("no claude jobs configured and no spend recorded")
      yield* Console.log(
        renderTable(
          ["JOB", "TODAY", "THIS MONTH"],
          report.jobs.map((j) => [j.job, capped(j.today_usd, j.daily_cap_usd), usd(j.month_usd)])
        )
      )
    }).pipe(reportErrors, Effect.provide(filesLayer(flags)))
).pipe(
  Command.withDescription(
    "Claude spend today and this month, per job and in all, against each budget (days in the schedule's zone; works without a daemon)"
  )
)
