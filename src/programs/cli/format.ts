import type { Health } from "../../domain/report.js"

const span = (seconds: number): string => {
  const s = Math.max(0, Math.round(seconds))
  if (s < 60) return `${s}s`
  const m = Math.floor(s / 60)
  if (m < 60) return `${m}m ${s % 60}s`
  const h = Math.floor(m / 60)
  if (h < 48) return `${h}h ${m % 60}m`
  return `${Math.floor(h / 24)}d ${h % 24}h`
}

export interface StatusExtras {
  readonly pid?: number
  readonly sleep?: {
    readonly last_sleep: string | null
    readonly last_wake: string | null
    readonly slept_seconds: number | null
    readonly detected_by: string | null
    readonly inhibitor: string
  }
  readonly last_catch_up?: {
    readonly reason: string
    readonly at: string | null
    readonly missed: ReadonlyArray<{ readonly job: string; readonly count: number; readonly caught_up: boolean }>
  } | null
}

/** The health report for people. */
export const formatStatus = (report: Health & StatusExtras): string => {
  const lines = [
    `bot-cron daemon: running${report.pid === undefined ? "" : ` (pid ${report.pid}`}, up ${span(report.uptime_seconds)}${
      report.pid === undefined ? "" : ")"
    }; ${report.healthy ? "healthy" : "NOT healthy"}`,
    ...report.reasons.map((r) => `  problem: ${r}`),
    `scheduler: ${report.scheduler_running ? "on" : "off"}; ${report.job_count} job${report.job_count === 1 ? "" : "s"}`,
    `next run: ${
      report.next_job === null
        ? "none scheduled"
        : `${report.next_job.name} at ${report.next_job.scheduled} (in ${span(report.next_job.in_seconds)})`
    }`,
    `last run: ${
      report.last_execution === null
        ? "none yet"
        : `${report.last_execution.job} ${report.last_execution.status} at ${report.last_execution.completed_at}`
    }`,
    `runs: ${report.stats.total_executions} (${report.stats.successful} ok, ${report.stats.failed} failed${
      report.stats.success_rate === null ? "" : `, ${(report.stats.success_rate * 100).toFixed(1)} % success`
    })`
  ]
  const c0 = report.costs
  const cap = (n: number | null) => (n === null ? "" : ` of $${n.toFixed(2)}`)
  lines.push(
    `claude spend: $${c0.today_usd.toFixed(2)}${cap(c0.daily_cap_usd)} today, $${c0.month_usd.toFixed(2)}${
      cap(c0.monthly_cap_usd)
    } this month (${c0.zone}); ${report.stats.claude.runs} claude run${report.stats.claude.runs === 1 ? "" : "s"} in the history`
  )
  for (const r of report.running_jobs) lines.push(`running now: ${r.job} (session ${r.execution_id}, ${r.source}, since ${r.started_at})`)
  const sleep = report.sleep
  if (sleep !== undefined) {
    lines.push(
      sleep.last_wake === null
        ? `sleep: none seen since start (inhibitor ${sleep.inhibitor})`
        : `sleep: slept at ${sleep.last_sleep ?? "?"}, woke at ${sleep.last_wake}${
          sleep.slept_seconds === null ? "" : ` (${span(sleep.slept_seconds)})`
        }, seen by ${sleep.detected_by ?? "?"}; inhibitor ${sleep.inhibitor}`
    )
  }
  const c = report.last_catch_up
  if (c !== undefined && c !== null && c.missed.length > 0) {
    const parts = c.missed.map((m) => `${m.job} missed ${m.count}${m.caught_up ? ", ran once" : ", skipped"}`)
    lines.push(`catch-up after ${c.reason} at ${c.at ?? "?"}: ${parts.join("; ")}`)
  }
  return lines.join("\n")
}

const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"] as const

/** `Mon 2026-12-07 09:00:00 -05:00` from an ISO instant with an offset, as the tables show times. */
export const wallTime = (iso: string): string => {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}:\d{2}:\d{2})(?:\.\d+)?(Z|[+-]\d{2}:\d{2})$/.exec(iso)
  if (m === null) return iso
  const [, y, mo, d, time, offset] = m as unknown as [string, string, string, string, string, string]
  const weekday = WEEKDAYS[new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d))).getUTCDay()]
  return `${weekday} ${y}-${mo}-${d} ${time} ${offset === "Z" ? "+00:00" : offset}`
}

/** How far `atMs` is from `nowMs` in words: `12 s`, `3 min`, `2 h 5 min`, `3 days 4 h`. */
export const distance = (atMs: number, nowMs: number): string => {
  const s = Math.round(Math.abs(atMs - nowMs) / 1000)
  if (s < 60) return `${s} s`
  const m = Math.floor(s / 60)
  if (m < 60) return `${m} min`
  const h = Math.floor(m / 60)
  if (h < 48) return m % 60 === 0 ? `${h} h` : `${h} h ${m % 60} min`
  const days = Math.floor(h / 24)
  return h % 24 === 0 ? `${days} days` : `${days} days ${h % 24} h`
}

/** `in 3 min` for an instant to come, `3 min ago` for one past. */
export const relative = (atMs: number, nowMs: number): string =>
  atMs >= nowMs ? `in ${distance(atMs, nowMs)}` : `${distance(atMs, nowMs)} ago`
