import { Command } from "@effect/cli"
import { NodeContext, NodeRuntime } from "@effect/platform-node"
import { Effect } from "effect"
import { teardown } from "./programs/cli/exit.js"
import { rootCommand } from "./programs/cli/root.js"
import { VERSION } from "./version.js"

const cli = Command.run(rootCommand, { name: "bot-cron", version: VERSION })

cli(process.argv).pipe(Effect.provide(NodeContext.layer), (effect) =>
  NodeRuntime.runMain(effect, { disableErrorReporting: true, teardown })
)
