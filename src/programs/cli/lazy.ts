import { Effect, type Layer } from "effect"
import type * as Layers from "../layers.js"
import type { FileFlags } from "../layers.js"

// The parts of the CLI that only some commands use, loaded by those commands: the build
// keeps each a lazy part of the bundle whose modules run only when imported, so `--help`,
// `list`, `next` and `validate` never run nodemailer, nunjucks, yaml, dbus-next or chokidar
// (scripts/build.mjs, bench/cold-start).

export const loadLayers = Effect.promise(() => import("../layers.js"))
export const loadClient = Effect.promise(() => import("../client.js"))
export const loadDaemon = Effect.promise(() => import("../daemon.js"))
export const loadRunner = Effect.promise(() => import("../../layers/Runner.js"))
export const loadTargets = Effect.promise(() => import("../../layers/Targets.js"))
export const loadSkillEngine = Effect.promise(() => import("../../layers/SkillEngine.js"))

/** Provides `effect` with the layer `make` picks from the run-time layers, once they are loaded. */
export const withLayers =
  <ROut, LE, LR>(make: (layers: typeof Layers) => Layer.Layer<ROut, LE, LR>) => <A, E, R>(effect: Effect.Effect<A, E, R>) =>
    Effect.flatMap(loadLayers, (layers) => Effect.provide(effect, make(layers)))

/** Config, state, events and execution (`runtimeLayer`), loaded on first use. */
export const withRuntime = (flags: FileFlags, busAddress?: string) => withLayers((l) => l.runtimeLayer(flags, busAddress))
