import { vi } from "vitest";
import { setEnvVariablesForTests } from "./env-variables";

/** Everything the app's logger writes (every level) while `run` runs, one string per line. */
export async function captureLogs(run: () => Promise<unknown>): Promise<string[]> {
  const restore = setEnvVariablesForTests(["LOG_LEVEL"], { LOG_LEVEL: "debug" });
  const lines: string[] = [];
  const capture = (...args: unknown[]) => void lines.push(args.map(String).join(" "));
  const spies = [vi.spyOn(console, "log").mockImplementation(capture), vi.spyOn(console, "error").mockImplementation(capture)];
  try {
    await run();
  } finally {
    for (const spy of spies) spy.mockRestore();
    restore();
  }
  return lines;
}
