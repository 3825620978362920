import { Args, Command, Options } from "@effect/cli"
import { Console, Effect, Layer, Option } from "effect"
import { resolve } from "node:path"
import { configValue } from "../../domain/config-edit.js"
import { UnknownJob } from "../../domain/errors.js"
import type { Health } from "../../domain/report.js"
import { clearJobToggle, clearSchedulerToggle, setJobToggle, setSchedulerToggle } from "../../domain/state.js"
import { Calendar } from "../../layers/Calendar.js"
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

/**
 * The running daemon, if it works on the files the command was given: with --config or --state
 * naming other files than the daemon's, the command must not act on the daemon's. Then it is
 * `other` (a note, and the files directly; or a refusal where only a daemon can act).
 */
export const daemonFor = (flags: {
  readonly config: Option.Option<string>
  readonly state: Option.Option<string>
  readonly busAddress: Option.Option<string>
}) =>
  Effect.gen(function*() {
    const found = yield* Effect.flatMap(loadClient, (c) => c.findDaemon(flags.busAddress))
    if (Option.isNone(found) || (Option.isNone(flags.config) && Option.isNone(flags.state))) {
      return { daemon: found, other: undefined }
    }
    const status = yield* found.value.call("GetStatus").pipe(
      Effect.map((t) => JSON.parse(String(t)) as { config_path?: string; state_path?: string }),
      Effect.orElseSucceed(() => ({} as { config_path?: string; state_path?: string }))
    )
    const differs = (given: Option.Option<string>, used: string | undefined) =>
      Option.isSome(given) && used !== undefined && resolve(given.value) !== used
    if (differs(flags.config, status.config_path) || differs(flags.state, status.state_path)) {
      return {
        daemon: Option.none<DaemonClient>(),
        other: `the running daemon uses ${status.config_path} and ${status.state_path}, not the files given`
      }
    }
    return { daemon: found, other: undefined }
  })

/** Asks the running daemon, or does `local` with the files when there is none (or it uses other files). */
const viaDaemon = <A, E1, R1, E2, R2>(
  flags: Common,
  remote: (daemon: DaemonClient) => Effect.Effect<A, E1, R1>,
  local: Effect.Effect<A, E2, R2>
): Effect.Effect<A, E1 | E2, R1 | R2> =>
  Effect.scoped(
    Effect.flatMap(daemonFor(flags), ({ daemon, other }): Effect.Effect<A, E1 | E2, R1 | R2> =>
      Option.isSome(daemon)
        ? remote(daemon.value)
        : other === undefined
        ? local
        : Effect.zipRight(Console.error(`bot-cron: ${other}: working on the files directly`), local))
  )

/** What only a running daemon can do: refused, saying why, when it works on other files than those given. */
const daemonOnly = <A, E, R>(
  flags: Common,
  remote: (daemon: DaemonClient) => Effect.Effect<A, E, R>
): Effect.Effect<A, E | ExitCode, R> =>
  Effect.scoped(
    Effect.flatMap(daemonFor(flags), ({ daemon, other }): Effect.Effect<A, E | ExitCode, R> =>
      Option.isSome(daemon) ? remote(daemon.value) : failWith(1, other === undefined ? NO_DAEMON : `bot-cron: ${other}`))
  )

const run = <A, E extends { readonly message: string }, R>(flags: Common, effect: Effect.Effect<A, E, R>) =>
  effect.pipe(reportErrors, Effect.provide(filesLayer(flags)))

const withStore = <A, E>(f: (store: StateStore["Type"]) => Effect.Effect<A, E>) =>
  Effect.flatMap(StateStore, f).pipe(Effect.provide(StateStore.layer.pipe(Layer.provide(Calendar.layer))))

const resetOption = Options.boolean("reset").pipe(
  Options.withDescription("clear the toggle instead: config.json's \"enabled\" decides again")
)
const via = (how: "daemon" | "state file") => how === "daemon" ? "applied by the running daemon" : "state file; no daemon is running"

const toggleJobCommand = (name: "enable" | "disable") =>
  Command.make(
    name,
    { reset: resetOption, job: Args.text({ name: "JOB" }).pipe(Args.withDescription("the job's name")), ...common },
    (flags) =>
      run(
        flags,
        Effect.gen(function*() {
          const jobs = (yield* (yield* ConfigService).load).schedules.jobs
          const job = jobs.find((j) => j.name === flags.job)
          if (job === undefined) return yield* new UnknownJob({ job: flags.job, known: jobs.map((j) => j.name) })
          const how = yield* viaDaemon(
            flags,
            (d) => Effect.as(d.call("toggle_job", flags.job, flags.reset ? "reset" : String(name === "enable")), "daemon" as const),
            Effect.as(
              withStore((s) =>
                s.update((state) => flags.reset ? clearJobToggle(state, job) : setJobToggle(state, flags.job, name === "enable"))
              ),
              "state file" as const
            )
          )
          yield* Console.log(
            flags.reset
              ? `${flags.job}: toggle cleared; config.json decides: ${job.enabled ? "enabled" : "disabled"} (${via(how)})`
              : `${flags.job} ${name}d (${via(how)})`
          )
        })
      )
  ).pipe(
    Command.withDescription(
      `${
        name === "enable" ? "Enable" : "Disable"
      } JOB: at once in a running daemon, else in the state file. This toggle wins over config.json's "enabled" until --reset clears it`
    )
  )

const schedulerCommand = Command.make(
  "scheduler",
  {
    mode: Args.choice([["on", "on"], ["off", "off"], ["reset", "reset"]], { name: "on|off|reset" }).pipe(
      Args.withDescription("on or off (a toggle that wins over config.json's schedules.enabled), or reset (config.json decides again)")
    ),
    ...common
  },
  (flags) =>
    run(
      flags,
      Effect.gen(function*() {
        const { schedules } = yield* (yield* ConfigService).load
        const how = yield* viaDaemon(
          flags,
          (d) => Effect.as(d.call("toggle_scheduler", flags.mode === "reset" ? "reset" : String(flags.mode === "on")), "daemon" as const),
          Effect.as(
            withStore((s) =>
              s.update((state) =>
                flags.mode === "reset" ? clearSchedulerToggle(state, schedules) : setSchedulerToggle(state, flags.mode === "on")
              )
            ),
            "state file" as const
          )
        )
        yield* Console.log(
          flags.mode === "reset"
            ? `scheduler toggle cleared; config.json decides: ${schedules.enabled ? "on" : "off"} (${via(how)})`
            : `scheduler ${flags.mode} (${via(how)})`
        )
      })
    )
).pipe(
  Command.withDescription("Turn the whole scheduler on or off (runs already going finish), or reset to config.json's schedules.enabled")
)

const statusCommand = Command.make("status", { json: jsonOption, ...common }, (flags) =>
  run(
    flags,
    daemonOnly(
      flags,
      (d) =>
        Effect.flatMap(d.call("GetStatus"), (text) => {
          const report = JSON.parse(String(text)) as Health & StatusExtras
          // a daemon that is not healthy exits 1, so a script or a monitor can tell
          return Effect.zipRight(
            Console.log(flags.json ? JSON.stringify(report, null, 2) : formatStatus(report)),
            report.healthy ? Effect.void : Effect.fail(new ExitCode({ code: 1 }))
          )
        })
    )
  )).pipe(Command.withDescription("The running daemon's health: scheduler, next and last run, counts, running jobs"))

const reloadCommand = Command.make(
  "reload",
  common,
  (flags) => run(flags, daemonOnly(flags, (d) => Effect.zipRight(d.call("reload_config"), Console.log("config reloaded"))))
).pipe(Command.withDescription("Make the running daemon read config.json again (it also does on every save)"))

const section = Args.text({ name: "SECTION" }).pipe(Args.withDescription("a top-level key of config.json, such as schedules"))
const configGet = Command.make("get", {
  section,
  key: Args.text({ name: "KEY" }).pipe(
    Args.withDescription("a key of SECTION, or a path: notifications.slack, jobs.NAME.cron"),
    Args.optional
  ),
  ...common
}, (flags) =>
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
  {
    section,
    key: Args.text({ name: "KEY" }).pipe(Args.withDescription("a key of SECTION, or a path: history_limit, jobs.NAME.cron")),
    value: Args.text({ name: "JSON" }).pipe(Args.withDescription("the new value as JSON: 7, true, '\"0 8 * * *\"', '{\"daily_usd\": 5}'")),
    ...common
  },
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
).pipe(
  Command.withDescription(
    "Set SECTION.KEY to a JSON value (strings in quotes: '\"UTC\"'), after validating the whole resulting config; KEY may be a path such as jobs.NAME.cron"
  )
)

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
