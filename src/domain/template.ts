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
