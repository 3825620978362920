import { Command } from "@effect/cli"
import * as NodeRuntime from "@effect/platform-node/NodeRuntime"
import { Effect } from "effect"
import { accurateClockLayer } from "./layers/AccurateClock.js"
import { loggingLayer } from "./layers/Logging.js"
import { teardown } from "./programs/cli/exit.js"
import { platformLayer } from "./programs/cli/options.js"
import { rootCommand } from "./programs/cli/root.js"
import { VERSION } from "./version.js"

const cli = Command.run(rootCommand, { name: "bot-cron", version: VERSION })

// the seed's form `--run-job NAME` is `run-job NAME`
const argv = process.argv.map((arg, i) => (i >= 2 && arg === "--run-job" ? "run-job" : arg))

cli(argv).pipe(
  Effect.provide(platformLayer),
  Effect.provide(loggingLayer),
  Effect.provide(accurateClockLayer),
  (effect) => NodeRuntime.runMain(effect, { disableErrorReporting: true, disablePrettyLogger: true, teardown })
)
