import type * as dbus from "dbus-next"
import { existsSync, readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { tempDir } from "./support/cli.js"
import { connect, type PrivateBus, type RunningDaemon, spawnDaemon, startBus, until, waitForName } from "./support/dbus.js"

// Concurrent callers against a real daemon on a private bus.
const NAME = "com.aiworkflow.BotCron"
const PATH = "/com/aiworkflow/BotCron"
const dir = tempDir()
let bus: PrivateBus
let daemon: RunningDaemon
let client: dbus.MessageBus
let iface: dbus.ClientInterface

const config = join(dir.path, "config.json")
const marks = join(dir.path, "marks.txt")
// each run writes when it starts and when it ends (also when it is ended by SIGTERM)
writeFileSync(
  join(dir.path, "mark.py"),
  `import os, signal, sys, time
MARKS = ${JSON.stringify(marks)}
def mark(what):
    with open(MARKS, "a") as f:
        f.write(f"{what} {os.environ['BOT_CRON_SESSION_ID']} {time.monotonic()}\\n")
def stop(*_):
    mark("end")
    sys.exit(143)
signal.signal(signal.SIGTERM, stop)
mark("start")
time.sleep(0.3)
mark("end")
`
)
writeFileSync(
  config,
  JSON.stringify(
    {
      schedules: {
        timezone: "UTC",
        shutdown_grace_seconds: 1,
        jobs: [{ name: "swap", cron: "0 9 1 1 *", execution_mode: "python_script", script: "mark.py", overlap: "replace" }]
      },
      editor: { theme: "dark" }
    },
    null,
    2
  )
)

const call = (method: string, ...args: Array<unknown>) => iface[method]!(...args) as Promise<unknown>

beforeAll(async () => {
  bus = startBus(dir.path)
  daemon = spawnDaemon(["--config", config, "--state", join(dir.path, "cron_state.json"), "--bus-address", bus.address])
  client = await connect(bus.address)
  await waitForName(client, NAME)
  iface = (await client.getProxyObject(NAME, PATH)).getInterface(NAME)
})

afterAll(async () => {
  daemon.child.kill("SIGTERM")
  await daemon.exited
  client.disconnect()
  bus.stop()
  dir.remove()
})

describe("concurrent D-Bus callers", () => {
  it("20 concurrent run_job of an overlap: replace job while it runs: never two runs going at once", async () => {
    const lines = () => (existsSync(marks) ? readFileSync(marks, "utf8").trim().split("\n") : [])
    const count = (what: string) => lines().filter((l) => l.startsWith(what)).length
    await call("run_job", "swap")
    await until(() => count("start") === 1) // its process is running
    const replies = await Promise.all(Array.from({ length: 20 }, () => call("run_job", "swap")))
    expect(replies.map((r) => JSON.parse(String(r)).status)).toEqual(Array.from({ length: 20 }, () => "queued"))
    // the first run was ended (SIGTERM) and a new one started once it had; on a busy machine the calls spread out,
    // so a later call may replace that one in turn. The settled state: every run started has ended, none is going
    const settled = () => {
      const history = JSON.parse(readFileSync(join(dir.path, "cron_state.json"), "utf8"))
      return count("start") >= 2 && count("end") === count("start") && history.in_flight.length === 0 &&
        history.history.some((h: { status: string }) => h.status === "success")
    }
    // (a replaced run's in-flight entry, once asked for, is written before its end removes it: none is left)
    await until(settled)
    let going = 0
    let most = 0
    for (const line of lines()) {
      going += line.startsWith("start") ? 1 : -1
      most = Math.max(most, going)
    }
    expect(most).toBe(1)
    // the last run finished on its own; every one before it was replaced (cancelled)
    const statuses = JSON.parse(readFileSync(join(dir.path, "cron_state.json"), "utf8")).history.map((h: { status: string }) => h.status)
    expect(statuses[0]).toBe("success")
    expect(statuses.slice(1).every((s: string) => s === "cancelled")).toBe(true)
    expect(statuses.length).toBeGreaterThanOrEqual(2)
  })

  it("20 concurrent update_config calls: every one is kept", async () => {
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => call("update_config", "editor", `k${i}`, String(i)))
    )
    expect(results).toEqual(Array.from({ length: 20 }, () => true))
    const editor = JSON.parse(readFileSync(config, "utf8")).editor
    for (let i = 0; i < 20; i++) expect(editor[`k${i}`]).toBe(i)
    expect(editor.theme).toBe("dark")
  })

  it("CallMethod with null arguments is refused with a reason, and writes nothing", async () => {
    const before = readFileSync(config, "utf8")
    const reply = JSON.parse(String(await call("CallMethod", "update_config", "[null, null, null]")))
    expect(reply).toEqual({ error: "argument 1 (section) of update_config must be text; got null", type: "InvalidArgument" })
    expect(JSON.parse(String(await call("CallMethod", "run_job", "[{\"a\": 1}]")))).toMatchObject({
      error: "argument 1 (job_name) of run_job must be text; got object"
    })
    expect(readFileSync(config, "utf8")).toBe(before)
  })
})
