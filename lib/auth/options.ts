import "server-only";
import { eq } from "drizzle-orm";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { getDb } from "@/lib/db/client";
import { users, type UserRole } from "@/lib/db/schema";
import { env } from "@/lib/env";
import { verifyPassword } from "./password";

const credentials = z.object({ email: z.email().transform((e) => e.trim().toLowerCase()), password: z.string().min(1).max(200) });

// A real hash of a random password: signing in with an unknown e-mail costs the same time as a
// wrong password, so response time does not reveal which addresses have an account.
const TIMING_DUMMY_HASH = "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$0mNxKp9M0cEhK2y1bLfvG7sD6Q3w2T5m0x9JmV8oWkY";

export const authOptions: NextAuthOptions = {
  secret: env.nextAuthSecret,
  session: { strategy: "jwt", maxAge: 60 * 60 * 24 * 14 },
  pages: { signIn: "/connexion" },
  providers: [
    CredentialsProvider({
      name: "E-mail et mot de passe",
      credentials: { email: { label: "E-mail", type: "email" }, password: { label: "Mot de passe", type: "password" } },
      async authorize(input) {
        const parsed = credentials.safeParse(input);
        if (!parsed.success) return null;
        const db = await getDb();
        const [user] = await db.select().from(users).where(eq(users.email, parsed.data.email));
        const ok = await verifyPassword(user?.passwordHash ?? TIMING_DUMMY_HASH, parsed.data.password);
        if (!user || !ok) return null;
        return { id: user.id, email: user.email, name: user.name };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) token.sub = user.id;
      return token;
    },
    session({ session, token }) {
      if (session.user && token.sub) (session.user as { id?: string }).id = token.sub;
      return session;
    },
  },
};

export type SessionRole = UserRole;
