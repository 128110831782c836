import 'reflect-metadata';
import { resolve } from 'node:path';
import { HttpException, Module, type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ETL_KINDS, INDEX_FAMILIES, PeriodError, type EtlKind, type IndexFamily, type StatsQuery } from '@cchc/domain';
import { AnalyticsModule, DossierStatsService, FeedbackStatsService, IndexScoresService, ProcedureStatsService } from '@cchc/analytics';
import { ConfigError, ConfigModule, loadConfig } from '@cchc/config';
import { ClickhouseModule, EmbeddedStoreLockedError } from '@cchc/clickhouse';
import { StoreModule } from '@cchc/store';
import { EtlModule } from '../etl.module';
import { EtlPipelineService } from '../pipeline/etl-pipeline.service';
import { parseArgs, stringFlag, type ParsedArgs } from './args';
import { progressPrinter } from './progress';
import { dossierTable, feedbackTable, procedureTable, scoresTable } from './stats-tables';

const USAGE = `Cách dùng / Usage:
  npm run etl -- load FILE [--kind dossiers|procedures|feedback|agencies|scores] [--agency CODE] [--as-of yyyy-MM-dd] [--profile NAME] [--json]
      scores: --family par|sipas|papi|ddci|d766 [--framework VERSION] [--peer-group CODE]
  npm run etl -- stats --agency CODE --period PERIOD [--calendar] [--department D] [--procedure P] [--field F] [--json]
  npm run etl -- procedures-stats --agency CODE --period PERIOD [--calendar] [--json]
  npm run etl -- feedback-stats --agency CODE --period PERIOD [--calendar] [--department D] [--json]
  npm run etl -- scores --family par|sipas|papi|ddci|d766 --year YYYY [--peer-group CODE] [--json]
  npm run etl -- profiles
PERIOD: 2023, 2023-Q1…Q4, 2023-H1/H2, 2023-9M, 2023-06 (official Decree 09/2019 windows unless --calendar)`;


async function openContext(): Promise<INestApplicationContext> {
  @Module({ imports: [ConfigModule.forRoot(loadConfig()), ClickhouseModule, StoreModule, AnalyticsModule, EtlModule.forRoot({ background: false })] })
  class CliModule {}
  return NestFactory.createApplicationContext(CliModule, { logger: ['error', 'warn'] });
}

async function load(args: ParsedArgs): Promise<number> {
  const file = args.positional[0];
  if (!file) throw new Error('load needs a FILE');
  const kind = stringFlag(args, 'kind');
  if (kind !== undefined && !(ETL_KINDS as readonly string[]).includes(kind)) throw new Error(`--kind must be one of ${ETL_KINDS.join(', ')}`);
  const asOf = stringFlag(args, 'as-of');
  if (asOf !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(asOf)) throw new Error('--as-of must be a date yyyy-MM-dd');
  const family = stringFlag(args, 'family');
  if (family !== undefined && !(INDEX_FAMILIES as readonly string[]).includes(family)) throw new Error(`--family must be one of ${INDEX_FAMILIES.join(', ')}`);
  const context = await openContext();
  try {
    const progress = progressPrinter();
    const job = await context.get(EtlPipelineService).load(resolve(file), {
      kind: kind as EtlKind | undefined,
      agency: stringFlag(args, 'agency'),
      profile: stringFlag(args, 'profile'),
      asOf,
      family: family as IndexFamily | undefined,
      framework: stringFlag(args, 'framework'),
      peerGroup: stringFlag(args, 'peer-group'),
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

function statsQuery(args: ParsedArgs): StatsQuery {
  const agency = stringFlag(args, 'agency');
  const period = stringFlag(args, 'period');
  if (!agency || !period) throw new Error('--agency and --period are required');
  return { agency, period, calendar: args.flags.has('calendar') };
}

/** Prints the endpoint's JSON (the same service builds both) or a readable bilingual table. */
async function stats<T>(args: ParsedArgs, compute: (context: INestApplicationContext) => Promise<T>, table: (result: T) => string): Promise<number> {
  const context = await openContext();
  try {
    const result = await compute(context);
    console.log(args.flags.has('json') ? JSON.stringify(result, null, 2) : table(result));
    return 0;
  } finally {
    await context.close();
  }
}

function optional(args: ParsedArgs, ...names: readonly string[]): Record<string, string> {
  const picked: Record<string, string> = {};
  for (const name of names) {
    const value = stringFlag(args, name);
    if (value !== undefined) picked[name] = value;
  }
  return picked;
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
    case 'stats': {
      const query = { ...statsQuery(args), ...optional(args, 'department', 'procedure', 'field') };
      return stats(args, (context) => context.get(DossierStatsService).stats(query), dossierTable);
    }
    case 'procedures-stats': {
      const query = statsQuery(args);
      return stats(args, (context) => context.get(ProcedureStatsService).stats(query), procedureTable);
    }
    case 'scores': {
      const family = stringFlag(args, 'family');
      const year = Number(stringFlag(args, 'year'));
      if (!family || !(INDEX_FAMILIES as readonly string[]).includes(family)) throw new Error(`--family must be one of ${INDEX_FAMILIES.join(', ')}`);
      if (!Number.isInteger(year)) throw new Error('--year must be a year, e.g. 2022');
      const peerGroup = stringFlag(args, 'peer-group');
      return stats(args, (context) => context.get(IndexScoresService).scores(family as IndexFamily, year, peerGroup), scoresTable);
    }
    case 'feedback-stats': {
      const query = { ...statsQuery(args), ...optional(args, 'department') };
      return stats(args, (context) => context.get(FeedbackStatsService).stats(query), feedbackTable);
    }
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
    } else if (error instanceof HttpException) {
      const { message, messageEn } = error.getResponse() as { message?: string; messageEn?: string };
      console.error([message ?? error.message, messageEn].filter(Boolean).join('\n'));
    } else if (error instanceof ConfigError || error instanceof PeriodError) {
      console.error(error.message);
    } else {
      console.error(`${(error as Error).message}\n\n${USAGE}`);
    }
    process.exit(1);
  },
);
