import { Command } from "@effect/cli"
import { Console, Effect } from "effect"
import { ConfigService } from "../../layers/ConfigService.js"
import { failWith, reportErrors } from "./exit.js"
import { configOption, filesLayer } from "./options.js"

export const validateCommand = Command.make("validate", { config: configOption }, (flags) =>
  Effect.gen(function*() {
    const service = yield* ConfigService
    const config = yield* service.load.pipe(
      Effect.catchTag("ConfigInvalid", (e) => failWith(1, e.message))
    )
    const jobs = config.schedules.jobs
    const enabled = jobs.filter((j) => j.enabled).length
    yield* Console.log(`${service.path}: valid (${jobs.length} job${jobs.length === 1 ? "" : "s"}, ${enabled} enabled)`)
  }).pipe(reportErrors, Effect.provide(filesLayer(flags)))).pipe(
    Command.withDescription("Check config.json: exit 0 when valid, 1 with every problem listed on stderr")
  )
