/** The control plane's names, as DESIGN.md's contract gives them. */
export const BUS_NAME = "com.aiworkflow.BotCron"
export const OBJECT_PATH = "/com/aiworkflow/BotCron"
export const INTERFACE_NAME = "com.aiworkflow.BotCron"
export const ERROR_PREFIX = "com.aiworkflow.BotCron.Error"

/** D-Bus error kind for each of our tagged errors. */
export const ERROR_KIND: Record<string, string> = {
  UnknownJob: "UnknownJob",
  InvalidArgument: "InvalidArgument",
  ConfigInvalid: "InvalidConfig",
  ConfigNotFound: "ConfigUnreadable",
  ConfigReadError: "ConfigUnreadable",
  NotFound: "NotFound",
  StateWriteError: "StateWriteFailed"
}

/** Parameter names of each handler, for CallMethod with a JSON object of arguments. */
export const PARAMS: Record<string, ReadonlyArray<string>> = {
  run_job: ["job_name"],
  list_jobs: [],
  get_history: ["limit"],
  toggle_scheduler: ["enabled"],
  toggle_job: ["job_name", "enabled"],
  get_config: ["section", "key"],
  update_config: ["section", "key", "value"],
  reload_config: [],
  GetStatus: [],
  HealthCheck: [],
  GetStats: [],
  Ping: []
}
