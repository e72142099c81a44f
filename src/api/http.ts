/**
 * The HTTP side of the API around Apollo: /health and /ready, CORS by allowlist, structured request logs (pino)
 * with request ids and durations, optional Prometheus metrics (prom-client), and HTTP statuses that tell the
 * truth: 503 when the database is unavailable, 400 when a response would exceed its maximum size.
 */
import { randomUUID } from 'node:crypto';
import type http from 'node:http';
import type { ApolloServerPlugin } from '@apollo/server';
import type { Driver } from 'neo4j-driver';
import pino, { type Logger } from 'pino';
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { API_LIMITS } from './config';
import { readiness } from './database';

/** Origins allowed to call the API from a browser: VANBAN_CORS_ORIGINS, comma-separated; none by default. */
export function corsOrigins(env: NodeJS.ProcessEnv = process.env): string[] {
  return (env.VANBAN_CORS_ORIGINS ?? '')
    .split(',')
    .map((o) => o.trim().replace(/\/+$/, ''))
    .filter((o) => o.length > 0);
}

/**
 * CORS for allowlisted origins only. A preflight from an allowed origin is answered 204 here; anything else goes
 * on to Apollo, whose CSRF prevention stays on (a simple cross-site request without a JSON content type or an
 * Apollo header is refused), so the allowlist only ever widens who may read responses, never what may be sent.
 * Returns true when the request was answered.
 */
export function handleCors(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  allowed: readonly string[],
): boolean {
  const origin = req.headers.origin;
  if (!origin || !allowed.includes(origin)) return false;
  res.setHeader('access-control-allow-origin', origin);
  res.setHeader('vary', 'Origin');
  if (req.method === 'OPTIONS') {
    res.setHeader('access-control-allow-methods', 'GET, POST, OPTIONS');
    res.setHeader(
      'access-control-allow-headers',
      req.headers['access-control-request-headers'] ?? 'content-type, apollo-require-preflight',
    );
    res.setHeader('access-control-max-age', '600');
    res.writeHead(204);
    res.end();
    return true;
  }
  return false;
}

export function createLogger(env: NodeJS.ProcessEnv = process.env): Logger {
  // Tests run many servers: quiet unless asked.
  const level = env.VANBAN_LOG_LEVEL ?? (env.VITEST ? 'silent' : 'info');
  return pino({ level, base: { service: 'vanban-api' } }, pino.destination(2));
}

/** A request id: the caller's X-Request-Id when it is short and plain, else a new one. */
export function requestId(req: http.IncomingMessage): string {
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && /^[\w.:-]{1,64}$/.test(given) ? given : randomUUID();
}

export interface Metrics {
  registry: Registry;
  observe(route: string, method: string, status: number, seconds: number): void;
  databaseUnavailable: Counter;
}

/** Prometheus metrics (VANBAN_METRICS=1 or the `metrics` server option): request durations by route and status. */
export function createMetrics(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'vanban_' });
  const duration = new Histogram({
    name: 'vanban_http_request_duration_seconds',
    help: 'HTTP requests by route, method and status',
    labelNames: ['route', 'method', 'status'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const databaseUnavailable = new Counter({
    name: 'vanban_database_unavailable_total',
    help: 'GraphQL responses answered 503 because the database was unavailable',
    registers: [registry],
  });
  return {
    registry,
    observe: (route, method, status, seconds) =>
      duration.observe({ route, method, status: String(status) }, seconds),
    databaseUnavailable,
  };
}

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

/** /health (the process answers), /ready (the database answers and has the schema), /metrics when enabled. */
export async function handleOperational(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  pathname: string,
  options: { driver: Driver; database?: string; metrics?: Metrics },
): Promise<boolean> {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  if (pathname === '/health') {
    sendJson(res, 200, { status: 'ok' });
    return true;
  }
  if (pathname === '/ready') {
    const state = await readiness(options.driver, options.database, API_LIMITS.connectionTimeoutMs);
    sendJson(
      res,
      state.ready ? 200 : 503,
      state.ready ? { status: 'ready' } : { status: 'unavailable', reason: state.reason },
    );
    return true;
  }
  if (pathname === '/metrics' && options.metrics) {
    res.writeHead(200, { 'content-type': options.metrics.registry.contentType });
    res.end(await options.metrics.registry.metrics());
    return true;
  }
  return false;
}

/**
 * HTTP statuses from GraphQL errors: a response whose errors say the database is unavailable is a 503 with
 * Retry-After (not a 200 the client must inspect).
 */
export function statusPlugin(metrics?: Metrics): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const errors = response.body.singleResult.errors ?? [];
          if (errors.some((e) => e.extensions?.code === 'SERVICE_UNAVAILABLE')) {
            response.http.status = 503;
            response.http.headers.set('retry-after', '5');
            metrics?.databaseUnavailable.inc();
          }
        },
      };
    },
  };
}

/** The body to send instead of a response over the maximum size. */
export function tooLarge(bytes: number, max: number): string {
  return JSON.stringify({
    errors: [
      {
        message: `The response would be ${bytes} bytes, over the limit of ${max}. Ask for smaller pages (\`first\`, \`limit\`) or fewer fields.`,
        extensions: { code: 'RESPONSE_TOO_LARGE', maximum: max, actual: bytes },
      },
    ],
  });
}
