/**
 * Whether a database error (as postgres.js or PGlite raise it, possibly wrapped by drizzle in a
 * `cause` chain) is a unique violation of this constraint or index.
 */
export function isUniqueViolation(error: unknown, constraint: string): boolean {
  for (let e: unknown = error, depth = 0; e && typeof e === "object" && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    const { code, constraint: c, constraint_name: cn, message } = e as { code?: string; constraint?: string; constraint_name?: string; message?: string };
    if (code === "23505" && (c === constraint || cn === constraint || message?.includes(constraint))) return true;
  }
  return false;
}
