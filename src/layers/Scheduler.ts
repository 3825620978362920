import { Clock, Context, Deferred, Effect, FiberHandle, Layer, Option, Ref } from "effect"
import { localWall, missedInstants, spreadOffsets } from "../domain/catchup.js"
import type { ResolvedJob } from "../domain/config.js"
import { isFixedTime, nextAfter } from "../domain/cron.js"
import { UnknownJob } from "../domain/errors.js"
import { JobEvent } from "../domain/events.js"
import { nextChunk, SchedulerTuning, sleepUntil } from "../domain/sleep.js"
import { MinHeap } from "../domain/heap.js"
import { jobEnabled, savedJob, schedulerEnabled, type StateFile } from "../domain/state.js"
import { formatInZone } from "../domain/time.js"
import { ActiveConfig } from "./ActiveConfig.js"
import { Events } from "./Events.js"
import { Runner } from "./Runner.js"
import { makeRuns, type Dispatch, type RunningRun } from "./scheduler/runs.js"
import { StateStore } from "./StateStore.js"

export type { Dispatch, RunningRun }

export interface Reconciled {
  readonly added: ReadonlyArray<string>
  readonly changed: ReadonlyArray<string>
  readonly removed: ReadonlyArray<string>
}

export interface CatchUpReport {
  readonly reason: string
  readonly at: number
  readonly missed: ReadonlyArray<{
    readonly job: string
    readonly count: number
    readonly newest: number
    readonly caught_up: boolean
    readonly covered_by_next_run: boolean
  }>
}

/** A timer this late means the process was frozen or the machine slept: catch up instead of firing. */
export const LATE_MS = 5_000

/**
 * One dispatcher fiber sleeps until the first of all jobs' next instants (a min-heap)
 * and fires every job that is due; runs are forked into a FiberSet, so a failing job
 * never stops the dispatcher or the daemon.
 * On sleep the fibers stop; on wake (or a timer found far too late, or a start after
 * downtime) missed instants are handled by each job's catch_up policy.
 */
export class Scheduler extends Context.Tag("bot-cron/Scheduler")<
  Scheduler,
  {
    /** Brings the schedule in line with the active config: unchanged jobs keep their next instant. */
    readonly reconcile: Effect.Effect<Reconciled>
    /** Starts a run now (source manual), subject to the job's overlap policy. */
    readonly trigger: (name: string) => Effect.Effect<Dispatch, UnknownJob>
    readonly running: Effect.Effect<ReadonlyArray<RunningRun>>
    /** Each job's next instant as its fiber computed it (null: it never fires again) */
    readonly nextRuns: Effect.Effect<ReadonlyMap<string, number | null>>
    /** Stops firing (the machine is going to sleep); runs already going carry on. */
    readonly suspend: (reason: string) => Effect.Effect<void>
    /**
     * Handles the instants missed since each job's pending one (or since `pending`,
     * read from the state file after downtime), then restarts every fiber from now.
     */
    readonly resume: (reason: string, pending?: ReadonlyMap<string, number>) => Effect.Effect<CatchUpReport>
    readonly lastCatchUp: Effect.Effect<Option.Option<CatchUpReport>>
    /** true between suspend and resume: no job fires */
    readonly paused: Effect.Effect<boolean>
  }
>() {
  static readonly layer = Layer.scoped(Scheduler, Effect.suspend(() => make))
}

interface Entry {
  readonly at: number
  readonly job: string
  /** the job's definition generation when this entry was made: older ones are stale */
  readonly gen: number
}

const make = Effect.gen(function* () {
  const events = yield* Events
  const runner = yield* Runner
  const store = yield* StateStore
  const active = yield* ActiveConfig
  const scope = yield* Effect.scope
  const dispatcher = yield* FiberHandle.make()
  const runs = yield* makeRuns({ runner, events, currentJob: active.job })
  const resumeLock = yield* Effect.makeSemaphore(1)
  const lastCatchUp = yield* Ref.make(Option.none<CatchUpReport>())
  const nextRuns = new Map<string, number | null>()
  // one timer for every job: a heap of next instants and the job each belongs to
  const heap = new MinHeap<Entry>()
  // each configured job and the generation its heap entry must carry
  const scheduled = new Map<string, { readonly job: ResolvedJob; readonly gen: number }>()
  let generation = 0
  let wake = yield* Deferred.make<void>()
  let sleeping = false

  /** The local wall time this job last fired at, when a fall-back hour must not fire it again. */
  const alreadyRan = (job: ResolvedJob, at: number, state: StateFile) =>
    isFixedTime(job.cron) && savedJob(state, job.name)?.last_fire_wall === localWall(at, job.zone)

  /**
   * Fires a due batch: the state and config are read once, each job's switches and
   * fall-back hour are checked, and the runs start in instant order.
   */
  const fire = (due: ReadonlyArray<{ readonly job: ResolvedJob; readonly at: number }>) =>
    Effect.gen(function* () {
      const state = yield* store.get
      const { schedules } = yield* active.get
      const on = schedulerEnabled(state, schedules)
      const go: Array<{ job: ResolvedJob; scheduledAt: number }> = []
      const skips: Array<JobEvent> = []
      for (const { job, at } of due) {
        const reason = !on
          ? "scheduler_disabled"
          : !jobEnabled(state, job)
            ? "job_disabled"
            : alreadyRan(job, at, state)
              ? "already_ran"
              : undefined
        if (reason === undefined) go.push({ job, scheduledAt: at })
        else skips.push(JobEvent.JobSkipped({ job: job.name, reason, scheduledAt: at }))
      }
      yield* runs.dispatchDue(go)
      yield* events.publishAll(skips)
    })

  /** Records the job's next instant after `after` and puts it on the heap; returns it with its event. */
  const place = (job: ResolvedJob, gen: number, after: number) => {
    const next = nextAfter(job.cron, job.zone, after)
    nextRuns.set(job.name, next ?? null)
    if (next !== undefined) heap.push({ at: next, job: job.name, gen })
    return { next, event: JobEvent.NextRunScheduled({ job: job.name, at: next ?? null }) }
  }

  /** `place`, from outside the dispatcher: wakes it if the job's instant is now the first. */
  const schedule = (job: ResolvedJob, gen: number, after: number) =>
    Effect.gen(function* () {
      const first = heap.peek()
      const { next, event } = place(job, gen, after)
      yield* events.publish(event)
      if (next !== undefined && (first === undefined || next < first.at)) yield* Deferred.succeed(wake, undefined)
    })

  const live = (e: Entry) => scheduled.get(e.job)?.gen === e.gen

  /** The first entry that still belongs to its job; stale ones are dropped on the way. */
  const firstLive = () => {
    for (let top = heap.peek(); top !== undefined; top = heap.peek()) {
      if (live(top)) return top
      heap.pop()
    }
    return undefined
  }

  /** Takes every live entry due at or before `until` off the heap, into `into`. */
  const takeDue = (until: number, into: Array<Entry>) => {
    for (let e = firstLive(); e !== undefined && e.at <= until; e = firstLive()) {
      heap.pop()
      into.push(e)
    }
  }

  /**
   * The one fiber that waits: it sleeps until the first instant on the heap (in
   * chunks, re-armed shortly before it), wakes early when an earlier one arrives,
   * fires every job that is due, and only then computes their next instants.
   */
  const dispatch: Effect.Effect<void> = Effect.gen(function* () {
    for (;;) {
      wake = yield* Deferred.make<void>()
      const top = firstLive()
      if (top === undefined) {
        yield* Deferred.await(wake)
        continue
      }
      const tuning = yield* SchedulerTuning
      const remaining = top.at - (yield* Clock.currentTimeMillis)
      if (remaining > tuning.rearmMs) {
        // far off: a timer of at most maxChunkMs, ending rearmMs before the instant at the latest
        yield* Effect.raceFirst(Effect.sleep(nextChunk(remaining, tuning)), Deferred.await(wake))
        continue
      }
      // final approach: the entries due at this instant leave the heap now, and their runs are
      // prepared now (session ids, their files, contexts); woken early, the entries go back
      const ready: Array<Entry> = []
      takeDue(top.at, ready)
      runner.prepareAhead(ready.flatMap((e) => scheduled.get(e.job)?.job ?? []), top.at)
      yield* Effect.raceFirst(sleepUntil(top.at), Deferred.await(wake))
      const now = yield* Clock.currentTimeMillis
      if (now < top.at) {
        for (const e of ready) heap.push(e)
        continue
      }
      if (now - top.at > LATE_MS) {
        const job = scheduled.get(top.job)?.job
        const late = `late timer: ${top.job} woke ${Math.round((now - top.at) / 1000)} s after ${job === undefined ? new Date(top.at).toISOString() : formatInZone(top.at, job.zone)}`
        yield* Effect.forkIn(Effect.asVoid(resume(late)), scope)
        return yield* Effect.never // resume rebuilds the heap and restarts the dispatcher
      }
      // with any other entry due by now; one whose job changed or was removed while this
      // fiber slept has a new generation (or none), and is stale
      takeDue(now, ready)
      const due: Array<{ job: ResolvedJob; gen: number; at: number }> = []
      for (const e of ready) {
        const entry = scheduled.get(e.job)
        if (entry?.gen === e.gen) due.push({ job: entry.job, gen: e.gen, at: e.at })
      }
      yield* fire(due).pipe(
        Effect.catchAllCause((cause) => Effect.logError(`the fires due at ${new Date(now).toISOString()} failed (${due.length} jobs)`, cause))
      )
      // let the runs just forked start before the (slower) next-instant computations; this
      // fiber is the one a new first instant would wake, so there is no one to wake
      yield* Effect.yieldNow()
      yield* events.publishAll(due.map((d) => place(d.job, d.gen, Math.max(d.at, now)).event))
      // entries of changed or removed jobs pile up as stale: drop them when they outnumber the live ones
      if (heap.size > 2 * scheduled.size + 1024) heap.retain(live)
    }
  })

  /** Starts (or restarts) `job` from `after`, replacing any entry it had (while asleep: on resume). */
  const start = (job: ResolvedJob, after: number) => {
    const gen = ++generation
    scheduled.set(job.name, { job, gen })
    return sleeping ? Effect.void : schedule(job, gen, after)
  }

  const runDispatcher = FiberHandle.run(dispatcher, dispatch, { onlyIfMissing: true })

  const reconcile = Effect.gen(function* () {
    const jobs = yield* active.jobs
    const now = yield* Clock.currentTimeMillis
    const added: Array<string> = []
    const changed: Array<string> = []
    const removed: Array<string> = []
    let kept = 0
    for (const job of jobs) {
      // an unchanged job is the same object from one config to the next (see resolveJobs);
      // a job written differently but meaning the same is compared by its definition
      const previous = scheduled.get(job.name)
      if (previous !== undefined) kept++
      if (previous?.job === job) continue
      if (previous !== undefined && JSON.stringify(previous.job) === JSON.stringify(job)) {
        scheduled.set(job.name, { job, gen: previous.gen })
        continue
      }
      ;(previous === undefined ? added : changed).push(job.name)
      yield* start(job, now)
    }
    // a removed job's heap entry becomes stale; a run it started is in the FiberSet and finishes
    if (scheduled.size > kept + added.length) {
      const wanted = new Set<string>(jobs.map((j) => j.name))
      for (const name of [...scheduled.keys()]) {
        if (wanted.has(name)) continue
        scheduled.delete(name)
        nextRuns.delete(name)
        removed.push(name)
      }
    }
    if (!sleeping) yield* runDispatcher
    return { added, changed, removed }
  })

  const suspend = (reason: string) =>
    Effect.gen(function* () {
      sleeping = true
      yield* FiberHandle.clear(dispatcher)
      yield* Effect.logInfo(`scheduler paused (${reason}); runs already going carry on`)
    })

  const resume = (reason: string, pending?: ReadonlyMap<string, number>) =>
    resumeLock.withPermits(1)(
      Effect.gen(function* () {
        const now = yield* Clock.currentTimeMillis
        yield* FiberHandle.clear(dispatcher)
        const jobs = yield* active.jobs
        const state = yield* store.get
        const { schedules } = yield* active.get
        const missed: Array<{ job: ResolvedJob; count: number; newest: number; wanted: boolean }> = []
        for (const job of jobs) {
          const from = pending?.get(job.name) ?? nextRuns.get(job.name)
          if (from === undefined || from === null) continue
          if (!schedulerEnabled(state, schedules) || !jobEnabled(state, job)) continue
          const m = missedInstants(job.cron, job.zone, from, now)
          if (m === undefined) continue
          const wanted =
            job.catch_up === "latest" &&
            now - m.newest <= job.misfire_grace_seconds * 1000 &&
            !alreadyRan(job, m.newest, state)
          missed.push({ job, ...m, wanted })
        }
        // spread the catch-up runs; one whose slot falls at or after the job's next regular
        // instant is not started: that run comes first and stands for it
        const offsets = spreadOffsets(missed.filter((m) => m.wanted).length, schedules.catch_up_spread_seconds * 1000)
        let slot = 0
        const outcomes = missed.map((m) => {
          if (!m.wanted) return { ...m, offset: 0, coveredBy: null, caughtUp: false }
          const offset = offsets[slot++] ?? 0
          const regular = nextAfter(m.job.cron, m.job.zone, now)
          const coveredBy = regular !== undefined && now + offset >= regular ? regular : null
          return { ...m, offset, coveredBy, caughtUp: coveredBy === null }
        })
        for (const o of outcomes) {
          yield* events.publish(
            JobEvent.JobMissed({ job: o.job.name, count: o.count, newest: o.newest, caughtUp: o.caughtUp, reason, coveredBy: o.coveredBy })
          )
        }
        const toRun = outcomes.filter((o) => o.caughtUp)
        yield* Effect.forEach(toRun, (o) => runs.dispatch(o.job, "catch_up", o.newest, o.offset), { discard: true })
        sleeping = false
        heap.clear()
        for (const job of jobs) yield* start(job, now)
        yield* runDispatcher
        const report: CatchUpReport = {
          reason,
          at: now,
          missed: outcomes.map((o) => ({
            job: o.job.name,
            count: o.count,
            newest: o.newest,
            caught_up: o.caughtUp,
            covered_by_next_run: o.coveredBy !== null
          }))
        }
        yield* Ref.set(lastCatchUp, Option.some(report))
        const summary =
          `scheduler resumed (${reason}): ${missed.length} job${missed.length === 1 ? "" : "s"} missed runs, ${toRun.length} caught up` +
          (toRun.length > 1 ? ` over ${schedules.catch_up_spread_seconds} s` : "")
        yield* missed.length === 0 ? Effect.logDebug(summary) : Effect.logInfo(summary)
        return report
      })
    )

  const trigger = (name: string) =>
    Effect.gen(function* () {
      const job = yield* active.job(name)
      if (job === undefined) return yield* new UnknownJob({ job: name, known: (yield* active.jobs).map((j) => j.name) })
      return yield* runs.dispatch(job, "manual", yield* Clock.currentTimeMillis)
    })

  // Stopping: no new fires, running jobs get the shutdown grace, then the FiberSet ends the rest.
  yield* Effect.addFinalizer(() =>
    Effect.gen(function* () {
      sleeping = true
      yield* FiberHandle.clear(dispatcher)
      yield* runs.stop((yield* SchedulerTuning).shutdownGraceMs)
    })
  )

  return Scheduler.of({
    reconcile,
    trigger,
    running: runs.running,
    nextRuns: Effect.sync(() => nextRuns),
    suspend,
    resume,
    lastCatchUp: Ref.get(lastCatchUp),
    paused: Effect.sync(() => sleeping)
  })
})
