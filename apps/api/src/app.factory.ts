// Builds the HTTP application: security headers, body limits, cookies, the API under /api,
// OpenAPI, and the built web app on the same origin.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { Logger, type LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import cookieParser from 'cookie-parser';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import { AppModule } from './app.module';
import type { AppConfig } from './config';
import { HttpCache, serveCachedPublicReads } from './common/http-cache';
import { requestContextMiddleware } from './common/request-context';
import { ReadReplicas } from './common/read-replicas';
import { problem } from './common/problem';
import { SessionService } from './auth/session.service';
import { OPENAPI_DOCUMENT } from './openapi/openapi.controller';
import { compressResponses } from './web/compression';
import { servePages } from './web/pages';
import { ServerRenderer } from './web/server-renderer';
import { serveStaticAssets } from './web/static-assets';
import { completeOpenApi, openApiConfig } from './openapi/openapi.document';

export const BODY_LIMIT = '1mb';

export interface CreateAppOptions {
  logger?: false | LogLevel[];
}

export async function createApp(config: AppConfig, databaseUrl: string, options: CreateAppOptions = {}): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, databaseUrl), {
    bodyParser: false,
    logger: options.logger ?? (config.production ? ['error', 'warn', 'log'] : ['error', 'warn', 'log']),
  });
  if (config.trustProxy) app.set('trust proxy', 1);
  app.disable('x-powered-by');
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: true,
        directives: {
          'default-src': ["'self'"],
          'script-src': ["'self'"],
          'style-src': ["'self'"],
          'img-src': ["'self'", 'data:'],
          'font-src': ["'self'", 'data:'],
          'connect-src': ["'self'"],
          'frame-ancestors': ["'none'"],
          'form-action': ["'self'"],
          'upgrade-insecure-requests': config.cookieSecure ? [] : null,
        },
      },
      hsts: config.cookieSecure,
    }),
  );
  app.use(requestContextMiddleware);
  app.use(cookieParser());
  app.use(compressResponses());
  // Pins each request to the server it reads from, before the cache or any handler reads.
  const replicas = app.get(ReadReplicas);
  await replicas.start();
  app.use(replicas.middleware(app.get(SessionService).cookieName));
  app.use(serveCachedPublicReads(app.get(HttpCache), app.get(SessionService).cookieName));
  app.useBodyParser('json', { limit: BODY_LIMIT, type: ['application/json', 'application/*+json'] });
  app.useBodyParser('urlencoded', { limit: BODY_LIMIT, extended: false });
  app.setGlobalPrefix('api');

  mountWebApp(app, config);
  await app.init();
  publishOpenApi(app);
  return app;
}

function publishOpenApi(app: NestExpressApplication): void {
  const document = completeOpenApi(SwaggerModule.createDocument(app, openApiConfig(app.get(SessionService).cookieName)));
  app.get<{ current: unknown }>(OPENAPI_DOCUMENT).current = document;
}

const isApiPath = (requestPath: string) => requestPath.startsWith('/api/') || requestPath === '/api';

/**
 * Serves the built React app (apps/web/dist): its files precompressed, the public pages rendered
 * on the server (web/server-renderer.ts), and the shell for the pages rendered in the browser.
 */
function mountWebApp(app: NestExpressApplication, config: AppConfig): void {
  const dist = config.webDistDir ?? path.resolve(__dirname, '../../web/dist');
  const server = app.getHttpAdapter().getInstance();
  const index = path.join(dist, 'index.html');
  const renderer = existsSync(index) ? ServerRenderer.load(path.join(dist, '../dist-server/entry-server.cjs'), index, () => app.getHttpServer()) : null;
  if (existsSync(index)) {
    const assets = serveStaticAssets(dist);
    // API paths never name a file: no disk lookup for them.
    server.use((request: Request, response: Response, next: NextFunction) => (isApiPath(request.path) ? next() : assets(request, response, next)));
  } else {
    new Logger('Web').warn(`No built web app at ${dist}; serving the API only.`);
  }
  if (existsSync(index) && !renderer) new Logger('Web').warn('No server bundle (apps/web/dist-server): every page is rendered in the browser.');
  if (existsSync(index)) server.use(servePages({ index, renderer, sessionCookieName: app.get(SessionService).cookieName }));
  // Body-parser errors (malformed JSON, too large) happen before Nest's filters see the request.
  server.use((error: { type?: string; status?: number }, _request: Request, response: Response, next: NextFunction) => {
    if (!error?.type) return next(error);
    const body =
      error.type === 'entity.too.large'
        ? problem(413, `The request body is larger than ${BODY_LIMIT}.`)
        : error.type === 'entity.parse.failed'
          ? problem(400, 'The request body is not valid JSON.')
          : problem(error.status ?? 400, 'The request body could not be read.');
    response.status(body.status).type('application/problem+json').send(JSON.stringify(body));
  });
}
