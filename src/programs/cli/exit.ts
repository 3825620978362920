import { ValidationError } from "@effect/cli"
import type { Teardown } from "@effect/platform/Runtime"
import { Cause, Console, Effect, Exit, Option, Schema } from "effect"

/**
 * Exit codes: 0 success; 1 the thing asked for failed (invalid config, a failed
 * job, no daemon); 2 the invocation was wrong (unknown job, bad flag value).
 */
export class ExitCode extends Schema.TaggedError<ExitCode>()("ExitCode", { code: Schema.Number }) {}

/** Prints `message` on stderr, then ends the command with `code`. */
export const failWith = (code: number, message: string) => Console.error(message).pipe(Effect.zipRight(Effect.fail(new ExitCode({ code }))))

/** Errors that mean the command line named something wrong: exit 2. */
const USAGE = new Set(["UnknownJob", "InvalidArgument", "NotFound"])

const codeOf = (e: unknown): number => {
  const tag = typeof e === "object" && e !== null && "_tag" in e ? String(e._tag) : ""
  const kind = typeof e === "object" && e !== null && "kind" in e ? String(e.kind) : ""
  return USAGE.has(tag) || USAGE.has(kind) ? 2 : 1
}

/** Prints any error's message (not its stack) and exits 1, or 2 for a usage error; ExitCode passes through. */
export const reportErrors = <A, E extends { readonly message: string }, R>(
  self: Effect.Effect<A, E | ExitCode, R>
): Effect.Effect<A, ExitCode, R> =>
  Effect.catchAll(self, (e) => (e instanceof ExitCode ? Effect.fail(e) : failWith(codeOf(e), `bot-cron: ${e.message}`)))

const exitCodeOf = (exit: Exit.Exit<unknown, unknown>): number => {
  if (Exit.isSuccess(exit)) return 0
  // interrupted (SIGINT/SIGTERM): 0 (the daemon's normal stop) unless the command set another code (run-job: 130/143)
  if (Cause.isInterruptedOnly(exit.cause)) return typeof process.exitCode === "number" ? process.exitCode : 0
  const failure = Cause.failureOption(exit.cause)
  if (Option.isNone(failure)) return 1
  const error: unknown = failure.value
  if (error instanceof ExitCode) return error.code
  return ValidationError.isValidationError(error) ? 2 : 1
}

/**
 * Exits with the command's code once stdout and stderr have drained: a pipe whose reader is
 * slower than the command (`bot-cron validate | less`) still gets every byte.
 */
export const teardown: Teardown = (exit, onExit) => {
  const code = exitCodeOf(exit)
  let pending = 2
  const drained = () => {
    if (--pending === 0) onExit(code)
  }
  process.stdout.write("", drained)
  process.stderr.write("", drained)
}
