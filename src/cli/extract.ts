/**
 * `vanban extract <files or folders…> [--json] [--max-bytes N]`
 * JSON prints the ExtractionGraph; otherwise a readable summary: documents, relations by type, warnings.
 */
import { extractFiles, DEFAULT_MAX_BYTES } from '../extract';
import { RELATION_TYPES, type ExtractionGraph } from '../model';

const USAGE = `Usage: vanban extract <files or folders…> [--json] [--max-bytes N]

Reads .txt and .md files (folders are walked), extracts each document and every citation in it, and prints
the merged citation graph: a summary, or with --json the ExtractionGraph (src/model.ts).
`;

export async function run(args: string[]): Promise<number> {
  let json = false;
  let maxBytes = DEFAULT_MAX_BYTES;
  const paths: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--json') json = true;
    else if (a === '--help' || a === '-h') {
      process.stdout.write(USAGE);
      return 0;
    } else if (a === '--max-bytes') {
      const n = Number(args[++i]);
      if (!Number.isFinite(n) || n <= 0) {
        process.stderr.write(`vanban extract: --max-bytes needs a positive number\n`);
        return 2;
      }
      maxBytes = n;
    } else if (a.startsWith('--')) {
      process.stderr.write(`vanban extract: unknown option ${a}\n\n${USAGE}`);
      return 2;
    } else paths.push(a);
  }
  if (paths.length === 0) {
    process.stderr.write(USAGE);
    return 2;
  }
  const graph = await extractFiles(paths, { maxBytes });
  process.stdout.write(json ? `${JSON.stringify(graph, null, 2)}\n` : summary(graph));
  return graph.documents.length === 0 && graph.warnings.length > 0 ? 1 : 0;
}

export function summary(g: ExtractionGraph): string {
  const out: string[] = [];
  const read = g.documents.filter((d) => d.source);
  out.push(
    `Documents: ${g.documents.length} (${read.length} read in full, ${g.documents.length - read.length} cited)`,
  );
  for (const d of read) {
    out.push(
      `  ${d.source}: ${d.kind ?? '?'} ${d.symbol ?? '(no number)'} — ${d.issuer ?? '?'} — ${d.date ?? 'no date'}`,
    );
  }
  out.push(`Relations: ${g.relations.length}`);
  for (const t of RELATION_TYPES) {
    const n = g.relations.filter((r) => r.type === t).length;
    if (n > 0) out.push(`  ${t.padEnd(13)} ${n}`);
  }
  if (g.namedReferences?.length) out.push(`Laws cited by name: ${g.namedReferences.length}`);
  out.push(`Warnings: ${g.warnings.length}`);
  for (const w of g.warnings) out.push(`  [${w.code}] ${w.message}`);
  return `${out.join('\n')}\n`;
}
