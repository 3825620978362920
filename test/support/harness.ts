import * as NodeContext from "@effect/platform-node/NodeContext"
import { Clock, Effect, Layer, Option, Schema } from "effect"
import { mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll } from "vitest"
import { ConfigFile } from "../../src/domain/config.js"
import type { JobEvent } from "../../src/domain/events.js"
import { ActiveConfig } from "../../src/layers/ActiveConfig.js"
import { Calendar } from "../../src/layers/Calendar.js"
import { ConfigService } from "../../src/layers/ConfigService.js"
import { ConfigWatcher } from "../../src/layers/ConfigWatcher.js"
import { CronEvaluator } from "../../src/layers/CronEvaluator.js"
import { Events } from "../../src/layers/Events.js"
import { type Attempt, type AttemptResult, Executor } from "../../src/layers/Executor.js"
import { Paths } from "../../src/layers/Paths.js"
import { StateRecorder } from "../../src/layers/Recorder.js"
import { Reloader } from "../../src/layers/Reloader.js"
import { Runner } from "../../src/layers/Runner.js"
import { Scheduler } from "../../src/layers/Scheduler.js"
import { SkillEngine } from "../../src/layers/SkillEngine.js"
import { StateStore } from "../../src/layers/StateStore.js"
import { Targets } from "../../src/layers/Targets.js"

export interface Call {
  readonly job: string
  readonly attempt: number
  readonly at: number
}

export interface Script {
  /** how long each attempt takes on the (test) clock */
  readonly durationMs?: number
  /** whether an attempt fails */
  readonly fails?: (call: Call) => boolean
}

/**
 * An Executor that only records when each attempt started: for scheduling tests on TestClock.
 * Like the real one it is cold: an attempt starts (and is recorded) when its effect runs.
 */
export const recordingExecutor = (calls: Array<Call>, script: Script = {}) =>
  Layer.succeed(
    Executor,
    Executor.of({
      start: (attempt: Attempt) =>
        Effect.gen(function*() {
          const call = { job: attempt.job.name, attempt: attempt.attempt, at: yield* Clock.currentTimeMillis }
          calls.push(call)
          if (script.durationMs !== undefined) yield* Effect.sleep(script.durationMs)
          const failed = script.fails?.(call) ?? false
          return {
            status: failed ? "failure" : "success",
            exitCode: failed ? 1 : 0,
            outputPreview: "",
            error: failed ? "exited with code 1" : null,
            logFile: "/dev/null"
          } satisfies AttemptResult
        })
    })
  )

// the temp folders this test file made, removed when its tests are done
const made: Array<string> = []
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true })
})

/** A fresh temp folder, removed once the test file's tests are done. */
export const testDir = (prefix: string): string => {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  made.push(dir)
  return dir
}

// on TestClock a shutdown grace would never pass: runs still going at a test's end are ended at once
export const decodeConfig = (schedules: Record<string, unknown>) =>
  Schema.decodeUnknownSync(ConfigFile)({ schedules: { timezone: "UTC", shutdown_grace_seconds: 0, ...schedules } })

/** The daemon's layers around a given config and executor, with state in a fresh temp folder (`.dir`). */
export const schedulerHarness = (
  schedules: Record<string, unknown>,
  executor: Layer.Layer<Executor>,
  dir = testDir("bot-cron-sched-")
) => {
  const paths = Paths.layer({ config: Option.some(join(dir, "config.json")), state: Option.some(join(dir, "cron_state.json")) })
  const infra = Layer.mergeAll(StateStore.layer, Events.layer, ActiveConfig.fixed(decodeConfig(schedules)), CronEvaluator.layer, executor)
    .pipe(
      Layer.provideMerge(Layer.merge(Calendar.layer, paths))
    )
  return Object.assign(
    Scheduler.layer.pipe(
      Layer.provideMerge(Runner.layer),
      Layer.provideMerge(StateRecorder),
      Layer.provideMerge(infra)
    ),
    { dir }
  )
}

/** The events collected so far, and a way to wait for one that has not come yet. */
export type Collected = Array<JobEvent> & {
  /** The first collected event that satisfies `match`, once it has been published (no clock involved). */
  readonly waitFor: <E extends JobEvent>(match: (e: JobEvent) => e is E) => Effect.Effect<E>
  /** Waits until `holds` (a check of the events collected) is true, re-checked at each new event. */
  readonly waitUntil: (holds: () => boolean) => Effect.Effect<void>
}

/** Collects every event published from now on, in the current scope. */
export const collectEvents = Effect.gen(function*() {
  const waiters = new Set<() => void>()
  const seen = Object.assign(new Array<JobEvent>(), {
    waitFor: <E extends JobEvent>(match: (e: JobEvent) => e is E): Effect.Effect<E> =>
      Effect.async<E>((resume) => {
        const check = () => {
          const found = seen.find(match)
          if (found === undefined) return false
          waiters.delete(check)
          resume(Effect.succeed(found))
          return true
        }
        if (!check()) waiters.add(check)
        return Effect.sync(() => waiters.delete(check))
      }),
    waitUntil: (holds: () => boolean): Effect.Effect<void> =>
      Effect.async<void>((resume) => {
        const check = () => {
          if (!holds()) return false
          waiters.delete(check)
          resume(Effect.void)
          return true
        }
        if (!check()) waiters.add(check)
        return Effect.sync(() => waiters.delete(check))
      })
  })
  yield* (yield* Events).consume("test", (e) =>
    Effect.sync(() => {
      seen.push(e)
      for (const check of [...waiters]) check()
    }))
  return seen as Collected
})

/** A match for the RunRecorded event of `job`'s run scheduled at `at` (ms), or of any of its runs. */
export const recordedRun = (job: string, at?: number) => (e: JobEvent): e is Extract<JobEvent, { _tag: "RunRecorded" }> =>
  e._tag === "RunRecorded" && e.run.job === job && (at === undefined || e.run.scheduled_at === at)

export const iso = (ms: number) => new Date(ms).toISOString().replace(".000Z", "Z")

/**
 * The daemon's layers reading config.json from a temp folder, with the Reloader
 * (and, with `watch`, the real file watcher): for live-configuration tests.
 */
/** The reload path on real files; `watch` adds the config watcher (true: the daemon's, or a given one). */
export const reloadHarness = (
  schedules: Record<string, unknown>,
  executor: Layer.Layer<Executor>,
  watch: boolean | typeof ConfigWatcher = false
) => {
  const dir = testDir("bot-cron-reload-")
  const configPath = join(dir, "config.json")
  const writeConfig = (next: Record<string, unknown> | string) =>
    writeFileSync(
      configPath,
      typeof next === "string" ? next : JSON.stringify({ schedules: { timezone: "UTC", shutdown_grace_seconds: 0, ...next } }, null, 2)
    )
  writeConfig(schedules)
  const paths = Paths.layer({ config: Option.some(configPath), state: Option.some(join(dir, "cron_state.json")) })
  const files = Layer.mergeAll(paths, ConfigService.layer.pipe(Layer.provide(paths))).pipe(Layer.provideMerge(NodeContext.layer))
  const infra = Layer.mergeAll(StateStore.layer, Events.layer, ActiveConfig.layer, CronEvaluator.layer, executor).pipe(
    Layer.provideMerge(Layer.merge(Calendar.layer, files))
  )
  const core = Reloader.layer.pipe(
    Layer.provideMerge(Scheduler.layer),
    Layer.provideMerge(Runner.layer),
    Layer.provideMerge(StateRecorder),
    Layer.provideMerge(infra)
  )
  const watcher = watch === true ? ConfigWatcher : watch
  const layer = watcher ? watcher.pipe(Layer.provideMerge(core)) : core
  return { layer, dir, configPath, writeConfig }
}

/** The real execution stack (Executor with SkillEngine and Notifier) on a config whose folder is `dir`. */
export const executionLayer = (dir: string, schedules: Record<string, unknown> = {}) => {
  const paths = Paths.layer({ config: Option.some(join(dir, "config.json")), state: Option.some(join(dir, "state.json")) })
  const base = Layer.mergeAll(StateStore.layer, Events.layer, ActiveConfig.fixed(decodeConfig(schedules))).pipe(
    Layer.provideMerge(Layer.merge(Calendar.layer, paths))
  )
  return Executor.layer.pipe(
    Layer.provideMerge(SkillEngine.layer),
    Layer.provideMerge(Targets.layer()),
    Layer.provideMerge(base)
  )
}
