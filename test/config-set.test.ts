import { chmodSync, readFileSync, statSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { afterAll, describe, expect, it } from "vitest"
import { runCli, tempDir } from "./support/cli.js"

// `config set` on the built binary, with no daemon: it edits config.json, it does not rewrite it.
const dir = tempDir("bot-cron-set-")
afterAll(() => dir.remove())
const noDaemon = { DBUS_SESSION_BUS_ADDRESS: "" }

// a hand-written config (config.json is plain JSON): four-space indents, a job on one line, keys in the user's order
const original = `{
    "schedules": {
        "timezone": "UTC",
        "history_limit": 50,
        "jobs": [
            { "name": "standup", "cron": "0 9 * * 1-5", "skill": "daily" },
            {
                "name": "review",
                "cron": "0 17 * * 5",
                "skill": "weekly"
            }
        ]
    }
}
`
let n = 0
const fresh = () => {
  const path = join(dir.path, `config-${++n}.json`)
  writeFileSync(path, original)
  chmodSync(path, 0o644)
  return path
}
const set = (config: string, ...args: Array<string>) => runCli(["config", "set", ...args, "--config", config], noDaemon)

describe("config set edits config.json in place", () => {
  it("only the value set changes: indentation, one-line objects and key order stay; so does the file's mode", () => {
    const config = fresh()
    const result = set(config, "schedules", "history_limit", "7")
    expect(result.status).toBe(0)
    expect(result.stdout).toBe("schedules.history_limit set (written; no daemon is running)\n")
    expect(readFileSync(config, "utf8")).toBe(original.replace("\"history_limit\": 50", "\"history_limit\": 7"))
    expect(statSync(config).mode & 0o777).toBe(0o644)
  })

  it("one job's field, by the job's name; a new key takes the file's indentation", () => {
    const config = fresh()
    expect(set(config, "schedules", "jobs.review.cron", "\"0 8 * * 5\"").status).toBe(0)
    expect(readFileSync(config, "utf8")).toBe(original.replace("\"cron\": \"0 17 * * 5\"", "\"cron\": \"0 8 * * 5\""))
    expect(set(config, "schedules", "jobs.review.timeout_seconds", "120").status).toBe(0)
    expect(readFileSync(config, "utf8")).toContain(
      "                \"skill\": \"weekly\",\n                \"timeout_seconds\": 120\n            }"
    )
    const got = runCli(["config", "get", "schedules", "--config", config], noDaemon)
    expect(JSON.parse(got.stdout).jobs[1]).toMatchObject({ name: "review", cron: "0 8 * * 5", timeout_seconds: 120 })
  })

  it("a bare string is refused with the quoting that works; an unknown job is named with the known ones; nothing is written", () => {
    const config = fresh()
    const bare = set(config, "schedules", "timezone", "Europe/Berlin")
    expect(bare.status).toBe(2)
    expect(bare.stderr).toContain("a string needs its quotes, so quote it for the shell too: '\"Europe/Berlin\"'")
    const unknown = set(config, "schedules", "jobs.nosuch.cron", "\"0 8 * * *\"")
    expect(unknown.status).toBe(2)
    expect(unknown.stderr).toContain("an entry of schedules.jobs: a name (standup, review) or an index from 0 to 1")
    const invalid = set(config, "schedules", "jobs.standup.cron", "\"61 * * * *\"")
    expect(invalid.status).not.toBe(0)
    expect(invalid.stderr).toContain("schedules.jobs[0] (standup).cron")
    expect(readFileSync(config, "utf8")).toBe(original)
  })
})
