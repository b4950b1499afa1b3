// Runs once per server process before it serves: validates configuration and opens + migrates the
// database, so a bad setting or an unreachable database stops start-up with a clear message.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { loadEnv } = await import("./lib/shared/env");
  loadEnv();
  const { startup } = await import("./lib/startup");
  await startup();
}
