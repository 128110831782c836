import 'reflect-metadata';
import { resolve } from 'node:path';
import { Module, type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { EtlKind } from '@cchc/domain';
import { ConfigError, ConfigModule, loadConfig } from '@cchc/config';
import { ClickhouseModule, EmbeddedStoreLockedError } from '@cchc/clickhouse';
import { StoreModule } from '@cchc/store';
import { EtlModule } from '../etl.module';
import { EtlPipelineService } from '../pipeline/etl-pipeline.service';
import { parseArgs, stringFlag, type ParsedArgs } from './args';
import { progressPrinter } from './progress';

const USAGE = `Cách dùng / Usage:
  npm run etl -- load FILE [--kind dossiers|procedures|feedback|agencies] [--agency CODE] [--as-of yyyy-MM-dd] [--profile NAME] [--json]
  npm run etl -- profiles`;

const KINDS: readonly EtlKind[] = ['dossiers', 'procedures', 'feedback', 'agencies'];

async function openContext(): Promise<INestApplicationContext> {
  @Module({ imports: [ConfigModule.forRoot(loadConfig()), ClickhouseModule, StoreModule, EtlModule.forRoot({ background: false })] })
  class CliModule {}
  return NestFactory.createApplicationContext(CliModule, { logger: ['error', 'warn'] });
}

async function load(args: ParsedArgs): Promise<number> {
  const file = args.positional[0];
  if (!file) throw new Error('load needs a FILE');
  const kind = stringFlag(args, 'kind');
  if (kind !== undefined && !KINDS.includes(kind as EtlKind)) throw new Error(`--kind must be one of ${KINDS.join(', ')}`);
  const asOf = stringFlag(args, 'as-of');
  if (asOf !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(asOf)) throw new Error('--as-of must be a date yyyy-MM-dd');
  const context = await openContext();
  try {
    const progress = progressPrinter();
    const job = await context.get(EtlPipelineService).load(resolve(file), {
      kind: kind as EtlKind | undefined,
      agency: stringFlag(args, 'agency'),
      profile: stringFlag(args, 'profile'),
      asOf,
      onProgress: progress.update,
    });
    progress.done();
    if (args.flags.has('json')) console.log(JSON.stringify(job, null, 2));
    else {
      console.log(
        `${job.fileName}: ${job.status} · ${job.rowsRead} dòng đọc/read · ${job.rowsLoaded} nạp/loaded · ${job.rowsRejected} lỗi/rejected (job ${job.id})`,
      );
      if (job.message) console.log(job.message);
    }
    return job.status === 'failed' ? 1 : 0;
  } finally {
    await context.close();
  }
}

async function profiles(): Promise<number> {
  const context = await openContext();
  try {
    for (const profile of context.get(EtlPipelineService).listProfiles()) {
      console.log(`${profile.name} (${profile.kind}): ${profile.description}`);
    }
    return 0;
  } finally {
    await context.close();
  }
}

async function main(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv);
  switch (args.command) {
    case 'load':
      return load(args);
    case 'profiles':
      return profiles();
    default:
      console.error(USAGE);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof EmbeddedStoreLockedError) {
      console.error(
        `${error.message}\nHãy dừng API, hoặc chép tệp vào thư mục inbox để API tự nạp, hoặc tải lên ở trang Dữ liệu.` +
          `\nStop the API, or copy the file into the inbox folder for the running API to load, or upload it on the Data page.`,
      );
    } else if (error instanceof ConfigError) {
      console.error(error.message);
    } else {
      console.error(`${(error as Error).message}\n\n${USAGE}`);
    }
    process.exit(1);
  },
);
