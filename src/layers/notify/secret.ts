import { Effect } from "effect"
import { readFile } from "node:fs/promises"
import { NotifyError } from "../../domain/errors.js"
import { configPath } from "../Paths.js"

/** A secret from config, an environment variable or a file (paths relative to config.json's folder). */
export const readSecret = (
  target: string,
  what: string,
  source: { readonly plain?: string | undefined; readonly env?: string | undefined; readonly file?: string | undefined },
  configDir: string
) =>
  Effect.gen(function*() {
    if (source.env !== undefined) {
      const value = process.env[source.env]
      if (value === undefined || value.trim() === "") {
        return yield* new NotifyError({ target, reason: `the environment variable ${source.env} (the ${what}) is not set` })
      }
      return value.trim()
    }
    if (source.file !== undefined) {
      const path = configPath(configDir, source.file)
      const text = yield* Effect.tryPromise({
        try: () => readFile(path, "utf8"),
        catch: () => new NotifyError({ target, reason: `cannot read the ${what} from ${path}` })
      })
      return text.trim()
    }
    if (source.plain !== undefined) return source.plain
    return yield* new NotifyError({ target, reason: `no ${what} is configured` })
  })
