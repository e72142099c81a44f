/**
 * The pipeline's one direction, checked in CI (`npm run lint` runs `depcruise src --config .dependency-cruiser.cjs`).
 *
 *   read → text → layout → parse → resolve → graph → api (+ explore)
 *
 * Each stage hands its product to the next; no stage imports from a later one or looks something up again. Around
 * the stages: src/model.ts (the data contract, importable by all, imports nothing from src), src/tables/ (pattern
 * data read by every stage, imports only model.ts), src/extract.ts (one document, text→resolve), src/pipeline/
 * (files, up to graph), src/db/ (Neo4j infrastructure), src/generate/ (synthetic corpus) and src/cli/ (top, may
 * import anything). Type-only imports count (tsPreCompilationDeps): a type is part of the contract too.
 */

/** A path regex for folders under src/ (`read` matches src/read/…) or top-level files (`extract` → src/extract.ts). */
const src = (...names) => `^src/(${names.join('|')})(/|\\.ts$)`;

/** Everything that sits above the stages and orchestrates them: no stage may reach up into it. */
const ORCHESTRATION = ['extract', 'pipeline', 'cli', 'generate'];

/** One rule: modules in `from` must not import any of `to`. Every rule is an error: `npm run lint` fails on any violation. */
const forbid = (name, comment, from, to) => ({
  name,
  comment,
  severity: 'error',
  from: { path: src(...from) },
  to: { path: src(...to) },
});

module.exports = {
  forbidden: [
    // --- the stages, in order: each lists what comes after it ---
    forbid(
      'read-only-looks-back',
      'read turns bytes of any format into text with provenance (plain-text bytes decoded here too: read/decode.ts); ' +
        'normalising, layout, parsing, resolving, loading and serving come after it and hand nothing back, and Neo4j (db) is none of its business.',
      ['read'],
      ['text', 'layout', 'parse', 'resolve', 'graph', 'api', 'explore', 'db', ...ORCHESTRATION],
    ),
    forbid(
      'text-only-looks-back',
      'text normalises what read decoded; layout, parse, resolve, graph and api are later stages.',
      ['text'],
      ['layout', 'parse', 'resolve', 'graph', 'api', 'explore', 'db', ...ORCHESTRATION],
    ),
    forbid(
      'layout-only-looks-back',
      'layout cuts normalised text into blocks; parse, resolve, graph and api consume blocks, never the reverse.',
      ['layout'],
      ['parse', 'resolve', 'graph', 'api', 'explore', 'db', ...ORCHESTRATION],
    ),
    forbid(
      'parse-only-looks-back',
      'parse reads header, references and relations from blocks; scope/identity (resolve), the Neo4j load (graph) ' +
        'and the API come after it.',
      ['parse'],
      ['resolve', 'graph', 'api', 'explore', 'db', ...ORCHESTRATION],
    ),
    forbid(
      'resolve-only-looks-back',
      'resolve settles scope, identity and merges on what parse produced; loading (graph) and serving (api) are ' +
        'later, and the database must not be consulted to resolve (the graph is built from the product, not ' +
        'looked up again).',
      ['resolve'],
      ['graph', 'api', 'explore', 'db', ...ORCHESTRATION],
    ),
    forbid(
      'graph-only-looks-back',
      'graph loads the resolved product into Neo4j; the API and explorer read the graph, not the other way round, ' +
        'and graph must not re-run extraction (extract.ts) or drive files (pipeline).',
      ['graph'],
      ['api', 'explore', ...ORCHESTRATION],
    ),
    forbid(
      'api-only-looks-back',
      'api and explore (one stage: GraphQL and the explorer) serve what graph loaded; they must not extract, ' +
        'ingest or generate anything themselves.',
      ['api', 'explore'],
      [...ORCHESTRATION],
    ),

    // --- around the stages ---
    forbid(
      'extract-stops-at-resolve',
      'extract.ts orchestrates text→resolve for one document; loading (graph/db), serving (api/explore) and the file ' +
        'pipeline are beyond it.',
      ['extract'],
      ['graph', 'api', 'explore', 'db', 'pipeline', 'cli', 'generate'],
    ),
    forbid(
      'pipeline-stops-at-graph',
      'pipeline orchestrates files from read to the graph load; the API and explorer are not part of ingestion, and ' +
        'the CLI sits above it.',
      ['pipeline'],
      ['api', 'explore', 'cli', 'generate'],
    ),
    forbid(
      'db-is-infrastructure',
      'db manages the Neo4j process and connections for graph, api, pipeline and cli; it knows nothing of ' +
        'documents (read..resolve) nor of what is served (api/explore).',
      ['db'],
      ['read', 'text', 'layout', 'parse', 'resolve', 'api', 'explore', ...ORCHESTRATION],
    ),
    forbid(
      'generate-is-a-corpus-tool',
      'generate writes a synthetic corpus from the tables and checks it with parse/resolve/extract; it never loads ' +
        '(graph/db/pipeline), serves (api/explore) or parses the command line (cli).',
      ['generate'],
      ['graph', 'api', 'explore', 'db', 'pipeline', 'cli'],
    ),
    {
      name: 'tables-import-only-model',
      comment:
        'tables are pattern data read by every stage; if they imported a stage, that stage would be reachable from ' +
        'every other one and the direction would be lost. Only the data contract (model.ts) is allowed, and no ' +
        'package or Node built-in either: tables are data.',
      severity: 'error',
      from: { path: '^src/tables/' },
      to: { pathNot: ['^src/tables/', '^src/model\\.ts$'] },
    },
    {
      name: 'model-imports-nothing',
      comment:
        'model.ts is the data contract between stages and is imported by all of them; it must depend on nothing in ' +
        'src, or every stage would depend on that too.',
      severity: 'error',
      from: { path: '^src/model\\.ts$' },
      to: { path: '^src/', pathNot: '^src/model\\.ts$' },
    },
    {
      name: 'no-circular',
      comment:
        'A cycle has no direction: modules in it cannot be understood, tested or ordered one before the other, ' +
        'and a cycle across folders means some stage imports a later one.',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Type-only imports count: they are dependencies of the design even though they vanish at run time.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
