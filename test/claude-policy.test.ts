import { it } from "@effect/vitest"
import { Clock, Effect, Layer, TestClock } from "effect"
import { readFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect } from "vitest"
import { parse } from "yaml"
import { budgetExhausted, costs } from "../src/domain/budget.js"
import { type ClaudeRunInfo, claudeSessionUuid } from "../src/domain/claude.js"
import { resolveJobs } from "../src/domain/config.js"
import type { JobEvent } from "../src/domain/events.js"
import { applyChanges, emptyState, spentBy, syncWithConfig, toHistoryEntry, withBudgetSkip } from "../src/domain/state.js"
import { makeCalendar } from "../src/domain/time.js"
import { type Attempt, type AttemptResult, Executor } from "../src/layers/Executor.js"
import { Notifier } from "../src/layers/Notifier.js"
import { Scheduler } from "../src/layers/Scheduler.js"
import { StateStore } from "../src/layers/StateStore.js"
import { Targets } from "../src/layers/Targets.js"
import { type Collected, collectEvents, decodeConfig, iso, schedulerHarness } from "./support/harness.js"

const calendar = makeCalendar()

const MINUTE = 60_000

interface ClaudeCall {
  readonly job: string
  readonly attempt: number
  readonly at: number
  readonly session: Attempt["claudeSession"]
}

const info = (cost: number, session: string): ClaudeRunInfo => ({
  session_id: session,
  model: "claude-sonnet-4-5",
  subtype: "success",
  cost_usd: cost,
  tokens: { input: 100, output: 10, cache_read: 1000, cache_write: 0 },
  num_turns: 2,
  permission_denials: 0
})

/** An Executor standing in for claude on TestClock: each attempt's result comes from `outcome`. */
const claudeExecutor = (
  calls: Array<ClaudeCall>,
  outcome: (call: ClaudeCall, n: number) => Partial<AttemptResult>,
  cost = 0.05
) =>
  Layer.succeed(
    Executor,
    Executor.of({
      start: (attempt: Attempt) =>
        Effect.gen(function*() {
          const call = {
            job: attempt.job.name,
            attempt: attempt.attempt,
            at: yield* Clock.currentTimeMillis,
            session: attempt.claudeSession
          }
          calls.push(call)
          const result: AttemptResult = {
            status: "success",
            exitCode: 0,
            outputPreview: "done",
            error: null,
            logFile: "/dev/null",
            claude: info(cost, attempt.claudeSession?.id ?? "none"),
            ...outcome(call, calls.length)
          }
          return result
        })
    })
  )

const claudeJob = (over: Record<string, unknown>) => ({ name: "j", cron: "0 * * * *", execution_mode: "claude_cli", ...over })

const run = <A>(
  start: string,
  schedules: Record<string, unknown>,
  executor: Layer.Layer<Executor>,
  body: (events: Collected) => Effect.Effect<A, never, Scheduler | StateStore>
) =>
  Effect.gen(function*() {
    yield* TestClock.setTime(Date.parse(start))
    const events = yield* collectEvents
    yield* (yield* Scheduler).reconcile
    return yield* body(events)
  }).pipe(Effect.scoped, Effect.provide(schedulerHarness(schedules, executor)))

const recorded = (events: ReadonlyArray<JobEvent>) => events.flatMap((e) => (e._tag === "RunRecorded" ? [e.run] : []))

/** Lets `ms` pass on the TestClock, then waits (no clock) until `n` runs are in the state file. */
const passThenRecorded = (events: Collected, ms: number, n: number) =>
  Effect.zipRight(TestClock.adjust(ms), events.waitUntil(() => recorded(events).length >= n))

describe("claude runs on TestClock: rate limits", () => {
  it.effect("a rate-limited run waits for the reset, without spending an attempt, then succeeds", () => {
    const calls: Array<ClaudeCall> = []
    const resetsAt = Date.parse("2026-01-01T09:11:00Z") // the reset with its margin, as the executor gives it
    const executor = claudeExecutor(
      calls,
      (_, n) => n === 1 ? { status: "rate_limited", exitCode: 1, error: "Claude usage limit reached", resetsAt } : {}
    )
    return run("2026-01-01T08:59:00Z", { jobs: [claudeJob({ retry: { max_attempts: 1 } })] }, executor, (events) =>
      Effect.gen(function*() {
        yield* passThenRecorded(events, 20 * MINUTE, 1)
        expect(calls.map((c) => iso(c.at))).toEqual(["2026-01-01T09:00:00Z", "2026-01-01T09:11:00Z"])
        expect(calls.map((c) => c.attempt)).toEqual([1, 1])
        // a second try of the same attempt is a new CLI session, found again from job, instant, attempt and try
        expect(calls.map((c) => c.session?.id)).toEqual([
          claudeSessionUuid("j", Date.parse("2026-01-01T09:00:00Z"), 1, 1),
          claudeSessionUuid("j", Date.parse("2026-01-01T09:00:00Z"), 1, 2)
        ])
        const waited = events.find((e) => e._tag === "JobRateLimited")
        expect(waited).toMatchObject({ job: "j", resetsAt })
        const [done] = recorded(events)
        expect(done).toMatchObject({ status: "success", attempts: 1 })
        // both tries' costs are the run's
        expect(done?.claude?.cost_usd).toBeCloseTo(0.1)
      }))
  })

  it.effect("a limit that resets after the job's next instant: the run gives up as rate_limited; the next one waits", () => {
    const calls: Array<ClaudeCall> = []
    const resetsAt = Date.parse("2026-01-01T10:30:00Z")
    const executor = claudeExecutor(
      calls,
      (_, n) => n === 1 ? { status: "rate_limited", exitCode: 1, error: "Claude usage limit reached", resetsAt } : {}
    )
    return run("2026-01-01T08:59:00Z", { jobs: [claudeJob({ retry: { max_attempts: 3 } })] }, executor, (events) =>
      Effect.gen(function*() {
        yield* passThenRecorded(events, 100 * MINUTE, 2)
        const [first] = recorded(events)
        expect(first).toMatchObject({ status: "rate_limited", attempts: 1 })
        expect(first?.error).toMatch(/^Claude usage limit in force until 2026-01-01T10:30:00\.000Z, past this job's next run/)
        // the 10:00 run waits for 10:30 rather than meeting the limit again
        expect(calls.map((c) => iso(c.at))).toEqual(["2026-01-01T09:00:00Z", "2026-01-01T10:30:00Z"])
        expect(recorded(events)[1]).toMatchObject({ status: "success", scheduled_at: Date.parse("2026-01-01T10:00:00Z") })
      }))
  })

  it.effect("while a limit is in force, other claude jobs wait for it; other modes run on time", () => {
    const calls: Array<ClaudeCall> = []
    const resetsAt = Date.parse("2026-01-01T09:20:00Z")
    const executor = claudeExecutor(calls, (call) =>
      call.job === "a" && call.at === Date.parse("2026-01-01T09:00:00Z")
        ? { status: "rate_limited", exitCode: 1, error: "limit", resetsAt }
        : {})
    const jobs = [
      claudeJob({ name: "a", cron: "0 9 * * *" }),
      claudeJob({ name: "b", cron: "10 9 * * *" }),
      claudeJob({ name: "py", cron: "10 9 * * *", execution_mode: "python_script", script: "x.py" })
    ]
    return run("2026-01-01T08:59:00Z", { jobs }, executor, () =>
      Effect.gen(function*() {
        yield* TestClock.adjust(30 * MINUTE)
        expect(calls.map((c) => `${c.job} ${iso(c.at)}`).sort()).toEqual([
          "a 2026-01-01T09:00:00Z",
          "a 2026-01-01T09:20:00Z",
          "b 2026-01-01T09:20:00Z",
          "py 2026-01-01T09:10:00Z"
        ])
      }))
  })
})

describe("claude runs on TestClock: failure classes and retries", () => {
  it.effect("a failure another attempt cannot mend (max turns, auth, …) is not retried; an overload is", () => {
    const calls: Array<ClaudeCall> = []
    const executor = claudeExecutor(calls, (call) =>
      call.job === "turns"
        ? { status: "failure", exitCode: 1, error: "stopped at max_turns after 4 turns", retryable: false }
        : call.attempt < 3
        ? { status: "failure", exitCode: 1, error: "Claude API error 529 (overloaded)", retryable: true }
        : {})
    const retry = { max_attempts: 3, delay_seconds: 30, backoff_multiplier: 2 }
    const jobs = [claudeJob({ name: "turns", retry }), claudeJob({ name: "busy", retry })]
    return run("2026-01-01T08:59:00Z", { jobs }, executor, (events) =>
      Effect.gen(function*() {
        yield* passThenRecorded(events, 5 * MINUTE, 2)
        expect(calls.filter((c) => c.job === "turns")).toHaveLength(1)
        expect(calls.filter((c) => c.job === "busy").map((c) => iso(c.at))).toEqual([
          "2026-01-01T09:00:00Z",
          "2026-01-01T09:00:30Z",
          "2026-01-01T09:01:30Z"
        ])
        const byJob = new Map(recorded(events).map((r) => [r.job, r]))
        expect(byJob.get("turns")).toMatchObject({ status: "failure", attempts: 1, error: "stopped at max_turns after 4 turns" })
        expect(byJob.get("busy")).toMatchObject({ status: "success", attempts: 3 })
        expect(byJob.get("busy")?.claude?.cost_usd).toBeCloseTo(0.15)
      }))
  })

  it.effect("a hung run is recorded as hung and not retried", () => {
    const calls: Array<ClaudeCall> = []
    const executor = claudeExecutor(calls, () => ({ status: "hung", exitCode: null, error: "hung: no output for 600 s", retryable: false }))
    return run("2026-01-01T08:59:00Z", { jobs: [claudeJob({ retry: { max_attempts: 3 } })] }, executor, (events) =>
      Effect.gen(function*() {
        yield* passThenRecorded(events, 2 * MINUTE, 1)
        expect(calls).toHaveLength(1)
        expect(recorded(events)[0]).toMatchObject({ status: "hung", attempts: 1 })
      }))
  })

  it.effect("retry_with resume: the retry resumes the previous attempt's session; fresh starts a new one", () => {
    const calls: Array<ClaudeCall> = []
    const executor = claudeExecutor(
      calls,
      (call) => call.attempt === 1 ? { status: "failure", exitCode: 1, error: "claude reported error_during_execution" } : {}
    )
    const retry = { max_attempts: 2, delay_seconds: 10 }
    const jobs = [claudeJob({ name: "r", retry, claude: { retry_with: "resume" } }), claudeJob({ name: "f", retry })]
    return run("2026-01-01T08:59:00Z", { jobs }, executor, () =>
      Effect.gen(function*() {
        yield* TestClock.adjust(2 * MINUTE)
        const at = Date.parse("2026-01-01T09:00:00Z")
        const sessions = (job: string) => calls.filter((c) => c.job === job).map((c) => c.session)
        expect(sessions("r")).toEqual([
          { id: claudeSessionUuid("r", at, 1), resume: null },
          { id: claudeSessionUuid("r", at, 2), resume: claudeSessionUuid("r", at, 1) }
        ])
        expect(sessions("f")).toEqual([
          { id: claudeSessionUuid("f", at, 1), resume: null },
          { id: claudeSessionUuid("f", at, 2), resume: null }
        ])
      }))
  })
})

describe("budgets on TestClock", () => {
  it.effect("a job's daily budget: runs until its spend reaches the cap, then skips (counted) until the day turns", () => {
    const calls: Array<ClaudeCall> = []
    const executor = claudeExecutor(calls, () => ({}), 0.06)
    const schedules = { timezone: "America/New_York", jobs: [claudeJob({ cron: "0 */6 * * *", budget: { daily_usd: 0.1 } })] }
    return run("2026-01-01T04:59:00Z", schedules, executor, (events) =>
      Effect.gen(function*() {
        // New York: 00:00, 06:00 run (0.12 spent), 12:00 and 18:00 are skipped, the next day's 00:00 runs
        yield* passThenRecorded(events, 2 * MINUTE, 1)
        yield* passThenRecorded(events, 6 * 60 * MINUTE, 2)
        yield* passThenRecorded(events, 19 * 60 * MINUTE, 3)
        expect(calls.map((c) => iso(c.at))).toEqual(["2026-01-01T05:00:00Z", "2026-01-01T11:00:00Z", "2026-01-02T05:00:00Z"])
        const skipped = events.filter((e) => e._tag === "JobSkipped")
        expect(skipped.map((e) => e._tag === "JobSkipped" && [e.reason, iso(e.scheduledAt)])).toEqual([
          ["budget_exhausted", "2026-01-01T17:00:00Z"],
          ["budget_exhausted", "2026-01-01T23:00:00Z"]
        ])
        expect(skipped[0]?._tag === "JobSkipped" && skipped[0].detail).toBe(
          "budget_exhausted: j has spent $0.12 today (2026-01-01, America/New_York); its budget.daily_usd is $0.10"
        )
        const state = yield* (yield* StateStore).get
        expect(state.spend).toEqual({ "2026-01-01": { j: 0.12 }, "2026-01-02": { j: 0.06 } })
      }))
  })

  it.effect("catch-up runs count against the budget: a long sleep cannot burst-spend", () => {
    const calls: Array<ClaudeCall> = []
    const executor = claudeExecutor(calls, () => ({}), 0.5)
    const jobs = [claudeJob({ name: "a", cron: "0 * * * *" }), claudeJob({ name: "b", cron: "30 * * * *" })]
    return run("2026-01-01T08:59:00Z", { jobs, budget: { daily_usd: 0.5 } }, executor, (events) =>
      Effect.gen(function*() {
        yield* passThenRecorded(events, 2 * MINUTE, 1) // a runs at 09:00 and spends the day's budget
        const scheduler = yield* Scheduler
        yield* scheduler.suspend("sleep")
        yield* TestClock.adjust(5 * 60 * MINUTE)
        yield* scheduler.resume("wake")
        yield* TestClock.adjust(2 * MINUTE) // past the catch-up spread
        expect(calls.map((c) => `${c.job} ${iso(c.at)}`)).toEqual(["a 2026-01-01T09:00:00Z"])
        const skipped = events.flatMap((e) => (e._tag === "JobSkipped" ? [e.job] : []))
        expect(skipped.sort()).toEqual(["a", "b"])
      }))
  })

  it.scoped("a budget skip notifies the job's targets once a day (notify_on budget, on by default)", () => {
    const calls: Array<ClaudeCall> = []
    const jobs = [claudeJob({ cron: "0 * * * *", notify: ["memory"], budget: { daily_usd: 0.05 } })]
    const h = schedulerHarness({ jobs }, claudeExecutor(calls, () => ({}), 0.05))
    return Effect.gen(function*() {
      yield* TestClock.setTime(Date.parse("2026-01-01T08:59:00Z"))
      const events = yield* collectEvents
      yield* (yield* Scheduler).reconcile
      yield* passThenRecorded(events, 2 * MINUTE, 1) // 09:00 runs
      yield* TestClock.adjust(3 * 60 * MINUTE) // 10:00, 11:00, 12:00 are skipped
      yield* events.waitUntil(() => events.filter((e) => e._tag === "JobSkipped").length === 3)
    }).pipe(
      Effect.scoped,
      Effect.provide(Notifier.pipe(Layer.provideMerge(Targets.layer()), Layer.provideMerge(h))),
      Effect.andThen(() => {
        expect(calls).toHaveLength(1)
        const day = parse(readFileSync(join(h.dir, "memory", "sessions", "2026-01-01.yaml"), "utf8"))
        expect(day.entries.map((e: { action: string }) => e.action)).toEqual(["cron: j skipped, budget spent"])
      })
    )
  })
})

describe("budget arithmetic (pure)", () => {
  const spend = { "2026-01-30": { a: 1, b: 2 }, "2026-01-31": { a: 0.5 }, "2025-12-31": { a: 100 } }
  const now = Date.parse("2026-01-31T12:00:00Z")
  it("sums today and this month per job, in the schedule's zone", () => {
    const c = costs(calendar, spend, { timezone: "UTC", budget: { daily_usd: 5, monthly_usd: 10 } }, [{
      name: "a" as never,
      budget: { daily_usd: 1 }
    }], now)
    expect(c).toMatchObject({ day: "2026-01-31", month: "2026-01", today_usd: 0.5, month_usd: 3.5, daily_cap_usd: 5, monthly_cap_usd: 10 })
    expect(c.jobs).toEqual([
      { job: "a", today_usd: 0.5, month_usd: 1.5, daily_cap_usd: 1 },
      { job: "b", today_usd: 0, month_usd: 2, daily_cap_usd: null }
    ])
  })
  it("a monthly cap counts every day of the month; other modes have no budget", () => {
    const job = { name: "a" as never, budget: undefined, mode: "claude_cli" as const }
    expect(budgetExhausted(calendar, spend, { timezone: "UTC", budget: { monthly_usd: 3.5 } }, job, now)).toBe(
      "budget_exhausted: all jobs have spent $3.50 this month (2026-01); schedules.budget.monthly_usd is $3.50"
    )
    expect(budgetExhausted(calendar, spend, { timezone: "UTC", budget: { monthly_usd: 3.6 } }, job, now)).toBeUndefined()
    expect(budgetExhausted(calendar, spend, { timezone: "UTC", budget: { monthly_usd: 1 } }, { ...job, mode: "python_script" }, now))
      .toBeUndefined()
  })
  it("a skip is counted on the job's entry, and a run's cost on its day", () => {
    // the state's entry for job j, made as the daemon makes it
    const { schedules } = decodeConfig({ jobs: [claudeJob({})] })
    const state = syncWithConfig(emptyState(), schedules, resolveJobs(schedules))
    const run = {
      job: "j",
      execution_id: "cron-j-1",
      source: "cron" as const,
      scheduled_at: now,
      started_at: now,
      completed_at: now,
      status: "success" as const,
      attempts: 1,
      exit_code: 0,
      output_preview: "",
      error: null,
      log_file: "/dev/null",
      claude: info(0.25, "s")
    }
    const after = applyChanges(
      state,
      new Map([["j", withBudgetSkip]]),
      [toHistoryEntry(calendar, run, "UTC")],
      10,
      spentBy(calendar, run, "UTC")
    )
    expect(after.jobs[0]?.budget_skips).toBe(1)
    expect(after.spend).toEqual({ "2026-01-31": { j: 0.25 } })
    expect(after.history[0]?.claude).toMatchObject({ cost_usd: 0.25, tokens: { input: 100, output: 10, cache_read: 1000, cache_write: 0 } })
  })
  it("days turn in the schedule's zone", () => {
    // 2026-02-01T03:00Z is still January 31 in New York
    const late = Date.parse("2026-02-01T03:00:00Z")
    expect(costs(calendar, spend, { timezone: "America/New_York" }, [], late).day).toBe("2026-01-31")
  })
})
