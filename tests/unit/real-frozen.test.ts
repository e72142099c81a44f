/**
 * The frozen (held-out) parts of the real set (ANNOTATION.md): real documents annotated by reviewers who did not write
 * the extractor, frozen before any fix was made against them.
 *
 * - `frozen` (44 texts): FLOORS measured on the extractor before any real-document fix (commit be537f9).
 * - `frozen2` (23 texts, the odd-numbered half of the second annotation round; the even half is `dev2`): FLOORS
 *   measured on commit c110545, the code before any fix against the second round (0.9176, 0.8355, 0.8936, 0.9658,
 *   rounded down).
 * - `frozen3` (28 texts, the ninth annotation round: stored pages of Party committees, mass organisations, district
 *   and provincial bodies, 2004–2025): annotated while the extractor was being fixed against the eighth round and
 *   never looked at; FLOORS measured on commit 1e8fda7, the code before that session's fixes (0.8473, 0.7848, 0.9839,
 *   0.9822, rounded down).
 * - `frozen4` (14 texts, the sixteenth round: stored pages of provincial, district, commune and Party texts and news
 *   items of 12 provinces, 2015–2026): annotated while the extractor was being fixed against dev13–dev15 and never
 *   looked at; FLOORS measured on commit 5f9ddae, the code before that session's fixes (0.8276, 0.7119, 1, 0.9688,
 *   rounded down).
 * - `frozen5` (16 texts, the twenty-first round: stored pages of 13 provinces, 2018–2026, chosen for commune, ward,
 *   department and post-July-2025 texts): annotated while the extractor was being fixed against dev16 and dev17 and
 *   never looked at; FLOORS measured on commit 9a8caae, the code before that session's fixes (0.9504, 0.9428, 1,
 *   0.9878, rounded down; the same on 5c24e7c, the code when it arrived).
 * - `frozen6` (11 texts, the odd half of the last 22 unused files of `A_tvpl_docs/`, the even half being `dev18`;
 *   three cut to their first ~30,000 characters): annotated while the extractor was being fixed against dev16–dev17 and
 *   never looked at; FLOORS measured on commit 9a8caae, the code before that session's fixes (0.9904, 0.9395, typed
 *   0.9116, 0.9854, rounded down; the same on fc5734d, the code when it arrived).
 * - `frozen7` (15 texts, the twenty-fourth round: stored pages of 14 provinces and one national text, 2012–2025:
 *   provincial council resolutions and People's Committee decisions from legal databases, a one-line scan with OCR
 *   noise, district-portal, press-release, Women's Union and Veterans items): annotated while the extractor was being
 *   fixed against dev20 and never looked at; FLOORS measured on commit 24987fa, the code before that session's fixes
 *   (0.9796, 0.8750 (0.87499… in floating point), typed 0.8438, 0.9302, rounded down; the same on 827ab80, the code
 *   when it arrived).
 * - `frozen8` (15 texts, the thirtieth round: stored pages of 15 provinces, 2014–2025, provincial, district and
 *   commune State texts, Party committee texts and news items, Front and mass-organisation texts, legal-database
 *   copies): annotated while the extractor was being fixed against dev21–dev25 and never looked at; FLOORS measured on
 *   commit 7ae536a, the code before that session's fixes (0.9573, 0.9348, typed 0.9348, 0.9709, rounded down). On
 *   c88817a, the code when it arrived, one relation and one metadata field fewer (0.9573, 0.9231, 0.9231, 0.9612): the
 *   session's first fix (a news lead looked for in ten lines instead of six) made one more text a document where the
 *   reviewer saw a news item citing it; found by the aggregate alone and narrowed (past the sixth line only a lead
 *   announcing the text's own words with ":", the dev21 case that fix was made for), which gives back the floors.
 * - `frozen9` (15 texts, the thirty-first round: stored pages of 14 provinces, 2009–2025, commune to central State and
 *   Party texts, news items, Front and mass-organisation texts, legal-database copies, none chosen for being easy):
 *   annotated while the extractor was being fixed against dev24–dev25 and never looked at; FLOORS measured on commit
 *   7ae536a, the code before that session's fixes (0.8247, 0.6667, typed 0.6349, 0.9437, rounded down; the same on
 *   d6fb1fa, the code when it arrived).
 * - `frozen10` (15 texts, the thirty-fifth round: stored pages of 15 provinces, provincial, district and commune State
 *   texts, Party texts and news items, Front and mass-organisation texts, legal-database copies): annotated while the
 *   extractor was being fixed against dev24–dev27 and never looked at; FLOORS measured on commit 7ae536a, the code
 *   before that session's fixes (0.9425, 0.8518, typed 0.8518, 0.9459, rounded down); on bed4913, the code when it
 *   arrived (that session's fixes, none made against it): 0.9425, 0.8727, 0.8727, 0.9459.
 * - `frozen11` (15 texts, the thirty-eighth round: stored pages of 13 provinces and two national texts, 1982–2025,
 *   central, provincial, district and commune texts, Party, State and trade-union texts, three after July 2025) and
 *   `frozen12` (15 texts, the thirty-ninth round: 11 provinces and three national texts, 2011–2025, Party, State, Front
 *   and Farmers' Union texts): annotated while the extractor was being fixed against dev27–dev30 and never looked at;
 *   FLOORS measured on commit 519d7cc, the code before that session's fixes (frozen11: 0.8666, 0.5806, typed 0.5806,
 *   0.9264; frozen12: 0.9462, 0.8852, typed 0.8852, 0.9620; rounded down; the same on the code when they arrived).
 * - `frozen13` (15 texts, the forty-second round: stored pages of 12 provinces and two central texts, 2001–2025, four
 *   commune or ward texts, Party, State and Farmers' Union texts, eleven news items, three after July 2025): annotated
 *   while the extractor was being fixed against dev31–dev32 and never looked at; FLOORS measured on commit 445fb25, the
 *   code before that session's fixes (0.8541, 0.7575, typed 0.7575, 0.9861, rounded down; the same on 4b32a50, the code
 *   when it arrived).
 * - `frozen14` (15 texts, the forty-fifth round: stored pages of 11 provinces and two national texts, 2007–2025, four
 *   commune texts, State, Party and mass-organisation texts, eight news items): annotated while the extractor was
 *   being fixed against dev31–dev32 and never looked at; FLOORS measured on commit 445fb25, the code before that
 *   session's fixes (0.8495, 0.7848, typed 0.7594, 0.9659, rounded down; the same on 6a02655, the code when it
 *   arrived).
 * - `frozen15` (15 texts, the forty-eighth round: stored pages of 13 provinces and two national texts, 2005–2025, four
 *   commune or ward texts, five after July 2025, nine news items, listing pages or notices): annotated while the
 *   extractor was being fixed against dev33 and never looked at; FLOORS measured on commit 0a106db, the code before
 *   that session's fixes (0.9320, 0.7777, typed 0.7777, 0.9770, rounded down; the same on e097978, the code when it
 *   arrived).
 * - `frozen16` (15 texts, the fiftieth round: stored pages of 14 provinces and a national text, 2018–2026, three
 *   after July 2025, nine unnumbered items): annotated while the extractor was being fixed against dev35–dev37 and
 * never
 *   looked at; FLOORS measured on commit 0a106db, the code before that session's fixes (0.9600, 0.9166, typed 0.8888,
 *   0.9767, rounded down). On 4e382d1, the code when it arrived (fixes made against dev parts only): 0.9600, 0.9315,
 *   typed 0.9041, 0.9883.
 * - `frozen17` (15 texts, the fifty-third round: stored pages of 12 provinces, two national texts and one of no named
 *   place, 2007–2025, five news items): annotated while the extractor was being fixed against dev35–dev39 and never
 *   looked at; FLOORS measured on commit 0a106db, the code before that session's fixes (0.8888, 0.8474, typed 0.8135,
 *   0.9733, rounded down; the same on f677bbf, the code when it arrived).
 * - `frozen18` (15 texts, the fifty-seventh round: stored pages of 13 provinces and two national texts, 2008–2026,
 *   mostly news items; only 2 of the 15 compared with a second retrieval, the search budget having run out; the other
 *   13 re-read against the tool's output, SOURCES-fm.tsv): never looked at; FLOORS measured on commit 0a106db, the code
 *   before that session's fixes (0.9600, 0.8437, typed 0.8437, 0.9425, rounded down; the same on 70c90c1, the code when
 *   it arrived).
 * - `frozen19` (15 texts, the sixty-first round: stored pages of 12 provinces and national texts, 2013–2025, ten news
 *   items, all equal to a second retrieval): annotated at the start of the session of 27 November 10:13 UTC and never
 *   looked at; FLOORS measured on commit eb0d482, the code before that session's fixes (0.9292, 0.7941, typed 0.6470,
 *   0.9024, rounded down).
 * - `frozen20`, `frozen21`, `frozen22` (15 texts each, the sixty-second, sixty-fifth and sixty-sixth rounds: stored
 *   pages of 11, 12 and 12 provinces with central texts, 2007–2025, news items and documents' own texts, all equal to
 *   a second retrieval): annotated during the session of 27 November 10:13 UTC and never looked at; FLOORS measured on
 *   commit eb0d482, the code before that session's fixes (frozen20 0.9256, 0.8888, typed 0.8666, 0.9711; frozen21
 *   0.9902, 0.9512, 0.9512, 0.9791; frozen22 0.9504, 0.9041, 0.8493, 0.9642; rounded down).
 * - `frozen23`, `frozen24` (15 texts each, the seventy-first and seventy-second rounds: stored pages of 13 and 14
 *   provinces with central texts, 2007–2025, all equal to a second retrieval): annotated during the same session and
 *   never looked at; FLOORS measured on commit eb0d482 (frozen23 0.9761, 0.7755, typed 0.7346, 0.9859; frozen24 1,
 *   0.9850, 0.9850, 0.9764; rounded down).
 * - `frozen25` to `frozen29` (15 texts each, the seventy-fourth to seventy-eighth rounds: stored pages of 11 to 14
 *   provinces with central texts, 2006–2026, news items and documents' own texts, all equal to a second retrieval):
 *   annotated during that session and never looked at; FLOORS measured on commit e4306d8, the
 *   code before that session's fixes (frozen25 0.9278, 0.7826, typed 0.7826, 0.9879; frozen26 0.9541, 0.9135, 0.7901,
 *   0.9898; frozen27 0.9333, 0.7999, 0.7666, 0.9589; frozen28 0.8727, 0.8148, 0.7901, 0.9642; frozen29 0.9450, 0.8275,
 *   0.8275, 0.9487; rounded down). Each was the same on the code when it arrived (some of the session's fixes, made
 *   against development parts only, had landed).
 * - `frozen30` to `frozen33` (15 texts each, the eighty-second to eighty-fifth rounds: stored pages of 12 or 13
 *   provinces with central texts, 2003–2026, news items and documents' own texts, all equal to a second retrieval):
 *   annotated at the start of the session of 27 November 14:06 UTC and never looked at; FLOORS measured on commit
 *   8342477, the code before that session's fixes (frozen30 0.9696, 0.9295, typed 0.7887, 0.9047; frozen31 0.9450,
 *   0.6984, 0.6984, 0.8717; frozen32 0.9491, 0.8210, 0.8210, 0.9809; frozen33 0.8780, 0.7816, 0.7816, 0.97; rounded
 *   down). On the code when they were registered (four of the session's fixes had landed) the same, but frozen32's
 *   metadata 0.9904.
 * - `frozen34` to `frozen37` (15 texts each, the ninetieth to ninety-third rounds: stored pages of 10 to 12 provinces
 *   with central texts, 2005–2026): annotated during the same session and never looked at. The search budget ran out
 *   during these rounds: no text was compared with a second retrieval (each was written twice from the same output
 *   and the copies compared; SOURCES-hc … SOURCES-hf say so). FLOORS measured on commit 8342477 (frozen34 0.8039,
 *   0.6933, typed 0.6400, metadata of all gold documents 0.7395; frozen35 0.9591, 0.9142, 0.8857, 0.9230; frozen36
 *   0.9902, 0.9866, 0.9333, 0.9791; frozen37 0.8888, 0.7804, 0.7317, 0.7968; rounded down). On the code when they were
 *   registered the same, but frozen35's documents 0.9690, relations 0.9275, typed 0.8985.
 * - `frozen38` to `frozen41` (15 texts each, the ninety-eighth to hundred-and-first rounds: stored pages of 13 or 14
 *   provinces with central texts, 2008–2026, news items, legal-database copies and documents' own texts, all equal to
 *   a second retrieval): annotated at the start of the session of 27 November 16:07 UTC and never looked at; FLOORS
 *   measured on commit 285ce4e, the code before that session's fixes (frozen38 0.8979, 0.8358, typed 0.8358, metadata
 *   of all gold documents 0.8333; frozen39 0.9450, 0.8275, 0.7931, 0.9058; frozen40 0.9387, 0.8421, 0.8421, 0.875;
 *   frozen41 0.96, 0.8695, 0.8695, 0.9450; rounded down).
 * - `frozen42` to `frozen45` (15, 15, 15 and 11 texts, the hundred-and-sixth to hundred-and-ninth rounds of the same
 *   session: stored pages of 9 to 12 provinces with central texts, 2005–2025): annotated during that session and never
 *   looked at. The search budget ran out during these rounds: no text was compared with a second retrieval (each was
 *   written twice from the same output and the copies compared; SOURCES-hk … SOURCES-hn say so), and frozen45 stopped
 *   at 11 texts. FLOORS measured on commit 285ce4e (frozen42 0.9450, 0.8181, typed 0.8181, metadata of all gold
 *   documents 0.8352; frozen43 0.9411, 0.8775, 0.8775, 0.9285; frozen44 0.9512, 0.7547, 0.7547, 0.9577; frozen45 0.9183,
 *   0.7764, 0.7764, 0.8829; rounded down); the same on the code when they were registered (four of the session's fixes
 *   had landed).
 * - `frozen46` to `frozen51` (15 texts each, six reviewer sessions at the start of the session of 27 November 18:39
 *   UTC: stored pages of 11 or 12 provinces each with central texts, 1965–2026, news items, tag pages, legal-database
 *   copies and documents' own texts): annotated then and never looked at. frozen46, 47 and 49 are all equal to a second
 *   retrieval, frozen48 11 of 15; the search budget ran out during frozen50 and frozen51, whose texts were each written
 *   twice from the same output and the copies compared (SOURCES-hs, SOURCES-ht). FLOORS measured on commit edfef6c,
 *   the code before that session's fixes (frozen46 0.9210, 0.7727, typed 0.7272, metadata of all gold documents
 *   0.8484; frozen47 0.9670, 0.8813, 0.8474, 0.9629; frozen48 0.8387, 0.7301, 0.7301, 0.7976; frozen49 0.9069, 0.8474,
 *   0.8135, 0.8974; frozen50 0.9662, 0.9206, 0.7936, 0.9487; frozen51 0.9677, 0.9387, 0.9183, 0.9487; rounded down);
 *   the same on the code when they were registered (seven of the session's fixes had landed).
 * - `frozen52` to `frozen55` (15 texts each, four reviewer sessions at the start of the session of 27 November 21:03
 *   UTC: stored pages of 12 or 13 provinces each with central texts, 1978–2026, news items, tag and listing pages,
 *   legal-database copies and documents' own texts): annotated then and never looked at; every text equal to a second
 *   retrieval. FLOORS measured on commit 401f857, the code before that session's fixes (frozen52 0.9629, 0.9056, typed
 *   0.7924, metadata of all gold documents 0.9027; frozen53 0.9908, 0.9620, 0.9620, 1; frozen54 0.7339, 0.5185, 0.5185,
 *   0.7373; frozen55 0.98, 0.8571, 0.8571, 0.9340; rounded down); the same on the code when they were registered (two
 *   of the session's fixes had landed).
 * - `frozen56` to `frozen58` (three more reviewer sessions of that session: frozen56 and frozen58 15 texts, frozen57 9,
 *   stored pages of 9 to 14 provinces each with central texts, 1998–2026): annotated then and never looked at. The search
 *   budget ran out during them: no text was compared with a second retrieval (each was written twice from the same
 *   output and the copies compared; SOURCES-hy, -hz, -ia). FLOORS measured on 401f857 (frozen56 0.9545, 0.8, typed 0.8,
 *   metadata of all gold documents 0.9078; frozen57 0.9729, 0.9122, 0.8771, 0.9718; frozen58 0.9111, 0.8437, 0.7812,
 *   0.8888; rounded down); the same on the code when they were registered, but frozen58's typed relations (0.8437).
 * - `frozen59` to `frozen61` (three reviewer sessions of 27 November 22:58 UTC, 15 texts each, stored pages of 11 to 13
 *   provinces each with central texts, 2009–2026, every text equal to a second retrieval but one of frozen59's, written
 *   twice from the same output): annotated then and never looked at. FLOORS measured on a270c58 (frozen59 0.9523,
 *   0.9122, typed 0.807, metadata of all gold documents 0.8815; frozen60 0.8035, 0.7191, 0.7191, 0.7821; frozen61
 *   0.9594, 0.864, 0.848, 0.9172; rounded down); the same on the code when they were registered (one fix had landed).
 * - `frozen62` to `frozen64` (three more reviewer sessions of that session, 15 texts each, stored pages of 10 to 12
 *   provinces each with central texts, 2004–2026). The search budget ran out during them: 4 frozen62 texts, no frozen63
 *   text and 13 frozen64 texts were compared with a second retrieval (one frozen62 text differed in one sentence: the
 *   first retrieval is kept); the others were each written twice from the same output and the copies compared
 *   (SOURCES-ie, -if, -ig). FLOORS measured on a270c58 (frozen62 0.9032, 0.8059, typed 0.7761, metadata of all gold
 *   documents 0.8255; frozen63 0.9719, 0.923, 0.8974, 0.9484; frozen64 0.9612, 0.9333, 0.9333, 0.9448; rounded down);
 *   the same on the code when they were registered (five fixes had landed).
 * - `frozen65` to `frozen67` (three reviewer sessions of 28 November 01:02 UTC, 15 texts each, stored pages of 12 to 14
 *   provinces each with central texts, 1998–2026, every text equal to a second retrieval, eight of them by the query
 *   that first found them): annotated then and never looked at. FLOORS measured on 73c45de, the code of the session
 *   before (frozen65 0.9574, 0.9375, typed 0.875, metadata of all gold documents 0.9418; frozen66 0.875, 0.6792,
 *   0.6037, 0.7777; frozen67 0.9743, 0.913, 0.8695, 0.9264; rounded down).
 * - `frozen68` to `frozen70` (three more reviewer sessions of that session: 15, 14 and 13 texts, stored pages of 14, 8
 *   and 10 provinces with central texts, 2007–2025). The search budget ran out during them: no text was compared with
 *   a second retrieval (each was written twice from the same output and the copies compared; SOURCES-ik, -il, -im).
 *   FLOORS measured on 73c45de (frozen68 0.9482, 0.8351, typed 0.8131, metadata of all gold documents 0.9259;
 *   frozen69 1, 0.9444, 0.8888, 0.9655; frozen70 1, 1, 0.9523, 0.9833; rounded down), before any fix of that session.
 * - `frozen71` to `frozen73` (three reviewer sessions of the session of 28 November 03:23 UTC, 15 texts each, stored
 *   pages of 11 to 14 provinces with central texts, 2008–2025; 9, 10 and 5 texts equal to a second retrieval, the
 *   others written twice from the same output and the copies compared; SOURCES-in, -io, -ip). FLOORS measured on
 *   ed06e34 (frozen71 0.9014, 0.8292, typed 0.8292, metadata of all gold documents 0.8412; frozen72 0.9803, 0.96,
 *   0.9333, 0.9583; frozen73 1, 0.8979, 0.7346, 1; rounded down), before any fix of that session.
 * - `frozen74` to `frozen76` (three more reviewer sessions of that session: 11, 15 and 15 texts, stored pages of 9
 *   provinces each with central texts, 2008–2026; 11 (one differing by a space, the first kept), 15 and 9 texts equal to
 *   a second retrieval; SOURCES-iq, -ir, -is). FLOORS measured on ed06e34 (frozen74 0.9629, 0.8666, typed 0.8666,
 *   metadata of all gold documents 0.9302; frozen75 0.9532, 0.9, 0.875, 0.9603; frozen76 0.9166, 0.8571, 0.8095,
 *   0.9016; rounded down), before any fix of that session.
 * - On 27 November a reviewer audited every gold file for the news-item convention (ANNOTATION.md) and rewrote two
 *   files of frozen3 and one of frozen4. frozen4's is on main; its floors stay as measured (on 5f9ddae with it: 0.8314,
 *   0.7000, typed 0.7000, 0.9538, under its relation and metadata floors, which are kept, not lowered). frozen3's two
 *   are held back on branch news-item-split: with them the code on main falls one date under frozen3's metadata floor
 *   (0.978; 1e8fda7 scores 0.9824 on them). The news-item rule on that branch (a reported document's page is a news
 *   item unless its text follows) fixes that but takes frozen7's documents F1 to 0.9697, under its floor; main has the
 *   narrower rule (a news item only where the page also summarises the document: SUMMARY_MARKS), which leaves both
 *   as they were.
 * - On 27 November (session of 10:13 UTC) the issuer codes MTTW and BVĐCTTW (the Front's central committee and its
 * relief
 *   board) were held back on branch mttw-code: they find one more frozen3 document (documents 0.9108 → 0.9207) whose
 *   kind or date is not read, and the metadata share, computed over the documents found, falls to 0.9781, under
 *   frozen3's floor of 0.982, though nothing extracted before got worse; on that branch frozen22 gives documents
 * 0.9504 →
 *   0.9702 and relations 0.9189 → 0.9459. The floor is kept as measured. They are on main again since the fourth floor
 *   became the metadata of all gold documents (below).
 * The third floor is the typed relations F1 (a relation counts only with an accepted type), measured on the same
 * commits; it replaced the relation type share (typed pairs among pairs found) on 26 November, when a fix that found
 * one more frozen4 pair, typed otherwise than the gold (22 of 23), took that share from 1 to 0.957 while relations F1
 * went from 0.746 to 0.780: a share of the pairs found falls when a new pair is found, the typed F1 does not. The share
 * is still printed beside the issue's target. Typed relations F1 on the floors' commits: frozen 0.4620, frozen2 0.7467,
 * frozen3 0.7722, frozen4 0.7119, frozen5 0.9429 (rounded down); the shares in parentheses above are the old third
 * floors.
 * The fourth floor is the metadata of all gold documents (kind and date right among the fields of every gold document,
 * found or not), measured on the same commits; it replaced the metadata share (right among the fields of the documents
 * found) on 27 November (session of 14:06 UTC), for the reason the third floor was replaced: a fix that found one more
 * frozen3 document (documents 0.9108 → 0.9207, the SELF_INTRODUCTION rule, made against dev58) brought in that
 * document's two fields with one of them not read, and took the share from 0.9834 to 0.9781, under its floor, though
 * no field read before was lost; the metadata of all gold documents cannot fall when a document is found, only when a
 * field is lost (0.9222 → 0.9274 there). The share is still printed beside the issue's target; the old floors were the
 * shares above. Metadata of all gold documents on the floors' commits, with the gold files of today (rounded down):
 * frozen 0.8867, frozen2 0.8968, frozen3 0.8601, frozen5 0.9418, frozen6 0.9854, frozen7 0.9090, frozen8 0.9009,
 * frozen9 0.6907, frozen10 0.8536, frozen11 0.7500, frozen12 0.8941, frozen13 0.8068, frozen14 0.8018, frozen15
 * 0.8762, frozen16 0.9333, frozen17 0.8588, frozen18 0.9010, frozen19 0.8043, frozen20 0.8859, frozen21 0.9591,
 * frozen22 0.8804, frozen23 0.9589, frozen24 0.9764, frozen25 0.9213, frozen26 0.9333, frozen27 0.8641, frozen28
 * 0.8100, frozen29 0.8809, frozen30 0.8636, frozen31 0.8095, frozen32 0.9279, frozen33 0.8083; frozen4 0.7750, on
 * 5f9ddae with its gold before the news-item audit (0.7654 with today's), so that its floor is
 * not lowered by the audit either.
 * Floors are scored with `tests/fixtures/real/score-cli.ts <part> <that checkout>/src` and are never lowered. The
 * issue's targets are printed beside the current figures; they are what the project aims at, not what is asserted.
 * Do not fix the extractor by reading these texts or their miss lists: fix by cause against the `dev` parts.
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract';
import { format, loadRealSet, scoreSet, type RealPart } from '../fixtures/real/score';
import { checkGoldFile } from '../fixtures/real/consistency';

interface Figures {
  documentsF1: number;
  relationsF1: number;
  typedRelationsF1: number;
  metadataOfGold: number;
}
const PARTS: { part: RealPart; measuredOn: string; minTexts: number; floors: Figures }[] = [
  {
    part: 'frozen',
    measuredOn: 'be537f9',
    minTexts: 30,
    floors: { documentsF1: 0.905, relationsF1: 0.553, typedRelationsF1: 0.462, metadataOfGold: 0.886 },
  },
  {
    part: 'frozen2',
    measuredOn: 'c110545',
    minTexts: 20,
    floors: { documentsF1: 0.917, relationsF1: 0.835, typedRelationsF1: 0.746, metadataOfGold: 0.896 },
  },
  {
    part: 'frozen3',
    measuredOn: '1e8fda7',
    minTexts: 25,
    floors: { documentsF1: 0.847, relationsF1: 0.784, typedRelationsF1: 0.772, metadataOfGold: 0.86 },
  },
  {
    part: 'frozen4',
    measuredOn: '5f9ddae',
    minTexts: 14,
    floors: { documentsF1: 0.827, relationsF1: 0.711, typedRelationsF1: 0.711, metadataOfGold: 0.775 },
  },
  {
    part: 'frozen5',
    measuredOn: '9a8caae',
    minTexts: 16,
    floors: { documentsF1: 0.95, relationsF1: 0.942, typedRelationsF1: 0.942, metadataOfGold: 0.941 },
  },
  {
    part: 'frozen6',
    measuredOn: '9a8caae',
    minTexts: 11,
    floors: { documentsF1: 0.99, relationsF1: 0.939, typedRelationsF1: 0.911, metadataOfGold: 0.985 },
  },
  {
    part: 'frozen7',
    measuredOn: '24987fa',
    minTexts: 15,
    floors: { documentsF1: 0.979, relationsF1: 0.874, typedRelationsF1: 0.843, metadataOfGold: 0.909 },
  },
  {
    part: 'frozen8',
    measuredOn: '7ae536a',
    minTexts: 15,
    floors: { documentsF1: 0.957, relationsF1: 0.934, typedRelationsF1: 0.934, metadataOfGold: 0.9 },
  },
  {
    part: 'frozen9',
    measuredOn: '7ae536a',
    minTexts: 15,
    floors: { documentsF1: 0.824, relationsF1: 0.666, typedRelationsF1: 0.634, metadataOfGold: 0.69 },
  },
  {
    part: 'frozen10',
    measuredOn: '7ae536a',
    minTexts: 15,
    floors: { documentsF1: 0.942, relationsF1: 0.851, typedRelationsF1: 0.851, metadataOfGold: 0.853 },
  },
  {
    part: 'frozen11',
    measuredOn: '519d7cc',
    minTexts: 15,
    floors: { documentsF1: 0.866, relationsF1: 0.58, typedRelationsF1: 0.58, metadataOfGold: 0.75 },
  },
  {
    part: 'frozen12',
    measuredOn: '519d7cc',
    minTexts: 15,
    floors: { documentsF1: 0.946, relationsF1: 0.885, typedRelationsF1: 0.885, metadataOfGold: 0.894 },
  },
  {
    part: 'frozen13',
    measuredOn: '445fb25',
    minTexts: 15,
    floors: { documentsF1: 0.854, relationsF1: 0.757, typedRelationsF1: 0.757, metadataOfGold: 0.806 },
  },
  {
    part: 'frozen14',
    measuredOn: '445fb25',
    minTexts: 15,
    floors: { documentsF1: 0.849, relationsF1: 0.784, typedRelationsF1: 0.759, metadataOfGold: 0.801 },
  },
  {
    part: 'frozen15',
    measuredOn: '0a106db',
    minTexts: 15,
    floors: { documentsF1: 0.932, relationsF1: 0.777, typedRelationsF1: 0.777, metadataOfGold: 0.876 },
  },
  {
    part: 'frozen16',
    measuredOn: '0a106db',
    minTexts: 15,
    floors: { documentsF1: 0.96, relationsF1: 0.916, typedRelationsF1: 0.888, metadataOfGold: 0.933 },
  },
  {
    part: 'frozen17',
    measuredOn: '0a106db',
    minTexts: 15,
    floors: { documentsF1: 0.888, relationsF1: 0.847, typedRelationsF1: 0.813, metadataOfGold: 0.858 },
  },
  {
    part: 'frozen18',
    measuredOn: '0a106db',
    minTexts: 15,
    floors: { documentsF1: 0.96, relationsF1: 0.843, typedRelationsF1: 0.843, metadataOfGold: 0.901 },
  },
  {
    part: 'frozen19',
    measuredOn: 'eb0d482',
    minTexts: 15,
    floors: { documentsF1: 0.929, relationsF1: 0.794, typedRelationsF1: 0.647, metadataOfGold: 0.804 },
  },
  {
    part: 'frozen20',
    measuredOn: 'eb0d482',
    minTexts: 15,
    floors: { documentsF1: 0.925, relationsF1: 0.888, typedRelationsF1: 0.866, metadataOfGold: 0.885 },
  },
  {
    part: 'frozen21',
    measuredOn: 'eb0d482',
    minTexts: 15,
    floors: { documentsF1: 0.99, relationsF1: 0.951, typedRelationsF1: 0.951, metadataOfGold: 0.959 },
  },
  {
    part: 'frozen22',
    measuredOn: 'eb0d482',
    minTexts: 15,
    floors: { documentsF1: 0.95, relationsF1: 0.904, typedRelationsF1: 0.849, metadataOfGold: 0.88 },
  },
  {
    part: 'frozen23',
    measuredOn: 'eb0d482',
    minTexts: 15,
    floors: { documentsF1: 0.976, relationsF1: 0.775, typedRelationsF1: 0.734, metadataOfGold: 0.958 },
  },
  {
    part: 'frozen24',
    measuredOn: 'eb0d482',
    minTexts: 15,
    floors: { documentsF1: 1, relationsF1: 0.985, typedRelationsF1: 0.985, metadataOfGold: 0.976 },
  },
  {
    part: 'frozen25',
    measuredOn: 'e4306d8',
    minTexts: 15,
    floors: { documentsF1: 0.927, relationsF1: 0.782, typedRelationsF1: 0.782, metadataOfGold: 0.921 },
  },
  {
    part: 'frozen26',
    measuredOn: 'e4306d8',
    minTexts: 15,
    floors: { documentsF1: 0.954, relationsF1: 0.913, typedRelationsF1: 0.79, metadataOfGold: 0.933 },
  },
  {
    part: 'frozen27',
    measuredOn: 'e4306d8',
    minTexts: 15,
    floors: { documentsF1: 0.933, relationsF1: 0.799, typedRelationsF1: 0.766, metadataOfGold: 0.864 },
  },
  {
    part: 'frozen28',
    measuredOn: 'e4306d8',
    minTexts: 15,
    floors: { documentsF1: 0.872, relationsF1: 0.814, typedRelationsF1: 0.79, metadataOfGold: 0.81 },
  },
  {
    part: 'frozen29',
    measuredOn: 'e4306d8',
    minTexts: 15,
    floors: { documentsF1: 0.945, relationsF1: 0.827, typedRelationsF1: 0.827, metadataOfGold: 0.88 },
  },
  {
    part: 'frozen30',
    measuredOn: '8342477',
    minTexts: 15,
    floors: { documentsF1: 0.969, relationsF1: 0.929, typedRelationsF1: 0.788, metadataOfGold: 0.863 },
  },
  {
    part: 'frozen31',
    measuredOn: '8342477',
    minTexts: 15,
    floors: { documentsF1: 0.945, relationsF1: 0.698, typedRelationsF1: 0.698, metadataOfGold: 0.809 },
  },
  {
    part: 'frozen32',
    measuredOn: '8342477',
    minTexts: 15,
    floors: { documentsF1: 0.949, relationsF1: 0.821, typedRelationsF1: 0.821, metadataOfGold: 0.927 },
  },
  {
    part: 'frozen33',
    measuredOn: '8342477',
    minTexts: 15,
    floors: { documentsF1: 0.878, relationsF1: 0.781, typedRelationsF1: 0.781, metadataOfGold: 0.808 },
  },
  {
    part: 'frozen34',
    measuredOn: '8342477',
    minTexts: 15,
    floors: { documentsF1: 0.803, relationsF1: 0.693, typedRelationsF1: 0.64, metadataOfGold: 0.739 },
  },
  {
    part: 'frozen35',
    measuredOn: '8342477',
    minTexts: 15,
    floors: { documentsF1: 0.959, relationsF1: 0.914, typedRelationsF1: 0.885, metadataOfGold: 0.923 },
  },
  {
    part: 'frozen36',
    measuredOn: '8342477',
    minTexts: 15,
    floors: { documentsF1: 0.99, relationsF1: 0.986, typedRelationsF1: 0.933, metadataOfGold: 0.979 },
  },
  {
    part: 'frozen37',
    measuredOn: '8342477',
    minTexts: 15,
    floors: { documentsF1: 0.888, relationsF1: 0.78, typedRelationsF1: 0.731, metadataOfGold: 0.796 },
  },
  {
    part: 'frozen38',
    measuredOn: '285ce4e',
    minTexts: 15,
    floors: { documentsF1: 0.897, relationsF1: 0.835, typedRelationsF1: 0.835, metadataOfGold: 0.833 },
  },
  {
    part: 'frozen39',
    measuredOn: '285ce4e',
    minTexts: 15,
    floors: { documentsF1: 0.945, relationsF1: 0.827, typedRelationsF1: 0.793, metadataOfGold: 0.905 },
  },
  {
    part: 'frozen40',
    measuredOn: '285ce4e',
    minTexts: 15,
    floors: { documentsF1: 0.938, relationsF1: 0.842, typedRelationsF1: 0.842, metadataOfGold: 0.875 },
  },
  {
    part: 'frozen41',
    measuredOn: '285ce4e',
    minTexts: 15,
    floors: { documentsF1: 0.96, relationsF1: 0.869, typedRelationsF1: 0.869, metadataOfGold: 0.945 },
  },
  {
    part: 'frozen42',
    measuredOn: '285ce4e',
    minTexts: 15,
    floors: { documentsF1: 0.945, relationsF1: 0.818, typedRelationsF1: 0.818, metadataOfGold: 0.835 },
  },
  {
    part: 'frozen43',
    measuredOn: '285ce4e',
    minTexts: 15,
    floors: { documentsF1: 0.941, relationsF1: 0.877, typedRelationsF1: 0.877, metadataOfGold: 0.928 },
  },
  {
    part: 'frozen44',
    measuredOn: '285ce4e',
    minTexts: 15,
    floors: { documentsF1: 0.951, relationsF1: 0.754, typedRelationsF1: 0.754, metadataOfGold: 0.957 },
  },
  {
    part: 'frozen45',
    measuredOn: '285ce4e',
    minTexts: 11,
    floors: { documentsF1: 0.918, relationsF1: 0.776, typedRelationsF1: 0.776, metadataOfGold: 0.882 },
  },
  {
    part: 'frozen46',
    measuredOn: 'edfef6c',
    minTexts: 15,
    floors: { documentsF1: 0.921, relationsF1: 0.772, typedRelationsF1: 0.727, metadataOfGold: 0.848 },
  },
  {
    part: 'frozen47',
    measuredOn: 'edfef6c',
    minTexts: 15,
    floors: { documentsF1: 0.967, relationsF1: 0.881, typedRelationsF1: 0.847, metadataOfGold: 0.962 },
  },
  {
    part: 'frozen48',
    measuredOn: 'edfef6c',
    minTexts: 15,
    floors: { documentsF1: 0.838, relationsF1: 0.73, typedRelationsF1: 0.73, metadataOfGold: 0.797 },
  },
  {
    part: 'frozen49',
    measuredOn: 'edfef6c',
    minTexts: 15,
    floors: { documentsF1: 0.906, relationsF1: 0.847, typedRelationsF1: 0.813, metadataOfGold: 0.897 },
  },
  {
    part: 'frozen50',
    measuredOn: 'edfef6c',
    minTexts: 15,
    floors: { documentsF1: 0.966, relationsF1: 0.92, typedRelationsF1: 0.793, metadataOfGold: 0.948 },
  },
  {
    part: 'frozen51',
    measuredOn: 'edfef6c',
    minTexts: 15,
    floors: { documentsF1: 0.967, relationsF1: 0.938, typedRelationsF1: 0.918, metadataOfGold: 0.948 },
  },
  {
    part: 'frozen52',
    measuredOn: '401f857',
    minTexts: 15,
    floors: { documentsF1: 0.962, relationsF1: 0.905, typedRelationsF1: 0.792, metadataOfGold: 0.902 },
  },
  {
    part: 'frozen53',
    measuredOn: '401f857',
    minTexts: 15,
    floors: { documentsF1: 0.99, relationsF1: 0.962, typedRelationsF1: 0.962, metadataOfGold: 1 },
  },
  {
    part: 'frozen54',
    measuredOn: '401f857',
    minTexts: 15,
    floors: { documentsF1: 0.733, relationsF1: 0.518, typedRelationsF1: 0.518, metadataOfGold: 0.737 },
  },
  {
    part: 'frozen55',
    measuredOn: '401f857',
    minTexts: 15,
    floors: { documentsF1: 0.98, relationsF1: 0.857, typedRelationsF1: 0.857, metadataOfGold: 0.934 },
  },
  {
    part: 'frozen56',
    measuredOn: '401f857',
    minTexts: 15,
    floors: { documentsF1: 0.954, relationsF1: 0.8, typedRelationsF1: 0.8, metadataOfGold: 0.907 },
  },
  {
    part: 'frozen57',
    measuredOn: '401f857',
    minTexts: 9,
    floors: { documentsF1: 0.972, relationsF1: 0.912, typedRelationsF1: 0.877, metadataOfGold: 0.971 },
  },
  {
    part: 'frozen58',
    measuredOn: '401f857',
    minTexts: 15,
    floors: { documentsF1: 0.911, relationsF1: 0.843, typedRelationsF1: 0.781, metadataOfGold: 0.888 },
  },
  {
    part: 'frozen59',
    measuredOn: 'a270c58',
    minTexts: 15,
    floors: { documentsF1: 0.952, relationsF1: 0.912, typedRelationsF1: 0.807, metadataOfGold: 0.881 },
  },
  {
    part: 'frozen60',
    measuredOn: 'a270c58',
    minTexts: 15,
    floors: { documentsF1: 0.803, relationsF1: 0.719, typedRelationsF1: 0.719, metadataOfGold: 0.782 },
  },
  {
    part: 'frozen61',
    measuredOn: 'a270c58',
    minTexts: 15,
    floors: { documentsF1: 0.959, relationsF1: 0.864, typedRelationsF1: 0.848, metadataOfGold: 0.917 },
  },
  {
    part: 'frozen62',
    measuredOn: 'a270c58',
    minTexts: 15,
    floors: { documentsF1: 0.903, relationsF1: 0.805, typedRelationsF1: 0.776, metadataOfGold: 0.825 },
  },
  {
    part: 'frozen63',
    measuredOn: 'a270c58',
    minTexts: 15,
    floors: { documentsF1: 0.971, relationsF1: 0.923, typedRelationsF1: 0.897, metadataOfGold: 0.948 },
  },
  {
    part: 'frozen64',
    measuredOn: 'a270c58',
    minTexts: 15,
    floors: { documentsF1: 0.961, relationsF1: 0.933, typedRelationsF1: 0.933, metadataOfGold: 0.944 },
  },
  {
    part: 'frozen65',
    measuredOn: '73c45de',
    minTexts: 15,
    floors: { documentsF1: 0.957, relationsF1: 0.937, typedRelationsF1: 0.875, metadataOfGold: 0.941 },
  },
  {
    part: 'frozen66',
    measuredOn: '73c45de',
    minTexts: 15,
    floors: { documentsF1: 0.875, relationsF1: 0.679, typedRelationsF1: 0.603, metadataOfGold: 0.777 },
  },
  {
    part: 'frozen67',
    measuredOn: '73c45de',
    minTexts: 15,
    floors: { documentsF1: 0.974, relationsF1: 0.913, typedRelationsF1: 0.869, metadataOfGold: 0.926 },
  },
  {
    part: 'frozen68',
    measuredOn: '73c45de',
    minTexts: 15,
    floors: { documentsF1: 0.948, relationsF1: 0.835, typedRelationsF1: 0.813, metadataOfGold: 0.925 },
  },
  {
    part: 'frozen69',
    measuredOn: '73c45de',
    minTexts: 14,
    floors: { documentsF1: 1.0, relationsF1: 0.944, typedRelationsF1: 0.888, metadataOfGold: 0.965 },
  },
  {
    part: 'frozen70',
    measuredOn: '73c45de',
    minTexts: 13,
    floors: { documentsF1: 1.0, relationsF1: 1.0, typedRelationsF1: 0.952, metadataOfGold: 0.983 },
  },
  {
    part: 'frozen71',
    measuredOn: 'ed06e34',
    minTexts: 15,
    floors: { documentsF1: 0.901, relationsF1: 0.829, typedRelationsF1: 0.829, metadataOfGold: 0.841 },
  },
  {
    part: 'frozen72',
    measuredOn: 'ed06e34',
    minTexts: 15,
    floors: { documentsF1: 0.98, relationsF1: 0.96, typedRelationsF1: 0.933, metadataOfGold: 0.958 },
  },
  {
    part: 'frozen73',
    measuredOn: 'ed06e34',
    minTexts: 15,
    floors: { documentsF1: 1.0, relationsF1: 0.897, typedRelationsF1: 0.734, metadataOfGold: 1.0 },
  },
  {
    part: 'frozen74',
    measuredOn: 'ed06e34',
    minTexts: 11,
    floors: { documentsF1: 0.962, relationsF1: 0.866, typedRelationsF1: 0.866, metadataOfGold: 0.93 },
  },
  {
    part: 'frozen75',
    measuredOn: 'ed06e34',
    minTexts: 15,
    floors: { documentsF1: 0.953, relationsF1: 0.9, typedRelationsF1: 0.875, metadataOfGold: 0.96 },
  },
  {
    part: 'frozen76',
    measuredOn: 'ed06e34',
    minTexts: 15,
    floors: { documentsF1: 0.916, relationsF1: 0.857, typedRelationsF1: 0.809, metadataOfGold: 0.901 },
  },
];
/** The targets (relation type: the share of the pairs found whose type is right). */
const TARGETS = { documentsF1: 0.97, relationsF1: 0.93, relationType: 0.95, metadata: 0.95 };

describe.each(PARTS)('real documents, held-out part $part', ({ part, measuredOn, minTexts, floors }) => {
  const set = loadRealSet(part);
  it('has enough annotated texts, each gold file consistent', () => {
    expect(set.files.length).toBeGreaterThanOrEqual(minTexts);
    for (const f of set.files) expect(checkGoldFile(f.gold, f.name), f.name).toEqual([]);
  });
  it(`scores at or above the floors measured on ${measuredOn}`, () => {
    const { score } = scoreSet(set, (text, source) => extractDocument(text, { source }));
    console.log(`${part} real set (${set.files.length} texts): ${format(score)}`);
    console.log(
      `  targets: documents F1 ${TARGETS.documentsF1 * 100}, relations F1 ${TARGETS.relationsF1 * 100}, ` +
        `relation type ${TARGETS.relationType * 100}, metadata ${TARGETS.metadata * 100}`,
    );
    expect(score.documentsF1).toBeGreaterThanOrEqual(floors.documentsF1);
    expect(score.relationsF1).toBeGreaterThanOrEqual(floors.relationsF1);
    expect(score.typedRelationsF1).toBeGreaterThanOrEqual(floors.typedRelationsF1);
    expect(score.metadataOfGold).toBeGreaterThanOrEqual(floors.metadataOfGold);
  });
});
