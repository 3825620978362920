import { Clock, Effect } from "effect"
import { JobEvent, type RunRecord, type RunSource } from "../domain/events.js"
import { Events } from "./Events.js"
import { sameProcessAlive, sessionProcesses, signalProcesses } from "./files/proc.js"
import { StateStore } from "./StateStore.js"

/** How long processes left by a dead daemon get after SIGTERM before SIGKILL. */
const LEFTOVER_GRACE_MS = 2_000

/**
 * At start: the runs the state file says were going, whose bot-cron process is gone (SIGKILL, a
 * crash, a power cut), are ended and recorded. What is left of their processes (found by their
 * BOT_CRON_SESSION_ID, wherever they moved) gets SIGTERM, then SIGKILL, before any job fires, so
 * an `overlap: skip` job never runs beside its orphan; each run goes into the history as
 * `interrupted`, with its log. Runs of a live process (a `run-job --local`) are left alone.
 */
export const recoverInterrupted = Effect.gen(function*() {
  const store = yield* StateStore
  const events = yield* Events
  const state = yield* store.refresh
  const orphans = state.in_flight.filter((r) => !sameProcessAlive(r.owner_pid, r.owner_start))
  if (orphans.length === 0) return
  const ids = new Set(orphans.map((r) => r.execution_id))
  const left = sessionProcesses(ids)
  if (left.length > 0) {
    signalProcesses(left, "SIGTERM")
    const deadline = (yield* Clock.currentTimeMillis) + LEFTOVER_GRACE_MS
    while (sessionProcesses(ids).length > 0 && (yield* Clock.currentTimeMillis) < deadline) yield* Effect.sleep("50 millis")
    signalProcesses(sessionProcesses(ids), "SIGKILL")
  }
  const now = yield* Clock.currentTimeMillis
  for (const r of orphans) {
    const mine = left.filter((p) => p.session === r.execution_id || p.session.startsWith(`${r.execution_id}-attempt`))
    const run: RunRecord = {
      job: r.job,
      execution_id: r.execution_id,
      source: r.source as RunSource,
      scheduled_at: r.scheduled_at,
      started_at: r.started_at,
      completed_at: now,
      status: "interrupted",
      attempts: 1,
      exit_code: null,
      output_preview: "",
      error: `interrupted: the bot-cron process running it (pid ${r.owner_pid}) ended while it ran` +
        (mine.length === 0 ? "" : `; ${mine.length} process${mine.length === 1 ? " it left was" : "es it left were"} ended`),
      log_file: r.log_file
    }
    yield* events.publish(JobEvent.JobFailed({ run }))
  }
  yield* Effect.logWarning(
    `${orphans.length} run${orphans.length === 1 ? " was" : "s were"} going when bot-cron last stopped without finishing them; ` +
      `recorded as interrupted${left.length === 0 ? "" : `, and ${left.length} leftover process${left.length === 1 ? "" : "es"} ended`}: ` +
      orphans.map((r) => `${r.job} (${r.execution_id})`).join(", ")
  )
})
