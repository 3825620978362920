import { spawnSync } from "node:child_process"
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"

export const BIN = fileURLToPath(new URL("../../dist/bot-cron.js", import.meta.url))
export const ROOT = fileURLToPath(new URL("../..", import.meta.url))

export interface CliResult {
  readonly status: number | null
  readonly stdout: string
  readonly stderr: string
}

/** Runs the built bundle as a user would, with a private XDG tree unless `env` says otherwise. */
export const runCli = (args: ReadonlyArray<string>, env: Record<string, string> = {}, input?: string, bin = BIN): CliResult => {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", BOT_CRON_CONFIG: "", BOT_CRON_STATE: "", INVOCATION_ID: "", ...env },
    ...(input === undefined ? {} : { input }),
    timeout: 20_000
  })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

export const tempDir = (prefix = "bot-cron-test-"): { readonly path: string; readonly remove: () => void } => {
  const path = mkdtempSync(join(tmpdir(), prefix))
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) }
}
