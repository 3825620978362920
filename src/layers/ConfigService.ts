import { Context, Effect, Layer } from "effect"
import { stat } from "node:fs/promises"
import { editConfigText } from "../domain/config-edit.js"
import type { ConfigFile } from "../domain/config.js"
import { type ConfigError, ConfigNotFound, ConfigReadError, type InvalidArgument } from "../domain/errors.js"
import { parseConfig } from "../domain/parse-config.js"
import { withFileLock } from "./files/file-lock.js"
import { writeFileAtomic } from "./files/fs-atomic.js"
import { NotRegularFile, readBoundedText, TooLarge } from "./files/read-bounded.js"
import { Paths } from "./Paths.js"

/** Reads and validates config.json. */
export class ConfigService extends Context.Tag("bot-cron/ConfigService")<
  ConfigService,
  {
    readonly path: string
    readonly load: Effect.Effect<ConfigFile, ConfigError>
    /** The file's text with its decoded config: a reload compares the text with what is in force. */
    readonly read: Effect.Effect<{ readonly text: string; readonly config: ConfigFile }, ConfigError>
    /**
     * Sets `section.key` (the whole section when key is "") to a JSON value, keeping every
     * other section as it was; the whole resulting config is validated before it is written.
     */
    readonly setValue: (
      section: string,
      key: string,
      valueJson: string
    ) => Effect.Effect<void, ConfigError | InvalidArgument>
  }
>() {
  static readonly layer = Layer.effect(
    ConfigService,
    Effect.gen(function*() {
      const paths = yield* Paths
      // a regular file of at most 8 MB, read without blocking on a FIFO or a device
      const readText = Effect.tryPromise({
        try: () => readBoundedText(paths.config),
        catch: (e) =>
          (e as NodeJS.ErrnoException).code === "ENOENT"
            ? new ConfigNotFound({ path: paths.config })
            : new ConfigReadError({
              path: paths.config,
              reason: e instanceof NotRegularFile || e instanceof TooLarge ? e.message.replace(`${paths.config} `, "") : String(e)
            })
      })
      // the last valid config: its jobs are reused for the ones a reload finds unchanged
      let lastGood: ConfigFile | undefined
      const read = Effect.gen(function*() {
        const text = yield* readText
        const config = yield* parseConfig(text, paths.config, lastGood)
        lastGood = config
        return { text, config }
      }).pipe(Effect.withSpan("ConfigService.read"))
      // read-modify-write of config.json, one at a time: in this process (a semaphore) and across
      // processes (a kernel-released lock beside the file), so no concurrent update is lost
      const editing = yield* Effect.makeSemaphore(1)
      const setValue = (section: string, key: string, valueJson: string) =>
        editing.withPermits(1)(
          withFileLock(
            `${paths.config}.lock`,
            Effect.gen(function*() {
              const updated = yield* editConfigText(yield* readText, paths.config, section, key, valueJson)
              // the file keeps its mode (a config.json the user made 0644 stays so)
              const mode = yield* Effect.promise(() => stat(paths.config).then((s) => s.mode & 0o7777, () => 0o600))
              yield* Effect.tryPromise({
                try: () => writeFileAtomic(paths.config, updated, mode),
                catch: (e) => new ConfigReadError({ path: paths.config, reason: `cannot write: ${String(e)}` })
              })
            })
          ).pipe(
            Effect.catchIf(
              (e): e is Error => e instanceof Error && !("_tag" in e),
              (e) => Effect.fail(new ConfigReadError({ path: paths.config, reason: e.message }))
            )
          )
        )
      return ConfigService.of({ path: paths.config, read, load: Effect.map(read, (r) => r.config), setValue })
    })
  )
}
