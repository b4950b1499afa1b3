import { env } from "@/lib/shared/env";
import { currentRequestId } from "@/lib/shared/request-context";
import { redactTokens } from "@/lib/shared/tokens";

const LEVELS = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 } as const;
type Level = Exclude<keyof typeof LEVELS, "silent">;

// Keys whose values never reach a log line, whatever the caller passes.
const SECRET_KEYS = /secret|password|authorization|token|card_?number|cvc|cvv|iban/i;

/**
 * An error's message as it may be logged. Database drivers put the failed query's parameters in
 * it (drizzle: "Failed query: … params: …"), i.e. whole notification bodies with customers'
 * names, addresses and link tokens: those go, and whatever still looks like a token is masked.
 */
export function scrubErrorMessage(message: string): string {
  const withoutParams = message.split(/\r?\nparams:/)[0] ?? "";
  const masked = redactTokens(withoutParams);
  return masked.length > 600 ? `${masked.slice(0, 600)}…` : masked;
}

function redact(value: unknown, depth = 0): unknown {
  if (depth > 4 || value === null || typeof value !== "object") return value;
  if (value instanceof Error) return { name: value.name, message: scrubErrorMessage(value.message) };
  if (Array.isArray(value)) return value.map((v) => redact(v, depth + 1));
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, SECRET_KEYS.test(k) ? "[redacted]" : redact(v, depth + 1)]),
  );
}

function write(level: Level, scope: string, message: string, data?: unknown) {
  if (LEVELS[level] < LEVELS[env.logLevel]) return;
  const rid = currentRequestId();
  const line = JSON.stringify({ t: new Date().toISOString(), level, scope, message, ...(rid ? { rid } : {}), ...(data === undefined ? {} : { data: redact(data) }) });
  if (level === "error" || level === "warn") console.error(line);
  else console.log(line);
}

/** Structured, redacting logger: one JSON line per call. */
export const log = {
  debug: (scope: string, message: string, data?: unknown) => write("debug", scope, message, data),
  info: (scope: string, message: string, data?: unknown) => write("info", scope, message, data),
  warn: (scope: string, message: string, data?: unknown) => write("warn", scope, message, data),
  error: (scope: string, message: string, data?: unknown) => write("error", scope, message, data),
};
