import { Either } from "effect"
import nunjucks from "nunjucks"

/** Jinja semantics (nunjucks), no autoescaping, and an undefined variable is an error, never "". */
const env = new nunjucks.Environment(null, { autoescape: false, throwOnUndefined: true })

const lookup = (context: Record<string, unknown>, path: string): unknown =>
  path.split(".").reduce<unknown>(
    (v, key) => (v !== null && typeof v === "object" ? (v as Record<string, unknown>)[key] : undefined),
    context
  )

/** The first dotted name in the template's expressions that the context does not define. */
const undefinedName = (template: string, context: Record<string, unknown>): string | undefined => {
  for (const m of template.matchAll(/\{[{%]([\s\S]*?)[}%]\}/g)) {
    const expr = (m[1] ?? "").replace(/(["'])(?:\\.|(?!\1).)*\1/g, "")
    for (const id of expr.match(/[A-Za-z_][\w]*(?:\.[A-Za-z_][\w]*)*/g) ?? []) {
      if (/^(and|or|not|in|is|if|else|elif|endif|for|endfor|true|false|none|True|False|None|loop|set)$/.test(id)) continue
      if (lookup(context, id) === undefined) return id
    }
  }
  return undefined
}

/** Renders one template; the error names the variable that was not defined. */
export const render = (template: string, context: Record<string, unknown>): Either.Either<string, string> => {
  try {
    return Either.right(env.renderString(template, context))
  } catch (e) {
    const name = undefinedName(template, context)
    const detail = (e instanceof Error ? e.message : String(e)).replace(/^\(unknown path\)\s*/, "").split("\n").map((l) => l.trim()).join(
      " "
    )
    return Either.left(name === undefined ? `template error: ${detail}` : `undefined variable "${name}" in "${template.trim()}"`)
  }
}

/** Renders every string inside a value (args of a tool step); other values pass through as data. */
export const renderValue = (value: unknown, context: Record<string, unknown>): Either.Either<unknown, string> => {
  if (typeof value === "string") return render(value, context)
  if (Array.isArray(value)) return Either.all(value.map((v) => renderValue(v, context)))
  if (value !== null && typeof value === "object") {
    return Either.map(
      Either.all(Object.entries(value).map(([k, v]) => Either.map(renderValue(v, context), (r) => [k, r] as const))),
      Object.fromEntries
    )
  }
  return Either.right(value)
}

/** A rendered condition is false when it is empty, false, False, 0, none or None. */
export const isFalsy = (text: string): boolean => ["", "false", "False", "0", "none", "None"].includes(text.trim())

/** A value as a Python literal: where a placeholder stands outside any string in a compute step. */
const pythonLiteral = (v: unknown): string => {
  if (v === null || v === undefined) return "None"
  if (typeof v === "boolean") return v ? "True" : "False"
  if (typeof v === "number") return Number.isFinite(v) ? String(v) : `float(${JSON.stringify(String(v))})`
  if (typeof v === "string") return JSON.stringify(v) // a JSON string is a valid Python string literal
  return `__import__("json").loads(${JSON.stringify(JSON.stringify(v))})`
}

/** A value's text escaped for the inside of a Python string literal (and of an f-string's, where braces are code). */
const pythonStringContent = (v: unknown, fString: boolean): string => {
  const text = typeof v === "string" ? v : v !== null && typeof v === "object" ? JSON.stringify(v) : String(v)
  const escaped = text.replace(
    /[\\'"\n\r\0]/g,
    (c) => ({ "\\": "\\\\", "'": "\\'", "\"": "\\\"", "\n": "\\n", "\r": "\\r", "\0": "\\x00" })[c] ?? c
  )
  return fString ? escaped.replace(/[{}]/g, (c) => c + c) : escaped
}

const pythonEnv = new nunjucks.Environment(null, { autoescape: false, throwOnUndefined: true })
pythonEnv.addFilter(
  "bot_cron_py",
  (v: unknown, where: string) => where === "code" ? pythonLiteral(v) : pythonStringContent(v, where === "fstring")
)

/**
 * Marks each `{{ … }}` of Python source with where it stands: in code, in a string literal, or in
 * an f-string's literal text. Template tags (`{% %}`, `{# #}`) are copied as they are; comments and
 * the strings' quotes, prefixes and escapes are followed well enough for that.
 */
const markPlaceholders = (source: string): string => {
  let out = ""
  let i = 0
  let quote: string | null = null
  let fString = false
  let comment = false
  while (i < source.length) {
    if (source.startsWith("{{", i)) {
      const end = source.indexOf("}}", i + 2)
      if (end < 0) return out + source.slice(i)
      const where = quote === null ? "code" : fString ? "fstring" : "string"
      out += `{{ (${source.slice(i + 2, end).trim()}) | bot_cron_py("${where}") }}`
      i = end + 2
      continue
    }
    if (source.startsWith("{%", i) || source.startsWith("{#", i)) {
      const end = source.indexOf(source[i + 1] === "%" ? "%}" : "#}", i + 2)
      if (end < 0) return out + source.slice(i)
      out += source.slice(i, end + 2)
      i = end + 2
      continue
    }
    const c = source[i] ?? ""
    if (quote === null) {
      if (comment) {
        if (c === "\n") comment = false
      } else if (c === "#") {
        comment = true
      } else if (c === "'" || c === "\"") {
        quote = source.startsWith(c.repeat(3), i) ? c.repeat(3) : c
        fString = /[fF][rRbB]?$|[rR][fF]$/.test(/[A-Za-z]*$/.exec(out)?.[0] ?? "")
        out += quote
        i += quote.length
        continue
      }
    } else if (c === "\\") {
      out += source.slice(i, i + 2)
      i += 2
      continue
    } else if (source.startsWith(quote, i)) {
      out += quote
      i += quote.length
      quote = null
      continue
    } else if (c === "\n" && quote.length === 1) {
      quote = null
    }
    out += c
    i++
  }
  return out
}

/**
 * Renders a compute step's Python source so that no value can become code: a placeholder inside
 * a string literal is escaped for that literal (`"{{ session.source }}" == "cron"` works as
 * written), one in an f-string's text has its braces doubled too, and one outside any string is
 * the value's Python literal (a string is quoted). Quotes, triple quotes, backslashes and
 * newlines in a value are inert.
 */
export const renderPython = (source: string, context: Record<string, unknown>): Either.Either<string, string> => {
  try {
    return Either.right(pythonEnv.renderString(markPlaceholders(source), context))
  } catch (e) {
    const name = undefinedName(source, context)
    const detail = (e instanceof Error ? e.message : String(e)).replace(/^\(unknown path\)\s*/, "").split("\n").map((l) => l.trim()).join(
      " "
    )
    return Either.left(name === undefined ? `template error: ${detail}` : `undefined variable "${name}" in "${source.trim()}"`)
  }
}
