import { type ChildProcess, spawn, spawnSync } from "node:child_process"
import { readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { tempDir } from "./support/cli.js"
import { type PrivateBus, spawnDaemon, startBus, until } from "./support/dbus.js"

const dir = tempDir()
let systemBus: PrivateBus
let logind: ChildProcess
let logindOut = ""

/** The fake logind's PrepareForSleep(start), sent on `address` (the shared system bus unless given). */
const prepareForSleep = (start: boolean, address = systemBus.address) =>
  spawnSync("busctl", [
    `--address=${address}`,
    "call",
    "org.freedesktop.login1",
    "/org/freedesktop/login1",
    "org.freedesktop.login1.Test",
    "Sleep",
    "b",
    String(start)
  ], { encoding: "utf8" })

// every test's daemon runs this config: a python job every second
const config = join(dir.path, "config.json")
writeFileSync(join(dir.path, "ok.py"), "print('tick')\n")
writeFileSync(
  config,
  JSON.stringify({
    schedules: { timezone: "UTC", jobs: [{ name: "tick", cron: "* * * * * *", execution_mode: "python_script", script: "ok.py" }] }
  })
)

beforeAll(async () => {
  systemBus = startBus(dir.path, "system")
  logind = spawn("/usr/bin/python3", [new URL("./support/fake_logind.py", import.meta.url).pathname], {
    env: { ...process.env, DBUS_SYSTEM_BUS_ADDRESS: systemBus.address },
    stdio: ["ignore", "pipe", "inherit"]
  })
  logind.stdout?.on("data", (d: Buffer) => (logindOut += d.toString()))
  await until(() => logindOut.includes("READY"))
})

afterAll(() => {
  logind.kill("SIGTERM")
  systemBus.stop()
  dir.remove()
})

describe("sleep and wake through a fake logind on a private system bus", () => {
  it("PrepareForSleep(true) stops a 1-second job and releases the inhibitor; PrepareForSleep(false) resumes it and takes it again", async () => {
    const state = join(dir.path, "cron_state.json")
    const daemon = spawnDaemon(["--config", config, "--state", state, "--no-dbus"], { DBUS_SYSTEM_BUS_ADDRESS: systemBus.address })
    try {
      await until(() =>
        logindOut.includes("INHIBIT sleep bot-cron delay") && (daemon.stderr().match(/job tick succeeded/g) ?? []).length >= 2
      )

      expect(prepareForSleep(true).status).toBe(0)
      await until(() => logindOut.includes("RELEASED bot-cron") && daemon.stderr().includes("scheduler paused (going to sleep (logind))"))
      // the machine stays asleep for 3 s: this is the scenario, not a wait for an outcome
      await new Promise((r) => setTimeout(r, 3_000))

      expect(prepareForSleep(false).status).toBe(0)
      await until(() => daemon.stderr().includes("scheduler resumed (wake (logind))"))
      const resumedAt = daemon.stderr().indexOf("scheduler resumed")
      await until(() => (daemon.stderr().slice(resumedAt).match(/job tick succeeded/g) ?? []).length >= 2)
      const log = daemon.stderr()
      expect(log).toMatch(/woke up \(logind\) after \d+ s/)
      expect(log).toMatch(/scheduler resumed \(wake \(logind\)\): 1 job missed runs, 1 caught up/)
      expect(log).toMatch(/job tick missed \d+ runs \(wake \(logind\)\); running the latest now/)
      await until(() => (logindOut.match(/INHIBIT sleep bot-cron delay/g) ?? []).length === 2)
    } finally {
      daemon.child.kill("SIGTERM")
      expect(await daemon.exited).toBe(0)
    }
    const saved = JSON.parse(readFileSync(state, "utf8"))
    expect(saved.jobs[0].missed_count).toBeGreaterThanOrEqual(3)
    // no cron fire between the pause and the wake, as the log's times say
    const at = (line: string) => Date.parse(new RegExp(`^(\\S+) .*${line}`, "m").exec(daemon.stderr())?.[1] ?? "")
    const [paused, resumed] = [at("scheduler paused"), at("scheduler resumed")]
    expect(resumed - paused).toBeGreaterThanOrEqual(3_000)
    const fired = saved.history.filter((h: { source: string }) => h.source === "cron").map((h: { scheduled_at: string }) =>
      Date.parse(h.scheduled_at)
    )
    expect(fired.filter((t: number) => t > paused && t < resumed)).toEqual([])
    expect(fired.filter((t: number) => t >= resumed).length).toBeGreaterThanOrEqual(1)
    await until(() => (logindOut.match(/RELEASED bot-cron/g) ?? []).length === 2)
  })

  it("a logind that refuses the inhibitor is tolerated with one warning, and sleep still pauses the schedule", async () => {
    const bus = startBus(dir.path, "refusing")
    let out = ""
    const refusing = spawn("/usr/bin/python3", [new URL("./support/fake_logind.py", import.meta.url).pathname], {
      env: { ...process.env, DBUS_SYSTEM_BUS_ADDRESS: bus.address, FAKE_LOGIND_REFUSE: "1" },
      stdio: ["ignore", "pipe", "inherit"]
    })
    refusing.stdout?.on("data", (d: Buffer) => (out += d.toString()))
    const daemon = spawnDaemon(["--config", config, "--state", join(dir.path, "refused.json"), "--no-dbus"], {
      DBUS_SYSTEM_BUS_ADDRESS: bus.address
    })
    try {
      await until(() => out.includes("READY"))
      await until(() => out.includes("REFUSED bot-cron") && /job tick succeeded/.test(daemon.stderr()))
      expect(prepareForSleep(true, bus.address).status).toBe(0)
      await until(() => daemon.stderr().includes("scheduler paused (going to sleep (logind))"))
      expect(daemon.stderr().match(/WARN/g)).toHaveLength(1)
      expect(daemon.stderr()).toMatch(/WARN  no sleep inhibitor \(systemd-inhibit: .*Access denied.*\); pausing on PrepareForSleep anyway/)
    } finally {
      daemon.child.kill("SIGTERM")
      await daemon.exited
      refusing.kill("SIGTERM")
      bus.stop()
    }
  })

  it("with no logind on the system bus the daemon says so and runs its schedule", async () => {
    const empty = startBus(dir.path, "empty")
    const daemon = spawnDaemon(["--config", config, "--state", join(dir.path, "other.json"), "--no-dbus"], {
      DBUS_SYSTEM_BUS_ADDRESS: empty.address
    })
    try {
      await until(() => /job tick succeeded/.test(daemon.stderr()))
      expect(daemon.stderr()).toContain("no logind on the system bus: sleep is detected by the clock-gap detector")
      expect(daemon.stderr()).not.toContain("WARN")
    } finally {
      daemon.child.kill("SIGTERM")
      await daemon.exited
      empty.stop()
    }
  })
})
