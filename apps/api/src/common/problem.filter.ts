import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { ZodError } from 'zod';
import { Prisma } from '@psp/db';
import { problem, ProblemException } from './problem';
import { zodFieldErrors } from './validation';

/** Body-parser and other Express-level errors carry a status and a type. */
interface HttpLikeError {
  status?: number;
  statusCode?: number;
  type?: string;
}

/**
 * Maps every error to RFC 9457 problem details. Prisma's unique violation becomes 409 and its
 * "record not found" 404; anything unexpected is logged and answered without internals.
 */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(error: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const { body, headers } = this.toProblem(error);
    if (response.headersSent) return;
    response
      .status(body.status)
      .set({ ...headers, 'Content-Type': 'application/problem+json' })
      .send(JSON.stringify(body));
  }

  private toProblem(error: unknown): { body: ReturnType<typeof problem>; headers: Record<string, string> } {
    if (error instanceof ProblemException) return { body: error.problemDetails, headers: error.headers };
    if (error instanceof ZodError) {
      return { body: problem(400, 'The request has invalid fields.', zodFieldErrors(error)), headers: {} };
    }
    if (error instanceof Prisma.PrismaClientKnownRequestError) {
      switch (error.code) {
        case 'P2002':
          return { body: problem(409, 'That already exists.'), headers: {} };
        case 'P2025':
          return { body: problem(404, 'That was not found.'), headers: {} };
        case 'P2003':
          return { body: problem(409, 'That is still referred to by other records.'), headers: {} };
        case 'P2034':
          return { body: problem(409, 'Someone else changed this at the same moment; try again.'), headers: {} };
      }
    }
    if (error instanceof HttpException) {
      const status = error.getStatus();
      const detail = status === 404 ? 'There is nothing at this address.' : error.message;
      return { body: problem(status, detail), headers: {} };
    }
    const httpLike = error as HttpLikeError;
    const status = httpLike?.status ?? httpLike?.statusCode;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      if (httpLike.type === 'entity.too.large') return { body: problem(413, 'The request body is larger than 1 MB.'), headers: {} };
      if (httpLike.type === 'entity.parse.failed') return { body: problem(400, 'The request body is not valid JSON.'), headers: {} };
      return { body: problem(status, 'The request could not be processed.'), headers: {} };
    }
    this.logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    return { body: problem(500, 'An unexpected error occurred. It has been logged.'), headers: {} };
  }
}
