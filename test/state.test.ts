import { it } from "@effect/vitest"
import { Effect, Layer, Option, Schema } from "effect"
import { spawn } from "node:child_process"
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { beforeAll, describe, expect } from "vitest"
import { resolveJobs } from "../src/domain/config.js"
import type { RunRecord } from "../src/domain/events.js"
import {
  applyChanges,
  countRun,
  emptyState,
  type JobPatch,
  recordRun,
  setJobToggle,
  StateFile,
  syncWithConfig,
  toHistoryEntry,
  withLastFire,
  withMissed,
  withNextRun
} from "../src/domain/state.js"
import { makeCalendar } from "../src/domain/time.js"
import { Calendar } from "../src/layers/Calendar.js"
import { Paths } from "../src/layers/Paths.js"
import { StateStore } from "../src/layers/StateStore.js"
import { bundleScript } from "./support/bundle.js"
import { decodeConfig, testDir } from "./support/harness.js"

const calendar = makeCalendar()

const dir = testDir("bot-cron-state-")
const storeAt = (path: string) =>
  StateStore.layer.pipe(
    Layer.provide(Calendar.layer),
    Layer.provide(Paths.layer({ state: Option.some(path), config: Option.some(join(dir, "config.json")) }))
  )

const run = (i: number): RunRecord => ({
  job: "j",
  execution_id: `cron-s-${i}`,
  source: "cron",
  scheduled_at: 1_700_000_000_000 + i * 60_000,
  started_at: 1_700_000_000_000 + i * 60_000,
  completed_at: 1_700_000_000_000 + i * 60_000 + 1_500,
  status: i % 10 === 0 ? "failure" : "success",
  attempts: 1,
  exit_code: i % 10 === 0 ? 1 : 0,
  output_preview: `run ${i}`,
  error: i % 10 === 0 ? "exited with code 1" : null,
  log_file: `/logs/cron-s-${i}.log`
})

const config = decodeConfig({ jobs: [{ name: "j", cron: "* * * * *", skill: "s" }], history_limit: 100 })

describe("StateStore", () => {
  it.live("200 runs with history_limit 100 keep the newest 100, and count all 200", () =>
    Effect.gen(function*() {
      const path = join(dir, "history", "cron_state.json")
      const store = yield* StateStore
      yield* store.update((s) => syncWithConfig(s, config.schedules, resolveJobs(config.schedules)))
      for (let i = 1; i <= 200; i++) yield* store.update((s) => recordRun(calendar, s, run(i), "UTC", 100))
      const onDisk = Schema.decodeUnknownSync(Schema.parseJson(StateFile))(readFileSync(path, "utf8"))
      expect(onDisk.history).toHaveLength(100)
      expect(onDisk.history[0]?.execution_id).toBe("cron-s-200")
      expect(onDisk.history[99]?.execution_id).toBe("cron-s-101")
      expect(onDisk.history[0]).toMatchObject({ duration_ms: 1500, started_at: "2023-11-15T01:33:20+00:00", status: "failure" })
      expect(onDisk.jobs[0]).toMatchObject({ name: "j", run_count: 200, failure_count: 20, last_status: "failure" })
      expect(statSync(path).mode & 0o777).toBe(0o600)
      expect(statSync(join(dir, "history")).mode & 0o777).toBe(0o700)
      // no temp files left behind (the lock file stays: a lock is on an open descriptor, never on the file's existence)
      expect(readdirSync(join(dir, "history")).sort()).toEqual(["cron_state.json", "cron_state.json.lock"])
    }).pipe(Effect.provide(storeAt(join(dir, "history", "cron_state.json")))))

  it.live("a corrupt state file is moved aside, not overwritten", () =>
    Effect.gen(function*() {
      const folder = join(dir, "corrupt")
      const path = join(folder, "cron_state.json")
      yield* Effect.sync(() => {
        mkdirSync(folder, { recursive: true })
        writeFileSync(path, "{\"enabled\": true, \"jobs\": [ truncated")
      })
      const state = yield* Effect.flatMap(StateStore, (s) => s.get).pipe(Effect.provide(storeAt(path)))
      expect(state.jobs).toEqual([])
      const aside = readdirSync(folder).filter((f) => f.startsWith("cron_state.json.corrupt-"))
      expect(aside).toHaveLength(1)
      expect(readFileSync(join(folder, aside[0]!), "utf8")).toBe("{\"enabled\": true, \"jobs\": [ truncated")
      expect(existsSync(path)).toBe(false)
    }))

  it.live("an update that changes nothing does not write the file", () =>
    Effect.gen(function*() {
      const path = join(dir, "unchanged", "cron_state.json")
      const store = yield* StateStore
      const jobs = resolveJobs(config.schedules)
      yield* store.update((s) => syncWithConfig(s, config.schedules, jobs))
      const written = statSync(path)
      const same = yield* store.update((s) => syncWithConfig(s, config.schedules, jobs))
      expect(same).toBe(yield* store.get)
      const after = statSync(path)
      expect([after.ino, after.mtimeMs]).toEqual([written.ino, written.mtimeMs])
    }).pipe(Effect.provide(storeAt(join(dir, "unchanged", "cron_state.json")))))

  it("a config unchanged leaves the state as it is; a changed cron clears that job's next run only", () => {
    const two = decodeConfig({ jobs: [{ name: "a", cron: "0 9 * * *", skill: "s" }, { name: "b", cron: "0 10 * * *", skill: "s" }] })
    const synced = syncWithConfig(emptyState(), two.schedules, resolveJobs(two.schedules))
    const withNext = applyChanges(synced, new Map([["a", withNextRun("x")], ["b", withNextRun("y")]]))
    expect(syncWithConfig(withNext, two.schedules, resolveJobs(two.schedules))).toBe(withNext)
    const edited = decodeConfig({ jobs: [{ name: "a", cron: "0 9 * * *", skill: "s" }, { name: "b", cron: "0 11 * * *", skill: "s" }] })
    const resynced = syncWithConfig(withNext, edited.schedules, resolveJobs(edited.schedules))
    expect(resynced.jobs.map((j) => [j.name, j.cron, j.next_run])).toEqual([["a", "0 9 * * *", "x"], ["b", "0 11 * * *", null]])
    expect(resynced.jobs[0]).toBe(withNext.jobs[0])
  })

  it("a batch of changes is applied in one pass: patches to one job compose, history is newest first and capped", () => {
    const two = decodeConfig({ jobs: [{ name: "j", cron: "* * * * *", skill: "s" }, { name: "k", cron: "* * * * *", skill: "s" }] })
    const state = syncWithConfig(emptyState(), two.schedules, resolveJobs(two.schedules))
    const entries = [run(1), run(2), run(3)].map((r) => toHistoryEntry(calendar, r, "UTC"))
    const patches = new Map<string, JobPatch>([
      ["j", (s) => withLastFire("2026-01-01T09:00")(countRun(run(3), entries[2]!)(countRun(run(2), entries[1]!)(s)))],
      ["k", withMissed(4)]
    ])
    const next = applyChanges(state, patches, [...entries].reverse(), 2)
    expect(next.jobs[0]).toMatchObject({ name: "j", run_count: 2, failure_count: 0, last_fire_wall: "2026-01-01T09:00" })
    expect(next.jobs[1]).toMatchObject({ name: "k", run_count: 0, missed_count: 4 })
    expect(next.history.map((h) => h.execution_id)).toEqual(["cron-s-3", "cron-s-2"])
    expect(applyChanges(next, new Map([["j", withLastFire("2026-01-01T09:00")]]))).toBe(next)
  })

  it("toggles in the state file override enabled in config", () => {
    const jobs = resolveJobs(config.schedules)
    const toggled = setJobToggle(syncWithConfig(emptyState(), config.schedules, jobs), "j", false)
    const resynced = syncWithConfig(toggled, config.schedules, jobs)
    expect(resynced.jobs[0]?.enabled).toBe(false)
    expect(resynced.toggles.jobs).toEqual({ j: false })
  })
})

describe("crash safety", () => {
  let writer = ""
  beforeAll(async () => {
    writer = await bundleScript(new URL("./support/state-writer.ts", import.meta.url), "state-writer.mjs")
  })

  it("SIGKILL at random moments, 200 times, never leaves a file that fails to parse", async () => {
    const path = join(dir, "crash", "cron_state.json")
    for (let i = 0; i < 200; i++) {
      const child = spawn(process.execPath, [writer, path], { stdio: ["ignore", "pipe", "inherit"] })
      // kill only once it is writing, at a random moment in its loop
      await new Promise((resolve) => child.stdout.once("data", resolve))
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 15))
      const exited = new Promise((resolve) => child.once("exit", resolve))
      child.kill("SIGKILL")
      await exited
      const parsed = JSON.parse(readFileSync(path, "utf8")) as { seq: number; pid: number; history: Array<unknown> }
      expect(parsed.pid).toBe(child.pid)
      expect(parsed.history).toHaveLength(100)
    }
    expect(readdirSync(join(dir, "crash")).filter((f) => f === "cron_state.json")).toHaveLength(1)
  }, 120_000)
})
