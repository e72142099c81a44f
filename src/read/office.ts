/**
 * Word documents: .docx through mammoth's raw text (paragraphs, tables cell by cell, in document order), after
 * the zip inside has passed the archive limits (mammoth itself unpacks without any); legacy .doc (OLE compound
 * file) through word-extractor, body then footnotes and endnotes.
 */
import mammoth from 'mammoth';
import WordExtractor from 'word-extractor';
import { ReadError, type ReadWarning } from './types';

export interface OfficeText {
  text: string;
  warnings: ReadWarning[];
}

/** Trailing spaces off, at most one blank line in a row, NFC. */
function tidy(text: string): string {
  return text
    .replace(/\r\n?/gu, '\n')
    .replace(/[ \t]+$/gmu, '')
    .replace(/\n{3,}/gu, '\n\n')
    .trim()
    .normalize('NFC');
}

export async function readDocx(bytes: Uint8Array): Promise<OfficeText> {
  let result: Awaited<ReturnType<typeof mammoth.extractRawText>>;
  try {
    result = await mammoth.extractRawText({
      buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
    });
  } catch (error) {
    throw new ReadError('corrupt-docx', `corrupt .docx: ${(error as Error).message}`);
  }
  const warnings = result.messages
    .filter((m) => m.type === 'warning' || m.type === 'error')
    .map((m) => ({ code: 'docx-' + m.type, message: m.message }));
  // mammoth ends every paragraph with a blank line: one paragraph per line, as the text corpus has it (an empty
  // paragraph stays an empty line).
  return { text: tidy(result.value.replace(/\r\n?/gu, '\n').split('\n\n').join('\n')), warnings };
}

export async function readDoc(bytes: Uint8Array): Promise<OfficeText> {
  let doc: Awaited<ReturnType<WordExtractor['extract']>>;
  try {
    doc = await new WordExtractor().extract(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  } catch (error) {
    throw new ReadError('corrupt-doc', `not a readable Word .doc: ${(error as Error).message}`);
  }
  // As written: word-extractor would otherwise turn curly quotes and en dashes into ASCII.
  const raw = { filterUnicode: false };
  const notes = [doc.getFootnotes(raw), doc.getEndnotes(raw)].map((t) => t.trim()).filter(Boolean);
  return { text: tidy([doc.getBody(raw), ...notes].join('\n\n')), warnings: [] };
}
