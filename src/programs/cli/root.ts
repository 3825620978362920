import { Command } from "@effect/cli"
import { nextCommand } from "./next.js"
import { validateCommand } from "./validate.js"

export const rootCommand = Command.make("bot-cron").pipe(
  Command.withDescription("A per-user cron daemon for AI workflow jobs"),
  Command.withSubcommands([validateCommand, nextCommand])
)
