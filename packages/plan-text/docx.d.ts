// Types for `@psp/plan-text/docx` under `moduleResolution: node10` (tsconfig.base.json), which
// ignores package.json "exports"; at run time "exports" maps the path to dist/docx.js.
export * from './src/docx';
