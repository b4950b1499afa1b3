import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DirectoryLockedError, acquireDirectoryLock } from "./pglite-lock";

describe("PGlite directory lock", () => {
  it("refuses a second process while the first holds the directory, and takes over a stale lock", async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "caisse-lock-"));
    const dir = path.join(root, "pglite");
    // Another live process owns the lock.
    const other = spawn(process.execPath, ["-e", "setTimeout(() => {}, 30000)"]);
    try {
      fs.writeFileSync(path.join(root, "pglite.lock"), String(other.pid));
      expect(() => acquireDirectoryLock(dir)).toThrow(DirectoryLockedError);
      expect(() => acquireDirectoryLock(dir)).toThrow(/déjà ouverte par le processus/);
    } finally {
      other.kill();
      await new Promise((r) => other.once("exit", r));
    }
    // Its owner is gone: the lock is stale and is taken over, then released.
    const release = acquireDirectoryLock(dir);
    expect(fs.readFileSync(path.join(root, "pglite.lock"), "utf8")).toBe(String(process.pid));
    release();
    expect(fs.existsSync(path.join(root, "pglite.lock"))).toBe(false);
  });
});
