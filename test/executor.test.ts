import { it } from "@effect/vitest"
import { Clock, Effect, Fiber, TestClock } from "effect"
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { afterAll, beforeAll, describe, expect } from "vitest"
import { claudeSessionUuid, RESUME_PROMPT } from "../src/domain/claude.js"
import { resolveJob } from "../src/domain/config.js"
import { sessionContext } from "../src/domain/session.js"
import { makeCalendar } from "../src/domain/time.js"
import { Executor } from "../src/layers/Executor.js"
import { KILL_GRACE_MS, runProcess, TAIL_BYTES } from "../src/layers/executor/process.js"
import { decodeConfig, executionLayer, testDir } from "./support/harness.js"
import { eventually, sleepingUntil } from "./support/wait.js"

const calendar = makeCalendar()

const dir = testDir("bot-cron-exec-")
const bin = join(dir, "bin")
const record = join(dir, "claude-record.jsonl")
const savedPath = process.env["PATH"]

/** the project's fake `claude` (test/support/fake-claude), which plays transcripts from test/fixtures/claude */
export const fakeClaudeDir = fileURLToPath(new URL("./support/fake-claude", import.meta.url))

beforeAll(() => {
  mkdirSync(bin)
  process.env["PATH"] = `${fakeClaudeDir}:${savedPath}`
  process.env["FAKE_CLAUDE_RECORD"] = record
})
afterAll(() => {
  process.env["PATH"] = savedPath
  delete process.env["FAKE_CLAUDE_RECORD"]
})

/** What the fake claude was last given: argv, stdin, cwd and the BOT_CRON_* variables. */
const lastCall = () => {
  const lines = readFileSync(record, "utf8").trim().split("\n")
  return JSON.parse(lines[lines.length - 1]!) as {
    argv: Array<string>
    stdin: string
    cwd: string
    env: Record<string, string>
    pid: number
  }
}

const script = (name: string, body: string) => {
  writeFileSync(join(dir, name), body)
  return name
}

const layer = executionLayer(dir)

const runJob = (
  job: Record<string, unknown>,
  source: "cron" | "manual" = "cron",
  options: { readonly claudeSession?: { readonly id: string; readonly resume: string | null }; readonly schedules?: object } = {}
) =>
  Effect.gen(function*() {
    const config = decodeConfig({ timezone: "America/New_York", ...options.schedules, jobs: [{ name: "j", cron: "0 9 * * *", ...job }] })
    const resolved = resolveJob(config.schedules, config.schedules.jobs[0]!)
    const id = `cron-test-${Math.random().toString(36).slice(2)}`
    const context = sessionContext(calendar, resolved, id, source, Date.parse("2026-01-26T14:00:00Z"))
    return yield* Effect.scoped(
      (yield* Executor).start({ job: resolved, context, attemptId: id, attempt: 1, claudeSession: options.claudeSession })
    )
  }).pipe(Effect.provide(layer))

const alive = (pid: number): boolean => {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8")
    return !/^\d+ \(.*\) Z/.test(stat) // a zombie has ended; only its parent has not reaped it
  } catch {
    return false
  }
}

describe("Executor with real processes", () => {
  it.live("claude_cli: print mode with stream-json, a UUID session, the prompt on stdin (closed); cost and tokens from the result", () =>
    Effect.gen(function*() {
      const session = { id: claudeSessionUuid("j", Date.parse("2026-01-26T14:00:00Z"), 1), resume: null }
      const result = yield* runJob({ skill: "coffee", persona: "developer", inputs: { days: 5 } }, "cron", { claudeSession: session })
      expect(result).toMatchObject({
        status: "success",
        exitCode: 0,
        outputPreview: "Standup summary posted: 3 items, 1 blocker.",
        error: null,
        claude: {
          session_id: session.id,
          model: "claude-sonnet-4-5-20250929",
          subtype: "success",
          cost_usd: 0.0421,
          tokens: { input: 2400, output: 310, cache_read: 9000, cache_write: 512 },
          num_turns: 3,
          permission_denials: 0
        }
      })
      expect(session.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
      const seen = lastCall()
      // nothing of the prompt or its inputs is on argv, where `ps` shows it to every local user
      expect(seen.argv).toEqual(["-p", "--output-format", "stream-json", "--verbose", "--session-id", session.id])
      expect(seen.stdin).toBe(
        "Run the skill \"coffee\" as persona \"developer\" for the scheduled job \"j\" (session " +
          `${seen.env["BOT_CRON_SESSION_ID"]}, source cron, scheduled at 2026-01-26T09:00:00-05:00). Inputs as JSON: {"days":5}`
      )
      expect(seen.env).toMatchObject({
        BOT_CRON_SOURCE: "cron",
        BOT_CRON_JOB: "j",
        BOT_CRON_PERSONA: "developer",
        BOT_CRON_SCHEDULED_AT: "2026-01-26T09:00:00-05:00",
        BOT_CRON_INPUTS: "{\"days\":5}"
      })
      expect(seen.cwd).toBe(dir)
      // the session log keeps the whole stream
      expect(readFileSync(result.logFile, "utf8")).toMatch(
        /^# job: j\n# skill: coffee\n[\s\S]*"type":"system","subtype":"init"[\s\S]*"type":"result"[\s\S]*\n---\n# ended: .*\n# exit: code 0\n$/
      )
      expect(statSync(result.logFile).mode & 0o777).toBe(0o600)
    }))

  it.live("claude options become flags, the persona goes to --append-system-prompt; a retry can --resume", () =>
    Effect.gen(function*() {
      yield* runJob(
        {
          persona: "a careful reviewer",
          claude: {
            model: "opus",
            max_turns: 8,
            append_system_prompt: "You are {{persona}}.",
            allowed_tools: ["Bash(git log:*)", "Read"],
            disallowed_tools: ["Write"],
            mcp_config: "mcp.json",
            bare: true,
            args: ["--add-dir", "/srv/notes"]
          }
        },
        "cron",
        { schedules: { claude: { fallback_model: "sonnet", max_budget_usd: 0.5, permission_mode: "dontAsk", args: ["--verbose"] } } }
      )
      const seen = lastCall()
      expect(seen.argv.slice(6)).toEqual([
        "--model",
        "opus",
        "--fallback-model",
        "sonnet",
        "--max-turns",
        "8",
        "--max-budget-usd",
        "0.5",
        "--append-system-prompt",
        "You are a careful reviewer.",
        "--allowedTools",
        "Bash(git log:*)",
        "--allowedTools",
        "Read",
        "--disallowedTools",
        "Write",
        "--permission-mode",
        "dontAsk",
        "--mcp-config",
        "mcp.json",
        "--strict-mcp-config",
        "--bare",
        "--verbose",
        "--add-dir",
        "/srv/notes"
      ])
      const previous = claudeSessionUuid("j", 0, 1)
      yield* runJob({}, "cron", { claudeSession: { id: claudeSessionUuid("j", 0, 2), resume: previous } })
      const resumed = lastCall()
      expect(resumed.argv.slice(4, 6)).toEqual(["--resume", previous])
      expect(resumed.argv).not.toContain("--session-id")
      expect(resumed.stdin).toBe(RESUME_PROMPT)
    }))

  it.live("inputs with quotes, ; and $(...) reach the child as data, never through a shell", () =>
    Effect.gen(function*() {
      const pwned = join(dir, "pwned")
      const evil = { a: `'; touch ${pwned}; '`, b: `$(touch ${pwned})`, c: "`touch " + pwned + "`" }
      const result = yield* runJob({ skill: `x$(touch ${pwned})`, inputs: evil })
      expect(result.status).toBe("success")
      const seen = lastCall()
      expect(seen.stdin).toContain(JSON.stringify(evil))
      expect(seen.argv.join(" ")).not.toContain("touch")
      expect(JSON.parse(seen.env["BOT_CRON_INPUTS"]!)).toEqual(evil)
      expect(existsSync(pwned)).toBe(false)
    }))

  // what each recorded transcript is, decided from the stream, not the exit code
  const classes: ReadonlyArray<readonly [string, Record<string, unknown>, RegExp | null]> = [
    ["error-exit0", { status: "failure", exitCode: 0, retryable: true }, /^Claude API error 500: API Error: 500/],
    ["error-exit1", { status: "failure", exitCode: 1, retryable: true }, /^claude reported error_during_execution$/],
    ["overloaded", { status: "failure", retryable: true }, /^Claude API error 529 \(overloaded\)/],
    [
      "max-turns",
      { status: "failure", retryable: false, claude: { num_turns: 4, cost_usd: 0.12 } },
      /^stopped at max_turns after 4 turns$/
    ],
    ["max-budget", { status: "failure", retryable: false }, /^stopped at max_budget_usd after spending \$0\.53$/],
    [
      "permission-denied",
      { status: "failure", retryable: false, claude: { permission_denials: 1 } },
      /^permission denied: 1 tool call was refused/
    ],
    ["auth", { status: "failure", retryable: false }, /^Claude authentication failed \(401\): Invalid API key/],
    ["mcp-failed-success", { status: "success", exitCode: 1, outputPreview: "Done without the GitHub server." }, null],
    ["rate-limited", { status: "rate_limited", exitCode: 1 }, /^Claude usage limit reached \(five_hour\); it resets at /]
  ]
  for (const [scenario, expected, error] of classes) {
    it.live(`transcript ${scenario}: ${String(expected["status"])}${expected["retryable"] === false ? ", not retried" : ""}`, () =>
      Effect.gen(function*() {
        const before = Date.now()
        const result = yield* runJob({ inputs: { scenario } })
        expect(result).toMatchObject(expected)
        if (error === null) expect(result.error).toBeNull()
        else expect(result.error).toMatch(error)
        if (scenario === "rate-limited") {
          // the rate_limit_event's resetsAt (3 s after the fake started, in whole seconds) and a 5 s margin
          expect(result.resetsAt).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000 + 3000 + 5000)
          expect(result.resetsAt).toBeLessThanOrEqual(Date.now() + 3000 + 5000)
        }
      }))
  }

  it.live("a limit printed as text (no stream): tried again a minute after the wall time it names, in its zone", () =>
    Effect.gen(function*() {
      const result = yield* runJob({ inputs: { scenario: "limit-text" } })
      expect(result.status).toBe("rate_limited")
      const at = new Date(result.resetsAt!)
      expect(new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Berlin", hour: "2-digit", minute: "2-digit" }).format(at)).toBe("13:01")
      expect(result.resetsAt! - Date.now()).toBeLessThanOrEqual(24 * 3600_000 + 60_000)
      expect(result.error).toMatch(/^Claude usage limit reached; it resets at \d{4}-\d\d-\d\dT\d\d:00:00\.000Z$/)
    }))

  it.effect("a claude run with no stream line for idle_timeout_seconds is hung: its group is ended (TestClock)", () =>
    Effect.gen(function*() {
      const running = yield* Effect.fork(runJob({ inputs: { scenario: "hang" }, claude: { idle_timeout_seconds: 30 } }))
      // the init line is in the session log: the executor has read it (the log is written as the stream is read)
      const logs = join(dir, "cron_logs")
      const hangLog = () =>
        (existsSync(logs) ? readdirSync(logs) : [])
          .map((f) => readFileSync(join(logs, f), "utf8"))
          .find((text) => text.includes(String.raw`scenario\":\"hang`) && text.includes(`"subtype":"init"`))
      yield* eventually(() => hangLog() !== undefined)
      const pid = lastCall().pid
      yield* TestClock.adjust("29 seconds")
      expect(alive(pid)).toBe(true)
      yield* TestClock.adjust("1 second")
      const result = yield* Fiber.join(running)
      expect(result).toMatchObject({ status: "hung", retryable: false })
      expect(result.error).toMatch(/^hung: no output for 30 s \(idle_timeout_seconds\)/)
      expect(alive(pid)).toBe(false)
    }))

  it.live("python_script: inputs as JSON on stdin, script relative to config.json's folder, args after it", () =>
    Effect.gen(function*() {
      const name = script("echo_inputs.py", "import json, sys\nprint(json.dumps({'inputs': json.load(sys.stdin), 'args': sys.argv[1:]}))\n")
      const result = yield* runJob({
        execution_mode: "python_script",
        script: name,
        args: ["--fast"],
        inputs: { q: "it's \"quoted\"\nnewline" }
      })
      expect(result.status).toBe("success")
      expect(JSON.parse(result.outputPreview)).toEqual({ inputs: { q: "it's \"quoted\"\nnewline" }, args: ["--fast"] })
    }))

  it.live("a failing script reports its exit code and stderr tail", () =>
    Effect.gen(function*() {
      const name = script("fail.py", "import sys\nprint('partial')\nprint('boom: disk full', file=sys.stderr)\nsys.exit(3)\n")
      const result = yield* runJob({ execution_mode: "python_script", script: name })
      expect(result).toMatchObject({
        status: "failure",
        exitCode: 3,
        outputPreview: "partial",
        error: "exited with code 3: boom: disk full"
      })
    }))

  it.live("a missing script or a missing claude is a failure that says so", () =>
    Effect.gen(function*() {
      const noScript = yield* runJob({ execution_mode: "python_script", script: "missing.py" })
      expect(noScript.status).toBe("failure")
      expect(noScript.error).toMatch(/^exited with code 2: .*missing\.py.*No such file or directory/)
      const saved = process.env["PATH"]
      process.env["PATH"] = "/nonexistent"
      const noClaude = yield* runJob({ skill: "s" }).pipe(Effect.ensuring(Effect.sync(() => (process.env["PATH"] = saved))))
      expect(noClaude).toMatchObject({ status: "failure", exitCode: null, error: "cannot start claude: spawn claude ENOENT" })
    }))

  it.effect("a job that outlives timeout_seconds is killed with its grandchildren, by SIGTERM alone (TestClock)", () =>
    Effect.gen(function*() {
      const pidFile = join(dir, "grandchild.pid")
      const name = script(
        "hang.py",
        `import subprocess, time\np = subprocess.Popen(["sleep", "300"])\nopen(${
          JSON.stringify(pidFile)
        }, "w").write(str(p.pid))\ntime.sleep(300)\n`
      )
      const running = yield* Effect.fork(runJob({ execution_mode: "python_script", script: name, timeout_seconds: 1 }))
      yield* eventually(() => existsSync(pidFile) && readFileSync(pidFile, "utf8") !== "")
      yield* TestClock.adjust("1 second")
      // the kill grace is on the TestClock too, and never advanced: only SIGTERM can end this run
      const result = yield* Fiber.join(running)
      expect(result).toMatchObject({ status: "timeout", error: "timed out after 1 s" })
      const grandchild = Number(readFileSync(pidFile, "utf8"))
      expect(grandchild).toBeGreaterThan(0)
      expect(alive(grandchild)).toBe(false)
    }))

  it.effect("a job that ignores SIGTERM is SIGKILLed when the 10 s grace has passed on the Clock", () =>
    Effect.gen(function*() {
      const marks = join(dir, "stubborn.marks")
      const name = script(
        "stubborn.py",
        `import os, signal, time\nMARKS = ${JSON.stringify(marks)}\n` +
          `signal.signal(signal.SIGTERM, lambda *_: open(MARKS, "a").write("term\\n"))\n` +
          `open(MARKS, "a").write(f"ready {os.getpid()}\\n")\nwhile True: time.sleep(1)\n`
      )
      const text = () => (existsSync(marks) ? readFileSync(marks, "utf8") : "")
      const running = yield* Effect.fork(runJob({ execution_mode: "python_script", script: name, timeout_seconds: 1 }))
      yield* eventually(() => text().includes("ready"))
      const pid = Number(/ready (\d+)/.exec(text())?.[1])
      yield* TestClock.adjust("1 second") // the timeout: SIGTERM, which it ignores
      yield* eventually(() => text().includes("term"))
      const termAt = yield* Clock.currentTimeMillis
      yield* sleepingUntil(termAt + KILL_GRACE_MS)
      yield* TestClock.adjust(KILL_GRACE_MS - 1)
      expect(alive(pid)).toBe(true)
      yield* TestClock.adjust(1)
      const result = yield* Fiber.join(running)
      expect(result.status).toBe("timeout")
      expect(alive(pid)).toBe(false)
    }))

  it.effect("a job whose child escapes with setsid is still ended at its timeout (found by its session id)", () =>
    Effect.gen(function*() {
      const pidFile = join(dir, "escaped.pid")
      const name = script(
        "escape.py",
        `import os, subprocess, time\n` +
          `p = subprocess.Popen(["sleep", "300"], start_new_session=True)\n` +
          `open(${JSON.stringify(pidFile)}, "w").write(str(p.pid))\ntime.sleep(300)\n`
      )
      const running = yield* Effect.fork(runJob({ execution_mode: "python_script", script: name, timeout_seconds: 1 }))
      yield* eventually(() => existsSync(pidFile) && readFileSync(pidFile, "utf8") !== "")
      const escaped = Number(readFileSync(pidFile, "utf8"))
      expect(alive(escaped)).toBe(true)
      yield* TestClock.adjust("1 second")
      const result = yield* Fiber.join(running)
      expect(result.status).toBe("timeout")
      yield* eventually(() => !alive(escaped))
      expect(readFileSync(result.logFile, "utf8")).toContain(`# ended 1 process that had left the job's process group: ${escaped}`)
    }))

  it.live("a run is not over while its process group has members: a child left running is waited for", () =>
    Effect.gen(function*() {
      const done = join(dir, "child.done")
      const child = script("slow_child.py", `import time\ntime.sleep(1)\nopen(${JSON.stringify(done)}, "w").write("x")\n`)
      const name = script(
        "leave.py",
        `import subprocess, sys\n` +
          `subprocess.Popen([sys.executable, ${
            JSON.stringify(join(dir, child))
          }], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)\n` +
          `print("leader done")\n`
      )
      const result = yield* runJob({ execution_mode: "python_script", script: name })
      expect(result).toMatchObject({ status: "success", error: null })
      // the child's work was finished when the run was: the leader's exit alone did not end it
      expect(existsSync(done)).toBe(true)
    }))

  it.live("10 MB of output goes to the log; only a bounded tail stays in memory", () =>
    Effect.gen(function*() {
      const name = script("loud.py", "import sys\nline = 'x' * 99 + '\\n'\nfor i in range(100_000): sys.stdout.write(line)\nprint('END')\n")
      const logFile = join(dir, "loud.log")
      const outcome = yield* runProcess({
        argv: ["python3", join(dir, name)],
        cwd: dir,
        env: process.env,
        stdin: "",
        logFile,
        header: ["# loud"],
        now: () => "now"
      })
      expect(outcome.exitCode).toBe(0)
      expect(outcome.stdoutTail.length).toBeLessThanOrEqual(TAIL_BYTES)
      expect(outcome.stdoutTail.endsWith("END\n")).toBe(true)
      expect(statSync(logFile).size).toBeGreaterThan(10_000_000)
      const result = yield* runJob({ execution_mode: "python_script", script: name })
      expect(result.outputPreview.length).toBeLessThanOrEqual(500)
      expect(result.outputPreview.endsWith("END")).toBe(true)
    }))
})
