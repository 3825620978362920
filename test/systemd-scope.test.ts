import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { afterAll, describe, expect, it } from "vitest"
import { runCli, tempDir } from "./support/cli.js"

// The built binary, as systemd starts it (INVOCATION_ID set), against stand-ins for systemd-run and
// systemctl (test/support/fake-systemd): no systemd user manager runs on the test machines.
const dir = tempDir("bot-cron-scope-")
afterAll(() => dir.remove())
const fake = fileURLToPath(new URL("./support/fake-systemd", import.meta.url))
const pidFile = join(dir.path, "stuck.pid")
writeFileSync(join(dir.path, "ok.py"), "print('ok')\n")
// writes its pid, then waits for a signal (the timeout's)
writeFileSync(
  join(dir.path, "stuck.py"),
  `import os, signal\nopen(${JSON.stringify(pidFile)}, "w").write(str(os.getpid()))\nsignal.pause()\n`
)
const config = join(dir.path, "config.json")
writeFileSync(
  config,
  JSON.stringify({
    schedules: {
      timezone: "UTC",
      jobs: [
        { name: "ok", cron: "0 9 * * *", execution_mode: "python_script", script: "ok.py" },
        { name: "stuck", cron: "0 9 * * *", execution_mode: "python_script", script: "stuck.py", timeout_seconds: 1 }
      ]
    }
  })
)

let runs = 0
/** `run-job --local NAME` with the fakes first on PATH; what the fakes were asked to do, one line per call. */
const runJob = (name: string, env: Record<string, string>) => {
  const log = join(dir.path, `systemd-${++runs}.log`)
  const state = join(dir.path, `state-${runs}`, "cron_state.json")
  const result = runCli(["run-job", name, "--local", "--json", "--config", config, "--state", state], {
    PATH: `${fake}:${process.env["PATH"] ?? ""}`,
    FAKE_SYSTEMD_LOG: log,
    ...env
  })
  const calls = existsSync(log) ? readFileSync(log, "utf8").trim().split("\n") : []
  const logs = join(dir.path, `state-${runs}`, "cron_logs")
  const sessionLog = readdirSync(logs).map((f) => readFileSync(join(logs, f), "utf8")).join("\n")
  return { ...result, calls, sessionLog }
}

const probe = "systemd-run --user --scope --quiet --collect -- true"
const scoped = (script: string) =>
  new RegExp(`^systemd-run --user --scope --quiet --collect --unit=(bot-cron-cron-[A-Za-z0-9:_.-]+\\.scope) -- python3 \\S+/${script}$`)

describe("under systemd, each job process runs in its own transient scope", () => {
  it("a job runs inside `systemd-run --user --scope` with its own unit, and nothing is killed when it ends well", () => {
    const run = runJob("ok", { INVOCATION_ID: "0123abcd" })
    expect(run.status).toBe(0)
    expect(run.stderr).toContain("running under systemd: each job process runs in its own scope")
    expect(run.calls).toHaveLength(2)
    expect(run.calls[0]).toBe(probe)
    const unit = scoped("ok\\.py").exec(run.calls[1] ?? "")?.[1]
    expect(unit).toBeDefined()
    expect(run.sessionLog).toContain(`# systemd scope: ${unit}`)
    expect(run.sessionLog).toMatch(/---\nok\n/)
  })

  it("a run cut short by its timeout ends its scope, every process in it, with systemctl kill", () => {
    const run = runJob("stuck", { INVOCATION_ID: "0123abcd" })
    expect(run.status).toBe(1)
    expect(JSON.parse(run.stdout)).toMatchObject({ status: "timeout" })
    const unit = scoped("stuck\\.py").exec(run.calls[1] ?? "")?.[1]
    expect(unit).toBeDefined()
    expect(run.calls.slice(2)).toEqual([`systemctl --user kill --signal=SIGKILL ${unit}`])
    expect(run.sessionLog).toContain(`# ended the systemd scope ${unit} (every process still in it)`)
    // the job's pid is the one spawned (systemd-run execs it): its process group was ended as well
    const pid = Number(readFileSync(pidFile, "utf8"))
    expect(() => process.kill(pid, 0)).toThrow()
  })

  it("when systemd-run cannot make scopes, the daemon says so once and runs jobs in their own process groups", () => {
    const run = runJob("ok", { INVOCATION_ID: "0123abcd", FAKE_SYSTEMD_FAIL: "1" })
    expect(run.status).toBe(0)
    expect(run.stderr).toContain(
      "running under systemd, but `systemd-run --user --scope` failed (Failed to connect to bus: No medium found)"
    )
    expect(run.calls).toEqual([probe])
    expect(run.sessionLog).not.toContain("# systemd scope")
  })

  it("not under systemd (no INVOCATION_ID), or with BOT_CRON_SYSTEMD_SCOPE=0, systemd is never asked", () => {
    for (const env of [{ INVOCATION_ID: "" }, { INVOCATION_ID: "0123abcd", BOT_CRON_SYSTEMD_SCOPE: "0" }]) {
      const run = runJob("ok", env)
      expect(run.status).toBe(0)
      expect(run.calls).toEqual([])
      expect(run.stderr).not.toContain("systemd")
    }
  })
})
