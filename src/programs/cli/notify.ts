import { Args, Command } from "@effect/cli"
import { Console, Effect, Option } from "effect"
import type { NotifyTarget } from "../../domain/config.js"
import { testNotice } from "../../domain/notice.js"
import { ActiveConfig } from "../../layers/ActiveConfig.js"
import { ExitCode, reportErrors } from "./exit.js"
import { loadTargets, withRuntime } from "./lazy.js"
import { busAddressOption, configOption, jsonOption, stateOption } from "./options.js"
import { renderTable } from "./table.js"

const target = Args.choice(
  [["memory", "memory"], ["slack", "slack"], ["desktop", "desktop"], ["email", "email"]] as const,
  { name: "TARGET" }
).pipe(Args.withDescription("only this target (default: every configured one, and the memory log)"), Args.optional)

const testCommand = Command.make(
  "test",
  { target, json: jsonOption, config: configOption, state: stateOption, busAddress: busAddressOption },
  (flags) =>
    Effect.gen(function*() {
      const { notifications } = (yield* (yield* ActiveConfig).get).schedules
      const configured: Array<NotifyTarget> = [
        "memory",
        ...(notifications.slack === undefined ? [] : (["slack"] as const)),
        ...(notifications.desktop === undefined ? [] : (["desktop"] as const)),
        ...(notifications.email === undefined ? [] : (["email"] as const))
      ]
      const targets = Option.match(flags.target, { onNone: () => configured, onSome: (t) => [t] })
      const { Targets } = yield* loadTargets
      const delivery = yield* Targets
      const results = (yield* Effect.forEach(targets, (t) => delivery.send(testNotice(t), [t]))).flat()
      if (flags.json) yield* Console.log(JSON.stringify(results, null, 2))
      else yield* Console.log(renderTable(["TARGET", "RESULT", "DETAIL"], results.map((r) => [r.target, r.ok ? "ok" : "FAILED", r.detail])))
      if (results.some((r) => !r.ok)) return yield* new ExitCode({ code: 1 })
    }).pipe(withRuntime(flags, Option.getOrUndefined(flags.busAddress)), reportErrors)
).pipe(Command.withDescription("Send a test message to each configured target (or TARGET) and say what happened; exit 1 if any failed"))

export const notifyCommand = Command.make("notify").pipe(
  Command.withDescription("Notifications: memory log, Slack, desktop, email"),
  Command.withSubcommands([testCommand])
)
