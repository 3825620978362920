import { spawnSync } from "node:child_process"
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { dirname, join } from "node:path"
import { afterAll, describe, expect, it } from "vitest"
import { health } from "../src/domain/report.js"
import { emptyState } from "../src/domain/state.js"
import { makeCalendar } from "../src/domain/time.js"
import { BIN, runCli, tempDir } from "./support/cli.js"
import { connect, spawnDaemon, startBus, until, UNTIL_MS, waitForName } from "./support/dbus.js"

const calendar = makeCalendar()

const dir = tempDir()
afterAll(() => dir.remove())

describe("install-service (built binary, temporary XDG tree)", () => {
  /** An XDG tree of the test's own, so that each test passes alone and in any order. */
  const tree = (name: string) => ({
    env: { XDG_CONFIG_HOME: join(dir.path, name, "config"), XDG_DATA_HOME: join(dir.path, name, "data") },
    unit: join(dir.path, name, "config", "systemd", "user", "bot-cron.service"),
    activation: join(dir.path, name, "data", "dbus-1", "services", "com.aiworkflow.BotCron.service")
  })

  it("--dry-run prints both files and writes nothing", () => {
    const { env, unit, activation } = tree("dry-run")
    const r = runCli(["install-service", "--dry-run"], env)
    expect(r.status).toBe(0)
    expect(r.stdout).toContain(`--- ${unit}\n# Written by bot-cron install-service`)
    expect(r.stdout).toContain(`--- ${activation}\n`)
    expect(existsSync(unit)).toBe(false)
  })

  it("writes the unit and the activation file with this installation's paths, and says how to go on", () => {
    const { env, unit, activation } = tree("install")
    const r = runCli(["install-service", "--config", "examples/config.json"], env)
    expect(r.status).toBe(0)
    expect(r.stderr).not.toContain("warning") // the config it will read exists and is valid
    expect(r.stdout).toContain(`wrote ${unit}\nwrote ${activation}\n`)
    // no user manager in this container: said plainly, exit 0 all the same
    expect(r.stdout).toMatch(/systemctl --user daemon-reload did not work here|systemctl --user enable --now bot-cron/)
    const text = readFileSync(unit, "utf8")
    const config = join(process.cwd(), "examples", "config.json")
    expect(text).toContain(`ExecStart=${process.execPath} --max-semi-space-size=4 ${BIN} daemon --config ${config}\n`)
    expect(text).toMatch(/^Type=dbus$/m)
    expect(text).toMatch(/^BusName=com.aiworkflow.BotCron$/m)
    expect(text).toMatch(/^Restart=on-failure$/m)
    expect(text).toMatch(/^TimeoutStopSec=30$/m)
    expect(text).toContain(`Environment=PATH=${process.env["PATH"]}`)
    expect(text).toMatch(/^Environment=MALLOC_TRIM_THRESHOLD_=131072$/m)
    expect(text).not.toMatch(/@(NODE|BIN|ARGS|PATH|DOCS)@/)
    const act = readFileSync(activation, "utf8")
    expect(act.split("\n").filter((l) => !l.startsWith("#"))).toEqual([
      "[D-BUS Service]",
      "Name=com.aiworkflow.BotCron",
      `Exec=/usr/bin/env MALLOC_TRIM_THRESHOLD_=131072 ${process.execPath} --max-semi-space-size=4 ${BIN} daemon --config ${config}`,
      "SystemdService=bot-cron.service",
      ""
    ])
  })

  it("the unit passes systemd-analyze verify", () => {
    const { env, unit } = tree("verify")
    expect(runCli(["install-service", "--config", "examples/config.json"], env).status).toBe(0)
    const r = spawnSync("systemd-analyze", ["verify", unit], { encoding: "utf8" })
    expect(r.stderr).toBe("")
    expect(r.status).toBe(0)
  })

  it("refuses to overwrite a unit it did not write unless --force; uninstall removes its own files", () => {
    const { env, unit, activation } = tree("foreign")
    mkdirSync(dirname(unit), { recursive: true })
    writeFileSync(unit, "[Service]\nExecStart=/usr/bin/true\n")
    const refused = runCli(["install-service"], env)
    expect(refused.status).toBe(1)
    expect(refused.stderr).toContain(`${unit} exists and was not written by bot-cron; move it away or pass --force`)
    expect(readFileSync(unit, "utf8")).toBe("[Service]\nExecStart=/usr/bin/true\n")
    const forced = runCli(["install-service", "--force"], env)
    expect(forced.status).toBe(0)
    // the default config of this XDG tree does not exist: the service would not start, and the user is told
    expect(forced.stderr).toContain(
      `bot-cron: warning: the service will read ${
        join(env.XDG_CONFIG_HOME, "aa-workflow", "config.json")
      }, which does not exist: it will not start until it does`
    )
    const removed = runCli(["uninstall-service"], env)
    expect(removed.status).toBe(0)
    expect(removed.stdout).toContain(`removed ${unit}\nremoved ${activation}\n`)
    expect(existsSync(unit) || existsSync(activation)).toBe(false)
    expect(runCli(["uninstall-service"], env).stdout).toBe("nothing to remove: the service is not installed\n")
  })
})

describe("D-Bus activation", () => {
  it("a call to a stopped daemon starts it, from the installed activation file", async () => {
    const data = join(dir.path, "activation-data")
    const config = join(dir.path, "activation.json")
    writeFileSync(config, JSON.stringify({ schedules: { timezone: "UTC", jobs: [] } }))
    const installed = runCli(["install-service", "--config", config, "--state", join(dir.path, "activation-state.json")], {
      XDG_CONFIG_HOME: join(dir.path, "activation-config"),
      XDG_DATA_HOME: data
    })
    expect(installed.status).toBe(0)
    const socket = join(dir.path, "activation.sock")
    const busConfig = join(dir.path, "activation-bus.xml")
    writeFileSync(
      busConfig,
      `<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN" "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig><type>session</type><listen>unix:path=${socket}</listen><servicedir>${join(data, "dbus-1", "services")}</servicedir>
<policy context="default"><allow send_destination="*"/><allow own="*"/><allow receive_sender="*"/></policy></busconfig>`
    )
    const started = spawnSync("dbus-daemon", [`--config-file=${busConfig}`, "--fork", "--print-pid=1"], { encoding: "utf8" })
    const busPid = Number(started.stdout.trim())
    try {
      const busctl = (method: string) =>
        spawnSync("busctl", [
          `--address=unix:path=${socket}`,
          "call",
          "com.aiworkflow.BotCron",
          "/com/aiworkflow/BotCron",
          "com.aiworkflow.BotCron",
          method
        ], { encoding: "utf8", timeout: 20_000 })
      const call = busctl("Ping")
      expect(call.stderr).toBe("")
      expect(call.stdout).toMatch(/^s "\{\\"status\\":\\"pong\\",\\"pid\\":\d+\}"/)
      const pid = Number(/pid\\":(\d+)/.exec(call.stdout)?.[1])
      const shutdown = busctl("Shutdown")
      expect(shutdown.status).toBe(0)
      // the activated daemon stops by itself
      await until(() => {
        try {
          process.kill(pid, 0)
          return false
        } catch {
          return true
        }
      })
    } finally {
      process.kill(busPid, "SIGTERM")
    }
  })
})

describe("logs", () => {
  it("under journald each line carries its syslog priority; errors are <3>", async () => {
    writeFileSync(join(dir.path, "fail.py"), "import sys\nsys.exit(1)\n")
    const config = join(dir.path, "journal.json")
    writeFileSync(
      config,
      JSON.stringify({
        schedules: { timezone: "UTC", jobs: [{ name: "bad", cron: "* * * * * *", execution_mode: "python_script", script: "fail.py" }] }
      })
    )
    const d = spawnDaemon(["--config", config, "--state", join(dir.path, "journal-state.json"), "--no-dbus"], { JOURNAL_STREAM: "8:12345" })
    await until(() => d.stderr().includes("<3>job bad failure"))
    d.child.kill("SIGTERM")
    await d.exited
    const lines = d.stderr().trim().split("\n")
    expect(lines.every((l) => /^<[2-7]>/.test(l))).toBe(true)
    expect(lines).toContainEqual(expect.stringMatching(/^<6>bot-cron .* started: 1 job/))
    expect(lines).toContainEqual(
      expect.stringMatching(/^<3>job bad failure after 1 attempt in \d+\.\d\d s: exited with code 1 \(session cron-bad-/)
    )
  })
})

describe("health report", () => {
  const base = {
    jobs: [],
    nextOf: () => undefined,
    state: emptyState(),
    now: 100_000,
    startedAt: 40_000,
    schedulerOn: true,
    running: [],
    stateWriteError: null,
    paused: false,
    configRejection: null,
    zone: "UTC",
    calendar
  }

  it("is healthy with real figures, and says why it is not", () => {
    expect(health(base)).toMatchObject({
      healthy: true,
      reasons: [],
      uptime_seconds: 60,
      last_execution: null,
      stats: { total_executions: 0, success_rate: null }
    })
    expect(health({ ...base, paused: true })).toMatchObject({
      healthy: false,
      scheduler_running: false,
      reasons: ["the scheduler is enabled but paused (the machine is going to sleep or waking)"]
    })
    expect(health({ ...base, stateWriteError: "EACCES" }).reasons).toEqual(["the state file cannot be written: EACCES"])
    expect(health({ ...base, configRejection: "schedules.timezone: unknown" }).reasons).toEqual([
      "config.json on disk is invalid, so an older config is in force: schedules.timezone: unknown"
    ])
    expect(health({ ...base, schedulerOn: false, paused: true }).healthy).toBe(true) // switched off on purpose
  })

  it("from the running daemon: before any run, after a success, after a failure, and unhealthy with reasons", async () => {
    const bus = startBus(dir.path, "health")
    const stateDir = join(dir.path, "health-state")
    const config = join(dir.path, "health.json")
    writeFileSync(join(dir.path, "ok.py"), "print('ok')\n")
    const jobs = [
      { name: "good", cron: "0 9 * * *", execution_mode: "python_script", script: "ok.py" },
      { name: "bad", cron: "0 10 * * *", execution_mode: "python_script", script: "fail.py" }
    ]
    writeFileSync(config, JSON.stringify({ schedules: { timezone: "UTC", jobs } }))
    const d = spawnDaemon(["--config", config, "--state", join(stateDir, "cron_state.json"), "--bus-address", bus.address])
    const client = await connect(bus.address)
    try {
      await waitForName(client, "com.aiworkflow.BotCron")
      const iface = (await client.getProxyObject("com.aiworkflow.BotCron", "/com/aiworkflow/BotCron")).getInterface(
        "com.aiworkflow.BotCron"
      )
      const check = async () => JSON.parse(String(await iface["HealthCheck"]!()))
      const completed = new Set<string>()
      iface.on("JobCompleted", (_j: string, id: string) => completed.add(id))
      iface.on("JobFailed", (_j: string, id: string) => completed.add(id))
      const runAndWait = async (job: string) => {
        const { execution_id } = JSON.parse(String(await iface["run_job"]!(job)))
        await until(() => completed.has(execution_id))
      }

      expect(await check()).toMatchObject({ healthy: true, job_count: 2, last_execution: null, stats: { total_executions: 0 } })
      await runAndWait("good")
      expect(await check()).toMatchObject({
        healthy: true,
        last_execution: { job: "good", status: "success" },
        stats: { total_executions: 1, successful: 1 }
      })
      await runAndWait("bad")
      expect(await check()).toMatchObject({
        healthy: true,
        last_execution: { job: "bad", status: "failure" },
        stats: { total_executions: 2, failed: 1, success_rate: 0.5 }
      })

      writeFileSync(config, "{ broken")
      await until(() => d.stderr().includes("config rejected"))
      const rejected = await check()
      expect(rejected.healthy).toBe(false)
      expect(rejected.reasons[0]).toMatch(/^config.json on disk is invalid, so an older config is in force: malformed JSON/)
      writeFileSync(config, JSON.stringify({ schedules: { timezone: "UTC", jobs } }))
      // the same text as the config in force: no reload is needed, the rejection is cleared
      const deadline = Date.now() + UNTIL_MS
      while (!(await check()).healthy && Date.now() < deadline) await new Promise((r) => setImmediate(r))
      expect((await check()).healthy).toBe(true)

      // the state folder replaced by a file: the next write fails
      rmSync(stateDir, { recursive: true, force: true })
      writeFileSync(stateDir, "not a folder")
      await runAndWait("good")
      const unwritable = await check()
      expect(unwritable.healthy).toBe(false)
      expect(unwritable.reasons[0]).toMatch(/^the state file cannot be written: /)
    } finally {
      client.disconnect()
      d.child.kill("SIGTERM")
      await d.exited
      bus.stop()
    }
  }, 40_000)
})
