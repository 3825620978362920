import type { ResolvedJob } from "../config.js"
import { isFixedTime } from "../cron.js"
import { type CronFields, cronFields } from "./cron-fields.js"

/** One job exported to an engine: its files, what the engine cannot carry, or why it was refused. */
export interface JobExport {
  readonly job: string
  readonly files: ReadonlyArray<{ readonly name: string; readonly text: string }>
  /** what the engine does differently from bot-cron, or does not do, for this job */
  readonly losses: ReadonlyArray<string>
  /** set when the job cannot be exported at all (and `files` is empty) */
  readonly refused?: string
}

const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]

/** 1,2,3,5 as systemd writes it: 1..3,5 (two digits for times). */
const values = (vs: ReadonlyArray<number> | undefined, pad: boolean): string => {
  if (vs === undefined) return "*"
  const text = (n: number) => (pad ? String(n).padStart(2, "0") : String(n))
  const parts: Array<string> = []
  for (let i = 0; i < vs.length;) {
    let j = i
    while (j + 1 < vs.length && (vs[j + 1] ?? 0) === (vs[j] ?? 0) + 1) j++
    const a = vs[i] ?? 0
    const b = vs[j] ?? 0
    parts.push(j - i >= 2 ? `${text(a)}..${text(b)}` : j > i ? `${text(a)},${text(b)}` : text(a))
    i = j + 1
  }
  return parts.join(",")
}

/**
 * The OnCalendar= lines that together give the cron expression's instants in `zone`: one line,
 * or two when both day fields are restricted (cron fires on a day matching either; a systemd
 * calendar event needs both).
 */
export const onCalendar = (fields: CronFields, zone: string): ReadonlyArray<string> => {
  const line = (dom: ReadonlyArray<number> | undefined, dow: ReadonlyArray<number> | undefined) =>
    `${dow === undefined ? "" : `${dow.map((d) => WEEKDAYS[d]).join(",")} `}*-${values(fields.month, true)}-${values(dom, true)} ${
      values(fields.hour, true)
    }:${values(fields.minute, true)}:${fields.second.length === 60 ? "*" : values(fields.second, true)} ${zone}`
  if (fields.dayOfMonth !== undefined && fields.dayOfWeek !== undefined) {
    return [line(fields.dayOfMonth, undefined), line(undefined, fields.dayOfWeek)]
  }
  return [line(fields.dayOfMonth, fields.dayOfWeek)]
}

/** An argument for ExecStart=: quoted, with systemd's specifiers (%) and variables ($) escaped. */
const arg = (s: string) => `"${s.replace(/\\/g, "\\\\").replace(/"/g, "\\\"").replace(/%/g, "%%").replace(/\$/g, "$$$$")}"`

/** The longest a whole run may take: every attempt's timeout and the delays between them, and a minute. */
export const runBound = (job: ResolvedJob): number => {
  const { max_attempts, delay_seconds, backoff_multiplier, max_delay_seconds } = job.retryPolicy
  let delays = 0
  for (let k = 0; k < max_attempts - 1; k++) delays += Math.min(delay_seconds * backoff_multiplier ** k, max_delay_seconds)
  return Math.ceil(job.timeout_seconds * max_attempts + delays + 60)
}

/** Whether `zone` moves its clocks (so a fixed local time can fall in a gap or repeat). */
const hasDst = (zone: string): boolean => {
  const offset = (month: number) =>
    new Intl.DateTimeFormat("en-US", { timeZone: zone, timeZoneName: "longOffset" })
      .formatToParts(Date.UTC(2026, month, 15))
      .find((p) => p.type === "timeZoneName")?.value
  return offset(0) !== offset(6)
}

export interface SystemdTarget {
  /** the node executable and the bundle the units run */
  readonly node: string
  readonly bin: string
  readonly config: string
  readonly state: string
}

/**
 * A job as a systemd service (`bot-cron run-job JOB --local`, so retries, history and
 * notifications stay bot-cron's) and its timer.
 */
export const systemdUnits = (job: ResolvedJob, target: SystemdTarget): JobExport => {
  const read = cronFields(job.cron)
  if ("problem" in read) return { job: job.name, files: [], losses: [], refused: read.problem }
  const calendars = onCalendar(read.fields, job.zone)
  const unit = `bot-cron-${job.name}`
  const description = `bot-cron job ${job.name}${job.description === undefined ? "" : `: ${job.description.replace(/\s+/g, " ")}`}`
  const service = [
    "[Unit]",
    `Description=${description}`,
    "",
    "[Service]",
    "Type=exec",
    `ExecStart=${
      [target.node, target.bin, "run-job", job.name, "--local", "--config", target.config, "--state", target.state].map(arg).join(" ")
    }`,
    `RuntimeMaxSec=${runBound(job)}`,
    ""
  ].join("\n")
  const timer = [
    "[Unit]",
    `Description=Timer for ${description}`,
    "",
    "[Timer]",
    ...calendars.map((c) => `OnCalendar=${c}`),
    `Persistent=${job.catch_up === "latest" ? "true" : "false"}`,
    ...(job.jitter_seconds > 0 ? [`RandomizedDelaySec=${job.jitter_seconds}`] : []),
    "AccuracySec=1s",
    `Unit=${unit}.service`,
    "",
    "[Install]",
    "WantedBy=timers.target",
    ""
  ].join("\n")
  const losses = [
    ...(isFixedTime(job.cron) && hasDst(job.zone)
      ? [`DST: a fixed time that falls in a spring-forward gap in ${job.zone} is skipped by systemd (bot-cron runs it at the jump)`]
      : []),
    ...(job.overlap === "skip" ? [] : [
      `overlap "${job.overlap}": systemd never starts a service that is still running, and does not queue or replace it (it acts like "skip")`
    ]),
    ...(job.catch_up === "latest"
      ? [
        `catch_up: Persistent=true runs one missed run however late; misfire_grace_seconds (${job.misfire_grace_seconds} s) and the catch-up spread are not carried`
      ]
      : []),
    ...(calendars.length > 1
      ? [`both day fields are restricted: written as ${calendars.length} OnCalendar= lines (either day matches, as in cron)`]
      : []),
    ...(job.enabled ? [] : ["disabled in config: the timer is written but should not be enabled until the job is wanted"]),
    "D-Bus control, `bot-cron list/status` of the schedule and the daemon's sleep/wake catch-up are replaced by systemctl and journalctl"
  ]
  return {
    job: job.name,
    files: [{ name: `${unit}.service`, text: service }, { name: `${unit}.timer`, text: timer }],
    losses
  }
}
