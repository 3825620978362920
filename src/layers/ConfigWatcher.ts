import { watch } from "chokidar"
import { Chunk, Effect, Layer, Option, Queue, Runtime } from "effect"
import { stat } from "node:fs/promises"
import { dirname, resolve } from "node:path"
import { JobEvent } from "../domain/events.js"
import { jobEnabled, schedulerEnabled, type StateFile } from "../domain/state.js"
import { relaxedSleep } from "./AccurateClock.js"
import { ActiveConfig } from "./ActiveConfig.js"
import { Events } from "./Events.js"
import { Paths } from "./Paths.js"
import { Reloader } from "./Reloader.js"
import { StateStore } from "./StateStore.js"

/**
 * Quiet time after the last file event before acting: an editor's save (temp file
 * and rename, vim's backup dance, truncate then write) arrives as several events.
 */
export const DEBOUNCE_MS = 150

/** Takes one trigger, then keeps taking until DEBOUNCE_MS pass with none; returns the first. */
const debounced = <A>(queue: Queue.Queue<A>) =>
  Effect.gen(function*() {
    const first = yield* Queue.take(queue)
    for (;;) {
      yield* Effect.sleep(DEBOUNCE_MS)
      if (Chunk.isEmpty(yield* Queue.takeAll(queue))) return first
    }
  })

/** How often config.json's stat is compared with the last one seen: a backstop for a save the watcher missed. */
export const CHECK_MS = 5_000

/**
 * An empty config.json is a save in progress (truncate, then write): the write is
 * waited for this long before the empty file is read (and rejected).
 */
export const EMPTY_GRACE_MS = 1_000

/**
 * Reloads config.json when it is saved or on SIGHUP, and applies toggles that
 * another process wrote to the state file (a `bot-cron disable` with no D-Bus).
 * `fileEvents: false` leaves out the file watcher, so that the periodic check is
 * the only thing that can see a save: how a test shows a save the watcher
 * missed is still applied.
 */
export const makeConfigWatcher = (options: { readonly fileEvents: boolean }) =>
  Layer.scopedDiscard(Effect.gen(function*() {
    const paths = yield* Paths
    const reloader = yield* Reloader
    const store = yield* StateStore
    const active = yield* ActiveConfig
    const events = yield* Events
    const runtime = yield* Effect.runtime<never>()
    const configTriggers = yield* Queue.unbounded<string>()
    const stateTriggers = yield* Queue.unbounded<string>()

    const folders = [...new Set([dirname(paths.config), dirname(paths.state)])]
    if (options.fileEvents) {
      const watcher = yield* Effect.acquireRelease(
        Effect.async<ReturnType<typeof watch>>((resume) => {
          // only config.json and the state file matter: the state's temp and lock files, which change at
          // every write (a burst of runs is many writes), are not even looked at
          const wanted = new Set([...folders, paths.config, paths.state])
          const w = watch(folders, { depth: 0, ignoreInitial: true, ignored: (path: string) => !wanted.has(resolve(path)) })
          w.once("ready", () => resume(Effect.succeed(w)))
        }),
        (w) => Effect.promise(() => w.close())
      )
      watcher.on("all", (_event, file) => {
        const full = resolve(file)
        if (full === paths.config) Queue.unsafeOffer(configTriggers, "file change")
        else if (full === paths.state) Queue.unsafeOffer(stateTriggers, "state file change")
      })
      watcher.on("error", (e) => Runtime.runFork(runtime)(Effect.logWarning(`watching ${folders.join(", ")}: ${String(e)}`)))
    }

    // a save the file watcher missed (one right after a chmod, on some file systems) is still seen
    const versionOf = Effect.promise(() => stat(paths.config).then((s) => `${s.ino}:${s.size}:${s.mtimeMs}:${s.ctimeMs}`, () => "absent"))
    let seen = yield* versionOf
    yield* Effect.forkScoped(Effect.forever(Effect.gen(function*() {
      yield* relaxedSleep(CHECK_MS)
      const now = yield* versionOf
      if (now === seen) return
      seen = now
      yield* Queue.offer(configTriggers, "file change")
    })))

    const onHangup = () => Queue.unsafeOffer(configTriggers, "SIGHUP")
    process.on("SIGHUP", onHangup)
    yield* Effect.addFinalizer(() => Effect.sync(() => process.off("SIGHUP", onHangup)))

    const isEmpty = Effect.promise(() => stat(paths.config).then((s) => s.isFile() && s.size === 0, () => false))
    /** The next save, debounced; an empty file waits a moment for the write that follows its truncation. */
    const nextSave = Effect.gen(function*() {
      for (;;) {
        const trigger = yield* debounced(configTriggers)
        if (trigger === "SIGHUP" || !(yield* isEmpty)) return trigger
        const more = yield* Queue.take(configTriggers).pipe(Effect.timeoutOption(EMPTY_GRACE_MS))
        if (Option.isNone(more)) return trigger
        yield* Queue.offer(configTriggers, more.value)
      }
    })

    // an invalid config is logged and reported by the Reloader; the loop goes on
    yield* Effect.forkScoped(
      Effect.forever(Effect.flatMap(nextSave, (trigger) =>
        Effect.zipRight(
          Effect.ignore(reloader.reload(trigger, trigger === "SIGHUP")),
          // the version read is the one the periodic check compares with: a save seen once is not seen again
          Effect.map(versionOf, (v) => {
            seen = v
          })
        )))
    )

    const announceToggles = (before: StateFile, after: StateFile) =>
      Effect.gen(function*() {
        const { schedules } = yield* active.get
        if (schedulerEnabled(before, schedules) !== schedulerEnabled(after, schedules)) {
          yield* events.publish(JobEvent.SchedulerToggled({ enabled: schedulerEnabled(after, schedules) }))
        }
        for (const job of yield* active.jobs) {
          const now = jobEnabled(after, job)
          if (jobEnabled(before, job) !== now) yield* events.publish(JobEvent.JobToggled({ job: job.name, enabled: now }))
        }
      })
    yield* Effect.forkScoped(
      Effect.forever(
        Effect.gen(function*() {
          yield* debounced(stateTriggers)
          const before = yield* store.get
          const after = yield* store.refresh
          if (after !== before) yield* announceToggles(before, after)
        })
      )
    )
  }))

export const ConfigWatcher = makeConfigWatcher({ fileEvents: true })
