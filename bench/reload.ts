// Time from a config save to the new schedule being active, with the real watcher,
// Reloader and Scheduler in-process, for 100 and 10,000 jobs (median of 20 saves each; 7 with --quick).
import * as NodeContext from "@effect/platform-node/NodeContext"
import { Effect, Layer, Logger, LogLevel, Option, Queue } from "effect"
import { mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { performance } from "node:perf_hooks"
import { ActiveConfig } from "../src/layers/ActiveConfig.js"
import { Calendar } from "../src/layers/Calendar.js"
import { ConfigService } from "../src/layers/ConfigService.js"
import { ConfigWatcher, DEBOUNCE_MS } from "../src/layers/ConfigWatcher.js"
import { CronEvaluator } from "../src/layers/CronEvaluator.js"
import { Events } from "../src/layers/Events.js"
import { Executor } from "../src/layers/Executor.js"
import { Paths } from "../src/layers/Paths.js"
import { StateRecorder } from "../src/layers/Recorder.js"
import { Reloader } from "../src/layers/Reloader.js"
import { Runner } from "../src/layers/Runner.js"
import { Scheduler } from "../src/layers/Scheduler.js"
import { StateStore } from "../src/layers/StateStore.js"

// --quick: fewer saves, so the whole quick run stays under two minutes
const SAVES = process.argv.includes("--quick") ? 7 : 20
const noExecutor = Layer.succeed(Executor, Executor.of({ start: () => Effect.die("no job is due in this benchmark") }))

const configText = (n: number, changed: number, version: number) =>
  JSON.stringify({
    schedules: {
      timezone: "UTC",
      jobs: Array.from({ length: n }, (_, i) => ({
        name: `job${i}`,
        cron: i === changed ? `${version % 60} 3 1 1 *` : `${i % 60} ${i % 24} 1 1 *`,
        execution_mode: "python_script",
        script: "noop.py"
      }))
    }
  })

const measure = (n: number) =>
  Effect.gen(function*() {
    const dir = mkdtempSync(join(tmpdir(), "bot-cron-bench-reload-"))
    const config = join(dir, "config.json")
    writeFileSync(config, configText(n, 0, 0))
    const paths = Paths.layer({ config: Option.some(config), state: Option.some(join(dir, "cron_state.json")) })
    const files = Layer.mergeAll(paths, ConfigService.layer.pipe(Layer.provide(paths))).pipe(Layer.provideMerge(NodeContext.layer))
    const layer = ConfigWatcher.pipe(
      Layer.provideMerge(Reloader.layer),
      Layer.provideMerge(Scheduler.layer),
      Layer.provideMerge(Runner.layer),
      Layer.provideMerge(StateRecorder),
      Layer.provideMerge(
        Layer.mergeAll(StateStore.layer, Events.layer, ActiveConfig.layer, CronEvaluator.layer, noExecutor).pipe(
          Layer.provideMerge(Layer.merge(Calendar.layer, files))
        )
      )
    )
    const result = yield* Effect.gen(function*() {
      const reloaded = yield* Queue.unbounded<number>()
      yield* (yield* Events).consume("bench", (e) => (e._tag === "ConfigReloaded" ? Queue.offer(reloaded, e.durationMs) : Effect.void))
      yield* (yield* Reloader).reload("start", true)
      yield* Effect.sleep("500 millis")
      const total: Array<number> = []
      const work: Array<number> = []
      for (let k = 1; k <= SAVES; k++) {
        const started = performance.now()
        writeFileSync(config, configText(n, k % n, k))
        work.push(yield* Queue.take(reloaded))
        total.push(performance.now() - started)
        yield* Effect.sleep("300 millis")
      }
      return { total, work }
    }).pipe(Effect.scoped, Effect.provide(layer))
    rmSync(dir, { recursive: true, force: true })
    return result
  })

const median = (xs: Array<number>) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN

Effect.runPromise(
  Effect.gen(function*() {
    console.log(
      `## Reload\n\nConfig save to new schedule active (one job changed; the watcher's debounce is ${DEBOUNCE_MS} ms), median of ${SAVES} saves:\n`
    )
    for (const n of [100, 10_000]) {
      const { total, work } = yield* measure(n)
      console.log(
        `- ${n.toLocaleString("en")} jobs: ${median(total).toFixed(1)} ms from the save (debounce included); read + validate + reconcile ${
          median(work).toFixed(1)
        } ms`
      )
    }
  }).pipe(Logger.withMinimumLogLevel(LogLevel.Warning))
)
