/*
 * Where a server's CPU time goes, from a V8 `.cpuprofile` (node --cpu-prof): self time per function
 * and per package, within a time window (the notification run, not the start-up). Pure: unit-tested
 * in tests/bench/cpu-profile.test.ts.
 */

export type CpuProfile = {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number } }[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
};

/**
 * The package a script belongs to: the name after the last node_modules/ (scoped names whole),
 * "node" for Node's own modules, "app bundle" for the build's server chunks (our code and the
 * packages Next bundles with it), and V8's pseudo-frames as they are ("(garbage collector)").
 */
export function packageOf(url: string, functionName = ""): string {
  if (!url) return functionName.startsWith("(") ? functionName : "(V8 / native)";
  if (url.startsWith("node:")) return "node";
  const path = url.replace(/^file:\/\//, "");
  const marker = "/node_modules/";
  const at = path.lastIndexOf(marker);
  if (at >= 0) {
    const [first, second] = path.slice(at + marker.length).split("/");
    return first?.startsWith("@") ? `${first}/${second}` : (first ?? "?");
  }
  // Turbopack names a chunk after what it holds: "node_modules_drizzle-orm_…" or "[root-of-the-server]__…".
  const chunk = /\/server\/chunks\/(?:.*\/)?([^/]+)$/.exec(path)?.[1];
  if (chunk) {
    const bundled = /node_modules_((?:@[a-z0-9-]+_)?[a-z0-9.-]+?)(?:_[a-z0-9]{6,}|_dist|_lib|_esm|_index|\.)/i.exec(chunk)?.[1];
    return bundled ? `app bundle: ${bundled.replace(/^(@[a-z0-9-]+)_/i, "$1/")}` : "app bundle: our code and inlined packages";
  }
  return path.includes("/.next") ? "app bundle (other)" : path;
}

export type SelfTime = { name: string; selfMs: number; share: number };

export type ProfileSummary = { totalMs: number; byPackage: SelfTime[]; byFunction: SelfTime[] };

/** Self time within [fromUs, toUs] (profile clock, microseconds); the whole profile when absent. */
export function summarizeCpuProfile(profile: CpuProfile, window: { fromUs?: number; toUs?: number } = {}, top = 25): ProfileSummary {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const byPackage = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let total = 0;
  let t = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    t += profile.timeDeltas[i] ?? 0;
    // A sample stands for the time until the next one.
    const dt = profile.timeDeltas[i + 1] ?? 0;
    if ((window.fromUs !== undefined && t < window.fromUs) || (window.toUs !== undefined && t > window.toUs)) continue;
    const node = nodes.get(profile.samples[i]!);
    if (!node) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    const pkg = packageOf(url, functionName);
    const fn = `${functionName || "(anonymous)"} — ${pkg}${url && !url.startsWith("node:") ? `:${lineNumber + 1}` : ""}`;
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + dt);
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + dt);
    total += dt;
  }
  const rank = (m: Map<string, number>, n: number): SelfTime[] =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([name, us]) => ({ name, selfMs: us / 1000, share: total > 0 ? us / total : 0 }));
  return { totalMs: total / 1000, byPackage: rank(byPackage, 1000), byFunction: rank(byFunction, top) };
}
