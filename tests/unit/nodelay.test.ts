import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { disableNagle } from '../../src/db/nodelay';

describe('disableNagle', () => {
  let server: net.Server;
  let port: number;
  beforeAll(async () => {
    server = net.createServer((s) => s.end());
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as net.AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('gives every socket that net.connect opens (as neo4j-driver does) TCP_NODELAY, once', async () => {
    const setNoDelay = vi.spyOn(net.Socket.prototype, 'setNoDelay');
    disableNagle();
    disableNagle(); // idempotent: no double wrapping
    const socket = net.connect(port, '127.0.0.1');
    await new Promise((resolve) => socket.once('connect', resolve));
    const calls = setNoDelay.mock.contexts.filter((c) => c === socket);
    expect(calls).toHaveLength(1);
    expect(setNoDelay.mock.calls[setNoDelay.mock.contexts.indexOf(socket)]).toEqual([true]);
    socket.destroy();
    setNoDelay.mockRestore();
  });
});
