// Every non-API GET: robots.txt, the sitemap of published pages, the public pages rendered on
// the server, and the shell for the pages that render in the browser only (staff workspaces).
import { readFileSync } from 'node:fs';
import { Logger } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { z } from 'zod';
import { PUBLIC_CACHE_CONTROL } from '../common/http-cache';
import { originOf } from '../common/origin';
import { escapeHtml, type ServerRenderer } from './server-renderer';

/** Pages that need JavaScript and a sign-in: the browser renders them from the shell. */
const BROWSER_ONLY = [/^\/workspace(\/|$)/, /^\/sign-in\/?$/, /^\/signed-out\/?$/];

const isApiPath = (requestPath: string) => requestPath.startsWith('/api/') || requestPath === '/api';

export interface PagesOptions {
  index: string;
  renderer: ServerRenderer | null;
  sessionCookieName: string;
}

export function robotsTxt(origin: string): string {
  return [
    'User-agent: *',
    'Allow: /',
    'Disallow: /workspace',
    'Disallow: /sign-in',
    'Disallow: /signed-out',
    'Disallow: /api/',
    '',
    `Sitemap: ${origin}/sitemap.xml`,
    '',
  ].join('\n');
}

// Only what the sitemap reads of the public API's answers (checked, not assumed).
const Listed = z.array(z.object({ id: z.string() }));
const Panels = z.array(z.object({ slug: z.string() }));
const Documents = z.array(z.object({ versions: z.array(z.object({ id: z.string(), status: z.string(), publishedAt: z.string().nullable() })) }));

/** The addresses of every published page, from the public API (what the public may see, nothing else). */
async function sitemapUrls(renderer: ServerRenderer): Promise<{ path: string; lastModified?: string }[]> {
  const urls: { path: string; lastModified?: string }[] = [];
  const panels = Panels.parse(await renderer.fetchPublicJson('/api/panels'));
  for (const panel of panels) {
    const slug = encodeURIComponent(panel.slug);
    urls.push(
      { path: `/panels/${slug}` },
      { path: `/panels/${slug}/recommendations` },
      { path: `/panels/${slug}/meetings` },
      { path: `/panels/${slug}/letters` },
    );
    const [recommendations, meetings, letters, documents] = await Promise.all([
      renderer.fetchPublicJson(`/api/panels/${slug}/recommendations`).then((body) => Listed.parse(body)),
      renderer.fetchPublicJson(`/api/panels/${slug}/meetings`).then((body) => Listed.parse(body)),
      renderer.fetchPublicJson(`/api/panels/${slug}/letters`).then((body) => Listed.parse(body)),
      renderer.fetchPublicJson(`/api/panels/${slug}/documents`).then((body) => Documents.parse(body)),
    ]);
    for (const r of recommendations) urls.push({ path: `/recommendations/${encodeURIComponent(r.id)}` });
    for (const m of meetings) urls.push({ path: `/meetings/${encodeURIComponent(m.id)}` });
    for (const l of letters) urls.push({ path: `/letters/${encodeURIComponent(l.id)}` });
    for (const document of documents) {
      const published = document.versions.filter((version) => version.status === 'PUBLISHED');
      published.forEach((version, index) => {
        const lastModified = version.publishedAt ?? undefined;
        urls.push({ path: `/document-versions/${encodeURIComponent(version.id)}`, lastModified });
        if (index > 0 || published.length > 1) urls.push({ path: `/document-versions/${encodeURIComponent(version.id)}/changes`, lastModified });
      });
    }
  }
  return urls;
}

export function sitemapXml(origin: string, urls: { path: string; lastModified?: string }[]): string {
  const entries = urls.map(
    (url) =>
      `  <url><loc>${escapeHtml(`${origin}${url.path}`)}</loc>${url.lastModified ? `<lastmod>${escapeHtml(url.lastModified.slice(0, 10))}</lastmod>` : ''}</url>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries.join('\n')}\n</urlset>\n`;
}

export function servePages({ index, renderer, sessionCookieName }: PagesOptions) {
  const logger = new Logger('Pages');
  let shellHtml: string | null = null;
  const shell = () => (shellHtml ??= readFileSync(index, 'utf8'));
  const sendShell = (response: Response, status = 200) => {
    response.status(status).setHeader('Cache-Control', 'no-cache');
    response.type('html').send(shell());
  };

  return async (request: Request, response: Response, next: NextFunction) => {
    if (isApiPath(request.path) || (request.method !== 'GET' && request.method !== 'HEAD')) return next();
    try {
      if (request.path === '/robots.txt') {
        response.setHeader('Cache-Control', 'public, max-age=3600');
        return void response.type('text/plain').send(robotsTxt(originOf(request)));
      }
      if (!renderer) return sendShell(response);
      if (request.path === '/sitemap.xml') {
        const xml = sitemapXml(originOf(request), await sitemapUrls(renderer));
        response.setHeader('Cache-Control', PUBLIC_CACHE_CONTROL);
        return void response.type('application/xml').send(xml);
      }
      if (BROWSER_ONLY.some((pattern) => pattern.test(request.path))) return sendShell(response);

      const token = (request.cookies as Record<string, string> | undefined)?.[sessionCookieName];
      const page = await renderer.render(originOf(request), request.originalUrl, token ? `${sessionCookieName}=${token}` : null);
      response.status(page.status).set(page.headers);
      if (page.headers.Location) return void response.end();
      response.send(page.body);
    } catch (error) {
      // A fault in server rendering must not take the page away: the browser can still render it.
      logger.error(`Could not render ${request.path} on the server: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      if (!response.headersSent) sendShell(response);
    }
  };
}
