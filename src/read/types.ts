/**
 * The contract of the read stage: bytes of any supported format → text with provenance (pages, reader, OCR
 * confidence). The text stage (src/text) takes it from here.
 */

/** One page of a paged source: [start, end) offsets in `ReadResult.text`. */
export interface ReadPage {
  number: number;
  start: number;
  end: number;
}

export type ReaderKind = 'text' | 'pdf' | 'ocr' | 'docx' | 'doc' | 'html';

export interface ReadWarning {
  code: string;
  message: string;
}

export interface ReadResult {
  /** path of the file, or "archive.zip!inner/path.docx" for a zip entry */
  name: string;
  reader: ReaderKind;
  /** raw bytes for the text reader (decoded by ./decode.ts, legacy encodings included, before the text stage) */
  bytes?: Uint8Array;
  /** decoded text (NFC, LF line ends) for every other reader */
  text?: string;
  pages?: ReadPage[];
  pageCount?: number;
  /** mean Tesseract word confidence 0..100 when OCR was used */
  ocrConfidence?: number | null;
  warnings: ReadWarning[];
  /**
   * Set only on a zip entry that could not be read (its siblings are still read); neither `text` nor `bytes`
   * is set then. A file given directly throws its ReadError instead.
   */
  error?: { code: ReadErrorCode; message: string };
}

export type ReadErrorCode =
  | 'encrypted-pdf'
  | 'corrupt-pdf'
  | 'not-a-zip'
  | 'corrupt-zip'
  | 'encrypted-zip'
  | 'zip-bomb'
  | 'too-large'
  | 'tesseract-missing'
  | 'pdftoppm-missing'
  | 'ocr-failed'
  | 'ocr-disabled'
  | 'corrupt-docx'
  | 'corrupt-doc'
  | 'unsupported-format'
  | 'unreadable';

/** One clear error per file: `code` is stable (tests and callers switch on it), `message` says what to do. */
export class ReadError extends Error {
  constructor(
    readonly code: ReadErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ReadError';
  }
}

export interface ReadOptions {
  /** OCR scanned PDFs and images (default true). Off: they are a ReadError 'ocr-disabled'. */
  ocr?: boolean;
  /** Inputs (and each unpacked zip entry) larger than this are refused: 'too-large'. Default 10 MB. */
  maxBytes?: number;
  /** OCR processes run at once. Default: the number of cores. */
  jobs?: number;
}

export const DEFAULT_READ_MAX_BYTES = 10 * 1024 * 1024;
