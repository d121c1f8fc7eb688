#!/usr/bin/env node
// The JavaScript budget of the public pages: what a reader's browser downloads (gzipped) to show
// each public page on a first visit — the entry chunk and its static imports, plus the page's
// own lazy chunk and its static imports. Fails above the budget (150 KB, or BUNDLE_BUDGET_KB).
// Run after `vite build`; reads the build manifest (dist/.vite/manifest.json).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const webDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(webDir, 'dist');
const manifestFile = path.join(dist, '.vite', 'manifest.json');
const budgetKb = Number(process.env.BUNDLE_BUDGET_KB ?? 150);

/** The public pages, by the source file of their route module. */
const PUBLIC_PAGES = {
  '/panels/:slug': 'src/features/panels/routes/panel-home.tsx',
  '/panels/:slug/recommendations': 'src/features/recommendations/routes/tracker.tsx',
  '/recommendations/:id': 'src/features/recommendations/routes/recommendation.tsx',
  '/document-versions/:id': 'src/features/documents/routes/document-version.tsx',
  '/document-versions/:id/changes': 'src/features/documents/routes/document-changes.tsx',
  '/provisions/:provisionKey': 'src/features/documents/routes/provision.tsx',
  '/panels/:slug/meetings': 'src/features/meetings/routes/meetings.tsx',
  '/meetings/:id': 'src/features/meetings/routes/meeting.tsx',
  '/letters/:id': 'src/features/letters/routes/letter.tsx',
  '/search': 'src/features/search/routes/search.tsx',
};

if (!existsSync(manifestFile)) {
  console.error(`No build manifest at ${path.relative(process.cwd(), manifestFile)}: run \`npm run build -w @psp/web\` first.`);
  process.exit(1);
}
const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
const gzipCache = new Map();
const gzippedSize = (file) => {
  if (!gzipCache.has(file)) gzipCache.set(file, gzipSync(readFileSync(path.join(dist, file)), { level: 9 }).length);
  return gzipCache.get(file);
};

/** Every JS file a manifest entry loads up front: itself and its static imports, recursively. */
function staticClosure(key, seen = new Set()) {
  const chunk = manifest[key];
  if (!chunk || seen.has(key)) return seen;
  seen.add(key);
  for (const imported of chunk.imports ?? []) staticClosure(imported, seen);
  return seen;
}

const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry);
if (!entryKey) {
  console.error('The build manifest has no entry chunk.');
  process.exit(1);
}
const entryFiles = [...staticClosure(entryKey)].map((key) => manifest[key].file);
const kb = (bytes) => (bytes / 1024).toFixed(1);
const entryBytes = entryFiles.reduce((sum, file) => sum + gzippedSize(file), 0);
const cssFiles = [...new Set(entryFiles.flatMap((file) => Object.values(manifest).find((c) => c.file === file)?.css ?? []))];
const cssBytes = cssFiles.reduce((sum, file) => sum + gzippedSize(file), 0);

console.log(
  `Public page JavaScript, gzipped (budget ${budgetKb} KB). Shared by every page: ${kb(entryBytes)} KB in ${entryFiles.length} files; CSS ${kb(cssBytes)} KB.`,
);
let failed = false;
for (const [route, source] of Object.entries(PUBLIC_PAGES)) {
  if (!manifest[source]) {
    console.error(`  ${route}: ${source} is not in the build manifest (renamed? update scripts/bundle-size.mjs)`);
    failed = true;
    continue;
  }
  const files = new Set([...entryFiles, ...[...staticClosure(source)].map((key) => manifest[key].file)]);
  const total = [...files].reduce((sum, file) => sum + gzippedSize(file), 0);
  const over = total > budgetKb * 1024;
  failed ||= over;
  console.log(`  ${over ? 'OVER' : 'ok  '} ${route.padEnd(32)} ${kb(total).padStart(6)} KB (${files.size} files)`);
}
if (failed) {
  console.error(`A public page loads more than ${budgetKb} KB of gzipped JavaScript.`);
  process.exit(1);
}
