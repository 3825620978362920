import { FileSystem } from "@effect/platform"
import { Context, Effect, Layer } from "effect"
import type { ConfigFile } from "../domain/config.js"
import { ConfigNotFound, ConfigReadError, type ConfigError } from "../domain/errors.js"
import { parseConfig } from "../domain/parse-config.js"
import { Paths } from "./Paths.js"

/** Reads and validates config.json. */
export class ConfigService extends Context.Tag("bot-cron/ConfigService")<
  ConfigService,
  {
    readonly path: string
    readonly load: Effect.Effect<ConfigFile, ConfigError>
    /** The file's text with its decoded config: a reload compares the text with what is in force. */
    readonly read: Effect.Effect<{ readonly text: string; readonly config: ConfigFile }, ConfigError>
  }
>() {
  static readonly layer = Layer.effect(
    ConfigService,
    Effect.gen(function* () {
      const fs = yield* FileSystem.FileSystem
      const paths = yield* Paths
      const read = Effect.gen(function* () {
        const text = yield* fs.readFileString(paths.config).pipe(
          Effect.mapError((e) =>
            e._tag === "SystemError" && e.reason === "NotFound"
              ? new ConfigNotFound({ path: paths.config })
              : new ConfigReadError({ path: paths.config, reason: e.message })
          )
        )
        return { text, config: yield* parseConfig(text, paths.config) }
      }).pipe(Effect.withSpan("ConfigService.read"))
      return ConfigService.of({ path: paths.config, read, load: Effect.map(read, (r) => r.config) })
    })
  )
}
