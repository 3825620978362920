import { Effect, Option, type Scope } from "effect"
import { spawn } from "node:child_process"
import { createWriteStream } from "node:fs"
import { dirname } from "node:path"
import { ensureDirSync } from "../files/ensure-dir.js"
import { groupHasLiveMembers, sessionProcesses, signalProcesses } from "../files/proc.js"
import { inScope, killScope } from "./systemd-scope.js"

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
  /** sees every chunk of stdout as it comes (a stream reader, an idle watch) */
  readonly onStdout?: (chunk: string) => void
  /** a transient systemd scope (unit name) to run argv in: see systemd-scope.ts */
  readonly systemdScope?: string | undefined
}

export interface ProcessOutcome {
  readonly exitCode: number | null
  readonly signal: string | null
  /** set when the process could not be started at all */
  readonly spawnError: string | null
  readonly stdoutTail: string
  readonly stderrTail: string
}

/** Bytes of each stream kept in memory: the output goes to the session log only. */
export const TAIL_BYTES = 64 * 1024
/** A session log's output is cut at this size (the last TAIL_BYTES are still in the history's preview and error). */
export const LOG_CAP_BYTES = 16 * 1024 * 1024
/** After SIGTERM, how long the process group has before SIGKILL. */
export const KILL_GRACE_MS = 10_000
/** After the leader exits, how long to wait for its pipes to close. */
const DRAIN_MS = 2_000
/** While the leader's group still has members, how often to look again. */
const GROUP_POLL_MS = 200

/**
 * Whether a live process is still in the process group `pgid`: the kernel's answer first (cheap),
 * then /proc, since a zombie nobody reaps (a container's init may not) counts for the kernel.
 */
const groupAlive = (pgid: number | undefined): boolean => {
  if (pgid === undefined) return false
  try {
    process.kill(-pgid, 0)
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "EPERM") return false
  }
  return groupHasLiveMembers(pgid)
}

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

/** Waits for a promise; interruptible even where it runs (a finalizer), so a timeout can end the wait. */
const awaitPromise = <A>(promise: Promise<A>) => Effect.interruptible(Effect.promise(() => promise))

/**
 * Spawns argv (never through a shell) when it runs, as the leader of its own process
 * group, streaming output to the session log; it gives the effect that waits for the
 * outcome. Closing the scope ends the whole group: SIGTERM, then SIGKILL after
 * KILL_GRACE_MS (on the Clock) if the leader is still there, and whatever of the group
 * outlived its leader.
 */
export const spawnProcess = (request: ProcessRequest): Effect.Effect<Effect.Effect<ProcessOutcome>, never, Scope.Scope> =>
  Effect.acquireRelease(Effect.sync(() => start(request)), (p) => p.terminate).pipe(Effect.map((p) => p.outcome))

/** `spawnProcess`, waited for, with the group ended at the end. */
export const runProcess = (request: ProcessRequest): Effect.Effect<ProcessOutcome> => Effect.scoped(Effect.flatten(spawnProcess(request)))

const start = (request: ProcessRequest) => {
  ensureDirSync(dirname(request.logFile))
  const log = createWriteStream(request.logFile, { flags: "a", mode: 0o600 })
  // a log that cannot be written (a full disk) loses its text, never the daemon
  log.on("error", () => undefined)
  const scopeLine = request.systemdScope === undefined ? [] : [`# systemd scope: ${request.systemdScope}`]
  log.write(`${[...request.header, ...scopeLine].join("\n")}\n---\n`)
  let logged = 0
  const toLog = (chunk: string) => {
    if (logged > LOG_CAP_BYTES) return
    logged += Buffer.byteLength(chunk)
    if (logged <= LOG_CAP_BYTES) log.write(chunk)
    else {log.write(
        `\n# output past ${LOG_CAP_BYTES / 1048576} MB is not kept in this log (the run's last 64 KiB are in its history entry)\n`
      )}
  }
  const stdout = new Tail()
  const stderr = new Tail()
  const [command, ...args] = request.systemdScope === undefined ? request.argv : inScope(request.systemdScope, request.argv)
  const child = spawn(command, args, {
    cwd: request.cwd,
    env: request.env,
    detached: true,
    stdio: ["pipe", "pipe", "pipe"]
  })
  let spawnError: string | null = null
  let exited = false
  const exit = new Promise<{ readonly code: number | null; readonly signal: string | null }>((resolve) => {
    child.once("error", (e) => {
      if (exited) return
      exited = true
      spawnError = `cannot start ${command}: ${e.message}`
      resolve({ code: null, signal: null })
    })
    child.once("exit", (code, signal) => {
      exited = true
      resolve({ code, signal })
    })
  })
  const closed = (stream: NodeJS.ReadableStream & { readonly closed: boolean }) =>
    new Promise<void>((resolve) => (stream.closed ? resolve() : stream.once("close", () => resolve())))
  const pipesClosed = Promise.all([closed(child.stdout), closed(child.stderr)])
  const onStdout = request.onStdout
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
    stdout.push(chunk)
    toLog(chunk)
    onStdout?.(chunk)
  })
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr.push(chunk), toLog(chunk)))
  child.stdin.on("error", () => undefined) // a child that does not read its stdin is fine
  child.stdin.end(request.stdin)

  let footer: Promise<void> | undefined
  const endLog = (
    lines: ReadonlyArray<string>
  ) => (footer ??= new Promise<void>((resolve) => log.end(`${lines.join("\n")}\n`, () => resolve())))

  /**
   * After the leader exits, the run is not over while its process group has members (children it
   * left running): they are waited for, within the job's timeout. Then the pipes (a process that
   * left the group may hold them) get DRAIN_MS, then the log's footer.
   */
  const outcome = Effect.gen(function*() {
    const { code, signal } = yield* awaitPromise(exit)
    while (spawnError === null && groupAlive(child.pid)) yield* Effect.sleep(GROUP_POLL_MS)
    if (spawnError === null && Option.isNone(yield* awaitPromise(pipesClosed).pipe(Effect.timeoutOption(DRAIN_MS)))) {
      child.stdout.destroy()
      child.stderr.destroy()
    }
    yield* awaitPromise(
      endLog([`---`, `# ended: ${request.now()}`, `# exit: ${spawnError ?? (signal === null ? `code ${code}` : `signal ${signal}`)}`])
    )
    return { exitCode: code, signal, spawnError, stdoutTail: stdout.text(), stderrTail: stderr.text() } satisfies ProcessOutcome
  })

  const session = request.env["BOT_CRON_SESSION_ID"]
  const terminate = Effect.gen(function*() {
    const cutShort = !exited || groupAlive(child.pid)
    if (!exited) {
      signalGroup(child.pid, "SIGTERM")
      if (Option.isNone(yield* awaitPromise(exit).pipe(Effect.timeoutOption(KILL_GRACE_MS)))) signalGroup(child.pid, "SIGKILL")
      yield* awaitPromise(exit)
    }
    signalGroup(child.pid, "SIGKILL") // whatever of the group outlived its leader
    // under systemd the run's scope holds its whole tree, whatever it did to its group and environment
    if (cutShort && request.systemdScope !== undefined) {
      yield* killScope(request.systemdScope)
      log.write(`\n# ended the systemd scope ${request.systemdScope} (every process still in it)\n`)
    }
    // a run cut short (timeout, hung, cancelled): processes that left its group (setsid, a double
    // fork) are found by their BOT_CRON_SESSION_ID and ended too
    if (cutShort && session !== undefined) {
      const escaped = sessionProcesses(new Set([session])).filter((p) => p.session === session)
      if (escaped.length > 0) {
        signalProcesses(escaped, "SIGKILL")
        log.write(
          `\n# ended ${escaped.length} process${escaped.length === 1 ? "" : "es"} that had left the job's process group: ${
            escaped.map((p) => p.pid).join(", ")
          }\n`
        )
      }
    }
    yield* Effect.ignore(outcome) // the log's footer, when the run was cut short
  })

  return { outcome, terminate }
}
