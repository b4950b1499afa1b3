import "server-only";
import { cookies } from "next/headers";
import { env } from "@/lib/shared/env";
import { CART_COOKIE } from "./cart";

/** The visitor's cart token from the cookie (pages, actions). */
export async function readCartToken(): Promise<string | null> {
  const store = await cookies();
  return store.get(CART_COOKIE)?.value ?? null;
}

/** Sets the cart cookie (server actions and route handlers only). */
export async function writeCartToken(token: string): Promise<void> {
  const store = await cookies();
  store.set(CART_COOKIE, token, {
    httpOnly: true,
    sameSite: "lax",
    secure: env.isProduction && env.appUrl.startsWith("https:"),
    path: "/",
    maxAge: 60 * 60 * 24 * 60,
  });
}
