import { Either } from "effect"
import { ConfigInvalid, ConfigProblem, InvalidArgument, NotFound } from "./errors.js"
import { parseConfig } from "./parse-config.js"

const isRecord = (u: unknown): u is Record<string, unknown> => typeof u === "object" && u !== null && !Array.isArray(u)

/**
 * Sets `section.key` (or the whole section when key is "") in config.json's text,
 * keeping every other section as it was, and validates the whole result first.
 */
export const editConfigText = (
  text: string,
  path: string,
  section: string,
  key: string,
  valueJson: string
): Either.Either<string, ConfigInvalid | InvalidArgument> => {
  if (section.trim() === "") {
    return Either.left(new InvalidArgument({ argument: "section", expected: "a section name such as \"schedules\"", got: section }))
  }
  let value: unknown
  try {
    value = JSON.parse(valueJson)
  } catch (e) {
    return Either.left(new InvalidArgument({ argument: "value", expected: `JSON (${(e as Error).message})`, got: valueJson.slice(0, 200) }))
  }
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    return Either.left(
      new ConfigInvalid({
        path,
        problems: [
          new ConfigProblem({
            field: "",
            message: "the file on disk is not valid JSON; fix it by hand first (bot-cron validate shows where)"
          })
        ]
      })
    )
  }
  if (!isRecord(raw)) {
    return Either.left(
      new ConfigInvalid({ path, problems: [new ConfigProblem({ field: "", message: "the file on disk does not hold a JSON object" })] })
    )
  }
  const current = raw[section]
  const next = { ...raw, [section]: key === "" ? value : { ...(isRecord(current) ? current : {}), [key]: value } }
  const updated = `${JSON.stringify(next, null, 2)}\n`
  return Either.map(parseConfig(updated, path), () => updated)
}

const SECRET = /pass(word)?|secret|token|webhook_url$|api_key/i

/** A copy with secret-looking values (passwords, tokens, webhook URLs) replaced, for replies and logs. */
export const redactSecrets = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(redactSecrets)
  if (!isRecord(value)) return value
  return Object.fromEntries(
    Object.entries(value).map((
      [k, v]
    ) => [k, SECRET.test(k) && !k.endsWith("_env") && !k.endsWith("_file") && typeof v === "string" ? "(hidden)" : redactSecrets(v)])
  )
}

/** `section` of a config ("" for all of it), or one `key` of it ("" for the section), with secrets hidden. */
export const configValue = (config: Readonly<Record<string, unknown>>, section: string, key: string): Either.Either<unknown, NotFound> => {
  if (section === "") return Either.right(redactSecrets(config))
  if (!(section in config)) return Either.left(new NotFound({ what: `config section "${section}"` }))
  const value = config[section]
  if (key === "") return Either.right(redactSecrets(value))
  if (!isRecord(value) || !(key in value)) return Either.left(new NotFound({ what: `config key "${section}.${key}"` }))
  return Either.right(redactSecrets(value[key]))
}
