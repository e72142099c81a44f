/**
 * What the API's safety limits cost per request, and how fast hostile documents are turned away.
 *   npm run bench:limits [-- --iterations 2000 --no-write]
 * In process, no Neo4j: parse + validate against the real schema (schema/*.graphql through @neo4j/graphql),
 *  - for every example of queries/ and GraphiQL's introspection query: graphql-js's specified rules alone, then
 *    with validationRules() added (the overhead of depth, complexity and alias limits);
 *  - for hostile documents (the largest the token limit lets through, a fragment bomb, an oversized document):
 *    the time to reject them, and by which limit.
 */
import * as os from 'node:os';
import { getIntrospectionQuery, parse, specifiedRules, validate, type GraphQLSchema } from 'graphql';
import { exampleOperations } from '../src/api/examples';
import { DEFAULT_LIMITS, parseOptions, validationRules } from '../src/api/limits';
import { buildSchema } from '../src/api/schema';
import {
  flags,
  fmt,
  latency,
  log,
  machine,
  machineLine,
  saveResults,
  table,
  writeSection,
  runMain,
} from './lib';

/** One parse + validate; the verdict names the limits that rejected the document, or "accepted". */
function once(
  schema: GraphQLSchema,
  query: string,
  rules: typeof specifiedRules,
): { ms: number; verdict: string } {
  const started = performance.now();
  let verdict = 'accepted';
  try {
    const errors = validate(schema, parse(query, parseOptions()), rules);
    if (errors.length) {
      verdict = [...new Set(errors.map((e) => String(e.extensions.limit ?? e.message.slice(0, 60))))].join(
        ', ',
      );
    }
  } catch (error) {
    verdict = `parser: ${(error as Error).message.replace(/^Syntax Error: /, '').slice(0, 50)}`;
  }
  return { ms: performance.now() - started, verdict };
}

/** Alternates the two rule sets run by run, so load on the machine hits both alike. */
function compare(
  schema: GraphQLSchema,
  query: string,
  iterations: number,
): { base: number[]; limited: number[]; verdict: string } {
  const withLimits = [...specifiedRules, ...validationRules()];
  const base: number[] = [];
  const limited: number[] = [];
  let verdict = '';
  for (let i = 0; i < iterations; i += 1) {
    base.push(once(schema, query, specifiedRules).ms);
    const run = once(schema, query, withLimits);
    limited.push(run.ms);
    verdict = run.verdict;
  }
  return { base, limited, verdict };
}

function hostileDocuments(): { name: string; query: string }[] {
  const tokenBudget = DEFAULT_LIMITS.maxTokens - 10;
  const fragments = Array.from(
    { length: 40 },
    (_, i) =>
      `fragment F${i} on Document { implementedBy { ${i + 1 < 40 ? `...F${i + 1} ...F${i + 1}` : 'id'} } }`,
  );
  return [
    // One field repeated: graphql-js's OverlappingFieldsCanBeMerged compares the copies pairwise.
    {
      name: 'one field repeated to the token limit',
      query: `{ documents { ${'id '.repeat(tokenBudget - 6)}} }`,
    },
    {
      name: 'aliases to the token limit',
      query: `{ ${Array.from({ length: Math.floor(tokenBudget / 6) }, (_, i) => `a${i}: documents { id }`).join(' ')} }`,
    },
    {
      name: 'fragment bomb (40 levels, each spread twice)',
      query: `{ documents { ...F0 } } ${fragments.join(' ')}`,
    },
    { name: 'ten times the token limit', query: `{ documents { ${'id '.repeat(10 * tokenBudget)}} }` },
    {
      name: 'nested 30 deep',
      query: `{ documents { ${'implementedBy { '.repeat(29)}id${' }'.repeat(29)} } }`,
    },
  ];
}

async function main(): Promise<void> {
  const f = flags();
  const iterations = Number(f.get('iterations') ?? 2000);
  const schema = await buildSchema();
  const examples = [
    ...exampleOperations().map((e) => ({ name: e.name, query: e.query })),
    { name: 'GraphiQL introspection', query: getIntrospectionQuery({ inputValueDeprecation: true }) },
  ];
  const rows: (string | number)[][] = [];
  const results: Record<string, unknown>[] = [];
  for (const { name, query } of examples) {
    compare(schema, query, 200); // warm-up
    const run = compare(schema, query, iterations);
    const base = latency(run.base);
    const lim = latency(run.limited);
    rows.push([
      name,
      fmt(base.p50 * 1000, 0),
      fmt(lim.p50 * 1000, 0),
      fmt((lim.p50 - base.p50) * 1000, 0),
      run.verdict,
    ]);
    results.push({ name, baseline: base, limits: lim, verdict: run.verdict });
    log(`${name}: ${fmt(base.p50 * 1000, 0)} → ${fmt(lim.p50 * 1000, 0)} µs`);
  }

  const hostileRows: (string | number)[][] = [];
  const withLimits = [...specifiedRules, ...validationRules()];
  for (const { name, query } of hostileDocuments()) {
    const runs = Array.from({ length: 20 }, () => once(schema, query, withLimits));
    const l = latency(runs.map((r) => r.ms));
    hostileRows.push([name, fmt(query.length / 1024, 1), fmt(l.p50, 1), fmt(l.max, 1), runs[0].verdict]);
    results.push({ name, bytes: query.length, latency: l, verdict: runs[0].verdict });
    log(`${name}: ${fmt(l.p50, 1)} ms, ${runs[0].verdict}`);
  }

  const m = machine();
  const markdown = `## API safety limits

Machine: ${machineLine(m)}; load average ${os
    .loadavg()
    .map((n) => fmt(n, 2))
    .join(' ')}. Command: \`npm run bench:limits\` (in process, no
Neo4j; parse + validate against the real schema, ${iterations} runs each after warm-up). Limits: depth
${DEFAULT_LIMITS.maxDepth}, complexity ${DEFAULT_LIMITS.maxComplexity}, aliases ${DEFAULT_LIMITS.maxAliases},
tokens ${DEFAULT_LIMITS.maxTokens}, default list size ${DEFAULT_LIMITS.defaultListSize}.

${table(['operation', 'specified rules p50 µs', 'with limits p50 µs', 'difference µs', 'verdict'], rows)}

Hostile documents (20 runs each):

${table(['document', 'KB', 'p50 ms', 'max ms', 'rejected by'], hostileRows)}
`;
  saveResults('limits', { machine: m, iterations, results });
  if (f.get('no-write') !== 'true') writeSection('limits', markdown);
  process.stdout.write(markdown);
}

runMain(module, main);
