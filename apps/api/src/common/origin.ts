import type { Request } from 'express';

/** The origin the reader asked for (behind a trusted proxy, the one it forwarded): absolute links in feeds, the sitemap and robots.txt. */
export const originOf = (request: Request): string => `${request.protocol}://${request.get('host') ?? 'localhost'}`;
