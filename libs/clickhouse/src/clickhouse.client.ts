import { createClient, type ClickHouseClient, type ClickHouseSettings } from '@clickhouse/client';
import type { ClickhouseConfig } from '@cchc/config';

type ClientConnection = NonNullable<NonNullable<Parameters<typeof createClient>[0]>['connection']>;

// chdb returns 64-bit integers unquoted in JSON while a server quotes them; quoting in both keeps
// one code path. Settings set here stick to the embedded session, so they are set once.
const SETTINGS = { output_format_json_quote_64bit_integers: 1, date_time_input_format: 'best_effort' } as const;

const CLUSTER_SETTINGS = { distributed_foreground_insert: 1, distributed_product_mode: 'global' } as ClickHouseSettings;

export class EmbeddedStoreLockedError extends Error {
  constructor(readonly path: string) {
    super(
      `Kho ClickHouse nhúng tại ${path} đang được một tiến trình khác (API đang chạy?) sử dụng. ` +
        `/ The embedded ClickHouse store at ${path} is in use by another process (is the API running?).`,
    );
  }
}

/**
 * A server client when CLICKHOUSE_URL is set, else an in-process engine (chDB) on the data dir.
 * chdb is required lazily so production images can leave its 500 MB out.
 */
export function createClickhouseClient(config: ClickhouseConfig): ClickHouseClient {
  if (config.mode === 'server') {
    return createClient({
      url: config.url,
      username: config.user,
      password: config.password,
      // on a cluster, inserts reach the shards before the statement returns (figures are right at
      // once), and IN (subquery) over Distributed tables runs the subquery once, globally
      clickhouse_settings: config.cluster ? { ...SETTINGS, ...CLUSTER_SETTINGS } : SETTINGS,
      request_timeout: 300_000,
    });
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { createChdbConnection } = require('chdb/connection') as typeof import('chdb/connection');
  let connection: unknown;
  try {
    connection = createChdbConnection({ path: config.path });
  } catch (error) {
    if ((error as { code?: string }).code === 'CHDB_CONNECTION') throw new EmbeddedStoreLockedError(config.path);
    throw error;
  }
  // The cast bridges two byte-identical copies of @clickhouse/client-common's types (STACK.md G6).
  return createClient({ connection: connection as ClientConnection, clickhouse_settings: SETTINGS });
}
