import { Effect, Layer } from "effect"
import { JobEvent, type RunRecord } from "../domain/events.js"
import { localWall } from "../domain/catchup.js"
import { addMissed, recordRun, setLastFire, setNextRuns, type StateFile } from "../domain/state.js"
import { formatInZone } from "../domain/time.js"
import { ActiveConfig } from "./ActiveConfig.js"
import { Events } from "./Events.js"
import { StateStore } from "./StateStore.js"

/**
 * Keeps cron_state.json in step with the events: runs, next instants, misses.
 * Whatever is queued is folded into one write, so 10,000 jobs starting at once
 * cost a few writes, not 10,000; a run under light load is written at once.
 */
export const StateRecorder = Layer.scopedDiscard(
  Effect.gen(function* () {
    const events = yield* Events
    const store = yield* StateStore
    const active = yield* ActiveConfig

    yield* events.consumeBatches("state", (batch) =>
      Effect.gen(function* () {
        const config = yield* active.get
        const zones = new Map<string, string>((yield* active.jobs).map((j) => [j.name, j.zone]))
        const zoneOf = (job: string) => zones.get(job) ?? config.schedules.timezone
        const changes: Array<(s: StateFile) => StateFile> = []
        const recorded: Array<RunRecord> = []
        const nexts = new Map<string, string | null>()
        for (const event of batch) {
          switch (event._tag) {
            case "JobCompleted":
            case "JobFailed": {
              const { run } = event
              changes.push((s) => recordRun(s, run, zoneOf(run.job), config.schedules.history_limit))
              recorded.push(run)
              break
            }
            case "NextRunScheduled":
              nexts.set(event.job, event.at === null ? null : formatInZone(event.at, zoneOf(event.job)))
              break
            case "JobStarted": {
              // a fixed-time job must not fire again in a repeated fall-back hour, even after a restart
              const { job, source, scheduledAt } = event
              if (source !== "manual") changes.push((s) => setLastFire(s, job, localWall(scheduledAt, zoneOf(job))))
              break
            }
            case "JobMissed": {
              const { job, count } = event
              changes.push((s) => addMissed(s, job, count))
              break
            }
          }
        }
        if (nexts.size > 0) {
          const known = new Map((yield* store.get).jobs.map((j) => [j.name, j.next_run]))
          if ([...nexts].some(([job, at]) => known.get(job) !== at)) changes.push((s) => setNextRuns(s, nexts))
        }
        if (changes.length === 0) return
        yield* store
          .update((s) => changes.reduce((acc, f) => f(acc), s))
          .pipe(Effect.catchTag("StateWriteError", (e) => Effect.logError(e.message)))
        // whoever reads the history after this (a D-Bus client told by a signal) finds the run
        yield* Effect.forEach(recorded, (run) => events.publish(JobEvent.RunRecorded({ run })), { discard: true })
      })
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
          Effect.logWarning(
            `job ${e.job} missed ${e.count} run${e.count === 1 ? "" : "s"} (${e.reason})` +
              (e.caughtUp ? "; running the latest now" : e.coveredBy !== null ? `; its next regular run at ${new Date(e.coveredBy).toISOString()} covers them` : "")
          ),
        NextRunScheduled: (e) => Effect.logDebug(`job ${e.job} next run ${e.at === null ? "never" : new Date(e.at).toISOString()}`),
        SchedulerToggled: (e) => Effect.logInfo(`scheduler ${e.enabled ? "enabled" : "disabled"}`),
        JobToggled: (e) => Effect.logInfo(`job ${e.job} ${e.enabled ? "enabled" : "disabled"}`),
        // the Reloader logs these itself, problem by problem
        ConfigReloaded: () => Effect.void,
        RunRecorded: () => Effect.void,
        ConfigRejected: () => Effect.void
      })
    )
  })
)
