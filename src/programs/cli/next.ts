import { Args, Command, Options } from "@effect/cli"
import { Clock, Console, Effect, Option } from "effect"
import { parseInstant } from "../../domain/time.js"
import { ConfigService } from "../../layers/ConfigService.js"
import { upcoming } from "../upcoming.js"
import { failWith, reportErrors } from "./exit.js"
import { readState } from "./list.js"
import { configOption, filesLayer, jsonOption, stateOption } from "./options.js"

const job = Args.text({ name: "JOB" }).pipe(Args.withDescription("only this job"), Args.optional)
const count = Options.integer("count").pipe(
  Options.withAlias("n"),
  Options.withDescription("how many instants per job, 1 to 1000 (default: 5)"),
  Options.withDefault(5)
)
const from = Options.text("from").pipe(
  Options.withDescription("start after this ISO 8601 instant with Z or an offset (default: now)"),
  Options.optional
)

export const nextCommand = Command.make(
  "next",
  { job, count, from, json: jsonOption, config: configOption, state: stateOption },
  (flags) =>
    Effect.gen(function*() {
      if (flags.count < 1 || flags.count > 1000) return yield* failWith(2, "bot-cron: --count must be from 1 to 1000")
      const fromMs = Option.isSome(flags.from) ? parseInstant(flags.from.value) : yield* Clock.currentTimeMillis
      if (fromMs === undefined) {
        return yield* failWith(2, `bot-cron: --from must be an ISO 8601 instant with Z or an offset, e.g. 2026-03-09T09:00:00-04:00`)
      }
      const config = yield* (yield* ConfigService).load
      const list = yield* upcoming(config, yield* readState, fromMs, flags.count, Option.getOrUndefined(flags.job)).pipe(
        Effect.catchTag("UnknownJob", (e) => failWith(2, `bot-cron: ${e.message}`))
      )
      if (flags.json) return yield* Console.log(JSON.stringify(list, null, 2))
      const blocks = list.map((u) =>
        [
          `${u.job}${u.enabled ? "" : " (disabled)"}${u.toggle === null ? "" : " (toggle)"}  ${u.cron}  ${
            u.description ?? u.cron_text
          } (${u.timezone})`,
          ...(u.runs.length === 0 ? ["  no upcoming run"] : u.runs.map((r) => `  ${r}`))
        ].join("\n")
      )
      yield* Console.log(blocks.length === 0 ? "no jobs configured" : blocks.join("\n\n"))
    }).pipe(reportErrors, Effect.provide(filesLayer(flags)))
).pipe(Command.withDescription("Show the upcoming fire instants of each job (or of JOB) with the zone's offset"))
