import { it } from "@effect/vitest"
import dbus from "dbus-next"
import { Clock, Effect, Fiber, Layer, TestClock } from "effect"
import { spawn } from "node:child_process"
import { readFileSync } from "node:fs"
import { createServer, type IncomingMessage, type Server } from "node:http"
import type { AddressInfo } from "node:net"
import { join } from "node:path"
import { SMTPServer } from "smtp-server"
import { afterAll, beforeAll, describe, expect } from "vitest"
import { parse } from "yaml"
import type { RunRecord } from "../src/domain/events.js"
import { decideRun, isReported, testNotice } from "../src/domain/notice.js"
import { Notifier } from "../src/layers/Notifier.js"
import { sendDesktop } from "../src/layers/notify/desktop.js"
import { sendEmail } from "../src/layers/notify/email.js"
import { appendMemory } from "../src/layers/notify/memory.js"
import { sendSlack, SLACK_ATTEMPTS } from "../src/layers/notify/slack.js"
import { Scheduler } from "../src/layers/Scheduler.js"
import { Targets } from "../src/layers/Targets.js"
import { bundleScript } from "./support/bundle.js"
import { tempDir } from "./support/cli.js"
import { connect, startBus } from "./support/dbus.js"
import { type Call, recordingExecutor, schedulerHarness } from "./support/harness.js"
import { sleepingUntil } from "./support/wait.js"

const dir = tempDir()
afterAll(() => dir.remove())

const run = (status: RunRecord["status"], i = 0): RunRecord => ({
  job: "backup",
  execution_id: `cron-backup-${i}`,
  source: "cron",
  scheduled_at: 0,
  started_at: 0,
  completed_at: 1_500,
  status,
  attempts: 1,
  exit_code: status === "success" ? 0 : 1,
  output_preview: "",
  error: status === "success" ? null : "exited with code 1: disk full",
  log_file: "/logs/x.log"
})

/** An HTTP server on 127.0.0.1 answering with the statuses given, in order, then 200. */
const slackServer = (answers: Array<{ status: number; headers?: Record<string, string> }>) =>
  new Promise<{ server: Server; url: string; bodies: Array<unknown> }>((resolve) => {
    const bodies: Array<unknown> = []
    const server = createServer((req: IncomingMessage, res) => {
      let text = ""
      req.on("data", (d) => (text += d))
      req.on("end", () => {
        bodies.push(JSON.parse(text))
        const answer = answers.shift() ?? { status: 200 }
        res.writeHead(answer.status, answer.headers ?? {})
        res.end(answer.status === 200 ? "ok" : "nope")
      })
    })
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo
      resolve({ server, url: `http://127.0.0.1:${port}/services/T000/B000/SECRETSECRET`, bodies })
    })
  })

describe("rate limit", () => {
  it("reports the 1st, 2nd, 4th, 8th … failure in a row, and the recovery always", () => {
    expect([1, 2, 3, 4, 5, 8, 9, 16].map(isReported)).toEqual([true, true, false, true, false, true, false, true])
    let streak = 0
    const sent: Array<string> = []
    for (let i = 1; i <= 10; i++) {
      const d = decideRun(run("failure", i), ["failure"], streak)
      streak = d.streak
      if (d.notice) sent.push(d.notice.lines.at(-1) ?? "")
    }
    const recovery = decideRun(run("success", 11), ["failure"], streak)
    expect(sent).toHaveLength(4)
    expect(recovery.notice?.kind).toBe("recovery")
    expect(recovery.notice?.lines.at(-1)).toBe("it had failed 10 times in a row")
    expect(decideRun(run("success"), ["failure"], 0).notice).toBeUndefined()
    expect(decideRun(run("success"), ["always"], 0).notice?.kind).toBe("success")
  })
})

describe("slack target (HTTP server on 127.0.0.1)", () => {
  it.live("posts the job, status, duration, session id and an error excerpt as JSON", () =>
    Effect.gen(function*() {
      const { server, url, bodies } = yield* Effect.promise(() => slackServer([]))
      process.env["TEST_SLACK_URL"] = url
      const notice = decideRun(run("failure"), ["failure"], 0).notice!
      const detail = yield* sendSlack({ webhook_url_env: "TEST_SLACK_URL", channel: "#ops", timeout_seconds: 5 }, notice, dir.path)
      server.close()
      expect(detail).toBe("posted (HTTP 200)")
      expect(bodies).toEqual([
        {
          channel: "#ops",
          text:
            "*bot-cron: backup failed*\n• job: backup\n• status: failure after 1 attempt, 1.5 s\n• session: cron-backup-0\n• error: exited with code 1: disk full\n• log: /logs/x.log"
        }
      ])
    }))

  it.effect("a 429 with Retry-After is retried after that delay (TestClock)", () =>
    Effect.gen(function*() {
      const { server, url, bodies } = yield* Effect.promise(() => slackServer([{ status: 429, headers: { "retry-after": "30" } }]))
      const sending = yield* Effect.fork(sendSlack({ webhook_url: url, timeout_seconds: 5 }, testNotice("slack"), dir.path))
      // the answer is read and the retry armed on the TestClock, 30 s ahead (the request's own timeout is 5 s)
      yield* sleepingUntil((yield* Clock.currentTimeMillis) + 30_000)
      yield* TestClock.adjust("29 seconds")
      expect(bodies).toHaveLength(1)
      yield* TestClock.adjust("1 second")
      expect(yield* Fiber.join(sending)).toBe("posted (HTTP 200)")
      expect(bodies).toHaveLength(2)
      server.close()
    }))

  it.effect("a 500 gives up after the bound, and the error never shows the URL", () =>
    Effect.gen(function*() {
      const { server, url, bodies } = yield* Effect.promise(() => slackServer(Array.from({ length: 10 }, () => ({ status: 500 }))))
      const sending = yield* Effect.fork(Effect.flip(sendSlack({ webhook_url: url, timeout_seconds: 5 }, testNotice("slack"), dir.path)))
      // each answer is read and the next try armed on the TestClock (1 s, 2 s, 4 s); then it gives up
      for (const delay of [1_000, 2_000, 4_000].slice(0, SLACK_ATTEMPTS - 1)) {
        yield* sleepingUntil((yield* Clock.currentTimeMillis) + delay)
        yield* TestClock.adjust(delay)
      }
      const error = yield* Fiber.join(sending)
      server.close()
      expect(bodies).toHaveLength(SLACK_ATTEMPTS)
      expect(error.message).toBe("slack: HTTP 500: nope (gave up after 4 attempts)")
      expect(error.message).not.toContain("SECRET")
    }))
})

describe("desktop target (fake org.freedesktop.Notifications on a private bus)", () => {
  it.live("calls Notify with app name bot-cron, the summary and body, and critical urgency for failures", () =>
    Effect.gen(function*() {
      const bus = startBus(dir.path, "desktop")
      const calls: Array<Array<unknown>> = []
      const service = yield* Effect.promise(() => connect(bus.address))
      class Notifications extends dbus.interface.Interface {
        Notify(...args: Array<unknown>) {
          calls.push(args)
          return 7
        }
      }
      Notifications.configureMembers({ methods: { Notify: { inSignature: "susssasa{sv}i", outSignature: "u" } } })
      yield* Effect.promise(() => service.requestName("org.freedesktop.Notifications", 4))
      service.export("/org/freedesktop/Notifications", new Notifications("org.freedesktop.Notifications"))
      const notice = decideRun(run("failure"), ["failure"], 0).notice!
      const detail = yield* sendDesktop(notice, bus.address)
      service.disconnect()
      bus.stop()
      expect(detail).toBe("shown (notification 7)")
      const [app, replaces, icon, summary, body, actions, hints, timeout] = calls[0]!
      expect([app, replaces, icon, summary, actions, timeout]).toEqual(["bot-cron", 0, "", "bot-cron: backup failed", [], -1])
      expect(body).toContain("error: exited with code 1: disk full")
      expect((hints as Record<string, dbus.Variant>)["urgency"]?.value).toBe(2)
    }))
})

describe("email target (SMTP server on 127.0.0.1)", () => {
  it.live("delivers with AUTH, the password read from an environment variable", () =>
    Effect.gen(function*() {
      const received: Array<{ user: string; pass: string; data: string; to: Array<string> }> = []
      let auth = { user: "", pass: "" }
      const server = new SMTPServer({
        authOptional: false,
        allowInsecureAuth: true,
        disabledCommands: ["STARTTLS"],
        logger: false,
        onAuth(a, _session, cb) {
          auth = { user: a.username ?? "", pass: a.password ?? "" }
          cb(a.username === "bot" && a.password === "s3cret" ? null : new Error("bad credentials"), { user: a.username })
        },
        onData(stream, session, cb) {
          let data = ""
          stream.on("data", (d) => (data += d))
          stream.on("end", () => {
            received.push({ ...auth, data, to: session.envelope.rcptTo.map((r) => r.address) })
            cb()
          })
        }
      })
      const port = yield* Effect.promise(() =>
        new Promise<number>((resolve) => server.listen(0, "127.0.0.1", () => resolve((server.server.address() as AddressInfo).port)))
      )
      process.env["TEST_SMTP_PASSWORD"] = "s3cret"
      const settings = {
        host: "127.0.0.1",
        port,
        starttls: false,
        from: "bot-cron@example.org",
        to: ["me@example.org"] as const,
        username: "bot",
        password_env: "TEST_SMTP_PASSWORD",
        timeout_seconds: 5
      }
      const detail = yield* sendEmail(settings, decideRun(run("failure"), ["failure"], 0).notice!, dir.path)
      const wrong = yield* Effect.flip(sendEmail({ ...settings, password_env: "NO_SUCH_VARIABLE_HERE" }, testNotice("email"), dir.path))
      yield* Effect.promise(() => new Promise<void>((r) => server.close(() => r())))
      expect(detail).toMatch(/^sent to me@example.org \(250 /)
      expect(received).toHaveLength(1)
      expect(received[0]).toMatchObject({ user: "bot", pass: "s3cret", to: ["me@example.org"] })
      expect(received[0]?.data).toContain("Subject: bot-cron: backup failed")
      expect(received[0]?.data).toContain("error: exited with code 1: disk full")
      expect(wrong.message).toBe("email: the environment variable NO_SUCH_VARIABLE_HERE (the SMTP password) is not set")
    }))
})

describe("memory target", () => {
  let writer = ""
  beforeAll(async () => {
    writer = await bundleScript(new URL("./support/memory-writer.ts", import.meta.url), "memory-writer.mjs")
  })

  it.live("leaves valid YAML in the upstream format after 50 concurrent appends from each of two processes", () =>
    Effect.gen(function*() {
      const memory = join(dir.path, "memory")
      const spawnWriter = (who: string) =>
        new Promise<number | null>((resolve) =>
          spawn(process.execPath, [writer, memory, who, "50"], { stdio: "inherit" }).once("exit", resolve)
        )
      const codes = yield* Effect.promise(() => Promise.all([spawnWriter("a"), spawnWriter("b")]))
      expect(codes).toEqual([0, 0])
      const day = parse(readFileSync(join(memory, "sessions", "2026-11-27.yaml"), "utf8"))
      expect(day.date).toBe("2026-11-27")
      expect(day.entries).toHaveLength(100)
      expect(day.entries[0]).toMatchObject({ time: "12:00:00", action: "cron: test" })
      expect(new Set(day.entries.map((e: { details: { who: string; i: number } }) => `${e.details.who}${e.details.i}`)).size).toBe(100)
    }))

  it.effect("a long line (an error, a preview) stays on one line of the YAML", () =>
    Effect.gen(function*() {
      const memory = join(dir.path, "memory-long")
      const error = `exited with code 1: ${"Traceback line that goes on and on ".repeat(12)}`
      yield* appendMemory(memory, "2026-11-28T09:00:00+00:00", "cron: failed", { error })
      const text = readFileSync(join(memory, "sessions", "2026-11-28.yaml"), "utf8")
      expect(text.split("\n").filter((line) => line.includes("Traceback"))).toHaveLength(1)
      expect(parse(text).entries[0].details.error).toBe(error)
    }))
})

describe("Notifier end to end on TestClock", () => {
  it.scoped("a job failing 10 times in a row sends 4 failure messages and one recovery", () => {
    const calls: Array<Call> = []
    const jobs = [{ name: "backup", cron: "*/5 * * * *", skill: "s", notify: ["memory"], notify_on: "failure" }]
    const h = schedulerHarness({ jobs }, recordingExecutor(calls, { fails: () => calls.length <= 10 }))
    return Effect.gen(function*() {
      yield* TestClock.setTime(Date.parse("2026-11-27T08:59:00Z"))
      yield* (yield* Scheduler).reconcile
      yield* TestClock.adjust("56 minutes") // fires 09:00 … 09:55: 10 failures, then a success
      // memory writes are real file I/O: closing the scope waits for the Notifier's deliveries
    }).pipe(
      Effect.scoped,
      Effect.provide(Notifier.pipe(Layer.provideMerge(Targets.layer()), Layer.provideMerge(h))),
      Effect.andThen(() => {
        expect(calls).toHaveLength(12)
        const day = parse(readFileSync(join(h.dir, "memory", "sessions", "2026-11-27.yaml"), "utf8"))
        expect(day.entries.map((e: { action: string }) => e.action)).toEqual([
          "cron: backup failed",
          "cron: backup failed",
          "cron: backup failed",
          "cron: backup failed",
          "cron: backup recovered"
        ])
      })
    )
  })
})
