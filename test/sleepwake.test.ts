import { it } from "@effect/vitest"
import { Effect, Layer, Random, TestClock } from "effect"
import { describe, expect } from "vitest"
import { type ClockGap, clockGap } from "../src/domain/clockgap.js"
import { resolveJobs } from "../src/domain/config.js"
import type { JobEvent } from "../src/domain/events.js"
import { pendingRuns, syncWithConfig } from "../src/domain/state.js"
import { ActiveConfig } from "../src/layers/ActiveConfig.js"
import { Reloader } from "../src/layers/Reloader.js"
import { Scheduler } from "../src/layers/Scheduler.js"
import { MonotonicClock, watchClockGaps } from "../src/layers/SleepWake.js"
import { StateStore } from "../src/layers/StateStore.js"
import {
  type Call,
  collectEvents,
  iso,
  recordedRun,
  recordingExecutor,
  reloadHarness,
  schedulerHarness,
  testDir
} from "./support/harness.js"

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const daily = (name: string, over: Record<string, unknown> = {}) => ({ name, cron: "0 9 * * *", skill: "s", ...over })
/** What the daemon does at start before the fibers run: the state file lists the configured jobs. */
const syncState = Effect.gen(function*() {
  const active = yield* ActiveConfig
  const { schedules } = yield* active.get
  yield* (yield* StateStore).update((s) => syncWithConfig(s, schedules, resolveJobs(schedules)))
})

const missedOf = (events: ReadonlyArray<JobEvent>) =>
  events.flatMap((e) => (e._tag === "JobMissed" ? [{ job: e.job, count: e.count, newest: iso(e.newest), caughtUp: e.caughtUp }] : []))

/** Runs the scheduler from `start`, sleeps (suspend) at `sleepAt`, wakes (resume) at `wakeAt`, then lets `afterMs` pass. */
const sleepCycle = (jobs: Array<Record<string, unknown>>, times: { start: string; sleepAt: string; wakeAt: string; afterMs: number }) => {
  const calls: Array<Call> = []
  return Effect.gen(function*() {
    yield* TestClock.setTime(Date.parse(times.start))
    const events = yield* collectEvents
    const scheduler = yield* Scheduler
    yield* scheduler.reconcile
    yield* TestClock.setTime(Date.parse(times.sleepAt))
    yield* scheduler.suspend("test sleep")
    yield* TestClock.setTime(Date.parse(times.wakeAt))
    yield* scheduler.resume("wake")
    yield* TestClock.adjust(times.afterMs)
    return { calls, events }
  }).pipe(Effect.scoped, Effect.provide(schedulerHarness({ jobs }, recordingExecutor(calls))))
}

describe("sleep and wake on TestClock", () => {
  it.scoped("a daily 09:00 job asleep 08:00-09:30 runs once at wake with latest, not at all with skip; JobMissed either way", () =>
    Effect.gen(function*() {
      const times = { start: "2026-01-05T07:00:00Z", sleepAt: "2026-01-05T08:00:00Z", wakeAt: "2026-01-05T09:30:00Z", afterMs: 10 * MINUTE }
      const latest = yield* sleepCycle([daily("standup")], times)
      expect(latest.calls.map((c) => iso(c.at))).toEqual(["2026-01-05T09:30:00Z"])
      expect(missedOf(latest.events)).toEqual([{ job: "standup", count: 1, newest: "2026-01-05T09:00:00Z", caughtUp: true }])
      const started = latest.events.find((e) => e._tag === "JobStarted")
      expect(started?._tag === "JobStarted" && [started.source, iso(started.scheduledAt)]).toEqual(["catch_up", "2026-01-05T09:00:00Z"])

      const skip = yield* sleepCycle([daily("standup", { catch_up: "skip" })], times)
      expect(skip.calls).toEqual([])
      expect(missedOf(skip.events)).toEqual([{ job: "standup", count: 1, newest: "2026-01-05T09:00:00Z", caughtUp: false }])
    }))

  it.scoped("asleep until 12:00 the next day (beyond the grace) it does not run, and reports the misses", () =>
    Effect.gen(function*() {
      const { calls, events } = yield* sleepCycle([daily("standup")], {
        start: "2026-01-05T07:00:00Z",
        sleepAt: "2026-01-05T08:00:00Z",
        wakeAt: "2026-01-06T12:00:00Z",
        afterMs: 10 * MINUTE
      })
      expect(calls).toEqual([])
      expect(missedOf(events)).toEqual([{ job: "standup", count: 2, newest: "2026-01-06T09:00:00Z", caughtUp: false }])
    }))

  it.scoped("twenty jobs missed together start spread over the window, not at once", () =>
    Effect.gen(function*() {
      const jobs = Array.from({ length: 20 }, (_, i) => daily(`job${i}`))
      const { calls } = yield* sleepCycle(jobs, {
        start: "2026-01-05T07:00:00Z",
        sleepAt: "2026-01-05T08:00:00Z",
        wakeAt: "2026-01-05T09:30:00Z",
        afterMs: 2 * MINUTE
      })
      const wake = Date.parse("2026-01-05T09:30:00Z")
      expect(calls.map((c) => (c.at - wake) / 1000)).toEqual(Array.from({ length: 20 }, (_, i) => i * 3))
    }))

  it.scoped("a catch-up whose spread slot comes after the job's next regular run is left to that run", () =>
    Effect.gen(function*() {
      const { calls, events } = yield* sleepCycle([daily("daily"), { name: "minutely", cron: "* * * * *", skill: "s" }], {
        start: "2026-01-05T07:00:00Z",
        sleepAt: "2026-01-05T08:00:00Z",
        wakeAt: "2026-01-05T09:30:40Z",
        afterMs: 90_000
      })
      // two catch-ups over 60 s: "daily" at +0, "minutely" would be at +30 s, after its regular 09:31:00
      const afterWake = calls.filter((c) => c.at >= Date.parse("2026-01-05T09:30:40Z"))
      expect(afterWake.map((c) => [c.job, iso(c.at)])).toEqual([
        ["daily", "2026-01-05T09:30:40Z"],
        ["minutely", "2026-01-05T09:31:00Z"],
        ["minutely", "2026-01-05T09:32:00Z"]
      ])
      const minutely = events.find((e) => e._tag === "JobMissed" && e.job === "minutely")
      expect(minutely?._tag === "JobMissed" && [minutely.caughtUp, iso(minutely.coveredBy ?? 0)]).toEqual([false, "2026-01-05T09:31:00Z"])
    }))

  it.scoped("a daemon restarted after a three-hour stop catches up from its state file", () =>
    Effect.gen(function*() {
      const dir = testDir("bot-cron-downtime-")
      const jobs = [{ name: "hourly", cron: "0 * * * *", skill: "s" }]
      // the first life: runs until 08:30, so its state says the 09:00 instant is pending
      yield* Effect.gen(function*() {
        yield* TestClock.setTime(Date.parse("2026-01-05T07:59:00Z"))
        yield* syncState
        yield* (yield* Scheduler).reconcile
        yield* TestClock.adjust(31 * MINUTE)
      }).pipe(Effect.scoped, Effect.provide(schedulerHarness({ jobs }, recordingExecutor([]), dir)))
      // the second life starts at 11:30, as runDaemon does: pending instants from the state file
      const calls: Array<Call> = []
      const events = yield* Effect.gen(function*() {
        yield* TestClock.setTime(Date.parse("2026-01-05T11:30:00Z"))
        const seen = yield* collectEvents
        const scheduler = yield* Scheduler
        const pending = pendingRuns(yield* (yield* StateStore).get, yield* (yield* ActiveConfig).jobs)
        expect([...pending].map(([job, at]) => [job, iso(at)])).toEqual([["hourly", "2026-01-05T09:00:00Z"]])
        yield* scheduler.reconcile
        yield* scheduler.resume("downtime", pending)
        yield* TestClock.adjust(35 * MINUTE)
        return seen
      }).pipe(Effect.scoped, Effect.provide(schedulerHarness({ jobs }, recordingExecutor(calls), dir)))
      expect(missedOf(events)).toEqual([{ job: "hourly", count: 3, newest: "2026-01-05T11:00:00Z", caughtUp: true }])
      expect(calls.map((c) => iso(c.at))).toEqual(["2026-01-05T11:30:00Z", "2026-01-05T12:00:00Z"])
    }))

  it.scoped("30 1 * * * in New York, restarted at 05:45Z inside the repeated hour after the first 01:30, does not run again that night", () =>
    Effect.gen(function*() {
      const dir = testDir("bot-cron-dst-")
      const jobs = [{ name: "nightly", cron: "30 1 * * *", skill: "s", timezone: "America/New_York" }]
      const first: Array<Call> = []
      yield* Effect.gen(function*() {
        yield* TestClock.setTime(Date.parse("2026-11-01T05:00:00Z"))
        yield* syncState
        yield* (yield* Scheduler).reconcile
        yield* TestClock.adjust(40 * MINUTE) // fires at 05:30Z = 01:30 EDT, stops at 05:40Z
      }).pipe(Effect.scoped, Effect.provide(schedulerHarness({ jobs }, recordingExecutor(first), dir)))
      expect(first.map((c) => iso(c.at))).toEqual(["2026-11-01T05:30:00Z"])

      for (const restartAt of ["2026-11-01T05:45:00Z", "2026-11-01T06:40:00Z"]) {
        const calls: Array<Call> = []
        yield* Effect.gen(function*() {
          yield* TestClock.setTime(Date.parse(restartAt))
          const store = yield* StateStore
          const saved = (yield* store.get).jobs[0]
          expect(saved?.last_fire_wall).toBe("2026-11-01T01:30:00")
          // a state file whose pending instant is the repeated 01:30 EST (as an older daemon might write)
          const pending = new Map([["nightly", Date.parse("2026-11-01T06:30:00Z")]])
          const scheduler = yield* Scheduler
          yield* scheduler.reconcile
          yield* scheduler.resume("downtime", pending)
          yield* TestClock.setTime(Date.parse("2026-11-01T12:00:00Z"))
        }).pipe(Effect.scoped, Effect.provide(schedulerHarness({ jobs }, recordingExecutor(calls), dir)))
        expect(calls).toEqual([])
      }
    }))
})

describe("a sleep interrupts every wait of the job fibers", () => {
  it.scoped("a sleep during a jitter wait fires nothing until the catch-up pass", () => {
    const calls: Array<Call> = []
    return Effect.gen(function*() {
      yield* TestClock.setTime(Date.parse("2026-01-05T08:59:00Z"))
      const events = yield* collectEvents
      const scheduler = yield* Scheduler
      yield* scheduler.reconcile
      yield* TestClock.adjust(MINUTE + 1_000) // 09:00:01: the 09:00 fire waits its jitter (20 s)
      expect(calls).toEqual([])
      yield* scheduler.suspend("test sleep")
      yield* TestClock.adjust(30 * MINUTE) // the jitter would have ended at 09:00:20
      expect(calls).toEqual([])
      yield* scheduler.resume("wake")
      yield* TestClock.adjust(1)
      expect(calls.map((c) => iso(c.at))).toEqual(["2026-01-05T09:30:01Z"])
      expect(missedOf(events)).toEqual([{ job: "standup", count: 1, newest: "2026-01-05T09:00:00Z", caughtUp: true }])
    }).pipe(
      Effect.scoped,
      Effect.provide(schedulerHarness({ jobs: [daily("standup", { jitter_seconds: 30 })] }, recordingExecutor(calls))),
      Effect.withRandom(Random.fixed([20_000]))
    )
  })

  it.scoped("a sleep during a catch-up spread fires nothing until the next catch-up pass, which runs the rest once", () => {
    const calls: Array<Call> = []
    const jobs = Array.from({ length: 20 }, (_, i) => daily(`job${i}`))
    return Effect.gen(function*() {
      yield* TestClock.setTime(Date.parse("2026-01-05T07:00:00Z"))
      const scheduler = yield* Scheduler
      yield* scheduler.reconcile
      yield* TestClock.setTime(Date.parse("2026-01-05T08:00:00Z"))
      yield* scheduler.suspend("first sleep")
      yield* TestClock.setTime(Date.parse("2026-01-05T09:30:00Z"))
      yield* scheduler.resume("first wake") // 20 catch-ups, one every 3 s
      yield* TestClock.adjust(10_000) // 09:30:10: four have started
      expect(calls).toHaveLength(4)
      yield* scheduler.suspend("second sleep")
      yield* TestClock.adjust(50_000) // their slots pass while asleep
      expect(calls).toHaveLength(4)
      yield* scheduler.resume("second wake") // 09:31:00
      yield* TestClock.adjust(2 * MINUTE)
      expect(calls.filter((c) => c.at > Date.parse("2026-01-05T09:30:10Z") && c.at < Date.parse("2026-01-05T09:31:00Z"))).toEqual([])
      expect(new Set(calls.map((c) => c.job)).size).toBe(20)
      expect(calls).toHaveLength(20)
    }).pipe(Effect.scoped, Effect.provide(schedulerHarness({ jobs }, recordingExecutor(calls))))
  })

  it.scoped("a reconcile racing a resume never leaves a removed job scheduled", () =>
    Effect.gen(function*() {
      for (const order of ["resume first", "reload first"]) {
        const calls: Array<Call> = []
        const h = reloadHarness({ jobs: [daily("keep"), daily("gone")] }, recordingExecutor(calls))
        yield* Effect.gen(function*() {
          yield* TestClock.setTime(Date.parse("2026-01-05T07:00:00Z"))
          const scheduler = yield* Scheduler
          const reloader = yield* Reloader
          yield* reloader.reload("start", true)
          yield* scheduler.suspend("sleep")
          yield* TestClock.setTime(Date.parse("2026-01-05T08:00:00Z"))
          h.writeConfig({ jobs: [daily("keep")] })
          const resume = scheduler.resume("wake")
          const reload = reloader.reload("test")
          yield* Effect.all(order === "resume first" ? [resume, reload] : [reload, resume], { concurrency: "unbounded", discard: true })
          expect([...(yield* scheduler.nextRuns).keys()]).toEqual(["keep"])
          yield* TestClock.adjust(26 * HOUR)
          expect(calls.map((c) => `${c.job} ${iso(c.at)}`)).toEqual(["keep 2026-01-05T09:00:00Z", "keep 2026-01-06T09:00:00Z"])
        }).pipe(Effect.scoped, Effect.provide(h.layer))
      }
    }))
})

describe("the fall-back guard", () => {
  it.scoped("does not hold back a wildcard-hour job: 0 * * * * runs every real hour across 2026-11-01", () => {
    const calls: Array<Call> = []
    return Effect.gen(function*() {
      yield* TestClock.setTime(Date.parse("2026-11-01T03:30:00Z"))
      yield* syncState
      const events = yield* collectEvents
      yield* (yield* Scheduler).reconcile
      yield* TestClock.adjust(4 * HOUR)
      expect(calls.map((c) => iso(c.at))).toEqual([
        "2026-11-01T04:00:00Z",
        "2026-11-01T05:00:00Z",
        "2026-11-01T06:00:00Z",
        "2026-11-01T07:00:00Z"
      ])
      // the recorder writes in order: once the last run is written, so is its fire's wall time
      yield* events.waitFor(recordedRun("hourly", Date.parse("2026-11-01T07:00:00Z")))
      expect((yield* (yield* StateStore).get).jobs[0]?.last_fire_wall).toBe("2026-11-01T02:00:00")
    }).pipe(
      Effect.scoped,
      Effect.provide(
        schedulerHarness(
          { jobs: [{ name: "hourly", cron: "0 * * * *", skill: "s", timezone: "America/New_York" }] },
          recordingExecutor(calls)
        )
      )
    )
  })
})

describe("clock-gap detector", () => {
  it("tells a suspend (wall ran ahead of monotonic) and a clock set back from ordinary drift", () => {
    expect(clockGap({ wall: 0, mono: 0 }, { wall: 5_003, mono: 5_000 })).toBeUndefined()
    expect(clockGap({ wall: 0, mono: 0 }, { wall: 3_605_000, mono: 5_000 })).toEqual({ kind: "suspend", sleptForMs: 3_600_000 })
    expect(clockGap({ wall: 0, mono: 0 }, { wall: -55_000, mono: 5_000 })).toEqual({ kind: "clock set back", byMs: 60_000 })
  })

  it.scoped("reports a simulated suspend: the wall clock jumps while the monotonic clock does not", () =>
    Effect.gen(function*() {
      yield* TestClock.setTime(Date.parse("2026-01-05T08:00:00Z"))
      const clock = yield* Effect.clock
      let suspended = 0 // ms the monotonic clock did not see
      const mono = Layer.succeed(MonotonicClock, { nowMs: () => clock.unsafeCurrentTimeMillis() - suspended })
      const gaps: Array<ClockGap> = []
      // polled every 10 minutes here (5 s in the daemon): the same detection in fewer simulated steps
      yield* Effect.forkScoped(watchClockGaps((g) => Effect.sync(() => gaps.push(g)), 10 * MINUTE).pipe(Effect.provide(mono)))
      yield* TestClock.adjust(30 * MINUTE)
      expect(gaps).toEqual([])
      suspended += HOUR
      yield* TestClock.adjust(HOUR)
      expect(gaps).toEqual([{ kind: "suspend", sleptForMs: HOUR }])
      yield* TestClock.adjust(30 * MINUTE)
      expect(gaps).toHaveLength(1)
    }))
})
