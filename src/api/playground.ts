/**
 * The offline GraphQL playground: GraphiQL 3 served from the project's own node_modules (no CDN, so it works
 * without internet, unlike Apollo's default landing page), preloaded with the example operations of queries/.
 *
 * Routes, for an endpoint such as /graphql:
 *   GET /graphql               with Accept: text/html  → the page (anything else goes to Apollo)
 *   GET /graphql/_playground/<asset>?v=<hash>          → GraphiQL, React, ReactDOM, CSS, the start-up script
 * GraphiQL's UMD bundle needs only the React and ReactDOM globals (its one other require, @emotion/is-prop-valid,
 * is optional and wrapped in try/catch), and exposes GraphiQL.createFetcher and GraphiQL.createLocalStorage.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { Kind, parse, type OperationDefinitionNode } from 'graphql';

export interface ExampleOperation {
  name: string;
  query: string;
  /** Optional variables shown in the tab's variables editor. */
  variables?: Record<string, unknown>;
}

export interface PlaygroundOptions {
  /** Path of the GraphQL endpoint, e.g. "/graphql": the page is served there and posts queries to it. */
  endpoint: string;
  /** One GraphiQL tab each, in order; the first is also the default query. */
  exampleOperations: ExampleOperation[];
  title?: string;
}

interface Asset {
  body: Buffer;
  gzipped: Buffer;
  contentType: string;
  etag: string;
}

const JAVASCRIPT = 'text/javascript; charset=utf-8';

/** Files served under <endpoint>/_playground/, resolved from the installed packages. */
const PACKAGE_ASSETS: Record<string, { packageName: string; file: string; contentType: string }> = {
  'react.js': { packageName: 'react', file: 'umd/react.production.min.js', contentType: JAVASCRIPT },
  'react-dom.js': {
    packageName: 'react-dom',
    file: 'umd/react-dom.production.min.js',
    contentType: JAVASCRIPT,
  },
  'graphiql.js': { packageName: 'graphiql', file: 'dist/index.umd.js', contentType: JAVASCRIPT },
  'graphiql.css': { packageName: 'graphiql', file: 'dist/style.css', contentType: 'text/css; charset=utf-8' },
};

/** Starts GraphiQL from the JSON config embedded in the page (kept out of inline script so the CSP can forbid it). */
const START_SCRIPT = `'use strict';
(function () {
  var config = JSON.parse(document.getElementById('playground-config').textContent);
  // The link to the lineage explorer (/explore, src/explore/), made here so the page's only URLs are its assets.
  var explorer = document.createElement('a');
  explorer.id = 'explorer-link';
  explorer.href = '/explore';
  explorer.textContent = 'Lineage explorer (/explore) \u2192';
  document.body.appendChild(explorer);
  var root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(
    React.createElement(GraphiQL, {
      fetcher: GraphiQL.createFetcher({ url: config.endpoint }),
      defaultQuery: config.defaultQuery,
      defaultTabs: config.tabs,
      // A namespace per set of examples: stored tabs win over defaultTabs, so new examples get a fresh store.
      storage: GraphiQL.createLocalStorage({ namespace: config.storageNamespace }),
    }),
  );
})();
`;

const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  // GraphiQL and CodeMirror set inline styles; fonts are data: URIs inside graphiql's CSS.
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self' data:",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Read once per process, on first use (a server that never serves the playground never pays for it). */
let packageAssets: Map<string, Asset> | undefined;

function loadPackageAssets(): Map<string, Asset> {
  if (!packageAssets) {
    const loaded = new Map<string, Asset>();
    for (const [name, { packageName, file, contentType }] of Object.entries(PACKAGE_ASSETS)) {
      let body: Buffer;
      try {
        body = readFileSync(path.join(path.dirname(require.resolve(`${packageName}/package.json`)), file));
      } catch (error) {
        throw new Error(
          `The GraphQL playground needs ${packageName} (${file}); run "npm install": ${(error as Error).message}`,
        );
      }
      loaded.set(name, makeAsset(body, contentType));
    }
    packageAssets = loaded;
  }
  return packageAssets;
}

function makeAsset(body: Buffer, contentType: string): Asset {
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`;
  return { body, gzipped: gzipSync(body), contentType, etag };
}

/**
 * Returns a Node request handler for the playground page and its assets. It returns true when it answered the
 * request, false when the request is not for it (a POST, a GET asking for JSON, another path) so the caller hands
 * it to Apollo.
 */
export function playgroundHandler(
  options: PlaygroundOptions,
): (req: http.IncomingMessage, res: http.ServerResponse) => boolean {
  const endpoint = normaliseEndpoint(options.endpoint);
  const assetPrefix = `${endpoint === '/' ? '' : endpoint}/_playground/`;
  const tabs = options.exampleOperations.map(toTab);
  const config = {
    endpoint,
    tabs,
    defaultQuery: tabs[0]?.query,
    storageNamespace: `vanban-graphql:${sha256(JSON.stringify([endpoint, tabs])).slice(0, 12)}`,
  };
  const ownAssets = new Map([['playground.js', makeAsset(Buffer.from(START_SCRIPT), JAVASCRIPT)]]);
  let page: Asset | undefined;

  const asset = (name: string): Asset | undefined => ownAssets.get(name) ?? loadPackageAssets().get(name);
  const assetUrl = (name: string): string => {
    const found = asset(name);
    if (!found) throw new Error(`unknown playground asset ${name}`);
    return `${assetPrefix}${name}?v=${found.etag.slice(1, 13)}`;
  };
  const renderPage = (): Asset =>
    makeAsset(
      Buffer.from(
        `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${escapeHtml(options.title ?? 'vanban-graph GraphQL playground')}</title>
    <link rel="stylesheet" href="${escapeHtml(assetUrl('graphiql.css'))}" />
    <style>html, body, #graphiql { height: 100%; margin: 0; }
      #explorer-link { position: fixed; right: 12px; bottom: 10px; z-index: 10; padding: 4px 10px; border-radius: 4px;
        background: #1b2631; color: #f7dc6f; font: 13px system-ui, sans-serif; text-decoration: none; }</style>
  </head>
  <body>
    <div id="graphiql">Loading the GraphQL playground…</div>
    <noscript>The GraphQL playground needs JavaScript. Queries can also be POSTed to ${escapeHtml(endpoint)}.</noscript>
    <script id="playground-config" type="application/json">${scriptSafeJson(config)}</script>
    <script src="${escapeHtml(assetUrl('react.js'))}"></script>
    <script src="${escapeHtml(assetUrl('react-dom.js'))}"></script>
    <script src="${escapeHtml(assetUrl('graphiql.js'))}"></script>
    <script src="${escapeHtml(assetUrl('playground.js'))}"></script>
  </body>
</html>
`,
      ),
      'text/html; charset=utf-8',
    );

  return (req, res) => {
    const method = req.method ?? 'GET';
    const pathname = requestPath(req);
    if (pathname === null) return false;

    if (pathname.startsWith(assetPrefix)) {
      if (method !== 'GET' && method !== 'HEAD') {
        res
          .writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' })
          .end('Method not allowed\n');
        return true;
      }
      let found: Asset | undefined;
      try {
        found = asset(pathname.slice(assetPrefix.length));
      } catch (error) {
        sendError(res, error);
        return true;
      }
      if (!found) {
        res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found\n');
        return true;
      }
      // URLs carry the content hash (?v=), so they can be cached for good.
      send(req, res, found, 'public, max-age=31536000, immutable');
      return true;
    }

    if (
      normaliseEndpoint(pathname) !== endpoint ||
      (method !== 'GET' && method !== 'HEAD') ||
      !acceptsHtml(req)
    ) {
      return false;
    }
    try {
      page ??= renderPage();
    } catch (error) {
      sendError(res, error);
      return true;
    }
    send(req, res, page, 'no-cache', {
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'Referrer-Policy': 'no-referrer',
      'X-Frame-Options': 'DENY',
    });
    return true;
  };
}

/** GraphiQL titles a tab after its operation's name, so an anonymous example is given the example's name. */
function toTab(example: ExampleOperation): { query: string; variables?: string } {
  let document;
  try {
    document = parse(example.query);
  } catch (error) {
    throw new Error(`Example operation "${example.name}" is not valid GraphQL: ${(error as Error).message}`);
  }
  const operations = document.definitions.filter(
    (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
  );
  let query = example.query;
  const only = operations.length === 1 ? operations[0] : undefined;
  if (only && !only.name && only.loc) {
    const name = toOperationName(example.name);
    const shorthand = only.loc.startToken.kind === '{';
    const at = shorthand ? only.loc.start : only.loc.startToken.end;
    const insertion = shorthand ? `query ${name} ` : ` ${name}`;
    query = query.slice(0, at) + insertion + query.slice(at);
  }
  return example.variables ? { query, variables: JSON.stringify(example.variables, null, 2) } : { query };
}

/** "who implements" → "WhoImplements"; a GraphQL Name matches /^[_A-Za-z][_0-9A-Za-z]*$/. */
function toOperationName(name: string): string {
  const words = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .match(/[A-Za-z0-9]+/g);
  const joined = (words ?? ['Example']).map((word) => word[0].toUpperCase() + word.slice(1)).join('');
  return /^[0-9]/.test(joined) ? `_${joined}` : joined;
}

function normaliseEndpoint(endpoint: string): string {
  const trimmed = endpoint.replace(/\/+$/, '');
  return trimmed.startsWith('/') ? trimmed || '/' : `/${trimmed}`;
}

function requestPath(req: http.IncomingMessage): string | null {
  try {
    return new URL(req.url ?? '/', 'http://localhost').pathname;
  } catch {
    return null;
  }
}

function acceptsHtml(req: http.IncomingMessage): boolean {
  return (req.headers.accept ?? '').toLowerCase().includes('text/html');
}

function send(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  asset: Asset,
  cacheControl: string,
  extraHeaders: Record<string, string> = {},
): void {
  const headers: Record<string, string> = {
    'Content-Type': asset.contentType,
    'Cache-Control': cacheControl,
    ETag: asset.etag,
    Vary: 'Accept-Encoding',
    'X-Content-Type-Options': 'nosniff',
    ...extraHeaders,
  };
  if (req.headers['if-none-match'] === asset.etag) {
    res.writeHead(304, headers).end();
    return;
  }
  const gzip = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
  const body = gzip ? asset.gzipped : asset.body;
  if (gzip) headers['Content-Encoding'] = 'gzip';
  headers['Content-Length'] = String(body.length);
  res.writeHead(200, headers);
  res.end(req.method === 'HEAD' ? undefined : body);
}

function sendError(res: http.ServerResponse, error: unknown): void {
  console.error('[playground]', error);
  res
    .writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' })
    .end('The GraphQL playground is unavailable: its assets are missing (see the server log).\n');
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** JSON that cannot end the <script> element it sits in, nor open a comment or break a JS line. */
function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char] ?? char,
  );
}
