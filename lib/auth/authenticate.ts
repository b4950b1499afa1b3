import "server-only";
import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Executor } from "@/lib/db/client";
import { users } from "@/lib/db/schema";
import { verifyPassword } from "./password";
import { clearRateLimit, hitRateLimits, releaseRateLimitHit, signInBuckets } from "./rate-limit";

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
  | { ok: true; user: { id: string; email: string; name: string; sessionVersion: number } }
  | { ok: false; code: (typeof SIGN_IN_ERROR_CODES)[keyof typeof SIGN_IN_ERROR_CODES] };

/**
 * Checks an e-mail and password. Every attempt counts against fixed windows in the database (all
 * instances share them): per account whatever the address, and, when the caller's address can be
 * trusted (`address` not null, see trustedClientAddress), per e-mail + address and per address.
 * Once over any limit the password is not even checked. A success clears its own e-mail + address
 * bucket and takes back its own hit from the shared ones (signInBuckets says why).
 */
export async function authenticate(db: Executor, input: unknown, address: string | null): Promise<AuthenticateResult> {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) return { ok: false, code: SIGN_IN_ERROR_CODES.invalid };
  const { email, password } = parsed.data;
  const buckets = signInBuckets(email, address);
  if (!(await hitRateLimits(db, buckets.map((b) => b.bucket)))) return { ok: false, code: SIGN_IN_ERROR_CODES.rateLimited };
  const [user] = await db
    .select({ id: users.id, email: users.email, name: users.name, passwordHash: users.passwordHash, sessionVersion: users.sessionVersion, disabledAt: users.disabledAt })
    .from(users)
    .where(eq(users.email, email));
  const ok = await verifyPassword(user?.passwordHash ?? TIMING_DUMMY_HASH, password);
  // A disabled account (/admin/administrateurs) reads like a wrong password: the form tells a
  // stranger nothing about which accounts exist or were disabled.
  if (!user || !ok || user.disabledAt) return { ok: false, code: SIGN_IN_ERROR_CODES.invalid };
  for (const { bucket, onSuccess } of buckets) {
    if (onSuccess === "clear") await clearRateLimit(db, bucket.key);
    else await releaseRateLimitHit(db, bucket.key);
  }
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion } };
}
