import { Global, Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@cchc/config';
import { createClickhouseClient } from './clickhouse.client';
import { ClickhouseRepository } from './clickhouse.repository';
import { ClickhouseSchema } from './clickhouse.schema';

@Global()
@Module({
  providers: [
    {
      provide: ClickhouseRepository,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) =>
        new ClickhouseRepository(
          createClickhouseClient(config.clickhouse),
          config.clickhouse.database,
          config.clickhouse.mode,
          config.clickhouse.mode === 'server' ? config.clickhouse.cluster : null,
        ),
    },
    {
      provide: ClickhouseSchema,
      inject: [ClickhouseRepository],
      // Providers are all built before any start-up hook runs, so every consumer sees the current
      // schema — unless the server is unreachable, when nothing can query it anyway.
      useFactory: async (repository: ClickhouseRepository) => {
        const schema = new ClickhouseSchema(repository);
        await schema.apply();
        return schema;
      },
    },
  ],
  exports: [ClickhouseRepository],
})
export class ClickhouseModule {}
