// Public pages rendered on the server from the web app's own routes and components
// (apps/web/src/entry-server.tsx, built by Vite into apps/web/dist-server/entry-server.cjs and
// loaded once at start-up). Loaders reach the API over the loopback interface, as the browser
// would, with the visitor's own session cookie, or with none for the public:
//   - anonymous renders hold published material only (every API read enforces it) and are
//     cached like public JSON: `public, max-age=0, must-revalidate`, an ETag, `Vary: Cookie`;
//   - a signed-in visitor's render may hold drafts, so it is `private, no-store`.
// The page's data travels in <script type="application/json">, which the CSP allows (it is not
// run), and the browser hydrates from it.
import { AsyncLocalStorage } from 'node:async_hooks';
import { createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { PRIVATE_CACHE_CONTROL, PUBLIC_CACHE_CONTROL, weakEtag } from '../common/http-cache';

/** The members of the server bundle the API uses (it is built separately, so typed here). */
interface RenderedPage {
  kind: 'page';
  status: number;
  html: string;
  title: string;
  description: string | undefined;
  state: { queries: { queries: { queryHash: string; state: { data?: unknown } }[] } };
}
interface ServerBundle {
  render(request: globalThis.Request): Promise<{ kind: 'redirect'; status: number; location: string } | RenderedPage>;
  setApiFetch(fetchFunction: (input: string, init: RequestInit) => Promise<globalThis.Response>): void;
}

export interface PageReply {
  status: number;
  headers: Record<string, string>;
  body: string;
}

const DEFAULT_DESCRIPTION =
  'Which recommendations of the Police and Crime Panel were accepted, what changed in the Police and Crime Plan because of them, and which are still waiting for an answer.';

/** JSON safe inside <script>: no "</script>", no HTML comment openers, no line separators JavaScript chokes on. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const APP_HTML = /<!--app-html-->[\s\S]*<!--\/app-html-->/;

function isServerBundle(value: unknown): value is ServerBundle {
  return (
    typeof value === 'object' &&
    value !== null &&
    'render' in value &&
    typeof value.render === 'function' &&
    'setApiFetch' in value &&
    typeof value.setApiFetch === 'function'
  );
}

export class ServerRenderer {
  private readonly bundle: ServerBundle;
  private readonly template: string;
  /** The visitor's cookie for the API calls of the render in progress. */
  private readonly visitor = new AsyncLocalStorage<{ cookie: string | null }>();

  private constructor(
    bundleFile: string,
    templateFile: string,
    private readonly server: () => Server,
  ) {
    // A CommonJS file built by Vite; createRequire loads it the same way under Node and Jest.
    const bundle: unknown = createRequire(__filename)(bundleFile);
    if (!isServerBundle(bundle)) throw new Error(`${bundleFile} does not export render and setApiFetch`);
    this.bundle = bundle;
    this.template = readFileSync(templateFile, 'utf8');
    if (!APP_HTML.test(this.template)) throw new Error(`${templateFile} has no <!--app-html--> … <!--/app-html--> markers`);
    this.bundle.setApiFetch((input, init) => this.fetchApi(input, init));
  }

  /** The renderer, or null when the web app was built without its server bundle. */
  static load(bundleFile: string, templateFile: string, server: () => Server): ServerRenderer | null {
    if (!existsSync(bundleFile) || !existsSync(templateFile)) return null;
    return new ServerRenderer(bundleFile, templateFile, server);
  }

  /** The shell for pages rendered in the browser only (the staff workspaces). */
  get shell(): string {
    return this.template;
  }

  private fetchApi(input: string, init: RequestInit): Promise<globalThis.Response> {
    const address = this.server().address();
    if (!address || typeof address === 'string') return Promise.reject(new Error('The API is not listening on a TCP port'));
    const host = address.address === '::' || address.address === '0.0.0.0' ? '127.0.0.1' : address.family === 'IPv6' ? `[${address.address}]` : address.address;
    const headers = new Headers(init.headers);
    const cookie = this.visitor.getStore()?.cookie;
    if (cookie) headers.set('Cookie', cookie);
    return fetch(`http://${host}:${address.port}${input}`, { ...init, headers });
  }

  /** A public (anonymous) read of the API, for the sitemap. */
  async fetchPublicJson(apiPath: string): Promise<unknown> {
    const response = await this.visitor.run({ cookie: null }, () => this.fetchApi(apiPath, { headers: { Accept: 'application/json' } }));
    if (!response.ok) throw new Error(`${apiPath} answered ${response.status}`);
    return response.json();
  }

  /**
   * Renders the page at `url` (path and query). `sessionCookie` is the visitor's `name=value`
   * session cookie, or null to render as the public sees it.
   */
  async render(origin: string, url: string, sessionCookie: string | null): Promise<PageReply> {
    const request = new Request(new URL(url, origin), { headers: { Accept: 'text/html' } });
    const result = await this.visitor.run({ cookie: sessionCookie }, () => this.bundle.render(request));
    if (result.kind === 'redirect') {
      return {
        status: result.status,
        headers: { Location: result.location, 'Cache-Control': sessionCookie ? PRIVATE_CACHE_CONTROL : PUBLIC_CACHE_CONTROL },
        body: '',
      };
    }
    const canonical = new URL(url, origin);
    const body = this.template
      .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(result.title)}</title>`)
      .replace(/<meta name="description" content="[^"]*">/, `<meta name="description" content="${escapeHtml(result.description ?? DEFAULT_DESCRIPTION)}">`)
      .replace('</head>', `    <link rel="canonical" href="${escapeHtml(canonical.href)}">\n  </head>`)
      .replace(
        APP_HTML,
        () => `<div id="root">${result.html}</div>\n    <script id="app-state" type="application/json">${jsonForScript(result.state)}</script>`,
      );
    const headers: Record<string, string> = { 'Content-Type': 'text/html; charset=utf-8', Vary: 'Cookie' };
    if (sessionCookie) headers['Cache-Control'] = PRIVATE_CACHE_CONTROL;
    else {
      headers['Cache-Control'] = PUBLIC_CACHE_CONTROL;
      // Of what the page shows, not of when its data was fetched (the dehydrated state carries times).
      headers.ETag = weakEtag(result.html + JSON.stringify(result.state.queries.queries.map((query) => [query.queryHash, query.state.data])));
    }
    return { status: result.status, headers, body };
  }
}
