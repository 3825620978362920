import { it } from "@effect/vitest"
import { Effect } from "effect"
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs"
import { createServer, type Server } from "node:http"
import type { AddressInfo } from "node:net"
import { join } from "node:path"
import { afterAll, beforeAll, describe, expect } from "vitest"
import { resolveJob } from "../src/domain/config.js"
import { sessionContext } from "../src/domain/session.js"
import { makeCalendar } from "../src/domain/time.js"
import { Executor } from "../src/layers/Executor.js"
import { SkillEngine } from "../src/layers/SkillEngine.js"
import { runCli, tempDir } from "./support/cli.js"
import { decodeConfig, executionLayer } from "./support/harness.js"

const calendar = makeCalendar()

const dir = tempDir()
const skills = join(dir.path, "skills")
mkdirSync(skills, { recursive: true })
copyFileSync(new URL("./fixtures/skills/coffee.yaml", import.meta.url), join(skills, "coffee.yaml"))
const posts: Array<unknown> = []
let server: Server
let webhook = ""

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = ""
    req.on("data", (d) => (body += d))
    req.on("end", () => {
      posts.push(JSON.parse(body))
      res.end("ok")
    })
  })
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()))
  webhook = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/secret`
})
afterAll(() => {
  server.close()
  dir.remove()
})

const skill = (name: string, yaml: string) => writeFileSync(join(skills, `${name}.yaml`), yaml)

/** Runs a skill_direct job through the real Executor, as the daemon would. */
const runSkillJob = (job: Record<string, unknown>, source: "cron" | "manual" = "cron", extra: Record<string, unknown> = {}) =>
  Effect.gen(function*() {
    const schedules = {
      timezone: "UTC",
      execution_mode: "skill_direct",
      notifications: { slack: { webhook_url: webhook } },
      jobs: [{ name: "j", cron: "0 9 * * *", ...job }],
      ...extra
    }
    const config = decodeConfig(schedules)
    const resolved = resolveJob(config.schedules, config.schedules.jobs[0]!)
    const id = `cron-skill-${Math.random().toString(36).slice(2)}`
    const context = sessionContext(calendar, resolved, id, source, Date.parse("2026-01-26T09:00:00Z"))
    return yield* Effect.flatMap(Executor, (e) => Effect.scoped(e.start({ job: resolved, context, attemptId: id, attempt: 1 }))).pipe(
      Effect.provide(executionLayer(dir.path, schedules))
    )
  })

describe("skill_direct", () => {
  it.live("the seed's coffee skill posts \"Good morning!\" to #standup from cron, and nothing when run manually", () =>
    Effect.gen(function*() {
      const cron = yield* runSkillJob({ skill: "coffee", persona: "developer" }, "cron")
      expect(cron).toMatchObject({ status: "success", error: null })
      expect(posts).toEqual([{ text: "Good morning!", channel: "#standup" }])
      const manual = yield* runSkillJob({ skill: "coffee" }, "manual")
      expect(manual.status).toBe("success")
      expect(posts).toHaveLength(1)
    }))

  it.live("a compute step's variables feed a later step's args", () =>
    Effect.gen(function*() {
      skill(
        "double",
        `name: double
inputs:
  - { name: n, type: integer, required: true }
steps:
  - id: calc
    compute: |
      doubled = inputs.n * 2
      label = "n=" + str(inputs.n)
  - id: echo
    run: ["python3", "-c", "import json, sys; print(json.dumps({'got': sys.argv[1:]}))", "{{ calc.doubled }}", "{{ calc.label }}"]
`
      )
      const result = yield* runSkillJob({ skill: "double", inputs: { n: 21 } })
      expect(result.status).toBe("success")
      expect(JSON.parse(result.outputPreview)).toEqual({ got: ["42", "n=21"] })
    }))

  it.live("steps see the seven BOT_CRON_* variables and no secret; the session log shows each step's code, not the helper", () =>
    Effect.gen(function*() {
      skill(
        "envy",
        `name: envy
steps:
  - id: calc
    compute: "total = 1 + 2"
  - id: env
    run: ["python3", "-c", "import json, os; print(json.dumps({k: v for k, v in os.environ.items() if k.startswith('BOT_CRON_') or k == 'HOOK_FOR_TEST'}))"]
`
      )
      process.env["HOOK_FOR_TEST"] = webhook
      // the webhook's variable is named as a secret in config: no step sees it
      const result = yield* runSkillJob({ skill: "envy", persona: "ops", inputs: { a: 1 } }, "cron", {
        notifications: { slack: { webhook_url_env: "HOOK_FOR_TEST" } }
      }).pipe(
        Effect.ensuring(Effect.sync(() => delete process.env["HOOK_FOR_TEST"]))
      )
      expect(result.status).toBe("success")
      const env = JSON.parse(result.outputPreview) as Record<string, string>
      expect(Object.keys(env).sort()).toEqual([
        "BOT_CRON_INPUTS",
        "BOT_CRON_JOB",
        "BOT_CRON_PERSONA",
        "BOT_CRON_SCHEDULED_AT",
        "BOT_CRON_SESSION_ID",
        "BOT_CRON_SKILL",
        "BOT_CRON_SOURCE"
      ])
      expect(env).toMatchObject({
        BOT_CRON_JOB: "j",
        BOT_CRON_SKILL: "envy",
        BOT_CRON_PERSONA: "ops",
        BOT_CRON_INPUTS: "{\"a\":1}",
        BOT_CRON_SOURCE: "cron"
      })
      const log = readFileSync(result.logFile, "utf8")
      expect(log).toContain("# step calc: compute \"total = 1 + 2\"\n")
      expect(log).not.toContain("class Namespace")
    }))

  it.live("no value becomes code in a compute step: every breakout payload is inert, in and out of strings", () =>
    Effect.gen(function*() {
      const pwned = join(dir.path, "PWNED")
      const touch = `__import__("os").system("touch ${pwned}")`
      const payloads = [
        `Big news"; ${touch}; x="`,
        `'; ${touch}; x='`,
        `'''; ${touch}; x='''`,
        `\\"; ${touch}; #`,
        `x\n${touch}\n`,
        `{${touch}}`
      ]
      skill(
        "inert",
        `name: inert
inputs:
  - { name: v, type: string, required: true }
steps:
  - id: c
    compute: |
      a = "{{ inputs.v }}"
      b = '{{ inputs.v }}'
      c = """{{ inputs.v }}"""
      d = {{ inputs.v }}
      e = f"<{{ inputs.v }}>"
      # {{ inputs.v }}
      is_cron = "{{ session.source }}" == "cron"
`
      )
      for (const v of payloads) {
        const result = yield* runSkillJob({ skill: "inert", inputs: { v } })
        expect(result).toMatchObject({ status: "success", error: null })
        // every placement reads the value back as the text it was
        expect(JSON.parse(result.outputPreview)).toEqual({ a: v, b: v, c: v, d: v, e: `<${v}>`, is_cron: true })
      }
      expect(existsSync(pwned)).toBe(false)
    }))

  it.live("a failing step stops the skill unless on_error is continue", () =>
    Effect.gen(function*() {
      const steps = (onError: string) =>
        `name: flaky
steps:
  - id: boom
    on_error: ${onError}
    run: "python3 -c 'import sys; sys.exit(3)'"
  - id: after
    run: ["python3", "-c", "print('{\\"reached\\": true}')"]
`
      skill("flaky", steps("fail"))
      const stopped = yield* runSkillJob({ skill: "flaky" })
      // no output: an empty preview, not the text "null"
      expect(stopped).toMatchObject({ status: "failure", error: "step boom: exited with code 3", outputPreview: "" })
      skill("flaky", steps("continue"))
      const carried = yield* runSkillJob({ skill: "flaky" })
      expect(carried.status).toBe("success")
      expect(JSON.parse(carried.outputPreview)).toEqual({ reached: true })
    }))

  it.live("an undefined variable is an error naming the step and the variable", () =>
    Effect.gen(function*() {
      skill("typo", `name: typo\nsteps:\n  - id: say\n    tool: memory_log\n    args:\n      action: "{{ inputs.gretting }}"\n`)
      const result = yield* runSkillJob({ skill: "typo", inputs: { greeting: "hi" } })
      expect(result).toMatchObject({
        status: "failure",
        error: "step say: undefined variable \"inputs.gretting\" in \"{{ inputs.gretting }}\""
      })
    }))

  it.live("inputs with quotes, newlines and {{ }} are passed as data and not rendered again", () =>
    Effect.gen(function*() {
      skill(
        "echo",
        `name: echo
steps:
  - id: echo
    run: "python3 -c 'import json, sys; print(json.dumps({\\"argv\\": sys.argv[1:]}))' {{ inputs.text }}"
`
      )
      const text = `it's "quoted"\nand {{ session.source }} $(touch /tmp/never)`
      const result = yield* runSkillJob({ skill: "echo", inputs: { text } })
      expect(result.status).toBe("success")
      expect(JSON.parse(result.outputPreview)).toEqual({ argv: [text] })
    }))

  it.live("inputs are checked against the declared ones, and an unknown tool is refused before any step runs", () =>
    Effect.gen(function*() {
      skill(
        "typed",
        `name: typed\ninputs:\n  - { name: days, type: integer, required: true }\nsteps:\n  - id: a\n    tool: memory_log\n    args: { action: x }\n`
      )
      expect((yield* runSkillJob({ skill: "typed" })).error).toBe("skill typed: input \"days\" is required (integer)")
      expect((yield* runSkillJob({ skill: "typed", inputs: { days: "five" } })).error).toBe(
        "skill typed: input \"days\" must be an integer, got \"five\""
      )
      skill(
        "badtool",
        `name: badtool\nsteps:\n  - id: first\n    run: ["python3", "-c", "open('${
          join(dir.path, "ran")
        }', 'w')"]\n  - id: second\n    tool: teleport\n`
      )
      const refused = yield* runSkillJob({ skill: "badtool" })
      expect(refused.error).toContain(
        "steps[1] (second).tool: unknown tool \"teleport\"; the built-in tools are memory_log, notify, slack_send_message, http_request"
      )
      expect(existsSync(join(dir.path, "ran"))).toBe(false)
    }))

  it.live("the notify tool refuses a target that is not one (no silent ok)", () =>
    Effect.gen(function*() {
      skill("pager", `name: pager\nsteps:\n  - id: page\n    tool: notify\n    args: { target: pager, message: wake up }\n`)
      const result = yield* runSkillJob({ skill: "pager" })
      expect(result.status).toBe("failure")
      expect(result.error).toContain("unknown notify target \"pager\"; expected memory, slack, desktop or email")
    }))

  it.live("a skill file with a YAML syntax error gives line and column", () =>
    Effect.gen(function*() {
      skill("broken", "name: broken\nsteps:\n  - id: a\n    run: [unclosed\n")
      const error = yield* Effect.flip(Effect.flatMap(SkillEngine, (e) => e.load("broken"))).pipe(
        Effect.provide(executionLayer(dir.path, { jobs: [] }))
      )
      expect(error.problems[0]).toMatch(/broken\.yaml: YAML syntax error at line 5, column 1: /)
    }))
})

describe("bot-cron skills (built binary)", () => {
  it("list shows each skill and whether it is valid; check exits 1 with the problems", () => {
    skill("broken", "name: broken\nsteps:\n  - id: a\n    run: [unclosed\n")
    const config = join(dir.path, "config.json")
    writeFileSync(config, JSON.stringify({ schedules: { timezone: "UTC", jobs: [] } }))
    const list = runCli(["skills", "list", "--config", config, "--state", join(dir.path, "s.json")])
    expect(list.status).toBe(0)
    expect(list.stdout).toMatch(/^SKILL\s+VALID\s+FILE\n/)
    expect(list.stdout).toMatch(/\ncoffee\s+yes\s+\S+coffee\.yaml\n/)
    expect(list.stdout).toMatch(/\nbroken\s+no \(1\)/)
    const one = runCli(["skills", "check", "coffee", "--config", config, "--state", join(dir.path, "s.json")])
    expect(one).toMatchObject({ status: 0, stdout: "coffee: valid\n" })
    const all = runCli(["skills", "check", "--config", config, "--state", join(dir.path, "s.json")])
    expect(all.status).toBe(1)
    expect(all.stderr).toContain("YAML syntax error at line 5, column 1")
  })
})
