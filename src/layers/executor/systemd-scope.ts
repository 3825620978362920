import { Effect } from "effect"
import { execFile } from "node:child_process"
import { randomBytes } from "node:crypto"

/**
 * Under systemd, each job process runs in its own transient scope (`systemd-run --user --scope`):
 * a cgroup, so a run cut short ends its whole tree, even processes that left its process group
 * and cleared their environment. `systemd-run --scope` registers the scope and then execs the
 * command in its own process, so the job's pid and process group are the ones spawned.
 */

/** How long the start-up check and a scope's kill may take. */
const SYSTEMD_CALL_MS = 5_000

/** `systemd-run`'s answer: exit code and the first line it wrote to stderr. */
const call = (argv: readonly [string, ...Array<string>]) =>
  Effect.async<{ readonly ok: boolean; readonly said: string }>((resume) => {
    const [command, ...args] = argv
    const child = execFile(command, args, { timeout: SYSTEMD_CALL_MS }, (error, _stdout, stderr) => {
      const said = String(stderr).trim().split("\n")[0] ?? ""
      resume(Effect.succeed({ ok: error === null, said: said === "" && error !== null ? error.message : said }))
    })
    return Effect.sync(() => child.kill("SIGKILL"))
  })

/**
 * Whether jobs get their own scopes: when this process runs as a systemd unit (systemd sets
 * INVOCATION_ID) and `systemd-run --user --scope` works; `BOT_CRON_SYSTEMD_SCOPE=0` turns it off.
 * The outcome is logged once.
 */
export const probeScopes: Effect.Effect<boolean> = Effect.gen(function*() {
  if ((process.env["INVOCATION_ID"] ?? "") === "" || process.env["BOT_CRON_SYSTEMD_SCOPE"] === "0") return false
  const probe = yield* call(["systemd-run", "--user", "--scope", "--quiet", "--collect", "--", "true"])
  if (probe.ok) {
    yield* Effect.logInfo("running under systemd: each job process runs in its own scope (bot-cron-*.scope)")
    return true
  }
  yield* Effect.logWarning(
    `running under systemd, but \`systemd-run --user --scope\` failed (${probe.said}): a run cut short ends its process group and the processes that carry its session id`
  )
  return false
})

/** A unit name for one attempt's scope: systemd's allowed characters only, and unique. */
export const scopeUnit = (attemptId: string): string =>
  `bot-cron-${attemptId.replace(/[^A-Za-z0-9:_.-]/g, "_").slice(0, 200)}-${randomBytes(3).toString("hex")}.scope`

/** argv run inside the scope `unit`. */
export const inScope = (unit: string, argv: readonly [string, ...Array<string>]): readonly [string, ...Array<string>] => [
  "systemd-run",
  "--user",
  "--scope",
  "--quiet",
  "--collect",
  `--unit=${unit}`,
  "--",
  ...argv
]

/** Ends every process left in the scope `unit` (one already gone is fine). */
export const killScope = (unit: string): Effect.Effect<void> =>
  Effect.asVoid(call(["systemctl", "--user", "kill", "--signal=SIGKILL", unit]))
