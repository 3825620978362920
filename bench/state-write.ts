// Recording a run: one StateStore update (lock file, atomic write, fsync) with the
// default history of 100 and 100 jobs, median and p99 of 200.
import { Effect, Layer, Option } from "effect"
import { Schema } from "effect"
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { performance } from "node:perf_hooks"
import { resolveJobs } from "../src/domain/config.js"
import { ConfigFile } from "../src/domain/config.js"
import type { RunRecord } from "../src/domain/events.js"
import { recordRun, syncWithConfig } from "../src/domain/state.js"
import { makeCalendar } from "../src/domain/time.js"
import { Calendar } from "../src/layers/Calendar.js"
import { Paths } from "../src/layers/Paths.js"
import { StateStore } from "../src/layers/StateStore.js"

const dir = mkdtempSync(join(tmpdir(), "bot-cron-bench-state-"))
const config = Schema.decodeUnknownSync(ConfigFile)({
  schedules: { timezone: "UTC", jobs: Array.from({ length: 100 }, (_, i) => ({ name: `job${i}`, cron: "0 * * * *", skill: "s" })) }
})
const run = (i: number): RunRecord => ({
  job: `job${i % 100}`,
  execution_id: `cron-s-${i}`,
  source: "cron",
  scheduled_at: 1_700_000_000_000 + i * 1000,
  started_at: 1_700_000_000_000 + i * 1000,
  completed_at: 1_700_000_000_500 + i * 1000,
  status: "success",
  attempts: 1,
  exit_code: 0,
  output_preview: "x".repeat(200),
  error: null,
  log_file: `/logs/cron-s-${i}.log`
})
const calendar = makeCalendar()
const times: Array<number> = []
await Effect.runPromise(
  Effect.gen(function*() {
    const store = yield* StateStore
    yield* store.update((s) => syncWithConfig(s, config.schedules, resolveJobs(config.schedules)))
    for (let i = 0; i < 300; i++) {
      const t = performance.now()
      yield* store.update((s) => recordRun(calendar, s, run(i), "UTC", 100))
      if (i >= 100) times.push(performance.now() - t)
    }
  }).pipe(
    Effect.provide(StateStore.layer.pipe(Layer.provide(Calendar.layer))),
    Effect.provide(Paths.layer({ state: Option.some(join(dir, "cron_state.json")), config: Option.some(join(dir, "c.json")) }))
  )
)
times.sort((a, b) => a - b)
rmSync(dir, { recursive: true, force: true })
console.log(`## Recording a run

One state update with a full history (100 entries) and 100 jobs: p50 ${times[100]?.toFixed(2)} ms, p99 ${
  times[198]?.toFixed(2)
} ms (200 updates; lock file, atomic write with fsync, rename).
`)
