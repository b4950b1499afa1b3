import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { getDb } from "@/lib/db/client";
import { type UserRole } from "@/lib/db/schema";
import { env } from "@/lib/shared/env";
import { authenticate, SIGN_IN_ERROR_CODES } from "./authenticate";
import { trustedClientAddress } from "./rate-limit";

export const authOptions: NextAuthOptions = {
  secret: env.nextAuthSecret,
  session: { strategy: "jwt", maxAge: 60 * 60 * 24 * 14 },
  pages: { signIn: "/connexion", error: "/connexion" },
  providers: [
    CredentialsProvider({
      name: "E-mail et mot de passe",
      credentials: { email: { label: "E-mail", type: "email" }, password: { label: "Mot de passe", type: "password" } },
      async authorize(input, req) {
        const result = await authenticate(await getDb(), input, trustedClientAddress(req.headers));
        if (result.ok) return result.user;
        // A thrown message reaches the sign-in form as ?error=<code>; null means "wrong credentials".
        if (result.code === SIGN_IN_ERROR_CODES.rateLimited) throw new Error(result.code);
        return null;
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
