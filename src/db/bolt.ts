import * as fs from 'node:fs';
import * as net from 'node:net';

// Bolt handshake: magic preamble, then four version proposals (5.0–5.4, 4.4, none, none).
const HANDSHAKE = Buffer.from([
  0x60, 0x60, 0xb0, 0x17, 0x00, 0x04, 0x04, 0x05, 0x00, 0x00, 0x04, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
  0x00, 0x00,
]);

/**
 * True when a Bolt server answers the handshake on host:port. Independent of credentials, so it tells
 * "our Neo4j is up" apart from "something else holds the port".
 */
export function boltAnswers(host: string, port: number, timeoutMs = 2_000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    let received = 0;
    const done = (answer: boolean) => {
      socket.destroy();
      resolve(answer);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.on('error', () => done(false));
    socket.on('connect', () => socket.write(HANDSHAKE));
    socket.on('data', (chunk: Buffer) => {
      received += chunk.length;
      if (received >= 4) done(true);
    });
    socket.on('close', () => done(received >= 4));
  });
}

/** True when nothing listens on host:port (we can bind it ourselves); other bind errors are thrown. */
export function portFree(host: string, port: number): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', (error: NodeJS.ErrnoException) =>
      error.code === 'EADDRINUSE'
        ? resolve(false)
        : reject(new Error(`cannot bind ${host}:${port}: ${error.message}`)),
    );
    server.listen({ host, port, exclusive: true }, () => server.close(() => resolve(true)));
  });
}

/**
 * A free port for a throwaway server, chosen below the kernel's ephemeral range: ports handed out by `listen(0)`
 * come from that range, where any outgoing connection on the machine may grab the port again between a stop
 * and the next start of the same server.
 */
export async function freePort(host = '127.0.0.1'): Promise<number> {
  const [ephemeralStart] = ephemeralRange();
  const low = 10_000;
  for (let attempt = 0; attempt < 100 && ephemeralStart > low + 1_000; attempt++) {
    const candidate = low + Math.floor(Math.random() * (ephemeralStart - low));
    if (await portFree(host, candidate)) return candidate;
  }
  return osAssignedPort(host);
}

function ephemeralRange(): [number, number] {
  try {
    const [start, end] = fs
      .readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8')
      .trim()
      .split(/\s+/)
      .map(Number);
    if (Number.isInteger(start) && Number.isInteger(end)) return [start, end];
  } catch {
    // not Linux: use the IANA dynamic range
  }
  return [49_152, 65_535];
}

function osAssignedPort(host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen({ host, port: 0 }, () => {
      const address = server.address() as net.AddressInfo;
      server.close(() => resolve(address.port));
    });
  });
}
