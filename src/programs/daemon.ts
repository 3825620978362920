import { Effect } from "effect"
import { resolveJobs } from "../domain/config.js"
import { syncWithConfig } from "../domain/state.js"
import { ActiveConfig } from "../layers/ActiveConfig.js"
import { ConfigService } from "../layers/ConfigService.js"
import { Control } from "../layers/Control.js"
import { Scheduler } from "../layers/Scheduler.js"
import { StateStore } from "../layers/StateStore.js"
import { VERSION } from "../version.js"

/** Starts every job's fiber and runs until interrupted (SIGTERM/SIGINT through runMain) or asked to stop. */
export const runDaemon = Effect.gen(function* () {
  const active = yield* ActiveConfig
  const store = yield* StateStore
  const scheduler = yield* Scheduler
  const { schedules } = yield* active.get
  yield* store.update((s) => syncWithConfig(s, schedules, resolveJobs(schedules)))
  yield* scheduler.reconcile
  const enabled = schedules.jobs.filter((j) => j.enabled).length
  yield* Effect.logInfo(
    `bot-cron ${VERSION} started: ${schedules.jobs.length} jobs (${enabled} enabled) from ${(yield* ConfigService).path}; state in ${store.path}`
  )
  yield* (yield* Control).awaitShutdown
  yield* Effect.logInfo("bot-cron stopping (asked over D-Bus): no new runs; running jobs get 10 s")
}).pipe(Effect.onInterrupt(() => Effect.logInfo("bot-cron stopping: no new runs; running jobs get 10 s")))
