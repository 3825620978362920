import { Layer, type Option } from "effect"
import { ActiveConfig } from "../layers/ActiveConfig.js"
import { Events } from "../layers/Events.js"
import { Executor } from "../layers/Executor.js"
import { RunLog, StateRecorder } from "../layers/Recorder.js"
import { Runner } from "../layers/Runner.js"
import { Scheduler } from "../layers/Scheduler.js"
import { StateStore } from "../layers/StateStore.js"
import { filesLayer } from "./cli/options.js"

export interface FileFlags {
  readonly config: Option.Option<string>
  readonly state: Option.Option<string>
}

/** Config, state, events and execution: what any run needs, with its recorder and log. */
export const runtimeLayer = (flags: FileFlags) => {
  const infra = Layer.mergeAll(StateStore.layer, Events.layer, ActiveConfig.layer, Executor.layer).pipe(
    Layer.provideMerge(filesLayer(flags))
  )
  // provideMerge releases the outer layer first: runs stop, then consumers drain, then infra closes
  return Runner.layer.pipe(Layer.provideMerge(Layer.mergeAll(StateRecorder, RunLog)), Layer.provideMerge(infra))
}

export const daemonLayer = (flags: FileFlags) => Scheduler.layer.pipe(Layer.provideMerge(runtimeLayer(flags)))
