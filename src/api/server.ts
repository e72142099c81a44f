/**
 * The HTTP server: Apollo Server 5 on a plain Node http server. Browser GETs of the endpoint get the offline
 * playground (./playground.ts); /health, /ready and /metrics are answered by ./http.ts; everything else goes to
 * Apollo. Read-only: the schema has no mutations. Every request is logged with its id and duration.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, HeaderMap, type HTTPGraphQLRequest } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { GraphQLError, type ValidationRule } from 'graphql';
import type { Driver } from 'neo4j-driver';
import type { Logger } from 'pino';
import { ResponseCache, type ResponseCacheOptions } from './cache';
import { API_LIMITS } from './config';
import { autoCommitReads, failFast } from './database';
import { exampleOperations } from './examples';
import {
  corsOrigins,
  createLogger,
  createMetrics,
  handleCors,
  handleOperational,
  requestId,
  statusPlugin,
  tooLarge,
} from './http';
import { costLimitPlugin, formatError, parseOptions, validationRules, type QueryLimits } from './limits';
import { playgroundHandler } from './playground';
import { exploreHandler } from '../explore/handler';
import { DEFAULT_TX_TIMEOUT_MS, type ApiContext, type TraversalCaps } from './resolvers';
import { buildSchema } from './schema';

export interface ServerOptions {
  driver: Driver;
  database?: string;
  /** Default: env VANBAN_PORT or PORT, else 4000; 0 picks a free port. */
  port?: number;
  /** Default 127.0.0.1; env VANBAN_HOST. */
  host?: string;
  /** Default /graphql. */
  endpoint?: string;
  /** Neo4j transaction timeout per request, ms. */
  txTimeoutMs?: number;
  limits?: Partial<QueryLimits>;
  /** Largest request body accepted, bytes. Default 1 MiB. */
  maxBodyBytes?: number;
  /** Largest response body sent, bytes; larger ones are replaced by an error. Default 8 MiB. */
  maxResponseBytes?: number;
  /** Origins allowed by CORS. Default: env VANBAN_CORS_ORIGINS (comma-separated), else none. */
  corsOrigins?: string[];
  /** Serve Prometheus metrics at /metrics. Default: env VANBAN_METRICS=1. */
  metrics?: boolean;
  /** Request log. Default: pino to stderr at VANBAN_LOG_LEVEL (info; silent under vitest). */
  logger?: Logger;
  /** Caps on what one traversal may reach and list. Default: src/api/config.ts. */
  traversalCaps?: TraversalCaps;
  /**
   * Cache answers until the graph changes (./cache.ts). Default on; env VANBAN_RESPONSE_CACHE=0 turns it off.
   */
  responseCache?: boolean | ResponseCacheOptions;
}

export interface VanbanServer {
  httpServer: http.Server;
  apollo: ApolloServer<ApiContext>;
  /** e.g. http://127.0.0.1:4000/graphql */
  url: string;
  port: number;
  close(): Promise<void>;
}

export function defaultPort(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.VANBAN_PORT ?? env.PORT;
  if (raw === undefined || raw === '') return 4000;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`Invalid port "${raw}" (VANBAN_PORT/PORT)`);
  return port;
}

/** A clear validation error for mutations and subscriptions (graphql-js reports them only at execution). */
const readOnly: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (node.operation !== 'query') {
      const kind = node.operation === 'mutation' ? 'mutations' : 'subscriptions';
      context.reportError(new GraphQLError(`This API is read-only: it has no ${kind}.`, { nodes: node }));
    }
  },
});

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function readBody(req: http.IncomingMessage, maxBytes: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        // Answer now and discard the rest (destroying the socket would lose the answer).
        req.removeAllListeners('data');
        req.resume();
        reject(new HttpError(413, `Request body over ${maxBytes} bytes`));
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

/** Builds the schema, starts Apollo and listens; resolves once the port is bound. */
export async function createServer(options: ServerOptions): Promise<VanbanServer> {
  const endpoint = options.endpoint ?? '/graphql';
  const maxBodyBytes = options.maxBodyBytes ?? API_LIMITS.maxBodyBytes;
  const maxResponseBytes = options.maxResponseBytes ?? API_LIMITS.maxResponseBytes;
  const allowedOrigins = options.corsOrigins ?? corsOrigins();
  const metrics = (options.metrics ?? process.env.VANBAN_METRICS === '1') ? createMetrics() : undefined;
  const logger = options.logger ?? createLogger();
  // Reads without the driver's retries: an unavailable database is answered at once (./database.ts).
  const driver = failFast(options.driver);
  const cacheOption = options.responseCache ?? process.env.VANBAN_RESPONSE_CACHE !== '0';
  const cache = cacheOption
    ? new ResponseCache(driver, options.database, {
        txTimeoutMs: options.txTimeoutMs ?? DEFAULT_TX_TIMEOUT_MS,
        ...(cacheOption === true ? {} : cacheOption),
      })
    : undefined;
  const schema = await buildSchema(driver);
  const apollo = new ApolloServer<ApiContext>({
    schema,
    validationRules: [readOnly, ...validationRules(options.limits)],
    parseOptions: parseOptions(options.limits),
    formatError,
    includeStacktraceInErrorResponses: false,
    introspection: true,
    // Apollo's default landing page loads from a CDN; the playground below works offline.
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      // Apollo's cache-control plugin wraps every field's resolver to collect cache hints the schema never gives
      // (profiled: a tenth of the API's CPU on a 100-step impact page); answers are cached by ./cache.ts and sent
      // with `cache-control: no-store` below, as the plugin did.
      ApolloServerPluginCacheControlDisabled(),
      costLimitPlugin(options.limits),
      statusPlugin(metrics),
    ],
  });
  await apollo.start();
  const playground = playgroundHandler({
    endpoint,
    exampleOperations: exampleOperations(),
    title: 'vanban-graph',
  });
  const txTimeoutMs = options.txTimeoutMs ?? DEFAULT_TX_TIMEOUT_MS;
  const executionContext = autoCommitReads(driver, options.database, txTimeoutMs);
  const context = async (): Promise<ApiContext> => ({
    executionContext,
    driver,
    caps: options.traversalCaps,
    sessionConfig: options.database ? { database: options.database } : {},
    transaction: { timeout: txTimeoutMs },
  });

  // The lineage explorer (/explore) and its export endpoint (/explore/export): see src/explore/handler.ts.
  const explore = exploreHandler({ endpoint, apollo, context });

  const handle = async (req: http.IncomingMessage, res: http.ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (handleCors(req, res, allowedOrigins)) return;
    if (await handleOperational(req, res, url.pathname, { driver, database: options.database, metrics }))
      return;
    if (url.pathname === '/' && req.method === 'GET') {
      res.writeHead(302, { location: endpoint });
      res.end();
      return;
    }
    if (playground(req, res)) return;
    if (await explore(req, res)) return;
    if (url.pathname !== endpoint) {
      sendJson(res, 404, { errors: [{ message: `Not found: the GraphQL endpoint is ${endpoint}` }] });
      return;
    }
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    let body: unknown = undefined;
    if (req.method === 'POST') {
      const raw = await readBody(req, maxBodyBytes);
      if ((headers.get('content-type') ?? '').includes('json')) {
        try {
          body = raw ? JSON.parse(raw) : {};
        } catch {
          throw new HttpError(400, 'The request body is not valid JSON');
        }
      } else {
        body = raw;
      }
    }
    // A POSTed operation already answered at this graph version is sent again as it was; one being answered is
    // waited for (a dashboard's many identical requests make one database query).
    let cacheKey: string | null = null;
    let done: ((text: string | undefined) => void) | undefined;
    if (cache && req.method === 'POST') {
      cacheKey = await cache.version.current().then(
        (version) => ResponseCache.key(version, body),
        () => null, // the database is unreachable: Apollo answers (503)
      );
      if (cacheKey !== null) {
        let hit = cache.get(cacheKey);
        const flying = hit === undefined ? cache.inFlight(cacheKey) : undefined;
        // No await between the lookup and begin(): a request arriving meanwhile sees this one in flight.
        if (flying) hit = await flying;
        else if (hit === undefined) done = cache.begin(cacheKey);
        if (hit !== undefined) {
          res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'x-cache': 'hit' });
          res.end(hit);
          return;
        }
      }
    }
    let kept: string | undefined;
    try {
      const httpGraphQLRequest: HTTPGraphQLRequest = {
        method: (req.method ?? 'GET').toUpperCase(),
        headers,
        search: url.search,
        body,
      };
      const response = await apollo.executeHTTPGraphQLRequest({ httpGraphQLRequest, context });
      // Answers change when the graph does: no HTTP cache keeps them (the response cache here does, per version).
      res.setHeader('cache-control', 'no-store');
      for (const [key, value] of response.headers) res.setHeader(key, value);
      res.statusCode = response.status ?? 200;
      if (response.body.kind === 'complete') {
        const text = response.body.string;
        // Bytes are at most 3 per UTF-16 unit (4 per surrogate pair): count them only for long texts.
        const bytes = text.length * 3 > maxResponseBytes ? Buffer.byteLength(text) : 0;
        if (bytes > maxResponseBytes) {
          res.statusCode = 400;
          res.removeHeader('content-length');
          res.end(tooLarge(bytes, maxResponseBytes));
          return;
        }
        if (cache && cacheKey !== null) {
          if (cache.set(cacheKey, res.statusCode, text)) kept = text;
          res.setHeader('x-cache', 'miss');
        }
        res.end(text);
      } else {
        for await (const chunk of response.body.asyncIterator) res.write(chunk);
        res.end();
      }
    } finally {
      done?.(kept);
    }
  };

  const httpServer = http.createServer((req, res) => {
    const id = requestId(req);
    const started = process.hrtime.bigint();
    res.setHeader('x-request-id', id);
    res.once('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      const route = new URL(req.url ?? '/', 'http://localhost').pathname;
      logger.info(
        {
          reqId: id,
          method: req.method,
          route,
          status: res.statusCode,
          durationMs: Math.round(ms * 10) / 10,
        },
        'request',
      );
      metrics?.observe(
        route === endpoint || route.startsWith('/explore') || route.startsWith(`${endpoint}/`)
          ? route
          : 'other',
        req.method ?? 'GET',
        res.statusCode,
        ms / 1000,
      );
    });
    handle(req, res).catch((error: unknown) => {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      const status = error instanceof HttpError ? error.status : 500;
      const message = error instanceof HttpError ? error.message : 'Internal server error';
      if (status === 413) res.setHeader('connection', 'close');
      if (!(error instanceof HttpError)) logger.error({ reqId: id, err: error }, 'unhandled error');
      sendJson(res, status, { errors: [{ message }] });
    });
  });
  const host = options.host ?? process.env.VANBAN_HOST ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(options.port ?? defaultPort(), host, () => {
      httpServer.off('error', reject);
      resolve();
    });
  }).catch(async (error: NodeJS.ErrnoException) => {
    await apollo.stop();
    if (error.code === 'EADDRINUSE') {
      throw new Error(
        `Port ${options.port ?? defaultPort()} is in use: set VANBAN_PORT (or PORT) to another port`,
      );
    }
    throw error;
  });
  const port = (httpServer.address() as AddressInfo).port;
  const shownHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
  return {
    httpServer,
    apollo,
    url: `http://${shownHost}:${port}${endpoint}`,
    port,
    close: async () => {
      await new Promise<void>((resolve) => {
        httpServer.close(() => resolve());
        httpServer.closeAllConnections();
      });
      await apollo.stop();
    },
  };
}
