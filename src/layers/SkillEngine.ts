import { Context, Effect, Either, Layer } from "effect"
import { readdir, readFile } from "node:fs/promises"
import { join, relative, resolve, sep } from "node:path"
import type { ResolvedJob } from "../domain/config.js"
import { SkillInvalid } from "../domain/errors.js"
import type { SessionContext } from "../domain/session.js"
import { parseSkill, resolveInputs, type Skill } from "../domain/skill.js"
import { ActiveConfig } from "./ActiveConfig.js"
import { Calendar } from "./Calendar.js"
import { makeJobEnv } from "./executor/environment.js"
import { configPath, Paths } from "./Paths.js"
import { runSteps, type SkillRun, type Tool } from "./skill/steps.js"
import { Targets } from "./Targets.js"

export interface SkillFile {
  readonly name: string
  readonly path: string
  readonly problems: ReadonlyArray<string>
}

/** skill_direct: YAML skills run in-process, step by step, with Jinja templating and built-in tools. */
export class SkillEngine extends Context.Tag("bot-cron/SkillEngine")<
  SkillEngine,
  {
    readonly load: (name: string) => Effect.Effect<Skill, SkillInvalid>
    /** Never fails: a skill that cannot load or whose step fails is a failed run, with the reason. */
    readonly run: (job: ResolvedJob, context: SessionContext, logFile: string) => Effect.Effect<SkillRun>
    /** Every skill file in skills_dir, with its problems (none when it is valid). */
    readonly list: Effect.Effect<ReadonlyArray<SkillFile>>
  }
>() {
  static readonly layer = Layer.effect(SkillEngine, Effect.suspend(() => make))
}

const make = Effect.gen(function*() {
  const active = yield* ActiveConfig
  const calendar = yield* Calendar
  const jobEnv = makeJobEnv(active)
  const paths = yield* Paths
  const notifier = yield* Targets

  const skillsDir = Effect.map(active.get, (c) => configPath(paths.configDir, c.schedules.skills_dir))

  const load = (name: string) =>
    Effect.gen(function*() {
      const dir = yield* skillsDir
      const path = resolve(dir, `${name}.yaml`)
      const invalid = (problems: ReadonlyArray<string>) => new SkillInvalid({ skill: name, path, problems })
      if (relative(dir, path).startsWith("..") || !path.startsWith(dir + sep)) {
        return yield* invalid(["a skill name must stay inside skills_dir"])
      }
      const text = yield* Effect.tryPromise({
        try: () => readFile(path, "utf8"),
        catch: () => invalid([`no such skill file (skills_dir is ${dir})`])
      })
      const parsed = parseSkill(text, path)
      if (Either.isLeft(parsed)) return yield* invalid(parsed.left.map((p) => p.toString()))
      return parsed.right
    })

  const tools: Record<string, Tool> = {
    memory_log: (args) => Effect.mapError(notifier.memoryLog(String(args["action"] ?? "skill"), args["details"] ?? null), (e) => e.reason),
    slack_send_message: (args) =>
      Effect.mapError(
        notifier.slack(String(args["text"] ?? ""), args["channel"] === undefined ? undefined : String(args["channel"])),
        (e) => e.reason
      ),
    notify: (args) =>
      Effect.gen(function*() {
        const target = String(args["target"] ?? "memory")
        const [delivery] = yield* notifier.send(
          {
            kind: "test",
            job: null,
            title: String(args["title"] ?? "bot-cron"),
            lines: [String(args["message"] ?? "")],
            urgency: args["urgency"] === "critical" ? "critical" : "normal",
            sessionId: null
          },
          [target]
        )
        if (delivery === undefined || !delivery.ok) return yield* Effect.fail(delivery?.detail ?? `no such target ${target}`)
        return delivery.detail
      }),
    http_request: (args) =>
      Effect.tryPromise({
        try: async () => {
          const seconds = Number(args["timeout_seconds"] ?? 30)
          const res = await fetch(String(args["url"]), {
            method: String(args["method"] ?? "GET").toUpperCase(),
            headers: {
              ...(args["json"] === undefined ? {} : { "content-type": "application/json" }),
              ...((args["headers"] as Record<string, string>) ?? {})
            },
            ...(args["json"] === undefined ? {} : { body: JSON.stringify(args["json"]) }),
            signal: AbortSignal.timeout(seconds * 1000)
          })
          const text = await res.text()
          let body: unknown = text
          try {
            body = JSON.parse(text)
          } catch {
            // a plain-text answer stays text
          }
          if (!res.ok) throw new Error(`HTTP ${res.status}: ${text.slice(0, 200)}`)
          return { status: res.status, body }
        },
        catch: (e) => (e instanceof Error ? e.message : String(e))
      })
  }

  const run = (job: ResolvedJob, context: SessionContext, logFile: string) =>
    Effect.gen(function*() {
      const name = job.skill ?? job.name
      const loaded = yield* Effect.either(load(name))
      if (Either.isLeft(loaded)) return { ok: false, steps: [], output: null, error: loaded.left.message }
      const inputs = resolveInputs(loaded.right, job.inputs)
      if (Either.isLeft(inputs)) return { ok: false, steps: [], output: null, error: inputs.left.join("; ") }
      const clock = yield* Effect.clock
      const env = yield* jobEnv(job, context)
      return yield* runSteps(
        loaded.right,
        { inputs: inputs.right, session: context },
        {
          tools,
          python: job.pythonCommand,
          cwd: job.working_dir === undefined ? paths.configDir : configPath(paths.configDir, job.working_dir),
          env,
          logFile,
          defaultTimeoutMs: job.timeout_seconds * 1000,
          now: () => calendar.formatInZone(clock.unsafeCurrentTimeMillis(), job.zone)
        }
      )
    }).pipe(Effect.withSpan("SkillEngine.run", { attributes: { job: job.name } }))

  const list = Effect.gen(function*() {
    const dir = yield* skillsDir
    const names: Array<string> = []
    const walk = async (sub: string): Promise<void> => {
      for (const entry of await readdir(join(dir, sub), { withFileTypes: true }).catch(() => [])) {
        if (entry.isDirectory()) await walk(join(sub, entry.name))
        else if (entry.name.endsWith(".yaml")) names.push(join(sub, entry.name.slice(0, -5)))
      }
    }
    yield* Effect.promise(() => walk(""))
    return yield* Effect.forEach(
      names.sort(),
      (name) =>
        Effect.map(
          Effect.either(load(name)),
          (r): SkillFile => ({ name, path: resolve(dir, `${name}.yaml`), problems: Either.isLeft(r) ? r.left.problems : [] })
        )
    )
  })

  return SkillEngine.of({ load, run, list })
})
