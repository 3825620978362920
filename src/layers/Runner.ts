import { Clock, Context, Effect, Layer, Option, Ref } from "effect"
import { existsSync } from "node:fs"
import { join } from "node:path"
import type { ResolvedJob } from "../domain/config.js"
import { nextAfter } from "../domain/cron.js"
import { JobEvent, type RunRecord, type RunSource } from "../domain/events.js"
import { retrySchedule } from "../domain/retry.js"
import { attemptId, sessionBase, sessionContext, type SessionContext } from "../domain/session.js"
import { Events } from "./Events.js"
import { Executor, type AttemptResult } from "./Executor.js"
import { Paths } from "./Paths.js"

export interface PreparedRun {
  readonly job: ResolvedJob
  readonly source: RunSource
  readonly scheduledAt: number
  readonly sessionId: string
  readonly context: SessionContext
}

/** One run of one job: a session, its attempts with retry, and the events that tell about it. */
export class Runner extends Context.Tag("bot-cron/Runner")<
  Runner,
  {
    /** A fresh, unique session for a run about to start (so callers can report its id at once). */
    readonly prepare: (job: ResolvedJob, source: RunSource, scheduledAt: number) => Effect.Effect<PreparedRun>
    /** Runs it to the end; interruption ends the child and records the run as cancelled. */
    readonly execute: (run: PreparedRun) => Effect.Effect<RunRecord>
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

  const prepare = (job: ResolvedJob, source: RunSource, scheduledAt: number) =>
    Effect.gen(function* () {
      const now = yield* Clock.currentTimeMillis
      if (Math.floor(now / 1000) !== second) {
        second = Math.floor(now / 1000)
        counters.clear()
      }
      const base = sessionBase(job, now)
      // two runs in the same second (or a run-job beside the daemon) get -2, -3, …
      let n = counters.get(base) ?? 1
      let id = n === 1 ? base : `${base}-${n}`
      while (existsSync(join(paths.logsDir, `${id}.log`))) id = `${base}-${++n}`
      counters.set(base, n + 1)
      return { job, source, scheduledAt, sessionId: id, context: sessionContext(job, id, source, scheduledAt) }
    })

  const execute = (run: PreparedRun) =>
    Effect.gen(function* () {
      const { job, sessionId } = run
      const startedAt = yield* Clock.currentTimeMillis
      const attempts = yield* Ref.make(0)
      const last = yield* Ref.make(Option.none<AttemptResult>())
      const finish = (status: RunRecord["status"], error?: string) =>
        Effect.gen(function* () {
          const result = yield* Ref.get(last)
          const done: RunRecord = {
            job: job.name,
            execution_id: sessionId,
            source: run.source,
            scheduled_at: run.scheduledAt,
            started_at: startedAt,
            completed_at: yield* Clock.currentTimeMillis,
            status,
            attempts: yield* Ref.get(attempts),
            exit_code: Option.match(result, { onNone: () => null, onSome: (r) => r.exitCode }),
            output_preview: Option.match(result, { onNone: () => "", onSome: (r) => r.outputPreview }),
            error: error ?? Option.match(result, { onNone: () => null, onSome: (r) => r.error }),
            log_file: Option.match(result, { onNone: () => join(paths.logsDir, `${sessionId}.log`), onSome: (r) => r.logFile })
          }
          yield* events.publish(status === "success" ? JobEvent.JobCompleted({ run: done }) : JobEvent.JobFailed({ run: done }))
          return done
        })

      yield* events.publish(
        JobEvent.JobStarted({ job: job.name, executionId: sessionId, source: run.source, scheduledAt: run.scheduledAt, at: startedAt })
      )
      const once = Effect.gen(function* () {
        const n = yield* Ref.updateAndGet(attempts, (k) => k + 1)
        const id = attemptId(sessionId, n)
        const result = yield* executor.run({ job, context: run.context, attemptId: id, attempt: n }).pipe(
          // a bug in an executor is this run's failure, never the daemon's
          Effect.catchAllDefect((defect) =>
            Effect.succeed<AttemptResult>({
              status: "failure",
              exitCode: null,
              outputPreview: "",
              error: `internal error: ${defect instanceof Error ? defect.message : String(defect)}`,
              logFile: join(paths.logsDir, `${id}.log`)
            })
          )
        )
        yield* Ref.set(last, Option.some(result))
        if (result.status === "success") return result
        yield* events.publish(
          JobEvent.JobAttemptFailed({ job: job.name, executionId: sessionId, attempt: n, error: result.error ?? result.status })
        )
        return yield* Effect.fail(result)
      })
      // a single attempt needs no retry schedule: most jobs, and the hot path at scale
      const attempts_ =
        job.retryPolicy.max_attempts <= 1
          ? once
          : once.pipe(Effect.retry(retrySchedule(job.retryPolicy, nextAfter(job.cron, job.zone, Math.max(run.scheduledAt, startedAt)))))
      return yield* attempts_.pipe(
        Effect.merge,
        Effect.flatMap((result) => finish(result.status)),
        Effect.onInterrupt(() => finish("cancelled", "cancelled: the run was interrupted (replaced, or the daemon stopped)"))
      )
    })

  return Runner.of({ prepare, execute })
})
