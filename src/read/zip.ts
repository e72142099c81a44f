/**
 * Zip archives (and the zip inside every .docx), read with yauzl from the central directory, with limits
 * checked before anything is inflated: entry count, total unpacked size, and compression ratio. yauzl also
 * refuses an entry whose stream inflates to more than its declared size (validateEntrySizes), so a lying
 * header cannot get around the limits.
 */
import { fromBuffer, type Entry, type ZipFile } from 'yauzl';
import { ReadError } from './types';

/** An archive with more entries than this is refused (a .docx has a few dozen). */
export const MAX_ENTRIES = 5000;
/** Unpacked size of a whole archive may be at most this many times the per-file limit. */
export const TOTAL_FACTOR = 10;
/** An entry (over 1 MB unpacked) or archive packed more tightly than this is a zip bomb. Text packs ~5-20×. */
export const MAX_RATIO = 200;
const RATIO_FLOOR = 1024 * 1024;

export interface ZipEntry {
  name: string;
  size: number;
  compressedSize: number;
  encrypted: boolean;
  directory: boolean;
}

export interface OpenZip {
  entries: ZipEntry[];
  /** The entry's bytes; refuses entries over `maxBytes` ('too-large') and encrypted ones ('encrypted-zip'). */
  read(name: string): Promise<Uint8Array>;
  close(): void;
}

function openBuffer(bytes: Uint8Array): Promise<ZipFile> {
  return new Promise((resolve, reject) => {
    fromBuffer(
      Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
      {
        lazyEntries: true,
        validateEntrySizes: true,
        strictFileNames: false,
        decodeStrings: true,
        autoClose: false,
      },
      (error, zip) => (error ? reject(error) : resolve(zip)),
    );
  });
}

/** Opens `bytes` as a zip and checks the limits. `label` names the archive in messages. */
export async function openZip(bytes: Uint8Array, maxBytes: number, label = 'zip'): Promise<OpenZip> {
  let zip: ZipFile;
  try {
    zip = await openBuffer(bytes);
  } catch (error) {
    throw new ReadError('corrupt-zip', `corrupt ${label}: ${(error as Error).message}`);
  }
  try {
    if (zip.entryCount > MAX_ENTRIES)
      throw new ReadError(
        'zip-bomb',
        `${label} has ${zip.entryCount} entries (limit ${MAX_ENTRIES}); refused`,
      );
    const found = new Map<string, Entry>();
    const entries: ZipEntry[] = [];
    await new Promise<void>((resolve, reject) => {
      zip.on('entry', (e: Entry) => {
        found.set(e.fileName, e);
        entries.push({
          name: e.fileName,
          size: e.uncompressedSize,
          compressedSize: e.compressedSize,
          encrypted: e.isEncrypted(),
          directory: e.fileName.endsWith('/'),
        });
        zip.readEntry();
      });
      zip.on('end', () => resolve());
      zip.on('error', reject);
      zip.readEntry();
    }).catch((error: unknown) => {
      throw new ReadError('corrupt-zip', `corrupt ${label}: ${(error as Error).message}`);
    });
    const total = entries.reduce((s, e) => s + e.size, 0);
    const limit = TOTAL_FACTOR * maxBytes;
    if (total > limit)
      throw new ReadError(
        'zip-bomb',
        `${label} unpacks to ${total} bytes (limit ${limit}); refused as a zip bomb`,
      );
    for (const e of entries) {
      if (e.size > RATIO_FLOOR && e.size > MAX_RATIO * Math.max(1, e.compressedSize))
        throw new ReadError(
          'zip-bomb',
          `${label} entry ${e.name} is packed ${Math.round(e.size / Math.max(1, e.compressedSize))}:1 (limit ${MAX_RATIO}:1); refused as a zip bomb`,
        );
    }
    if (total > RATIO_FLOOR && total > MAX_RATIO * bytes.length)
      throw new ReadError(
        'zip-bomb',
        `${label} is packed ${Math.round(total / bytes.length)}:1 (limit ${MAX_RATIO}:1); refused as a zip bomb`,
      );
    return {
      entries,
      read: (name) => {
        const e = found.get(name);
        if (!e) return Promise.reject(new ReadError('unreadable', `${label} has no entry ${name}`));
        return readEntry(zip, e, maxBytes, label);
      },
      close: () => zip.close(),
    };
  } catch (error) {
    zip.close();
    throw error;
  }
}

function readEntry(zip: ZipFile, e: Entry, maxBytes: number, label: string): Promise<Uint8Array> {
  if (e.isEncrypted())
    return Promise.reject(new ReadError('encrypted-zip', `${e.fileName} is encrypted in ${label}`));
  if (e.uncompressedSize > maxBytes)
    return Promise.reject(
      new ReadError(
        'too-large',
        `${e.fileName} unpacks to ${e.uncompressedSize} bytes, over the limit of ${maxBytes}`,
      ),
    );
  return new Promise((resolve, reject) => {
    zip.openReadStream(e, (error, stream) => {
      if (error)
        return reject(new ReadError('corrupt-zip', `corrupt ${label}: ${e.fileName}: ${error.message}`));
      const chunks: Buffer[] = [];
      let size = 0;
      stream.on('data', (c: Buffer) => {
        size += c.length;
        // Belt and braces: validateEntrySizes already stops a stream longer than its header says.
        if (size > maxBytes) stream.destroy(new Error(`more than ${maxBytes} bytes`));
        else chunks.push(c);
      });
      stream.on('error', (err) =>
        reject(
          err instanceof ReadError
            ? err
            : new ReadError('corrupt-zip', `corrupt ${label}: ${e.fileName}: ${err.message}`),
        ),
      );
      stream.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    });
  });
}
