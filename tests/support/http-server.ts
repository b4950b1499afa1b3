import http from "node:http";
import type { AddressInfo } from "node:net";
import { resetEnvForTests } from "@/lib/shared/env";

export type Handler = (request: Request) => Promise<Response>;

/**
 * Serves web-standard handlers (the same functions the Next route files export) over real HTTP on
 * a free loopback port, and points APP_URL at it, so emulators and the shop talk over the wire in
 * integration tests exactly as they do in the running app.
 */
export async function startTestServer(handler: Handler): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}${req.url ?? "/"}`;
      const headers = new Headers();
      for (const [k, v] of Object.entries(req.headers)) if (typeof v === "string") headers.set(k, v);
      const body = chunks.length && req.method !== "GET" && req.method !== "HEAD" ? Buffer.concat(chunks) : undefined;
      handler(new Request(url, { method: req.method, headers, body }))
        .then(async (response) => {
          res.writeHead(response.status, Object.fromEntries(response.headers.entries()));
          res.end(Buffer.from(await response.arrayBuffer()));
        })
        .catch((error: unknown) => {
          res.writeHead(500, { "content-type": "text/plain" });
          res.end(String(error));
        });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  process.env.APP_URL = url;
  resetEnvForTests();
  return {
    url,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
