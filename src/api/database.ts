/**
 * The database as the API sees it: the driver behind a thin proxy whose sessions run @neo4j/graphql's reads in a
 * single explicit transaction instead of `executeRead`. `executeRead` retries a failed transaction for up to the
 * driver's maxTransactionRetryTime (30 s by default): with Neo4j down, every request hung ~31 s before failing.
 * The API answers at once instead (HTTP 503, see ./http.ts) and the client decides when to retry. The driver
 * itself (and ingest, which wants the retries) is untouched. Hand-written because the driver has no per-session
 * switch for retries.
 */
import neo4j, { type Driver, type ManagedTransaction, type QueryResult, type Session } from 'neo4j-driver';
import { cypher } from '../graph/cypher';

type TransactionConfig = Parameters<Session['beginTransaction']>[0];
type Work<T> = (tx: ManagedTransaction) => Promise<T> | T;

async function once<T>(session: Session, work: Work<T>, config?: TransactionConfig): Promise<T> {
  const tx = session.beginTransaction(config);
  try {
    const result = await work(tx as unknown as ManagedTransaction);
    await tx.commit();
    return result;
  } catch (error) {
    if (tx.isOpen()) await tx.rollback().catch(() => undefined);
    throw error;
  } finally {
    await tx.close().catch(() => undefined);
  }
}

/** A Driver whose sessions run executeRead/executeWrite once, without retries (see the module comment). */
export function failFast(driver: Driver): Driver {
  return new Proxy(driver, {
    get(target, key, receiver) {
      if (key !== 'session') return Reflect.get(target, key, receiver) as unknown;
      return (config?: Parameters<Driver['session']>[0]) => {
        const session = target.session(config);
        return new Proxy(session, {
          get(s, k, r) {
            if (k === 'executeRead' || k === 'executeWrite') {
              return <T>(work: Work<T>, txConfig?: TransactionConfig) => once(s, work, txConfig);
            }
            const value = Reflect.get(s, k, r) as unknown;
            return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(s) : value;
          },
        });
      };
    },
  });
}

/** What @neo4j/graphql needs of a transaction: run one statement and give its records and summary. */
export interface StatementRunner {
  run(query: string, parameters?: Record<string, unknown>): Promise<QueryResult>;
}

/**
 * The `executionContext` given to @neo4j/graphql: each statement it translates runs as one auto-commit read
 * (RUN and PULL in one message to the server) instead of `executeRead`'s explicit transaction (BEGIN, RUN/PULL,
 * COMMIT: three writes to the socket and two round trips). The API is read-only and @neo4j/graphql runs one
 * statement per operation, so nothing needs a transaction around it. Profiled on the 100k graph under 50
 * connections, the explicit transaction's socket writes were a quarter of the API's CPU per document lookup.
 * Like failFast, no retries: a failed read is answered at once.
 */
export function autoCommitReads(
  driver: Driver,
  database: string | undefined,
  timeoutMs: number,
): StatementRunner {
  return {
    async run(query, parameters) {
      const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
      try {
        return await session.run(query, parameters, { timeout: timeoutMs });
      } finally {
        await session.close();
      }
    },
  };
}

/** The indexes the API's statements rely on (src/graph/cypher/schema.cypher). */
const REQUIRED_INDEXES = ['document_id', 'document_symbol', 'document_search'];

export type Readiness = { ready: true } | { ready: false; reason: string };

/**
 * Whether the database answers and holds the schema (the document id constraint and the search index), within
 * `timeoutMs`: what /ready reports.
 */
export async function readiness(
  driver: Driver,
  database: string | undefined,
  timeoutMs: number,
): Promise<Readiness> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  let timer: NodeJS.Timeout | undefined;
  try {
    const check = session.run(cypher('ready'), {}, { timeout: timeoutMs }).then((result) => {
      const online = new Set((result.records[0]?.get('online') as string[] | undefined) ?? []);
      const missing = REQUIRED_INDEXES.filter((name) => !online.has(name));
      return missing.length === 0
        ? ({ ready: true } as const)
        : ({ ready: false, reason: `schema missing: ${missing.join(', ')}` } as const);
    });
    const late = new Promise<Readiness>((resolve) => {
      timer = setTimeout(
        () => resolve({ ready: false, reason: `no answer within ${timeoutMs} ms` }),
        timeoutMs,
      );
    });
    return await Promise.race([check, late]);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    return {
      ready: false,
      reason: code === 'ServiceUnavailable' ? 'database unreachable' : 'database error',
    };
  } finally {
    clearTimeout(timer);
    session.close().catch(() => undefined);
  }
}
