import { Effect, Layer } from "effect"
import { StateInUse } from "../domain/errors.js"
import { holdExclusive } from "./files/file-lock.js"
import { Paths } from "./Paths.js"

/** The lock file that says a daemon runs on a state file (its pid inside, for the message). */
export const daemonLockPath = (statePath: string) => `${statePath}.daemon.lock`

/**
 * One daemon per state file: a second one (on another bus, or with --no-dbus) is refused at
 * start with the first one's pid. The kernel releases the lock when the daemon exits, however.
 */
export const DaemonLock = Layer.scopedDiscard(
  Effect.flatMap(Paths, ({ state }) =>
    holdExclusive(daemonLockPath(state)).pipe(
      Effect.mapError((e) =>
        e instanceof Error
          ? new StateInUse({ path: state, pid: null, reason: e.message })
          : new StateInUse({ path: state, pid: e.holder ?? null })
      )
    ))
)
