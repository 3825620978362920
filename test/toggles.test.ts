import { readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { afterAll, describe, expect, it } from "vitest"
import { runCli, tempDir } from "./support/cli.js"
import { spawnDaemon, startBus, until } from "./support/dbus.js"

// Toggles (`bot-cron enable/disable`) win over config.json's "enabled": every view shows them, a
// disagreement is said, and --reset hands the job back to config.json. The built binary throughout.
const dir = tempDir("bot-cron-toggles-")
afterAll(() => dir.remove())
const configText = (reviewEnabled: boolean) =>
  JSON.stringify({
    schedules: {
      timezone: "Europe/Berlin",
      jobs: [
        { name: "standup", cron: "0 9 * * 1-5", skill: "daily", description: "Morning standup" },
        { name: "review", cron: "30 17 * * 5", skill: "weekly", timezone: "America/New_York", enabled: reviewEnabled }
      ]
    }
  })

interface Row {
  readonly name: string
  readonly enabled: boolean
  readonly toggle: boolean | null
  readonly enabled_in_config: boolean
  readonly description: string | null
  readonly cron_text: string
}

describe("toggles are visible and reversible", () => {
  it("with no daemon: list, next and validate agree on a toggled job; --reset clears it; the scheduler's too", () => {
    const config = join(dir.path, "files.json")
    const state = join(dir.path, "files-state", "cron_state.json")
    writeFileSync(config, configText(false))
    const cli = (...args: Array<string>) => runCli([...args, "--config", config, "--state", state], { DBUS_SESSION_BUS_ADDRESS: "" })
    const rows = () => JSON.parse(cli("list", "--json").stdout) as Array<Row>

    expect(cli("enable", "review").stdout).toBe("review enabled (state file; no daemon is running)\n")
    expect(rows().map((r) => [r.name, r.enabled, r.toggle, r.enabled_in_config])).toEqual([
      ["standup", true, null, true],
      ["review", true, true, false]
    ])
    // description is config's only; the cron in words has its own field
    expect(rows().map((r) => [r.description, r.cron_text])).toEqual([
      ["Morning standup", "At 09:00, Monday through Friday"],
      [null, "At 17:30, only on Friday"]
    ])
    expect(cli("list").stdout).toMatch(/ review +yes \(toggle\) /)
    const validate = cli("validate")
    expect(validate.status).toBe(0)
    expect(validate.stdout).toBe(`${config}: valid (2 jobs, 2 enabled; 1 set by a toggle, see bot-cron list)\n`)
    expect(validate.stderr).toContain(
      "job review: config.json says \"enabled\": false, but `bot-cron enable` set a toggle that wins; `bot-cron enable --reset review` hands it back to config.json"
    )
    const next = JSON.parse(cli("next", "review", "--json", "-n", "1", "--from", "2026-12-06T00:00:00Z").stdout) as Array<Row>
    expect(next).toEqual([expect.objectContaining({ enabled: true, toggle: true, runs: ["2026-12-11T17:30:00-05:00"] })])

    expect(cli("enable", "--reset", "review").stdout).toBe(
      "review: toggle cleared; config.json decides: disabled (state file; no daemon is running)\n"
    )
    expect(rows().find((r) => r.name === "review")).toMatchObject({ enabled: false, toggle: null })
    expect(cli("validate").stdout).toBe(`${config}: valid (2 jobs, 1 enabled)\n`)
    expect(JSON.parse(readFileSync(state, "utf8")).toggles).toEqual({ scheduler: null, jobs: {} })

    expect(cli("scheduler", "off").status).toBe(0)
    expect(cli("list").stdout).toMatch(
      /^The scheduler is off \(set by `bot-cron scheduler off`.*\): no job fires until `bot-cron scheduler on`\.\n/
    )
    expect(cli("scheduler", "reset").stdout).toBe("scheduler toggle cleared; config.json decides: on (state file; no daemon is running)\n")
    expect(cli("list").stdout).toMatch(/^NEXT +LEFT +LAST +PASSED +JOB/)
  })

  it("with a daemon: an edit of \"enabled\" that a toggle overrides is logged; --reset through the daemon applies config.json's value", async () => {
    const config = join(dir.path, "daemon.json")
    const state = join(dir.path, "daemon-state", "cron_state.json")
    writeFileSync(config, configText(true))
    const bus = startBus(dir.path)
    const daemon = spawnDaemon(["--config", config, "--state", state, "--bus-address", bus.address])
    const cli = (...args: Array<string>) => runCli([...args, "--config", config, "--state", state, "--bus-address", bus.address])
    const list = () => JSON.parse(runCli(["list", "--json", "--config", config, "--state", state]).stdout) as Array<Row>
    try {
      await until(() => daemon.stderr().includes("started: 2 jobs"))
      expect(cli("enable", "review").stdout).toBe("review enabled (applied by the running daemon)\n")
      writeFileSync(config, configText(false))
      await until(() => daemon.stderr().includes("config reloaded (file change)"))
      expect(daemon.stderr()).toContain(
        "job review: config.json says \"enabled\": false, but `bot-cron enable` set a toggle that wins; `bot-cron enable --reset review` hands it back to config.json"
      )
      expect(list()).toContainEqual(
        expect.objectContaining({ name: "review", enabled: true, toggle: true })
      )

      expect(cli("disable", "--reset", "review").stdout).toBe(
        "review: toggle cleared; config.json decides: disabled (applied by the running daemon)\n"
      )
      await until(() => daemon.stderr().includes("job review disabled"))
      expect(list()).toContainEqual(
        expect.objectContaining({ name: "review", enabled: false, toggle: null, next_run: null })
      )
      expect(JSON.parse(readFileSync(state, "utf8")).toggles.jobs).toEqual({})

      // the scheduler's switch, the same way through the daemon
      expect(cli("scheduler", "off").stdout).toBe("scheduler off (applied by the running daemon)\n")
      expect(cli("scheduler", "reset").stdout).toBe("scheduler toggle cleared; config.json decides: on (applied by the running daemon)\n")
      expect(JSON.parse(readFileSync(state, "utf8")).toggles.scheduler).toBeNull()
      expect(JSON.parse(readFileSync(state, "utf8")).enabled).toBe(true)
    } finally {
      daemon.child.kill("SIGTERM")
      await daemon.exited
      bus.stop()
    }
  })
})
