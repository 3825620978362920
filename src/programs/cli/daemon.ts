import { Command, Options } from "@effect/cli"
import { Effect } from "effect"
import { logFormatLayer } from "../../layers/Logging.js"
import { reportErrors } from "./exit.js"
import { loadDaemon, withLayers } from "./lazy.js"
import { busAddressOption, configOption, stateOption } from "./options.js"

const noDbusOption = Options.boolean("no-dbus").pipe(Options.withDescription("do not export the D-Bus control plane"))

export const logFormatOption = Options.choice("log-format", ["text", "json"]).pipe(
  Options.withDescription("text (journald priorities under systemd) or one JSON object a line (default: text)"),
  Options.withDefault("text" as const)
)

export const daemonCommand = Command.make(
  "daemon",
  { config: configOption, state: stateOption, logFormat: logFormatOption, busAddress: busAddressOption, noDbus: noDbusOption },
  (flags) =>
    Effect.flatMap(loadDaemon, (m) => m.runDaemon).pipe(
      withLayers((l) => l.daemonLayer(flags, { enabled: !flags.noDbus, address: flags.busAddress })),
      // the last line: every run has ended and the state is written
      Effect.tap(() => Effect.logInfo("bot-cron stopped")),
      Effect.onInterrupt(() => Effect.logInfo("bot-cron stopped")),
      reportErrors,
      Effect.provide(logFormatLayer(flags.logFormat))
    )
).pipe(Command.withDescription("Run the scheduler until SIGTERM/SIGINT: fire every job at its instants, record every run"))
