import { resetEnvForTests } from "@/lib/shared/env";

/**
 * Runs the app's configuration with these variables (and without the other `names`), for tests of
 * what the configuration decides. Returns the function that puts the environment back.
 */
export function setEnvVariablesForTests(names: readonly string[], variables: Readonly<Record<string, string>>): () => void {
  const saved = Object.fromEntries(names.map((name) => [name, process.env[name]]));
  for (const name of names) delete process.env[name];
  Object.assign(process.env, variables);
  resetEnvForTests();
  return () => {
    for (const name of names) {
      if (saved[name] === undefined) delete process.env[name];
      else process.env[name] = saved[name];
    }
    resetEnvForTests();
  };
}
