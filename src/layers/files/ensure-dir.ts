import { mkdirSync, statSync } from "node:fs"
import { dirname } from "node:path"

/**
 * Creates `dir` and its missing parents (0700), one level at a time. Node's recursive mkdir
 * spins forever under /proc (a state path there froze the daemon and SIGTERM could not end it);
 * this fails at once instead, and says when a parent is a file.
 */
export const ensureDirSync = (dir: string): void => {
  const missing: Array<string> = []
  for (let d = dir;; d = dirname(d)) {
    try {
      if (!statSync(d).isDirectory()) throw new Error(`${d} is a file, not a folder`)
      break
    } catch (e) {
      // missing, or under a file (ENOTDIR): the walk up finds which
      if (!["ENOENT", "ENOTDIR"].includes((e as NodeJS.ErrnoException).code ?? "")) throw e
      missing.push(d)
      if (dirname(d) === d) break
    }
  }
  for (const d of missing.reverse()) {
    try {
      mkdirSync(d, { mode: 0o700 })
    } catch (e) {
      // another writer (a second process) made it meanwhile: fine when it is a folder
      if ((e as NodeJS.ErrnoException).code !== "EEXIST" || !statSync(d).isDirectory()) throw e
    }
  }
}

/** `ensureDirSync` for async callers: the same walk (a stat per level, local and quick). */
export const ensureDir = async (dir: string): Promise<void> => ensureDirSync(dir)
