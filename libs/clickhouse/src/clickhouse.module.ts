import { Global, Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@cchc/config';
import { createClickhouseClient } from './clickhouse.client';
import { ClickhouseRepository } from './clickhouse.repository';

@Global()
@Module({
  providers: [
    {
      provide: ClickhouseRepository,
      inject: [APP_CONFIG],
      // Migrations run before anything can query, so every consumer sees the current schema.
      useFactory: async (config: AppConfig) => {
        const repository = new ClickhouseRepository(
          createClickhouseClient(config.clickhouse),
          config.clickhouse.database,
          config.clickhouse.mode,
          config.clickhouse.mode === 'server' ? config.clickhouse.cluster : null,
        );
        await repository.migrate();
        return repository;
      },
    },
  ],
  exports: [ClickhouseRepository],
})
export class ClickhouseModule {}
