#!/usr/bin/env node
// The JavaScript and CSS budgets of the public pages (gzipped). A first visit to a server-rendered
// page loads the entry (src/boot.ts: the stylesheets and a loader) and nothing else: budget 100 KB
// (FIRST_VISIT_BUDGET_KB). The app loads when the reader first reaches for the page: the app
// module's closure plus the page's own lazy chunk and its static imports: budget 150 KB
// (BUNDLE_BUDGET_KB). Run after `vite build`; reads the build manifest (dist/.vite/manifest.json).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const webDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(webDir, 'dist');
const manifestFile = path.join(dist, '.vite', 'manifest.json');
const budgetKb = Number(process.env.BUNDLE_BUDGET_KB ?? 150);
const firstVisitBudgetKb = Number(process.env.FIRST_VISIT_BUDGET_KB ?? 100);

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
const kb = (bytes) => (bytes / 1024).toFixed(1);
const sizeOf = (files) => [...files].reduce((sum, file) => sum + gzippedSize(file), 0);
const entryFiles = [...staticClosure(entryKey)].map((key) => manifest[key].file);
const cssFiles = [...new Set([...staticClosure(entryKey)].flatMap((key) => manifest[key].css ?? []))];
const firstVisit = sizeOf(entryFiles) + sizeOf(cssFiles);
// The app: the entry's dynamic import (src/main.tsx) and everything it loads up front.
const appKey = (manifest[entryKey].dynamicImports ?? []).find((key) => key.endsWith('src/main.tsx'));
if (!appKey) {
  console.error('The entry does not load src/main.tsx dynamically (see src/boot.ts).');
  process.exit(1);
}
const appFiles = [...staticClosure(appKey)].map((key) => manifest[key].file);
let failed = firstVisit > firstVisitBudgetKb * 1024;
console.log(
  `First visit to a public page, gzipped (budget ${firstVisitBudgetKb} KB): ${kb(firstVisit)} KB — ${kb(sizeOf(entryFiles))} KB of JavaScript in ${entryFiles.length} file(s), ${kb(sizeOf(cssFiles))} KB of CSS.`,
);
console.log(
  `Once the reader reaches for the page, the app and the page's own chunks, gzipped (budget ${budgetKb} KB): shared ${kb(sizeOf(appFiles))} KB in ${appFiles.length} files.`,
);
for (const [route, source] of Object.entries(PUBLIC_PAGES)) {
  if (!manifest[source]) {
    console.error(`  ${route}: ${source} is not in the build manifest (renamed? update scripts/bundle-size.mjs)`);
    failed = true;
    continue;
  }
  const files = new Set([...appFiles, ...[...staticClosure(source)].map((key) => manifest[key].file)]);
  const total = sizeOf(files);
  const over = total > budgetKb * 1024;
  failed ||= over;
  console.log(`  ${over ? 'OVER' : 'ok  '} ${route.padEnd(32)} ${kb(total).padStart(6)} KB (${files.size} files)`);
}
if (failed) {
  console.error(`A public page is over its budget: ${firstVisitBudgetKb} KB on a first visit, ${budgetKb} KB once the app runs.`);
  process.exit(1);
}
