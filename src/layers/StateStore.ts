import { Clock, Context, Deferred, Effect, Either, Layer, Option, Ref, Schema } from "effect"
import { readFile, rename, stat } from "node:fs/promises"
import { byName } from "../domain/by-name.js"
import { StateWriteError } from "../domain/errors.js"
import { emptyState, type JobState, StateFile } from "../domain/state.js"
import type { Calendar as ZoneCalendar } from "../domain/time.js"
import { Calendar } from "./Calendar.js"
import { withFileLock } from "./files/file-lock.js"
import { writeFileAtomic } from "./files/fs-atomic.js"
import { Paths } from "./Paths.js"

export interface StateSnapshot {
  readonly state: StateFile
  readonly job: (name: string) => JobState | undefined
}

const decodeState = Schema.decodeUnknownEither(Schema.parseJson(StateFile))

/**
 * cron_state.json: toggles, per-job counters, last/next run and the bounded
 * history. Writes are atomic and serialised, within this process by a semaphore
 * and across processes by a lock file; a change another process made (a
 * `bot-cron disable` while the daemon runs) is read before the next write.
 */
export class StateStore extends Context.Tag("bot-cron/StateStore")<
  StateStore,
  {
    readonly path: string
    readonly get: Effect.Effect<StateFile>
    /** The state in force with its job entries by name (the index is made once per state). */
    readonly snapshot: Effect.Effect<StateSnapshot>
    /** Applies `f` to the newest state and persists the result before returning it; `f` returning its argument writes nothing. */
    readonly update: (f: (state: StateFile) => StateFile) => Effect.Effect<StateFile, StateWriteError>
    /**
     * `update`, with the changes asked for while a write is going folded into the next one: many
     * callers at once (100 runs starting in one second) cost a few writes, each caller waiting for its own.
     */
    readonly updateTogether: (f: (state: StateFile) => StateFile) => Effect.Effect<StateFile, StateWriteError>
    /** Reads the file again if another process changed it; returns the state in force. */
    readonly refresh: Effect.Effect<StateFile>
    /** Why the last write failed, until a write succeeds again. */
    readonly writeError: Effect.Effect<Option.Option<string>>
  }
>() {
  static readonly layer = Layer.scoped(StateStore, Effect.suspend(() => make))
}

/** Reads the state file as it is, for commands that only look: a missing file is an empty state. */
export const readStateFile = (path: string) =>
  Effect.gen(function*() {
    const text = yield* Effect.tryPromise(() => readFile(path, "utf8")).pipe(Effect.option)
    if (Option.isNone(text)) return Either.right(emptyState())
    return Either.mapLeft(decodeState(text.value), () => `${path} is not a valid state file`)
  })

/** Reads the state file; a file that does not parse is moved aside (named by the UTC time), never overwritten. */
const loadStateFile = (path: string, calendar: ZoneCalendar) =>
  Effect.gen(function*() {
    const read = yield* readStateFile(path)
    if (Either.isRight(read)) return read.right
    const aside = `${path}.corrupt-${calendar.compactStamp(yield* Clock.currentTimeMillis, "UTC")}`
    yield* Effect.tryPromise(() => rename(path, aside)).pipe(Effect.ignore)
    yield* Effect.logError(`state file ${path} could not be read; moved it to ${aside} and started afresh`)
    return emptyState()
  })

/** What identifies one version of the file: a write by anyone changes it. */
const versionOf = (path: string) =>
  Effect.promise(() =>
    stat(path).then(
      (s) => `${s.ino}:${s.size}:${s.mtimeMs}`,
      () => "absent"
    )
  )

const make = Effect.gen(function*() {
  const { state: path } = yield* Paths
  const calendar = yield* Calendar
  const ref = yield* Ref.make(yield* loadStateFile(path, calendar))
  const seen = yield* Ref.make(yield* versionOf(path))
  const lock = yield* Effect.makeSemaphore(1)
  const writeError = yield* Ref.make(Option.none<string>())

  const catchUp = Effect.gen(function*() {
    const version = yield* versionOf(path)
    if (version === (yield* Ref.get(seen))) return yield* Ref.get(ref)
    const onDisk = yield* loadStateFile(path, calendar)
    yield* Ref.set(ref, onDisk)
    yield* Ref.set(seen, yield* versionOf(path))
    return onDisk
  })

  const persist = (state: StateFile) =>
    Effect.tryPromise({
      try: () => writeFileAtomic(path, `${JSON.stringify(state, null, 2)}\n`),
      catch: (e) => new StateWriteError({ path, reason: e instanceof Error ? e.message : String(e) })
    })

  const update = (f: (state: StateFile) => StateFile) =>
    lock
      .withPermits(1)(
        withFileLock(
          `${path}.lock`,
          Effect.gen(function*() {
            const current = yield* catchUp
            const next = f(current)
            // nothing to record: no write (unless there is no file yet)
            if (next === current && (yield* Ref.get(seen)) !== "absent") return current
            const stamped = { ...next, updated_at: calendar.formatInZone(yield* Clock.currentTimeMillis, next.timezone) }
            // kept in memory even when the write fails (a full disk): the next write that succeeds saves it
            yield* Ref.set(ref, stamped)
            yield* persist(stamped)
            yield* Ref.set(seen, yield* versionOf(path))
            return stamped
          })
        )
      )
      .pipe(
        Effect.catchIf(
          (e): e is Error => e instanceof Error && !(e instanceof StateWriteError),
          (e) => Effect.fail(new StateWriteError({ path, reason: e.message }))
        ),
        // said once per condition: when writing starts failing (or fails another way), and when it works again
        Effect.tapBoth({
          onFailure: (e) =>
            Effect.flatMap(Ref.getAndSet(writeError, Option.some(e.reason)), (before) =>
              Option.contains(before, e.reason)
                ? Effect.void
                : Effect.logError(`${e.message}; runs go on and are kept in memory until the file can be written again`)),
          onSuccess: () =>
            Effect.flatMap(Ref.getAndSet(writeError, Option.none()), (before) =>
              Option.isNone(before) ? Effect.void : Effect.logInfo(`state file ${path} written again; nothing kept in memory was lost`))
        }),
        Effect.withSpan("StateStore.update")
      )

  const scope = yield* Effect.scope
  const waiting: Array<{ readonly f: (s: StateFile) => StateFile; readonly done: Deferred.Deferred<StateFile, StateWriteError> }> = []
  let flushing = false
  const flush: Effect.Effect<void> = Effect.suspend(() => {
    const batch = waiting.splice(0)
    if (batch.length === 0) return Effect.sync(() => (flushing = false))
    return update((s) => batch.reduce((acc, w) => w.f(acc), s)).pipe(
      Effect.exit,
      Effect.flatMap((exit) => Effect.forEach(batch, (w) => Deferred.done(w.done, exit), { discard: true })),
      Effect.zipRight(flush)
    )
  })
  const updateTogether = (f: (state: StateFile) => StateFile) =>
    Effect.gen(function*() {
      const done = yield* Deferred.make<StateFile, StateWriteError>()
      waiting.push({ f, done })
      if (!flushing) {
        flushing = true
        yield* Effect.forkIn(flush, scope)
      }
      return yield* Deferred.await(done)
    })

  let indexed: { readonly state: StateFile; readonly snapshot: StateSnapshot } | undefined
  const snapshotOf = (state: StateFile): StateSnapshot => {
    if (indexed?.state === state) return indexed.snapshot
    const snapshot: StateSnapshot = { state, job: byName(state.jobs) }
    indexed = { state, snapshot }
    return snapshot
  }

  return StateStore.of({
    path,
    get: Ref.get(ref),
    snapshot: Effect.map(Ref.get(ref), snapshotOf),
    update,
    updateTogether,
    refresh: lock.withPermits(1)(catchUp),
    writeError: Ref.get(writeError)
  })
})
