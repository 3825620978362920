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

// No colour where it is not wanted: output that is not a terminal (a pipe, a file, journald) or NO_COLOR
// (no-color.org). @effect/cli's help always styles its text, so the escape sequences are taken out here.
const ANSI = /\u001b\[[0-9;]*m/g
for (const stream of [process.stdout, process.stderr]) {
  if (stream.isTTY && (process.env["NO_COLOR"] ?? "") === "") continue
  const write = stream.write.bind(stream) as (chunk: unknown, ...rest: Array<unknown>) => boolean
  stream.write = ((chunk: unknown, ...rest: Array<unknown>) =>
    write(typeof chunk === "string" ? chunk.replace(ANSI, "") : chunk, ...rest)) as typeof stream.write
}

// the seed's form `--run-job NAME` is `run-job NAME`
const argv = process.argv.map((arg, i) => (i >= 2 && arg === "--run-job" ? "run-job" : arg))

cli(argv).pipe(
  Effect.provide(platformLayer),
  Effect.provide(loggingLayer),
  Effect.provide(accurateClockLayer),
  (effect) => NodeRuntime.runMain(effect, { disableErrorReporting: true, disablePrettyLogger: true, teardown })
)
