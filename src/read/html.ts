/**
 * A saved web page → the text of its main content block only: site menus, sidebars ("related documents" lists
 * full of other numbers!), scripts and footers would otherwise become citations the document never made.
 * The block is chosen by Mozilla's Readability (Firefox Reader View) over a linkedom DOM; its output is turned
 * into text with a line per block element (paragraphs, table cells, list items), as the text corpus has it.
 * If Readability finds no article, the body is used with the usual chrome elements removed.
 */
import { Readability } from '@mozilla/readability';
import * as iconv from 'iconv-lite';
import { parseHTML } from 'linkedom';
import { decodeDocument, DecodeError } from './decode';
import { ReadError, type ReadWarning } from './types';

/** Elements that start and end a line of text. */
const BLOCK = new Set(
  (
    'address article aside blockquote br dd div dl dt figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr ' +
    'li main nav ol p pre section table tbody td tfoot th thead tr ul caption center'
  ).split(' '),
);
const SKIP = new Set(
  'script style noscript template iframe svg canvas object button select input textarea'.split(' '),
);
/** Chrome around the content when Readability finds none: elements and class/id words of menus and footers. */
const CHROME_TAGS = 'nav, header, footer, aside, form, menu';
const CHROME_WORDS =
  /(?:^|[\s_-])(?:menu|nav|navbar|footer|header|sidebar|breadcrumbs?|banner|share|social|comments?|related|ads?|advert)(?:$|[\s_-])/iu;

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

/** Line-break marks while walking: a block edge (runs of them make one break) and an empty paragraph. */
const EDGE = '\u0000';
const EMPTY_LINE = '\u0001';

/** Block-aware text of a DOM subtree: a line per block element, runs of white space collapsed. */
export function nodeText(root: DomNode): string {
  const out: string[] = [];
  const walk = (node: DomNode, pre: boolean): void => {
    if (node.nodeType === 3) {
      const t = (node.textContent ?? '').replace(/[\u0000\u0001\u2063]/gu, '');
      out.push(pre ? t.replace(/\n/gu, EDGE) : t.replace(/\s+/gu, ' '));
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const tag = node.nodeName.toLowerCase();
    if (SKIP.has(tag)) return;
    if (tag === 'br') {
      out.push(EDGE);
      return;
    }
    const block = BLOCK.has(tag);
    if (block && tag === 'p' && (node.textContent ?? '').replace(/[\s\u00a0\u2063]+/gu, '') === '') {
      out.push(EDGE, EMPTY_LINE, EDGE);
      return;
    }
    if (block) out.push(EDGE);
    const kids = node.childNodes;
    for (let i = 0; i < kids.length; i++) walk(kids[i], pre || tag === 'pre');
    if (block) out.push(EDGE);
  };
  walk(root, false);
  const lines = out
    .join('')
    .split(EDGE)
    .map((l) => l.replace(/[ \t\u00a0]+/gu, ' ').trim())
    .filter((l) => l !== '')
    .map((l) => (l === EMPTY_LINE ? '' : l));
  return lines
    .join('\n')
    .replace(/\n{3,}/gu, '\n\n')
    .trim()
    .normalize('NFC');
}

/** The page's text: a declared legacy charset through iconv, else the text stage's detection (UTF-8, CP1258, …). */
function decodeHtml(bytes: Uint8Array, warnings: ReadWarning[]): string {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const charset = /<meta[^>]{0,200}?charset\s*=\s*["']?([\w-]{1,40})/iu.exec(head)?.[1]?.toLowerCase();
  if (charset && !/^utf-?8$/u.test(charset) && iconv.encodingExists(charset)) {
    return iconv.decode(Buffer.from(bytes), charset);
  }
  try {
    const decoded = decodeDocument(bytes);
    warnings.push(...decoded.warnings.map((w) => ({ code: w.code, message: w.message })));
    return decoded.text;
  } catch (error) {
    if (error instanceof DecodeError) throw new ReadError('unreadable', `web page: ${error.message}`);
    throw error;
  }
}

export function readHtml(bytes: Uint8Array): { text: string; warnings: ReadWarning[] } {
  const warnings: ReadWarning[] = [];
  const html = decodeHtml(bytes, warnings);
  const { document } = parseHTML(html);
  // Empty paragraphs are blank lines of the document (they end its title, its blocks), but Readability drops
  // empty elements: an invisible separator keeps them, and nodeText turns them back into empty lines.
  for (const p of document.querySelectorAll('p')) {
    if ((p.textContent ?? '').replace(/[\s\u00a0]+/gu, '') === '' && !p.querySelector('img'))
      p.textContent = '\u2063';
  }
  // Readability changes the DOM it reads: the fallback parses the page again.
  let text = '';
  try {
    const article = new Readability<string>(
      document as unknown as ConstructorParameters<typeof Readability>[0],
      {
        charThreshold: 200,
        serializer: (node) => nodeText(node as unknown as DomNode),
      },
    ).parse();
    text = article?.content ?? '';
  } catch (error) {
    warnings.push({
      code: 'html-readability',
      message: `main content not found: ${(error as Error).message}`,
    });
  }
  if (text.length < 200) {
    const { document: again } = parseHTML(html);
    for (const el of again.querySelectorAll(CHROME_TAGS)) el.remove();
    for (const el of again.querySelectorAll('[class], [id]')) {
      if (CHROME_WORDS.test(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`)) el.remove();
    }
    const body = again.body ?? again.documentElement;
    const whole = body ? nodeText(body as unknown as DomNode) : '';
    if (whole.length > text.length) {
      warnings.push({
        code: 'html-no-article',
        message: 'no main content block found; read the page without its menus',
      });
      text = whole;
    }
  }
  return { text, warnings };
}
