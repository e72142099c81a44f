/**
 * A response cache for the read-only API, keyed on the graph's version: an answer stays valid until the graph
 * changes, and every write (an ingest) changes the version. The version is the bookmark Neo4j returns for a read
 * transaction — the id of the last committed transaction, which moves with every write and with nothing else —
 * read by the cheapest statement (graph-version.cypher) at most once per `versionTtlMs`, shared by concurrent requests. So an answer may be
 * served for at most that long after an ingest commits. Entries are bounded in count and in total size (lru-cache).
 */
import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import neo4j, { type Driver } from 'neo4j-driver';
import { cypher } from '../graph/cypher';

export interface ResponseCacheOptions {
  /** Transaction timeout of the version read, ms (the server's, like every other statement). */
  txTimeoutMs?: number;
  /** How long a version read is trusted, ms (default 1000). */
  versionTtlMs?: number;
  /** Most entries (default 2,000). */
  maxEntries?: number;
  /** Most bytes over all entries (default 64 MiB). */
  maxBytes?: number;
}

export class GraphVersion {
  private value: string | null = null;
  private checkedAt = 0;
  private pending: Promise<string> | null = null;

  constructor(
    private readonly driver: Driver,
    private readonly database: string | undefined,
    private readonly ttlMs: number,
    private readonly txTimeoutMs?: number,
  ) {}

  /** The current version (throws when the database cannot be reached: nothing is served from the cache then). */
  async current(): Promise<string> {
    if (this.value !== null && Date.now() - this.checkedAt < this.ttlMs) return this.value;
    this.pending ??= this.read().finally(() => {
      this.pending = null;
    });
    return this.pending;
  }

  private async read(): Promise<string> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
    try {
      await session.run(cypher('graph-version'), {}, { timeout: this.txTimeoutMs });
    } finally {
      await session.close();
    }
    this.value = session.lastBookmarks().join(',');
    this.checkedAt = Date.now();
    return this.value;
  }
}

export class ResponseCache {
  private readonly entries: LRUCache<string, string>;
  /** Answers being computed, by key: identical requests arriving meanwhile wait for them (no stampede). */
  private readonly pending = new Map<string, Promise<string | undefined>>();
  readonly version: GraphVersion;

  constructor(driver: Driver, database: string | undefined, options: ResponseCacheOptions = {}) {
    this.version = new GraphVersion(driver, database, options.versionTtlMs ?? 1000, options.txTimeoutMs);
    this.entries = new LRUCache<string, string>({
      max: options.maxEntries ?? 2000,
      maxSize: options.maxBytes ?? 64 * 1024 * 1024,
      sizeCalculation: (value, key) => value.length * 2 + key.length,
    });
  }

  /** The cache key of a request body ({query, variables, operationName}) at a version; null if not cacheable. */
  static key(version: string, body: unknown): string | null {
    if (!body || typeof body !== 'object') return null;
    const { query, variables, operationName } = body as Record<string, unknown>;
    if (typeof query !== 'string') return null;
    return createHash('sha256')
      .update(version)
      .update('\0')
      .update(query)
      .update('\0')
      .update(JSON.stringify(variables ?? null))
      .update('\0')
      .update(typeof operationName === 'string' ? operationName : '')
      .digest('base64url');
  }

  get(key: string): string | undefined {
    return this.entries.get(key);
  }

  /** Keeps a complete 200 answer without errors (an error may be transient; it is asked again); true if kept. */
  set(key: string, status: number, text: string): boolean {
    // A key is followed by a colon in JSON; a string value never is.
    if (status !== 200 || text.includes('"errors":')) return false;
    this.entries.set(key, text);
    return true;
  }

  /** The answer being computed for this key, if one is (undefined when it turns out not cacheable). */
  inFlight(key: string): Promise<string | undefined> | undefined {
    return this.pending.get(key);
  }

  /** Marks the key as being computed; call the returned function with the kept answer (or undefined) when done. */
  begin(key: string): (text: string | undefined) => void {
    let settle: (text: string | undefined) => void = () => undefined;
    this.pending.set(key, new Promise((resolve) => (settle = resolve)));
    return (text) => {
      this.pending.delete(key);
      settle(text);
    };
  }
}
