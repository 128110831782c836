import { readFile } from 'node:fs/promises';
import type { ProgressSink } from '../kinds/kind-handler';

/** How often the bytes read are sampled while the engine parses a file in one statement. */
export const READ_POLL_MS = 500;

export interface ReadWatch {
  /** Ends the reports; resolves once a sample under way has reported. */
  stop(): Promise<void>;
}

/** Bytes this process has read so far (Linux's /proc/self/io), or null where the system does not say. */
async function bytesRead(): Promise<number | null> {
  try {
    const match = /^rchar: (\d+)$/m.exec(await readFile('/proc/self/io', 'utf8'));
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

/**
 * Progress of a file the in-process engine parses in one statement, which reports nothing until it
 * ends (and holds the engine, so it cannot be asked how far it is): the bytes our process has read
 * since the start, over the file's size. Rows are estimated from that share of the file's lines; the
 * exact counts follow when the statement ends. Where the system does not count reads, nothing is
 * reported in between.
 */
export async function watchFileRead(
  file: { bytes: number; lines: number },
  onProgress: ProgressSink,
  everyMs = READ_POLL_MS,
): Promise<ReadWatch> {
  const start = await bytesRead();
  if (start === null) return { stop: async () => undefined };
  let stopped = false;
  let sampling: Promise<void> | null = null;
  const sample = async () => {
    const now = await bytesRead();
    if (stopped || now === null) return;
    const fraction = Math.min((now - start) / Math.max(file.bytes, 1), 0.99);
    await onProgress({ rowsRead: Math.round(fraction * Math.max(file.lines - 1, 0)), rowsRejected: 0, fraction });
  };
  const timer = setInterval(() => {
    if (sampling) return;
    // progress is a courtesy: a sample that fails must not fail the load
    sampling = sample()
      .catch(() => undefined)
      .finally(() => (sampling = null));
  }, everyMs);
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      await sampling;
    },
  };
}
