import { Options } from "@effect/cli"
import * as NodeFileSystem from "@effect/platform-node/NodeFileSystem"
import * as NodePath from "@effect/platform-node/NodePath"
import * as NodeTerminal from "@effect/platform-node/NodeTerminal"
import { Layer, type Option } from "effect"
import { ConfigService } from "../../layers/ConfigService.js"
import { Paths } from "../../layers/Paths.js"

export const configOption = Options.text("config").pipe(
  Options.withDescription("config.json to use (default: $BOT_CRON_CONFIG, else $XDG_CONFIG_HOME/aa-workflow/config.json)"),
  Options.optional
)
export const stateOption = Options.text("state").pipe(
  Options.withDescription("state file to use (default: $BOT_CRON_STATE, else $XDG_CONFIG_HOME/aa-workflow/cron_state.json)"),
  Options.optional
)
export const busAddressOption = Options.text("bus-address").pipe(
  Options.withDescription("D-Bus address to use instead of $DBUS_SESSION_BUS_ADDRESS"),
  Options.optional
)
export const jsonOption = Options.boolean("json").pipe(Options.withDescription("print JSON for scripts"))

/**
 * What the CLI and the daemon use of the platform: files, paths and the terminal
 * (@effect/cli's). NodeContext would add the command executor and worker manager,
 * which nothing uses: their modules are ~3 ms of every start.
 */
export const platformLayer = Layer.mergeAll(NodeFileSystem.layer, NodePath.layer, NodeTerminal.layer)

/** The file services a command needs, from its --config/--state flags. */
export const filesLayer = (flags: { readonly config: Option.Option<string>; readonly state?: Option.Option<string> }) => {
  const paths = Paths.layer({ config: flags.config, ...(flags.state ? { state: flags.state } : {}) })
  return Layer.mergeAll(paths, ConfigService.layer.pipe(Layer.provide(paths))).pipe(
    Layer.provideMerge(platformLayer)
  )
}
