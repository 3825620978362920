import { mkdirSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { afterAll, describe, expect, it } from "vitest"
import { runCli, tempDir } from "./support/cli.js"

// `bot-cron validate` from the built binary: what the schema finds, in plain words, and what a
// run would meet though the schema is satisfied.
const dir = tempDir("bot-cron-validate-")
afterAll(() => dir.remove())
const write = (name: string, schedules: Record<string, unknown>) => {
  const path = join(dir.path, name)
  writeFileSync(path, JSON.stringify({ schedules: { timezone: "UTC", ...schedules } }))
  return path
}
const validate = (config: string) => runCli(["validate", "--config", config, "--state", join(dir.path, "state.json")])

describe("validate", () => {
  it("a misspelt key is told the key it meant, once; a wrong type says what to write, not the schema's internals", () => {
    const config = write("typos.json", {
      retry: { max_attempts: 3 },
      history_limit: "7",
      jobs: [
        { name: "a", cronn: "0 9 * * *", skill: "s" },
        { name: "b", cron: "0 9 * * *", skill: "s", enabled: "yes", retry: 5, notify: "slack", args: "x" }
      ]
    })
    const r = validate(config)
    expect(r.status).toBe(1)
    expect(r.stderr).toBe(
      [
        `${config}: 7 problems`,
        "  - schedules.retry: unknown key; did you mean \"default_retry\"?",
        "  - schedules.history_limit: must be a number (no quotes); got \"7\"",
        "  - schedules.jobs[0] (a).cronn: unknown key; did you mean \"cron\"?",
        "  - schedules.jobs[1] (b).notify: must be a list of \"memory\", \"slack\", \"desktop\", \"email\"; got \"slack\"",
        "  - schedules.jobs[1] (b).enabled: must be true or false (no quotes); got \"yes\"",
        "  - schedules.jobs[1] (b).retry: must be an object {...}; got 5",
        "  - schedules.jobs[1] (b).args: must be a list of strings, e.g. [\"a\", \"b\"]; got \"x\"",
        ""
      ].join("\n")
    )
    expect(r.stderr).not.toMatch(/Expected|Struct|Encoded|ReadonlyArray|is missing/)
  })

  it("what a run would meet: a missing script or working folder, a skill file that is missing, not YAML or names an unknown tool", () => {
    mkdirSync(join(dir.path, "skills"), { recursive: true })
    writeFileSync(join(dir.path, "ok.py"), "print('ok')\n")
    writeFileSync(join(dir.path, "skills", "fine.yaml"), "name: fine\nsteps:\n  - id: a\n    compute: \"1 + 1\"\n")
    writeFileSync(join(dir.path, "skills", "pager.yaml"), "name: pager\nsteps:\n  - id: a\n    tool: pager_send\n")
    writeFileSync(join(dir.path, "skills", "torn.yaml"), "name: torn\nsteps: [\n")
    const config = write("runtime.json", {
      skills_dir: "skills",
      jobs: [
        { name: "script", cron: "0 9 * * *", execution_mode: "python_script", script: "nope.py" },
        { name: "missing", cron: "0 9 * * *", execution_mode: "skill_direct", skill: "missing" },
        { name: "pager", cron: "0 9 * * *", execution_mode: "skill_direct", skill: "pager" },
        { name: "torn", cron: "0 9 * * *", execution_mode: "skill_direct", skill: "torn" },
        { name: "where", cron: "0 9 * * *", execution_mode: "python_script", script: "ok.py", working_dir: "nowhere" },
        { name: "fine", cron: "0 9 * * *", execution_mode: "skill_direct", skill: "fine" }
      ]
    })
    const r = validate(config)
    expect(r.status).toBe(1)
    const lines = r.stderr.trim().split("\n")
    expect(lines[0]).toBe(`${config}: 5 problems a run would meet`)
    expect(lines.slice(1)).toEqual([
      `  - schedules.jobs[0] (script).script: ${join(dir.path, "nope.py")} does not exist`,
      `  - schedules.jobs[1] (missing).skill: skill "missing" (${
        join(dir.path, "skills", "missing.yaml")
      }): no such skill file (skills_dir is ${join(dir.path, "skills")})`,
      `  - schedules.jobs[2] (pager).skill: skill "pager" (${
        join(dir.path, "skills", "pager.yaml")
      }): steps[0] (a).tool: unknown tool "pager_send"; the built-in tools are memory_log, notify, slack_send_message, http_request`,
      expect.stringMatching(
        new RegExp(
          `^ {2}- schedules\\.jobs\\[3\\] \\(torn\\)\\.skill: skill "torn" \\(${
            join(dir.path, "skills", "torn.yaml")
          }\\): YAML syntax error at line 3`
        )
      ),
      `  - schedules.jobs[4] (where).working_dir: ${join(dir.path, "nowhere")} is not a folder`
    ])
  })

  it("a job whose every instant falls in a DST gap is not a job that never fires: it runs at each jump, as next shows", () => {
    // 02:30 on the second Sunday of March is in New York's spring-forward gap every year
    const config = write("gap.json", { jobs: [{ name: "gap", cron: "30 2 * 3 0#2", skill: "s", timezone: "America/New_York" }] })
    expect(validate(config).status).toBe(0)
    const next = runCli(["next", "gap", "--json", "-n", "2", "--from", "2026-01-01T00:00:00Z", "--config", config])
    expect(JSON.parse(next.stdout)[0].runs).toEqual(["2026-03-08T03:00:00-04:00", "2027-03-14T03:00:00-04:00"])
  })

  it("a valid config whose files are all there passes", () => {
    writeFileSync(join(dir.path, "ok.py"), "print('ok')\n")
    const config = write("good.json", {
      jobs: [{ name: "script", cron: "0 9 * * *", execution_mode: "python_script", script: "ok.py" }]
    })
    const r = validate(config)
    expect(r.status).toBe(0)
    expect(r.stdout).toBe(`${config}: valid (1 job, 1 enabled)\n`)
  })
})
