import { ArgumentsHost, Catch, HttpException, HttpStatus, Logger, type ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
import type { ApiError } from '@cchc/domain';
import { PeriodError } from '@cchc/domain';
import { ClickhouseUnavailableError } from '@cchc/clickhouse';

/** Every error leaves as JSON with a stable code; caller mistakes are 4xx, never 500. */
@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const body = this.toBody(exception);
    response.status(body.statusCode).json(body);
  }

  private toBody(exception: unknown): ApiError {
    if (exception instanceof PeriodError) {
      return { statusCode: HttpStatus.BAD_REQUEST, code: 'invalid_period', message: exception.message };
    }
    // not the caller's fault and not a bug: the store is away, and the same request works once it is back
    if (exception instanceof ClickhouseUnavailableError) {
      this.logger.warn(`${exception.message} (${(exception.cause as Error | undefined)?.message ?? 'no cause'})`);
      return {
        statusCode: HttpStatus.SERVICE_UNAVAILABLE,
        code: 'clickhouse_unavailable',
        message: ClickhouseUnavailableError.vi,
        messageEn: ClickhouseUnavailableError.en,
      };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const body = exception.getResponse();
      if (typeof body === 'object' && body !== null && 'code' in body) return { statusCode: status, ...(body as Omit<ApiError, 'statusCode'>) };
      const message = typeof body === 'string' ? body : (body as { message?: string | string[] }).message;
      return {
        statusCode: status,
        code: status === 400 ? 'invalid_request' : status === 404 ? 'not_found' : `http_${status}`,
        message: Array.isArray(message) ? message.join('; ') : (message ?? exception.message),
      };
    }
    this.logger.error((exception as Error)?.stack ?? String(exception));
    return { statusCode: HttpStatus.INTERNAL_SERVER_ERROR, code: 'internal_error', message: 'Lỗi hệ thống / Internal error' };
  }
}
