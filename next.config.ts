import type { NextConfig } from "next";

// The one place besides lib/shared/env.ts that reads the environment: build-time settings that must be
// known before any app module loads. NEXT_DIST_DIR lets two builds (e.g. a dev server and an
// end-to-end run) live side by side without clobbering each other's output.
const nextConfig: NextConfig = {
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  // A self-contained server (node .next/standalone/server.js) for deployments: docs/deploy.md.
  output: "standalone",
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2"],
  poweredByHeader: false,
  reactStrictMode: true,
  // Bank statements are uploaded through a server action (app/admin/banque): the use case refuses
  // files over 5 MB with a French message; Next's own limit (1 MB by default) sits just above it.
  experimental: { serverActions: { bodySizeLimit: "6mb" } },
};

export default nextConfig;
