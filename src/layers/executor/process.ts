import { Effect } from "effect"
import { spawn } from "node:child_process"
import { createWriteStream, mkdirSync } from "node:fs"
import { dirname } from "node:path"

export interface ProcessRequest {
  readonly argv: readonly [string, ...Array<string>]
  readonly cwd: string
  readonly env: Record<string, string | undefined>
  readonly stdin: string
  readonly logFile: string
  /** lines written at the top of the session log */
  readonly header: ReadonlyArray<string>
  /** the time now, as the footer's `ended` line shows it */
  readonly now: () => string
}

export interface ProcessOutcome {
  readonly exitCode: number | null
  readonly signal: string | null
  /** set when the process could not be started at all */
  readonly spawnError: string | null
  readonly stdoutTail: string
  readonly stderrTail: string
}

/** Bytes of each stream kept in memory: the whole output goes to the session log only. */
export const TAIL_BYTES = 64 * 1024
/** After SIGTERM, how long the process group has before SIGKILL. */
export const KILL_GRACE_MS = 10_000
/** After the leader exits, how long to wait for its pipes to close. */
const DRAIN_MS = 2_000

class Tail {
  private chunks: Array<string> = []
  private size = 0
  push(chunk: string): void {
    this.chunks.push(chunk)
    this.size += chunk.length
    while (this.size > TAIL_BYTES && this.chunks.length > 1) this.size -= this.chunks.shift()?.length ?? 0
  }
  text(): string {
    const all = this.chunks.join("")
    return all.length > TAIL_BYTES ? all.slice(-TAIL_BYTES) : all
  }
}

/** Signals a whole process group; a group that is already gone is fine. */
export const signalGroup = (pid: number | undefined, signal: NodeJS.Signals): void => {
  if (pid === undefined) return
  try {
    process.kill(-pid, signal)
  } catch {
    // the group is already gone
  }
}

/**
 * Runs argv (never through a shell) as the leader of its own process group, streaming
 * output to the session log. Interrupting the effect ends the whole group: SIGTERM,
 * then SIGKILL after KILL_GRACE_MS, and it waits for the leader to be gone.
 */
export const runProcess = (request: ProcessRequest): Effect.Effect<ProcessOutcome> => Effect.suspend(() => startProcess(request))

/**
 * `runProcess`, with the process spawned now, before this returns: the effect returned
 * waits for its outcome (and ends the group when interrupted). Run that effect: it is
 * what reaps the process and ends it on interruption.
 */
export const startProcess = (request: ProcessRequest): Effect.Effect<ProcessOutcome> => {
  mkdirSync(dirname(request.logFile), { recursive: true, mode: 0o700 })
  const log = createWriteStream(request.logFile, { flags: "a", mode: 0o600 })
  log.write(`${request.header.join("\n")}\n---\n`)
  const stdout = new Tail()
  const stderr = new Tail()
  const [command, ...args] = request.argv
  const child = spawn(command, args, {
    cwd: request.cwd,
    env: request.env,
    detached: true,
    stdio: ["pipe", "pipe", "pipe"]
  })
  let exited = false
  let spawnError: string | null = null
  let outcome: ProcessOutcome | undefined
  let waiter: ((outcome: ProcessOutcome) => void) | undefined
  const finish = (exitCode: number | null, signal: string | null) => {
    const tail = [
      `---`,
      `# ended: ${request.now()}`,
      `# exit: ${spawnError ?? (signal === null ? `code ${exitCode}` : `signal ${signal}`)}`
    ]
    log.end(`${tail.join("\n")}\n`, () => {
      outcome = { exitCode, signal, spawnError, stdoutTail: stdout.text(), stderrTail: stderr.text() }
      waiter?.(outcome)
    })
  }
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout.push(chunk), log.write(chunk)))
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr.push(chunk), log.write(chunk)))
  child.stdin.on("error", () => undefined) // a child that does not read its stdin is fine
  child.stdin.end(request.stdin)
  child.on("error", (e) => {
    spawnError = `cannot start ${command}: ${e.message}`
    if (!exited) {
      exited = true
      finish(null, null)
    }
  })
  child.on("exit", (code, signal) => {
    if (exited) return
    exited = true
    // grandchildren may still hold the pipes: give them a moment, then stop reading
    const drain = setTimeout(() => (child.stdout.destroy(), child.stderr.destroy()), DRAIN_MS)
    let closed = 0
    const onClose = () => {
      if (++closed === 2) {
        clearTimeout(drain)
        finish(code, signal)
      }
    }
    if (child.stdout.closed) onClose()
    else child.stdout.once("close", onClose)
    if (child.stderr.closed) onClose()
    else child.stderr.once("close", onClose)
  })
  return Effect.async<ProcessOutcome>((resume) => {
    if (outcome !== undefined) return resume(Effect.succeed(outcome))
    waiter = (o) => resume(Effect.succeed(o))
    return Effect.async<void>((done) => {
      if (exited) {
        signalGroup(child.pid, "SIGKILL")
        return done(Effect.void)
      }
      signalGroup(child.pid, "SIGTERM")
      const kill = setTimeout(() => signalGroup(child.pid, "SIGKILL"), KILL_GRACE_MS)
      child.once("exit", () => {
        clearTimeout(kill)
        signalGroup(child.pid, "SIGKILL") // whatever of the group outlived its leader
        done(Effect.void)
      })
    })
  })
}
