/*
 * Loaded with `node --import tsx --import ./scripts/node-loader.ts`, so that plain Node imports
 * lib/ the way Next's bundler and Vitest do (the benchmark, `npm run db:seed`). Two
 * module-resolution hooks, for that process only:
 *
 * 1. `server-only` resolves with its "react-server" condition (its empty module), for that
 *    package alone. `node --conditions=react-server` applies the condition to every package:
 *    `react` becomes its server build and `next/navigation` (reached through
 *    lib/orders/access.ts → lib/auth/session.ts, e.g. from the demo seed's createOrder) fails at
 *    import with "createContext is not a function". Vitest does the same as this hook with an alias.
 * 2. A default import of a CommonJS module compiled from ESM (`exports.__esModule = true;
 *    exports.default = …`, e.g. next-auth/providers/credentials, imported by lib/auth/options.ts)
 *    gets `exports.default`, as bundlers do; plain Node would hand over the whole `exports`
 *    object ("CredentialsProvider is not a function"). Only for imports made by the project's own
 *    files, never inside node_modules.
 */
import { register } from "node:module";
import { pathToFileURL } from "node:url";

const hooks = `
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
const root = ${JSON.stringify(pathToFileURL(`${process.cwd()}/`).href)};
const ours = (url) => typeof url === "string" && url.startsWith(root) && !url.includes("/node_modules/");
// Node's own rule: .cjs, or .js under a package.json without "type": "module". (resolve() leaves
// format null for .js files; it is only decided at load time, after the importer is forgotten.)
function isCommonJs(url) {
  if (!url.startsWith("file:") || !url.includes("/node_modules/")) return false;
  if (url.endsWith(".cjs")) return true;
  if (!url.endsWith(".js")) return false;
  for (let dir = dirname(fileURLToPath(url)); dir !== dirname(dir); dir = dirname(dir)) {
    const manifest = join(dir, "package.json");
    if (existsSync(manifest)) return JSON.parse(readFileSync(manifest, "utf8")).type !== "module";
  }
  return true;
}
export async function resolve(specifier, context, nextResolve) {
  if (specifier === "server-only") {
    return nextResolve(specifier, { ...context, conditions: [...context.conditions, "react-server"] });
  }
  const resolved = await nextResolve(specifier, context);
  if (ours(context.parentURL) && (resolved.format === "commonjs" || (!resolved.format && isCommonJs(resolved.url)))) {
    const real = JSON.stringify(resolved.url);
    const shim = "import * as ns from " + real + "; export * from " + real + ";" +
      "const m = ns.default; export default (m && m.__esModule && 'default' in m) ? m.default : m;";
    return { url: "data:text/javascript," + encodeURIComponent(shim), format: "module", shortCircuit: true };
  }
  return resolved;
}`;

register(`data:text/javascript,${encodeURIComponent(hooks)}`);
