import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { getDb } from "@/lib/db/client";
import { type UserRole } from "@/lib/db/schema";
import { env } from "@/lib/shared/env";
import { authenticate, SIGN_IN_ERROR_CODES } from "./authenticate";
import { trustedClientAddress } from "./rate-limit";
import { verifySecondFactor } from "./second-factor";
import { sessionTokenState } from "./session-activity";
import { newSessionClaims, nowInSeconds } from "./session-expiry";

export const authOptions: NextAuthOptions = {
  secret: env.nextAuthSecret,
  session: { strategy: "jwt", maxAge: 60 * 60 * 24 * 14 },
  pages: { signIn: "/connexion", error: "/connexion" },
  providers: [
    CredentialsProvider({
      name: "E-mail et mot de passe",
      credentials: { email: { label: "E-mail", type: "email" }, password: { label: "Mot de passe", type: "password" }, code: { label: "Code de vérification", type: "text" } },
      async authorize(input, req) {
        const result = await authenticate(await getDb(), input, trustedClientAddress(req.headers));
        if (result.ok) {
          // Second step (second-factor.ts): an admin with TOTP also needs a fresh code or a recovery code.
          const factor = await verifySecondFactor(await getDb(), result.user.id, input?.code);
          if (!factor.ok) throw new Error(factor.code);
          return { ...result.user, role: factor.role };
        }
        // A thrown message reaches the sign-in form as ?error=<code>; null means "wrong credentials".
        if (result.code === SIGN_IN_ERROR_CODES.rateLimited) throw new Error(result.code);
        return null;
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) token.sub = user.id;
      // The account's session version at sign-in: a password reset raises it, ending this session (session.ts).
      if (user) token.sv = (user as { sessionVersion?: number }).sessionVersion ?? 0;
      // Idle and absolute limits (session-expiry.ts): the sign-in starts the clock; the proxy renews
      // the last activity. An expired token loses its user: the session then reads as signed out.
      if (user) return { ...token, ...newSessionClaims((user as { role?: UserRole }).role ?? "customer", nowInSeconds()) };
      if (sessionTokenState(token, nowInSeconds()).state !== "active") return {};
      return token;
    },
    session({ session, token }) {
      if (session.user && token.sub) Object.assign(session.user, { id: token.sub, sessionVersion: typeof token.sv === "number" ? token.sv : 0 });
      return session;
    },
  },
};

export type SessionRole = UserRole;
