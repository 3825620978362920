import { Effect, Schema } from "effect"
import { spawnSync } from "node:child_process"
import { existsSync, readFileSync } from "node:fs"
import { mkdir, unlink } from "node:fs/promises"
import { homedir } from "node:os"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import { writeFileAtomic } from "../layers/files/fs-atomic.js"

/** The templates in systemd/, beside the bundle (dist/) or the sources (src/programs/). */
const template = (name: string): string => {
  for (const up of ["../systemd/", "../../systemd/"]) {
    const path = fileURLToPath(new URL(`${up}${name}`, import.meta.url))
    if (existsSync(path)) return readFileSync(path, "utf8")
  }
  throw new Error(`systemd/${name} is missing from this installation`)
}
/** The first line of every file install-service writes: how it knows a file is its own. */
export const MARKER = "# Written by bot-cron install-service"

export class ServiceFileExists extends Schema.TaggedError<ServiceFileExists>()("ServiceFileExists", { path: Schema.String }) {
  override get message(): string {
    return `${this.path} exists and was not written by bot-cron; move it away or pass --force`
  }
}

export interface ServiceFiles {
  readonly unit: { readonly path: string; readonly text: string }
  readonly activation: { readonly path: string; readonly text: string }
}

export interface ServiceOptions {
  readonly node: string
  readonly bin: string
  readonly args: ReadonlyArray<string>
  readonly path: string
  readonly docs: string
  readonly env: Record<string, string | undefined>
}

const quote = (arg: string) => (/^[A-Za-z0-9_@%+=:,./-]+$/.test(arg) ? arg : `"${arg.replace(/(["\\\\])/g, "\\\\$1")}"`)

/** The two files, with this installation's node, bundle and flags, in the user's XDG folders. */
export const serviceFiles = (o: ServiceOptions): ServiceFiles => {
  const home = o.env["HOME"] ?? homedir()
  const configHome = o.env["XDG_CONFIG_HOME"] || join(home, ".config")
  const dataHome = o.env["XDG_DATA_HOME"] || join(home, ".local", "share")
  const fill = (template: string) =>
    template
      .replaceAll("@NODE@", quote(o.node))
      .replaceAll("@BIN@", quote(o.bin))
      .replaceAll("@ARGS@", o.args.map((a) => ` ${quote(a)}`).join(""))
      .replaceAll("@PATH@", o.path)
      .replaceAll("@DOCS@", o.docs)
  return {
    unit: { path: join(configHome, "systemd", "user", "bot-cron.service"), text: fill(template("bot-cron.service.in")) },
    activation: {
      path: join(dataHome, "dbus-1", "services", "com.aiworkflow.BotCron.service"),
      text: fill(template("com.aiworkflow.BotCron.service.in"))
    }
  }
}

const ours = (path: string) => !existsSync(path) || readFileSync(path, "utf8").startsWith(MARKER)

/** Asks the user manager to read unit files again; false when none answers (a container, a CI machine). */
export const daemonReload = (): { readonly ok: boolean; readonly detail: string } => {
  const run = spawnSync("systemctl", ["--user", "daemon-reload"], { encoding: "utf8", timeout: 15_000 })
  if (run.error !== undefined) return { ok: false, detail: run.error.message }
  return { ok: run.status === 0, detail: (run.stderr || run.stdout).trim() }
}

export const installFiles = (files: ServiceFiles, force: boolean) =>
  Effect.gen(function*() {
    for (const f of [files.unit, files.activation]) if (!force && !ours(f.path)) return yield* new ServiceFileExists({ path: f.path })
    for (const f of [files.unit, files.activation]) {
      yield* Effect.promise(async () => {
        await mkdir(dirname(f.path), { recursive: true, mode: 0o700 })
        await writeFileAtomic(f.path, f.text)
      })
    }
  })

export const removeFiles = (files: ServiceFiles, force: boolean) =>
  Effect.gen(function*() {
    const removed: Array<string> = []
    for (const f of [files.unit, files.activation]) {
      if (!existsSync(f.path)) continue
      if (!force && !ours(f.path)) return yield* new ServiceFileExists({ path: f.path })
      yield* Effect.promise(() => unlink(f.path))
      removed.push(f.path)
    }
    return removed
  })
