import { Clock, Context, Effect, Either, Layer, Option, Ref, Schema } from "effect"
import { readFile, rename } from "node:fs/promises"
import { StateWriteError } from "../domain/errors.js"
import { writeFileAtomic } from "../domain/fs-atomic.js"
import { emptyState, StateFile } from "../domain/state.js"
import { compactStamp, formatInZone } from "../domain/time.js"
import { Paths } from "./Paths.js"

const decodeState = Schema.decodeUnknownEither(Schema.parseJson(StateFile))

/**
 * cron_state.json: toggles, per-job counters, last/next run and the bounded
 * history. One writer at a time; every write is atomic, so the file can be read
 * (by `bot-cron list`, `jq`, an editor extension) while the daemon runs.
 */
export class StateStore extends Context.Tag("bot-cron/StateStore")<
  StateStore,
  {
    readonly path: string
    readonly get: Effect.Effect<StateFile>
    /** Applies `f` and persists the result before returning it. */
    readonly update: (f: (state: StateFile) => StateFile) => Effect.Effect<StateFile, StateWriteError>
    /** Reads the file again, for when another process (`bot-cron disable`) wrote it. */
    readonly reload: Effect.Effect<StateFile>
  }
>() {
  static readonly layer = Layer.effect(StateStore, Effect.suspend(() => make))
}

/** Reads the state file as it is, for commands that only look: a missing file is an empty state. */
export const readStateFile = (path: string) =>
  Effect.gen(function* () {
    const text = yield* Effect.tryPromise(() => readFile(path, "utf8")).pipe(Effect.option)
    if (Option.isNone(text)) return Either.right(emptyState())
    return Either.mapLeft(decodeState(text.value), () => `${path} is not a valid state file`)
  })

/** Reads the state file; a file that does not parse is moved aside, never overwritten. */
export const loadStateFile = (path: string) =>
  Effect.gen(function* () {
    const read = yield* readStateFile(path)
    if (Either.isRight(read)) return read.right
    const aside = `${path}.corrupt-${compactStamp(yield* Clock.currentTimeMillis, "UTC")}`
    yield* Effect.tryPromise(() => rename(path, aside)).pipe(Effect.ignore)
    yield* Effect.logError(`state file ${path} could not be read; moved it to ${aside} and started afresh`)
    return emptyState()
  })

const make = Effect.gen(function* () {
  const { state: path } = yield* Paths
  const ref = yield* Ref.make(yield* loadStateFile(path))
  const lock = yield* Effect.makeSemaphore(1)

  const persist = (state: StateFile) =>
    Effect.tryPromise({
      try: () => writeFileAtomic(path, `${JSON.stringify(state, null, 2)}\n`),
      catch: (e) => new StateWriteError({ path, reason: e instanceof Error ? e.message : String(e) })
    })

  const update = (f: (state: StateFile) => StateFile) =>
    lock.withPermits(1)(
      Effect.gen(function* () {
        const now = yield* Clock.currentTimeMillis
        const next = f(yield* Ref.get(ref))
        const stamped = { ...next, updated_at: formatInZone(now, next.timezone) }
        yield* persist(stamped)
        yield* Ref.set(ref, stamped)
        return stamped
      })
    ).pipe(Effect.withSpan("StateStore.update"))

  const reload = lock.withPermits(1)(
    Effect.gen(function* () {
      const onDisk = yield* loadStateFile(path)
      yield* Ref.set(ref, onDisk)
      return onDisk
    })
  )

  return StateStore.of({ path, get: Ref.get(ref), update, reload })
})
