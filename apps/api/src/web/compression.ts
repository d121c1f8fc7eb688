// Compression of what the server generates (JSON, server-rendered HTML) with Node's zlib:
// brotli when the browser accepts it, else gzip. Static files are compressed once, at build
// time (see static-assets.ts); streams (CSV, .docx, PDF) are left alone.
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { NextFunction, Request, Response } from 'express';

/** Below this, compression saves less than the headers and the work cost. */
const MIN_BYTES = 1024;
const COMPRESSIBLE_TYPE = /^(text\/|application\/(json|problem\+json|xml|javascript|atom\+xml|rss\+xml)|image\/svg\+xml)/;

export type Encoding = 'br' | 'gzip';

/** The encoding to use, by the request's Accept-Encoding (a q=0 refuses one). */
export function chooseEncoding(acceptEncoding: string | undefined): Encoding | null {
  if (!acceptEncoding) return null;
  const accepted = new Map<string, number>();
  for (const part of acceptEncoding.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((p) => /^\s*q=([\d.]+)/.exec(p)?.[1]).find((value) => value !== undefined);
    accepted.set(name, q === undefined ? 1 : Number(q));
  }
  const allows = (name: string) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0;
  if (allows('br')) return 'br';
  if (allows('gzip')) return 'gzip';
  return null;
}

export function compress(body: Buffer, encoding: Encoding): Buffer {
  return encoding === 'br'
    ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } })
    : gzipSync(body, { level: 6 });
}

export function addVary(response: Response, field: string): void {
  const current = String(response.getHeader('Vary') ?? '');
  const fields = current
    .split(',')
    .map((f) => f.trim())
    .filter(Boolean);
  if (!fields.some((f) => f.toLowerCase() === field.toLowerCase() || f === '*')) response.setHeader('Vary', [...fields, field].join(', '));
}

/** Compresses bodies sent with `response.send` (Nest's JSON, the pages) when worth it. */
export function compressResponses() {
  return (request: Request, response: Response, next: NextFunction) => {
    const encoding = chooseEncoding(request.header('accept-encoding'));
    const send = response.send.bind(response);
    response.send = (body?: unknown) => {
      // Objects go through res.json, which calls send again with the string.
      if (typeof body !== 'string' && !Buffer.isBuffer(body)) return send(body);
      const type = String(response.getHeader('Content-Type') ?? (typeof body === 'string' ? 'text/html' : ''));
      if (!COMPRESSIBLE_TYPE.test(type) || response.getHeader('Content-Encoding') || response.statusCode === 204 || response.statusCode === 304)
        return send(body);
      addVary(response, 'Accept-Encoding');
      const buffer = typeof body === 'string' ? Buffer.from(body) : body;
      if (!encoding || buffer.length < MIN_BYTES) return send(body);
      if (!response.getHeader('Content-Type')) response.type('html');
      response.setHeader('Content-Encoding', encoding);
      return send(compress(buffer, encoding));
    };
    next();
  };
}
