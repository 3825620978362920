import { it } from "@effect/vitest"
import { Effect } from "effect"
import { closeSync, openSync, renameSync, unlinkSync, writeFileSync, writeSync, ftruncateSync } from "node:fs"
import { join } from "node:path"
import { describe, expect } from "vitest"
import type { JobEvent } from "../src/domain/events.js"
import { ActiveConfig } from "../src/layers/ActiveConfig.js"
import { Reloader } from "../src/layers/Reloader.js"
import { Scheduler } from "../src/layers/Scheduler.js"
import { StateStore } from "../src/layers/StateStore.js"
import { runCli } from "./support/cli.js"
import { collectEvents, recordingExecutor, reloadHarness } from "./support/harness.js"

const text = (jobs: Array<Record<string, unknown>>) => JSON.stringify({ schedules: { timezone: "UTC", jobs } }, null, 2)
const job = (name: string, cron = "0 9 * * *") => ({ name, cron, skill: "s" })
const reloads = (events: ReadonlyArray<JobEvent>) => events.filter((e) => e._tag === "ConfigReloaded" || e._tag === "ConfigRejected")
const settle = Effect.sleep("700 millis") // the debounce is 150 ms; leave room for a second (wrong) reload

/** A watched daemon core on real files and the real clock. */
const withWatcher = <A>(body: (h: ReturnType<typeof reloadHarness>, events: Array<JobEvent>) => Effect.Effect<A, unknown, Reloader | Scheduler | StateStore | ActiveConfig>) => {
  const h = reloadHarness({ jobs: [job("a")] }, recordingExecutor([]), true)
  return Effect.gen(function* () {
    const events = yield* collectEvents
    yield* (yield* Reloader).reload("start", true)
    return yield* body(h, events)
  }).pipe(Effect.scoped, Effect.provide(h.layer))
}

describe("config.json watched for real", () => {
  it.live("a rename-save, a vim-style save and a truncate-then-write each trigger exactly one reload", () =>
    withWatcher((h, events) =>
      Effect.gen(function* () {
        // editors' atomic save: write a temp file, rename it over the config
        writeFileSync(`${h.configPath}.tmp`, text([job("a"), job("b")]))
        renameSync(`${h.configPath}.tmp`, h.configPath)
        yield* settle
        expect(reloads(events).map((e) => e._tag === "ConfigReloaded" && e.added)).toEqual([["b"]])

        // vim: probe file, config renamed to a backup, new file written, backup removed
        writeFileSync(join(h.dir, "4913"), "")
        unlinkSync(join(h.dir, "4913"))
        renameSync(h.configPath, `${h.configPath}~`)
        writeFileSync(h.configPath, text([job("a"), job("b"), job("c")]))
        unlinkSync(`${h.configPath}~`)
        yield* settle
        expect(reloads(events).map((e) => e._tag === "ConfigReloaded" && e.added)).toEqual([["b"], ["c"]])

        // truncate, then write a moment later
        const fd = openSync(h.configPath, "r+")
        ftruncateSync(fd, 0)
        yield* Effect.sleep("30 millis")
        writeSync(fd, text([job("a", "0 10 * * *"), job("b"), job("c")]))
        closeSync(fd)
        yield* settle
        expect(reloads(events).map((e) => e._tag === "ConfigReloaded" && e.changed)).toEqual([[], [], ["a"]])
      })
    )
  )

  it.live("invalid JSON, an invalid cron and a duplicate name each leave the old schedule running and report why; fixing applies", () =>
    withWatcher((h, events) =>
      Effect.gen(function* () {
        const scheduler = yield* Scheduler
        const active = yield* ActiveConfig
        const before = new Map(yield* scheduler.nextRuns)
        const rejections = () => events.filter((e) => e._tag === "ConfigRejected").map((e) => (e._tag === "ConfigRejected" ? e.problems.join("\n") : ""))

        writeFileSync(h.configPath, '{"schedules": {"jobs": [')
        yield* settle
        writeFileSync(h.configPath, text([job("a", "0 9 * * MON-FUN")]))
        yield* settle
        writeFileSync(h.configPath, text([job("a"), job("a", "0 10 * * *")]))
        yield* settle
        expect(rejections()).toEqual([
          "malformed JSON at line 1, column 25: expected ']'",
          'schedules.jobs[0] (a).cron: invalid cron "0 9 * * MON-FUN": day-of-week field "MON-FUN" is not valid; expected 0-7 or SUN-SAT (0 and 7 are Sunday), with L or #n, a list, a range or a step',
          'schedules.jobs[1] (a).name: duplicate job name "a" (also jobs[0]); job names must be unique'
        ])
        expect(yield* scheduler.nextRuns).toEqual(before)
        expect((yield* active.get).schedules.jobs.map((j) => j.cron)).toEqual(["0 9 * * *"])

        writeFileSync(h.configPath, text([job("a", "0 11 * * *")]))
        yield* settle
        expect((yield* active.get).schedules.jobs.map((j) => j.cron)).toEqual(["0 11 * * *"])
        expect((yield* (yield* Reloader).rejection)._tag).toBe("None")
      })
    )
  )

  it.live("a toggle written to the state file by another process applies at once", () =>
    withWatcher((h, events) =>
      Effect.gen(function* () {
        // the real CLI, with no D-Bus, edits the state file under the lock
        const store = yield* StateStore
        const cli = runCli(["disable", "a", "--config", h.configPath, "--state", store.path], { DBUS_SESSION_BUS_ADDRESS: "" })
        expect(cli.stdout).toBe("a disabled (state file; no daemon is running)\n")
        yield* settle
        expect(events.filter((e) => e._tag === "JobToggled")).toEqual([expect.objectContaining({ job: "a", enabled: false })])
        expect((yield* store.get).toggles.jobs).toEqual({ a: false })
      })
    )
  )
})
