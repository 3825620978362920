import { Clock, Context, Effect, Layer } from "effect"
import { existsSync } from "node:fs"
import { join } from "node:path"
import type { ResolvedJob } from "../domain/config.js"
import { nextAfter } from "../domain/cron.js"
import { JobEvent, type RunRecord, type RunSource } from "../domain/events.js"
import { retrySchedule } from "../domain/retry.js"
import { attemptId, sessionBase, sessionContext, type SessionContext } from "../domain/session.js"
import { Events } from "./Events.js"
import { Executor, type Attempt, type AttemptResult } from "./Executor.js"
import { Paths } from "./Paths.js"

export interface PreparedRun {
  readonly job: ResolvedJob
  readonly source: RunSource
  readonly scheduledAt: number
  readonly sessionId: string
  readonly context: SessionContext
}

/** A run whose first attempt is already started (`Runner.begin`), and when. */
export interface BegunRun {
  readonly at: number
  readonly attempt: Effect.Effect<AttemptResult>
}

/** The JobStarted event of a run starting at `at`. */
export const startedEvent = (run: PreparedRun, at: number): JobEvent =>
  JobEvent.JobStarted({ job: run.job.name, executionId: run.sessionId, source: run.source, scheduledAt: run.scheduledAt, at })

/** One run of one job: a session, its attempts with retry, and the events that tell about it. */
export class Runner extends Context.Tag("bot-cron/Runner")<
  Runner,
  {
    /** A fresh, unique session for a run about to start (so callers can report its id at once). */
    readonly prepare: (job: ResolvedJob, source: RunSource, scheduledAt: number) => Effect.Effect<PreparedRun>
    /**
     * Prepares, ahead of the instant `at`, the cron runs these jobs will start at `at`
     * (session ids, asking the file system whether they are free, and contexts), so that
     * `prepareAt` in `at`'s second hands them out with no work. Replaces the last call's.
     */
    readonly prepareAhead: (jobs: ReadonlyArray<ResolvedJob>, at: number) => void
    /** `prepare` for a run starting at `now`, without a fiber step: the scheduler prepares a due batch at once. */
    readonly prepareAt: (job: ResolvedJob, source: RunSource, scheduledAt: number, now: number) => PreparedRun
    /**
     * Runs it to the end; interruption ends the child and records the run as cancelled.
     * `begun`: its first attempt was started by `begin`, and the caller has published its
     * JobStarted (`startedEvent`) at `begun.at`.
     */
    readonly execute: (run: PreparedRun, begun?: BegunRun) => Effect.Effect<RunRecord>
    /** Starts the run's first attempt now, from plain code (the Executor's `begin`). Never throws. */
    readonly begin: (run: PreparedRun, at: number) => BegunRun
  }
>() {
  static readonly layer = Layer.effect(Runner, Effect.suspend(() => make))
}

const make = Effect.gen(function* () {
  const events = yield* Events
  const executor = yield* Executor
  const paths = yield* Paths
  // ids handed out in the current second, per base: older ones cannot collide any more
  const counters = new Map<string, number>()
  let second = -1

  /**
   * The next id of `base` in the second `counts` is for. Two runs in the same second get
   * -2, -3, … by the counter. Another process (run-job --local) numbers its own from the
   * base up, so it shows up as a log at the base: the file system is asked for the first id
   * of a base in each second only, and on a clash the ids walk on from there.
   */
  const nextId = (counts: Map<string, number>, base: string): string => {
    let n = counts.get(base) ?? 1
    let id = n === 1 ? base : `${base}-${n}`
    if (n === 1) while (existsSync(join(paths.logsDir, `${id}.log`))) id = `${base}-${++n}`
    counts.set(base, n + 1)
    return id
  }

  // the cron runs of the next due instant, prepared on the final approach (a syscall and two
  // texts per run were most of a due batch's cost), with the ids they took in that second
  let ahead = { second: -1, at: -1, runs: new Map<ResolvedJob, PreparedRun>(), counts: new Map<string, number>() }

  const prepareAhead = (jobs: ReadonlyArray<ResolvedJob>, at: number) => {
    // an instant within the current second numbers on from the ids this second already gave
    const counts = Math.floor(at / 1000) === second ? counters : new Map<string, number>()
    const runs = new Map<ResolvedJob, PreparedRun>()
    for (const job of jobs) {
      const id = nextId(counts, sessionBase(job, at))
      runs.set(job, { job, source: "cron", scheduledAt: at, sessionId: id, context: sessionContext(job, id, "cron", at) })
    }
    ahead = { second: Math.floor(at / 1000), at, runs, counts }
  }

  const prepareAt = (job: ResolvedJob, source: RunSource, scheduledAt: number, now: number): PreparedRun => {
    if (Math.floor(now / 1000) !== second) {
      second = Math.floor(now / 1000)
      counters.clear()
      // a second prepared ahead starts with the ids its cron runs took
      if (ahead.second === second) for (const [base, n] of ahead.counts) counters.set(base, n)
    }
    if (source === "cron" && scheduledAt === ahead.at && ahead.second === second) {
      const run = ahead.runs.get(job)
      if (run !== undefined) {
        ahead.runs.delete(job)
        return run
      }
    }
    const id = nextId(counters, sessionBase(job, now))
    return { job, source, scheduledAt, sessionId: id, context: sessionContext(job, id, source, scheduledAt) }
  }

  const prepare = (job: ResolvedJob, source: RunSource, scheduledAt: number) =>
    Effect.map(Clock.currentTimeMillis, (now) => prepareAt(job, source, scheduledAt, now))

  const internalError = (id: string, defect: unknown): AttemptResult => ({
    status: "failure",
    exitCode: null,
    outputPreview: "",
    error: `internal error: ${defect instanceof Error ? defect.message : String(defect)}`,
    logFile: join(paths.logsDir, `${id}.log`)
  })

  /**
   * Attempt `n` of the run, started now. A bug in an executor is this run's failure, never
   * the daemon's: a throw here, a defect where the attempt is awaited (`execute`).
   */
  const startAttempt = (run: PreparedRun, n: number): Effect.Effect<AttemptResult> => {
    const attempt: Attempt = { job: run.job, context: run.context, attemptId: attemptId(run.sessionId, n), attempt: n }
    try {
      return executor.begin(attempt)
    } catch (defect) {
      return Effect.succeed(internalError(attempt.attemptId, defect))
    }
  }

  const begin = (run: PreparedRun, at: number): BegunRun => ({ at, attempt: startAttempt(run, 1) })

  const execute = (run: PreparedRun, begun?: BegunRun) =>
    Effect.flatMap(begun === undefined ? Clock.currentTimeMillis : Effect.succeed(begun.at), (startedAt) => {
      const { job, sessionId } = run
      // plain variables, not Refs: this fiber alone touches them, and a due batch starts thousands of runs
      let attempts = 0
      let last: AttemptResult | undefined
      const finish = (status: RunRecord["status"], error?: string) =>
        Effect.flatMap(Clock.currentTimeMillis, (completedAt) => {
          const done: RunRecord = {
            job: job.name,
            execution_id: sessionId,
            source: run.source,
            scheduled_at: run.scheduledAt,
            started_at: startedAt,
            completed_at: completedAt,
            status,
            attempts,
            exit_code: last?.exitCode ?? null,
            output_preview: last?.outputPreview ?? "",
            error: error ?? last?.error ?? null,
            log_file: last?.logFile ?? join(paths.logsDir, `${sessionId}.log`)
          }
          return Effect.as(events.publish(status === "success" ? JobEvent.JobCompleted({ run: done }) : JobEvent.JobFailed({ run: done })), done)
        })

      const once = Effect.suspend(() => {
        const n = ++attempts
        return (n === 1 && begun !== undefined ? begun.attempt : startAttempt(run, n)).pipe(
          Effect.catchAllDefect((defect) => Effect.succeed(internalError(attemptId(sessionId, n), defect))),
          Effect.flatMap((result) => {
            last = result
            if (result.status === "success") return Effect.succeed(result)
            return events
              .publish(JobEvent.JobAttemptFailed({ job: job.name, executionId: sessionId, attempt: n, error: result.error ?? result.status }))
              .pipe(Effect.zipRight(Effect.fail(result)))
          })
        )
      })
      // a single attempt needs no retry schedule: most jobs, and the hot path at scale
      const attempts_ =
        job.retryPolicy.max_attempts <= 1
          ? once
          : once.pipe(Effect.retry(retrySchedule(job.retryPolicy, nextAfter(job.cron, job.zone, Math.max(run.scheduledAt, startedAt)))))
      const toEnd = attempts_.pipe(
        Effect.merge,
        Effect.flatMap((result) => finish(result.status)),
        Effect.onInterrupt(() => finish("cancelled", "cancelled: the run was interrupted (replaced, or the daemon stopped)"))
      )
      return begun === undefined ? Effect.zipRight(events.publish(startedEvent(run, startedAt)), toEnd) : toEnd
    })

  return Runner.of({ prepare, prepareAhead, prepareAt, execute, begin })
})
