import { resetEnvForTests } from "@/lib/shared/env";

/**
 * Sets (or, with undefined, removes) environment variables, and makes lib/shared/env.ts parse the
 * environment again on its next use: for tests of a configured behaviour (a limit, a delay).
 */
export function setEnvForTests(values: Record<string, string | undefined>): void {
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  resetEnvForTests();
}
