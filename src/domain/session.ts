import { type PROMPT_VARIABLES, type ResolvedJob } from "./config.js"
import type { RunSource } from "./events.js"
import type { Calendar } from "./time.js"

/** What a run knows about itself; skills and scripts see it as `session` / BOT_CRON_* variables. */
export interface SessionContext {
  readonly session_id: string
  readonly source: RunSource
  readonly job_name: string
  readonly persona: string
  readonly scheduled_at: string
}

/**
 * `cron-<skill>-<YYYYMMDD-HHMMSS>`, the wall time in `zone` (the schedule's, as log times are);
 * `/` and spaces in a skill name become `-`.
 */
export const sessionBase = (calendar: Calendar, job: ResolvedJob, startedAtMs: number, zone: string): string =>
  `cron-${(job.skill ?? job.name).replace(/[/\\\s]+/g, "-")}-${calendar.compactStamp(startedAtMs, zone)}`

export const attemptId = (sessionId: string, attempt: number): string => attempt <= 1 ? sessionId : `${sessionId}-attempt${attempt}`

export const sessionContext = (
  calendar: Calendar,
  job: ResolvedJob,
  sessionId: string,
  source: RunSource,
  scheduledAtMs: number
): SessionContext => ({
  session_id: sessionId,
  source,
  job_name: job.name,
  persona: job.persona,
  scheduled_at: calendar.formatInZone(scheduledAtMs, job.zone)
})

export const sessionEnv = (job: ResolvedJob, ctx: SessionContext): Record<string, string> => ({
  BOT_CRON_SESSION_ID: ctx.session_id,
  BOT_CRON_SOURCE: ctx.source,
  BOT_CRON_JOB: job.name,
  BOT_CRON_SKILL: job.skill ?? "",
  BOT_CRON_PERSONA: ctx.persona,
  BOT_CRON_SCHEDULED_AT: ctx.scheduled_at,
  BOT_CRON_INPUTS: JSON.stringify(job.inputs)
})

/**
 * What a job's processes (a script, claude, a skill's steps) get as their environment: the
 * daemon's, without the variables config names as secrets (webhook URL, SMTP password), and
 * the run's seven BOT_CRON_* variables.
 */
export const jobEnvironment = (
  base: Readonly<Record<string, string | undefined>>,
  secretNames: ReadonlyArray<string>,
  job: ResolvedJob,
  ctx: SessionContext
): Record<string, string | undefined> => {
  const secret = new Set(secretNames)
  const env: Record<string, string | undefined> = {}
  for (const [name, value] of Object.entries(base)) if (!secret.has(name)) env[name] = value
  return Object.assign(env, sessionEnv(job, ctx))
}

/** Fills `{{name}}` placeholders (validated at config load) with plain text: no shell ever sees it. */
export const renderPrompt = (template: string, job: ResolvedJob, ctx: SessionContext): string => {
  const values: Record<(typeof PROMPT_VARIABLES)[number], string> = {
    job: job.name,
    skill: job.skill ?? "",
    persona: job.persona,
    inputs: JSON.stringify(job.inputs),
    session_id: ctx.session_id,
    source: ctx.source,
    scheduled_at: ctx.scheduled_at
  }
  return template.replace(/\{\{\s*([^}\s]*)\s*\}\}/g, (whole, name: string) => name in values ? values[name as keyof typeof values] : whole)
}
