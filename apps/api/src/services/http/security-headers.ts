import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';

/**
 * Headers every response carries, and for the JSON API a policy that lets it run nothing at all (the
 * interactive docs under /api/docs and the dashboard need scripts, so they keep the defaults).
 */
export function securityHeaders(app: NestExpressApplication): void {
  app.disable('x-powered-by');
  app.use((request: Request, response: Response, next: NextFunction) => {
    response.setHeader('X-Content-Type-Options', 'nosniff');
    response.setHeader('X-Frame-Options', 'DENY');
    response.setHeader('Referrer-Policy', 'no-referrer');
    response.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
    if (request.path.startsWith('/api/') && !request.path.startsWith('/api/docs')) {
      response.setHeader('Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'");
      response.setHeader('Cache-Control', 'no-store');
    }
    next();
  });
}
