import fs from "node:fs";
import path from "node:path";

export class DirectoryLockedError extends Error {
  constructor(dir: string, pid: number) {
    super(
      `La base embarquée ${dir} est déjà ouverte par le processus ${pid}. ` +
        `PGlite ne supporte qu'un processus à la fois : arrêtez l'autre serveur (ou le test) ` +
        `ou donnez à celui-ci un autre PGLITE_DIR.`,
    );
    this.name = "DirectoryLockedError";
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Takes an exclusive lock on a PGlite data directory with a pid file created O_EXCL. A lock left
 * by a dead process is taken over. Returns the release function (also run at process exit).
 */
export function acquireDirectoryLock(dir: string): () => void {
  const lockPath = path.join(dir, "..", `${path.basename(dir)}.lock`);
  for (let tries = 0; tries < 3; tries++) {
    try {
      fs.writeFileSync(lockPath, String(process.pid), { flag: "wx" });
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        try {
          if (fs.readFileSync(lockPath, "utf8") === String(process.pid)) fs.unlinkSync(lockPath);
        } catch {
          // already gone
        }
      };
      process.once("exit", release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const owner = Number.parseInt(fs.readFileSync(lockPath, "utf8"), 10);
      if (owner === process.pid) return () => {};
      if (Number.isInteger(owner) && alive(owner)) throw new DirectoryLockedError(dir, owner);
      fs.rmSync(lockPath, { force: true });
    }
  }
  throw new Error(`Impossible de verrouiller ${dir}`);
}
