import { Clock, Context, Deferred, Effect, Layer, Option } from "effect"
import { configValue } from "../domain/config-edit.js"
import { InvalidArgument, parseFlag, problemsOf, UnknownJob } from "../domain/errors.js"
import { JobEvent } from "../domain/events.js"
import { computeNext, health, jobRows, type NextOf } from "../domain/report.js"
import { clearJobToggle, clearSchedulerToggle, jobEnabled, schedulerEnabled, setJobToggle, setSchedulerToggle } from "../domain/state.js"
import { ActiveConfig } from "./ActiveConfig.js"
import { Calendar } from "./Calendar.js"
import { ConfigService } from "./ConfigService.js"
import { CronEvaluator } from "./CronEvaluator.js"
import { Events } from "./Events.js"
import { Reloader } from "./Reloader.js"
import { Scheduler } from "./Scheduler.js"
import { SleepWake } from "./SleepWake.js"
import { StateStore } from "./StateStore.js"

const make = Effect.gen(function*() {
  const scheduler = yield* Scheduler
  const cron = yield* CronEvaluator
  const calendar = yield* Calendar
  const store = yield* StateStore
  const active = yield* ActiveConfig
  const configService = yield* ConfigService
  const events = yield* Events
  const reloader = yield* Reloader
  const sleepWake = yield* SleepWake
  const startedAt = yield* Clock.currentTimeMillis
  const stop = yield* Deferred.make<void>()

  const knownJob = (name: string) =>
    Effect.gen(function*() {
      const jobs = yield* active.jobs
      const job = jobs.find((j) => j.name === name)
      if (job === undefined) return yield* new UnknownJob({ job: name, known: jobs.map((j) => j.name) })
      return job
    })

  /** A toggle's value: true or false, or null for "reset" (config.json decides again). */
  const flag = (argument: string, text: string) => {
    if (text.trim().toLowerCase() === "reset") return Effect.succeed(null)
    const parsed = parseFlag(argument, text)
    return parsed instanceof InvalidArgument ? Effect.fail(parsed) : Effect.succeed(parsed)
  }

  const runJob = (name: string) =>
    Effect.map(scheduler.trigger(name), (d) =>
      d._tag === "Started"
        ? { execution_id: d.executionId, job: name, status: "started" as const }
        : d._tag === "Queued"
        ? { execution_id: null, job: name, status: "queued" as const }
        : { execution_id: null, job: name, status: "skipped" as const, reason: "a run is still going and the overlap policy is skip" })

  /** The scheduler's own next instants, falling back to the cron for a job it has not reached yet. */
  const nextOf = Effect.gen(function*() {
    const known = yield* scheduler.nextRuns
    const fallback = computeNext(cron, yield* Clock.currentTimeMillis)
    const lookup: NextOf = (job) => {
      const at = known.get(job.name)
      return at === undefined ? fallback(job) : (at ?? undefined)
    }
    return lookup
  })

  const listJobs = Effect.gen(function*() {
    const running = new Set((yield* scheduler.running).map((r) => r.job))
    const rows = jobRows(calendar, yield* active.jobs, yield* store.get, yield* nextOf)
    return rows.map((row) => ({ ...row, running: running.has(row.name) }))
  })

  const getHistory = (limit: number) =>
    Effect.gen(function*() {
      const max = (yield* active.get).schedules.history_limit
      return (yield* store.get).history.slice(0, Math.min(Math.max(1, Math.trunc(limit)), max))
    })

  const toggleScheduler = (enabledText: string) =>
    Effect.gen(function*() {
      const value = yield* flag("enabled", enabledText)
      const { schedules } = yield* active.get
      const state = yield* store.update((s) => value === null ? clearSchedulerToggle(s, schedules) : setSchedulerToggle(s, value))
      yield* events.publish(JobEvent.SchedulerToggled({ enabled: schedulerEnabled(state, schedules) }))
      return true
    })

  const toggleJob = (name: string, enabledText: string) =>
    Effect.gen(function*() {
      const value = yield* flag("enabled", enabledText)
      const job = yield* knownJob(name)
      const state = yield* store.update((s) => value === null ? clearJobToggle(s, job) : setJobToggle(s, name, value))
      yield* events.publish(JobEvent.JobToggled({ job: name, enabled: jobEnabled(state, job) }))
      return true
    })

  const getConfig = (section: string, key: string) => Effect.flatMap(active.get, (config) => configValue(config, section, key))

  const updateConfig = (section: string, key: string, valueJson: string) =>
    Effect.gen(function*() {
      yield* configService.setValue(section, key, valueJson)
      yield* reloader.reload("update_config", true)
      return true
    })

  const healthReport = Effect.gen(function*() {
    const config = yield* active.get
    const state = yield* store.get
    return health({
      calendar,
      jobs: yield* active.jobs,
      nextOf: yield* nextOf,
      state,
      now: yield* Clock.currentTimeMillis,
      startedAt,
      schedulerOn: schedulerEnabled(state, config.schedules),
      running: yield* scheduler.running,
      stateWriteError: Option.getOrNull(yield* store.writeError),
      paused: yield* scheduler.paused,
      configRejection: Option.match(yield* reloader.rejection, { onNone: () => null, onSome: (e) => problemsOf(e).join("; ") }),
      zone: config.schedules.timezone,
      budget: config.schedules.budget
    })
  })

  const status = Effect.gen(function*() {
    const report = yield* healthReport
    const zone = (yield* active.get).schedules.timezone
    const at = (ms: number | null) => (ms === null ? null : calendar.formatInZone(ms, zone))
    const sleep = yield* sleepWake.info
    const catchUp = yield* scheduler.lastCatchUp
    return {
      ...report,
      sleep: { ...sleep, last_sleep: at(sleep.last_sleep), last_wake: at(sleep.last_wake) },
      last_catch_up: Option.match(catchUp, {
        onNone: () => null,
        onSome: (c) => ({ reason: c.reason, at: at(c.at), missed: c.missed.map((m) => ({ ...m, newest: at(m.newest) })) })
      }),
      pid: process.pid,
      started_at: at(startedAt),
      config_path: configService.path,
      state_path: store.path
    }
  })

  // the reply goes out before the daemon starts stopping
  const shutdown = Effect.as(Effect.forkDaemon(Effect.zipRight(Effect.sleep("100 millis"), Deferred.succeed(stop, undefined))), {
    status: "stopping"
  })

  return {
    runJob,
    listJobs,
    getHistory,
    toggleScheduler,
    toggleJob,
    getConfig,
    updateConfig,
    reload: reloader.reload("reload request", true),
    health: healthReport,
    status,
    shutdown,
    awaitShutdown: Deferred.await(stop)
  }
})

/** What the daemon can be asked to do: D-Bus methods and CLI commands call these same functions. */
export class Control extends Context.Tag("bot-cron/Control")<Control, Effect.Effect.Success<typeof make>>() {
  static readonly layer = Layer.effect(Control, make)
}
