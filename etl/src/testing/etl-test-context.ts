import { Module, type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ConfigModule, testInstallation, type TestInstallation } from '@cchc/config';
import { ClickhouseModule, ClickhouseRepository } from '@cchc/clickhouse';
import { StoreModule } from '@cchc/store';
import { EtlModule } from '../etl.module';
import { EtlPipelineService } from '../pipeline/etl-pipeline.service';

export interface EtlTestContext {
  installation: TestInstallation;
  context: INestApplicationContext;
  pipeline: EtlPipelineService;
  clickhouse: ClickhouseRepository;
  close(): Promise<void>;
}

/** The pipeline as the CLI runs it (no background jobs), on a fresh embedded installation. */
export async function openEtlTestContext(): Promise<EtlTestContext> {
  const installation = testInstallation();
  @Module({ imports: [ConfigModule.forRoot(installation.config), ClickhouseModule, StoreModule, EtlModule.forRoot({ background: false })] })
  class TestModule {}
  const context = await NestFactory.createApplicationContext(TestModule, { logger: false });
  return {
    installation,
    context,
    pipeline: context.get(EtlPipelineService),
    clickhouse: context.get(ClickhouseRepository),
    async close() {
      await context.close();
      installation.dispose();
    },
  };
}
