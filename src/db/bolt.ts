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

/** True when nothing listens on host:port (we can bind it ourselves). */
export function portFree(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen({ host, port, exclusive: true }, () => server.close(() => resolve(true)));
  });
}

/** A port the OS considers free right now (for throwaway servers in tests). */
export function freePort(host = '127.0.0.1'): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen({ host, port: 0 }, () => {
      const address = server.address() as net.AddressInfo;
      server.close(() => resolve(address.port));
    });
  });
}
