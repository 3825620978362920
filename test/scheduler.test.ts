import { it } from "@effect/vitest"
import { Chunk, Clock, Duration, Effect, Fiber, FiberRef, Layer, TestClock } from "effect"
import { mkdirSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect } from "vitest"
import { JobEvent } from "../src/domain/events.js"
import { DEFAULT_TUNING, MAX_TIMER_MS, nextChunk, type Tuning } from "../src/domain/sleep.js"
import { setSchedulerToggle } from "../src/domain/state.js"
import { accurateClock, relaxedSleep, relaxedTimers } from "../src/layers/AccurateClock.js"
import { Executor } from "../src/layers/Executor.js"
import { Scheduler } from "../src/layers/Scheduler.js"
import { StateStore } from "../src/layers/StateStore.js"
import { type Call, collectEvents, iso, recordingExecutor, schedulerHarness, type Script } from "./support/harness.js"

const MINUTE = 60_000
const HOUR = 60 * MINUTE

/** Starts the scheduler at `start` with the given jobs and advances the TestClock by `forMs`. */
const simulate = (start: string, forMs: number, schedules: Record<string, unknown>, script: Script = {}) => {
  const calls: Array<Call> = []
  return Effect.gen(function*() {
    yield* TestClock.setTime(Date.parse(start))
    const events = yield* collectEvents
    yield* (yield* Scheduler).reconcile
    yield* TestClock.adjust(forMs)
    return { calls, events, at: calls.map((c) => iso(c.at)) }
  }).pipe(
    Effect.scoped,
    Effect.provide(schedulerHarness(schedules, recordingExecutor(calls, script)))
  )
}

const job = (over: Record<string, unknown>) => ({ name: "j", cron: "*/5 * * * *", skill: "s", ...over })
const tags = (events: ReadonlyArray<JobEvent>, tag: JobEvent["_tag"]) => events.filter((e) => e._tag === tag)

describe("Scheduler on TestClock", () => {
  it.scoped("fires */5 * * * * at exactly :00, :05 and :10", () =>
    Effect.gen(function*() {
      const { at } = yield* simulate("2026-01-01T08:59:00Z", 11 * MINUTE, { jobs: [job({})] })
      expect(at).toEqual(["2026-01-01T09:00:00Z", "2026-01-01T09:05:00Z", "2026-01-01T09:10:00Z"])
    }))

  it.scoped("fires 0 9 * * MON-FRI in New York on the right UTC instants across the 2026-03-08 spring-forward", () =>
    Effect.gen(function*() {
      const { at } = yield* simulate("2026-03-06T00:00:00Z", 5 * 24 * 60 * MINUTE, {
        jobs: [job({ cron: "0 9 * * MON-FRI", timezone: "America/New_York" })]
      })
      expect(at).toEqual(["2026-03-06T14:00:00Z", "2026-03-09T13:00:00Z", "2026-03-10T13:00:00Z"])
    }))

  it.scoped("30 23 * * * in America/Nuuk fires at the jump when the 2024-03-30 gap runs to local midnight, then at 23:30", () =>
    Effect.gen(function*() {
      const { at } = yield* simulate("2024-03-30T12:00:00Z", 2 * 24 * 60 * MINUTE, {
        jobs: [job({ cron: "30 23 * * *", timezone: "America/Nuuk" })]
      })
      // 2024-03-31T00:00-01:00 (the jump), then 2024-03-31T23:30-01:00
      expect(at).toEqual(["2024-03-31T01:00:00Z", "2024-04-01T00:30:00Z"])
    }))

  it.scoped("a disabled job emits JobSkipped at each instant and does not run", () =>
    Effect.gen(function*() {
      const { calls, events } = yield* simulate("2026-01-01T08:59:00Z", 11 * MINUTE, { jobs: [job({ enabled: false })] })
      expect(calls).toEqual([])
      expect(tags(events, "JobSkipped")).toEqual([
        JobEvent.JobSkipped({ job: "j", reason: "job_disabled", scheduledAt: Date.parse("2026-01-01T09:00:00Z") }),
        JobEvent.JobSkipped({ job: "j", reason: "job_disabled", scheduledAt: Date.parse("2026-01-01T09:05:00Z") }),
        JobEvent.JobSkipped({ job: "j", reason: "job_disabled", scheduledAt: Date.parse("2026-01-01T09:10:00Z") })
      ])
    }))

  it.scoped("the scheduler switch in the state file stops every job", () =>
    Effect.gen(function*() {
      const calls: Array<Call> = []
      const events = yield* Effect.gen(function*() {
        yield* TestClock.setTime(Date.parse("2026-01-01T08:59:00Z"))
        const seen = yield* collectEvents
        yield* (yield* StateStore).update((s) => setSchedulerToggle(s, false))
        yield* (yield* Scheduler).reconcile
        yield* TestClock.adjust(6 * MINUTE)
        return seen
      }).pipe(Effect.scoped, Effect.provide(schedulerHarness({ jobs: [job({})] }, recordingExecutor(calls))))
      expect(calls).toEqual([])
      expect(tags(events, "JobSkipped").map((e) => e._tag === "JobSkipped" && e.reason)).toEqual([
        "scheduler_disabled",
        "scheduler_disabled"
      ])
    }))

  it.scoped("overlap skip: a fire while a 7-minute run is going is skipped and reported", () =>
    Effect.gen(function*() {
      const { at, events } = yield* simulate("2026-01-01T08:59:00Z", 11 * MINUTE, { jobs: [job({ overlap: "skip" })] }, {
        durationMs: 7 * MINUTE
      })
      expect(at).toEqual(["2026-01-01T09:00:00Z", "2026-01-01T09:10:00Z"])
      expect(tags(events, "JobSkipped")).toEqual([
        JobEvent.JobSkipped({ job: "j", reason: "overlap", scheduledAt: Date.parse("2026-01-01T09:05:00Z") })
      ])
      expect(tags(events, "JobCompleted")).toHaveLength(1)
    }))

  it.scoped("overlap replace: the new fire interrupts the running one, which is recorded as cancelled", () =>
    Effect.gen(function*() {
      const { at, events } = yield* simulate("2026-01-01T08:59:00Z", 11 * MINUTE, { jobs: [job({ overlap: "replace" })] }, {
        durationMs: 7 * MINUTE
      })
      expect(at).toEqual(["2026-01-01T09:00:00Z", "2026-01-01T09:05:00Z", "2026-01-01T09:10:00Z"])
      const failed = tags(events, "JobFailed").map((e) => (e._tag === "JobFailed" ? [e.run.status, iso(e.run.completed_at)] : []))
      expect(failed).toEqual([
        ["cancelled", "2026-01-01T09:05:00Z"],
        ["cancelled", "2026-01-01T09:10:00Z"]
      ])
    }))

  it.scoped("overlap queue_one: one fire waits and starts when the running one ends", () =>
    Effect.gen(function*() {
      const { at, events } = yield* simulate("2026-01-01T08:59:00Z", 15 * MINUTE, { jobs: [job({ overlap: "queue_one" })] }, {
        durationMs: 7 * MINUTE
      })
      expect(at).toEqual(["2026-01-01T09:00:00Z", "2026-01-01T09:07:00Z", "2026-01-01T09:14:00Z"])
      expect(tags(events, "JobSkipped")).toEqual([])
    }))

  it.scoped("overlap allow: runs side by side", () =>
    Effect.gen(function*() {
      const { at } = yield* simulate("2026-01-01T08:59:00Z", 11 * MINUTE, { jobs: [job({ overlap: "allow" })] }, {
        durationMs: 7 * MINUTE
      })
      expect(at).toEqual(["2026-01-01T09:00:00Z", "2026-01-01T09:05:00Z", "2026-01-01T09:10:00Z"])
    }))

  it.scoped("retries after exactly 60 s, 120 s and 240 s for delay 60 and multiplier 2", () =>
    Effect.gen(function*() {
      const { calls, events } = yield* simulate(
        "2026-01-01T08:59:00Z",
        30 * MINUTE,
        { jobs: [job({ cron: "0 * * * *", retry: { max_attempts: 4, delay_seconds: 60, backoff_multiplier: 2 } })] },
        { fails: () => true }
      )
      const starts = calls.map((c) => c.at - Date.parse("2026-01-01T09:00:00Z"))
      expect(starts).toEqual([0, 60_000, 180_000, 420_000])
      expect(calls.map((c) => c.attempt)).toEqual([1, 2, 3, 4])
      const failed = tags(events, "JobFailed")
      expect(failed).toHaveLength(1)
      expect(failed[0]?._tag === "JobFailed" && failed[0].run.attempts).toBe(4)
    }))

  it.scoped("never retries past the job's next scheduled instant", () =>
    Effect.gen(function*() {
      const { calls } = yield* simulate(
        "2026-01-01T08:59:00Z",
        6 * MINUTE,
        { jobs: [job({ retry: { max_attempts: 10, delay_seconds: 60, backoff_multiplier: 2 } })] },
        { fails: () => true }
      )
      // 09:00, 09:01, 09:03; the next retry (09:07) would be after the 09:05 fire, so it is not made
      expect(calls.map((c) => iso(c.at))).toEqual([
        "2026-01-01T09:00:00Z",
        "2026-01-01T09:01:00Z",
        "2026-01-01T09:03:00Z",
        "2026-01-01T09:05:00Z"
      ])
    }))

  it.scoped("caps retry delays at max_delay_seconds", () =>
    Effect.gen(function*() {
      const { calls } = yield* simulate(
        "2026-01-01T08:59:00Z",
        20 * MINUTE,
        {
          jobs: [job({ cron: "0 * * * *", retry: { max_attempts: 4, delay_seconds: 60, backoff_multiplier: 10, max_delay_seconds: 120 } })]
        },
        { fails: () => true }
      )
      expect(calls.map((c) => (c.at - Date.parse("2026-01-01T09:00:00Z")) / 1000)).toEqual([0, 60, 180, 300])
    }))

  it.scoped("a job failing every time keeps its fiber for the next fire", () =>
    Effect.gen(function*() {
      const { at, events } = yield* simulate("2026-01-01T08:59:00Z", 16 * MINUTE, { jobs: [job({})] }, { fails: () => true })
      expect(at).toEqual(["2026-01-01T09:00:00Z", "2026-01-01T09:05:00Z", "2026-01-01T09:10:00Z", "2026-01-01T09:15:00Z"])
      expect(tags(events, "JobFailed")).toHaveLength(4)
    }))

  it.scoped("waits beyond 2^31-1 ms (24.8 days) and fires on the instant", () =>
    Effect.gen(function*() {
      const { at } = yield* simulate("2026-01-01T00:00:00Z", 400 * 24 * HOUR, { jobs: [job({ cron: "0 0 1 1 *" })] })
      expect(at).toEqual(["2027-01-01T00:00:00Z"])
    }))

  it.scoped("a timer that wakes an hour late (a frozen process) catches up once instead of firing every missed instant", () => {
    const calls: Array<Call> = []
    return Effect.gen(function*() {
      yield* TestClock.setTime(Date.parse("2026-01-01T08:59:00Z"))
      // the wall clock the job fibers read runs ahead of the TestClock their timers sleep on, as after a freeze
      let frozenMs = 0
      const test = yield* Effect.clock
      const skewed: Clock.Clock = {
        [Clock.ClockTypeId]: Clock.ClockTypeId,
        unsafeCurrentTimeMillis: () => test.unsafeCurrentTimeMillis() + frozenMs,
        currentTimeMillis: Effect.sync(() => test.unsafeCurrentTimeMillis() + frozenMs),
        unsafeCurrentTimeNanos: () => test.unsafeCurrentTimeNanos(),
        currentTimeNanos: test.currentTimeNanos,
        sleep: (d) => test.sleep(d)
      }
      const events = yield* collectEvents
      yield* Effect.withClock((yield* Scheduler).reconcile, skewed) // the job fibers it forks keep that clock
      yield* TestClock.adjust(59_000)
      frozenMs = HOUR + 30_000 // the 09:00 timer wakes at 10:00:30 by the wall clock
      yield* TestClock.adjust(1_000)
      expect(calls.map((c) => iso(c.at))).toEqual(["2026-01-01T10:00:30Z"])
      const missed = tags(events, "JobMissed").map((e) => (e._tag === "JobMissed" ? [e.count, iso(e.newest), e.caughtUp, e.reason] : []))
      expect(missed).toEqual([[13, "2026-01-01T10:00:00Z", true, "late timer: j woke 3630 s after 2026-01-01T09:00:00+00:00"]])
      yield* TestClock.adjust(5 * MINUTE)
      expect(calls.map((c) => iso(c.at))).toEqual(["2026-01-01T10:00:30Z", "2026-01-01T10:05:00Z"])
    }).pipe(Effect.provide(schedulerHarness({ jobs: [job({})] }, recordingExecutor(calls))))
  })

  it.scoped("a session log already at a due run's id gives the run the next id", () => {
    const calls: Array<Call> = []
    const harness = schedulerHarness({ jobs: [job({ cron: "0 9 * * *", skill: "digest" })] }, recordingExecutor(calls))
    return Effect.gen(function*() {
      yield* TestClock.setTime(Date.parse("2026-01-01T08:59:00Z"))
      mkdirSync(join(harness.dir, "cron_logs"), { recursive: true })
      // another process (run-job --local) took the id this run would get
      writeFileSync(join(harness.dir, "cron_logs", "cron-digest-20260101-090000.log"), "")
      const events = yield* collectEvents
      yield* (yield* Scheduler).reconcile
      yield* TestClock.adjust(MINUTE + 1)
      const started = tags(events, "JobStarted").map((e) => (e._tag === "JobStarted" ? e.executionId : ""))
      expect(started).toEqual(["cron-digest-20260101-090000-2"])
    }).pipe(Effect.provide(harness))
  })

  it.scoped("runs started in the same second share one numbering: two jobs of one skill, then a manual run", () => {
    const calls: Array<Call> = []
    const harness = schedulerHarness(
      { jobs: [job({ name: "a", cron: "0 9 * * *", skill: "digest" }), job({ name: "b", cron: "0 9 * * *", skill: "digest" })] },
      recordingExecutor(calls)
    )
    return Effect.gen(function*() {
      yield* TestClock.setTime(Date.parse("2026-01-01T08:59:00Z"))
      const events = yield* collectEvents
      const scheduler = yield* Scheduler
      yield* scheduler.reconcile
      yield* TestClock.adjust(MINUTE) // 09:00:00.000: both fire
      yield* scheduler.trigger("a") // the same second, by hand
      yield* TestClock.adjust(1)
      const started = tags(events, "JobStarted").map((e) => (e._tag === "JobStarted" ? `${e.source} ${e.executionId}` : ""))
      expect(started.sort()).toEqual([
        "cron cron-digest-20260101-090000",
        "cron cron-digest-20260101-090000-2",
        "manual cron-digest-20260101-090000-3"
      ])
    }).pipe(Effect.provide(harness))
  })

  it.scoped("an executor that throws when starting a run fails that run only; the rest of the batch runs", () => {
    const started: Array<string> = []
    const throwing = Layer.succeed(
      Executor,
      Executor.of({
        start: (attempt) => {
          if (attempt.job.name === "bad") throw new Error("spawn exploded")
          started.push(attempt.job.name)
          return Effect.succeed({ status: "success", exitCode: 0, outputPreview: "", error: null, logFile: "/dev/null" } as const)
        }
      })
    )
    return Effect.gen(function*() {
      yield* TestClock.setTime(Date.parse("2026-01-01T08:59:00Z"))
      const events = yield* collectEvents
      yield* (yield* Scheduler).reconcile
      yield* TestClock.adjust(MINUTE + 1)
      expect(started.sort()).toEqual(["a", "z"])
      const failed = tags(events, "JobFailed").map((e) => (e._tag === "JobFailed" ? `${e.run.job}: ${e.run.error}` : ""))
      expect(failed).toEqual(["bad: internal error: spawn exploded"])
      expect(tags(events, "JobCompleted")).toHaveLength(2)
    }).pipe(
      Effect.provide(
        schedulerHarness({ jobs: ["a", "bad", "z"].map((name) => job({ name, cron: "0 9 * * *" })) }, throwing)
      )
    )
  })
})

describe("the live clock (accurateClock, driven here by a TestClock underneath)", () => {
  // TestClock moves only when told to: no polling of the last milliseconds here (the live default polls 3 ms)
  const timersOnly: Tuning = { ...DEFAULT_TUNING, pollMs: 0 }
  const stepsOf = (sleepMs: number, steps: number, tuning: Tuning = timersOnly) =>
    Effect.gen(function*() {
      const clock = accurateClock(yield* Effect.clock, tuning)
      const sleeping = yield* Effect.fork(clock.sleep(Duration.millis(sleepMs)))
      const armed: Array<ReadonlyArray<string>> = []
      for (let i = 0; i < steps; i++) {
        yield* Effect.yieldNow()
        const next = Chunk.toReadonlyArray(yield* TestClock.sleeps()).map((ms) => iso(ms))
        armed.push(next)
        if (next[0] !== undefined) yield* TestClock.setTime(Date.parse(next[0]))
      }
      return { armed, done: yield* Fiber.poll(sleeping) }
    })

  it.effect("takes an hour's wait in three timers, the last armed a second before the instant", () =>
    Effect.gen(function*() {
      yield* TestClock.setTime(Date.parse("2026-01-01T08:00:00Z"))
      const { armed, done } = yield* stepsOf(HOUR, 4)
      // to 0.2 % of the hour before (7.2 s), then to a second before, then the last second
      expect(armed).toEqual([["2026-01-01T08:59:52.800Z"], ["2026-01-01T08:59:59Z"], ["2026-01-01T09:00:00Z"], []])
      expect(done._tag).toBe("Some")
    }))

  it.effect("a 40-day wait (past setTimeout's 24.8-day limit) ends on its instant, in five timers", () =>
    Effect.gen(function*() {
      yield* TestClock.setTime(Date.parse("2026-01-01T00:00:00Z"))
      const { armed, done } = yield* stepsOf(40 * 24 * HOUR, 7)
      const timers = armed.flat()
      expect(timers).toHaveLength(5)
      expect(timers.at(-1)).toBe("2026-02-10T00:00:00Z")
      expect(timers.at(-2)).toBe("2026-02-09T23:59:59Z")
      // the first is setTimeout's longest: 2^31-1 ms from the start
      expect(timers[0]).toBe(iso(Date.parse("2026-01-01T00:00:00Z") + MAX_TIMER_MS))
      expect(done._tag).toBe("Some")
    }))

  it.effect("a relaxed sleep (a background check) is one timer on its instant, with no final polling, and only that sleep is relaxed", () =>
    Effect.gen(function*() {
      yield* TestClock.setTime(Date.parse("2026-01-01T08:00:00Z"))
      // the live tuning, polling included: a relaxed sleep never polls, so TestClock can drive it
      const clock = accurateClock(yield* Effect.clock, DEFAULT_TUNING)
      const sleeping = yield* Effect.fork(Effect.withClock(
        Effect.gen(function*() {
          yield* relaxedSleep(Duration.seconds(5))
          yield* relaxedSleep(Duration.days(40))
          return yield* FiberRef.get(relaxedTimers)
        }),
        clock
      ))
      yield* Effect.yieldNow()
      expect(Chunk.toReadonlyArray(yield* TestClock.sleeps()).map(iso)).toEqual(["2026-01-01T08:00:05Z"])
      yield* TestClock.setTime(Date.parse("2026-01-01T08:00:05Z"))
      // 40 days: setTimeout's longest, then the rest
      const first = Date.parse("2026-01-01T08:00:05Z") + MAX_TIMER_MS
      expect(Chunk.toReadonlyArray(yield* TestClock.sleeps()).map(iso)).toEqual([iso(first)])
      yield* TestClock.setTime(first)
      expect(Chunk.toReadonlyArray(yield* TestClock.sleeps()).map(iso)).toEqual(["2026-02-10T08:00:05Z"])
      yield* TestClock.setTime(Date.parse("2026-02-10T08:00:05Z"))
      // what the fiber does after a relaxed sleep (a resume forking job fibers) has precise timers again
      expect(yield* Fiber.join(sleeping)).toBe(false)
    }))

  it.live("on the real clock, with the last milliseconds polled for, a sleep never ends before its instant", () =>
    Effect.gen(function*() {
      const clock = accurateClock(Clock.make())
      for (let i = 0; i < 5; i++) {
        const target = Date.now() + 20
        yield* clock.sleep(Duration.millis(20))
        expect(Date.now()).toBeGreaterThanOrEqual(target)
      }
    }))

  it("never arms a timer past 2^31-1 ms; a wait is a few timers, whatever its length; the last is a second", () => {
    const timersFor = (total: number, tuning = timersOnly) => {
      const armed: Array<number> = []
      for (let remaining = total; remaining > 0; remaining -= armed.at(-1) ?? 0) {
        const chunk = nextChunk(remaining, tuning)
        if (chunk === 0) break // the rest is polled for
        armed.push(chunk)
      }
      return armed
    }
    for (const total of [1_500, 59_000, HOUR, 24 * HOUR, 40 * 24 * HOUR, 365 * 24 * HOUR + 150_500]) {
      const armed = timersFor(total)
      expect(armed.reduce((a, b) => a + b, 0)).toBe(total)
      expect(Math.max(...armed)).toBeLessThanOrEqual(MAX_TIMER_MS)
      expect(armed.at(-1)).toBe(1_000)
      // one per 24.8 days of a long wait, and at most four for the last stretch
      expect(armed.length).toBeLessThanOrEqual(Math.ceil(total / MAX_TIMER_MS) + 4)
    }
    expect(timersFor(HOUR)).toEqual([3_592_800, 6_200, 1_000])
    // the live default: the last timer ends 3 ms before the instant, and those 3 ms are polled for
    expect(timersFor(HOUR, DEFAULT_TUNING)).toEqual([3_592_800, 6_200, 997])
    expect(nextChunk(3, DEFAULT_TUNING)).toBe(0)
  })
})
