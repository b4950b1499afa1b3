// Runs once per server process before it serves: validates configuration and opens + migrates the
// database, so a bad setting or an unreachable database stops start-up with a clear message.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { ConfigError, loadEnv } = await import("./lib/shared/env");
  try {
    loadEnv();
  } catch (error) {
    // Next logs a failed hook and keeps the process up, answering 500 to everyone: a shop that
    // refuses its configuration must stop, so that the supervisor (systemd, the platform) shows it.
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
  const { startup } = await import("./lib/startup");
  await startup();
}
