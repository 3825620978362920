import { Command } from "@effect/cli"
import * as NodeRuntime from "@effect/platform-node/NodeRuntime"
import { Effect } from "effect"
import { accurateClockLayer } from "./layers/AccurateClock.js"
import { loggingLayer } from "./layers/Logging.js"
import { teardown } from "./programs/cli/exit.js"
import { ANSI, asksForHelp, helpPath, seedForm, tidyHelp } from "./programs/cli/help.js"
import { platformLayer } from "./programs/cli/options.js"
import { rootCommand } from "./programs/cli/root.js"
import { VERSION } from "./version.js"

const cli = Command.run(rootCommand, { name: "bot-cron", version: VERSION })

// No colour where it is not wanted: output that is not a terminal (a pipe, a file, journald) or NO_COLOR
// (no-color.org). @effect/cli's help always styles its text, so the escape sequences are taken out here.
for (const stream of [process.stdout, process.stderr]) {
  if (stream.isTTY && (process.env["NO_COLOR"] ?? "") === "") continue
  const write = stream.write.bind(stream) as (chunk: unknown, ...rest: Array<unknown>) => boolean
  stream.write = ((chunk: unknown, ...rest: Array<unknown>) =>
    write(typeof chunk === "string" ? chunk.replace(ANSI, "") : chunk, ...rest)) as typeof stream.write
}

const args = seedForm(process.argv.slice(2))
const argv = [...process.argv.slice(0, 2), ...args]

// help reads like a Unix tool's (see help.ts); the interactive wizard is not part of this CLI
if (asksForHelp(args)) {
  const path = helpPath(args)
  const write = process.stdout.write.bind(process.stdout) as (chunk: unknown, ...rest: Array<unknown>) => boolean
  process.stdout.write = ((chunk: unknown, ...rest: Array<unknown>) =>
    write(typeof chunk === "string" ? tidyHelp(chunk, path) : chunk, ...rest)) as typeof process.stdout.write
}
const wizard = args.indexOf("--wizard")
if (wizard !== -1 && (args.indexOf("--") === -1 || wizard < args.indexOf("--"))) {
  process.stderr.write("bot-cron: unknown option --wizard (bot-cron --help lists the commands)\n")
  process.exit(2)
}

cli(argv).pipe(
  Effect.provide(platformLayer),
  Effect.provide(loggingLayer),
  Effect.provide(accurateClockLayer),
  (effect) => NodeRuntime.runMain(effect, { disableErrorReporting: true, disablePrettyLogger: true, teardown })
)
