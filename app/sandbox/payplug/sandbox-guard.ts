import "server-only";
import { env } from "@/lib/env";

/** With a real PayPlug key the emulator does not exist: every /sandbox/payplug URL answers 404. */
export function payplugSandboxOff(): Response | null {
  return env.payplug.sandbox ? null : new Response("Not found", { status: 404 });
}
