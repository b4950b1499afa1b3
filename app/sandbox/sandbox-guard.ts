import "server-only";
import { notFound } from "next/navigation";
import { env } from "@/lib/shared/env";

/*
 * The one guard of every /sandbox URL: a provider's emulator exists only while that provider runs
 * in sandbox mode (no real keys, emulators allowed). Otherwise its URLs answer 404, as if the
 * emulator had never been there.
 */

export type EmulatedProvider = "payplug" | "paypal";

function emulatorServed(provider: EmulatedProvider): boolean {
  return env[provider].sandbox;
}

/** For route handlers: a 404 response when the emulator is off, else null (go on). */
export function emulatorOff(provider: EmulatedProvider): Response | null {
  return emulatorServed(provider) ? null : new Response("Not found", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
}

/** For pages and server actions: Next's 404 when the emulator is off. */
export function requireEmulator(provider: EmulatedProvider): void {
  if (!emulatorServed(provider)) notFound();
}
