import { Effect, Schedule, type Scope } from "effect"
import { tryLock, unlock } from "fs-native-extensions"
import { closeSync, ftruncateSync, openSync, readFileSync, writeSync } from "node:fs"
import { dirname } from "node:path"
import { ensureDirSync } from "./ensure-dir.js"

/**
 * Locks are advisory locks on an open descriptor (flock-style, from fs-native-extensions): the
 * kernel releases one when its holder exits, however it exits, so there is never a stale lock
 * to take over. The lock file itself stays; its content is only a note of the holder's pid.
 */
class LockBusy {
  readonly _tag = "LockBusy"
}

const openLockFile = (lockPath: string): number => {
  ensureDirSync(dirname(lockPath))
  return openSync(lockPath, "a+", 0o600)
}

const release = (fd: number) =>
  Effect.sync(() => {
    try {
      unlock(fd)
    } finally {
      closeSync(fd)
    }
  })

/** Takes the lock on `lockPath` now, or fails with LockBusy; held until the scope closes. */
const tryHold = (lockPath: string): Effect.Effect<number, LockBusy | Error, Scope.Scope> =>
  Effect.acquireRelease(
    Effect.try({
      try: () => {
        const fd = openLockFile(lockPath)
        if (tryLock(fd)) return fd
        closeSync(fd)
        throw new LockBusy()
      },
      catch: (e) => (e instanceof LockBusy ? e : new Error(`cannot lock ${lockPath}: ${e instanceof Error ? e.message : String(e)}`))
    }),
    release
  )

/**
 * Runs `effect` holding the lock on `lockPath`, so that the daemon and a `bot-cron disable`
 * never interleave their read-modify-write. Waits up to about 20 s for another holder.
 */
export const withFileLock = <A, E, R>(lockPath: string, effect: Effect.Effect<A, E, R>): Effect.Effect<A, E | Error, R> =>
  Effect.scoped(
    tryHold(lockPath).pipe(
      Effect.retry({
        // up to ~20 s: a lock is held for milliseconds, but a loaded machine can queue many writers
        schedule: Schedule.spaced("10 millis").pipe(Schedule.intersect(Schedule.recurs(2000))),
        while: (e) => e instanceof LockBusy
      }),
      Effect.mapError((e) => (e instanceof LockBusy ? new Error(`${lockPath} is held by another bot-cron process`) : e)),
      Effect.zipRight(effect)
    )
  )

/** The pid a held lock file names, if it names one. */
export const lockHolder = (lockPath: string): number | undefined => {
  try {
    const pid = Number(readFileSync(lockPath, "utf8").trim())
    return Number.isInteger(pid) && pid > 0 ? pid : undefined
  } catch {
    return undefined
  }
}

/**
 * Holds `lockPath` for the scope's life, with this process's pid in it; fails at once with the
 * holder's pid when another process has it. What keeps two daemons off one state file.
 */
export const holdExclusive = (lockPath: string): Effect.Effect<void, { readonly holder: number | undefined } | Error, Scope.Scope> =>
  tryHold(lockPath).pipe(
    Effect.catchIf((e): e is LockBusy => e instanceof LockBusy, () => Effect.fail({ holder: lockHolder(lockPath) })),
    Effect.tap((fd) =>
      Effect.sync(() => {
        ftruncateSync(fd, 0)
        writeSync(fd, `${process.pid}\n`, 0)
      })
    ),
    Effect.asVoid
  )
