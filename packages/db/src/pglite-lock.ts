import fs from "node:fs";
import path from "node:path";

/**
 * PGlite is single-process: two processes writing one data directory corrupt
 * it. Like PostgreSQL's postmaster.pid, a lock file holds the owner's PID;
 * a lock whose process has died is stale and taken over.
 */
export class DataDirectoryInUseError extends Error {
  override name = "DataDirectoryInUseError";
}

const LOCK_FILE = "cetr.lock";

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else, so it is alive.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

export interface DataDirectoryLock {
  release(): void;
}

export function lockDataDirectory(dataDir: string): DataDirectoryLock {
  fs.mkdirSync(dataDir, { recursive: true });
  const lockPath = path.join(dataDir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = fs.openSync(lockPath, "wx");
      fs.writeSync(fd, String(process.pid));
      fs.closeSync(fd);
      let released = false;
      return {
        release() {
          if (released) return;
          released = true;
          fs.rmSync(lockPath, { force: true });
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const owner = Number.parseInt(fs.readFileSync(lockPath, "utf8"), 10);
      if (Number.isInteger(owner) && owner !== process.pid && processIsAlive(owner)) {
        throw new DataDirectoryInUseError(
          `The embedded database at ${dataDir} is already open in another process (PID ${owner}): stop that process first, or set CETR_DATA_DIR to another folder`,
        );
      }
      if (owner === process.pid) {
        throw new DataDirectoryInUseError(
          `The embedded database at ${dataDir} is already open in this process: close it before opening it again`,
        );
      }
      // The owner has gone (a crash or kill -9): the lock is stale.
      fs.rmSync(lockPath, { force: true });
    }
  }
  throw new DataDirectoryInUseError(`Could not lock the embedded database at ${dataDir}`);
}
