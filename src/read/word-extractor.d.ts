/** Types for word-extractor 1.0 (it ships none): only what src/read/office.ts uses. */
declare module 'word-extractor' {
  interface WordDocument {
    /** filterUnicode (default true) turns curly quotes and dashes into ASCII: off, the text stays as written. */
    getBody(options?: { filterUnicode?: boolean }): string;
    getFootnotes(options?: { filterUnicode?: boolean }): string;
    getEndnotes(options?: { filterUnicode?: boolean }): string;
  }
  class WordExtractor {
    extract(source: string | Buffer): Promise<WordDocument>;
  }
  export = WordExtractor;
}
