/*
 * The production server under test: `next start` of a build directory, as a child process, in
 * sandbox mode (the PayPlug emulator served by the same server under /sandbox/payplug), on the
 * benchmark's own PostgreSQL database. Its peak resident memory is sampled while a run is going.
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

export type ServerOptions = {
  port: number;
  distDir: string;
  databaseUrl: string;
  /** Directory for `--cpu-prof` (V8 writes the profile there when the process exits), or none. */
  cpuProfileDir?: string;
};

export type BenchServer = {
  url: string;
  pid: number;
  /** The variables that matter to the figures, printed with them. */
  settings: Record<string, string>;
  /** Current resident set of the server process (Linux /proc), in bytes; NaN elsewhere. */
  rss: () => number;
  stop: () => Promise<void>;
};

/** What the server runs with. Rate limits lifted by configuration, and said so in the output. */
export function serverEnvironment(options: ServerOptions): NodeJS.ProcessEnv & Record<string, string> {
  const url = `http://127.0.0.1:${options.port}`;
  return {
    NODE_ENV: "production",
    PORT: String(options.port),
    APP_URL: url,
    NEXTAUTH_URL: url,
    NEXTAUTH_SECRET: "bench-nextauth-secret-0123456789abcdefghijklmnop",
    CRON_SECRET: "bench-cron-secret-0123456789",
    ORDER_LINK_SECRET: "bench-order-link-secret-0123456789abcdefghijklmnop",
    // A declared demo: the emulators are served by a production build (DESIGN.md, Sandbox).
    DEMO_DATA: "true",
    BANK_ACCOUNT_HOLDER: "Maison Lavande SAS",
    BANK_IBAN: "FR76 3000 6000 0112 3456 7890 189",
    BANK_BIC: "AGRIFRPPXXX",
    BANK_NAME: "Crédit Agricole",
    // Orders per customer/cart/e-mail: the rush and the seed place many with one e-mail.
    ORDER_RATE_LIMIT: "off",
    ORDER_ADDRESS_RATE_LIMIT: "off",
    // An info line per notification would be measured too.
    LOG_LEVEL: "error",
    BENCH_PROBES: "1",
    NEXT_DIST_DIR: options.distDir,
    DATABASE_URL: options.databaseUrl,
    PATH: process.env.PATH ?? "",
    HOME: process.env.HOME ?? "",
  };
}

async function waitHealthy(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with code ${child.exitCode} before answering (see its output above)`);
    try {
      const r = await fetch(`${url}/api/health`);
      if (r.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the server did not answer /api/health within ${timeoutMs / 1000} s`);
}

function rssOf(pid: number): number {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
    const kib = /^VmRSS:\s+(\d+) kB/m.exec(status)?.[1];
    return kib ? Number(kib) * 1024 : Number.NaN;
  } catch {
    return Number.NaN;
  }
}

export async function startServer(options: ServerOptions): Promise<BenchServer> {
  const buildId = path.join(options.distDir, "BUILD_ID");
  if (!fs.existsSync(buildId)) {
    throw new Error(
      `no production build in ${options.distDir}: build it first (on a shared machine, under the build lock):\n` +
        `  NEXT_DIST_DIR=${options.distDir} node_modules/.bin/next build`,
    );
  }
  const env = serverEnvironment(options);
  const nodeArgs = options.cpuProfileDir ? ["--cpu-prof", `--cpu-prof-dir=${options.cpuProfileDir}`] : [];
  // node + next's own bin (not the npm shim), so the profile and the RSS are the server's own process.
  const child: ChildProcess = spawn(process.execPath, [...nodeArgs, "node_modules/next/dist/bin/next", "start", "-p", String(options.port), "-H", "127.0.0.1"], {
    env,
    stdio: ["ignore", "ignore", "inherit"],
  });
  const url = `http://127.0.0.1:${options.port}`;
  try {
    await waitHealthy(url, child, 120_000);
  } catch (error) {
    child.kill("SIGKILL");
    throw error;
  }
  const pid = child.pid!;
  return {
    url,
    pid,
    settings: { ORDER_RATE_LIMIT: env.ORDER_RATE_LIMIT!, ORDER_ADDRESS_RATE_LIMIT: env.ORDER_ADDRESS_RATE_LIMIT!, LOG_LEVEL: env.LOG_LEVEL!, BENCH_PROBES: env.BENCH_PROBES!, DEMO_DATA: env.DEMO_DATA! },
    rss: () => rssOf(pid),
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        // SIGINT: Next exits through process.exit, which is when V8 writes a --cpu-prof profile.
        const timer = setTimeout(() => child.kill("SIGKILL"), 15_000);
        child.once("exit", () => {
          clearTimeout(timer);
          resolve();
        });
        child.kill("SIGINT");
      }),
  };
}

/** Samples a value every `everyMs` while `body` runs; returns the body's result and the largest sample. */
export async function withPeak<T>(sample: () => number, body: () => Promise<T>, everyMs = 100): Promise<{ result: T; peak: number }> {
  let peak = sample();
  const timer = setInterval(() => {
    const v = sample();
    if (v > peak || Number.isNaN(peak)) peak = v;
  }, everyMs);
  try {
    const result = await body();
    return { result, peak: Math.max(peak, sample()) };
  } finally {
    clearInterval(timer);
  }
}
