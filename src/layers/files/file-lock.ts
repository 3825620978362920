import { Effect, Schedule } from "effect"
import { mkdir, open, readFile, unlink } from "node:fs/promises"
import { dirname } from "node:path"

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0)
    return true
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM"
  }
}

class LockBusy {
  readonly _tag = "LockBusy"
}

const tryAcquire = (lockPath: string) =>
  Effect.tryPromise({
    try: async () => {
      await mkdir(dirname(lockPath), { recursive: true, mode: 0o700 })
      try {
        const file = await open(lockPath, "wx", 0o600)
        await file.writeFile(String(process.pid))
        await file.close()
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e
        // a lock left by a process that died is taken over
        const holder = Number(await readFile(lockPath, "utf8").catch(() => ""))
        if (Number.isInteger(holder) && holder > 0 && !alive(holder)) await unlink(lockPath).catch(() => undefined)
        throw new LockBusy()
      }
    },
    catch: (e) => (e instanceof LockBusy ? e : new Error(`cannot lock ${lockPath}: ${String(e)}`))
  })

/**
 * Runs `effect` holding `lockPath` (an O_EXCL lock file with the holder's pid), so
 * that the daemon and a `bot-cron disable` never interleave their read-modify-write.
 * Waits up to about 5 s for another holder.
 */
export const withFileLock = <A, E, R>(lockPath: string, effect: Effect.Effect<A, E, R>) =>
  Effect.acquireUseRelease(
    tryAcquire(lockPath).pipe(
      Effect.retry({
        schedule: Schedule.spaced("10 millis").pipe(Schedule.intersect(Schedule.recurs(500))),
        while: (e) => e instanceof LockBusy
      }),
      Effect.mapError((e) => (e instanceof LockBusy ? new Error(`${lockPath} is held by another bot-cron process`) : e))
    ),
    () => effect,
    () => Effect.promise(() => unlink(lockPath).catch(() => undefined))
  )
