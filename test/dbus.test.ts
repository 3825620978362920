import dbus from "dbus-next"
import { execFileSync, spawnSync } from "node:child_process"
import { readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { runCli, tempDir } from "./support/cli.js"
import { connect, type PrivateBus, type RunningDaemon, spawnDaemon, startBus, until, waitForName } from "./support/dbus.js"

const NAME = "com.aiworkflow.BotCron"
const PATH = "/com/aiworkflow/BotCron"
const dir = tempDir()
let bus: PrivateBus
let daemon: RunningDaemon
let client: dbus.MessageBus
let iface: dbus.ClientInterface
let props: dbus.ClientInterface
const signals: Array<[string, ...Array<unknown>]> = []
const changed: Array<Record<string, unknown>> = []

const config = join(dir.path, "config.json")
const state = join(dir.path, "cron_state.json")
writeFileSync(join(dir.path, "ok.py"), "print('fine')\n")
writeFileSync(join(dir.path, "bad.py"), "import sys\nprint('broken', file=sys.stderr)\nsys.exit(2)\n")
writeFileSync(join(dir.path, "slow.py"), "import time\ntime.sleep(30)\n")
writeFileSync(
  config,
  JSON.stringify(
    {
      schedules: {
        timezone: "UTC",
        history_limit: 5,
        jobs: [
          { name: "daily_standup", cron: "0 9 * * MON-FRI", execution_mode: "python_script", script: "ok.py" },
          { name: "broken", cron: "0 10 * * *", execution_mode: "python_script", script: "bad.py" },
          { name: "slow", cron: "0 11 * * *", execution_mode: "python_script", script: "slow.py" }
        ]
      },
      notifications: { slack: { webhook_url: "https://hooks.slack.invalid/T000/B000/XXXX" } },
      editor: { theme: "dark" }
    },
    null,
    2
  )
)

const call = (method: string, ...args: Array<unknown>) => iface[method]!(...args) as Promise<unknown>
const errorOf = async (p: Promise<unknown>) => {
  try {
    await p
  } catch (e) {
    return e instanceof dbus.DBusError ? { type: e.type, text: e.text } : { type: "not a DBusError", text: String(e) }
  }
  return { type: "no error", text: "" }
}
/** run_job, then the outcome's signal: once it is sent, the run is in the history too. */
const runAndWait = async (job: string) => {
  const reply = JSON.parse(String(await call("run_job", job)))
  await until(() => signals.some(([s, , id]) => (s === "JobCompleted" || s === "JobFailed") && id === reply.execution_id))
  return reply.execution_id as string
}
const busctl = (...args: Array<string>) =>
  execFileSync("busctl", [`--address=${bus.address}`, "call", NAME, PATH, NAME, ...args], { encoding: "utf8" }).trim()

beforeAll(async () => {
  bus = startBus(dir.path)
  daemon = spawnDaemon(["--config", config, "--state", state, "--bus-address", bus.address])
  client = await connect(bus.address)
  await waitForName(client, NAME)
  const proxy = await client.getProxyObject(NAME, PATH)
  iface = proxy.getInterface(NAME)
  props = proxy.getInterface("org.freedesktop.DBus.Properties")
  for (const s of ["JobStarted", "JobCompleted", "JobFailed", "SchedulerToggled"]) {
    iface.on(s, (...args: Array<unknown>) => signals.push([s, ...args]))
  }
  props.on(
    "PropertiesChanged",
    (_iface: string, values: Record<string, dbus.Variant>) =>
      changed.push(Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v.value])))
  )
})

afterAll(async () => {
  daemon.child.kill("SIGTERM")
  await daemon.exited
  client.disconnect()
  bus.stop()
  dir.remove()
})

describe("com.aiworkflow.BotCron over D-Bus", () => {
  it("run_job answers at once with the execution id; JobStarted and JobCompleted follow with their arguments", async () => {
    const reply = JSON.parse(String(await call("run_job", "daily_standup")))
    expect(reply).toMatchObject({ job: "daily_standup", status: "started" })
    expect(reply.execution_id).toMatch(/^cron-daily_standup-\d{8}-\d{6}(-\d+)?$/)
    await until(() => signals.some(([s, , id]) => s === "JobCompleted" && id === reply.execution_id))
    expect(signals).toContainEqual(["JobStarted", "daily_standup", reply.execution_id])
    const completed = signals.find(([s, , id]) => s === "JobCompleted" && id === reply.execution_id)!
    expect(completed[1]).toBe("daily_standup")
    expect(JSON.parse(String(completed[3]))).toMatchObject({
      job: "daily_standup",
      status: "success",
      output_preview: "fine",
      source: "manual"
    })
    await until(() => changed.some((c) => typeof c["Stats"] === "string"))
  })

  it("a failing run sends JobFailed with the error", async () => {
    const reply = JSON.parse(String(await call("run_job", "broken")))
    await until(() => signals.some(([s, , id]) => s === "JobFailed" && id === reply.execution_id))
    expect(signals).toContainEqual(["JobFailed", "broken", reply.execution_id, "exited with code 2: broken"])
  })

  it("run_job does not hold the call for a long job, and honours overlap skip", async () => {
    // slow.py sleeps 30 s, past D-Bus's 25 s call timeout: a reply at all means the call did not wait for the run
    const first = JSON.parse(String(await call("run_job", "slow")))
    expect(first.status).toBe("started")
    const second = JSON.parse(String(await call("run_job", "slow")))
    expect(second).toMatchObject({ status: "skipped", execution_id: null })
    const running = JSON.parse(String(await call("list_jobs"))).find((j: { name: string }) => j.name === "slow")
    expect(running.running).toBe(true)
  })

  it("list_jobs and get_history return JSON; history is newest first and clamped to 1..history_limit", async () => {
    await runAndWait("daily_standup")
    await runAndWait("broken")
    const jobs = JSON.parse(String(await call("list_jobs")))
    expect(jobs.map((j: { name: string }) => j.name)).toEqual(["daily_standup", "broken", "slow"])
    expect(jobs[0]).toMatchObject({ enabled: true, cron: "0 9 * * MON-FRI", timezone: "UTC", last_status: "success" })
    expect(jobs[0].run_count).toBeGreaterThanOrEqual(1)
    const history = JSON.parse(String(await call("get_history", 10)))
    expect(history.length).toBeLessThanOrEqual(5)
    expect(history[0].job).toBe("broken")
    expect(JSON.parse(String(await call("get_history", 1)))).toHaveLength(1)
    expect(JSON.parse(String(await call("get_history", -3)))).toHaveLength(1)
  })

  it("toggle_scheduler and toggle_job take string booleans, persist, and signal", async () => {
    expect(await call("toggle_scheduler", "false")).toBe(true)
    await until(() => signals.some(([s, v]) => s === "SchedulerToggled" && v === false))
    await until(() => changed.some((c) => c["Running"] === false))
    const running = (await props["Get"]!(NAME, "Running")) as dbus.Variant
    expect(running.value).toBe(false)
    expect(await call("toggle_scheduler", "true")).toBe(true)
    await until(() => changed.some((c) => c["Running"] === true))
    expect(await call("toggle_job", "broken", "false")).toBe(true)
    const onDisk = JSON.parse(readFileSync(state, "utf8"))
    expect(onDisk.toggles.jobs).toEqual({ broken: false })
    expect(onDisk.jobs.find((j: { name: string }) => j.name === "broken").enabled).toBe(false)
    expect(await call("toggle_job", "broken", "true")).toBe(true)
  })

  it("properties Running and Stats read as JSON-able values", async () => {
    await runAndWait("daily_standup")
    await runAndWait("broken")
    const all = (await props["GetAll"]!(NAME)) as Record<string, dbus.Variant>
    expect(all["Running"]?.value).toBe(true)
    // Stats count every run recorded in the state file, whatever the other tests ran
    const jobs: Array<{ run_count: number; failure_count: number }> = JSON.parse(readFileSync(state, "utf8")).jobs
    const total = jobs.reduce((n, j) => n + j.run_count, 0)
    const failed = jobs.reduce((n, j) => n + j.failure_count, 0)
    expect(failed).toBeGreaterThanOrEqual(1)
    expect(JSON.parse(String(all["Stats"]?.value))).toMatchObject({ total_executions: total, successful: total - failed, failed })
  })

  it("get_config reads sections and keys with secrets hidden; update_config validates, writes atomically and keeps other sections", async () => {
    expect(JSON.parse(String(await call("get_config", "editor", "theme")))).toBe("dark")
    const slack = String(await call("get_config", "notifications", ""))
    expect(slack).not.toContain("hooks.slack.invalid")
    expect(JSON.parse(slack)).toEqual({ slack: { webhook_url: "(hidden)" } })
    expect(await call("update_config", "schedules", "history_limit", "7")).toBe(true)
    const written = JSON.parse(readFileSync(config, "utf8"))
    expect(written.schedules.history_limit).toBe(7)
    expect(written.editor).toEqual({ theme: "dark" })
    expect(written.notifications.slack.webhook_url).toBe("https://hooks.slack.invalid/T000/B000/XXXX")
    expect(JSON.parse(String(await call("get_config", "schedules", "history_limit")))).toBe(7)
  })

  it("bad input gets named errors with readable messages, and the daemon keeps answering", async () => {
    expect(await errorOf(call("run_job", "nope"))).toEqual({
      type: "com.aiworkflow.BotCron.Error.UnknownJob",
      text: "no job named \"nope\" (known jobs: daily_standup, broken, slow)"
    })
    expect(await errorOf(call("toggle_job", "broken", "maybe"))).toEqual({
      type: "com.aiworkflow.BotCron.Error.InvalidArgument",
      text: "enabled: expected \"true\" or \"false\", got \"maybe\""
    })
    const invalid = await errorOf(call("update_config", "schedules", "timezone", "\"Mars/Olympus\""))
    expect(invalid.type).toBe("com.aiworkflow.BotCron.Error.InvalidConfig")
    expect(invalid.text).toContain("schedules.timezone: unknown time zone \"Mars/Olympus\"")
    expect(await errorOf(call("update_config", "schedules", "history_limit", "{not json"))).toMatchObject({
      type: "com.aiworkflow.BotCron.Error.InvalidArgument"
    })
    expect(await errorOf(call("get_config", "nosuch", ""))).toEqual({
      type: "com.aiworkflow.BotCron.Error.NotFound",
      text: "config section \"nosuch\" not found"
    })
    expect((await errorOf(call("run_job", "x".repeat(200_000)))).type).toBe("com.aiworkflow.BotCron.Error.InvalidArgument")
    expect(await errorOf(call("toggle_scheduler", ""))).toMatchObject({ type: "com.aiworkflow.BotCron.Error.InvalidArgument" })
    // a wrong signature is refused by the D-Bus layer, and the daemon keeps answering
    const wrongType = spawnSync("busctl", [`--address=${bus.address}`, "call", NAME, PATH, NAME, "get_history", "s", "ten"], {
      encoding: "utf8"
    })
    expect(wrongType.status).toBe(1)
    expect(wrongType.stderr).toContain("Method 'get_history' on interface 'com.aiworkflow.BotCron' does not exist")
    expect(JSON.parse(String(await call("Ping")))).toMatchObject({ status: "pong" })
  }, 20_000)

  it("CallMethod dispatches with a list or an object of arguments", async () => {
    expect(JSON.parse(String(await call("CallMethod", "get_config", "[\"editor\", \"theme\"]")))).toBe("dark")
    expect(JSON.parse(String(await call("CallMethod", "toggle_job", "{\"job_name\": \"broken\", \"enabled\": \"true\"}")))).toBe(true)
    expect(JSON.parse(String(await call("CallMethod", "frobnicate", "[]")))).toEqual({ error: "Unknown handler: frobnicate" })
    // members of the table's prototype are no handlers (they used to answer with a stack trace)
    for (const name of ["constructor", "__proto__", "toString"]) {
      expect(JSON.parse(String(await call("CallMethod", name, "[]")))).toEqual({ error: `Unknown handler: ${name}` })
    }
    expect(JSON.parse(String(await call("CallMethod", "run_job", "[\"nope\"]")))).toMatchObject({
      type: "com.aiworkflow.BotCron.Error.UnknownJob"
    })
    expect(JSON.parse(String(await call("CallMethod", "list_jobs", "{oops")))).toMatchObject({ error: expect.stringContaining("JSON") })
  })

  it("HealthCheck, GetStatus, GetStats and Ping answer in the seed's shape", async () => {
    const health = JSON.parse(String(await call("HealthCheck")))
    expect(Object.keys(health)).toEqual(
      expect.arrayContaining(["healthy", "scheduler_running", "job_count", "next_job", "last_execution", "uptime_seconds", "stats"])
    )
    expect(health).toMatchObject({ healthy: true, scheduler_running: true, job_count: 3 })
    expect(health.next_job).toMatchObject({ name: expect.any(String), in_seconds: expect.any(Number) })
    expect(JSON.parse(String(await call("GetStatus")))).toMatchObject({ pid: daemon.child.pid, state_path: state })
    expect(JSON.parse(String(await call("GetStats")))).toMatchObject({ total_executions: expect.any(Number) })
    expect(JSON.parse(String(await call("Ping")))).toMatchObject({ status: "pong", pid: daemon.child.pid })
  })

  it("the seed's busctl commands work as written", async () => {
    const started = busctl("run_job", "s", "daily_standup")
    expect(started).toMatch(/^s "\{\\"execution_id\\":\\"cron-daily_standup-/)
    const id = /execution_id\\":\\"([^\\]+)/.exec(started)?.[1]
    await until(() => signals.some(([s, , e]) => s === "JobCompleted" && e === id))
    expect(busctl("toggle_job", "ss", "daily_standup", "false")).toBe("b true")
    expect(busctl("get_history", "i", "10")).toMatch(/^s "\[\{/)
    expect(busctl("toggle_job", "ss", "daily_standup", "true")).toBe("b true")
  })

  it("a second daemon on the same bus exits 1 naming the holder's pid", async () => {
    const second = spawnDaemon(["--config", config, "--state", join(dir.path, "other.json"), "--bus-address", bus.address])
    expect(await second.exited).toBe(1)
    expect(second.stderr()).toContain(`another bot-cron daemon (pid ${daemon.child.pid}) already holds com.aiworkflow.BotCron`)
  })

  it("the CLI goes through the running daemon", () => {
    const env = { DBUS_SESSION_BUS_ADDRESS: bus.address }
    const files = ["--config", config, "--state", state]
    const waited = runCli(["run-job", "daily_standup", "--wait", ...files], env)
    expect(waited.status).toBe(0)
    expect(waited.stdout).toMatch(/^daily_standup: success \(session cron-daily_standup-/)
    const failed = runCli(["run-job", "broken", "--wait", ...files], env)
    expect(failed.status).toBe(1)
    expect(failed.stdout).toContain("broken: failed: exited with code 2: broken")
    expect(runCli(["run-job", "daily_standup", ...files], env).stdout).toMatch(/^daily_standup: started by the daemon as cron-/)
    // --json: one shape whichever way the job ran ({job, execution_id, status, reason, run}), pretty-printed
    const shape = ["execution_id", "job", "reason", "run", "status"]
    const started = JSON.parse(runCli(["run-job", "daily_standup", "--json", ...files], env).stdout)
    expect(Object.keys(started).sort()).toEqual(shape)
    expect(started).toMatchObject({ job: "daily_standup", status: "started", reason: null, run: null })
    const waitedJson = runCli(["run-job", "broken", "--wait", "--json", ...files], env)
    expect(waitedJson.status).toBe(1)
    expect(waitedJson.stdout.startsWith("{\n  \"job\": \"broken\",\n")).toBe(true)
    const report = JSON.parse(waitedJson.stdout)
    expect(Object.keys(report).sort()).toEqual(shape)
    expect(report).toMatchObject({ job: "broken", status: "failure", reason: "exited with code 2: broken" })
    expect(report.run).toMatchObject({ job: "broken", execution_id: report.execution_id, status: "failure", exit_code: 2 })
    const local = JSON.parse(runCli(["run-job", "broken", "--local", "--json", ...files], env).stdout)
    expect(Object.keys(local).sort()).toEqual(shape)
    expect(local).toMatchObject({ job: "broken", status: "failure", reason: "exited with code 2: broken", run: { exit_code: 2 } })
    expect(runCli(["disable", "broken", ...files], env).stdout).toBe("broken disabled (applied by the running daemon)\n")
    expect(runCli(["enable", "broken", ...files], env).status).toBe(0)
    expect(runCli(["scheduler", "off", ...files], env).stdout).toBe("scheduler off (applied by the running daemon)\n")
    expect(runCli(["scheduler", "on", ...files], env).status).toBe(0)
    const status = runCli(["status", ...files], env)
    expect(status.stdout).toMatch(
      new RegExp(`^bot-cron daemon: running \\(pid ${daemon.child.pid}, up .*\\); healthy\\nscheduler: on; 3 jobs\\n`)
    )
    expect(JSON.parse(runCli(["status", "--json", ...files], env).stdout)).toMatchObject({ healthy: true })
    expect(runCli(["config", "get", "editor", ...files], env).stdout).toBe("{\n  \"theme\": \"dark\"\n}\n")
    expect(runCli(["config", "set", "editor", "theme", "\"light\"", ...files], env).stdout).toBe(
      "editor.theme set (applied by the running daemon)\n"
    )
    expect(runCli(["reload", ...files], env).stdout).toBe("config reloaded\n")
    const unknown = runCli(["disable", "nope", ...files], env)
    expect(unknown.status).toBe(2)
    expect(unknown.stderr).toContain("no job named \"nope\"")
  })

  it("Shutdown really stops the daemon, gracefully", async () => {
    const other = startBus(dir.path, "bus2")
    const d = spawnDaemon(["--config", config, "--state", join(dir.path, "shutdown.json"), "--bus-address", other.address])
    const c = await connect(other.address)
    try {
      await waitForName(c, NAME)
      const i = (await c.getProxyObject(NAME, PATH)).getInterface(NAME)
      expect(JSON.parse(String(await i["Shutdown"]!()))).toEqual({ status: "stopping" })
      expect(await d.exited).toBe(0)
      expect(d.stderr()).toContain("bot-cron stopping (asked over D-Bus)")
    } finally {
      c.disconnect()
      other.stop()
    }
  })
})

describe("without a session bus", () => {
  it("the daemon runs its schedule and logs one warning", async () => {
    const cfg = join(dir.path, "nobus.json")
    const st = join(dir.path, "nobus-state.json")
    writeFileSync(
      cfg,
      JSON.stringify({
        schedules: { timezone: "UTC", jobs: [{ name: "tick", cron: "* * * * * *", execution_mode: "python_script", script: "ok.py" }] }
      })
    )
    const d = spawnDaemon(["--config", cfg, "--state", st], { DBUS_SESSION_BUS_ADDRESS: undefined })
    await until(() => d.stderr().includes("job tick succeeded"))
    d.child.kill("SIGTERM")
    expect(await d.exited).toBe(0)
    expect(d.stderr().match(/WARN/g)).toHaveLength(1)
    expect(d.stderr()).toContain("no session bus (DBUS_SESSION_BUS_ADDRESS is not set): running the schedule without D-Bus control")
  })

  it("CLI commands that need a daemon say plainly that none is running; file commands still work", () => {
    const env = { DBUS_SESSION_BUS_ADDRESS: "" }
    const files = ["--config", config, "--state", join(dir.path, "nodaemon.json")]
    const status = runCli(["status", ...files], env)
    expect(status.status).toBe(1)
    expect(status.stderr).toContain("no daemon is running")
    expect(runCli(["reload", ...files], env).stderr).toContain("no daemon is running")
    expect(runCli(["disable", "broken", ...files], env).stdout).toBe("broken disabled (state file; no daemon is running)\n")
    expect(JSON.parse(readFileSync(join(dir.path, "nodaemon.json"), "utf8")).toggles.jobs).toEqual({ broken: false })
    expect(runCli(["scheduler", "off", ...files], env).stdout).toBe("scheduler off (state file; no daemon is running)\n")
    expect(runCli(["config", "get", "schedules", "history_limit", ...files], env).stdout.trim()).toMatch(/^\d+$/)
    const bad = runCli(["config", "set", "schedules", "timezone", "\"Nowhere/Land\"", ...files], env)
    expect(bad.status).toBe(1)
    expect(bad.stderr).toContain("unknown time zone \"Nowhere/Land\"")
    const ran = runCli(["run-job", "daily_standup", ...files], env)
    expect(ran.status).toBe(0)
    expect(ran.stdout).toMatch(/^daily_standup: success in/)
  })
})
