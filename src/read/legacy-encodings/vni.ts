/**
 * VNI-Windows as data. A toned vowel is its ASCII base letter followed by one mark byte ("Vieät" = Việt:
 * e + 0xE4 "circumflex and dot below"); ơ, ư, đ, the toned i's and ỵ are single bytes. Mark bytes come in a
 * lowercase and an uppercase form (used after a capital: "VIEÄT"). Bytes not listed mean what they mean in
 * Windows-1252. One "HEX meaning" entry per pair; a meaning is either a letter or the combining marks it adds.
 */
const LETTERS = `
F4 ơ  D4 Ơ  F6 ư  D6 Ư  F1 đ  D1 Đ  EC ì  CC Ì  ED í  CD Í
E6 ỉ  C6 Ỉ  F3 ĩ  D3 Ĩ  F2 ị  D2 Ị  EE ỵ  CE Ỵ
`;

/** Mark bytes: lowercase byte, uppercase byte, combining marks (circumflex/breve first, then the tone). */
const MARKS = `
F9 D9 0301
F8 D8 0300
FB DB 0309
F5 D5 0303
EF CF 0323
E2 C2 0302
EA CA 0306
E1 C1 0302+0301
E0 C0 0302+0300
E5 C5 0302+0309
E3 C3 0302+0303
E4 C4 0302+0323
E9 C9 0306+0301
E8 C8 0306+0300
FA DA 0306+0309
FC DC 0306+0303
EB CB 0306+0323
`;

function cp(hexes: string): string {
  return hexes
    .split('+')
    .map((h) => String.fromCodePoint(parseInt(h, 16)))
    .join('');
}

/** byte → precomposed letter. */
export const VNI_LETTERS: ReadonlyMap<number, string> = new Map(
  LETTERS.trim()
    .split(/\s{2,}|\n/)
    .map((e) => e.trim().split(' '))
    .map(([hex, ch]) => [parseInt(hex, 16), ch] as const),
);

export interface VniMark {
  /** The combining marks the byte adds to the preceding vowel. */
  marks: string;
  upper: boolean;
}

/** byte → marks it adds to the letter before it. */
export const VNI_MARKS: ReadonlyMap<number, VniMark> = new Map(
  MARKS.trim()
    .split('\n')
    .flatMap((line) => {
      const [lower, upper, marks] = line.trim().split(' ');
      return [
        [parseInt(lower, 16), { marks: cp(marks), upper: false }],
        [parseInt(upper, 16), { marks: cp(marks), upper: true }],
      ] as [number, VniMark][];
    }),
);

/** Which base letters each kind of mark can follow (circumflex after a/e/o, breve after a, tones after vowels). */
export function vniMarkFits(base: string, marks: string): boolean {
  const b = base.toLowerCase();
  if (marks.startsWith('\u0302')) return b === 'a' || b === 'e' || b === 'o';
  if (marks.startsWith('\u0306')) return b === 'a';
  return 'aeiouyơư'.includes(b);
}
