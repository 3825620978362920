import { it } from "@effect/vitest"
import { Effect, TestClock } from "effect"
import { describe, expect } from "vitest"
import { resolveJob } from "../src/domain/config.js"
import { attemptId, renderPrompt, sessionBase, sessionContext, sessionEnv } from "../src/domain/session.js"
import { makeCalendar } from "../src/domain/time.js"
import { Runner } from "../src/layers/Runner.js"
import { decodeConfig, recordingExecutor, schedulerHarness } from "./support/harness.js"

const calendar = makeCalendar()

const config = decodeConfig({
  timezone: "America/New_York",
  jobs: [{ name: "daily_standup", cron: "0 9 * * MON-FRI", skill: "team/coffee", persona: "developer" }]
})
const job = resolveJob(config.schedules, config.schedules.jobs[0]!)
const at = Date.parse("2026-01-26T14:00:00Z")

describe("sessions", () => {
  it("ids are cron-<skill>-<YYYYMMDD-HHMMSS> in the schedule's zone, / becoming -", () => {
    expect(sessionBase(calendar, job, at, config.schedules.timezone)).toBe("cron-team-coffee-20260126-090000")
    // a job with a zone of its own still has its ids in the schedule's, as log times are
    expect(sessionBase(calendar, job, at, "Europe/Berlin")).toBe("cron-team-coffee-20260126-150000")
    expect(attemptId("cron-team-coffee-20260126-090000", 1)).toBe("cron-team-coffee-20260126-090000")
    expect(attemptId("cron-team-coffee-20260126-090000", 3)).toBe("cron-team-coffee-20260126-090000-attempt3")
  })

  it("the context and prompt carry the session, source and scheduled instant", () => {
    const ctx = sessionContext(calendar, job, "cron-x", "manual", at)
    expect(ctx).toEqual({
      session_id: "cron-x",
      source: "manual",
      job_name: "daily_standup",
      persona: "developer",
      scheduled_at: "2026-01-26T09:00:00-05:00"
    })
    expect(renderPrompt("{{ skill }}|{{job}}|{{inputs}}|{{source}}", job, ctx)).toBe("team/coffee|daily_standup|{}|manual")
  })

  it("a catch-up run says so: BOT_CRON_SOURCE and {{source}} are catch_up, as its history says", () => {
    const ctx = sessionContext(calendar, job, "cron-y", "catch_up", at)
    expect(ctx.source).toBe("catch_up")
    expect(sessionEnv(job, ctx)["BOT_CRON_SOURCE"]).toBe("catch_up")
    expect(renderPrompt("{{source}}", job, ctx)).toBe("catch_up")
  })

  it.scoped("two runs started in the same second get different ids", () =>
    Effect.gen(function*() {
      yield* TestClock.setTime(at)
      const runner = yield* Runner
      const first = yield* runner.run({ job, source: "cron", scheduledAt: at })
      const second = yield* runner.run({ job, source: "manual", scheduledAt: at })
      const third = yield* runner.run({ job, source: "manual", scheduledAt: at })
      expect([first.execution_id, second.execution_id, third.execution_id]).toEqual([
        "cron-team-coffee-20260126-090000",
        "cron-team-coffee-20260126-090000-2",
        "cron-team-coffee-20260126-090000-3"
      ])
    }).pipe(Effect.provide(schedulerHarness({ timezone: "America/New_York", jobs: [] }, recordingExecutor([])))))
})
