import { spawn, spawnSync } from "node:child_process"
import { existsSync, readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { afterAll, describe, expect, it } from "vitest"
import { BIN, ROOT, runCli, tempDir } from "./support/cli.js"
import { spawnDaemon, startBus, until } from "./support/dbus.js"

// Exit codes and output a script can rely on, from the built binary.
const dir = tempDir("bot-cron-exit-")
afterAll(() => dir.remove())
const config = join(dir.path, "config.json")
writeFileSync(join(dir.path, "ok.py"), "print('ok')\n")
const pidFile = join(dir.path, "slow.pid")
writeFileSync(join(dir.path, "slow.py"), `import os, time\nopen(${JSON.stringify(pidFile)}, "w").write(str(os.getpid()))\ntime.sleep(60)\n`)
writeFileSync(
  config,
  JSON.stringify({
    schedules: {
      timezone: "UTC",
      jobs: [
        { name: "ok", cron: "0 9 * * *", execution_mode: "python_script", script: "ok.py" },
        { name: "slow", cron: "0 9 * * *", execution_mode: "python_script", script: "slow.py" }
      ]
    }
  })
)
const state = join(dir.path, "state", "cron_state.json")

describe("exit codes", () => {
  it("history: an unknown job or a --limit out of range exits 2 and says why", () => {
    expect(runCli(["run-job", "ok", "--local", "--config", config, "--state", state]).status).toBe(0)
    const unknown = runCli(["history", "--job", "nosuch", "--config", config, "--state", state])
    expect(unknown.status).toBe(2)
    expect(unknown.stderr).toContain("bot-cron: no job named \"nosuch\" (known jobs: ok, slow)")
    for (const limit of ["0", "-3"]) {
      const bad = runCli(["history", "--limit", limit, "--config", config, "--state", state])
      expect(bad.status).toBe(2)
      expect(bad.stderr).toContain(`bot-cron: --limit must be from 1 to 10000; got ${limit}`)
    }
    expect(runCli(["history", "--job", "ok", "--limit", "1", "--config", config, "--state", state]).status).toBe(0)
  })

  for (const [signal, code] of [["SIGTERM", 143], ["SIGINT", 130]] as const) {
    it(`run-job ended by ${signal} records the run as cancelled and exits ${code}`, async () => {
      writeFileSync(pidFile, "")
      const child = spawn(process.execPath, [BIN, "run-job", "slow", "--local", "--config", config, "--state", state], {
        cwd: ROOT,
        stdio: "ignore"
      })
      const exited = new Promise<number | null>((resolve) => child.once("exit", (c) => resolve(c)))
      await until(() => existsSync(pidFile) && readFileSync(pidFile, "utf8") !== "")
      child.kill(signal)
      expect(await exited).toBe(code)
      const last = JSON.parse(readFileSync(state, "utf8")).history[0]
      expect(last).toMatchObject({ job: "slow", status: "cancelled" })
    })
  }

  it("status of a daemon that is not healthy exits 1", async () => {
    const bus = startBus(dir.path)
    const live = join(dir.path, "live.json")
    writeFileSync(live, readFileSync(config, "utf8"))
    const daemon = spawnDaemon(["--config", live, "--state", join(dir.path, "live-state", "s.json"), "--bus-address", bus.address])
    try {
      await until(() => daemon.stderr().includes("started: 2 jobs"))
      expect(runCli(["status", "--bus-address", bus.address]).status).toBe(0)
      writeFileSync(live, "{ not json")
      await until(() => daemon.stderr().includes("config rejected"))
      const status = runCli(["status", "--bus-address", bus.address])
      expect(status.status).toBe(1)
      expect(status.stdout).toContain("NOT healthy")
      expect(runCli(["status", "--json", "--bus-address", bus.address]).status).toBe(1)
    } finally {
      daemon.child.kill("SIGTERM")
      await daemon.exited
      bus.stop()
    }
  })
})

describe("output through a pipe", () => {
  it("help has no colour escapes when stdout is not a terminal or NO_COLOR is set", () => {
    for (const env of [{ NO_COLOR: "" }, { NO_COLOR: "1" }]) {
      const help = runCli(["--help"], env)
      expect(help.status).toBe(0)
      expect(help.stdout).toContain("USAGE")
      expect(help.stdout).not.toContain("\u001b[")
    }
    expect(runCli(["export", "systemd", "--help"]).stdout).not.toContain("\u001b[")
  })

  it("validate's 1,500 problems reach a slow reader whole (the process waits for its output to drain)", () => {
    const many = join(dir.path, "many.json")
    const jobs = Array.from({ length: 1500 }, (_, i) => ({ name: `j${i}`, cron: "61 * * * *", skill: "s" }))
    writeFileSync(many, JSON.stringify({ schedules: { timezone: "UTC", jobs } }))
    const toFile = join(dir.path, "problems.txt")
    spawnSync("sh", ["-c", `"${process.execPath}" "${BIN}" validate --config "${many}" 2> "${toFile}"`], { cwd: ROOT })
    const whole = readFileSync(toFile).length
    expect(whole).toBeGreaterThan(150_000)
    const piped = spawnSync("sh", ["-c", `"${process.execPath}" "${BIN}" validate --config "${many}" 2>&1 | (sleep 1; wc -c)`], {
      cwd: ROOT,
      encoding: "utf8"
    })
    expect(Number(piped.stdout.trim())).toBe(whole)
  })
})

describe("logs a person and journald can use", () => {
  it("--log-format json carries job, session_id, status, duration_ms and attempt as fields; times in the schedule's zone; config OK again; a final stopped line", async () => {
    const live = join(dir.path, "logs.json")
    const ok = JSON.stringify({
      schedules: {
        timezone: "Asia/Kolkata",
        jobs: [{ name: "tick", cron: "* * * * * *", execution_mode: "python_script", script: "ok.py" }]
      }
    })
    writeFileSync(live, ok)
    const daemon = spawnDaemon(["--config", live, "--state", join(dir.path, "logs-state", "s.json"), "--no-dbus", "--log-format", "json"])
    const lines = () =>
      daemon.stderr().trim().split("\n").flatMap((l) => {
        try {
          return [JSON.parse(l) as Record<string, unknown>]
        } catch {
          return []
        }
      })
    await until(() => lines().some((l) => String(l["message"]).startsWith("job tick succeeded")))
    const done = lines().find((l) => String(l["message"]).startsWith("job tick succeeded"))
    expect(done).toMatchObject({ level: "INFO", job: "tick", status: "success", attempt: 1 })
    expect(String(done?.["session_id"])).toMatch(/^cron-tick-\d{8}-\d{6}/)
    expect(typeof done?.["duration_ms"]).toBe("number")
    expect(lines().some((l) => String(l["message"]).includes("started: 1 job (1 enabled)"))).toBe(true)
    writeFileSync(live, "{ broken")
    await until(() => lines().some((l) => String(l["message"]).startsWith("config rejected")))
    writeFileSync(live, ok)
    await until(() => lines().some((l) => String(l["message"]).startsWith("config OK again")))
    daemon.child.kill("SIGTERM")
    expect(await daemon.exited).toBe(0)
    expect(lines().at(-1)).toMatchObject({ level: "INFO", message: "bot-cron stopped" })
    // one rule for times: the schedule's zone with its offset, as session ids, history and next use it
    expect(lines().map((l) => /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}(.*)$/.exec(String(l["time"]))?.[1])).toEqual(
      lines().map(() => "+05:30")
    )
  })
})

describe("runs read right", () => {
  it("a retry sees its own attempt id; the history links every attempt's log; the preview keeps whole last lines", () => {
    const marker = join(dir.path, "failed-once")
    writeFileSync(
      join(dir.path, "retry.py"),
      `import os, sys\nMARK = ${JSON.stringify(marker)}\n` +
        `if not os.path.exists(MARK):\n    open(MARK, "w").write("x")\n    sys.exit(1)\n` +
        `for i in range(40): print(f"line {i:02d} " + "x" * 20)\n` +
        `print("id=" + os.environ["BOT_CRON_SESSION_ID"] + " source=" + os.environ["BOT_CRON_SOURCE"])\n`
    )
    const retryConfig = join(dir.path, "retry.json")
    writeFileSync(
      retryConfig,
      JSON.stringify({
        schedules: {
          timezone: "UTC",
          jobs: [{
            name: "again",
            cron: "0 9 * * *",
            execution_mode: "python_script",
            script: "retry.py",
            retry: { max_attempts: 2, delay_seconds: 0 }
          }]
        }
      })
    )
    const retryState = join(dir.path, "retry-state", "s.json")
    const run = runCli(["run-job", "again", "--local", "--json", "--config", retryConfig, "--state", retryState])
    expect(run.status).toBe(0)
    const entry = JSON.parse(run.stdout).run
    expect(entry).toMatchObject({ status: "success", attempts: 2 })
    expect(entry.output_preview).toMatch(new RegExp(`id=${entry.execution_id}-attempt2 source=manual$`))
    // cut at a line boundary, with an ellipsis in front; never more than 500 characters
    expect(entry.output_preview).toMatch(/^…line \d\d x{20}\n/)
    expect(entry.output_preview.length).toBeLessThanOrEqual(500)
    expect(entry.attempt_logs).toEqual([
      join(dir.path, "retry-state", "cron_logs", `${entry.execution_id}.log`),
      join(dir.path, "retry-state", "cron_logs", `${entry.execution_id}-attempt2.log`)
    ])
    for (const log of entry.attempt_logs) expect(existsSync(log)).toBe(true)
    expect(entry.log_file).toBe(entry.attempt_logs[1])
  })
})

describe("commands act on the files they were given", () => {
  it("with a daemon running on other files, config set/get, run-job and enable work on the given files; status refuses", async () => {
    const bus = startBus(dir.path)
    const mine = join(dir.path, "daemon-config.json")
    const other = join(dir.path, "other-config.json")
    const jobs = (name: string) => ({
      schedules: { timezone: "UTC", jobs: [{ name, cron: "0 9 * * *", execution_mode: "python_script", script: "ok.py" }] }
    })
    writeFileSync(mine, JSON.stringify(jobs("daemons")))
    writeFileSync(other, JSON.stringify(jobs("others")))
    const daemonState = join(dir.path, "files-daemon", "s.json")
    const otherState = join(dir.path, "files-other", "s.json")
    const daemon = spawnDaemon(["--config", mine, "--state", daemonState, "--bus-address", bus.address])
    const cli = (...args: Array<string>) => runCli([...args, "--bus-address", bus.address])
    try {
      await until(() => daemon.stderr().includes("started: 1 job"))
      const set = cli("config", "set", "schedules", "history_limit", "7", "--config", other)
      expect(set.status).toBe(0)
      expect(set.stderr).toContain(`the running daemon uses ${mine} and ${daemonState}, not the files given: working on the files directly`)
      expect(JSON.parse(readFileSync(other, "utf8")).schedules.history_limit).toBe(7)
      expect(JSON.parse(readFileSync(mine, "utf8")).schedules.history_limit).toBeUndefined()
      expect(JSON.parse(cli("config", "get", "schedules", "history_limit", "--config", other).stdout)).toBe(7)
      const run = cli("run-job", "others", "--config", other, "--state", otherState)
      expect(run.status).toBe(0)
      expect(run.stderr).toContain("running the job here")
      expect(JSON.parse(readFileSync(otherState, "utf8")).history[0]).toMatchObject({ job: "others", status: "success" })
      expect(cli("disable", "others", "--config", other, "--state", otherState).status).toBe(0)
      expect(JSON.parse(readFileSync(otherState, "utf8")).toggles.jobs).toEqual({ others: false })
      const status = cli("status", "--config", other)
      expect(status.status).toBe(1)
      expect(status.stderr).toContain(`bot-cron: the running daemon uses ${mine}`)
      // the daemon's own files, named or not, still go through it
      expect(cli("status", "--config", mine).status).toBe(0)
    } finally {
      daemon.child.kill("SIGTERM")
      await daemon.exited
      bus.stop()
    }
  })
})

describe("bad state paths fail fast", () => {
  it("a state path under /proc, or under a file, ends the daemon with one message and exit 1", async () => {
    writeFileSync(join(dir.path, "a-file"), "x")
    for (
      const [path, says] of [
        ["/proc/bot-cron-nope/cron_state.json", "ENOENT: no such file or directory, mkdir '/proc/bot-cron-nope'"],
        [join(dir.path, "a-file", "cron_state.json"), `${join(dir.path, "a-file")} is a file, not a folder`]
      ] as const
    ) {
      const daemon = spawnDaemon(["--config", config, "--state", path, "--no-dbus"])
      expect(await daemon.exited).toBe(1)
      expect(daemon.stderr()).toContain(`bot-cron: cannot lock the state file ${path}`)
      expect(daemon.stderr()).toContain(says)
    }
  })
})
