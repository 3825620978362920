import type { ResolvedJob, Schedules } from "./config.js"
import type { Calendar } from "./time.js"

/** Spend in US dollars per day (`YYYY-MM-DD` in the schedule's zone), per job. */
export type Spend = { readonly [day: string]: { readonly [job: string]: number } }

/** Days of spend kept in the state file: this month and the twelve before it, with room. */
export const SPEND_DAYS_KEPT = 400

export const dayOf = (calendar: Calendar, ms: number, zone: string): string => calendar.formatInZone(ms, zone).slice(0, 10)

const round = (usd: number) => Math.round(usd * 1e6) / 1e6

/** Adds a run's cost to its day, keeping the newest SPEND_DAYS_KEPT days. */
export const addSpend = (spend: Spend, day: string, job: string, usd: number): Spend => {
  if (!(usd > 0)) return spend
  const today = spend[day] ?? {}
  const next: Record<string, Record<string, number>> = { ...spend, [day]: { ...today, [job]: round((today[job] ?? 0) + usd) } }
  const days = Object.keys(next)
  if (days.length > SPEND_DAYS_KEPT) { for (const old of days.sort().slice(0, days.length - SPEND_DAYS_KEPT)) delete next[old] }
  return next
}

const sum = (xs: Iterable<number>) => {
  let total = 0
  for (const x of xs) total += x
  return round(total)
}

export interface JobCosts {
  readonly job: string
  readonly today_usd: number
  readonly month_usd: number
  readonly daily_cap_usd: number | null
}

/** Today's and this month's spend, per job and in all, against each cap (days in the schedule's zone). */
export interface Costs {
  readonly zone: string
  readonly day: string
  readonly month: string
  readonly today_usd: number
  readonly month_usd: number
  readonly daily_cap_usd: number | null
  readonly monthly_cap_usd: number | null
  readonly jobs: ReadonlyArray<JobCosts>
}

export const costs = (
  calendar: Calendar,
  spend: Spend,
  schedules: { readonly timezone: string; readonly budget?: Schedules["budget"] | undefined },
  jobs: ReadonlyArray<Pick<ResolvedJob, "name" | "budget">>,
  now: number
): Costs => {
  const day = dayOf(calendar, now, schedules.timezone)
  const month = day.slice(0, 7)
  const monthDays = Object.keys(spend).filter((d) => d.startsWith(month))
  const perJob = new Map<string, { today: number; month: number }>()
  for (const d of monthDays) {
    for (const [job, usd] of Object.entries(spend[d] ?? {})) {
      const j = perJob.get(job) ?? { today: 0, month: 0 }
      j.month += usd
      if (d === day) j.today += usd
      perJob.set(job, j)
    }
  }
  const names = [...new Set([...jobs.map((j) => j.name), ...perJob.keys()])]
  const capOf = new Map<string, number | null>(jobs.map((j) => [j.name, j.budget?.daily_usd ?? null]))
  return {
    zone: schedules.timezone,
    day,
    month,
    today_usd: sum([...perJob.values()].map((j) => j.today)),
    month_usd: sum([...perJob.values()].map((j) => j.month)),
    daily_cap_usd: schedules.budget?.daily_usd ?? null,
    monthly_cap_usd: schedules.budget?.monthly_usd ?? null,
    jobs: names.map((job) => ({
      job,
      today_usd: round(perJob.get(job)?.today ?? 0),
      month_usd: round(perJob.get(job)?.month ?? 0),
      daily_cap_usd: capOf.get(job) ?? null
    }))
  }
}

const usd = (n: number) => `$${n.toFixed(2)}`

/**
 * Why a claude job may not fire now, or undefined when it may: what it (or every job) has spent
 * today, or this month, has reached a cap. Other modes report no cost and have no budget.
 */
export const budgetExhausted = (
  calendar: Calendar,
  spend: Spend,
  schedules: Pick<Schedules, "timezone" | "budget">,
  job: Pick<ResolvedJob, "name" | "budget" | "mode">,
  now: number
): string | undefined => {
  if (job.mode !== "claude_cli") return undefined
  const jobCap = job.budget?.daily_usd
  const dailyCap = schedules.budget?.daily_usd
  const monthlyCap = schedules.budget?.monthly_usd
  if (jobCap === undefined && dailyCap === undefined && monthlyCap === undefined) return undefined
  const day = dayOf(calendar, now, schedules.timezone)
  const today = spend[day] ?? {}
  const jobToday = round(today[job.name] ?? 0)
  if (jobCap !== undefined && jobToday >= jobCap) {
    return `budget_exhausted: ${job.name} has spent ${usd(jobToday)} today (${day}, ${schedules.timezone}); its budget.daily_usd is ${
      usd(jobCap)
    }`
  }
  const allToday = sum(Object.values(today))
  if (dailyCap !== undefined && allToday >= dailyCap) {
    return `budget_exhausted: all jobs have spent ${usd(allToday)} today (${day}, ${schedules.timezone}); schedules.budget.daily_usd is ${
      usd(dailyCap)
    }`
  }
  if (monthlyCap !== undefined) {
    const month = day.slice(0, 7)
    const allMonth = sum(Object.keys(spend).filter((d) => d.startsWith(month)).flatMap((d) => Object.values(spend[d] ?? {})))
    if (allMonth >= monthlyCap) {
      return `budget_exhausted: all jobs have spent ${usd(allMonth)} this month (${month}); schedules.budget.monthly_usd is ${
        usd(monthlyCap)
      }`
    }
  }
  return undefined
}
