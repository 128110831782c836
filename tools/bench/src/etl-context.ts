import 'reflect-metadata';
import { Module, type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ConfigModule, loadConfig } from '@cchc/config';
import { ClickhouseModule } from '@cchc/clickhouse';
import { StoreModule } from '@cchc/store';
import { EtlModule } from '@cchc/etl';

/** The ETL pipeline in this process over a data dir (and assets dir), as the CLI runs it. */
export async function openEtlContext(env: Record<string, string>): Promise<INestApplicationContext> {
  const config = loadConfig({ NODE_ENV: 'test', ETL_SCHEDULE: 'off', CCHC_DASHBOARD_DIR: '', ...env });
  @Module({ imports: [ConfigModule.forRoot(config), ClickhouseModule, StoreModule, EtlModule.forRoot({ background: false })] })
  class BenchModule {}
  return NestFactory.createApplicationContext(BenchModule, { logger: ['error'] });
}
