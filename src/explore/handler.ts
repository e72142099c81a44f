/**
 * The lineage explorer at /explore: a client-side page (./assets/explorer.js with Cytoscape.js and its dagre
 * layout, served from the project's own node_modules, no CDN) that reads the public GraphQL API like any other
 * client, and a documented export endpoint for scripts:
 *
 *   GET /explore                         the page (state in the query string: symbol, scope, id, depth, types, …)
 *   GET /explore/assets/<name>?v=<hash>  its scripts and style
 *   GET /explore/export?format=F&…       the cascade as F = graphml | nodes.csv | edges.csv | json, with the
 *                                        page's own URL parameters (symbol/scope or id, depth, types, province,
 *                                        from, to, levels); computed by running the same GraphQL operation
 *                                        through Apollo (same validation and limits as POST /graphql).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { ApolloServer } from '@apollo/server';
import { projectRoot } from '../graph/cypher';
import { cascadeRequest, exportCascade, type ExecuteOperation } from './export';
import { renderPage } from './page';

interface Asset {
  body: Buffer;
  gzipped: Buffer;
  contentType: string;
  etag: string;
}

const JAVASCRIPT = 'text/javascript; charset=utf-8';

/** Served under /explore/assets/: [package or null for our own file, path inside it, content type]. */
const ASSETS: Record<string, [string | null, string, string]> = {
  'cytoscape.js': ['cytoscape', 'dist/cytoscape.min.js', JAVASCRIPT],
  'cytoscape-dagre.js': ['cytoscape-dagre', 'dist/cytoscape-dagre.min.js', JAVASCRIPT],
  'cytoscape-svg.js': ['cytoscape-svg', 'cytoscape-svg.js', JAVASCRIPT],
  'subgraph.js': [null, 'subgraph.js', JAVASCRIPT],
  'explorer.js': [null, 'explorer.js', JAVASCRIPT],
  'explorer.css': [null, 'explorer.css', 'text/css; charset=utf-8'],
};

const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  // Cytoscape sizes its canvases with inline styles.
  "style-src 'self' 'unsafe-inline'",
  // PNG/SVG exports are downloaded from data: and blob: URLs made in the page.
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export interface ExploreOptions<TContext extends object> {
  /** The GraphQL endpoint the page posts to, e.g. /graphql. */
  endpoint: string;
  /** Apollo and the per-request context: the export endpoint runs its GraphQL operation through them. */
  apollo: ApolloServer<TContext>;
  context: () => Promise<TContext>;
  /** Where the explorer is served; default /explore. */
  path?: string;
}

function makeAsset(body: Buffer, contentType: string): Asset {
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`;
  return { body, gzipped: gzipSync(body), contentType, etag };
}

let assets: Map<string, Asset> | undefined;

/** The folder of an installed package (its package.json may not be exported, so walk up from its main file). */
function packageDir(name: string): string {
  let dir = path.dirname(require.resolve(name));
  while (path.basename(dir) !== name || !existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${require.resolve(name)}`);
    dir = parent;
  }
  return dir;
}

/** Read once per process, on first use; our own files from src/explore/assets (also when run from dist/). */
function loadAssets(): Map<string, Asset> {
  if (!assets) {
    const loaded = new Map<string, Asset>();
    for (const [name, [packageName, file, contentType]] of Object.entries(ASSETS)) {
      const full = packageName
        ? path.join(packageDir(packageName), file)
        : path.join(projectRoot(), 'src', 'explore', 'assets', file);
      let body: Buffer;
      try {
        body = readFileSync(full);
      } catch (error) {
        throw new Error(`The explorer needs ${full}; run "npm install": ${(error as Error).message}`);
      }
      loaded.set(name, makeAsset(body, contentType));
    }
    assets = loaded;
  }
  return assets;
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

function sendText(
  res: http.ServerResponse,
  status: number,
  text: string,
  headers: Record<string, string> = {},
) {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...headers }).end(`${text}\n`);
}

/**
 * A request handler for the explorer's routes; resolves true when it answered the request, false when the
 * request is not for it.
 */
export function exploreHandler<TContext extends object>(
  options: ExploreOptions<TContext>,
): (req: http.IncomingMessage, res: http.ServerResponse) => Promise<boolean> {
  const base = (options.path ?? '/explore').replace(/\/+$/, '');
  const assetPrefix = `${base}/assets/`;
  let page: Asset | undefined;

  const assetUrl = (name: string): string => {
    const found = loadAssets().get(name);
    if (!found) throw new Error(`unknown explorer asset ${name}`);
    return `${assetPrefix}${name}?v=${found.etag.slice(1, 13)}`;
  };

  const execute: ExecuteOperation = async (query, variables) => {
    const response = await options.apollo.executeOperation(
      { query, variables },
      { contextValue: await options.context() },
    );
    if (response.body.kind !== 'single') throw new Error('unexpected incremental GraphQL response');
    return response.body.singleResult as {
      data?: Record<string, unknown> | null;
      errors?: readonly unknown[];
    };
  };

  return async (req, res) => {
    let url: URL;
    try {
      url = new URL(req.url ?? '/', 'http://localhost');
    } catch {
      return false;
    }
    const pathname = url.pathname.replace(/\/+$/, '') || '/';
    if (pathname !== base && !pathname.startsWith(`${base}/`)) return false;
    const method = req.method ?? 'GET';
    if (method !== 'GET' && method !== 'HEAD') {
      sendText(res, 405, 'Method not allowed', { Allow: 'GET, HEAD' });
      return true;
    }
    try {
      if (pathname === base) {
        page ??= makeAsset(
          Buffer.from(renderPage({ endpoint: options.endpoint, exportPath: `${base}/export`, assetUrl })),
          'text/html; charset=utf-8',
        );
        send(req, res, page, 'no-cache', {
          'Content-Security-Policy': CONTENT_SECURITY_POLICY,
          'Referrer-Policy': 'no-referrer',
          'X-Frame-Options': 'DENY',
        });
        return true;
      }
      if (pathname.startsWith(assetPrefix)) {
        const found = loadAssets().get(pathname.slice(assetPrefix.length));
        if (!found) sendText(res, 404, 'Not found');
        // URLs carry the content hash (?v=), so they can be cached for good.
        else send(req, res, found, 'public, max-age=31536000, immutable');
        return true;
      }
      if (pathname === `${base}/export`) {
        const request = cascadeRequest(url.searchParams);
        if ('error' in request) {
          sendText(res, 400, request.error);
          return true;
        }
        const result = await exportCascade(execute, request);
        if ('error' in result) {
          res.writeHead(result.status, { 'Content-Type': 'application/json; charset=utf-8' });
          res.end(JSON.stringify({ errors: [{ message: result.error, extensions: result.extensions }] }));
          return true;
        }
        res.writeHead(200, {
          'Content-Type': result.contentType,
          'Content-Disposition': `attachment; filename="${result.fileName}"`,
          'Cache-Control': 'no-cache',
          'X-Content-Type-Options': 'nosniff',
        });
        res.end(method === 'HEAD' ? undefined : result.body);
        return true;
      }
      sendText(res, 404, 'Not found');
      return true;
    } catch (error) {
      process.stderr.write(`[explore] ${String(error)}\n`);
      if (!res.headersSent) sendText(res, 500, 'The explorer is unavailable (see the server log).');
      else res.destroy();
      return true;
    }
  };
}
