import { Either } from "effect"
import * as Jsonc from "jsonc-parser"
import { ConfigInvalid, ConfigProblem, InvalidArgument, NotFound } from "./errors.js"
import { parseConfig } from "./parse-config.js"

const isRecord = (u: unknown): u is Record<string, unknown> => typeof u === "object" && u !== null && !Array.isArray(u)

/** The indentation config.json already uses (two spaces when it has none), for the lines an edit adds. */
const formattingOf = (text: string): Jsonc.FormattingOptions => {
  const indent = /^([ \t]+)\S/m.exec(text)?.[1] ?? "  "
  return {
    insertSpaces: !indent.startsWith("\t"),
    tabSize: indent.startsWith("\t") ? 1 : indent.length,
    eol: text.includes("\r\n") ? "\r\n" : "\n"
  }
}

/**
 * The JSON path of `section.key` in the document `root`: `key` may go deeper with dots
 * (`notifications.slack.enabled`), and a step into an array of named objects may use the
 * name (`jobs.daily_standup.cron`) as well as the index (`jobs.0.cron`).
 */
const pathOf = (root: Jsonc.Node | undefined, section: string, key: string): Either.Either<Jsonc.JSONPath, InvalidArgument> => {
  const path: Jsonc.JSONPath = [section]
  let node = root === undefined ? undefined : Jsonc.findNodeAtLocation(root, [section])
  for (const step of key === "" ? [] : key.split(".")) {
    if (node?.type === "array") {
      const items = node.children ?? []
      const named = items.findIndex((item) => item.type === "object" && Jsonc.findNodeAtLocation(item, ["name"])?.value === step)
      const index = named >= 0 ? named : /^\d+$/.test(step) ? Number(step) : -1
      if (index < 0 || index >= items.length) {
        const names = items.map((item) => Jsonc.findNodeAtLocation(item, ["name"])?.value).filter((n) => typeof n === "string")
        return Either.left(
          new InvalidArgument({
            argument: "key",
            expected: `an entry of ${path.join(".")}: ${names.length > 0 ? `a name (${names.join(", ")}) or ` : ""}an index from 0 to ${
              items.length - 1
            }`,
            got: step
          })
        )
      }
      path.push(index)
      node = items[index]
    } else {
      path.push(step)
      node = node?.type === "object" ? Jsonc.findNodeAtLocation(node, [step]) : undefined
    }
  }
  return Either.right(path)
}

/** What a value that is not JSON most likely meant: a bare word is a string without its quotes. */
const notJson = (valueJson: string, reason: string) =>
  new InvalidArgument({
    argument: "value",
    expected: /^[^"'{}[\]\s][^"{}[\]]*$/.test(valueJson.trim())
      ? `JSON; a string needs its quotes, so quote it for the shell too: '${JSON.stringify(valueJson.trim())}'`
      : `JSON (${reason})`,
    got: valueJson.slice(0, 200)
  })

/**
 * Sets `section.key` (or the whole section when key is "") in config.json's text, validating the
 * whole result first. Only that value's text changes: comments, order and layout elsewhere stay
 * as they were (jsonc-parser's `modify`).
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
    return Either.left(notJson(valueJson, (e as Error).message))
  }
  const errors: Array<Jsonc.ParseError> = []
  const root = Jsonc.parseTree(text, errors, { allowTrailingComma: true })
  if (errors.length > 0 || root?.type !== "object") {
    return Either.left(
      new ConfigInvalid({
        path,
        problems: [
          new ConfigProblem({
            field: "",
            message: root?.type === "object" || errors.length > 0
              ? "the file on disk is not valid JSON; fix it by hand first (bot-cron validate shows where)"
              : "the file on disk does not hold a JSON object"
          })
        ]
      })
    )
  }
  return Either.flatMap(pathOf(root, section, key), (at) => {
    const edits = Jsonc.modify(text, at, value, { formattingOptions: formattingOf(text) })
    const updated = Jsonc.applyEdits(text, edits)
    return Either.map(parseConfig(updated, path), () => updated)
  })
}

/** Keys whose values are secrets: passwords, tokens, keys (apikey, private_key, …), PATs, webhook URLs. */
const SECRET_KEY = /pass(word|wd)?|secret|token|key$|key_|_pat$|^pat$|credential|^auth$|authorization|webhook_url$/i
/** Values that are secrets whatever their key: API keys (sk-…, ghp_…, xox…-), and URLs with credentials or a webhook path. */
const SECRET_VALUE =
  /\b(sk-[A-Za-z0-9_-]{8,}|gh[pousr]_[A-Za-z0-9]{16,}|github_pat_[A-Za-z0-9_]{16,}|xox[abposr]-[A-Za-z0-9-]{8,})|[a-z][a-z0-9+.-]*:\/\/[^/\s:@]+:[^/\s@]+@|https:\/\/hooks\.slack\.com\/\S+/i
/** Command-line flags whose next argument is a secret. */
const SECRET_FLAG = /^--?(api[-_]?key|token|password|secret|auth)$/i

const HIDDEN = "(hidden)"

/** A string with secret-looking parts hidden. */
export const redactText = (text: string): string =>
  SECRET_VALUE.test(text) ? text.replace(new RegExp(SECRET_VALUE.source, "gi"), HIDDEN) : text

/** An argv with the values of secret flags (`--api-key X`, `--token=X`) and secret-looking arguments hidden. */
export const redactArgv = (argv: ReadonlyArray<string>): Array<string> =>
  argv.map((arg, i) => {
    const eq = /^(--?[A-Za-z][A-Za-z0-9_-]*)=(.*)$/.exec(arg)
    if (eq !== null && SECRET_FLAG.test(eq[1] ?? "")) return `${eq[1]}=${HIDDEN}`
    if (i > 0 && SECRET_FLAG.test(argv[i - 1] ?? "")) return HIDDEN
    return redactText(arg)
  })

/** A copy with secret-looking values (passwords, tokens, keys, webhook URLs, …) replaced, for replies and logs. */
export const redactSecrets = (value: unknown): unknown => {
  if (typeof value === "string") return redactText(value)
  if (Array.isArray(value)) {
    return value.every((v) => typeof v === "string") ? redactArgv(value as Array<string>) : value.map(redactSecrets)
  }
  if (!isRecord(value)) return value
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [
      k,
      SECRET_KEY.test(k) && !k.endsWith("_env") && !k.endsWith("_file") && typeof v === "string" ? HIDDEN : redactSecrets(v)
    ])
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
