import { it } from "@effect/vitest"
import { Effect, TestClock } from "effect"
import { chmodSync, closeSync, ftruncateSync, openSync, readFileSync, renameSync, unlinkSync, writeFileSync, writeSync } from "node:fs"
import { join } from "node:path"
import { describe, expect } from "vitest"
import type { JobEvent } from "../src/domain/events.js"
import { ActiveConfig } from "../src/layers/ActiveConfig.js"
import { CHECK_MS, DEBOUNCE_MS, makeConfigWatcher } from "../src/layers/ConfigWatcher.js"
import { Reloader } from "../src/layers/Reloader.js"
import { Scheduler } from "../src/layers/Scheduler.js"
import { StateStore } from "../src/layers/StateStore.js"
import { runCli } from "./support/cli.js"
import { type Collected, collectEvents, recordingExecutor, reloadHarness } from "./support/harness.js"
import { sleepingUntil } from "./support/wait.js"

const text = (jobs: Array<Record<string, unknown>>) => JSON.stringify({ schedules: { timezone: "UTC", jobs } }, null, 2)
const job = (name: string, cron = "0 9 * * *") => ({ name, cron, skill: "s" })
const reloads = (events: ReadonlyArray<JobEvent>) => events.filter((e) => e._tag === "ConfigReloaded" || e._tag === "ConfigRejected")

/** A watched daemon core on real files and the real clock. */
const withWatcher = <A>(
  body: (
    h: ReturnType<typeof reloadHarness>,
    events: Collected
  ) => Effect.Effect<A, unknown, Reloader | Scheduler | StateStore | ActiveConfig>
) => {
  const h = reloadHarness({ jobs: [job("a")] }, recordingExecutor([]), true)
  return Effect.gen(function*() {
    const events = yield* collectEvents
    yield* (yield* Reloader).reload("start", true)
    return yield* body(h, events)
  }).pipe(Effect.scoped, Effect.provide(h.layer))
}

describe("config.json watched for real", () => {
  it.live("a rename-save, a vim-style save and a truncate-then-write each trigger exactly one reload", () =>
    withWatcher((h, events) =>
      Effect.gen(function*() {
        // each step waits for the reload it causes (the watcher is real I/O); a second, wrong
        // reload of a step would stand in the list before the next step's, and fail the check
        const reloaded = (n: number) => events.waitUntil(() => reloads(events).length >= n)
        // editors' atomic save: write a temp file, rename it over the config
        writeFileSync(`${h.configPath}.tmp`, text([job("a"), job("b")]))
        renameSync(`${h.configPath}.tmp`, h.configPath)
        yield* reloaded(1)
        expect(reloads(events).map((e) => e._tag === "ConfigReloaded" && e.added)).toEqual([["b"]])

        // vim: probe file, config renamed to a backup, new file written, backup removed
        writeFileSync(join(h.dir, "4913"), "")
        unlinkSync(join(h.dir, "4913"))
        renameSync(h.configPath, `${h.configPath}~`)
        writeFileSync(h.configPath, text([job("a"), job("b"), job("c")]))
        unlinkSync(`${h.configPath}~`)
        yield* reloaded(2)
        expect(reloads(events).map((e) => e._tag === "ConfigReloaded" && e.added)).toEqual([["b"], ["c"]])

        // truncate, then write a moment later
        const fd = openSync(h.configPath, "r+")
        ftruncateSync(fd, 0)
        yield* Effect.sleep("30 millis")
        writeSync(fd, text([job("a", "0 10 * * *"), job("b"), job("c")]))
        closeSync(fd)
        yield* reloaded(3)
        // one more save, so that a late second reload of the last step would show
        writeFileSync(h.configPath, text([job("a", "0 10 * * *"), job("b"), job("c"), job("d")]))
        yield* reloaded(4)
        expect(reloads(events).map((e) => e._tag === "ConfigReloaded" && [e.added, e.changed])).toEqual([
          [["b"], []],
          [["c"], []],
          [[], ["a"]],
          [["d"], []]
        ])
      })
    ))

  it.live("invalid JSON, an invalid cron and a duplicate name each leave the old schedule running and report why; fixing applies", () =>
    withWatcher((h, events) =>
      Effect.gen(function*() {
        const scheduler = yield* Scheduler
        const active = yield* ActiveConfig
        const before = new Map(yield* scheduler.nextRuns)
        const rejections = () =>
          events.filter((e) => e._tag === "ConfigRejected").map((e) => (e._tag === "ConfigRejected" ? e.problems.join("\n") : ""))

        const rejected = (n: number) => events.waitUntil(() => rejections().length >= n)
        writeFileSync(h.configPath, "{\"schedules\": {\"jobs\": [")
        yield* rejected(1)
        writeFileSync(h.configPath, text([job("a", "0 9 * * MON-FUN")]))
        yield* rejected(2)
        writeFileSync(h.configPath, text([job("a"), job("a", "0 10 * * *")]))
        yield* rejected(3)
        expect(rejections()).toEqual([
          "malformed JSON at line 1, column 25: expected ']'",
          "schedules.jobs[0] (a).cron: invalid cron \"0 9 * * MON-FUN\": day-of-week field \"MON-FUN\" is not valid; expected 0-7 or SUN-SAT (0 and 7 are Sunday), with L or #n, a list, a range or a step",
          "schedules.jobs[1] (a).name: duplicate job name \"a\" (also jobs[0]); job names must be unique"
        ])
        expect(yield* scheduler.nextRuns).toEqual(before)
        expect((yield* active.get).schedules.jobs.map((j) => j.cron)).toEqual(["0 9 * * *"])

        writeFileSync(h.configPath, text([job("a", "0 11 * * *")]))
        yield* events.waitUntil(() => events.some((e) => e._tag === "ConfigReloaded"))
        expect(reloads(events).map((e) => e._tag)).toEqual(["ConfigRejected", "ConfigRejected", "ConfigRejected", "ConfigReloaded"])
        expect((yield* active.get).schedules.jobs.map((j) => j.cron)).toEqual(["0 11 * * *"])
        expect((yield* (yield* Reloader).rejection)._tag).toBe("None")
      })
    ))

  it.live("a toggle written to the state file by another process applies at once", () =>
    withWatcher((h, events) =>
      Effect.gen(function*() {
        // the real CLI, with no D-Bus, edits the state file under the lock
        const store = yield* StateStore
        const cli = runCli(["disable", "a", "--config", h.configPath, "--state", store.path], { DBUS_SESSION_BUS_ADDRESS: "" })
        expect(cli.stdout).toBe("a disabled (state file; no daemon is running)\n")
        yield* events.waitUntil(() => events.some((e) => e._tag === "JobToggled"))
        expect(events.filter((e) => e._tag === "JobToggled")).toEqual([expect.objectContaining({ job: "a", enabled: false })])
        expect((yield* store.get).toggles.jobs).toEqual({ a: false })
      })
    ))

  it.scoped("a save the file watcher never reports (chmod, then an in-place write of the same size) is applied by the periodic check, once", () => {
    // no file watcher at all: the periodic stat check is the only thing that can see the save
    const h = reloadHarness({ jobs: [job("a")] }, recordingExecutor([]), makeConfigWatcher({ fileEvents: false }))
    return Effect.gen(function*() {
      const events = yield* collectEvents
      yield* (yield* Reloader).reload("start", true)
      const active = yield* ActiveConfig
      yield* sleepingUntil(CHECK_MS) // the check is armed

      chmodSync(h.configPath, 0o600)
      const before = readFileSync(h.configPath, "utf8")
      const edited = before.replace("0 9 * * *", "0 8 * * *")
      expect(edited.length).toBe(before.length) // same size: only the mtime tells
      const fd = openSync(h.configPath, "r+")
      writeSync(fd, edited, 0)
      closeSync(fd)

      yield* TestClock.adjust(CHECK_MS)
      // the check saw a new version and queued a reload, which waits out the debounce
      yield* sleepingUntil(CHECK_MS + DEBOUNCE_MS)
      yield* TestClock.adjust(DEBOUNCE_MS)
      yield* events.waitUntil(() => reloads(events).length >= 1)
      expect(reloads(events)).toEqual([expect.objectContaining({ _tag: "ConfigReloaded", added: [], changed: ["a"] })])
      expect((yield* active.get).schedules.jobs.map((j) => j.cron)).toEqual(["0 8 * * *"])

      // the next check finds the version the reload read: no second reload
      yield* sleepingUntil(2 * CHECK_MS)
      yield* TestClock.adjust(CHECK_MS)
      yield* sleepingUntil(3 * CHECK_MS) // the check has gone round once more
      expect(reloads(events)).toHaveLength(1)
    }).pipe(Effect.scoped, Effect.provide(h.layer))
  })
})
