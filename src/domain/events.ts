import { Data } from "effect"
import type { ClaudeRunInfo } from "./claude.js"

export type RunSource = "cron" | "manual" | "catch_up"
export type RunStatus = "success" | "failure" | "timeout" | "hung" | "rate_limited" | "cancelled" | "interrupted"

/** One run's outcome, as it goes into the history. */
export interface RunRecord {
  readonly job: string
  readonly execution_id: string
  readonly source: RunSource
  readonly scheduled_at: number
  readonly started_at: number
  readonly completed_at: number
  readonly status: RunStatus
  readonly attempts: number
  readonly exit_code: number | null
  readonly output_preview: string
  readonly error: string | null
  readonly log_file: string
  /** claude_cli runs: cost, tokens and turns over all attempts, and the last attempt's session and model */
  readonly claude?: ClaudeRunInfo
  /** every attempt's session log, first to last, when there was more than one */
  readonly attempt_logs?: ReadonlyArray<string>
}

/** Every lifecycle event of the daemon, published once on the Events PubSub. */
/** Why a fire did not run: a switch, the overlap policy, or a fall-back hour that already ran it. */
export type JobSkipReason = "scheduler_disabled" | "job_disabled" | "overlap" | "already_ran" | "budget_exhausted"

export type JobEvent = Data.TaggedEnum<{
  JobStarted: {
    readonly job: string
    readonly executionId: string
    readonly source: RunSource
    readonly scheduledAt: number
    readonly at: number
  }
  JobAttemptFailed: {
    readonly job: string
    readonly executionId: string
    readonly attempt: number
    readonly error: string
  }
  JobCompleted: { readonly run: RunRecord }
  JobFailed: { readonly run: RunRecord }
  /** a finished run is in the state file's history (published by the state recorder) */
  RunRecorded: { readonly run: RunRecord }
  JobSkipped: {
    readonly job: string
    readonly reason: JobSkipReason
    readonly scheduledAt: number
    /** in plain words, when the reason needs more (which budget, how much is spent) */
    readonly detail?: string
  }
  /** a claude run found a usage limit in force: it waits for the reset without spending an attempt */
  JobRateLimited: {
    readonly job: string
    readonly executionId: string
    /** when claude runs may start again: the limit's reset, with a margin */
    readonly resetsAt: number
  }
  JobMissed: {
    readonly job: string
    readonly count: number
    readonly newest: number
    readonly caughtUp: boolean
    /** why the instants were missed: "sleep", "downtime", "late timer", … */
    readonly reason: string
    /** the regular run that comes before the catch-up could start, and so stands for it */
    readonly coveredBy: number | null
  }
  NextRunScheduled: { readonly job: string; readonly at: number | null }
  SchedulerToggled: { readonly enabled: boolean }
  ConfigReloaded: {
    readonly trigger: string
    readonly added: ReadonlyArray<string>
    readonly changed: ReadonlyArray<string>
    readonly removed: ReadonlyArray<string>
    readonly durationMs: number
  }
  ConfigRejected: { readonly trigger: string; readonly path: string; readonly problems: ReadonlyArray<string> }
  JobToggled: { readonly job: string; readonly enabled: boolean }
}>

export const JobEvent = Data.taggedEnum<JobEvent>()
