import { spawn, spawnSync } from "node:child_process"
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { afterAll, describe, expect, it } from "vitest"
import { ROOT, runCli, tempDir } from "./support/cli.js"
import { spawnDaemon, until } from "./support/dbus.js"

// Faults with real processes and the built binary: SIGKILLed daemons, two daemons, dead lock holders.
const dir = tempDir("bot-cron-faults-")
afterAll(() => dir.remove())

const writeConfig = (name: string, jobs: Array<Record<string, unknown>>) => {
  const path = join(dir.path, name)
  writeFileSync(path, JSON.stringify({ schedules: { timezone: "UTC", shutdown_grace_seconds: 0, jobs } }))
  return path
}
writeFileSync(join(dir.path, "ok.py"), "print('ok')\n")

const alive = (pid: number) => {
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, "utf8"))
  } catch {
    return false
  }
}
const readState = (path: string) => JSON.parse(readFileSync(path, "utf8"))

describe("one daemon per state file", () => {
  it("a second daemon on the same state file is refused with the first one's pid; after a SIGKILL the next one starts", async () => {
    const config = writeConfig("two.json", [{ name: "tick", cron: "* * * * * *", execution_mode: "python_script", script: "ok.py" }])
    const state = join(dir.path, "two", "cron_state.json")
    const first = spawnDaemon(["--config", config, "--state", state, "--no-dbus"])
    await until(() => first.stderr().includes("started: 1 job"))
    const second = spawnDaemon(["--config", config, "--state", state, "--no-dbus"])
    expect(await second.exited).toBe(1)
    expect(second.stderr()).toContain(
      `bot-cron: another bot-cron daemon (pid ${first.child.pid}) is running on the state file ${state}; stop it first`
    )
    first.child.kill("SIGKILL")
    await first.exited
    // nothing stale is left to take over: the kernel released the lock with the process
    const third = spawnDaemon(["--config", config, "--state", state, "--no-dbus"])
    await until(() => third.stderr().includes("started: 1 job"))
    third.child.kill("SIGTERM")
    expect(await third.exited).toBe(0)
  })
})

describe("a state lock whose holder died", () => {
  it("is free at once: an old empty lock file, and a holder SIGKILLed while holding it, block nothing", async () => {
    const config = writeConfig("lock.json", [{ name: "a", cron: "0 9 * * *", execution_mode: "python_script", script: "ok.py" }])
    const state = join(dir.path, "lock", "cron_state.json")
    mkdirSync(join(dir.path, "lock"))
    writeFileSync(`${state}.lock`, "") // what an earlier version left after a SIGKILL
    expect(runCli(["disable", "a", "--config", config, "--state", state]).status).toBe(0)
    // a process that takes the lock and is killed while holding it
    const holder = spawn(process.execPath, [
      "-e",
      `const { tryLock } = require("fs-native-extensions"); const fs = require("fs");
       const fd = fs.openSync(${JSON.stringify(`${state}.lock`)}, "a+"); if (!tryLock(fd)) process.exit(3);
       console.log("held"); setInterval(() => {}, 1000)`
    ], { cwd: ROOT, stdio: ["ignore", "pipe", "inherit"] })
    let out = ""
    holder.stdout.on("data", (d: Buffer) => (out += d.toString()))
    await until(() => out.includes("held"))
    holder.kill("SIGKILL")
    await new Promise((resolve) => holder.once("exit", resolve))
    const enable = runCli(["enable", "a", "--config", config, "--state", state])
    expect(enable.status).toBe(0)
    expect(readState(state).toggles.jobs).toEqual({ a: true })
  })
})

describe("a daemon SIGKILLed while a run is going", () => {
  it("the next daemon ends the run's leftover processes before anything fires and records the run as interrupted", async () => {
    const pidFile = join(dir.path, "long.pid")
    writeFileSync(
      join(dir.path, "long.py"),
      `import os, time\nopen(${JSON.stringify(pidFile)}, "w").write(str(os.getpid()))\ntime.sleep(300)\n`
    )
    const config = writeConfig("kill.json", [
      { name: "long", cron: "* * * * * *", execution_mode: "python_script", script: "long.py", overlap: "skip" }
    ])
    const state = join(dir.path, "kill", "cron_state.json")
    const first = spawnDaemon(["--config", config, "--state", state, "--no-dbus"])
    await until(() => existsSync(pidFile) && readFileSync(pidFile, "utf8") !== "")
    const orphan = Number(readFileSync(pidFile, "utf8"))
    // the run's start is in the state file as it starts
    await until(() => existsSync(state) && readState(state).in_flight.length === 1)
    const executionId = readState(state).in_flight[0].execution_id as string
    first.child.kill("SIGKILL")
    await first.exited
    expect(alive(orphan)).toBe(true) // the job outlived its daemon
    writeFileSync(pidFile, "")

    const second = spawnDaemon(["--config", config, "--state", state, "--no-dbus"])
    await until(() => second.stderr().includes("recorded as interrupted"))
    expect(second.stderr()).toMatch(
      new RegExp(
        `WARN  1 run was going when bot-cron last stopped without finishing them; recorded as interrupted, and 1 leftover process ended: long \\(${executionId}\\)`
      )
    )
    expect(alive(orphan)).toBe(false)
    // a new run of the job starts only after the orphan was ended (overlap: skip never saw it beside one)
    await until(() => readFileSync(pidFile, "utf8") !== "")
    second.child.kill("SIGTERM")
    expect(await second.exited).toBe(0)
    const final = readState(state)
    expect(final.history.find((h: { execution_id: string }) => h.execution_id === executionId)).toMatchObject({
      job: "long",
      status: "interrupted",
      error: `interrupted: the bot-cron process running it (pid ${first.child.pid}) ended while it ran; 1 process it left was ended`
    })
    // the graceful stop recorded its own run (cancelled): nothing is left in flight
    expect(final.in_flight).toEqual([])
  })
})

// a small tmpfs needs root (mount); elsewhere this is skipped, and says why
const canMount = (() => {
  if (process.getuid?.() !== 0) return false
  const probe = join(dir.path, "probe")
  mkdirSync(probe)
  const ok = spawnSync("mount", ["-t", "tmpfs", "-o", "size=64k", "tmpfs", probe]).status === 0
  if (ok) spawnSync("umount", [probe])
  return ok
})()

describe.skipIf(!canMount)("a full disk (a 256 KiB tmpfs; needs root to mount, skipped otherwise)", () => {
  it("the daemon keeps running jobs, says once that it cannot write, and saves everything once space returns", async () => {
    const full = join(dir.path, "full")
    mkdirSync(full)
    expect(spawnSync("mount", ["-t", "tmpfs", "-o", "size=256k", "tmpfs", full]).status).toBe(0)
    try {
      const config = writeConfig("full.json", [{ name: "tick", cron: "* * * * * *", execution_mode: "python_script", script: "ok.py" }])
      const state = join(full, "cron_state.json")
      const daemon = spawnDaemon(["--config", config, "--state", state, "--no-dbus"])
      await until(() => existsSync(state) && readState(state).jobs[0]?.run_count >= 1)
      // fill the disk
      spawnSync("dd", ["if=/dev/zero", `of=${join(full, "filler")}`, "bs=4k", "count=1000"])
      await until(() => daemon.stderr().includes("cannot write the state file"))
      const countRuns = () => (daemon.stderr().match(/job tick succeeded/g) ?? []).length
      const before = countRuns()
      await until(() => countRuns() >= before + 3) // it keeps scheduling and running
      expect(daemon.stderr().match(/cannot write the state file/g)).toHaveLength(1) // said once, not per run
      expect(daemon.stderr()).toMatch(/ERROR cannot write the state file .*no space left on device.*; runs go on and are kept in memory/i)
      rmSync(join(full, "filler"))
      await until(() => daemon.stderr().includes("written again; nothing kept in memory was lost"))
      const runs = countRuns()
      daemon.child.kill("SIGTERM")
      expect(await daemon.exited).toBe(0)
      // every run the log reported is counted in the state file
      expect(readState(state).jobs[0].run_count).toBeGreaterThanOrEqual(runs)
    } finally {
      spawnSync("umount", ["-l", full])
    }
  })
})
