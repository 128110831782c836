import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { ConfigError, loadConfig } from '@cchc/config';
import { EmbeddedStoreLockedError } from '@cchc/clickhouse';
import { createApp } from './app/create-app';

async function bootstrap(): Promise<void> {
  const config = loadConfig();
  const app = await createApp(config);
  await app.listen(config.port, config.host);
  const url = await app.getUrl();
  new Logger('Bootstrap').log(`CCHC Index Tracker API on ${url}/api (docs ${url}/api/docs)`);
}

bootstrap().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof EmbeddedStoreLockedError) {
    console.error(error.message);
  } else {
    console.error(error);
  }
  process.exit(1);
});
