import { configuredSecrets, logLevel, type LogLevel } from "./env";
import { redact, redactText } from "./log-redaction";

type Level = Exclude<LogLevel, "silent">;
const ORDER: Record<LogLevel, number> = {
  debug: 10,
  info: 20,
  warn: 30,
  error: 40,
  silent: 99,
};

function write(level: Level, message: string, fields?: Record<string, unknown>): void {
  if (ORDER[level] < ORDER[logLevel()]) return;
  // Secrets never reach a log line, whoever wrote the call (lib/log-redaction.ts).
  const secrets = configuredSecrets();
  const line = JSON.stringify({
    level,
    time: new Date().toISOString(),
    msg: redactText(message, secrets),
    ...(fields ? (redact(fields, secrets) as Record<string, unknown>) : {}),
  });
  if (level === "error" || level === "warn") console.error(line);
  else console.log(line);
}

/** Structured one-line JSON logs; `request_id` and similar context go in `fields`. */
export const logger = {
  debug: (message: string, fields?: Record<string, unknown>) => write("debug", message, fields),
  info: (message: string, fields?: Record<string, unknown>) => write("info", message, fields),
  warn: (message: string, fields?: Record<string, unknown>) => write("warn", message, fields),
  error: (message: string, fields?: Record<string, unknown>) => write("error", message, fields),
};
