import { open, rename, unlink } from "node:fs/promises"
import { dirname } from "node:path"
import { ensureDir } from "./ensure-dir.js"

let sequence = 0

/**
 * Replaces `path` with `text` so that a crash at any instant leaves either the old
 * file or the new one: write a temp file beside it, fsync, rename, fsync the folder.
 * The file is the user's alone (0600, or `mode`: an edited file keeps its own) in a folder
 * that is too (0700 when created).
 */
export const writeFileAtomic = async (path: string, text: string, mode = 0o600): Promise<void> => {
  const dir = dirname(path)
  await ensureDir(dir)
  const temp = `${path}.tmp-${process.pid}-${++sequence}`
  try {
    const file = await open(temp, "w", mode)
    try {
      // open's mode is masked by the umask: a mode wider than 0600 (an edited config.json's) is set again
      if (mode !== 0o600) await file.chmod(mode)
      await file.writeFile(text, "utf8")
      await file.sync()
    } finally {
      await file.close()
    }
    await rename(temp, path)
  } catch (e) {
    await unlink(temp).catch(() => undefined)
    throw e
  }
  const folder = await open(dir, "r")
  try {
    await folder.sync()
  } finally {
    await folder.close()
  }
}
