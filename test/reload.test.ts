import { it } from "@effect/vitest"
import { Effect, TestClock } from "effect"
import { describe, expect } from "vitest"
import type { JobEvent } from "../src/domain/events.js"
import { Reloader } from "../src/layers/Reloader.js"
import { Scheduler } from "../src/layers/Scheduler.js"
import { StateStore } from "../src/layers/StateStore.js"
import { type Call, collectEvents, iso, recordedRun, recordingExecutor, reloadHarness } from "./support/harness.js"

const MINUTE = 60_000

const job = (name: string, over: Record<string, unknown> = {}) => ({ name, cron: "*/5 * * * *", skill: "s", ...over })
const tenJobs = Array.from({ length: 10 }, (_, i) => job(`job${i}`, { cron: `${i} * * * *` }))

/** How many times each job's fiber (re)started: every start publishes its first NextRunScheduled. */
const startsByJob = (events: ReadonlyArray<JobEvent>, since = 0) => {
  const counts = new Map<string, number>()
  for (const e of events.slice(since)) if (e._tag === "NextRunScheduled") counts.set(e.job, (counts.get(e.job) ?? 0) + 1)
  return counts
}

/** At `instant`, the daemon's first load: the events from then on, and the Reloader. */
const startAt = (instant: string) =>
  Effect.gen(function*() {
    yield* TestClock.setTime(Date.parse(instant))
    const events = yield* collectEvents
    const reloader = yield* Reloader
    yield* reloader.reload("start", true)
    return { events, reloader }
  })

describe("reload on TestClock", () => {
  it.scoped("editing one job of ten leaves the other nine fibers and next instants untouched; the edited one follows its new cron", () => {
    const calls: Array<Call> = []
    const h = reloadHarness({ jobs: tenJobs }, recordingExecutor(calls))
    return Effect.gen(function*() {
      const { events, reloader } = yield* startAt("2026-01-01T08:30:00Z")
      const scheduler = yield* Scheduler
      yield* TestClock.adjust(1_000)
      const before = new Map(yield* scheduler.nextRuns)
      const mark = events.length

      h.writeConfig({ jobs: tenJobs.map((j) => (j.name === "job3" ? { ...j, cron: "45 * * * *" } : j)) })
      const diff = yield* reloader.reload("test")
      expect(diff).toEqual({ added: [], changed: ["job3"], removed: [] })
      yield* TestClock.adjust(1_000)
      expect([...startsByJob(events, mark).entries()]).toEqual([["job3", 1]])
      const after = yield* scheduler.nextRuns
      for (const [name, at] of before) if (name !== "job3") expect(after.get(name)).toBe(at)
      expect(iso(after.get("job3") ?? 0)).toBe("2026-01-01T08:45:00Z")

      yield* TestClock.adjust(30 * MINUTE)
      expect(calls.filter((c) => c.job === "job3").map((c) => iso(c.at))).toEqual(["2026-01-01T08:45:00Z"])
      expect(calls.filter((c) => c.job === "job0").map((c) => iso(c.at))).toEqual(["2026-01-01T09:00:00Z"])
    }).pipe(Effect.scoped, Effect.provide(h.layer))
  })

  it.scoped("a removed job's running execution completes and is recorded; an added job fires on its first instant", () => {
    const calls: Array<Call> = []
    const h = reloadHarness(
      { jobs: [job("long", { cron: "0 9 * * *" }), job("keep", { cron: "0 10 * * *" })] },
      recordingExecutor(calls, { durationMs: 7 * MINUTE })
    )
    return Effect.gen(function*() {
      const { events, reloader } = yield* startAt("2026-01-01T08:59:00Z")
      yield* TestClock.adjust(2 * MINUTE) // "long" started at 09:00 and runs until 09:07

      h.writeConfig({ jobs: [job("keep", { cron: "0 10 * * *" }), job("fresh", { cron: "5 9 * * *" })] })
      expect(yield* reloader.reload("test")).toEqual({ added: ["fresh"], changed: [], removed: ["long"] })
      yield* TestClock.adjust(10 * MINUTE)

      const completed = events.filter((e) => e._tag === "JobCompleted").map((
        e
      ) => (e._tag === "JobCompleted" ? [e.run.job, iso(e.run.completed_at)] : []))
      expect(completed).toContainEqual(["long", "2026-01-01T09:07:00Z"])
      expect(calls.map((c) => [c.job, iso(c.at)])).toEqual([
        ["long", "2026-01-01T09:00:00Z"],
        ["fresh", "2026-01-01T09:05:00Z"]
      ])
      // the state file is real I/O: wait for the recorder to say the run is written, then read it
      yield* events.waitFor(recordedRun("long"))
      const history = (yield* (yield* StateStore).get).history
      expect(history.map((h) => h.job)).toContain("long")
    }).pipe(Effect.scoped, Effect.provide(h.layer))
  })

  it.scoped("an invalid edit keeps the last good config running and is reported with every problem", () => {
    const calls: Array<Call> = []
    const h = reloadHarness({ jobs: [job("a", { cron: "0 9 * * *" })] }, recordingExecutor(calls))
    return Effect.gen(function*() {
      const { events, reloader } = yield* startAt("2026-01-01T08:00:00Z")
      h.writeConfig({ jobs: [job("a", { cron: "0 25 * * *" }), job("a", { cron: "0 9 * * *" })] })
      const failed = yield* Effect.flip(reloader.reload("test"))
      expect(failed._tag).toBe("ConfigInvalid")
      yield* TestClock.adjust(1) // lets the event consumer run
      const rejected = events.find((e) => e._tag === "ConfigRejected")
      expect(rejected?._tag === "ConfigRejected" && rejected.problems).toEqual([
        "schedules.jobs[0] (a).cron: invalid cron \"0 25 * * *\": hour field \"25\" is not valid; expected 0-23, a list, a range or a step",
        "schedules.jobs[1] (a).name: duplicate job name \"a\" (also jobs[0]); job names must be unique"
      ])
      expect((yield* reloader.rejection)._tag).toBe("Some")
      yield* TestClock.adjust(90 * MINUTE)
      expect(calls.map((c) => iso(c.at))).toEqual(["2026-01-01T09:00:00Z"])
      h.writeConfig({ jobs: [job("a", { cron: "30 9 * * *" })] })
      expect((yield* reloader.reload("test")).changed).toEqual(["a"])
      expect((yield* reloader.rejection)._tag).toBe("None")
    }).pipe(Effect.scoped, Effect.provide(h.layer))
  })

  it.scoped("10,000 jobs: changing one reconciles without restarting the others", () => {
    const many = Array.from({ length: 10_000 }, (_, i) => job(`job${i}`, { cron: `${i % 60} ${i % 24} * * *` }))
    const h = reloadHarness({ jobs: many }, recordingExecutor([]))
    return Effect.gen(function*() {
      const { events, reloader } = yield* startAt("2026-01-01T00:00:30Z")
      yield* TestClock.adjust(100)
      expect(startsByJob(events).size).toBe(10_000)
      const mark = events.length
      h.writeConfig({ jobs: many.map((j) => (j.name === "job4242" ? { ...j, cron: "1 1 1 1 *" } : j)) })
      expect(yield* reloader.reload("test")).toEqual({ added: [], changed: ["job4242"], removed: [] })
      yield* TestClock.adjust(100)
      expect([...startsByJob(events, mark).entries()]).toEqual([["job4242", 1]])
    }).pipe(Effect.scoped, Effect.provide(h.layer))
  }, 60_000)

  it.scoped("a job written differently with the same meaning is not restarted", () => {
    const h = reloadHarness({ jobs: [job("a", { cron: "0 9 * * *" }), job("b")] }, recordingExecutor([]))
    return Effect.gen(function*() {
      const { events, reloader } = yield* startAt("2026-01-01T08:00:00Z")
      yield* TestClock.adjust(100)
      const mark = events.length
      // the same job with its keys in another order, and a default spelt out
      h.writeConfig({ jobs: [{ skill: "s", overlap: "skip", cron: "0 9 * * *", name: "a" }, job("b")] })
      expect(yield* reloader.reload("test")).toEqual({ added: [], changed: [], removed: [] })
      yield* TestClock.adjust(100)
      expect(startsByJob(events, mark).size).toBe(0)
    }).pipe(Effect.scoped, Effect.provide(h.layer))
  })

  it.scoped("an edit in the last second before an instant: the jobs taken off for it fire once, a changed one at its new instant, an added one with them", () => {
    const calls: Array<Call> = []
    const three = [job("a", { cron: "0 9 * * *" }), job("b", { cron: "0 9 * * *" }), job("c", { cron: "0 9 * * *" })]
    const h = reloadHarness({ jobs: three }, recordingExecutor(calls))
    return Effect.gen(function*() {
      const { reloader } = yield* startAt("2026-01-01T08:59:00Z")
      // into the final approach: the dispatcher has taken the 09:00 entries off the heap and sleeps the last second
      yield* TestClock.adjust(59_500)
      h.writeConfig({ jobs: [three[0], { ...three[1], cron: "1 9 * * *" }, three[2], job("d", { cron: "0 9 * * *" })] })
      expect(yield* reloader.reload("test")).toEqual({ added: ["d"], changed: ["b"], removed: [] })
      yield* TestClock.adjust(2 * MINUTE)
      expect(calls.map((c) => `${c.job} ${iso(c.at)}`).sort()).toEqual([
        "a 2026-01-01T09:00:00Z",
        "b 2026-01-01T09:01:00Z",
        "c 2026-01-01T09:00:00Z",
        "d 2026-01-01T09:00:00Z"
      ])
    }).pipe(Effect.scoped, Effect.provide(h.layer))
  })
})
