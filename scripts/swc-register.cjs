// `node -r ./scripts/swc-register.cjs file.ts` runs TypeScript (scripts, benchmarks, the seed CLI)
// through SWC, resolving workspace packages to their sources as Jest does.
const fs = require('node:fs');
const path = require('node:path');
const Module = require('node:module');
const { transformSync } = require('@swc/core');

const root = path.dirname(__dirname);
const originalResolve = Module._resolveFilename;
Module._resolveFilename = function resolve(request, parent, ...rest) {
  const match = /^@psp\/([a-z-]+)(?:\/(.*))?$/.exec(request);
  if (match) {
    const [, name, sub] = match;
    const base = name === 'db' ? path.join(root, 'prisma') : path.join(root, 'packages', name);
    request = sub ? path.join(base, name === 'db' ? sub : path.join('src', sub)) : path.join(base, 'src', 'index.ts');
  }
  try {
    return originalResolve.call(this, request, parent, ...rest);
  } catch (error) {
    // node16-style "./x.js" imports between TypeScript files (the generated Prisma client).
    if (/^\.{1,2}\/.*\.js$/.test(request) && parent?.filename?.endsWith('.ts')) {
      return originalResolve.call(this, request.slice(0, -3), parent, ...rest);
    }
    throw error;
  }
};

for (const ext of ['.ts', '.tsx']) {
  require.extensions[ext] = function compile(module, filename) {
    const source = fs.readFileSync(filename, 'utf8');
    const { code } = transformSync(source, {
      filename,
      sourceMaps: 'inline',
      jsc: {
        target: 'es2022',
        parser: { syntax: 'typescript', tsx: ext === '.tsx', decorators: true },
        transform: { legacyDecorator: true, decoratorMetadata: true },
      },
      module: { type: 'commonjs' },
    });
    module._compile(code, filename);
  };
}
