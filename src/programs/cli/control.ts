import { Args, Command } from "@effect/cli"
import { Console, Effect, Option } from "effect"
import { configValue } from "../../domain/config-edit.js"
import { UnknownJob } from "../../domain/errors.js"
import type { Health } from "../../domain/report.js"
import { setJobToggle, setSchedulerToggle } from "../../domain/state.js"
import { ConfigService } from "../../layers/ConfigService.js"
import { StateStore } from "../../layers/StateStore.js"
import type { DaemonClient } from "../client.js"
import { ExitCode, failWith, reportErrors } from "./exit.js"
import { formatStatus, type StatusExtras } from "./format.js"
import { loadClient } from "./lazy.js"
import { busAddressOption, configOption, filesLayer, jsonOption, stateOption } from "./options.js"

const common = { config: configOption, state: stateOption, busAddress: busAddressOption }
type Common = { readonly config: Option.Option<string>; readonly state: Option.Option<string>; readonly busAddress: Option.Option<string> }

export const NO_DAEMON =
  "bot-cron: no daemon is running (nothing holds com.aiworkflow.BotCron on the session bus); start one with `bot-cron daemon` or `systemctl --user start bot-cron`"

/** Asks the running daemon, or does `local` with the files when there is none. */
const viaDaemon = <A, E1, R1, E2, R2>(
  flags: Common,
  remote: (daemon: DaemonClient) => Effect.Effect<A, E1, R1>,
  local: Effect.Effect<A, E2, R2>
): Effect.Effect<A, E1 | E2, R1 | R2> =>
  Effect.scoped(
    Effect.flatMap(Effect.flatMap(loadClient, (c) => c.findDaemon(flags.busAddress)), (found): Effect.Effect<A, E1 | E2, R1 | R2> =>
      Option.isSome(found) ? remote(found.value) : local)
  )

const run = <A, E extends { readonly message: string }, R>(flags: Common, effect: Effect.Effect<A, E, R>) =>
  effect.pipe(reportErrors, Effect.provide(filesLayer(flags)))

const withStore = <A, E>(f: (store: StateStore["Type"]) => Effect.Effect<A, E>) =>
  Effect.flatMap(StateStore, f).pipe(Effect.provide(StateStore.layer))

const toggleJobCommand = (name: "enable" | "disable") =>
  Command.make(name, { job: Args.text({ name: "JOB" }), ...common }, (flags) =>
    run(
      flags,
      viaDaemon(
        flags,
        (d) => Effect.as(d.call("toggle_job", flags.job, String(name === "enable")), "daemon"),
        Effect.gen(function*() {
          const jobs = (yield* (yield* ConfigService).load).schedules.jobs.map((j) => j.name)
          if (!jobs.includes(flags.job as never)) return yield* new UnknownJob({ job: flags.job, known: jobs })
          yield* withStore((s) => s.update((state) => setJobToggle(state, flags.job, name === "enable")))
          return "state file"
        })
      ).pipe(
        Effect.flatMap((via) =>
          Console.log(`${flags.job} ${name}d (${via === "daemon" ? "applied by the running daemon" : "state file; no daemon is running"})`)
        )
      )
    )).pipe(
      Command.withDescription(
        `${name === "enable" ? "Enable" : "Disable"} JOB: at once in a running daemon, else in the state file; overrides config`
      )
    )

const schedulerCommand = Command.make(
  "scheduler",
  { mode: Args.choice([["on", "on"], ["off", "off"]], { name: "on|off" }), ...common },
  (flags) =>
    run(
      flags,
      viaDaemon(
        flags,
        (d) => Effect.as(d.call("toggle_scheduler", String(flags.mode === "on")), "daemon"),
        Effect.as(withStore((s) => s.update((state) => setSchedulerToggle(state, flags.mode === "on"))), "state file")
      ).pipe(Effect.flatMap((via) =>
        Console.log(`scheduler ${flags.mode} (${via === "daemon" ? "applied by the running daemon" : "state file; no daemon is running"})`)
      ))
    )
).pipe(Command.withDescription("Turn the whole scheduler on or off (runs already going finish)"))

const statusCommand = Command.make("status", { json: jsonOption, ...common }, (flags) =>
  run(
    flags,
    viaDaemon(
      flags,
      (d) =>
        Effect.flatMap(d.call("GetStatus"), (text) => {
          const report = JSON.parse(String(text)) as Health & StatusExtras
          // a daemon that is not healthy exits 1, so a script or a monitor can tell
          return Effect.zipRight(
            Console.log(flags.json ? String(text) : formatStatus(report)),
            report.healthy ? Effect.void : Effect.fail(new ExitCode({ code: 1 }))
          )
        }),
      failWith(1, NO_DAEMON)
    )
  )).pipe(Command.withDescription("The running daemon's health: scheduler, next and last run, counts, running jobs"))

const reloadCommand = Command.make(
  "reload",
  common,
  (flags) =>
    run(flags, viaDaemon(flags, (d) => Effect.zipRight(d.call("reload_config"), Console.log("config reloaded")), failWith(1, NO_DAEMON)))
).pipe(Command.withDescription("Make the running daemon read config.json again (it also does on every save)"))

const section = Args.text({ name: "SECTION" })
const configGet = Command.make("get", { section, key: Args.text({ name: "KEY" }).pipe(Args.optional), ...common }, (flags) =>
  run(
    flags,
    viaDaemon(
      flags,
      (d) =>
        Effect.map(d.call("get_config", flags.section, Option.getOrElse(flags.key, () => "")), (t) => JSON.parse(String(t)) as unknown),
      Effect.gen(function*() {
        return yield* configValue(yield* (yield* ConfigService).load, flags.section, Option.getOrElse(flags.key, () => ""))
      })
    ).pipe(Effect.flatMap((v) => Console.log(JSON.stringify(v, null, 2))))
  )).pipe(Command.withDescription("Print a config section, or one key of it, as JSON (secrets hidden)"))

const configSet = Command.make(
  "set",
  { section, key: Args.text({ name: "KEY" }), value: Args.text({ name: "JSON" }), ...common },
  (flags) =>
    run(
      flags,
      viaDaemon(
        flags,
        (d) => Effect.as(d.call("update_config", flags.section, flags.key, flags.value), "applied by the running daemon"),
        Effect.flatMap(ConfigService, (c) => c.setValue(flags.section, flags.key, flags.value)).pipe(
          Effect.as("written; no daemon is running")
        )
      ).pipe(Effect.flatMap((how) => Console.log(`${flags.section}.${flags.key} set (${how})`)))
    )
).pipe(Command.withDescription("Set SECTION.KEY to a JSON value, after validating the whole resulting config"))

export const configCommand = Command.make("config").pipe(
  Command.withDescription("Read or change config.json"),
  Command.withSubcommands([configGet, configSet])
)

export const controlCommands = [
  toggleJobCommand("enable"),
  toggleJobCommand("disable"),
  schedulerCommand,
  statusCommand,
  reloadCommand,
  configCommand
] as const
