import { Schema } from "effect"

/** One thing wrong in a config file: where (a field path such as `schedules.jobs[1] (backup).cron`) and what. */
export class ConfigProblem extends Schema.Class<ConfigProblem>("ConfigProblem")({
  field: Schema.String,
  message: Schema.String
}) {
  override toString(): string {
    return this.field === "" ? this.message : `${this.field}: ${this.message}`
  }
}

export class ConfigInvalid extends Schema.TaggedError<ConfigInvalid>()("ConfigInvalid", {
  path: Schema.String,
  problems: Schema.Array(ConfigProblem)
}) {
  override get message(): string {
    const n = this.problems.length
    return [`${this.path}: ${n} problem${n === 1 ? "" : "s"}`, ...this.problems.map((p) => `  - ${p.toString()}`)].join(
      "\n"
    )
  }
}

export class ConfigNotFound extends Schema.TaggedError<ConfigNotFound>()("ConfigNotFound", {
  path: Schema.String
}) {
  override get message(): string {
    return `${this.path}: no such file. Create it (see examples/config.json), or point --config or $BOT_CRON_CONFIG at one.`
  }
}

export class ConfigReadError extends Schema.TaggedError<ConfigReadError>()("ConfigReadError", {
  path: Schema.String,
  reason: Schema.String
}) {
  override get message(): string {
    return `${this.path}: cannot read: ${this.reason}`
  }
}

export class UnknownJob extends Schema.TaggedError<UnknownJob>()("UnknownJob", {
  job: Schema.String,
  known: Schema.Array(Schema.String)
}) {
  override get message(): string {
    const list = this.known.length === 0 ? "there are no jobs" : `known jobs: ${this.known.join(", ")}`
    return `no job named "${this.job}" (${list})`
  }
}

export class InvalidArgument extends Schema.TaggedError<InvalidArgument>()("InvalidArgument", {
  argument: Schema.String,
  expected: Schema.String,
  got: Schema.String
}) {
  override get message(): string {
    return `${this.argument}: expected ${this.expected}, got ${JSON.stringify(this.got)}`
  }
}

export type ConfigError = ConfigInvalid | ConfigNotFound | ConfigReadError

/** A config error as the list of things to fix, one line each. */
export const problemsOf = (e: ConfigError): ReadonlyArray<string> =>
  e._tag === "ConfigInvalid" ? e.problems.map((p) => p.toString()) : [e.message]

export class StateWriteError extends Schema.TaggedError<StateWriteError>()("StateWriteError", {
  path: Schema.String,
  reason: Schema.String
}) {
  override get message(): string {
    return `cannot write the state file ${this.path}: ${this.reason}`
  }
}

export class NotFound extends Schema.TaggedError<NotFound>()("NotFound", {
  what: Schema.String
}) {
  override get message(): string {
    return `${this.what} not found`
  }
}

/** Parses the seed's string booleans ("true"/"false") and their usual spellings. */
export const parseFlag = (argument: string, text: string): boolean | InvalidArgument => {
  const t = text.trim().toLowerCase()
  if (["true", "1", "yes", "on"].includes(t)) return true
  if (["false", "0", "no", "off"].includes(t)) return false
  return new InvalidArgument({ argument, expected: "\"true\" or \"false\"", got: text })
}

export class AlreadyRunning extends Schema.TaggedError<AlreadyRunning>()("AlreadyRunning", {
  name: Schema.String,
  pid: Schema.NullOr(Schema.Number)
}) {
  override get message(): string {
    const who = this.pid === null ? "another process" : `another bot-cron daemon (pid ${this.pid})`
    return `${who} already holds ${this.name} on the session bus; stop it first (systemctl --user stop bot-cron, or kill ${
      this.pid ?? "it"
    })`
  }
}

/** Another daemon holds the state file's lock: two daemons on one state file would run every job twice. */
export class StateInUse extends Schema.TaggedError<StateInUse>()("StateInUse", {
  path: Schema.String,
  pid: Schema.NullOr(Schema.Number),
  /** set when the lock could not even be tried (a folder that cannot be created, …) */
  reason: Schema.optionalWith(Schema.String, { exact: true })
}) {
  override get message(): string {
    if (this.reason !== undefined) return `cannot lock the state file ${this.path}: ${this.reason}`
    const who = this.pid === null ? "another bot-cron daemon" : `another bot-cron daemon (pid ${this.pid})`
    return `${who} is running on the state file ${this.path}; stop it first (systemctl --user stop bot-cron, or kill ${
      this.pid ?? "it"
    }), or give this one another --state`
  }
}

/** A notification that could not be delivered; never carries a secret (webhook URL, password). */
export class NotifyError extends Schema.TaggedError<NotifyError>()("NotifyError", {
  target: Schema.String,
  reason: Schema.String
}) {
  override get message(): string {
    return `${this.target}: ${this.reason}`
  }
}

export class SkillInvalid extends Schema.TaggedError<SkillInvalid>()("SkillInvalid", {
  skill: Schema.String,
  path: Schema.String,
  problems: Schema.Array(Schema.String)
}) {
  override get message(): string {
    return [
      `skill ${this.skill} (${this.path}): ${this.problems.length} problem${this.problems.length === 1 ? "" : "s"}`,
      ...this.problems.map((p) => `  - ${p}`)
    ].join("\n")
  }
}
