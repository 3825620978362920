import { Clock, Effect, Layer } from "effect"
import { readdir, rm, stat, unlink } from "node:fs/promises"
import { basename, dirname, join } from "node:path"
import { type LogFile, logsToRemove } from "../domain/prune.js"
import { relaxedSleep } from "./AccurateClock.js"
import { ActiveConfig } from "./ActiveConfig.js"
import { Paths } from "./Paths.js"
import { StateStore } from "./StateStore.js"

/** How often cron_logs is pruned (and once at start). */
export const PRUNE_EVERY_MS = 60 * 60_000

/**
 * Keeps the daemon's files bounded: session logs of runs no longer in the history (or older
 * than `schedules.logs.max_age_days`, or past `max_total_mb`) are removed at start and every
 * hour; temp files a crashed write left beside the state file are removed at start.
 */
export const LogPruner = Layer.scopedDiscard(
  Effect.gen(function*() {
    const paths = yield* Paths
    const store = yield* StateStore
    const active = yield* ActiveConfig

    // `cron_state.json.tmp-<pid>-<n>`: a write that never got to its rename
    const stateDir = dirname(paths.state)
    const temps = (yield* Effect.promise(() => readdir(stateDir).catch(() => [] as Array<string>)))
      .filter((f) => f.startsWith(`${basename(paths.state)}.tmp-`))
    yield* Effect.promise(() => Promise.all(temps.map((f) => rm(join(stateDir, f), { force: true }))))
    if (temps.length > 0) {
      yield* Effect.logInfo(`removed ${temps.length} temp file${temps.length === 1 ? "" : "s"} an interrupted write left in ${stateDir}`)
    }

    const prune = Effect.gen(function*() {
      const names = yield* Effect.promise(() => readdir(paths.logsDir).catch(() => [] as Array<string>))
      const logs = (yield* Effect.promise(() =>
        Promise.all(
          names.filter((n) => n.endsWith(".log")).map((name) =>
            stat(join(paths.logsDir, name)).then(
              (s): LogFile | undefined => s.isFile() ? { name, size: s.size, mtimeMs: s.mtimeMs } : undefined,
              () => undefined
            )
          )
        )
      )).filter((l): l is LogFile => l !== undefined)
      const remove = logsToRemove(logs, yield* store.get, (yield* active.get).schedules.logs, yield* Clock.currentTimeMillis)
      if (remove.length === 0) return
      yield* Effect.promise(() => Promise.all(remove.map((name) => unlink(join(paths.logsDir, name)).catch(() => undefined))))
      yield* Effect.logInfo(`removed ${remove.length} old session log${remove.length === 1 ? "" : "s"} from ${paths.logsDir}`)
    })
    yield* Effect.forkScoped(Effect.forever(Effect.zipRight(prune, relaxedSleep(PRUNE_EVERY_MS))))
  })
)
