import { Args, Command } from "@effect/cli"
import { Console, Effect, Option } from "effect"
import { ExitCode, reportErrors } from "./exit.js"
import { loadSkillEngine, withRuntime } from "./lazy.js"
import { configOption, jsonOption, stateOption } from "./options.js"
import { renderTable } from "./table.js"

const listCommand = Command.make("list", { json: jsonOption, config: configOption, state: stateOption }, (flags) =>
  Effect.gen(function*() {
    const { SkillEngine } = yield* loadSkillEngine
    const skills = yield* (yield* SkillEngine).list
    if (flags.json) return yield* Console.log(JSON.stringify(skills, null, 2))
    if (skills.length === 0) return yield* Console.log("no skill files found")
    yield* Console.log(
      renderTable(
        ["SKILL", "VALID", "FILE"],
        skills.map((s) => [s.name, s.problems.length === 0 ? "yes" : `no (${s.problems.length})`, s.path])
      )
    )
  }).pipe(withRuntime(flags), reportErrors)).pipe(Command.withDescription("List the skill files in skills_dir and whether each is valid"))

const checkCommand = Command.make(
  "check",
  {
    name: Args.text({ name: "NAME" }).pipe(Args.withDescription("one skill, by its name (default: every skill)"), Args.optional),
    config: configOption,
    state: stateOption
  },
  (flags) =>
    Effect.gen(function*() {
      const { SkillEngine } = yield* loadSkillEngine
      const engine = yield* SkillEngine
      const checkOne = (name: string) =>
        Effect.match(engine.load(name), {
          onFailure: (e) => ({ name, path: e.path, problems: e.problems }),
          onSuccess: () => ({ name, path: "", problems: [] as ReadonlyArray<string> })
        })
      const skills = Option.isSome(flags.name) ? [yield* checkOne(flags.name.value)] : yield* engine.list
      for (const s of skills) {
        if (s.problems.length === 0) yield* Console.log(`${s.name}: valid`)
        else yield* Console.error([`${s.name}${s.path === "" ? "" : ` (${s.path})`}:`, ...s.problems.map((p) => `  - ${p}`)].join("\n"))
      }
      if (skills.length === 0) yield* Console.log("no skill files found")
      if (skills.some((s) => s.problems.length > 0)) return yield* new ExitCode({ code: 1 })
    }).pipe(withRuntime(flags), reportErrors)
).pipe(Command.withDescription("Validate one skill file or all of them: exit 0 when valid, 1 with every problem listed"))

export const skillsCommand = Command.make("skills").pipe(
  Command.withDescription("The YAML skills that skill_direct jobs run"),
  Command.withSubcommands([listCommand, checkCommand])
)
