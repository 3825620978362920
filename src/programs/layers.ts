import { Layer, Option } from "effect"
import { ActiveConfig } from "../layers/ActiveConfig.js"
import { Calendar } from "../layers/Calendar.js"
import { ConfigWatcher } from "../layers/ConfigWatcher.js"
import { Control } from "../layers/Control.js"
import { CronEvaluator } from "../layers/CronEvaluator.js"
import { DaemonLock } from "../layers/DaemonLock.js"
import { type DBusOptions, DBusService } from "../layers/DBusService.js"
import { Events } from "../layers/Events.js"
import { Executor } from "../layers/Executor.js"
import { LogPruner } from "../layers/LogPruner.js"
import { Notifier } from "../layers/Notifier.js"
import { RunLog, StateRecorder } from "../layers/Recorder.js"
import { Reloader } from "../layers/Reloader.js"
import { Runner } from "../layers/Runner.js"
import { Scheduler } from "../layers/Scheduler.js"
import { SkillEngine } from "../layers/SkillEngine.js"
import { SleepWake } from "../layers/SleepWake.js"
import { StateStore } from "../layers/StateStore.js"
import { Targets } from "../layers/Targets.js"
import { filesLayer } from "./cli/options.js"

export interface FileFlags {
  readonly config: Option.Option<string>
  readonly state: Option.Option<string>
}

/** Config, state, events and execution: what any run needs, with its recorder, log and notifications. */
export const runtimeLayer = (flags: FileFlags, busAddress?: string) => {
  const base = Layer.mergeAll(StateStore.layer, Events.layer, ActiveConfig.layer, CronEvaluator.layer).pipe(
    Layer.provideMerge(Layer.merge(Calendar.layer, filesLayer(flags)))
  )
  // skills use the Targets as tools, so delivery sits below the Executor; the Notifier (when to notify) is a subscriber beside the recorder
  const execution = Executor.layer.pipe(
    Layer.provideMerge(SkillEngine.layer),
    Layer.provideMerge(Targets.layer({ busAddress })),
    Layer.provideMerge(base)
  )
  // provideMerge releases the outer layer first: runs stop, then consumers drain, then messages flush
  return Runner.layer.pipe(Layer.provideMerge(Layer.mergeAll(StateRecorder, RunLog, Notifier)), Layer.provideMerge(execution))
}

/** What loads skills (validate checks skill_direct jobs' files with it): config and delivery, no state. */
export const skillsLayer = (flags: FileFlags) =>
  SkillEngine.layer.pipe(
    Layer.provideMerge(Targets.layer({})),
    Layer.provideMerge(ActiveConfig.layer.pipe(Layer.provideMerge(Layer.merge(Calendar.layer, filesLayer(flags)))))
  )

/** The whole daemon: D-Bus is released first on the way down, then runs stop, then state is flushed. */
export const daemonLayer = (flags: FileFlags, dbus: DBusOptions) =>
  DBusService.layer(dbus).pipe(
    Layer.provideMerge(Control.layer),
    Layer.provideMerge(SleepWake.layer),
    Layer.provideMerge(ConfigWatcher),
    Layer.provideMerge(LogPruner),
    Layer.provideMerge(Reloader.layer),
    Layer.provideMerge(Scheduler.layer),
    // before any job fires: a second daemon on this state file stops here
    Layer.provideMerge(DaemonLock),
    Layer.provideMerge(runtimeLayer(flags, Option.getOrUndefined(dbus.address)))
  )
