import { Injectable } from '@nestjs/common';
import { ClickhouseRepository, dataVersionSql } from '@cchc/clickhouse';

/** Answers kept; the oldest goes first beyond this. */
const MAX_ENTRIES = 2_000;

/**
 * Figures change only when a load commits, while a dashboard asks the same questions over and over
 * (every director of a province opens the same overview). An answer is kept per question and data
 * version, so a repeat costs one tiny query instead of a scan — and a commit, in this process or in
 * another one writing to the same server, makes every kept answer stale at once. Concurrent misses
 * of one question share one computation.
 */
@Injectable()
export class ResultCache {
  private readonly entries = new Map<string, { version: string; value: Promise<unknown> }>();

  constructor(private readonly clickhouse: ClickhouseRepository) {}

  async get<T>(question: readonly unknown[], compute: () => Promise<T>): Promise<T> {
    const key = JSON.stringify(question);
    const [row] = await this.clickhouse.query<{ version: string }>(dataVersionSql((name) => this.clickhouse.table(name)));
    const version = row?.version ?? '';
    const kept = this.entries.get(key);
    this.entries.delete(key);
    if (kept?.version === version) {
      this.entries.set(key, kept);
      return kept.value as Promise<T>;
    }
    const value = compute();
    this.entries.set(key, { version, value });
    value.catch(() => {
      if (this.entries.get(key)?.value === value) this.entries.delete(key);
    });
    if (this.entries.size > MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
    return value;
  }
}
