// Rules that keep public pages small and the architecture as designed, checked on the source:
// - @psp/contracts is imported for its types only (zod would otherwise ship to every reader;
//   the api-client loads the schemas lazily, in development only);
// - features never import one another (they share through src/components and src/lib);
// - no inline styles (the CSP forbids them) and no dangerouslySetInnerHTML.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const SRC = path.resolve(__dirname, '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === 'testing' ? [] : sourceFiles(full);
    return /\.tsx?$/.test(name) && !/\.spec\.tsx?$/.test(name) ? [full] : [];
  });
}

const files = sourceFiles(SRC).map((file) => ({ file: path.relative(SRC, file), text: readFileSync(file, 'utf8') }));

test('@psp/contracts is imported for types only', () => {
  const offenders = files.filter(({ text }) =>
    [...text.matchAll(/import\s+(type\s+)?\{([^}]*)\}\s+from\s+'@psp\/contracts'/g)].some(
      ([, typeOnly, names]) => !typeOnly && (names ?? '').split(',').some((name) => name.trim() && !name.trim().startsWith('type ')),
    ),
  );
  expect(offenders.map((f) => f.file)).toEqual([]);
});

test('features do not import each other', () => {
  const offenders = files.flatMap(({ file, text }) => {
    const feature = /^features\/([^/]+)\//.exec(file)?.[1];
    if (!feature) return [];
    return [...text.matchAll(/from\s+'@\/features\/([^/']+)/g)].filter(([, other]) => other !== feature).map(([statement]) => `${file}: ${statement}`);
  });
  expect(offenders).toEqual([]);
});

test('no inline styles and no raw HTML', () => {
  const offenders = files.filter(({ text }) => /\bstyle=\{\{|dangerouslySetInnerHTML|<style[\s>]/.test(text)).map((f) => f.file);
  expect(offenders).toEqual([]);
});

test('every URL is spelled in config/paths.ts', () => {
  const offenders = files
    .filter(({ file }) => file !== path.join('config', 'paths.ts'))
    .flatMap(({ file, text }) => [...text.matchAll(/['"`]\/api\/[a-z]/g)].map(([match]) => `${file}: ${match}`));
  expect(offenders).toEqual([]);
});
