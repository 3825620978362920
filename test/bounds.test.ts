import { it } from "@effect/vitest"
import { Effect } from "effect"
import { spawnSync } from "node:child_process"
import { mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { afterAll, describe, expect } from "vitest"
import { redactArgv, redactSecrets } from "../src/domain/config-edit.js"
import { resolveJob } from "../src/domain/config.js"
import { FRESH_MS, logsToRemove } from "../src/domain/prune.js"
import { sessionContext } from "../src/domain/session.js"
import { makeCalendar } from "../src/domain/time.js"
import { Executor } from "../src/layers/Executor.js"
import { LOG_CAP_BYTES, runProcess } from "../src/layers/executor/process.js"
import { runCli, tempDir } from "./support/cli.js"
import { decodeConfig, executionLayer } from "./support/harness.js"

const calendar = makeCalendar()

const dir = tempDir("bot-cron-bounds-")
afterAll(() => dir.remove())

describe("config.json that is not a sane file", () => {
  const validate = (path: string) => runCli(["validate", "--config", path])

  it("a FIFO, a symlink to /dev/zero, a folder and a 9 MB file are refused at once, naming why", () => {
    const fifo = join(dir.path, "fifo.json")
    expect(spawnSync("mkfifo", [fifo]).status).toBe(0)
    const zero = join(dir.path, "zero.json")
    symlinkSync("/dev/zero", zero)
    const folder = join(dir.path, "folder.json")
    mkdirSync(folder)
    const big = join(dir.path, "big.json")
    writeFileSync(big, `{"schedules": {}, "pad": "${"x".repeat(9 * 1024 * 1024)}"}`)
    for (const path of [fifo, zero, folder]) {
      const out = validate(path)
      expect(out.status).toBe(1)
      expect(out.stderr).toContain(`${path}: cannot read: is not a regular file (a FIFO, a device or a folder); config.json must be a file`)
    }
    const out = validate(big)
    expect(out.status).toBe(1)
    expect(out.stderr).toContain(`${big}: cannot read: is 9.0 MB; a config.json may be at most 8 MB`)
  })
})

describe("secrets", () => {
  it("get_config and logs hide keys, tokens, credentials in URLs and --api-key arguments", () => {
    const hidden = redactSecrets({
      apikey: "abc",
      private_key: "-----BEGIN",
      github_pat: "x",
      password: "p",
      note: "use sk-ant-api03-AAAAAAAAAAAA for it",
      url: "https://user:hunter2@example.com/path",
      hook: "https://hooks.slack.com/services/T000/B000/XXXX",
      webhook_url_env: "SLACK_HOOK",
      args: ["--api-key", "sk-live-123456789", "--model", "opus", "--token=abcd"],
      plain: "nothing to hide"
    })
    expect(hidden).toEqual({
      apikey: "(hidden)",
      private_key: "(hidden)",
      github_pat: "(hidden)",
      password: "(hidden)",
      note: "use (hidden) for it",
      url: "(hidden)example.com/path",
      hook: "(hidden)",
      webhook_url_env: "SLACK_HOOK",
      args: ["--api-key", "(hidden)", "--model", "opus", "--token=(hidden)"],
      plain: "nothing to hide"
    })
    expect(redactArgv(["claude", "-p", "--api-key", "k"])).toEqual(["claude", "-p", "--api-key", "(hidden)"])
  })

  it.live("a job's environment has no variable config names as a secret (webhook URL, SMTP password)", () =>
    Effect.gen(function*() {
      writeFileSync(join(dir.path, "env.py"), "import os\nprint(sorted(k for k in ('MY_HOOK', 'MY_SMTP', 'HOME') if k in os.environ))\n")
      process.env["MY_HOOK"] = "https://hooks.slack.com/services/T/B/X"
      process.env["MY_SMTP"] = "hunter2"
      const schedules = {
        notifications: {
          slack: { webhook_url_env: "MY_HOOK" },
          email: { host: "localhost", from: "a@b.c", to: ["d@e.f"], password_env: "MY_SMTP" }
        }
      }
      const config = decodeConfig({
        ...schedules,
        jobs: [{ name: "env", cron: "0 9 * * *", execution_mode: "python_script", script: "env.py" }]
      })
      const job = resolveJob(config.schedules, config.schedules.jobs[0]!)
      const result = yield* Effect.scoped(
        Effect.flatMap(Executor, (e) =>
          e.start({ job, context: sessionContext(calendar, job, "cron-env-1", "cron", 0), attemptId: "cron-env-1", attempt: 1 }))
      ).pipe(
        Effect.provide(executionLayer(dir.path, schedules)),
        Effect.ensuring(Effect.sync(() => {
          delete process.env["MY_HOOK"]
          delete process.env["MY_SMTP"]
        }))
      )
      expect(result).toMatchObject({ status: "success", outputPreview: "['HOME']" })
    }))
})

describe("bounded growth", () => {
  it.live("a session log stops at 16 MB with a note; the run's tail is still kept", () =>
    Effect.gen(function*() {
      writeFileSync(
        join(dir.path, "loud.py"),
        "import sys\nline = 'y' * 1023 + '\\n'\nfor i in range(20 * 1024): sys.stdout.write(line)\nprint('END')\n"
      )
      const logFile = join(dir.path, "capped.log")
      const outcome = yield* runProcess({
        argv: ["python3", join(dir.path, "loud.py")],
        cwd: dir.path,
        env: process.env,
        stdin: "",
        logFile,
        header: ["# loud"],
        now: () => "now"
      })
      expect(outcome.exitCode).toBe(0)
      expect(outcome.stdoutTail.endsWith("END\n")).toBe(true)
      expect(statSync(logFile).size).toBeLessThan(LOG_CAP_BYTES + 200 * 1024)
      const text = readFileSync(logFile, "utf8")
      expect(text).toContain("# output past 16 MB is not kept in this log (the run's last 64 KiB are in its history entry)")
      expect(text).not.toContain("END")
    }))

  const now = Date.parse("2026-12-01T12:00:00Z")
  const old = now - 2 * FRESH_MS
  const entry = (id: string) => ({ execution_id: id }) as never
  it("logs of runs gone from the history go; those in it, going now or written in the last hour stay; the cap takes the oldest", () => {
    const logs = [
      { name: "cron-a-1.log", size: 10, mtimeMs: old },
      { name: "cron-a-1-attempt2.log", size: 10, mtimeMs: old },
      { name: "cron-a-2.log", size: 10, mtimeMs: old },
      { name: "cron-a-3.log", size: 10, mtimeMs: now - 1000 },
      { name: "cron-b-1.log", size: 10, mtimeMs: old }
    ]
    const state = { history: [entry("cron-a-1")], in_flight: [{ execution_id: "cron-b-1" }] as never }
    expect(logsToRemove(logs, state, { max_total_mb: 1024 }, now)).toEqual(["cron-a-2.log"])
    expect([...logsToRemove(logs, state, { max_total_mb: 1024, max_age_days: 0.01 }, now)].sort()).toEqual([
      "cron-a-1-attempt2.log",
      "cron-a-1.log",
      "cron-a-2.log"
    ])
    const big = logs.map((l) => ({ ...l, size: 400 * 1024 * 1024 }))
    // 2,000 MB over a 1,024 MB cap: a-2 (not in the history) and then the oldest kept one go
    expect(logsToRemove(big, state, { max_total_mb: 1024 }, now)).toEqual(["cron-a-2.log", "cron-a-1.log", "cron-a-1-attempt2.log"])
  })
})

describe("paths in config.json", () => {
  it("resolve one way: ~ is home, an absolute path is used as it is, any other is relative to config.json's folder", async () => {
    const { configPath } = await import("../src/layers/Paths.js")
    const { homedir } = await import("node:os")
    expect(configPath("/cfg", "/var/tmp/x/memory")).toBe("/var/tmp/x/memory")
    expect(configPath("/cfg", "memory")).toBe("/cfg/memory")
    expect(configPath("/cfg", "../shared/skills")).toBe("/shared/skills")
    expect(configPath("/cfg", "~/notes")).toBe(join(homedir(), "notes"))
    expect(configPath("/cfg", "~")).toBe(homedir())
  })

  it.live("an absolute notifications.memory.dir is where the memory log goes (not joined under config's folder)", () =>
    Effect.gen(function*() {
      const { Targets } = yield* Effect.promise(() => import("../src/layers/Targets.js"))
      const { testNotice } = yield* Effect.promise(() => import("../src/domain/notice.js"))
      const memory = join(dir.path, "elsewhere", "memory")
      const schedules = { notifications: { memory: { dir: memory } } }
      yield* Effect.flatMap(Targets, (t) => t.send(testNotice("memory"), ["memory"])).pipe(
        Effect.provide(executionLayer(join(dir.path, "cfg"), schedules))
      )
      expect(readdirSync(join(memory, "sessions")).filter((f) => f.endsWith(".yaml"))).toHaveLength(1)
    }))
})
