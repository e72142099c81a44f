/**
 * TCVN3 (ABC; TCVN 5712:1993, the .VnTime fonts) as data: byte → Unicode.
 * VN3 proper has the lowercase precomposed letters in 0xA8–0xFE and the seven base capitals Ă Â Ê Ô Ơ Ư Đ in
 * 0xA1–0xA7; the toned capitals (VN1 extension) sit in 0x80–0x9F, free slots above 0xA0 and a few C0 control
 * codes. 0xB0–0xB4 are the five combining tone marks. Every byte not listed is ASCII (below 0x80) or means
 * what it means in Windows-1252. Checked against glibc's TCVN5712-1 charmap.
 * One entry per "HEX char" pair; a char written U+XXXX is a combining mark.
 */
const TABLE = `
01 Ú  02 Ụ  04 Ừ  05 Ử  06 Ữ  11 Ứ  12 Ự  13 Ỳ
14 Ỷ  15 Ỹ  16 Ý  17 Ỵ  80 À  81 Ả  82 Ã  83 Á
84 Ạ  85 Ặ  86 Ậ  87 È  88 Ẻ  89 Ẽ  8A É  8B Ẹ
8C Ệ  8D Ì  8E Ỉ  8F Ĩ  90 Í  91 Ị  92 Ò  93 Ỏ
94 Õ  95 Ó  96 Ọ  97 Ộ  98 Ờ  99 Ở  9A Ỡ  9B Ớ
9C Ợ  9D Ù  9E Ủ  9F Ũ  A1 Ă  A2 Â  A3 Ê  A4 Ô
A5 Ơ  A6 Ư  A7 Đ  A8 ă  A9 â  AA ê  AB ô  AC ơ
AD ư  AE đ  AF Ằ  B0 U+0300  B1 U+0309  B2 U+0303  B3 U+0301  B4 U+0323
B5 à  B6 ả  B7 ã  B8 á  B9 ạ  BA Ẳ  BB ằ  BC ẳ
BD ẵ  BE ắ  BF Ẵ  C0 Ắ  C1 Ầ  C2 Ẩ  C3 Ẫ  C4 Ấ
C5 Ề  C6 ặ  C7 ầ  C8 ẩ  C9 ẫ  CA ấ  CB ậ  CC è
CD Ể  CE ẻ  CF ẽ  D0 é  D1 ẹ  D2 ề  D3 ể  D4 ễ
D5 ế  D6 ệ  D7 ì  D8 ỉ  D9 Ễ  DA Ế  DB Ồ  DC ĩ
DD í  DE ị  DF ò  E0 Ổ  E1 ỏ  E2 õ  E3 ó  E4 ọ
E5 ồ  E6 ổ  E7 ỗ  E8 ố  E9 ộ  EA ờ  EB ở  EC ỡ
ED ớ  EE ợ  EF ù  F0 Ỗ  F1 ủ  F2 ũ  F3 ú  F4 ụ
F5 ừ  F6 ử  F7 ữ  F8 ứ  F9 ự  FA ỳ  FB ỷ  FC ỹ
FD ý  FE ỵ  FF Ố
`;

function parse(table: string): Map<number, string> {
  const map = new Map<number, string>();
  for (const entry of table.trim().split(/\s{2,}|\n/)) {
    const [hex, ch] = entry.trim().split(' ');
    const value = ch.startsWith('U+') ? String.fromCodePoint(parseInt(ch.slice(2), 16)) : ch;
    map.set(parseInt(hex, 16), value);
  }
  return map;
}

/** byte → character for every byte that TCVN3 defines differently from ASCII/Windows-1252. */
export const TCVN3_BYTES: ReadonlyMap<number, string> = parse(TABLE);

/** Bytes in 0x80–0x9F: toned capitals in TCVN3, but punctuation (smart quotes, dashes) in Windows-1252. */
export function isTcvn3ExtensionByte(byte: number): boolean {
  return byte >= 0x80 && byte <= 0x9f;
}
