// The built web app's files (apps/web/dist), sent precompressed: the build writes <file>.br and
// <file>.gz beside each text file, so a request that accepts brotli or gzip gets those bytes
// as they are. Fingerprinted files under /assets/ are cached for a year (immutable).
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { NextFunction, Request, Response } from 'express';
import { addVary, chooseEncoding } from './compression';

export const IMMUTABLE = 'public, max-age=31536000, immutable';

interface StaticFile {
  file: string;
  br: boolean;
  gzip: boolean;
  fingerprinted: boolean;
}

function listFiles(dist: string): Map<string, StaticFile> {
  const files = new Map<string, StaticFile>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const file = path.join(dir, name);
      if (statSync(file).isDirectory()) walk(file);
      else if (!/\.(br|gz)$/.test(name) && name !== 'index.html' && !file.includes(`${path.sep}.vite${path.sep}`)) {
        const url = `/${path.relative(dist, file).split(path.sep).join('/')}`;
        files.set(url, { file, br: existsSync(`${file}.br`), gzip: existsSync(`${file}.gz`), fingerprinted: url.startsWith('/assets/') });
      }
    }
  };
  walk(dist);
  return files;
}

/** Serves the files of the build; anything else goes on (to the pages). */
export function serveStaticAssets(dist: string) {
  const files = listFiles(dist);
  return (request: Request, response: Response, next: NextFunction) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return next();
    const found = files.get(request.path);
    if (!found) return next();
    const encoding = chooseEncoding(request.header('accept-encoding'));
    const variant = encoding === 'br' && found.br ? 'br' : encoding && found.gzip ? 'gzip' : null;
    response.setHeader('Cache-Control', found.fingerprinted ? IMMUTABLE : 'public, max-age=0, must-revalidate');
    if (found.br || found.gzip) addVary(response, 'Accept-Encoding');
    // The type is the original file's, not the compressed copy's.
    response.type(path.extname(found.file));
    if (variant) response.setHeader('Content-Encoding', variant);
    const file = variant === 'br' ? `${found.file}.br` : variant === 'gzip' ? `${found.file}.gz` : found.file;
    response.sendFile(file, { dotfiles: 'allow', lastModified: true, etag: true }, (error?: Error) => {
      if (error) next(error);
    });
  };
}
