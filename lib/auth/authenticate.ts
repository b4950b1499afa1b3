import "server-only";
import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Executor } from "@/lib/db/client";
import { users } from "@/lib/db/schema";
import { verifyPassword } from "./password";
import { clearRateLimit, hitRateLimit, SIGN_IN_LIMIT, signInRateLimitKey } from "./rate-limit";

/** Error codes next-auth passes back to the sign-in form (?error=…); French text in sign-in-messages.ts. */
export const SIGN_IN_ERROR_CODES = { invalid: "CredentialsSignin", rateLimited: "TooManyAttempts" } as const;

const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email()),
  // 128 characters (password-policy.ts) may take 512 UTF-16 units when they are emoji.
  password: z.string().min(1).max(512),
});

// A real argon2id hash of a random password: signing in with an unknown e-mail costs the same time
// as a wrong password, so response time does not reveal which addresses have an account.
const TIMING_DUMMY_HASH = "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$0mNxKp9M0cEhK2y1bLfvG7sD6Q3w2T5m0x9JmV8oWkY";

export type AuthenticateResult =
  | { ok: true; user: { id: string; email: string; name: string } }
  | { ok: false; code: (typeof SIGN_IN_ERROR_CODES)[keyof typeof SIGN_IN_ERROR_CODES] };

/**
 * Checks an e-mail and password. Every attempt counts against a fixed window per e-mail + IP
 * (in the database, so all instances share it); once over the limit the password is not even
 * checked. A success clears the counter.
 */
export async function authenticate(db: Executor, input: unknown, ip: string): Promise<AuthenticateResult> {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) return { ok: false, code: SIGN_IN_ERROR_CODES.invalid };
  const { email, password } = parsed.data;
  const key = signInRateLimitKey(email, ip);
  const limit = await hitRateLimit(db, { key, ...SIGN_IN_LIMIT });
  if (!limit.allowed) return { ok: false, code: SIGN_IN_ERROR_CODES.rateLimited };
  const [user] = await db.select({ id: users.id, email: users.email, name: users.name, passwordHash: users.passwordHash }).from(users).where(eq(users.email, email));
  const ok = await verifyPassword(user?.passwordHash ?? TIMING_DUMMY_HASH, password);
  if (!user || !ok) return { ok: false, code: SIGN_IN_ERROR_CODES.invalid };
  await clearRateLimit(db, key);
  return { ok: true, user: { id: user.id, email: user.email, name: user.name } };
}
