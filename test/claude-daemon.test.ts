import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { afterAll, describe, expect, it } from "vitest"
import { runCli, tempDir } from "./support/cli.js"
import { spawnDaemon, until } from "./support/dbus.js"

// The built binary against the project's fake `claude` (test/support/fake-claude), which plays
// the recorded transcripts of test/fixtures/claude. Nothing here talks to a real service.
const dir = tempDir("bot-cron-claude-")
afterAll(() => dir.remove())
const fake = fileURLToPath(new URL("./support/fake-claude", import.meta.url))
const fakeState = join(dir.path, "fake-state")
mkdirSync(fakeState)
const env = {
  PATH: `${fake}:${process.env["PATH"] ?? ""}`,
  FAKE_CLAUDE_STATE: fakeState,
  FAKE_CLAUDE_RESET_IN: "1",
  FAKE_CLAUDE_RECORD: join(dir.path, "calls.jsonl")
}

const writeConfig = (name: string, schedules: Record<string, unknown>) => {
  const path = join(dir.path, name)
  const jobs = (schedules["jobs"] as Array<Record<string, unknown>>).map((j) => ({ skill: "daily", ...j }))
  writeFileSync(path, JSON.stringify({ schedules: { timezone: "UTC", execution_mode: "claude_cli", ...schedules, jobs } }))
  return path
}

const history = (config: string, state: string, job: string) => {
  const out = runCli(["history", "--json", "--job", job, "--config", config, "--state", state], env)
  expect(out.status).toBe(0)
  return JSON.parse(out.stdout) as Array<Record<string, unknown>>
}

describe("claude jobs through the built binary and the fake CLI", () => {
  it("run-job --local: the history has the run's cost and tokens; `costs` shows the spend", () => {
    const config = writeConfig("paid.json", { jobs: [{ name: "standup", cron: "0 9 * * *", inputs: { scenario: "success" } }] })
    const state = join(dir.path, "paid-state", "cron_state.json")
    const run = runCli(["run-job", "standup", "--local", "--json", "--config", config, "--state", state], env)
    expect(run.status).toBe(0)
    const [entry] = history(config, state, "standup")
    expect(entry).toMatchObject({
      status: "success",
      output_preview: "Standup summary posted: 3 items, 1 blocker.",
      claude: {
        model: "claude-sonnet-4-5-20250929",
        subtype: "success",
        cost_usd: 0.0421,
        tokens: { input: 2400, output: 310, cache_read: 9000, cache_write: 512 },
        num_turns: 3,
        permission_denials: 0
      }
    })
    expect(String((entry?.["claude"] as Record<string, unknown>)["session_id"])).toMatch(/^[0-9a-f-]{36}$/)
    const table = runCli(["history", "--job", "standup", "--config", config, "--state", state], env)
    expect(table.stdout).toMatch(/COST[\s\S]*\$0\.0421/)
    const costs = runCli(["costs", "--json", "--config", config, "--state", state], env)
    expect(costs.status).toBe(0)
    expect(JSON.parse(costs.stdout)).toMatchObject({ today_usd: 0.0421, jobs: [{ job: "standup", today_usd: 0.0421 }] })
  })

  it("run-job --local: a rate-limited run waits for the reset, then succeeds as one attempt", () => {
    const config = writeConfig("limited.json", {
      jobs: [{ name: "digest", cron: "0 0 1 1 *", inputs: { scenario: "rate-limited,success" } }]
    })
    const state = join(dir.path, "limited-state", "cron_state.json")
    const run = runCli(["run-job", "digest", "--local", "--config", config, "--state", state], env)
    expect(run.status).toBe(0)
    expect(run.stderr).toMatch(/job digest: a Claude usage limit is in force; waiting until \S+ \(not counted as an attempt/)
    const [entry] = history(config, state, "digest")
    expect(entry).toMatchObject({ status: "success", attempts: 1 })
    const calls = readFileSync(env.FAKE_CLAUDE_RECORD, "utf8").trim().split("\n").map((l) => JSON.parse(l) as { stdin: string })
    expect(calls.filter((c) => c.stdin.includes("rate-limited,success"))).toHaveLength(2)
  })

  it("run-job --local: a run with no output for idle_timeout_seconds is recorded as hung, exit 1", () => {
    const config = writeConfig("stuck.json", {
      jobs: [{ name: "stuck", cron: "0 9 * * *", inputs: { scenario: "hang" }, claude: { idle_timeout_seconds: 1 } }]
    })
    const state = join(dir.path, "stuck-state", "cron_state.json")
    const run = runCli(["run-job", "stuck", "--local", "--config", config, "--state", state], env)
    expect(run.status).toBe(1)
    const [entry] = history(config, state, "stuck")
    expect(entry).toMatchObject({ status: "hung", attempts: 1 })
    expect(String(entry?.["error"])).toMatch(/^hung: no output for 1 s \(idle_timeout_seconds\)/)
  })

  it("the daemon skips a claude job once its daily budget is spent, and says so in the log and the memory log", async () => {
    const config = writeConfig("budget.json", {
      jobs: [{
        name: "paid",
        cron: "* * * * * *",
        inputs: { scenario: "success" },
        budget: { daily_usd: 0.08 },
        notify: ["memory"],
        overlap: "skip"
      }]
    })
    const state = join(dir.path, "budget-state", "cron_state.json")
    const daemon = spawnDaemon(["--config", config, "--state", state, "--no-dbus"], env)
    await until(() => daemon.stderr().includes("job paid skipped: budget_exhausted"))
    daemon.child.kill("SIGTERM")
    expect(await daemon.exited).toBe(0)
    // two runs of $0.0421 reach the $0.08 cap; the fire after is skipped
    expect(daemon.stderr()).toMatch(
      /WARN  job paid skipped: budget_exhausted: paid has spent \$0\.08 today \(\d{4}-\d\d-\d\d, UTC\); its budget\.daily_usd is \$0\.08/
    )
    const runs = history(config, state, "paid")
    expect(runs.length).toBeGreaterThanOrEqual(2)
    const saved = JSON.parse(readFileSync(state, "utf8"))
    expect(saved.jobs[0].budget_skips).toBeGreaterThanOrEqual(1)
    const sessions = join(dir.path, "memory", "sessions")
    await until(() => existsSync(sessions) && readdirSync(sessions).length > 0)
    const memory = readdirSync(sessions).map((f) => readFileSync(join(sessions, f), "utf8")).join("\n")
    expect(memory).toContain("cron: paid skipped, budget spent")
    const status = runCli(["costs", "--config", config, "--state", state], env)
    expect(status.stdout).toMatch(/paid\s+\$0\.08 of \$0\.08 \(spent: runs are skipped\)/)
  })
})
