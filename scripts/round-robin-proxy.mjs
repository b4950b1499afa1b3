#!/usr/bin/env node
// A tiny round-robin HTTP proxy for the two-instance journey (playwright.instances.config.ts):
// node scripts/round-robin-proxy.mjs <listen port> <backend port> <backend port> …
// Each request goes to the next backend in turn, headers (Host and Origin included) and body
// untouched, so two `next start` processes behind it serve one shop. /__health answers once every
// backend answers /api/health.
import http from "node:http";

const [listen, ...backends] = process.argv.slice(2).map(Number);
if (!listen || backends.length < 2) {
  console.error("usage: round-robin-proxy.mjs <listen port> <backend port> <backend port> …");
  process.exit(2);
}
let next = 0;

function forward(req, res, port) {
  const upstream = http.request({ host: "127.0.0.1", port, method: req.method, path: req.url, headers: req.headers }, (answer) => {
    res.writeHead(answer.statusCode ?? 502, answer.rawHeaders);
    answer.pipe(res);
  });
  upstream.on("error", () => {
    if (!res.headersSent) res.writeHead(502);
    res.end();
  });
  req.pipe(upstream);
}

function healthy(port) {
  return new Promise((resolve) => {
    http.get({ host: "127.0.0.1", port, path: "/api/health" }, (r) => {
      r.resume();
      resolve(r.statusCode === 200);
    }).on("error", () => resolve(false));
  });
}

http
  .createServer(async (req, res) => {
    if (req.url === "/__health") {
      const all = await Promise.all(backends.map(healthy));
      res.writeHead(all.every(Boolean) ? 200 : 503).end();
      return;
    }
    const port = backends[next++ % backends.length];
    res.setHeader("x-served-by", String(port));
    forward(req, res, port);
  })
  .listen(listen, "127.0.0.1", () => console.log(`round-robin proxy on ${listen} → ${backends.join(", ")}`));
