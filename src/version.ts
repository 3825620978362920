declare const __BOT_CRON_VERSION__: string | undefined

/** Set by the bundler from package.json; "dev" when run from source. */
export const VERSION: string = typeof __BOT_CRON_VERSION__ === "string" ? __BOT_CRON_VERSION__ : "dev"
