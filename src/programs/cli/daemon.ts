import { Command, Options } from "@effect/cli"
import { Effect } from "effect"
import { logFormatLayer } from "../../layers/Logging.js"
import { runDaemon } from "../daemon.js"
import { daemonLayer } from "../layers.js"
import { reportErrors } from "./exit.js"
import { configOption, stateOption } from "./options.js"

export const logFormatOption = Options.choice("log-format", ["text", "json"]).pipe(
  Options.withDescription("text (journald priorities under systemd) or one JSON object a line"),
  Options.withDefault("text" as const)
)

export const daemonCommand = Command.make(
  "daemon",
  { config: configOption, state: stateOption, logFormat: logFormatOption },
  (flags) =>
    runDaemon.pipe(
      Effect.provide(daemonLayer(flags)),
      reportErrors,
      Effect.provide(logFormatLayer(flags.logFormat))
    )
).pipe(Command.withDescription("Run the scheduler until SIGTERM/SIGINT: fire every job at its instants, record every run"))
