/*
 * The emulators' own minimal logger: lib/sandbox depends on nothing of the shop but the database
 * client (it stands in for other companies' systems), so it does not use lib/shared/log. It never logs
 * request bodies, hence no card data and no keys.
 */
export function sandboxWarn(scope: string, message: string, error?: unknown): void {
  const detail = error instanceof Error ? { name: error.name, message: error.message } : error;
  console.error(JSON.stringify({ t: new Date().toISOString(), level: "warn", scope, message, ...(detail === undefined ? {} : { data: detail }) }));
}
