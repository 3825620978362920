import { Command } from "@effect/cli"
import { Console, Effect } from "effect"
import { enablement, jobEnabled, overriddenByToggle, overrideWarning } from "../../domain/state.js"
import { ConfigService } from "../../layers/ConfigService.js"
import { failWith, reportErrors } from "./exit.js"
import { readState } from "./list.js"
import { configOption, filesLayer, stateOption } from "./options.js"

export const validateCommand = Command.make("validate", { config: configOption, state: stateOption }, (flags) =>
  Effect.gen(function*() {
    const service = yield* ConfigService
    const config = yield* service.load.pipe(
      Effect.catchTag("ConfigInvalid", (e) => failWith(1, e.message))
    )
    const jobs = config.schedules.jobs
    // enabled as the daemon sees it: a toggle in the state file wins over config.json
    const state = yield* readState
    const enabled = jobs.filter((j) => jobEnabled(state, j)).length
    const toggled = jobs.filter((j) => enablement(state, j).toggle !== null).length
    yield* Console.log(
      `${service.path}: valid (${jobs.length} job${jobs.length === 1 ? "" : "s"}, ${enabled} enabled${
        toggled === 0 ? "" : `; ${toggled} set by a toggle, see bot-cron list`
      })`
    )
    for (const job of overriddenByToggle(state, jobs)) yield* Console.error(`bot-cron: ${overrideWarning(job)}`)
  }).pipe(reportErrors, Effect.provide(filesLayer(flags)))).pipe(
    Command.withDescription("Check config.json: exit 0 when valid, 1 with every problem listed on stderr")
  )
