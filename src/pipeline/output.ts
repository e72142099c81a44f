/**
 * Output that streams: each record is serialised on its own and written with the stream's backpressure, so no
 * output ever builds one giant string (a 3 MB adversarial text made `JSON.stringify` of the whole graph fail
 * with "Invalid string length").
 */
import { once } from 'node:events';
import type { ExtractionGraph } from '../model';

/** Text gathered up to this size before a write: few system calls, and no string bigger than this plus a record. */
const CHUNK = 64 * 1024;

export class Output {
  private buffer = '';

  constructor(private readonly stream: NodeJS.WritableStream = process.stdout) {}

  /** `now`: hand it to the stream at once (a line of --jsonl is for its reader as soon as the file is done). */
  async write(text: string, now = false): Promise<void> {
    this.buffer += text;
    if (now || this.buffer.length >= CHUNK) await this.flush();
  }

  /** Add text without waiting; true when a chunk is full and the caller should `flush()` (and await it). */
  append(text: string): boolean {
    this.buffer += text;
    return this.buffer.length >= CHUNK;
  }

  async flush(): Promise<void> {
    if (!this.buffer) return;
    const text = this.buffer;
    this.buffer = '';
    if (!this.stream.write(text)) await once(this.stream, 'drain');
  }
}

/** The merged ExtractionGraph as JSON: one record per line inside each array. */
export async function writeGraphJson(out: Output, graph: ExtractionGraph): Promise<void> {
  const sections: [string, unknown[] | undefined][] = [
    ['documents', graph.documents],
    ['relations', graph.relations],
    ['references', graph.references],
    ['namedReferences', graph.namedReferences],
    ['warnings', graph.warnings],
  ];
  // Appended without a promise per record (a 10k-document graph has ~100k records); awaited once per 64 KB chunk.
  out.append('{');
  let firstSection = true;
  for (const [name, list] of sections) {
    if (!list) continue;
    out.append(`${firstSection ? '' : ','}\n"${name}": [`);
    firstSection = false;
    for (let i = 0; i < list.length; i++)
      if (out.append(`${i ? ',' : ''}\n  ${JSON.stringify(list[i])}`)) await out.flush();
    out.append(list.length ? '\n]' : ']');
  }
  out.append('\n}\n');
  await out.flush();
}

/**
 * When stdout is closed early (`vanban extract DIR | head`), stop quietly instead of dying with an EPIPE stack
 * trace: the reader has what it wanted.
 */
export function exitQuietlyOnClosedStdout(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
}
