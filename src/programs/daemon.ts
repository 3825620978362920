import { Effect } from "effect"
import { pendingRuns } from "../domain/state.js"
import { ActiveConfig } from "../layers/ActiveConfig.js"
import { ConfigService } from "../layers/ConfigService.js"
import { Control } from "../layers/Control.js"
import { recoverInterrupted } from "../layers/Recovery.js"
import { Reloader } from "../layers/Reloader.js"
import { Scheduler } from "../layers/Scheduler.js"
import { StateStore } from "../layers/StateStore.js"
import { VERSION } from "../version.js"

const graceText = Effect.flatMap(
  ActiveConfig,
  (active) => Effect.map(active.get, ({ schedules }) => `running jobs get ${schedules.shutdown_grace_seconds} s`)
)

/** Starts every job's fiber and runs until interrupted (SIGTERM/SIGINT through runMain) or asked to stop. */
export const runDaemon = Effect.gen(function*() {
  const active = yield* ActiveConfig
  const store = yield* StateStore
  // runs a killed daemon left: ended and recorded before anything fires
  yield* recoverInterrupted
  // what each job was waiting for when the daemon last wrote its state: the start of any downtime
  const pending = pendingRuns(yield* store.get, yield* active.jobs)
  yield* (yield* Reloader).reload("start", true)
  yield* (yield* Scheduler).resume("downtime", pending)
  const { schedules } = yield* active.get
  const enabled = schedules.jobs.filter((j) => j.enabled).length
  yield* Effect.logInfo(
    `bot-cron ${VERSION} started: ${schedules.jobs.length} job${schedules.jobs.length === 1 ? "" : "s"} (${enabled} enabled) from ${
      (yield* ConfigService).path
    }; state in ${store.path}`
  )
  yield* (yield* Control).awaitShutdown
  yield* Effect.logInfo(`bot-cron stopping (asked over D-Bus): no new runs; ${yield* graceText}`)
}).pipe(Effect.onInterrupt(() => Effect.flatMap(graceText, (grace) => Effect.logInfo(`bot-cron stopping: no new runs; ${grace}`))))
