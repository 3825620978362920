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

/** The health report for people. */
export const formatStatus = (report: Health & { readonly pid?: number }): string => {
  const lines = [
    `bot-cron daemon: running${report.pid === undefined ? "" : ` (pid ${report.pid}`}, up ${span(report.uptime_seconds)}${report.pid === undefined ? "" : ")"}; ${report.healthy ? "healthy" : "NOT healthy"}`,
    ...report.reasons.map((r) => `  problem: ${r}`),
    `scheduler: ${report.scheduler_running ? "on" : "off"}; ${report.job_count} job${report.job_count === 1 ? "" : "s"}`,
    `next run: ${report.next_job === null ? "none scheduled" : `${report.next_job.name} at ${report.next_job.scheduled} (in ${span(report.next_job.in_seconds)})`}`,
    `last run: ${report.last_execution === null ? "none yet" : `${report.last_execution.job} ${report.last_execution.status} at ${report.last_execution.completed_at}`}`,
    `runs: ${report.stats.total_executions} (${report.stats.successful} ok, ${report.stats.failed} failed${report.stats.success_rate === null ? "" : `, ${(report.stats.success_rate * 100).toFixed(1)} % success`})`
  ]
  for (const r of report.running_jobs) lines.push(`running now: ${r.job} (session ${r.execution_id}, ${r.source}, since ${r.started_at})`)
  return lines.join("\n")
}
