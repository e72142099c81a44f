/**
 * Lines of a stretch of normalised text, as offsets: layout and the header parser both walk lines this way, and
 * one helper keeps their idea of a line (LF only, the last line up to `to`, an empty line kept) the same.
 */
export interface LineSpan {
  start: number;
  /** Offset of the line's newline, or `to` for the last line. */
  end: number;
}

/** The lines of text[from, to): every line, empty ones included, cut at LF. */
export function splitLines(text: string, from: number, to: number): LineSpan[] {
  const out: LineSpan[] = [];
  let start = from;
  while (start <= to) {
    let nl = text.indexOf('\n', start);
    if (nl < 0 || nl > to) nl = to;
    out.push({ start, end: nl });
    if (nl >= to) break;
    start = nl + 1;
  }
  return out;
}
