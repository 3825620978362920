import { Effect } from "effect"
import { readFile } from "node:fs/promises"
import { join } from "node:path"
import { parse, stringify } from "yaml"
import { NotifyError } from "../../domain/errors.js"
import { withFileLock } from "../files/file-lock.js"
import { writeFileAtomic } from "../files/fs-atomic.js"

interface Day {
  date: string
  entries: Array<{ time: string; action: string; details: unknown }>
}

/**
 * Appends `{time, action, details}` to `<dir>/sessions/YYYY-MM-DD.yaml` in the upstream
 * memory format. A lock file serialises writers across processes and the file is
 * replaced atomically; a file that does not parse is left alone, never truncated.
 */
export const appendMemory = (dir: string, stamp: string, action: string, details: unknown) =>
  Effect.gen(function*() {
    const date = stamp.slice(0, 10)
    const file = join(dir, "sessions", `${date}.yaml`)
    const fail = (reason: string) => new NotifyError({ target: "memory", reason })
    yield* withFileLock(
      `${file}.lock`,
      Effect.gen(function*() {
        const text = yield* Effect.promise(() => readFile(file, "utf8").catch(() => ""))
        let day: Day = { date, entries: [] }
        if (text.trim() !== "") {
          const parsed: unknown = yield* Effect.try({
            try: () => parse(text),
            catch: () => fail(`${file} is not valid YAML; left as it is`)
          })
          const entries = (parsed as Partial<Day> | null)?.entries
          if (!Array.isArray(entries)) return yield* fail(`${file} has no entries list; left as it is`)
          day = { date, entries }
        }
        day.entries.push({ time: stamp.slice(11, 19), action, details })
        yield* Effect.tryPromise({
          // lineWidth 0: a long line (an error, a preview) stays one line, never folded
          try: () => writeFileAtomic(file, stringify(day, { lineWidth: 0 })),
          catch: (e) => fail(`cannot write ${file}: ${String(e)}`)
        })
      })
    ).pipe(Effect.mapError((e) => (e instanceof NotifyError ? e : fail(e.message))))
    return `appended to ${file}`
  })
