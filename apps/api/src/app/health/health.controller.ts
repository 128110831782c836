import { Controller, Get, Inject, Res } from '@nestjs/common';
import { Public } from '../auth/access.decorators';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { HealthResponse } from '@cchc/domain';
import { APP_CONFIG, type AppConfig } from '@cchc/config';
import { ClickhouseRepository } from '@cchc/clickhouse';
import { UnitRepository } from '@cchc/store';

@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clickhouse: ClickhouseRepository,
    private readonly units: UnitRepository,
  ) {}

  @Get()
  @ApiOperation({ summary: 'ClickHouse and the relational store answer (200) or not (503)' })
  async health(@Res({ passthrough: true }) response: Response): Promise<HealthResponse> {
    const clickhouse = await this.clickhouse.health();
    let relationalError: string | null = null;
    await this.units.ping().catch((error: Error) => (relationalError = error.message));
    const body: HealthResponse = {
      status: clickhouse.ok && relationalError === null ? 'ok' : 'degraded',
      clickhouse,
      relational: { ok: relationalError === null, type: this.config.relational.type, error: relationalError },
    };
    response.status(body.status === 'ok' ? 200 : 503);
    return body;
  }
}
