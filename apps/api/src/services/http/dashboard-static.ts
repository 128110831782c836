import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';

/**
 * In the embedded quick start the API also serves the built dashboard, so one URL is the product.
 * Unknown non-API paths get index.html, which lets the Angular router take deep links.
 */
export function serveDashboard(app: NestExpressApplication, dir: string | null): boolean {
  if (!dir || !existsSync(join(dir, 'index.html'))) return false;
  app.useStaticAssets(dir, { index: false, maxAge: '1h' });
  app.use((request: Request, response: Response, next: NextFunction) => {
    if (request.method !== 'GET' || request.path.startsWith('/api')) return next();
    response.setHeader('Cache-Control', 'no-cache');
    response.sendFile(join(dir, 'index.html'));
  });
  return true;
}
