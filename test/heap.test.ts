import { describe, expect, it } from "vitest"
import { MinHeap } from "../src/domain/heap.js"

describe("MinHeap", () => {
  it("pops in order of at, whatever the order of pushes", () => {
    const heap = new MinHeap<{ at: number; id: number }>()
    const values = Array.from({ length: 1000 }, (_, i) => ({ at: (i * 7919) % 1000, id: i }))
    for (const v of values) heap.push(v)
    const out: Array<number> = []
    for (let v = heap.pop(); v !== undefined; v = heap.pop()) out.push(v.at)
    expect(out).toEqual([...values.map((v) => v.at)].sort((a, b) => a - b))
  })

  it("retain drops what it is told to and keeps the order", () => {
    const heap = new MinHeap<{ at: number }>()
    for (const at of [5, 1, 4, 2, 3]) heap.push({ at })
    heap.retain((x) => x.at % 2 === 1)
    expect([heap.pop()?.at, heap.pop()?.at, heap.pop()?.at, heap.pop()]).toEqual([1, 3, 5, undefined])
  })
})
