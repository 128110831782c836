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

/** Socket-level failures: the server is down, restarting or unreachable, not a faulty query. */
const CONNECTION_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ECONNABORTED', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN', 'EPIPE']);
// what @clickhouse/client throws on its request_timeout, and Node on a connection dropped mid-request
const CONNECTION_MESSAGES = ['Timeout error.', 'socket hang up'];

/** The ClickHouse server cannot be reached; the API answers 503 with this text until it can again. */
export class ClickhouseUnavailableError extends Error {
  static readonly vi = 'Không kết nối được kho dữ liệu phân tích (ClickHouse); vui lòng thử lại sau ít phút.';
  static readonly en = 'The analytics store (ClickHouse) cannot be reached; please try again in a few minutes.';

  constructor(cause: unknown) {
    super(`${ClickhouseUnavailableError.vi} / ${ClickhouseUnavailableError.en}`, { cause });
  }

  static isConnectionError(error: unknown): boolean {
    if (!(error instanceof Error)) return false;
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string' && CONNECTION_CODES.has(code)) return true;
    return CONNECTION_MESSAGES.some((message) => error.message.includes(message)) || ClickhouseUnavailableError.isConnectionError(error.cause);
  }
}

/** Runs a client call, turning a connection failure into ClickhouseUnavailableError (other errors pass unchanged). */
export async function reachingClickhouse<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof ClickhouseUnavailableError || !ClickhouseUnavailableError.isConnectionError(error)) throw error;
    throw new ClickhouseUnavailableError(error);
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
