import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/** Where tests look for PostgreSQL; the CI machine runs one on localhost with trust auth. */
const ADMIN_URL = process.env['CCHC_TEST_POSTGRES_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface TestPostgres {
  url: string;
  drop(): Promise<void>;
}

/** Creates a fresh database on the local PostgreSQL, or returns null (with the reason) when none answers. */
export async function createTestPostgres(): Promise<TestPostgres | { unavailable: string }> {
  const admin = new Client({ connectionString: ADMIN_URL, connectionTimeoutMillis: 2000 });
  try {
    await admin.connect();
  } catch (error) {
    return { unavailable: `PostgreSQL not reachable at ${ADMIN_URL}: ${(error as Error).message}` };
  }
  const name = `cchc_test_${randomBytes(6).toString('hex')}`;
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new Client({ connectionString: ADMIN_URL });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}
