import { Effect, Layer } from "effect"
import { localWall } from "../domain/catchup.js"
import { JobEvent, type RunRecord } from "../domain/events.js"
import {
  applyChanges,
  countRun,
  type HistoryEntry,
  type JobPatch,
  spentBy,
  type StateFile,
  toHistoryEntry,
  withBudgetSkip,
  withLastFire,
  withMissed,
  withNextRun
} from "../domain/state.js"
import { ActiveConfig } from "./ActiveConfig.js"
import { Calendar } from "./Calendar.js"
import { Events } from "./Events.js"
import { StateStore } from "./StateStore.js"

/**
 * Keeps cron_state.json in step with the events: runs, next instants, misses.
 * Whatever is queued is folded into one pass over the jobs and one write, so 10,000
 * jobs starting at once cost a few writes, not 10,000; a run under light load is
 * written at once. A batch that changes nothing writes nothing.
 */
export const StateRecorder = Layer.scopedDiscard(
  Effect.gen(function*() {
    const events = yield* Events
    const store = yield* StateStore
    const active = yield* ActiveConfig
    const calendar = yield* Calendar

    yield* events.consumeBatches("state", (batch) =>
      Effect.gen(function*() {
        const { config, job: jobOf } = yield* active.snapshot
        const zoneOf = (job: string) => jobOf(job)?.zone ?? config.schedules.timezone
        const patches = new Map<string, JobPatch>()
        const patch = (job: string, f: JobPatch) => {
          const before = patches.get(job)
          patches.set(job, before === undefined ? f : (j) => f(before(j)))
        }
        const entries: Array<HistoryEntry> = []
        const recorded: Array<RunRecord> = []
        const spent: Array<ReturnType<typeof spentBy>[number]> = []
        const ended = new Set<string>()
        for (const event of batch) {
          switch (event._tag) {
            case "JobCompleted":
            case "JobFailed": {
              const { run } = event
              const entry = toHistoryEntry(calendar, run, zoneOf(run.job))
              patch(run.job, countRun(run, entry))
              entries.push(entry)
              recorded.push(run)
              spent.push(...spentBy(calendar, run, config.schedules.timezone))
              ended.add(run.execution_id)
              break
            }
            case "NextRunScheduled":
              patch(event.job, withNextRun(event.at === null ? null : calendar.formatInZone(event.at, zoneOf(event.job))))
              break
            case "JobStarted":
              // a fixed-time job must not fire again in a repeated fall-back hour, even after a restart
              if (event.source !== "manual") patch(event.job, withLastFire(localWall(calendar, event.scheduledAt, zoneOf(event.job))))
              break
            case "JobMissed":
              patch(event.job, withMissed(event.count))
              break
            case "JobSkipped":
              if (event.reason === "budget_exhausted") patch(event.job, withBudgetSkip)
              break
          }
        }
        const newest = entries.reverse()
        const apply = (s: StateFile) => applyChanges(s, patches, newest, config.schedules.history_limit, spent, { started: [], ended })
        // applied once: nothing changed needs no lock or write, and the update reuses the result
        // unless another process changed the file in between
        const current = yield* store.get
        const next = apply(current)
        if (next === current) return
        // folded into the write going on or the next one: a run's start (its in_flight entry, written before its
        // process starts) does not wait behind this batch's own write
        yield* store
          .updateTogether((s) => (s === current ? next : apply(s)))
          .pipe(Effect.catchTag("StateWriteError", () => Effect.void)) // the store says it, once
        // whoever reads the history after this (a D-Bus client told by a signal) finds the run
        yield* Effect.forEach(recorded, (run) => events.publish(JobEvent.RunRecorded({ run })), { discard: true })
      }))
  })
)

const seconds = (ms: number) => `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 0)} s`

/** A finished run's fields, for `--log-format json` (and journald's structured view). */
const runFields = (run: RunRecord) => ({
  job: run.job,
  session_id: run.execution_id,
  status: run.status,
  duration_ms: run.completed_at - run.started_at,
  attempt: run.attempts
})

/** One log line per run start and end, with job, session id, status and duration. */
export const RunLog = Layer.scopedDiscard(
  Effect.gen(function*() {
    const events = yield* Events
    const budgetLogged = new Map<string, string | undefined>()
    yield* events.consume("log", (event) =>
      JobEvent.$match(event, {
        JobStarted: (e) =>
          Effect.logInfo(`job ${e.job} started: session ${e.executionId}, source ${e.source}`).pipe(
            Effect.annotateLogs({ job: e.job, session_id: e.executionId, source: e.source })
          ),
        JobAttemptFailed: (e) =>
          Effect.logWarning(`job ${e.job} attempt ${e.attempt} failed: ${e.error} (session ${e.executionId})`).pipe(
            Effect.annotateLogs({ job: e.job, session_id: e.executionId, attempt: e.attempt })
          ),
        JobCompleted: ({ run }) =>
          Effect.logInfo(`job ${run.job} succeeded in ${seconds(run.completed_at - run.started_at)}: session ${run.execution_id}`).pipe(
            Effect.annotateLogs(runFields(run))
          ),
        JobFailed: ({ run }) =>
          // a run cancelled by a normal stop (or replaced) is a warning; a failure is an error
          (run.status === "cancelled" ? Effect.logWarning : Effect.logError)(
            `job ${run.job} ${run.status} after ${run.attempts} attempt${run.attempts === 1 ? "" : "s"} in ${
              seconds(run.completed_at - run.started_at)
            }: ${run.error ?? "no error text"} (session ${run.execution_id}, log ${run.log_file})`
          ).pipe(Effect.annotateLogs(runFields(run))),
        JobSkipped: (e) =>
          e.reason === "overlap"
            ? Effect.logWarning(`job ${e.job} skipped: the previous run is still going (overlap policy)`)
            : e.reason === "budget_exhausted"
            // once a day per job at warning level; every later skip that day at debug
            ? (budgetLogged.get(e.job) === e.detail?.slice(0, 80)
              ? Effect.logDebug
              : (budgetLogged.set(e.job, e.detail?.slice(0, 80)), Effect.logWarning))(
                `job ${e.job} skipped: ${e.detail ?? "its budget is spent"}`
              )
            : Effect.logDebug(`job ${e.job} skipped: ${e.reason.replace("_", " ")}`),
        JobMissed: (e) =>
          Effect.logWarning(
            `job ${e.job} missed ${e.count} run${e.count === 1 ? "" : "s"} (${e.reason})` +
              (e.caughtUp
                ? "; running the latest now"
                : e.coveredBy !== null
                ? `; its next regular run at ${new Date(e.coveredBy).toISOString()} covers them`
                : "")
          ),
        JobRateLimited: (e) =>
          Effect.logWarning(
            `job ${e.job}: a Claude usage limit is in force; waiting until ${new Date(e.resetsAt).toISOString()} ` +
              `(not counted as an attempt; session ${e.executionId})`
          ),
        NextRunScheduled: (e) => Effect.logDebug(`job ${e.job} next run ${e.at === null ? "never" : new Date(e.at).toISOString()}`),
        SchedulerToggled: (e) => Effect.logInfo(`scheduler ${e.enabled ? "enabled" : "disabled"}`),
        JobToggled: (e) => Effect.logInfo(`job ${e.job} ${e.enabled ? "enabled" : "disabled"}`),
        // the Reloader logs these itself, problem by problem
        ConfigReloaded: () => Effect.void,
        RunRecorded: () => Effect.void,
        ConfigRejected: () => Effect.void
      }))
  })
)
