/*
 * One autocannon run and what the benchmark keeps of it. Throughput is completed requests over
 * the run's wall time (a run of a fixed number of requests ends with a partial second, which
 * autocannon's per-second average would count as a full one).
 */
import autocannon from "autocannon";

export const CONNECTIONS = 50;

export type LoadResult = {
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  statusCodes: Record<string, number>;
};

export type LoadTarget = {
  url: string;
  method?: "GET" | "POST";
  /** Fixed duration in seconds, or a fixed number of requests. */
  duration?: number;
  amount?: number;
  /** Called before each request: path and body of that request (shared by all connections, in turn). */
  next?: () => { path: string; body?: string };
  headers?: Record<string, string>;
};

export function summarizeLoad(r: autocannon.Result): LoadResult {
  const statusCodes: Record<string, number> = {};
  for (const [code, stat] of Object.entries(r.statusCodeStats ?? {})) statusCodes[code] = stat.count ?? 0;
  const requests = r["1xx"] + r["2xx"] + r["3xx"] + r["4xx"] + r["5xx"];
  return {
    requests,
    rps: r.duration > 0 ? requests / r.duration : Number.NaN,
    p50: r.latency.p50,
    p99: r.latency.p99,
    non2xx: r.non2xx,
    errors: r.errors,
    timeouts: r.timeouts,
    statusCodes,
  };
}

export async function load(target: LoadTarget): Promise<LoadResult> {
  const result = await autocannon({
    url: target.url,
    connections: CONNECTIONS,
    method: target.method ?? "GET",
    headers: target.headers,
    ...(target.amount ? { amount: target.amount } : { duration: target.duration ?? 10 }),
    timeout: 30,
    requests: target.next
      ? [
          {
            setupRequest: (request) => {
              const { path, body } = target.next!();
              return { ...request, path, ...(body === undefined ? {} : { body }) };
            },
          },
        ]
      : undefined,
  });
  return summarizeLoad(result);
}
