import { Effect, Layer } from "effect"
import { JobEvent } from "../domain/events.js"
import { addMissed, recordRun, setNextRun } from "../domain/state.js"
import { formatInZone } from "../domain/time.js"
import { ActiveConfig } from "./ActiveConfig.js"
import { Events } from "./Events.js"
import { StateStore } from "./StateStore.js"

/** Keeps cron_state.json in step with the events: runs, next instants, misses. */
export const StateRecorder = Layer.scopedDiscard(
  Effect.gen(function* () {
    const events = yield* Events
    const store = yield* StateStore
    const active = yield* ActiveConfig

    const zoneOf = (name: string) =>
      Effect.gen(function* () {
        const config = yield* active.get
        const job = (yield* active.jobs).find((j) => j.name === name)
        return { zone: job?.zone ?? config.schedules.timezone, limit: config.schedules.history_limit }
      })

    yield* events.consume("state", (event) =>
      Effect.gen(function* () {
        switch (event._tag) {
          case "JobCompleted":
          case "JobFailed": {
            const { zone, limit } = yield* zoneOf(event.run.job)
            return yield* store.update((s) => recordRun(s, event.run, zone, limit))
          }
          case "NextRunScheduled": {
            const { zone } = yield* zoneOf(event.job)
            const next = event.at === null ? null : formatInZone(event.at, zone)
            if ((yield* store.get).jobs.find((j) => j.name === event.job)?.next_run === next) return
            return yield* store.update((s) => setNextRun(s, event.job, next))
          }
          case "JobMissed":
            return yield* store.update((s) => addMissed(s, event.job, event.count))
        }
      }).pipe(Effect.catchTag("StateWriteError", (e) => Effect.logError(e.message)))
    )
  })
)

const seconds = (ms: number) => `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 0)} s`

/** One log line per run start and end, with job, session id, status and duration. */
export const RunLog = Layer.scopedDiscard(
  Effect.gen(function* () {
    const events = yield* Events
    yield* events.consume("log", (event) =>
      JobEvent.$match(event, {
        JobStarted: (e) => Effect.logInfo(`job ${e.job} started: session ${e.executionId}, source ${e.source}`),
        JobAttemptFailed: (e) => Effect.logWarning(`job ${e.job} attempt ${e.attempt} failed: ${e.error} (session ${e.executionId})`),
        JobCompleted: ({ run }) =>
          Effect.logInfo(`job ${run.job} succeeded in ${seconds(run.completed_at - run.started_at)}: session ${run.execution_id}`),
        JobFailed: ({ run }) =>
          Effect.logError(
            `job ${run.job} ${run.status} after ${run.attempts} attempt${run.attempts === 1 ? "" : "s"} in ${seconds(run.completed_at - run.started_at)}: ${run.error ?? "no error text"} (session ${run.execution_id}, log ${run.log_file})`
          ),
        JobSkipped: (e) =>
          e.reason === "overlap"
            ? Effect.logWarning(`job ${e.job} skipped: the previous run is still going (overlap policy)`)
            : Effect.logDebug(`job ${e.job} skipped: ${e.reason.replace("_", " ")}`),
        JobMissed: (e) =>
          Effect.logWarning(`job ${e.job} missed ${e.count} run${e.count === 1 ? "" : "s"}${e.caughtUp ? "; running the latest now" : ""}`),
        NextRunScheduled: (e) => Effect.logDebug(`job ${e.job} next run ${e.at === null ? "never" : new Date(e.at).toISOString()}`),
        SchedulerToggled: (e) => Effect.logInfo(`scheduler ${e.enabled ? "enabled" : "disabled"}`),
        JobToggled: (e) => Effect.logInfo(`job ${e.job} ${e.enabled ? "enabled" : "disabled"}`)
      })
    )
  })
)
