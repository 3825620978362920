// Appends N entries to a memory log as fast as it can: one of two concurrent writers in a test.
import { Effect } from "effect"
import { appendMemory } from "../../src/layers/notify/memory.js"

const [dir = ".", who = "?", count = "50"] = process.argv.slice(2)
await Effect.runPromise(
  Effect.forEach(
    Array.from({ length: Number(count) }, (_, i) => i),
    (i) => appendMemory(dir, "2026-11-27T12:00:00+00:00", "cron: test", { who, i }),
    { concurrency: 10, discard: true }
  )
)
