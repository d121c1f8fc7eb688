// Vite builds the single-page app the API serves from apps/web/dist under a strict CSP:
// no inline scripts or styles, so no module-preload polyfill and nothing injected into index.html.
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

const webDir = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(webDir, '../..');
const govukDir = path.resolve(repoRoot, 'node_modules/govuk-frontend/dist/govuk');

/**
 * The portal is not a GOV.UK service, so it must not use the GDS Transport typeface: drop the
 * precompiled stylesheet's @font-face rules and let the font stacks fall back to Arial. (The
 * Sass build would do this with $govuk-font-family, but the precompiled CSS avoids a Sass step.)
 */
function govukFrontendWithoutTransportFont(): Plugin {
  return {
    name: 'psp:govuk-frontend-without-transport-font',
    enforce: 'pre',
    transform(code, id) {
      if (!id.replace(/\\/g, '/').endsWith('govuk-frontend/dist/govuk/govuk-frontend.min.css')) return null;
      return { code: code.replace(/@font-face\{[^}]*\}/g, ''), map: null };
    },
  };
}

/**
 * The server renderer (src/entry-server.tsx) for the API: one self-contained CommonJS file in
 * dist-server/ (not dist/, which is served to the public), libraries bundled in, so the API
 * loads it with require() wherever it runs.
 */
const serverBuild = {
  ssr: 'src/entry-server.tsx',
  outDir: 'dist-server',
  emptyOutDir: true,
  copyPublicDir: false,
  sourcemap: false,
  target: 'node20',
  rolldownOptions: {
    output: { format: 'cjs' as const, entryFileNames: 'entry-server.cjs', codeSplitting: false },
  },
};

export default defineConfig(({ mode, isSsrBuild }) => ({
  root: webDir,
  plugins: [govukFrontendWithoutTransportFont(), react()],
  define: {
    // Responses are checked against the zod contracts in development only, so zod never ships.
    __PSP_DEV__: JSON.stringify(mode === 'development'),
  },
  resolve: {
    alias: [
      { find: /^@\//, replacement: `${path.resolve(webDir, 'src')}/` },
      { find: /^@psp\/contracts$/, replacement: path.resolve(repoRoot, 'packages/contracts/src/index.ts') },
      { find: /^@psp\/contracts\/enums$/, replacement: path.resolve(repoRoot, 'packages/contracts/src/enums.ts') },
      { find: '@psp/domain', replacement: path.resolve(repoRoot, 'packages/domain/src/index.ts') },
      // govuk-frontend's precompiled CSS refers to its images at /assets/images/…
      { find: /^\/assets\/images\//, replacement: `${govukDir}/assets/images/` },
    ],
  },
  css: {
    // govuk-frontend still carries old Internet Explorer hacks (`@media screen\0`) that modern
    // browsers ignore; let the minifier drop them instead of failing.
    lightningcss: { errorRecovery: true },
  },
  ssr: { noExternal: true },
  build: isSsrBuild
    ? serverBuild
    : {
        outDir: 'dist',
        emptyOutDir: true,
        manifest: true,
        sourcemap: false,
        target: 'es2022',
        // No <link rel="modulepreload"> for the libraries: on a slow connection they would share the
        // bandwidth with the render-blocking CSS of a server-rendered page, which paints without them.
        modulePreload: false,
        // Keep every asset a file: a data: URL would be fine for img-src, but files cache better.
        assetsInlineLimit: 0,
        rolldownOptions: {
          output: {
            // A few well-sized chunks rather than dozens of tiny ones: the libraries (needed by every
            // page), the app's shared code, and per feature its data fetchers and components. Each
            // page's own module stays a chunk of its own.
            codeSplitting: {
              groups: [
                // Vite's loader of dynamic imports stays with the entry, which needs nothing else (src/boot.ts).
                { name: 'boot', test: /vite[\\/]preload-helper/, priority: 50 },
                // Libraries by how often they change, so an upgrade of one leaves the others cached.
                { name: 'react', test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 40 },
                { name: 'router', test: /[\\/]node_modules[\\/]react-router[\\/]/, priority: 40 },
                { name: 'query', test: /[\\/]node_modules[\\/]@tanstack[\\/]/, priority: 40 },
                { name: 'vendor', test: /[\\/]node_modules[\\/]/, priority: 30 },
                { name: 'shared', test: /[\\/]src[\\/](lib|components|config)[\\/]/, priority: 20 },
                {
                  name: (id: string) => /[\\/]src[\\/]features[\\/]([^\\/]+)[\\/](api|components)[\\/]/.exec(id)?.[1] ?? null,
                  test: /[\\/]src[\\/]features[\\/][^\\/]+[\\/](api|components)[\\/]/,
                  priority: 10,
                },
              ],
            },
          },
        },
      },
  server: {
    proxy: { '/api': { target: 'http://localhost:3000', changeOrigin: false } },
  },
}));
