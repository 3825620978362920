import { constants } from "node:fs"
import { open } from "node:fs/promises"

/** The largest config.json read: far above any sane one (10,000 jobs are ~2 MB). */
export const MAX_CONFIG_BYTES = 8 * 1024 * 1024

export class NotRegularFile extends Error {}
export class TooLarge extends Error {}

/**
 * Reads a regular file of at most `max` bytes, and nothing else: a FIFO, a device (a symlink
 * to /dev/zero) or a folder is refused without blocking (O_NONBLOCK), and a file over the limit
 * (or one growing past it while read) is refused after reading at most `max` + 1 bytes.
 * ENOENT and other errors pass through.
 */
export const readBoundedText = async (path: string, max = MAX_CONFIG_BYTES): Promise<string> => {
  const file = await open(path, constants.O_RDONLY | constants.O_NONBLOCK)
  try {
    const info = await file.stat()
    if (!info.isFile()) throw new NotRegularFile(`${path} is not a regular file (a FIFO, a device or a folder); config.json must be a file`)
    if (info.size > max) {
      throw new TooLarge(`${path} is ${(info.size / 1048576).toFixed(1)} MB; a config.json may be at most ${max / 1048576} MB`)
    }
    const buffer = Buffer.alloc(Math.min(max + 1, Math.max(info.size + 1, 64 * 1024)))
    let length = 0
    for (;;) {
      if (length === buffer.length) break
      const { bytesRead } = await file.read(buffer, length, buffer.length - length, length)
      if (bytesRead === 0) break
      length += bytesRead
    }
    if (length > max) throw new TooLarge(`${path} grew past ${max / 1048576} MB while it was read; a config.json may be at most that`)
    return buffer.subarray(0, length).toString("utf8")
  } finally {
    await file.close()
  }
}
