import { Effect } from "effect"
import nodemailer from "nodemailer"
import type { Notifications } from "../../domain/config.js"
import { NotifyError } from "../../domain/errors.js"
import type { Notice } from "../../domain/notice.js"
import { readSecret } from "./secret.js"

/** SMTP with STARTTLS (or not, when starttls is false) and AUTH; the password comes from an env var or a file. */
export const sendEmail = (settings: NonNullable<Notifications["email"]>, notice: Notice, configDir: string) =>
  Effect.gen(function*() {
    const fail = (reason: string) => new NotifyError({ target: "email", reason })
    const password = settings.password_env === undefined && settings.password_file === undefined
      ? undefined
      : yield* readSecret("email", "SMTP password", { env: settings.password_env, file: settings.password_file }, configDir)
    const transport = nodemailer.createTransport({
      host: settings.host,
      port: settings.port,
      secure: settings.port === 465,
      requireTLS: settings.starttls && settings.port !== 465,
      ignoreTLS: !settings.starttls,
      connectionTimeout: settings.timeout_seconds * 1000,
      greetingTimeout: settings.timeout_seconds * 1000,
      socketTimeout: settings.timeout_seconds * 1000,
      ...(settings.username === undefined ? {} : { auth: { user: settings.username, pass: password ?? "" } })
    })
    const info = yield* Effect.tryPromise({
      try: () =>
        transport.sendMail({
          from: settings.from,
          to: [...settings.to],
          subject: notice.title,
          text: `${notice.lines.join("\n")}\n`
        }),
      catch: (e) => fail(`${(e as { code?: string }).code ?? "error"}: ${(e as Error).message}`.replace(password ?? "\u0000", "(hidden)"))
    }).pipe(Effect.ensuring(Effect.sync(() => transport.close())))
    return `sent to ${settings.to.join(", ")} (${info.response})`
  })
