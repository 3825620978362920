import { Either, Schema } from "effect"
import { readFileSync } from "node:fs"
import { describe, expect, it } from "vitest"
import { type ConfigFile, resolveJob, resolveJobs, Schedules } from "../src/domain/config.js"
import { parseConfig } from "../src/domain/parse-config.js"

const decodeSchedules = Schema.decodeUnknownSync(Schedules)
const seedText = readFileSync(new URL("./fixtures/seed-config.json", import.meta.url), "utf8")

const problemsOf = (config: unknown): Array<string> => {
  const result = parseConfig(typeof config === "string" ? config : JSON.stringify(config, null, 2), "config.json")
  if (Either.isRight(result)) throw new Error("expected the config to be rejected")
  return result.left.problems.map((p) => p.toString())
}

const withJobs = (...jobs: Array<Record<string, unknown>>) => ({
  schedules: { timezone: "UTC", jobs }
})
const job = (over: Record<string, unknown> = {}) => ({ name: "j", cron: "0 9 * * *", skill: "s", ...over })

describe("config decoding", () => {
  it("decodes the seed's example with defaults filled in, and keeps other sections", () => {
    const result = parseConfig(seedText, "config.json")
    if (Either.isLeft(result)) throw new Error(result.left.message)
    const config = result.right
    expect(config.schedules.jobs.map((j) => j.name)).toEqual(["daily_standup", "hello_world_test"])
    expect(config["other_section"]).toEqual({ kept: [1, 2, 3] })
    const standup = resolveJob(config.schedules, config.schedules.jobs[0]!)
    expect(standup).toMatchObject({
      zone: "America/New_York",
      mode: "claude_cli",
      notify: ["memory", "slack"],
      timeout_seconds: 600,
      overlap: "skip",
      catch_up: "latest",
      misfire_grace_seconds: 3600,
      retryPolicy: { max_attempts: 1 }
    })
    expect(config.schedules.history_limit).toBe(100)
  })

  it("decodes the bundled examples/config.json", () => {
    const text = readFileSync(new URL("../examples/config.json", import.meta.url), "utf8")
    expect(Either.isRight(parseConfig(text, "examples/config.json"))).toBe(true)
  })

  it("names the cron field that is wrong", () => {
    expect(problemsOf(withJobs(job({ name: "backup", cron: "61 * * * *" })))).toEqual([
      "schedules.jobs[0] (backup).cron: invalid cron \"61 * * * *\": minute field \"61\" is not valid; expected 0-59, a list, a range or a step"
    ])
  })

  it("checks an expression many jobs share once, and names every job that has it, beside its other problems", () => {
    const problems = problemsOf(withJobs(
      job({ name: "a", cron: "0 25 * * *" }),
      job({ name: "b" }),
      job({ name: "c", cron: "0 25 * * *", timeout_seconds: -1 })
    ))
    expect(problems.filter((p) => p.includes("invalid cron"))).toEqual([
      "schedules.jobs[0] (a).cron: invalid cron \"0 25 * * *\": hour field \"25\" is not valid; expected 0-23, a list, a range or a step",
      "schedules.jobs[2] (c).cron: invalid cron \"0 25 * * *\": hour field \"25\" is not valid; expected 0-23, a list, a range or a step"
    ])
    expect(problems.some((p) => p.startsWith("schedules.jobs[2] (c).timeout_seconds"))).toBe(true)
    expect(problems).toHaveLength(3)
  })

  it("rejects an unknown time zone, at schedule and job level", () => {
    const problems = problemsOf({ schedules: { timezone: "Mars/Olympus", jobs: [job({ timezone: "America/Nowhere" })] } })
    expect(problems).toEqual([
      "schedules.timezone: unknown time zone \"Mars/Olympus\"; use an IANA name such as \"America/New_York\" or \"UTC\"",
      "schedules.jobs[0] (j).timezone: unknown time zone \"America/Nowhere\"; use an IANA name such as \"America/New_York\" or \"UTC\""
    ])
  })

  it("names every job that has a bad zone, and an empty one, beside a good zone shared by the rest", () => {
    const problems = problemsOf(withJobs(
      job({ name: "a", timezone: "Europe/Nowhere" }),
      job({ name: "b", timezone: "Europe/Paris" }),
      job({ name: "c", timezone: "Europe/Nowhere" }),
      job({ name: "d", timezone: "" }),
      job({ name: "e", timezone: "Europe/Paris" })
    ))
    const unknown = (i: number, name: string, zone: string) =>
      `schedules.jobs[${i}] (${name}).timezone: unknown time zone "${zone}"; use an IANA name such as "America/New_York" or "UTC"`
    expect(problems).toEqual([unknown(0, "a", "Europe/Nowhere"), unknown(2, "c", "Europe/Nowhere"), unknown(3, "d", "")])
  })

  it("names each bad claude option and budget by its field path", () => {
    const problems = problemsOf({
      schedules: {
        timezone: "UTC",
        budget: { daily_usd: -1 },
        claude: { permission_mode: "yolo" },
        jobs: [job({ claude: { max_turns: 0, retry_with: "again", modle: "x" }, budget: { daily: 3 } })]
      }
    })
    expect(problems).toEqual([
      "schedules.claude.permission_mode: must be one of \"default\", \"acceptEdits\", \"plan\", \"bypassPermissions\", \"dontAsk\", \"auto\"; got \"yolo\"",
      "schedules.budget.daily_usd: must be an amount of US dollars, 0 or more",
      "schedules.jobs[0] (j).claude.modle: unknown key; did you mean \"model\"?",
      "schedules.jobs[0] (j).claude.max_turns: must be a whole number from 1 to 10000",
      "schedules.jobs[0] (j).claude.retry_with: must be one of \"fresh\", \"resume\"; got \"again\"",
      "schedules.jobs[0] (j).budget.daily: unknown key; did you mean \"daily_usd\"?"
    ])
  })

  it("a job's claude options go over the schedule's; its args come after the schedule's", () => {
    const schedules = decodeSchedules({
      timezone: "UTC",
      claude: { model: "sonnet", max_turns: 5, args: ["--a"], idle_timeout_seconds: 120 },
      jobs: [job({ claude: { model: "opus", args: ["--b"], retry_with: "resume" } }), job({ name: "k" })]
    })
    const [own, inherited] = resolveJobs(schedules)
    expect(own?.claudeSettings).toMatchObject({
      model: "opus",
      max_turns: 5,
      args: ["--a", "--b"],
      idle_timeout_seconds: 120,
      retry_with: "resume"
    })
    expect(inherited?.claudeSettings).toMatchObject({ model: "sonnet", args: ["--a"], idle_timeout_seconds: 120, retry_with: "fresh" })
    expect(resolveJobs(decodeSchedules({ timezone: "UTC", jobs: [job()] }))[0]?.claudeSettings.idle_timeout_seconds).toBe(600)
  })

  it("rejects duplicate names, naming both places", () => {
    expect(problemsOf(withJobs(job({ name: "a" }), job({ name: "b" }), job({ name: "a" })))).toEqual([
      "schedules.jobs[2] (a).name: duplicate job name \"a\" (also jobs[0]); job names must be unique"
    ])
  })

  it("rejects names that are not [A-Za-z0-9_.-]+", () => {
    expect(problemsOf(withJobs(job({ name: "daily standup" })))).toEqual([
      "schedules.jobs[0] (daily standup).name: must be letters, digits, '_', '.' or '-' (no spaces), e.g. daily_standup"
    ])
  })

  it("rejects zero or negative timeouts and out-of-range retries", () => {
    expect(problemsOf(withJobs(job({ timeout_seconds: 0, retry: { max_attempts: 0, backoff_multiplier: 0.5 } })))).toEqual([
      "schedules.jobs[0] (j).retry.max_attempts: must be a whole number from 1 to 100",
      "schedules.jobs[0] (j).retry.backoff_multiplier: must be from 1 to 100 (1 means a fixed delay)",
      "schedules.jobs[0] (j).timeout_seconds: must be more than 0 and at most 604800 seconds"
    ])
    expect(problemsOf(withJobs(job({ timeout_seconds: -5 })))).toEqual([
      "schedules.jobs[0] (j).timeout_seconds: must be more than 0 and at most 604800 seconds"
    ])
  })

  it("rejects unknown notify targets", () => {
    expect(problemsOf(withJobs(job({ notify: ["memory", "pager"] })))).toEqual([
      "schedules.jobs[0] (j).notify[1]: must be one of \"memory\", \"slack\", \"desktop\", \"email\"; got \"pager\""
    ])
  })

  it("requires a script for python_script jobs", () => {
    expect(problemsOf(withJobs({ name: "py", cron: "* * * * *", execution_mode: "python_script" }))).toEqual([
      "schedules.jobs[0] (py).script: is required for execution_mode \"python_script\": the path of a Python file, relative to config.json's folder"
    ])
  })

  it("reports malformed JSON with line and column", () => {
    expect(problemsOf("{\n  \"schedules\": {\n    \"jobs\": [,]\n  }\n}")).toEqual([
      "malformed JSON at line 3, column 14: expected a value"
    ])
    expect(problemsOf("{\n  \"schedules\": {}")).toEqual(["malformed JSON at line 2, column 18: expected '}'"])
  })

  it("flags a misspelt field instead of ignoring it", () => {
    const [problem] = problemsOf(withJobs(job({ crn: "0 9 * * *" })))
    expect(problem).toBe("schedules.jobs[0] (j).crn: unknown key; did you mean \"cron\"?")
  })

  it("reports every problem in one pass", () => {
    const problems = problemsOf(
      withJobs(job({ name: "a", cron: "* * *" }), job({ name: "a", timezone: "Nope/Nope" }), job({ name: "c", timeout_seconds: -1 }))
    )
    expect(problems).toHaveLength(4)
    expect(problems.join("\n")).toContain("jobs[0] (a).cron")
    expect(problems.join("\n")).toContain("jobs[1] (a).timezone")
    expect(problems.join("\n")).toContain("jobs[2] (c).timeout_seconds")
    expect(problems.join("\n")).toContain("duplicate job name \"a\"")
  })

  it("names a jobs field that is not a list, and a job that is not an object", () => {
    expect(problemsOf({ schedules: { jobs: 5 } })).toEqual([
      "schedules.jobs: must be a list of jobs, e.g. [{\"name\": \"backup\", \"cron\": \"0 3 * * *\", \"skill\": \"backup\"}]; got 5"
    ])
    expect(problemsOf(withJobs(job(), null as unknown as Record<string, unknown>))).toEqual([
      "schedules.jobs[1]: must be a job object with at least \"name\" and \"cron\"; got null"
    ])
  })
})

describe("resolved jobs", () => {
  it("have every field, in one order, whatever config.json left out (one hidden class for all)", () => {
    const result = parseConfig(
      JSON.stringify(
        withJobs(
          job({ name: "bare" }),
          job({
            name: "full",
            description: "d",
            retry: { max_attempts: 2 },
            timezone: "Asia/Kolkata",
            execution_mode: "python_script",
            script: "x.py",
            working_dir: "/tmp"
          })
        )
      ),
      "config.json"
    )
    if (Either.isLeft(result)) throw new Error(result.left.message)
    const [bare, full] = resolveJobs(result.right.schedules)
    expect(Object.keys(bare!)).toEqual(Object.keys(full!))
    expect(bare).toMatchObject({ description: undefined, zone: "UTC", mode: "claude_cli" })
    expect(full).toMatchObject({ zone: "Asia/Kolkata", mode: "python_script", retryPolicy: { max_attempts: 2 } })
  })
})

describe("decoding again after an edit", () => {
  // the config in force, as ConfigService passes it: a parse is a function of the text and it
  let inForce: ConfigFile | undefined
  const parse = (config: unknown) => {
    const result = parseConfig(JSON.stringify(config), "config.json", inForce)
    if (Either.isLeft(result)) throw new Error(result.left.message)
    inForce = result.right
    return result.right.schedules.jobs
  }

  it("keeps an unchanged job's decoded object and decodes the changed one afresh", () => {
    const before = parse(withJobs(job({ name: "a" }), job({ name: "b" })))
    const after = parse(withJobs(job({ name: "a" }), job({ name: "b", cron: "30 9 * * *" }), job({ name: "c" })))
    expect(after[0]).toBe(before[0])
    expect(after[1]).not.toBe(before[1])
    expect(after.map((j) => [j.name, j.cron])).toEqual([["a", "0 9 * * *"], ["b", "30 9 * * *"], ["c", "0 9 * * *"]])
  })

  it("a change deep inside a job (an input's list) is a change; the same keys in another order are not", () => {
    const before = parse(withJobs(job({ name: "a", inputs: { topics: ["x", "y"], depth: { n: 1 } } })))
    const reordered = parse(withJobs({ inputs: { depth: { n: 1 }, topics: ["x", "y"] }, skill: "s", cron: "0 9 * * *", name: "a" }))
    expect(reordered[0]).toBe(before[0])
    const deeper = parse(withJobs(job({ name: "a", inputs: { topics: ["x", "z"], depth: { n: 1 } } })))
    expect(deeper[0]).not.toBe(before[0])
    expect(deeper[0]?.inputs).toEqual({ topics: ["x", "z"], depth: { n: 1 } })
    const nested = parse(withJobs(job({ name: "a", inputs: { topics: ["x", "z"], depth: { n: 2 } } })))
    expect(nested[0]?.inputs).toEqual({ topics: ["x", "z"], depth: { n: 2 } })
  })

  it("a field added to a job that was valid in the last parse is still checked: an unknown one is reported, a retry decoded", () => {
    const [first] = parse(withJobs(job({ name: "a" })))
    const [misspelt] = problemsOf(withJobs(job({ name: "a", crn: "0 9 * * *" })))
    expect(misspelt).toBe("schedules.jobs[0] (a).crn: unknown key; did you mean \"cron\"?")
    const [retrying] = parse(withJobs(job({ name: "a", retry: { max_attempts: 3 } })))
    expect(retrying).not.toBe(first)
    expect(retrying?.retry).toEqual({ max_attempts: 3, delay_seconds: 60, backoff_multiplier: 2, max_delay_seconds: 3600 })
    // the same retry written again decodes again (decoding fills its defaults), to the same values
    const [again] = parse(withJobs(job({ name: "a", retry: { max_attempts: 3 } })))
    expect(again?.retry).toEqual(retrying?.retry)
  })

  it("reports a problem in a job that was valid in the last parse, at its new position", () => {
    parse(withJobs(job({ name: "a" }), job({ name: "b" })))
    expect(problemsOf(withJobs(job({ name: "b" }), job({ name: "a", cron: "0 9 * *" })))).toEqual([
      "schedules.jobs[1] (a).cron: invalid cron \"0 9 * *\": has 4 fields; expected 5 (minute hour day-of-month month day-of-week) or 6 (second first)"
    ])
    // a rejected parse does not replace what the last valid one decoded
    const again = parse(withJobs(job({ name: "a" }), job({ name: "b" })))
    expect(again.map((j) => j.name)).toEqual(["a", "b"])
  })

  it("resolves an unchanged job to the same object while the schedule-wide settings are the same", () => {
    const first = parse({ schedules: { timezone: "UTC", jobs: [job()] } })
    const second = parse({ schedules: { timezone: "UTC", jobs: [job()], history_limit: 5 } })
    const third = parse({ schedules: { timezone: "Asia/Kolkata", jobs: [job()] } })
    const schedulesOf = (jobs: typeof first, timezone: string, history_limit = 100) => ({
      ...decodeSchedules({ timezone, history_limit }),
      jobs
    })
    const before = schedulesOf(first, "UTC")
    const resolution = { schedules: before, jobs: resolveJobs(before) }
    // the resolution of the config in force is passed in: a pure function of its inputs
    expect(resolveJobs(schedulesOf(second, "UTC", 5), resolution)[0]).toBe(resolution.jobs[0])
    expect(resolveJobs(schedulesOf(second, "UTC", 5))[0]).not.toBe(resolution.jobs[0])
    expect(resolveJobs(schedulesOf(third, "Asia/Kolkata"), resolution)[0]?.zone).toBe("Asia/Kolkata")
  })
})
