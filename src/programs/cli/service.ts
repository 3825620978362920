import { Command, Options } from "@effect/cli"
import { Console, Effect, Option } from "effect"
import { resolve } from "node:path"
import { fileURLToPath } from "node:url"
import { ConfigService } from "../../layers/ConfigService.js"
import { daemonReload, installFiles, removeFiles, serviceFiles } from "../service.js"
import { reportErrors } from "./exit.js"
import { configOption, filesLayer, stateOption } from "./options.js"

const dryRun = Options.boolean("dry-run").pipe(Options.withDescription("print what would be written, write nothing"))
const force = Options.boolean("force").pipe(Options.withDescription("overwrite or remove files bot-cron did not write"))

/** This installation: the node running us and the bundle we are, with the flags the service should keep. */
const filesFor = (flags: { readonly config: Option.Option<string>; readonly state: Option.Option<string> }) =>
  serviceFiles({
    node: process.execPath,
    bin: resolve(process.argv[1] ?? fileURLToPath(import.meta.url)),
    args: [
      ...Option.match(flags.config, { onNone: () => [], onSome: (c) => ["--config", resolve(c)] }),
      ...Option.match(flags.state, { onNone: () => [], onSome: (s) => ["--state", resolve(s)] })
    ],
    path: process.env["PATH"] ?? "/usr/local/bin:/usr/bin:/bin",
    docs: resolve(fileURLToPath(new URL("../docs/OPERATIONS.md", import.meta.url))),
    env: process.env
  })

const reloadAndSay = (then: string, otherwise: string) =>
  Effect.gen(function*() {
    const reload = daemonReload()
    if (reload.ok) return yield* Console.log(then)
    yield* Console.log(`systemctl --user daemon-reload did not work here (${reload.detail || "no user manager"}): ${otherwise}`)
  })

/** Said when the config the service will read is missing or invalid: the service would not start. */
const warnAboutConfig = (flags: { readonly config: Option.Option<string>; readonly state: Option.Option<string> }) =>
  Effect.gen(function*() {
    const service = yield* ConfigService
    yield* service.load.pipe(
      Effect.catchAll((e) =>
        Console.error(
          e._tag === "ConfigNotFound"
            ? `bot-cron: warning: the service will read ${service.path}, which does not exist: it will not start until it does (copy examples/config.json there, or install again with --config PATH)`
            : `bot-cron: warning: the service will read ${service.path}, which is not valid now: it will not start until it is (bot-cron validate --config ${service.path} shows why)`
        )
      )
    )
  }).pipe(Effect.provide(filesLayer(flags)))

export const installServiceCommand = Command.make(
  "install-service",
  { dryRun, force, config: configOption, state: stateOption },
  (flags) =>
    Effect.gen(function*() {
      const files = filesFor(flags)
      if (flags.dryRun) {
        for (const f of [files.unit, files.activation]) yield* Console.log(`--- ${f.path}\n${f.text}`)
        return
      }
      yield* installFiles(files, flags.force)
      yield* Console.log(`wrote ${files.unit.path}\nwrote ${files.activation.path}`)
      yield* warnAboutConfig(flags)
      yield* reloadAndSay(
        "systemd has read them. Start it now and at every login with:\n  systemctl --user enable --now bot-cron\nthen follow its log with:\n  journalctl --user -u bot-cron -f",
        "the files are in place for when one runs."
      )
    }).pipe(reportErrors)
).pipe(
  Command.withDescription(
    "Install bot-cron as a systemd user service (and D-Bus activation); refuses to overwrite files it did not write unless --force"
  )
)

export const uninstallServiceCommand = Command.make(
  "uninstall-service",
  { force, config: configOption, state: stateOption },
  (flags) =>
    Effect.gen(function*() {
      const removed = yield* removeFiles(filesFor(flags), flags.force)
      if (removed.length === 0) return yield* Console.log("nothing to remove: the service is not installed")
      for (const path of removed) yield* Console.log(`removed ${path}`)
      yield* Console.log("if it was enabled: systemctl --user disable --now bot-cron")
      yield* reloadAndSay("systemd has forgotten it.", "nothing else to undo here.")
    }).pipe(reportErrors)
).pipe(Command.withDescription("Remove the files install-service wrote"))
