import { Clock, Context, Effect, Layer, Ref } from "effect"
import { existsSync } from "node:fs"
import { join } from "node:path"
import { addInfo, type ClaudeRunInfo, claudeSessionUuid } from "../domain/claude.js"
import type { ResolvedJob } from "../domain/config.js"
import { JobEvent, type RunRecord, type RunSource } from "../domain/events.js"
import { retrySchedule } from "../domain/retry.js"
import { attemptId, sessionBase, sessionContext } from "../domain/session.js"
import { ActiveConfig } from "./ActiveConfig.js"
import { Calendar } from "./Calendar.js"
import { CronEvaluator } from "./CronEvaluator.js"
import { Events } from "./Events.js"
import { type AttemptResult, Executor } from "./Executor.js"
import { Paths } from "./Paths.js"

/** What a run is once it has started: its session id, and when. */
export interface StartedRun {
  readonly job: string
  readonly executionId: string
  readonly startedAt: number
  readonly source: RunSource
}

export interface RunRequest {
  readonly job: ResolvedJob
  readonly source: RunSource
  readonly scheduledAt: number
  /** run in the run's own fiber as its JobStarted is published, before its first attempt */
  readonly onStarted?: (run: StartedRun) => Effect.Effect<void>
}

/** One run of one job: a session, its attempts with retry, and the events that tell about it. */
export class Runner extends Context.Tag("bot-cron/Runner")<
  Runner,
  {
    /** Runs the job once, to the end; interruption ends its process and records the run as cancelled. */
    readonly run: (request: RunRequest) => Effect.Effect<RunRecord>
  }
>() {
  static readonly layer = Layer.effect(Runner, Effect.suspend(() => make))
}

const make = Effect.gen(function*() {
  const events = yield* Events
  const executor = yield* Executor
  const paths = yield* Paths
  const active = yield* ActiveConfig
  const calendar = yield* Calendar
  const { nextAfter } = yield* CronEvaluator
  // the ids handed out in the current second, per base: older ones cannot collide any more
  const given = new Map<string, number>()
  let second = -1

  /**
   * A session id for a run starting at `now`: two runs in the same second get -2, -3, …, and an
   * id whose session log exists already (another process, run-job --local, took it) is passed over.
   */
  const sessionIdAt = (job: ResolvedJob, now: number, zone: string): string => {
    if (Math.floor(now / 1000) !== second) {
      second = Math.floor(now / 1000)
      given.clear()
    }
    const base = sessionBase(calendar, job, now, zone)
    let n = given.get(base) ?? 1
    let id = n === 1 ? base : `${base}-${n}`
    // another process (run-job --local) numbers its ids from the base up: its log shows at the first id a
    // second gives, so the file system is asked there, and the ids walk on past the ones taken
    if (n === 1) { while (existsSync(join(paths.logsDir, `${id}.log`))) id = `${base}-${++n}` }
    given.set(base, n + 1)
    return id
  }

  const internalError = (id: string, defect: unknown): AttemptResult => ({
    status: "failure",
    exitCode: null,
    outputPreview: "",
    error: `internal error: ${defect instanceof Error ? defect.message : String(defect)}`,
    logFile: join(paths.logsDir, `${id}.log`)
  })

  // a Claude usage limit known to be in force: when runs may start again (its reset, with a margin; epoch ms).
  // Every claude run waits for it.
  const limitResetsAt = yield* Ref.make(0)

  /**
   * Waits while a usage limit is in force; gives the reason to give up when it resets at or
   * after `deadline` (the job's next instant: that run will try again).
   */
  const waitForLimit = (job: ResolvedJob, executionId: string, deadline: number | undefined): Effect.Effect<string | undefined> =>
    Effect.gen(function*() {
      const resetsAt = yield* Ref.get(limitResetsAt)
      const now = yield* Clock.currentTimeMillis
      const until = resetsAt
      if (until <= now) return undefined
      if (deadline !== undefined && until >= deadline) {
        return `Claude usage limit in force until ${new Date(resetsAt).toISOString()}, past this job's next run at ${
          new Date(deadline).toISOString()
        }: given up`
      }
      yield* events.publish(JobEvent.JobRateLimited({ job: job.name, executionId, resetsAt }))
      yield* Effect.sleep(until - now)
      return yield* waitForLimit(job, executionId, deadline)
    })

  const run = ({ job, source, scheduledAt, onStarted }: RunRequest) =>
    Effect.gen(function*() {
      const startedAt = yield* Clock.currentTimeMillis
      const sessionId = sessionIdAt(job, startedAt, (yield* active.get).schedules.timezone)
      const context = sessionContext(calendar, job, sessionId, source, scheduledAt)
      yield* events.publish(JobEvent.JobStarted({ job: job.name, executionId: sessionId, source, scheduledAt, at: startedAt }))
      if (onStarted !== undefined) yield* onStarted({ job: job.name, executionId: sessionId, startedAt, source })
      let attempts = 0
      let last: AttemptResult | undefined
      let claude: ClaudeRunInfo | null = null
      // the job's next instant: a retry, or a wait for a usage limit, never runs into it
      const deadline = nextAfter(job.cron, job.zone, Math.max(scheduledAt, startedAt))
      const finish = (status: RunRecord["status"], error?: string) =>
        Effect.flatMap(Clock.currentTimeMillis, (completedAt) => {
          const done: RunRecord = {
            job: job.name,
            execution_id: sessionId,
            source,
            scheduled_at: scheduledAt,
            started_at: startedAt,
            completed_at: completedAt,
            status,
            attempts,
            exit_code: last?.exitCode ?? null,
            output_preview: last?.outputPreview ?? "",
            error: error ?? last?.error ?? null,
            log_file: last?.logFile ?? join(paths.logsDir, `${sessionId}.log`),
            ...(claude === null ? {} : { claude }),
            ...(attempts > 1
              ? { attempt_logs: Array.from({ length: attempts }, (_, i) => join(paths.logsDir, `${attemptId(sessionId, i + 1)}.log`)) }
              : {})
          }
          return Effect.as(
            events.publish(status === "success" ? JobEvent.JobCompleted({ run: done }) : JobEvent.JobFailed({ run: done })),
            done
          )
        })
      /**
       * One attempt, in a scope of its own: its end (or its interruption) ends its process group.
       * A claude attempt that meets a usage limit waits for the reset and runs again, as the same
       * attempt (a limit is not the job's failure). A bug in an executor is this run's failure,
       * never the daemon's.
       */
      const once = Effect.suspend(() => {
        const n = ++attempts
        const id = attemptId(sessionId, n)
        const previousSession = claude?.session_id ?? null
        let tries = 0
        const tryOnce: Effect.Effect<AttemptResult> = Effect.gen(function*() {
          if (job.mode === "claude_cli") {
            const givenUp = yield* waitForLimit(job, sessionId, deadline)
            if (givenUp !== undefined) {
              const base = last ?? { exitCode: null, outputPreview: "", logFile: join(paths.logsDir, `${id}.log`) }
              return last = { ...base, status: "rate_limited", error: givenUp, retryable: false }
            }
          }
          const claudeSession = job.mode !== "claude_cli" ? undefined : {
            id: claudeSessionUuid(job.name, scheduledAt, n, ++tries),
            resume: n > 1 && job.claudeSettings.retry_with === "resume" ? previousSession : null
          }
          const result = yield* Effect.scoped(
            Effect.suspend(() =>
              executor.start({
                job,
                // the attempt's own id (`…-attempt2`) in BOT_CRON_SESSION_ID and {{session_id}}
                context: n === 1 ? context : { ...context, session_id: id },
                attemptId: id,
                attempt: n,
                claudeSession,
                run: { executionId: sessionId, source, scheduledAt, startedAt }
              })
            )
          ).pipe(
            Effect.catchAllDefect((defect) => Effect.succeed(internalError(id, defect)))
          )
          if (result.claude !== undefined) claude = addInfo(claude, result.claude)
          last = result
          if (result.status !== "rate_limited" || result.resetsAt === undefined) return result
          yield* Ref.update(limitResetsAt, (t) => Math.max(t, result.resetsAt ?? 0))
          return yield* tryOnce
        })
        return tryOnce.pipe(
          Effect.flatMap((result) => {
            if (result.status === "success") return Effect.succeed(result)
            return events
              .publish(
                JobEvent.JobAttemptFailed({ job: job.name, executionId: sessionId, attempt: n, error: result.error ?? result.status })
              )
              .pipe(Effect.zipRight(Effect.fail(result)))
          })
        )
      })
      const again = (r: AttemptResult) => r.retryable !== false && r.status !== "rate_limited"
      const retried = job.retryPolicy.max_attempts <= 1
        ? once
        : once.pipe(Effect.retry({ schedule: retrySchedule(job.retryPolicy, deadline), while: again }))
      return yield* retried.pipe(
        Effect.merge,
        Effect.flatMap((result) => finish(result.status)),
        Effect.onInterrupt(() => finish("cancelled", "cancelled: the run was interrupted (replaced, or the daemon stopped)"))
      )
    })

  return Runner.of({ run })
})
