/**
 * @effect/cli's help, made to read like a Unix tool's: usage lines start with `bot-cron` and
 * the command's full name, each option and argument says what it is for (not the type's
 * boilerplate, "A user-defined piece of text."), and the interactive `--wizard` is not offered.
 */

/** Terminal colour and style sequences. */
export const ANSI = /\u001b\[[0-9;]*m/g

/** Lines @effect/cli adds to every option and argument whatever it is for. */
const BOILERPLATE = [
  /^A user-defined piece of text\.$/,
  /^A true or false value\.$/,
  /^An integer\.$/,
  /^This setting is optional\.$/,
  /^One of the following: /
]

/** The words of the command a help request is for: `config set --help` → ["config", "set"]. */
export const helpPath = (args: ReadonlyArray<string>): ReadonlyArray<string> => {
  const words: Array<string> = []
  for (const arg of args) {
    if (arg.startsWith("-")) break
    words.push(arg)
  }
  return words
}

/** Whether the command line asks for help (before any `--`). */
export const asksForHelp = (args: ReadonlyArray<string>): boolean => {
  const end = args.indexOf("--")
  return (end === -1 ? args : args.slice(0, end)).some((a) => a === "--help" || a === "-h")
}

export const tidyHelp = (text: string, path: ReadonlyArray<string>): string => {
  const lines = text.replace(ANSI, "").split("\n")
  const out: Array<string> = []
  let inWizard = false
  for (const [i, line] of lines.entries()) {
    const trimmed = line.trim()
    // the banner's first line repeats the name the next one gives with the version
    if (i === 0 && trimmed === "bot-cron") continue
    if (trimmed === "--wizard") inWizard = true
    else if (inWizard && /^(--|\(-|[A-Z]+$)/.test(trimmed)) inWizard = false
    if (inWizard || BOILERPLATE.some((re) => re.test(trimmed))) continue
    const usage = /^\$ (\S+)(.*)$/.exec(line)
    if (usage !== null && usage[1] !== "bot-cron") {
      out.push(`$ ${["bot-cron", ...path.slice(0, -1), usage[1]].join(" ")}${usage[2]}`)
      continue
    }
    out.push(line)
  }
  return out.join("\n").replace(/\n{3,}/g, "\n\n").replace(/^\n+/, "")
}

/** The seed's `--run-job NAME` anywhere on the line is the `run-job NAME` command. */
export const seedForm = (args: ReadonlyArray<string>): ReadonlyArray<string> => {
  const at = args.indexOf("--run-job")
  if (at === -1 || at + 1 >= args.length) return args.map((a) => (a === "--run-job" ? "run-job" : a))
  return ["run-job", args[at + 1] ?? "", ...args.slice(0, at), ...args.slice(at + 2)]
}
