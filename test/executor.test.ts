import { it } from "@effect/vitest"
import { Clock, Effect, Fiber, TestClock } from "effect"
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { afterAll, beforeAll, describe, expect } from "vitest"
import { resolveJob } from "../src/domain/config.js"
import { sessionContext } from "../src/domain/session.js"
import { Executor } from "../src/layers/Executor.js"
import { KILL_GRACE_MS, runProcess, TAIL_BYTES } from "../src/layers/executor/process.js"
import { decodeConfig, executionLayer, testDir } from "./support/harness.js"
import { eventually, sleepingUntil } from "./support/wait.js"

const dir = testDir("bot-cron-exec-")
const bin = join(dir, "bin")
const record = join(dir, "claude-record.json")
const savedPath = process.env["PATH"]

beforeAll(() => {
  mkdirSync(bin)
  // a fake `claude` that records what it was given
  writeFileSync(
    join(bin, "claude"),
    `#!/usr/bin/env python3
import json, os, sys
json.dump({"argv": sys.argv[1:], "cwd": os.getcwd(), "stdin": sys.stdin.read(),
           "env": {k: v for k, v in os.environ.items() if k.startswith("BOT_CRON_")}},
          open(${JSON.stringify(record)}, "w"))
print("claude did it")
`
  )
  chmodSync(join(bin, "claude"), 0o755)
  process.env["PATH"] = `${bin}:${savedPath}`
})
afterAll(() => {
  process.env["PATH"] = savedPath
})

const script = (name: string, body: string) => {
  writeFileSync(join(dir, name), body)
  return name
}

const layer = executionLayer(dir)

const runJob = (job: Record<string, unknown>, source: "cron" | "manual" = "cron") =>
  Effect.gen(function*() {
    const config = decodeConfig({ timezone: "America/New_York", jobs: [{ name: "j", cron: "0 9 * * *", ...job }] })
    const resolved = resolveJob(config.schedules, config.schedules.jobs[0]!)
    const id = `cron-test-${Math.random().toString(36).slice(2)}`
    const context = sessionContext(resolved, id, source, Date.parse("2026-01-26T14:00:00Z"))
    return yield* Effect.scoped((yield* Executor).start({ job: resolved, context, attemptId: id, attempt: 1 }))
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
  it.live("claude_cli: argv is [claude, --print, prompt]; session context in the environment", () =>
    Effect.gen(function*() {
      const result = yield* runJob({ skill: "coffee", persona: "developer", inputs: { days: 5 } })
      expect(result).toMatchObject({ status: "success", exitCode: 0, outputPreview: "claude did it", error: null })
      const seen = JSON.parse(readFileSync(record, "utf8"))
      expect(seen.argv[0]).toBe("--print")
      expect(seen.argv).toHaveLength(2)
      expect(seen.argv[1]).toBe(
        "Run the skill \"coffee\" as persona \"developer\" for the scheduled job \"j\" (session " +
          `${seen.env.BOT_CRON_SESSION_ID}, source cron, scheduled at 2026-01-26T09:00:00-05:00). Inputs as JSON: {"days":5}`
      )
      expect(seen.env).toMatchObject({
        BOT_CRON_SOURCE: "cron",
        BOT_CRON_JOB: "j",
        BOT_CRON_PERSONA: "developer",
        BOT_CRON_SCHEDULED_AT: "2026-01-26T09:00:00-05:00",
        BOT_CRON_INPUTS: "{\"days\":5}"
      })
      expect(seen.cwd).toBe(dir)
      expect(seen.stdin).toBe("")
      expect(readFileSync(result.logFile, "utf8")).toMatch(
        /^# job: j\n# skill: coffee\n[\s\S]*claude did it\n---\n# ended: .*\n# exit: code 0\n$/
      )
      expect(statSync(result.logFile).mode & 0o777).toBe(0o600)
    }))

  it.live("inputs with quotes, ; and $(...) reach the child as data, never through a shell", () =>
    Effect.gen(function*() {
      const pwned = join(dir, "pwned")
      const evil = { a: `'; touch ${pwned}; '`, b: `$(touch ${pwned})`, c: "`touch " + pwned + "`" }
      const result = yield* runJob({ skill: `x$(touch ${pwned})`, inputs: evil })
      expect(result.status).toBe("success")
      const seen = JSON.parse(readFileSync(record, "utf8"))
      expect(seen.argv[1]).toContain(JSON.stringify(evil))
      expect(JSON.parse(seen.env.BOT_CRON_INPUTS)).toEqual(evil)
      expect(existsSync(pwned)).toBe(false)
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
