import { Command } from "@effect/cli"
import { controlCommands } from "./control.js"
import { costsCommand } from "./costs.js"
import { daemonCommand } from "./daemon.js"
import { exportCommand } from "./export.js"
import { historyCommand, listCommand } from "./list.js"
import { nextCommand } from "./next.js"
import { notifyCommand } from "./notify.js"
import { runJobCommand } from "./run-job.js"
import { installServiceCommand, uninstallServiceCommand } from "./service.js"
import { skillsCommand } from "./skills.js"
import { validateCommand } from "./validate.js"

export const rootCommand = Command.make("bot-cron").pipe(
  Command.withDescription("A per-user cron daemon for AI workflow jobs"),
  Command.withSubcommands([
    daemonCommand,
    runJobCommand,
    listCommand,
    historyCommand,
    costsCommand,
    ...controlCommands,
    notifyCommand,
    skillsCommand,
    installServiceCommand,
    uninstallServiceCommand,
    nextCommand,
    validateCommand,
    exportCommand
  ])
)
