import { existsSync, readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { afterAll, describe, expect, it } from "vitest"
import { runCli, tempDir } from "./support/cli.js"
import { spawnDaemon, startBus, until } from "./support/dbus.js"

const dir = tempDir()
afterAll(() => dir.remove())

const writeConfig = (name: string, jobs: Array<Record<string, unknown>>, schedules: Record<string, unknown> = {}) => {
  const path = join(dir.path, name)
  writeFileSync(path, JSON.stringify({ schedules: { timezone: "UTC", ...schedules, jobs }, other: { kept: true } }))
  return path
}
writeFileSync(join(dir.path, "ok.py"), "import json, sys\nprint('inputs', json.dumps(json.load(sys.stdin)))\n")
writeFileSync(join(dir.path, "bad.py"), "import sys\nprint('oops', file=sys.stderr)\nsys.exit(4)\n")

const readState = (path: string) => JSON.parse(readFileSync(path, "utf8"))
const alive = (pid: number) => {
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, "utf8")) // a zombie has ended
  } catch {
    return false
  }
}

describe("bot-cron daemon (built binary)", () => {
  it("runs a */2 * * * * * job again and again, and exits 0 on SIGTERM with a valid state file", async () => {
    const config = writeConfig("daemon.json", [
      { name: "tick", cron: "*/2 * * * * *", execution_mode: "python_script", script: "ok.py", inputs: { n: 1 } }
    ])
    const state = join(dir.path, "daemon-state", "cron_state.json")
    const { child, stderr: output, exited: exit } = spawnDaemon(["--config", config, "--state", state])
    // the state file is replaced atomically: every read sees a whole file
    const runs = () => (existsSync(state) ? (readState(state).jobs[0]?.run_count ?? 0) : 0)
    await until(() => runs() >= 3)

    child.kill("SIGTERM")
    expect(await exit).toBe(0)
    const final = readState(state)
    expect(final.jobs[0]).toMatchObject({ name: "tick", last_status: "success", failure_count: 0 })
    expect(final.jobs[0].run_count).toBeGreaterThanOrEqual(3)
    expect(final.history[0]).toMatchObject({ job: "tick", status: "success", source: "cron", output_preview: "inputs {\"n\": 1}" })
    expect(output()).toMatch(/INFO  bot-cron .* started: 1 job \(1 enabled\)/)
    expect(output()).toMatch(/INFO  job tick started: session cron-tick-\d{8}-\d{6}, source cron/)
    expect(output()).toMatch(/INFO  job tick succeeded in \d+\.\d\d s: session cron-tick-/)
    expect(output()).toContain("bot-cron stopping")
  })

  it("picks up edits and SIGHUP; a bad edit is reported and the running schedule goes on", async () => {
    const config = writeConfig("live.json", [{ name: "tick", cron: "* * * * * *", execution_mode: "python_script", script: "ok.py" }])
    const state = join(dir.path, "live-state", "cron_state.json")
    const { child, stderr, exited: exit } = spawnDaemon(["--config", config, "--state", state, "--no-dbus"])
    const waitFor = (text: string) => until(() => stderr().includes(text))
    await waitFor("started: 1 job")
    child.kill("SIGHUP")
    await waitFor("config reloaded (SIGHUP): 0 added, 0 changed, 0 removed")
    writeConfig("live.json", [
      { name: "tick", cron: "* * * * * *", execution_mode: "python_script", script: "ok.py" },
      { name: "later", cron: "0 3 * * *", execution_mode: "python_script", script: "ok.py" }
    ])
    await waitFor("job later added")
    writeFileSync(config, "{\"schedules\": {\"jobs\": [{\"name\": \"tick\", \"cron\": \"61 * * * *\"}]}}")
    await waitFor(
      "config rejected (file change); keeping the config in force:\n  - schedules.jobs[0] (tick).cron: invalid cron \"61 * * * *\""
    )
    // and the schedule in force goes on
    const runs = () => (stderr().match(/job tick succeeded/g) ?? []).length
    const runsBefore = runs()
    await until(() => runs() >= runsBefore + 2)
    child.kill("SIGTERM")
    expect(await exit).toBe(0)
  })

  it("stops after the shutdown grace when a job outlives it: the run is cancelled and recorded, its process ended", async () => {
    const pidFile = join(dir.path, "long.pid")
    writeFileSync(
      join(dir.path, "long.py"),
      `import os, time\nopen(${JSON.stringify(pidFile)}, "w").write(str(os.getpid()))\nprint('working', flush=True)\ntime.sleep(120)\n`
    )
    const config = writeConfig("long.json", [{ name: "long", cron: "* * * * * *", execution_mode: "python_script", script: "long.py" }], {
      shutdown_grace_seconds: 1
    })
    const state = join(dir.path, "long-state.json")
    const d = spawnDaemon(["--config", config, "--state", state, "--no-dbus"])
    await until(() => d.stderr().includes("job long started") && existsSync(pidFile) && readFileSync(pidFile, "utf8") !== "")
    d.child.kill("SIGTERM")
    expect(await d.exited).toBe(0)
    expect(d.stderr()).toMatch(/bot-cron stopping: no new runs; running jobs get 1 s/)
    expect(d.stderr()).toMatch(/waiting up to 1 s for 1 running job/)
    expect(readState(state).history[0]).toMatchObject({ job: "long", status: "cancelled" })
    expect(alive(Number(readFileSync(pidFile, "utf8")))).toBe(false)
  })

  it("stops on SIGTERM even when its session bus has gone away", async () => {
    const bus = startBus(dir.path, "vanishing")
    const config = writeConfig("vanishing.json", [{
      name: "tick",
      cron: "*/2 * * * * *",
      execution_mode: "python_script",
      script: "ok.py"
    }])
    const d = spawnDaemon(["--config", config, "--state", join(dir.path, "vanishing-state.json"), "--bus-address", bus.address])
    await until(() => d.stderr().includes("D-Bus: com.aiworkflow.BotCron"))
    bus.stop()
    await until(() => d.stderr().includes("D-Bus connection error"))
    d.child.kill("SIGTERM")
    expect(await d.exited).toBe(0)
  })

  it("refuses to start on an invalid config, listing the problems", () => {
    const config = writeConfig("invalid.json", [{ name: "x", cron: "99 * * * *", skill: "s" }])
    const r = runCli(["daemon", "--config", config, "--state", join(dir.path, "never.json")])
    expect(r.status).toBe(1)
    expect(r.stderr).toContain("schedules.jobs[0] (x).cron: invalid cron \"99 * * * *\": minute field \"99\" is not valid")
    expect(existsSync(join(dir.path, "never.json"))).toBe(false)
  })
})

describe("bot-cron run-job, list, history (built binary)", () => {
  const config = writeConfig("oneshot.json", [
    { name: "good", cron: "0 9 * * *", timezone: "Asia/Tokyo", execution_mode: "python_script", script: "ok.py", inputs: { a: "b" } },
    { name: "bad", cron: "0 10 * * *", execution_mode: "python_script", script: "bad.py", enabled: false }
  ])
  const state = join(dir.path, "oneshot-state.json")
  const files = ["--config", config, "--state", state]
  /** A state file of its own with one run of good, then one of bad: each view test reads its own. */
  const seeded = (name: string) => {
    const own = ["--config", config, "--state", join(dir.path, `${name}-state.json`)]
    expect(runCli(["run-job", "good", ...own]).status).toBe(0)
    expect(runCli(["run-job", "bad", ...own]).status).toBe(1)
    return own
  }

  it("run-job exits 0 on success and records the run with source manual", () => {
    const r = runCli(["run-job", "good", ...files])
    expect(r.status).toBe(0)
    expect(r.stdout).toMatch(
      /^good: success in \d+\.\d\d s \(session cron-good-\d{8}-\d{6}, 1 attempt\)\ninputs \{"a": "b"\}\nlog: .*\.log\n$/
    )
    expect(readState(state).history[0]).toMatchObject({ job: "good", source: "manual", status: "success", attempts: 1 })
  })

  it("run-job exits 1 on failure; --json prints the report with the history entry; the seed's --run-job form works", () => {
    const r = runCli(["--run-job", "bad", "--json", ...files])
    expect(r.status).toBe(1)
    const report = JSON.parse(r.stdout)
    expect(report).toMatchObject({ job: "bad", status: "failure", reason: "exited with code 4: oops" })
    const entry = report.run
    expect(report.execution_id).toBe(entry.execution_id)
    expect(entry).toMatchObject({ job: "bad", status: "failure", exit_code: 4, error: "exited with code 4: oops", source: "manual" })
    expect(entry.started_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00$/)
  })

  it("run-job of an unknown job exits 2 and names the known ones", () => {
    const r = runCli(["run-job", "nope", ...files])
    expect(r.status).toBe(2)
    expect(r.stderr).toContain("no job named \"nope\" (known jobs: good, bad)")
  })

  it("list reads like systemctl list-timers: next and left, last and passed, in each job's zone; --json for scripts", () => {
    const files = seeded("list")
    const table = runCli(["list", ...files])
    expect(table.status).toBe(0)
    const lines = table.stdout.trim().split("\n")
    const when = "(Mon|Tue|Wed|Thu|Fri|Sat|Sun) \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d"
    expect(lines[0]).toMatch(/^NEXT\s+LEFT\s+LAST\s+PASSED\s+JOB\s+ENABLED\s+RESULT\s+RUNS\s+FAILS\s+SCHEDULE$/)
    expect(lines[1]).toMatch(
      new RegExp(
        `^${
          when.replace("\\d\\d:\\d\\d:\\d\\d", "09:00:00")
        } \\+09:00  +in \\d+ (s|min|h)( \\d+ min)?  +${when} \\+09:00  +\\d+ s ago  +good  +yes  +success  +1  +0  +0 9 \\* \\* \\* \\(Asia/Tokyo\\): At 09:00$`
      )
    )
    expect(lines[2]).toMatch(
      new RegExp(`^-  +-  +${when} \\+00:00  +\\d+ s ago  +bad  +no  +failure  +1  +1  +0 10 \\* \\* \\* \\(UTC\\): At 10:00$`)
    )
    const json = JSON.parse(runCli(["list", "--json", ...files]).stdout)
    expect(json.map((j: { name: string; run_count: number }) => [j.name, j.run_count])).toEqual([["good", 1], ["bad", 1]])
  })

  it("history is newest first, filters by job and limits", () => {
    const files = seeded("history")
    const all = JSON.parse(runCli(["history", "--json", ...files]).stdout)
    expect(all.map((h: { job: string }) => h.job)).toEqual(["bad", "good"])
    const good = JSON.parse(runCli(["history", "--json", "--job", "good", ...files]).stdout)
    expect(good).toHaveLength(1)
    expect(JSON.parse(runCli(["history", "--json", "--limit", "1", ...files]).stdout)).toHaveLength(1)
    const table = runCli(["history", ...files])
    expect(table.stdout.split("\n")[0]).toMatch(/^STARTED \(UTC\)\s+JOB\s+STATUS\s+DURATION\s+TRIES\s+COST\s+SESSION\s+ERROR$/)
    expect(table.stdout).toContain("exited with code 4: oops")
    // each entry is kept in its job's zone; the table shows them all in the schedule's, so rows read in order
    expect(all.map((h: { started_at: string }) => h.started_at.slice(-6))).toEqual(["+00:00", "+09:00"])
    const rows = table.stdout.trim().split("\n").slice(1)
    expect(rows.map((r) => /^\w{3} \S+ \S+ (\S+)/.exec(r)?.[1])).toEqual(["+00:00", "+00:00"])
    expect(runCli(["history", "--utc", ...files]).stdout).toEqual(table.stdout)
  })

  it("list and history say so when the state file is broken, without touching it", () => {
    const broken = join(dir.path, "broken-state.json")
    writeFileSync(broken, "{nope")
    const r = runCli(["history", "--config", config, "--state", broken])
    expect(r.status).toBe(0)
    expect(r.stderr).toContain(`${broken} is not a valid state file`)
    expect(readFileSync(broken, "utf8")).toBe("{nope")
  })
})
