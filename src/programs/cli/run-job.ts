import { Args, Command, Options } from "@effect/cli"
import { Clock, Console, Effect, Option, Schedule } from "effect"
import { resolveJobs } from "../../domain/config.js"
import { type HistoryEntry, syncWithConfig, toHistoryEntry } from "../../domain/state.js"
import { ActiveConfig } from "../../layers/ActiveConfig.js"
import { Calendar } from "../../layers/Calendar.js"
import { StateStore } from "../../layers/StateStore.js"
import type { DaemonClient } from "../client.js"
import { daemonFor } from "./control.js"
import { ExitCode, failWith, reportErrors } from "./exit.js"
import { loadRunner, withRuntime } from "./lazy.js"
import { busAddressOption, configOption, jsonOption, stateOption } from "./options.js"

const waitOption = Options.boolean("wait").pipe(
  Options.withDescription("with a running daemon: wait for the run's outcome and exit 0 or 1 by it")
)
const localOption = Options.boolean("local").pipe(
  Options.withDescription("run in this process even when a daemon is running")
)

interface Outcome {
  readonly ok: boolean
  readonly detail: string
}

/**
 * What `run-job --json` prints, whichever way the job ran: `status` is the run's outcome, or
 * `started` / `queued` / `skipped` for a daemon's answer not waited for; `run` is the run's
 * history entry once it has one.
 */
interface RunReport {
  readonly job: string
  readonly execution_id: string | null
  readonly status: string
  readonly reason: string | null
  readonly run: HistoryEntry | null
}
const printReport = (report: RunReport) => Console.log(JSON.stringify(report, null, 2))

/** Asks the daemon to run the job; with `wait`, follows its JobCompleted/JobFailed signal. */
const runViaDaemon = (daemon: DaemonClient, name: string, wait: boolean, json: boolean) =>
  Effect.gen(function*() {
    // signals may arrive before the reply that names the run: keep them until it is known
    const outcomes = new Map<string, Outcome>()
    let waiting: { readonly id: string; readonly resume: (outcome: Outcome) => void } | undefined
    const settle = (id: unknown, outcome: Outcome) => {
      outcomes.set(String(id), outcome)
      if (waiting?.id === String(id)) waiting.resume(outcome)
    }
    daemon.on("JobCompleted", (_job, id, result) => settle(id, { ok: true, detail: String(result) }))
    daemon.on("JobFailed", (_job, id, error) => settle(id, { ok: false, detail: String(error) }))
    const reply = JSON.parse(String(yield* daemon.call("run_job", name))) as {
      execution_id: string | null
      status: string
      reason?: string
    }
    const answer = { job: name, execution_id: reply.execution_id, status: reply.status, reason: reply.reason ?? null, run: null }
    if (reply.status !== "started" || reply.execution_id === null) {
      yield* json ? printReport(answer) : Console.log(`${name}: ${reply.status}${reply.reason === undefined ? "" : ` (${reply.reason})`}`)
      return yield* new ExitCode({ code: reply.status === "queued" ? 0 : 1 })
    }
    const id = reply.execution_id
    if (!wait) return yield* json ? printReport(answer) : Console.log(`${name}: started by the daemon as ${id}`)
    // wait for the signal; a daemon that goes away ends the wait
    const signalled = Effect.async<Outcome>((resume) => {
      const seen = outcomes.get(id)
      if (seen !== undefined) return resume(Effect.succeed(seen))
      waiting = { id, resume: (outcome) => resume(Effect.succeed(outcome)) }
    })
    const daemonGone = daemon.call("Ping").pipe(
      Effect.repeat(Schedule.spaced("5 seconds")),
      Effect.zipRight(Effect.never),
      Effect.catchAll(() => failWith(1, `bot-cron: the daemon went away while ${id} was running`))
    )
    const outcome = yield* Effect.raceFirst(signalled, daemonGone)
    if (json) {
      // the signal comes once the run is in the state file: its history entry is there
      const history = JSON.parse(String(yield* daemon.call("get_history", 1000))) as Array<HistoryEntry>
      const entry = history.find((h) => h.execution_id === id) ?? null
      yield* printReport({
        ...answer,
        status: entry?.status ?? (outcome.ok ? "success" : "failure"),
        reason: outcome.ok ? null : outcome.detail,
        run: entry
      })
    } else yield* Console.log(`${name}: ${outcome.ok ? "success" : `failed: ${outcome.detail}`} (session ${id})`)
    if (!outcome.ok) return yield* new ExitCode({ code: 1 })
  })

const jobArg = Args.text({ name: "JOB" }).pipe(Args.withDescription("the job to run"))

/** Runs one job once in this process (source manual) and records it like any run. */
const runOnce = (name: string, json: boolean) =>
  Effect.gen(function*() {
    const active = yield* ActiveConfig
    const store = yield* StateStore
    const { schedules } = yield* active.get
    const jobs = resolveJobs(schedules)
    const job = jobs.find((j) => j.name === name)
    if (job === undefined) {
      return yield* failWith(2, `bot-cron: no job named "${name}" (known jobs: ${jobs.map((j) => j.name).join(", ") || "none"})`)
    }
    yield* store.update((s) => syncWithConfig(s, schedules, jobs))
    const { Runner } = yield* loadRunner
    const runner = yield* Runner
    const run = yield* runner.run({ job, source: "manual", scheduledAt: yield* Clock.currentTimeMillis })
    const entry = toHistoryEntry(yield* Calendar, run, job.zone)
    if (json) {
      yield* printReport({ job: name, execution_id: entry.execution_id, status: entry.status, reason: entry.error, run: entry })
    } else {
      const took = `${(entry.duration_ms / 1000).toFixed(2)} s`
      yield* Console.log(
        `${job.name}: ${entry.status} in ${took} (session ${entry.execution_id}, ${entry.attempts} attempt${
          entry.attempts === 1 ? "" : "s"
        })`
      )
      if (entry.output_preview !== "") yield* Console.log(entry.output_preview)
      if (entry.error !== null) yield* Console.error(`error: ${entry.error}`)
      yield* Console.log(`log: ${entry.log_file}`)
    }
    if (run.status !== "success") return yield* new ExitCode({ code: 1 })
  })

export const runJobCommand = Command.make(
  "run-job",
  {
    job: jobArg,
    json: jsonOption,
    wait: waitOption,
    local: localOption,
    config: configOption,
    state: stateOption,
    busAddress: busAddressOption
  },
  (flags) =>
    Effect.scoped(
      Effect.gen(function*() {
        // a daemon working on other files than those given does not run this job: it runs here, on them
        const found = flags.local ? { daemon: Option.none(), other: undefined } : yield* daemonFor(flags)
        if (found.other !== undefined) yield* Console.error(`bot-cron: ${found.other}: running the job here`)
        const daemon = found.daemon
        if (Option.isSome(daemon)) return yield* runViaDaemon(daemon.value, flags.job, flags.wait, flags.json)
        // a run ended by SIGINT or SIGTERM is recorded as cancelled and exits 130 or 143, as shells expect
        let signal: "SIGINT" | "SIGTERM" | undefined
        const onInt = () => (signal ??= "SIGINT")
        const onTerm = () => (signal ??= "SIGTERM")
        process.prependListener("SIGINT", onInt)
        process.prependListener("SIGTERM", onTerm)
        return yield* runOnce(flags.job, flags.json).pipe(
          withRuntime(flags),
          Effect.onInterrupt(() => Effect.sync(() => (process.exitCode = signal === "SIGINT" ? 130 : 143))),
          Effect.ensuring(Effect.sync(() => (process.off("SIGINT", onInt), process.off("SIGTERM", onTerm))))
        )
      })
    ).pipe(reportErrors)
).pipe(
  Command.withDescription(
    "Run JOB once now: through the running daemon if there is one (--wait follows it to the end), else in this process; exit 0 on success, 1 on failure (also: --run-job JOB)"
  )
)
