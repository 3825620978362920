import { Effect, FiberSet, Deferred, PubSub } from "effect"
import { performance } from "node:perf_hooks"
const N = 2000
for (let round = 0; round < 5; round++) {
  const times: number[] = []
  const t0 = performance.now()
  await Effect.runPromise(Effect.scoped(Effect.gen(function* () {
    const set = yield* FiberSet.make()
    const done = yield* Deferred.make<void>()
    const pub = yield* PubSub.unbounded<number>()
    let k = 0
    for (let i = 0; i < N; i++) {
      yield* FiberSet.run(set, Effect.suspend(() => { times.push(performance.now() - t0); if (++k === N) return Deferred.succeed(done, undefined); return Effect.never }))
    }
    yield* Deferred.await(done)
  })))
  times.sort((a,b)=>a-b)
  console.log(`round ${round}: first ${times[0].toFixed(2)} p99 ${times[Math.floor(0.99*N)].toFixed(2)} max ${times.at(-1)!.toFixed(2)} ms`)
}
