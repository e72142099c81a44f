/**
 * Which reader a file needs, from its bytes (magic numbers), never from its name. The name only sharpens the
 * error when the bytes contradict it: "x.pdf" that is not a PDF is a corrupt PDF, "x.docx" without a zip
 * signature is not a zip.
 */
import { ReadError } from './types';

export type Format = 'pdf' | 'zip' | 'ole' | 'png' | 'jpeg' | 'tiff' | 'html' | 'text';

/** Binary formats nobody reads here, with what to tell the user. Data: one line per format. */
const UNSUPPORTED: readonly { magic: readonly number[]; what: string }[] = [
  { magic: [0x7b, 0x5c, 0x72, 0x74, 0x66], what: 'an RTF document (save it as .docx or .txt)' },
  { magic: [0x47, 0x49, 0x46, 0x38], what: 'a GIF image (save it as PNG)' },
  { magic: [0x1f, 0x8b], what: 'a gzip archive (unpack it, or use .zip)' },
  { magic: [0x52, 0x61, 0x72, 0x21], what: 'a RAR archive (use .zip)' },
  { magic: [0x37, 0x7a, 0xbc, 0xaf], what: 'a 7-Zip archive (use .zip)' },
];

function startsWith(bytes: Uint8Array, magic: readonly number[], at = 0): boolean {
  if (bytes.length < at + magic.length) return false;
  for (let i = 0; i < magic.length; i++) if (bytes[at + i] !== magic[i]) return false;
  return true;
}

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP_MAGIC = [0x50, 0x4b, 0x05, 0x06];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** PDF readers accept "%PDF-" anywhere in the first KB (some generators put junk before it). */
export function pdfOffset(bytes: Uint8Array): number {
  const limit = Math.min(bytes.length - PDF_MAGIC.length, 1024);
  for (let i = 0; i <= limit; i++) if (startsWith(bytes, PDF_MAGIC, i)) return i;
  return -1;
}

/** Leading markup of an HTML page, after a BOM and white space ("<!DOCTYPE html", "<html", "<head", …). */
function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, 2048))
    .toString('latin1')
    .replace(/^(?:\xef\xbb\xbf)?\s*/u, '')
    .toLowerCase();
  if (/^<!doctype html|^<html[\s>]|^<head[\s>]|^<body[\s>]|^<meta[\s>]/u.test(head)) return true;
  // "<?xml …?><html xmlns=…>" (XHTML) or a comment first ("<!-- saved from url=… -->", as browsers save pages).
  return /^<(?:\?xml|!--)/u.test(head) && head.includes('<html');
}

export function detectFormat(name: string, bytes: Uint8Array): Format {
  const ext = /\.([a-z0-9]+)$/iu.exec(name)?.[1]?.toLowerCase() ?? '';
  if (pdfOffset(bytes) >= 0) return 'pdf';
  if (startsWith(bytes, ZIP_MAGIC) || startsWith(bytes, EMPTY_ZIP_MAGIC)) return 'zip';
  if (startsWith(bytes, OLE_MAGIC)) return 'ole';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a]))
    return 'tiff';
  // The name claims a binary format the bytes do not have: say so rather than read it as text.
  if (ext === 'pdf') throw new ReadError('corrupt-pdf', 'not a PDF: the file does not start with %PDF-');
  if (ext === 'docx' || ext === 'zip')
    throw new ReadError(
      'not-a-zip',
      `not a ${ext === 'zip' ? 'zip archive' : '.docx (zip)'}: no zip signature`,
    );
  for (const u of UNSUPPORTED) {
    if (startsWith(bytes, u.magic))
      throw new ReadError('unsupported-format', `unsupported format: ${u.what}`);
  }
  if (looksLikeHtml(bytes)) return 'html';
  return 'text';
}
