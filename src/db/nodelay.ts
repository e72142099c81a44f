/**
 * neo4j-driver 5 writes each Bolt message in 1,400-byte chunks and leaves Nagle's algorithm on. A message longer
 * than one chunk (a long named query with its parameters) then goes out as two writes, and the second waits for
 * the server's delayed ACK: a fixed ~40 ms on Linux. Measured on the 100k graph, a 5-row lineage took 50 ms p50
 * this way and a few ms with Nagle off, while short queries were never affected. The driver offers no socket
 * option, so the sockets it opens through net.connect / tls.connect get TCP_NODELAY here. Other callers of
 * net.connect in the process get it too, which is what request/response protocols want anyway.
 */
import net from 'node:net';
import tls from 'node:tls';

let applied = false;

type Connect = (...args: unknown[]) => net.Socket;

/** Idempotent: wraps net.connect and tls.connect once so that every new socket has Nagle's algorithm off. */
export function disableNagle(): void {
  if (applied) return;
  applied = true;
  for (const mod of [net, tls] as unknown as { connect: Connect }[]) {
    const original = mod.connect;
    mod.connect = function connectWithNoDelay(this: unknown, ...args: unknown[]) {
      const socket = original.apply(this, args);
      socket.setNoDelay(true);
      return socket;
    };
  }
}
