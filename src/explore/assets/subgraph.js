/**
 * The explorer's graph model and its exports, shared by the browser page and the server's export endpoint
 * (one implementation, so "export in the page" and "export from a script" give the same files).
 *
 * A subgraph is { root, nodes, edges }:
 *   node: { id, symbol, kind, issuer, scope, date, title, stub, level, party }
 *   edge: { id, source, target, type, evidence, trigger, file, depth, side }
 * Edges keep the relation's own direction: `source` is the citing document, `target` the cited one
 * (98-KH/TU --IMPLEMENTS--> 43-KL/TW). `side` says whether the step came from the lineage or the impact.
 *
 * Plain ES5-style JavaScript on purpose: the browser loads this file as it is (no bundler), Node requires it.
 */
(function (root, factory) {
  if (typeof module === 'object' && module.exports) module.exports = factory();
  else root.VanbanSubgraph = factory();
})(typeof self !== 'undefined' ? self : this, function () {
  'use strict';

  var LEVELS = ['central', 'province', 'district', 'commune'];

  /** national → central; "Kon Tum" → province; "Kon Tum/Đăk Hà" → district; one more part → commune. */
  function levelOf(scope) {
    if (!scope || scope === 'national') return 'central';
    var parts = String(scope).split('/').length;
    return LEVELS[Math.min(parts, 3)];
  }

  // Party symbols end in a Party body's code (25-NQ/TW, 98-KH/TU, 12-CT/HU, 05-NQ/ĐU, 45-QĐ/BCSĐ …);
  // State symbols carry a State body (1138/KH-UBND, 04/2015/NĐ-CP, /UBND-KGVX).
  var PARTY_SYMBOL =
    /^\d*[a-z]?-[^/]+\/(TW|TU|HU|QU|TXU|THU|ĐU|DU|ĐUK|BCSĐ|BCS|ĐĐ|BDV|BTG|BTC|BKT|UBKT|VPTW|BDVTW|BTGTW|BTCTW|BNCTW|BĐN|ĐTN)\b/iu;
  var PARTY_ISSUER =
    /(Đảng|Tỉnh ủy|Tỉnh uỷ|Huyện ủy|Huyện uỷ|Thành ủy|Thành uỷ|Quận ủy|Thị ủy|Ban Chấp hành Trung ương|Bộ Chính trị|Ban Bí thư|Ban Thường vụ|Ban Dân vận|Ban Tuyên giáo|Ban Tổ chức|Ủy ban Kiểm tra)/iu;

  /** True for a Party document, false for a State one (by its symbol, else its issuer). */
  function isParty(doc) {
    if (doc.symbol && PARTY_SYMBOL.test(doc.symbol)) return true;
    if (doc.symbol && /\/[^/]*-|^\d+\/\d{4}\//u.test(doc.symbol)) return false;
    return Boolean(doc.issuer && PARTY_ISSUER.test(doc.issuer));
  }

  function toNode(doc) {
    return {
      id: doc.id,
      symbol: doc.symbol == null ? null : doc.symbol,
      kind: doc.kind == null ? null : doc.kind,
      issuer: doc.issuer == null ? null : doc.issuer,
      scope: doc.scope == null ? null : doc.scope,
      date: doc.date == null ? null : String(doc.date),
      title: doc.title == null ? null : doc.title,
      stub: Boolean(doc.stub),
      level: levelOf(doc.scope),
      party: isParty(doc),
    };
  }

  function edgeId(source, type, target) {
    return source + '|' + type + '|' + target;
  }

  function toEdge(step, side) {
    return {
      id: edgeId(step.from.id, step.type, step.to.id),
      source: step.from.id,
      target: step.to.id,
      type: step.type,
      evidence: step.evidence == null ? null : step.evidence,
      trigger: step.trigger == null ? null : step.trigger,
      file: step.source == null ? null : step.source,
      depth: step.depth,
      side: side,
    };
  }

  /**
   * The cascade around a document from the API's `lineage` and `impact` steps (CitationStep lists with `from`
   * and `to` documents). `rootDoc` is the chosen document (needed when it has no steps at all).
   */
  function fromSteps(rootDoc, lineage, impact) {
    var nodes = new Map();
    var edges = new Map();
    if (rootDoc) nodes.set(rootDoc.id, toNode(rootDoc));
    function add(steps, side) {
      (steps || []).forEach(function (step) {
        if (!nodes.has(step.from.id)) nodes.set(step.from.id, toNode(step.from));
        if (!nodes.has(step.to.id)) nodes.set(step.to.id, toNode(step.to));
        var edge = toEdge(step, side);
        if (!edges.has(edge.id)) edges.set(edge.id, edge);
      });
    }
    add(lineage, 'lineage');
    add(impact, 'impact');
    return {
      root: rootDoc ? rootDoc.id : null,
      nodes: Array.from(nodes.values()),
      edges: Array.from(edges.values()),
    };
  }

  // ---- the GraphQL operations (the public API, as any client would call it) -------------------------------

  var DOC_FIELDS = 'id symbol kind issuer scope date stub title';
  var STEP_FIELDS =
    'depth type evidence trigger source from { ' + DOC_FIELDS + ' } to { ' + DOC_FIELDS + ' }';
  // Steps per page: the API's query-cost limit (cost = page size × fields selected) allows about 200.
  var PAGE_SIZE = 150;
  // Pages followed per direction (PAGE_SIZE × MAX_PAGES steps); more and the view says it is cut.
  var MAX_PAGES = 20;

  /** One page of `lineage` or `impact`: the root, the flags, the steps, the cursor. */
  function traversalQuery(field) {
    return (
      'query Explorer' +
      field.charAt(0).toUpperCase() +
      field.slice(1) +
      '($id: ID, $symbol: String, $scope: String, $depth: Int, $types: [RelationType!], $first: Int, $after: String) {\n' +
      '  ' +
      field +
      '(id: $id, symbol: $symbol, scope: $scope, maxDepth: $depth, types: $types, first: $first, after: $after) {\n' +
      '    root { ' +
      DOC_FIELDS +
      ' }\n    totalCount truncated depthLimited\n    pageInfo { hasNextPage endCursor }\n' +
      '    steps { ' +
      STEP_FIELDS +
      ' }\n  }\n}'
    );
  }
  var LINEAGE_QUERY = traversalQuery('lineage');
  var IMPACT_QUERY = traversalQuery('impact');

  /**
   * Every page of one traversal through `execute(query, variables)` → Promise<{data, errors}> (the page's fetch
   * or the server's Apollo). Resolves { root, steps, truncated, depthLimited, totalCount }; rejects with the
   * first GraphQL error ({ message, extensions }).
   */
  function fetchTraversal(execute, field, state) {
    var query = field === 'lineage' ? LINEAGE_QUERY : IMPACT_QUERY;
    var steps = [];
    var result = null;
    function page(after, count) {
      var variables = {
        id: state.id || null,
        symbol: state.id ? null : state.symbol,
        scope: state.id ? null : state.scope,
        depth: state.depth,
        types: state.types,
        first: PAGE_SIZE,
        after: after,
      };
      return execute(query, variables).then(function (response) {
        if (response.errors && response.errors.length) throw response.errors[0];
        var traversal = response.data[field];
        steps = steps.concat(traversal.steps);
        result = {
          root: traversal.root,
          totalCount: traversal.totalCount,
          truncated: traversal.truncated,
          depthLimited: traversal.depthLimited,
        };
        if (traversal.pageInfo.hasNextPage && traversal.pageInfo.endCursor) {
          if (count + 1 < MAX_PAGES) return page(traversal.pageInfo.endCursor, count + 1);
          result.truncated = true;
        }
        result.steps = steps;
        return result;
      });
    }
    return page(null, 0);
  }

  /** The cascade of the state's document: lineage and impact, all pages, as a subgraph with its flags. */
  function fetchCascade(execute, state) {
    return Promise.all([
      fetchTraversal(execute, 'lineage', state),
      fetchTraversal(execute, 'impact', state),
    ]).then(function (both) {
      var graph = fromSteps(both[0].root, both[0].steps, both[1].steps);
      graph.truncated = both[0].truncated || both[1].truncated;
      graph.depthLimited = both[0].depthLimited || both[1].depthLimited;
      return graph;
    });
  }

  // ---- the view's state, as held in the URL ---------------------------------------------------------------

  var RELATION_TYPES = [
    'IMPLEMENTS',
    'CONTINUES',
    'BASED_ON',
    'GUIDES',
    'AMENDS',
    'REPLACES',
    'REPEALS',
    'REVIEWS',
    'CONSOLIDATES',
    'CORRECTS',
    'SUSPENDS',
    'CITES',
  ];
  var DEFAULT_TYPES = ['IMPLEMENTS', 'CONTINUES', 'BASED_ON', 'GUIDES'];
  var DEFAULT_DEPTH = 4;

  function intParam(value, min, max) {
    if (value === null || value === undefined || value === '') return null;
    var n = Number(value);
    if (!isFinite(n)) return null;
    return Math.min(max, Math.max(min, Math.floor(n)));
  }

  /** URLSearchParams → the state of the view (unknown values dropped, numbers clamped). */
  function stateFromParams(params) {
    var types = (params.get('types') || '')
      .split(',')
      .map(function (t) {
        return t.trim().toUpperCase();
      })
      .filter(function (t) {
        return RELATION_TYPES.indexOf(t) >= 0;
      });
    var levels = (params.get('levels') || '').split(',').filter(function (l) {
      return LEVELS.indexOf(l) >= 0;
    });
    return {
      id: params.get('id') || null,
      symbol: params.get('symbol') || null,
      scope: params.get('scope') || null,
      depth: intParam(params.get('depth'), 1, 20) || DEFAULT_DEPTH,
      types: types.length ? types : DEFAULT_TYPES.slice(),
      province: params.get('province') || null,
      from: intParam(params.get('from'), 1900, 2100),
      to: intParam(params.get('to'), 1900, 2100),
      levels: levels.length ? levels : LEVELS.slice(),
    };
  }

  /** The state → URL parameters, defaults left out so links stay short. */
  function stateToParams(state) {
    var params = new URLSearchParams();
    if (state.symbol) params.set('symbol', state.symbol);
    if (state.scope) params.set('scope', state.scope);
    if (state.id && !state.symbol) params.set('id', state.id);
    params.set('depth', String(state.depth || DEFAULT_DEPTH));
    params.set('types', (state.types || DEFAULT_TYPES).join(','));
    if (state.province) params.set('province', state.province);
    if (state.from) params.set('from', String(state.from));
    if (state.to) params.set('to', String(state.to));
    if (state.levels && state.levels.length && state.levels.length < LEVELS.length)
      params.set('levels', state.levels.join(','));
    return params;
  }

  function yearOf(node) {
    return node.date ? Number(String(node.date).slice(0, 4)) : null;
  }

  /**
   * The part of a cascade the filters let through: level, province (national documents stay: they are the
   * cascade's head) and year range (undated documents stay). The chosen document always stays; an edge stays
   * when both ends do.
   */
  function filterGraph(graph, filters) {
    var keep = new Set();
    graph.nodes.forEach(function (node) {
      if (node.id === graph.root) return keep.add(node.id);
      if (filters.levels && filters.levels.indexOf(node.level) < 0) return;
      if (filters.province && node.scope && node.scope !== 'national') {
        if (node.scope.split('/')[0] !== filters.province) return;
      }
      var year = yearOf(node);
      if (year !== null && filters.from && year < filters.from) return;
      if (year !== null && filters.to && year > filters.to) return;
      keep.add(node.id);
    });
    return {
      root: graph.root,
      truncated: Boolean(graph.truncated),
      depthLimited: Boolean(graph.depthLimited),
      nodes: graph.nodes.filter(function (n) {
        return keep.has(n.id);
      }),
      edges: graph.edges.filter(function (e) {
        return keep.has(e.source) && keep.has(e.target);
      }),
    };
  }

  // ---- exports -------------------------------------------------------------------------------------------

  var NODE_FIELDS = ['id', 'symbol', 'kind', 'issuer', 'scope', 'level', 'party', 'date', 'stub', 'title'];
  var EDGE_FIELDS = ['source', 'target', 'type', 'evidence', 'trigger', 'file'];
  var BOOLEAN_FIELDS = { party: true, stub: true };

  function xmlEscape(value) {
    return (
      String(value)
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&apos;')
        // Characters XML 1.0 forbids (control characters from a badly decoded text) are dropped.
        .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    );
  }

  /** GraphML (http://graphml.graphdrawing.org/): opens in Gephi and yEd; `label` is what both show. */
  function toGraphML(graph) {
    var out = [];
    out.push('<?xml version="1.0" encoding="UTF-8"?>');
    out.push(
      '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" ' +
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
        'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    );
    out.push('  <key id="label" for="node" attr.name="label" attr.type="string"/>');
    NODE_FIELDS.slice(1).forEach(function (field) {
      var type = BOOLEAN_FIELDS[field] ? 'boolean' : 'string';
      out.push('  <key id="' + field + '" for="node" attr.name="' + field + '" attr.type="' + type + '"/>');
    });
    out.push('  <key id="e_type" for="edge" attr.name="type" attr.type="string"/>');
    out.push('  <key id="e_label" for="edge" attr.name="label" attr.type="string"/>');
    out.push('  <key id="e_evidence" for="edge" attr.name="evidence" attr.type="string"/>');
    out.push('  <key id="e_trigger" for="edge" attr.name="trigger" attr.type="string"/>');
    out.push('  <key id="e_file" for="edge" attr.name="file" attr.type="string"/>');
    out.push('  <graph id="cascade" edgedefault="directed">');
    graph.nodes.forEach(function (node) {
      out.push('    <node id="' + xmlEscape(node.id) + '">');
      out.push('      <data key="label">' + xmlEscape(nodeLabel(node)) + '</data>');
      NODE_FIELDS.slice(1).forEach(function (field) {
        var value = node[field];
        if (value === null || value === undefined) return;
        out.push('      <data key="' + field + '">' + xmlEscape(value) + '</data>');
      });
      out.push('    </node>');
    });
    graph.edges.forEach(function (edge) {
      out.push(
        '    <edge id="' +
          xmlEscape(edge.id) +
          '" source="' +
          xmlEscape(edge.source) +
          '" target="' +
          xmlEscape(edge.target) +
          '">',
      );
      out.push('      <data key="e_type">' + xmlEscape(edge.type) + '</data>');
      out.push('      <data key="e_label">' + xmlEscape(edge.type) + '</data>');
      if (edge.evidence) out.push('      <data key="e_evidence">' + xmlEscape(edge.evidence) + '</data>');
      if (edge.trigger) out.push('      <data key="e_trigger">' + xmlEscape(edge.trigger) + '</data>');
      if (edge.file) out.push('      <data key="e_file">' + xmlEscape(edge.file) + '</data>');
      out.push('    </edge>');
    });
    out.push('  </graph>');
    out.push('</graphml>');
    return out.join('\n') + '\n';
  }

  /** One CSV field (RFC 4180): quoted when it holds a comma, quote or line break. */
  function csvField(value) {
    if (value === null || value === undefined) return '';
    var text = String(value);
    return /[",\r\n]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
  }

  function csv(fields, rows) {
    var lines = [fields.join(',')];
    rows.forEach(function (row) {
      lines.push(
        fields
          .map(function (field) {
            return csvField(row[field]);
          })
          .join(','),
      );
    });
    return lines.join('\r\n') + '\r\n';
  }

  function toNodesCsv(graph) {
    return csv(NODE_FIELDS, graph.nodes);
  }

  function toEdgesCsv(graph) {
    return csv(EDGE_FIELDS, graph.edges);
  }

  function toJson(graph) {
    return (
      JSON.stringify(
        {
          root: graph.root,
          nodes: graph.nodes,
          edges: graph.edges.map(function (edge) {
            var copy = {};
            ['id'].concat(EDGE_FIELDS).forEach(function (field) {
              copy[field] = edge[field] === undefined ? null : edge[field];
            });
            return copy;
          }),
        },
        null,
        2,
      ) + '\n'
    );
  }

  function nodeLabel(node) {
    return (node.symbol || node.id) + (node.kind ? ' (' + node.kind + ')' : '');
  }

  /** format → [file extension, content type, writer]. */
  var FORMATS = {
    graphml: ['graphml', 'application/graphml+xml; charset=utf-8', toGraphML],
    'nodes.csv': ['nodes.csv', 'text/csv; charset=utf-8', toNodesCsv],
    'edges.csv': ['edges.csv', 'text/csv; charset=utf-8', toEdgesCsv],
    json: ['json', 'application/json; charset=utf-8', toJson],
  };

  /** A file name from the root's symbol: "25-NQ/TW" → "cascade-25-NQ-TW.graphml". */
  function fileName(graph, format) {
    var rootNode = graph.nodes.find(function (n) {
      return n.id === graph.root;
    });
    var base = rootNode && rootNode.symbol ? rootNode.symbol : 'cascade';
    var safe = base
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/đ/g, 'd')
      .replace(/Đ/g, 'D')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '');
    return 'cascade-' + (safe || 'document') + '.' + FORMATS[format][0];
  }

  return {
    LEVELS: LEVELS,
    RELATION_TYPES: RELATION_TYPES,
    DEFAULT_TYPES: DEFAULT_TYPES,
    DEFAULT_DEPTH: DEFAULT_DEPTH,
    DOC_FIELDS: DOC_FIELDS,
    LINEAGE_QUERY: LINEAGE_QUERY,
    IMPACT_QUERY: IMPACT_QUERY,
    fetchTraversal: fetchTraversal,
    fetchCascade: fetchCascade,
    stateFromParams: stateFromParams,
    stateToParams: stateToParams,
    filterGraph: filterGraph,
    yearOf: yearOf,
    levelOf: levelOf,
    isParty: isParty,
    toNode: toNode,
    toEdge: toEdge,
    edgeId: edgeId,
    fromSteps: fromSteps,
    nodeLabel: nodeLabel,
    toGraphML: toGraphML,
    toNodesCsv: toNodesCsv,
    toEdgesCsv: toEdgesCsv,
    toJson: toJson,
    FORMATS: FORMATS,
    fileName: fileName,
  };
});
