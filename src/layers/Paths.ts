import { Config, Context, Effect, Layer, Option } from "effect"
import * as os from "node:os"
import * as path from "node:path"

export interface PathOverrides {
  readonly config?: Option.Option<string>
  readonly state?: Option.Option<string>
}

/** Where bot-cron's files live: flags first, then environment, then XDG defaults. */
export class Paths extends Context.Tag("bot-cron/Paths")<
  Paths,
  {
    readonly config: string
    /** the folder of config.json: relative script and skill paths start here */
    readonly configDir: string
    readonly state: string
    readonly logsDir: string
  }
>() {
  static readonly layer = (overrides: PathOverrides = {}) => Layer.effect(Paths, make(overrides))
}

const optionalEnv = (name: string) => Config.option(Config.nonEmptyString(name))

const make = (overrides: PathOverrides) =>
  Effect.gen(function*() {
    const xdg = yield* optionalEnv("XDG_CONFIG_HOME")
    const home = Option.getOrElse(xdg, () => path.join(os.homedir(), ".config"))
    const appDir = path.join(home, "aa-workflow")
    const pick = (flag: Option.Option<string> | undefined, env: Option.Option<string>, fallback: string) =>
      path.resolve(Option.getOrElse(Option.orElse(flag ?? Option.none(), () => env), () => fallback))
    const config = pick(overrides.config, yield* optionalEnv("BOT_CRON_CONFIG"), path.join(appDir, "config.json"))
    const state = pick(overrides.state, yield* optionalEnv("BOT_CRON_STATE"), path.join(appDir, "cron_state.json"))
    return Paths.of({
      config,
      configDir: path.dirname(config),
      state,
      logsDir: path.join(path.dirname(state), "cron_logs")
    })
  }).pipe(Effect.orDie)

/**
 * A path written in config.json, one rule for all of them (memory.dir, skills_dir, script,
 * working_dir, *_file): `~` is the home folder, an absolute path is used as it is, and any
 * other is relative to config.json's folder.
 */
export const configPath = (configDir: string, p: string): string =>
  p === "~" || p.startsWith("~/") ? path.join(os.homedir(), p.slice(1)) : path.resolve(configDir, p)
