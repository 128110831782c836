import { ConsoleLogger, ValidationPipe, type LoggerService } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { AppConfig } from '@cchc/config';
import { ApiExceptionFilter } from '../services/http/api-exception.filter';
import { serveDashboard } from '../services/http/dashboard-static';
import { securityHeaders } from '../services/http/security-headers';
import { AppModule } from './app.module';

export function createLogger(config: AppConfig): LoggerService | false {
  if (config.env === 'test') return false;
  return new ConsoleLogger({ json: config.logFormat === 'json', colors: config.logFormat === 'text' && process.stdout.isTTY });
}

/** The whole HTTP application, shared by main.ts and the tests so both run the same thing. */
export async function createApp(config: AppConfig): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), { logger: createLogger(config) });
  securityHeaders(app);
  app.setGlobalPrefix('api');
  app.useGlobalPipes(new ValidationPipe({ transform: true, whitelist: true, forbidNonWhitelisted: true }));
  app.useGlobalFilters(new ApiExceptionFilter());
  if (config.corsOrigin) app.enableCors({ origin: config.corsOrigin });
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('CCHC Index Tracker API')
      .setDescription('Chỉ số CCHC, hồ sơ một cửa và dữ liệu / Administrative-reform indices, one-stop-shop dossiers and data loads')
      .setVersion('0.1.0')
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document);
  serveDashboard(app, config.dashboardDir);
  app.enableShutdownHooks();
  return app;
}
