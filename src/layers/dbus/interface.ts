import dbus from "dbus-next"
import { INTERFACE_NAME } from "./contract.js"

/** What the exported object does; every method resolves or throws a named DBusError. */
export interface Handlers {
  readonly run_job: (job: string) => Promise<string>
  readonly list_jobs: () => Promise<string>
  readonly get_history: (limit: number) => Promise<string>
  readonly toggle_scheduler: (enabled: string) => Promise<boolean>
  readonly toggle_job: (job: string, enabled: string) => Promise<boolean>
  readonly get_config: (section: string, key: string) => Promise<string>
  readonly update_config: (section: string, key: string, value: string) => Promise<boolean>
  readonly reload_config: () => Promise<boolean>
  readonly GetStatus: () => Promise<string>
  readonly HealthCheck: () => Promise<string>
  readonly CallMethod: (name: string, args: string) => Promise<string>
  readonly GetStats: () => Promise<string>
  readonly Ping: () => Promise<string>
  readonly Shutdown: () => Promise<string>
  readonly running: () => boolean
  readonly stats: () => string
}

export interface BotCronObject extends dbus.interface.Interface {
  JobStarted(job: string, executionId: string): void
  JobCompleted(job: string, executionId: string, result: string): void
  JobFailed(job: string, executionId: string, error: string): void
  SchedulerToggled(enabled: boolean): void
}

const methods: Record<keyof Omit<Handlers, "running" | "stats">, [string, string]> = {
  run_job: ["s", "s"],
  list_jobs: ["", "s"],
  get_history: ["i", "s"],
  toggle_scheduler: ["s", "b"],
  toggle_job: ["ss", "b"],
  get_config: ["ss", "s"],
  update_config: ["sss", "b"],
  reload_config: ["", "b"],
  GetStatus: ["", "s"],
  HealthCheck: ["", "s"],
  CallMethod: ["ss", "s"],
  GetStats: ["", "s"],
  Ping: ["", "s"],
  Shutdown: ["", "s"]
}

/** Builds the exported object without decorators (Interface.configureMembers). */
export const makeInterface = (handlers: Handlers): BotCronObject => {
  class BotCron extends dbus.interface.Interface {
    get Running(): boolean {
      return handlers.running()
    }
    get Stats(): string {
      return handlers.stats()
    }
    JobStarted(job: string, executionId: string) {
      return [job, executionId]
    }
    JobCompleted(job: string, executionId: string, result: string) {
      return [job, executionId, result]
    }
    JobFailed(job: string, executionId: string, error: string) {
      return [job, executionId, error]
    }
    SchedulerToggled(enabled: boolean) {
      return enabled
    }
  }
  const proto = BotCron.prototype as unknown as Record<string, unknown>
  for (const name of Object.keys(methods) as Array<keyof typeof methods>) {
    proto[name] = (...args: Array<never>) => (handlers[name] as (...a: Array<never>) => Promise<unknown>)(...args)
  }
  BotCron.configureMembers({
    properties: {
      Running: { signature: "b", access: dbus.interface.ACCESS_READ },
      Stats: { signature: "s", access: dbus.interface.ACCESS_READ }
    },
    methods: Object.fromEntries(
      Object.entries(methods).map(([name, [inSignature, outSignature]]) => [name, { inSignature, outSignature }])
    ),
    signals: {
      JobStarted: { signature: "ss" },
      JobCompleted: { signature: "sss" },
      JobFailed: { signature: "sss" },
      SchedulerToggled: { signature: "b" }
    }
  })
  return new BotCron(INTERFACE_NAME) as unknown as BotCronObject
}
