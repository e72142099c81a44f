/**
 * The lineage explorer (served at /explore). A plain script, no framework: Cytoscape.js draws the cascade with the
 * dagre layout, subgraph.js (shared with the server's export endpoint) holds the graph model and the file writers,
 * and every datum comes from the public GraphQL endpoint, as for any other client.
 *
 * The view's state lives in the URL (symbol, scope, depth, types, filters, layout, view, lang), so a link
 * reproduces what its sender saw. A text list of the same nodes and edges (the "Danh sách" tab) serves screen
 * readers, copy-paste and tests.
 */
(function () {
  'use strict';

  var S = window.VanbanSubgraph;
  var config = JSON.parse(document.getElementById('explorer-config').textContent);
  var $ = function (id) {
    return document.getElementById(id);
  };

  // ---- words ----------------------------------------------------------------------------------------------

  var STRINGS = {
    vi: {
      title: 'Khám phá văn bản',
      skipToList: 'Bỏ qua đến danh sách',
      searchLabel: 'Tìm văn bản',
      searchPlaceholder: 'Số ký hiệu hoặc từ khóa: 25-NQ/TW, dan van kheo…',
      searchButton: 'Tìm',
      playground: 'GraphQL playground',
      filters: 'Bộ lọc',
      relationTypes: 'Loại quan hệ',
      depth: 'Độ sâu',
      province: 'Tỉnh',
      allProvinces: 'Tất cả',
      fromYear: 'Từ năm',
      toYear: 'đến năm',
      level: 'Cấp',
      layout: 'Bố cục',
      layoutLevel: 'Theo cấp (trên xuống)',
      layoutDate: 'Theo ngày (trái sang phải)',
      viewGraph: 'Lược đồ',
      viewCoverage: 'Độ phủ theo tỉnh',
      fit: 'Vừa khung',
      export: 'Xuất:',
      emptyHint: 'Gõ số ký hiệu (25-NQ/TW) hoặc từ khóa để xem lược đồ văn bản.',
      era63: '63 tỉnh (trước 1/7/2025)',
      era34: '34 tỉnh (từ 1/7/2025)',
      coverageCaption: 'Độ phủ theo tỉnh',
      colProvince: 'Tỉnh',
      colFirst: 'Văn bản đầu tiên',
      colDate: 'Ngày',
      colDelay: 'Sau (ngày)',
      colCount: 'Số văn bản',
      tabDocument: 'Văn bản',
      tabEvidence: 'Bằng chứng',
      tabList: 'Danh sách',
      documentHint: 'Chọn một văn bản trên lược đồ.',
      evidenceHint: 'Chọn hoặc rê chuột lên một cạnh để xem câu dẫn chứng.',
      loading: 'Đang tải…',
      searching: 'Đang tìm…',
      apiDown: 'Không kết nối được máy chủ API ({endpoint}). Kiểm tra máy chủ rồi thử lại.',
      unknownSymbol: 'Không có văn bản nào mang số ký hiệu “{symbol}”.',
      nothingFound: 'Không tìm thấy văn bản nào cho “{text}”.',
      chooseSuggestion: 'Có {n} kết quả cho “{text}”: chọn một văn bản trong danh sách gợi ý.',
      ambiguous: 'Số ký hiệu “{symbol}” có ở nhiều nơi. Chọn phạm vi:',
      apiError: 'Lỗi từ API: {message}',
      summary: '{nodes} văn bản, {edges} quan hệ',
      summaryFiltered: '{nodes}/{all} văn bản, {edges} quan hệ (đã lọc)',
      loadedIn: 'Lược đồ {symbol}: {nodes} văn bản, {edges} quan hệ ({ms} ms).',
      national: 'toàn quốc',
      stub: 'chỉ biết qua trích dẫn',
      party: 'Đảng',
      state: 'Nhà nước',
      root: 'văn bản đang xem',
      expand: 'Mở rộng quan hệ',
      recentre: 'Đặt làm trung tâm',
      coverageOf: 'Xem độ phủ theo tỉnh',
      expanded: 'Đã thêm {n} văn bản quanh {symbol}.',
      fields: {
        symbol: 'Số ký hiệu',
        kind: 'Loại',
        issuer: 'Cơ quan ban hành',
        scope: 'Phạm vi',
        date: 'Ngày ban hành',
        signer: 'Người ký',
        place: 'Nơi ban hành',
        source: 'Tệp nguồn',
        citedByCount: 'Số văn bản trích dẫn',
      },
      implementers: 'Văn bản thực hiện ({n})',
      noImplementers: 'Chưa có văn bản nào thực hiện văn bản này.',
      fullText: 'Toàn văn',
      noText: 'Không lưu toàn văn (văn bản chỉ biết qua trích dẫn).',
      evidence: 'Câu dẫn chứng',
      noEvidence: 'Không có câu dẫn chứng.',
      trigger: 'Cụm từ',
      sourceFile: 'Tệp nguồn',
      page: 'Trang',
      noPage: 'không có (tệp văn bản thuần)',
      relation: '{from} {type} {to}',
      nodesHeading: 'Văn bản ({n})',
      edgesHeading: 'Quan hệ ({n})',
      colLevel: 'Cấp',
      colKind: 'Loại',
      colIssuer: 'Cơ quan',
      colScope: 'Phạm vi',
      colFrom: 'Văn bản trích dẫn',
      colType: 'Quan hệ',
      colTo: 'Văn bản được trích dẫn',
      colEvidence: 'Dẫn chứng',
      coverageSummary: '{covered}/{total} tỉnh có văn bản thực hiện; {uncovered} tỉnh chưa có.',
      coverageTitle: 'Độ phủ của {symbol} ({date})',
      coverageNational: '{n} văn bản thực hiện ở trung ương.',
      coverageUnplaced: '{n} văn bản chưa xác định được tỉnh.',
      truncated: 'Kết quả bị cắt bớt do vượt giới hạn của API.',
      depthLimited: 'Còn văn bản ở sâu hơn: tăng độ sâu để xem.',
      noDocument: 'chưa có',
      districts: 'Huyện/quận của {province}',
      districtNone: 'chưa có văn bản',
      legendLevels: 'Cấp',
      legendShapes: 'Hình',
      legendEdges: 'Quan hệ',
      exported: 'Đã xuất {file}.',
      delayBuckets: ['≤ 30 ngày', '≤ 90 ngày', '≤ 180 ngày', '≤ 1 năm', '> 1 năm', 'chưa có'],
      coverageNeedsDoc: 'Chọn một văn bản trung ương để xem độ phủ.',
      csvNodes: 'CSV (nút)',
      csvEdges: 'CSV (cạnh)',
      langToggle: 'EN',
      langLabel: 'English',
    },
    en: {
      title: 'Document explorer',
      skipToList: 'Skip to the list',
      searchLabel: 'Find a document',
      searchPlaceholder: 'Symbol or words: 25-NQ/TW, dan van kheo…',
      searchButton: 'Search',
      playground: 'GraphQL playground',
      filters: 'Filters',
      relationTypes: 'Relation types',
      depth: 'Depth',
      province: 'Province',
      allProvinces: 'All',
      fromYear: 'From year',
      toYear: 'to year',
      level: 'Level',
      layout: 'Layout',
      layoutLevel: 'By level (top-down)',
      layoutDate: 'By date (left to right)',
      viewGraph: 'Cascade',
      viewCoverage: 'Coverage by province',
      fit: 'Fit',
      export: 'Export:',
      emptyHint: 'Type a symbol (25-NQ/TW) or words to see a document’s cascade.',
      era63: '63 provinces (before 1 Jul 2025)',
      era34: '34 provinces (from 1 Jul 2025)',
      coverageCaption: 'Coverage by province',
      colProvince: 'Province',
      colFirst: 'First document',
      colDate: 'Date',
      colDelay: 'Delay (days)',
      colCount: 'Documents',
      tabDocument: 'Document',
      tabEvidence: 'Evidence',
      tabList: 'List',
      documentHint: 'Select a document in the picture.',
      evidenceHint: 'Select or hover over an edge to see its evidence sentence.',
      loading: 'Loading…',
      searching: 'Searching…',
      apiDown: 'Cannot reach the API server ({endpoint}). Check that it runs, then try again.',
      unknownSymbol: 'No document has the symbol “{symbol}”.',
      nothingFound: 'Nothing found for “{text}”.',
      chooseSuggestion: '{n} results for “{text}”: pick a document from the suggestions.',
      ambiguous: 'The symbol “{symbol}” exists in several places. Pick a scope:',
      apiError: 'API error: {message}',
      summary: '{nodes} documents, {edges} relations',
      summaryFiltered: '{nodes}/{all} documents, {edges} relations (filtered)',
      loadedIn: 'Cascade of {symbol}: {nodes} documents, {edges} relations ({ms} ms).',
      national: 'national',
      stub: 'known only from citations',
      party: 'Party',
      state: 'State',
      root: 'the chosen document',
      expand: 'Expand relations',
      recentre: 'Re-centre here',
      coverageOf: 'Coverage by province',
      expanded: 'Added {n} documents around {symbol}.',
      fields: {
        symbol: 'Symbol',
        kind: 'Kind',
        issuer: 'Issuer',
        scope: 'Scope',
        date: 'Date',
        signer: 'Signer',
        place: 'Place',
        source: 'Source file',
        citedByCount: 'Cited by',
      },
      implementers: 'Implementing documents ({n})',
      noImplementers: 'No document implements this one yet.',
      fullText: 'Full text',
      noText: 'No text stored (known only from citations).',
      evidence: 'Evidence sentence',
      noEvidence: 'No evidence sentence.',
      trigger: 'Trigger',
      sourceFile: 'Source file',
      page: 'Page',
      noPage: 'none (plain-text file)',
      relation: '{from} {type} {to}',
      nodesHeading: 'Documents ({n})',
      edgesHeading: 'Relations ({n})',
      colLevel: 'Level',
      colKind: 'Kind',
      colIssuer: 'Issuer',
      colScope: 'Scope',
      colFrom: 'Citing document',
      colType: 'Relation',
      colTo: 'Cited document',
      colEvidence: 'Evidence',
      coverageSummary: '{covered}/{total} provinces have an implementing document; {uncovered} have none.',
      coverageTitle: 'Coverage of {symbol} ({date})',
      coverageNational: '{n} implementing documents are central.',
      coverageUnplaced: '{n} implementing documents have no known province.',
      truncated: 'The result was cut by a limit of the API.',
      depthLimited: 'More documents lie deeper: raise the depth to see them.',
      noDocument: 'none',
      districts: 'Districts of {province}',
      districtNone: 'no document',
      legendLevels: 'Level',
      legendShapes: 'Shape',
      legendEdges: 'Relation',
      exported: 'Exported {file}.',
      delayBuckets: ['≤ 30 days', '≤ 90 days', '≤ 180 days', '≤ 1 year', '> 1 year', 'none'],
      coverageNeedsDoc: 'Choose a central document to see its coverage.',
      csvNodes: 'CSV (nodes)',
      csvEdges: 'CSV (edges)',
      langToggle: 'VI',
      langLabel: 'Tiếng Việt',
    },
  };
  var LEVEL_NAMES = {
    vi: { central: 'Trung ương', province: 'Tỉnh', district: 'Huyện', commune: 'Xã' },
    en: { central: 'Central', province: 'Province', district: 'District', commune: 'Commune' },
  };
  var TYPE_NAMES = {
    vi: {
      IMPLEMENTS: 'thực hiện',
      CONTINUES: 'tiếp tục thực hiện',
      BASED_ON: 'căn cứ',
      GUIDES: 'hướng dẫn',
      AMENDS: 'sửa đổi',
      REPLACES: 'thay thế',
      REPEALS: 'bãi bỏ',
      REVIEWS: 'sơ kết, tổng kết',
      CONSOLIDATES: 'hợp nhất',
      CORRECTS: 'đính chính',
      SUSPENDS: 'đình chỉ',
      CITES: 'dẫn chiếu',
    },
    en: {
      IMPLEMENTS: 'implements',
      CONTINUES: 'continues',
      BASED_ON: 'based on',
      GUIDES: 'guides',
      AMENDS: 'amends',
      REPLACES: 'replaces',
      REPEALS: 'repeals',
      REVIEWS: 'reviews',
      CONSOLIDATES: 'consolidates',
      CORRECTS: 'corrects',
      SUSPENDS: 'suspends',
      CITES: 'cites',
    },
  };
  var LEVEL_COLOURS = { central: '#b03a2e', province: '#1f618d', district: '#1e8449', commune: '#b9770e' };
  var TYPE_COLOURS = {
    IMPLEMENTS: '#2c3e50',
    CONTINUES: '#8e44ad',
    BASED_ON: '#16a085',
    GUIDES: '#d35400',
    AMENDS: '#c0392b',
    REPLACES: '#7f8c8d',
    REPEALS: '#000000',
    REVIEWS: '#2980b9',
    CONSOLIDATES: '#27ae60',
    CORRECTS: '#a04000',
    SUSPENDS: '#95a5a6',
    CITES: '#aab7b8',
  };
  // Delay buckets (days) of the coverage grid, light to dark: sooner is lighter.
  var DELAY_LIMITS = [30, 90, 180, 365, Infinity];
  var DELAY_COLOURS = ['#d4efdf', '#a9dfbf', '#f9e79f', '#f5b041', '#dc7633'];

  var params = new URLSearchParams(location.search);
  var lang = params.get('lang') === 'en' ? 'en' : 'vi';
  var state = S.stateFromParams(params);
  var view = {
    layout: params.get('layout') === 'date' ? 'date' : 'level',
    tab: params.get('view') === 'coverage' ? 'coverage' : 'graph',
    era: params.get('era') === '2025' ? '2025' : 'before-2025',
  };

  function t(key, vars) {
    var text = STRINGS[lang][key];
    if (text === undefined) text = STRINGS.vi[key];
    if (typeof text !== 'string') return text;
    return text.replace(/\{(\w+)\}/g, function (_, name) {
      return vars && vars[name] !== undefined ? String(vars[name]) : '';
    });
  }
  function typeName(type) {
    return TYPE_NAMES[lang][type] || type;
  }
  function levelName(level) {
    return LEVEL_NAMES[lang][level] || level;
  }
  function scopeName(scope) {
    return !scope || scope === 'national' ? t('national') : scope;
  }

  function applyI18n() {
    document.documentElement.lang = lang;
    document.querySelectorAll('[data-i18n]').forEach(function (el) {
      el.textContent = t(el.getAttribute('data-i18n'));
    });
    document.querySelectorAll('[data-i18n-placeholder]').forEach(function (el) {
      el.setAttribute('placeholder', t(el.getAttribute('data-i18n-placeholder')));
    });
    var toggle = $('lang-toggle');
    toggle.textContent = t('langToggle');
    toggle.setAttribute('aria-label', t('langLabel'));
    document.title = 'vanban-graph · ' + t('title');
  }

  // ---- DOM helpers ----------------------------------------------------------------------------------------

  /** el('td', {class: 'x'}, 'text', child…): text children become text nodes (never HTML). */
  function el(tag, attrs) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (key) {
      var value = attrs[key];
      if (value === null || value === undefined || value === false) return;
      if (key === 'text') node.textContent = value;
      else if (key.slice(0, 2) === 'on') node.addEventListener(key.slice(2), value);
      else node.setAttribute(key, value === true ? '' : value);
    });
    for (var i = 2; i < arguments.length; i++) {
      var child = arguments[i];
      if (child === null || child === undefined) continue;
      node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
    }
    return node;
  }
  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
    return node;
  }

  var statusTimer = null;
  /** kind: 'info' | 'busy' | 'error'; errors stay until the next message. */
  function setStatus(message, kind) {
    var status = $('status');
    clearTimeout(statusTimer);
    status.textContent = message || '';
    status.className = kind || 'info';
    status.setAttribute('role', kind === 'error' ? 'alert' : 'status');
    $('cy').setAttribute('aria-busy', kind === 'busy' ? 'true' : 'false');
    if (kind === 'info' && message) {
      statusTimer = setTimeout(function () {
        status.textContent = '';
      }, 8000);
    }
  }

  // ---- the API ----------------------------------------------------------------------------------------------

  function ApiError(message, code, extensions) {
    this.message = message;
    this.code = code;
    this.extensions = extensions || {};
  }

  /** POSTs an operation; resolves the whole body ({data, errors}); rejects only when the server is unreachable. */
  function execute(query, variables) {
    return fetch(config.endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: query, variables: variables || {} }),
    })
      .catch(function () {
        throw new ApiError(t('apiDown', { endpoint: config.endpoint }), 'API_DOWN');
      })
      .then(function (response) {
        return response.json().catch(function () {
          throw new ApiError(t('apiDown', { endpoint: config.endpoint }), 'API_DOWN');
        });
      });
  }

  /** A GraphQL error object (as in a response's `errors`) → ApiError; other errors pass through. */
  function toApiError(error) {
    if (error instanceof ApiError || error instanceof Error) return error;
    var ext = (error && error.extensions) || {};
    return new ApiError((error && error.message) || String(error), ext.code, ext);
  }

  function api(query, variables) {
    return fetch(config.endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: query, variables: variables || {} }),
    })
      .catch(function () {
        throw new ApiError(t('apiDown', { endpoint: config.endpoint }), 'API_DOWN');
      })
      .then(function (response) {
        return response.json().catch(function () {
          throw new ApiError(t('apiDown', { endpoint: config.endpoint }), 'API_DOWN');
        });
      })
      .then(function (body) {
        if (body.errors && body.errors.length) {
          var first = body.errors[0];
          var ext = first.extensions || {};
          throw new ApiError(first.message, ext.code, ext);
        }
        return body.data;
      });
  }

  function showError(error) {
    if (error instanceof ApiError && error.code === 'API_DOWN') setStatus(error.message, 'error');
    else if (error instanceof ApiError && error.code === 'DOCUMENT_NOT_FOUND')
      setStatus(t('unknownSymbol', { symbol: state.symbol || state.id }), 'error');
    else setStatus(t('apiError', { message: error.message || String(error) }), 'error');
    if (!(error instanceof ApiError)) console.warn(error);
  }

  // ---- search -------------------------------------------------------------------------------------------------

  var SEARCH_QUERY =
    'query ExplorerSearch($text: String!) { searchHits(text: $text, limit: 12) { matchedBy highlight document { ' +
    S.DOC_FIELDS +
    ' } } }';
  var suggestions = [];
  var activeSuggestion = -1;
  var NOT_FOUND = {};
  var searchSeq = 0;
  var searchTimer = null;

  function foldSymbol(text) {
    return String(text || '')
      .normalize('NFC')
      .replace(/\s+/g, '')
      .toUpperCase();
  }

  function runSearch(text) {
    var seq = ++searchSeq;
    return api(SEARCH_QUERY, { text: text }).then(function (data) {
      if (seq !== searchSeq) return null;
      return data.searchHits.map(function (hit) {
        return Object.assign({ highlight: hit.highlight, matchedBy: hit.matchedBy }, hit.document);
      });
    });
  }

  function renderSuggestions(list) {
    suggestions = list || [];
    activeSuggestion = -1;
    var box = clear($('suggestions'));
    suggestions.forEach(function (doc, i) {
      var meta = [doc.kind, doc.issuer, doc.date, scopeName(doc.scope)].filter(Boolean).join(' · ');
      box.appendChild(
        el(
          'li',
          {
            role: 'option',
            id: 'suggestion-' + i,
            'aria-selected': 'false',
            'data-id': doc.id,
            onmousedown: function (event) {
              event.preventDefault();
              pickSuggestion(i);
            },
          },
          el('strong', { text: doc.symbol || doc.title || doc.id }),
          el('span', { class: 'meta', text: meta + (doc.stub ? ' · ' + t('stub') : '') }),
          doc.title || doc.highlight
            ? el('span', { class: 'title', text: doc.title || doc.highlight })
            : null,
        ),
      );
    });
    box.hidden = suggestions.length === 0;
    $('search-input').setAttribute('aria-expanded', suggestions.length ? 'true' : 'false');
    $('search-input').removeAttribute('aria-activedescendant');
  }

  function moveSuggestion(step) {
    if (!suggestions.length) return;
    activeSuggestion = (activeSuggestion + step + suggestions.length) % suggestions.length;
    document.querySelectorAll('#suggestions li').forEach(function (li, i) {
      li.setAttribute('aria-selected', i === activeSuggestion ? 'true' : 'false');
    });
    $('search-input').setAttribute('aria-activedescendant', 'suggestion-' + activeSuggestion);
  }

  function pickSuggestion(i) {
    var doc = suggestions[i];
    renderSuggestions([]);
    if (!doc) return;
    $('search-input').value = doc.symbol || doc.title || '';
    openDocument({ id: doc.id, symbol: doc.symbol, scope: doc.scope });
  }

  /** Enter in the search box: an exact symbol opens (or asks for its scope), words list suggestions. */
  function submitSearch(text) {
    text = text.trim();
    if (!text) return;
    // A whole symbol (25-NQ/TW, 1138/KH-UBND, /UBND-KGVX) opens at once: the cascade query itself says when it
    // is unknown (then the words are searched) or ambiguous (then its candidates are listed). One round trip less.
    if (/^[^\s]*\d[^\s]*\/[^\s]+$|^\/[^\s]+$/u.test(text)) {
      renderSuggestions([]);
      return openDocument({ symbol: text, fromSearch: true }).then(function (found) {
        if (found === NOT_FOUND) return searchWords(text);
      });
    }
    return searchWords(text);
  }

  function searchWords(text) {
    setStatus(t('searching'), 'busy');
    runSearch(text)
      .then(function (found) {
        if (found === null) return;
        var exact = found.filter(function (d) {
          return foldSymbol(d.symbol) === foldSymbol(text);
        });
        // "98-KH/TU Kon Tum": a symbol followed by words that narrow it down to one place.
        if (!exact.length) {
          var first = text.split(/\s+/)[0];
          var rest = text.slice(first.length).trim();
          if (rest) {
            exact = found.filter(function (d) {
              return foldSymbol(d.symbol) === foldSymbol(first);
            });
          }
        }
        if (exact.length === 1) {
          setStatus('', 'info');
          renderSuggestions([]);
          return openDocument({ id: exact[0].id, symbol: exact[0].symbol, scope: exact[0].scope });
        }
        if (exact.length > 1) {
          setStatus('', 'info');
          renderSuggestions([]);
          return showScopePicker(exact[0].symbol, exact);
        }
        if (found.length) {
          renderSuggestions(found);
          setStatus(t('chooseSuggestion', { n: found.length, text: text }), 'info');
          return;
        }
        // Not in the search index (a stub has no text): try the symbol itself, which names what is unknown.
        if (/\d|\//.test(text)) return openDocument({ symbol: text });
        renderSuggestions([]);
        setStatus(t('nothingFound', { text: text }), 'error');
      })
      .catch(showError);
  }

  function showScopePicker(symbol, docs) {
    var list = clear($('scope-list'));
    $('scope-picker-text').textContent = t('ambiguous', { symbol: symbol });
    // Oldest first, then by place: the order of the API's own candidate lists.
    docs = docs.slice().sort(function (a, b) {
      return (
        String(a.date || '9999').localeCompare(String(b.date || '9999')) ||
        String(a.scope).localeCompare(String(b.scope), 'vi')
      );
    });
    docs.forEach(function (doc) {
      var label =
        scopeName(doc.scope) + (doc.date ? ' · ' + doc.date : '') + (doc.issuer ? ' · ' + doc.issuer : '');
      list.appendChild(
        el(
          'li',
          {},
          el('button', {
            type: 'button',
            'data-scope': doc.scope,
            text: label,
            onclick: function () {
              $('scope-picker').hidden = true;
              openDocument(
                doc.id
                  ? { id: doc.id, symbol: symbol, scope: doc.scope }
                  : { symbol: symbol, scope: doc.scope },
              );
            },
          }),
        ),
      );
    });
    $('scope-picker').hidden = false;
    var firstButton = list.querySelector('button');
    if (firstButton) firstButton.focus();
  }

  // ---- the cascade --------------------------------------------------------------------------------------------

  var cy = null;
  /** Everything fetched for the current document (cascade + expansions), before the filters. */
  var fullGraph = { root: null, nodes: [], edges: [] };
  var visible = { root: null, nodes: [], edges: [] };
  var loadSeq = 0;

  // Above this many elements the picture is drawn from a cached bitmap while panning and zooming, without
  // edges: a 2,000-document cascade then pans at the display's frame rate.
  var LARGE_GRAPH = 1200;
  var largeMode = false;

  /** (Re)creates the Cytoscape instance; `large` picks the viewport options (they are fixed at creation). */
  function initCytoscape(large) {
    if (!initCytoscape.registered && typeof cytoscapeDagre === 'function') {
      cytoscape.use(cytoscapeDagre);
      initCytoscape.registered = true;
    }
    if (cy) cy.destroy();
    largeMode = Boolean(large);
    cy = cytoscape({
      container: $('cy'),
      elements: [],
      minZoom: 0.03,
      maxZoom: 3,
      textureOnViewport: largeMode,
      hideEdgesOnViewport: largeMode,
      style: cyStyle(),
    });
    cy.on('tap', 'node', function (event) {
      selectDocument(event.target.id());
    });
    cy.on('tap', 'edge', function (event) {
      showEvidence(event.target.id(), true);
    });
    cy.on('mouseover', 'edge', function (event) {
      showEvidence(event.target.id(), false);
    });
    cy.on('dbltap', 'node', function (event) {
      recentre(event.target.id());
    });
  }

  function cyStyle() {
    var style = [
      {
        selector: 'node',
        style: {
          label: 'data(label)',
          'text-wrap': 'wrap',
          'text-max-width': 118,
          'text-valign': 'center',
          'text-halign': 'center',
          'font-size': 11,
          'font-family': 'system-ui, sans-serif',
          color: '#fff',
          width: NODE_WIDTH,
          height: NODE_HEIGHT,
          // Labels too small to read are not drawn (large pictures pan and zoom faster).
          'min-zoomed-font-size': 5,
          'background-color': function (n) {
            return LEVEL_COLOURS[n.data('level')] || '#555';
          },
          shape: function (n) {
            return n.data('party') ? 'round-rectangle' : 'cut-rectangle';
          },
          'border-width': 1,
          'border-color': '#1b2631',
        },
      },
      {
        selector: 'node[?stub]',
        style: {
          'background-opacity': 0.18,
          'border-style': 'dashed',
          'border-width': 2,
          'border-color': function (n) {
            return LEVEL_COLOURS[n.data('level')] || '#555';
          },
          color: '#1b2631',
        },
      },
      {
        selector: 'node[?root]',
        // A gold frame, kept thin so the arrows into the chosen document stay visible.
        style: { 'border-width': 3, 'border-color': '#d4ac0d', 'font-weight': 'bold' },
      },
      {
        selector: 'node:selected',
        // A halo under the node, not a tint over it: the fill keeps saying the level.
        style: { 'underlay-color': '#5dade2', 'underlay-opacity': 0.7, 'underlay-padding': 6 },
      },
      {
        selector: 'edge',
        style: {
          width: 2,
          'curve-style': 'bezier',
          'line-color': function (e) {
            return TYPE_COLOURS[e.data('type')] || '#888';
          },
          // Drawn parent → child for the layout; the arrow points at the cited document (the relation's target).
          'source-arrow-shape': 'triangle',
          'source-arrow-color': function (e) {
            return TYPE_COLOURS[e.data('type')] || '#888';
          },
          'arrow-scale': 1.1,
        },
      },
      { selector: 'edge[type = "CITES"]', style: { 'line-style': 'dashed' } },
      { selector: 'edge:selected', style: { width: 5, 'overlay-color': '#f1c40f', 'overlay-opacity': 0.3 } },
    ];
    return style;
  }

  /** Fetches the cascade of `ref` ({id} or {symbol, scope}) and draws it. */
  function openDocument(ref) {
    state.id = ref.id || null;
    state.symbol = ref.symbol || null;
    state.scope = ref.scope || null;
    $('scope-picker').hidden = true;
    coverageTarget = null;
    coverageRequested = false;
    writeUrl(true);
    return loadCascade(Boolean(ref.fromSearch));
  }

  /** `fromSearch`: an unknown symbol resolves NOT_FOUND (the box then searches its words) instead of an error. */
  function loadCascade(fromSearch) {
    var seq = ++loadSeq;
    var started = performance.now();
    setStatus(t('loading'), 'busy');
    $('empty').hidden = true;
    return S.fetchCascade(execute, state)
      .then(function (graph) {
        if (seq !== loadSeq) return;
        fullGraph = graph;
        var root = nodeById(graph.root);
        // The URL names the document by symbol and scope (readable links); the id reopens the same document.
        state.id = root.id;
        state.symbol = root.symbol || state.symbol;
        state.scope = root.scope;
        writeUrl(false);
        $('search-input').value = state.symbol || '';
        render(true);
        var ms = Math.round(performance.now() - started);
        window.vanbanExplorer.lastLoadMs = ms;
        setStatus(
          t('loadedIn', {
            symbol: state.symbol,
            nodes: visible.nodes.length,
            edges: visible.edges.length,
            ms: ms,
          }),
          'info',
        );
        selectDocument(fullGraph.root, { quiet: true });
        // The coverage view shows the chosen document unless it was already asked for (at start-up).
        if (view.tab === 'coverage' && !coverageRequested) loadCoverage();
      })
      .catch(function (raw) {
        if (seq !== loadSeq) return;
        var error = toApiError(raw);
        if (error instanceof ApiError && error.code === 'DOCUMENT_AMBIGUOUS') {
          setStatus('', 'info');
          var candidates = error.extensions.candidates || [];
          return showScopePicker(
            state.symbol,
            candidates.length
              ? candidates
              : (error.extensions.scopes || []).map(function (scope) {
                  return { scope: scope };
                }),
          );
        }
        if (error instanceof ApiError && error.code === 'DOCUMENT_NOT_FOUND' && fromSearch) return NOT_FOUND;
        showError(error);
      });
  }

  /** Applies the filters to the full graph and redraws; `fit` re-runs the layout and fits the view. */
  function render(fit) {
    visible = S.filterGraph(fullGraph, state);
    var elements = [];
    visible.nodes.forEach(function (node) {
      elements.push({
        group: 'nodes',
        data: {
          id: node.id,
          label: (node.symbol || '?') + '\n' + (node.kind || ''),
          level: node.level,
          party: node.party,
          stub: node.stub,
          root: node.id === visible.root,
          date: node.date,
        },
      });
    });
    visible.edges.forEach(function (edge) {
      // Parent (cited) → child (citing), so dagre ranks the cascade top-down.
      elements.push({
        group: 'edges',
        data: { id: edge.id, source: edge.target, target: edge.source, type: edge.type },
      });
    });
    if (elements.length > LARGE_GRAPH !== largeMode) initCytoscape(elements.length > LARGE_GRAPH);
    cy.batch(function () {
      cy.elements().remove();
      cy.add(elements);
    });
    // The legend and summary first: they change the picture's height, which the layout's fit must know.
    renderList();
    renderLegend();
    fillProvinceFilter();
    var summary =
      visible.nodes.length === fullGraph.nodes.length
        ? t('summary', { nodes: visible.nodes.length, edges: visible.edges.length })
        : t('summaryFiltered', {
            nodes: visible.nodes.length,
            all: fullGraph.nodes.length,
            edges: visible.edges.length,
          });
    if (visible.truncated) summary += ' · ' + t('truncated');
    else if (visible.depthLimited) summary += ' · ' + t('depthLimited');
    $('graph-summary').textContent = summary;
    $('empty').hidden = visible.nodes.length > 0;
    cy.resize();
    runLayout();
    if (fit) cy.fit(undefined, 30);
  }

  function runLayout() {
    if (!cy.nodes().length) return;
    if (view.layout === 'date') {
      // x by date (one column per distinct date, in order), y by level, stacked within a column.
      var dates = Array.from(
        new Set(
          visible.nodes.map(function (n) {
            return n.date || '9999';
          }),
        ),
      ).sort();
      var column = new Map(
        dates.map(function (d, i) {
          return [d, i];
        }),
      );
      var stacked = new Map();
      cy.layout({
        name: 'preset',
        positions: function (node) {
          var data = node.data();
          var x = column.get(data.date || '9999') * 150;
          var band = S.LEVELS.indexOf(data.level) * 220;
          var key = x + ':' + band;
          var k = stacked.get(key) || 0;
          stacked.set(key, k + 1);
          return { x: x, y: band + k * 52 };
        },
        fit: true,
        padding: 30,
      }).run();
    } else {
      cy.layout({
        name: 'dagre',
        rankDir: 'TB',
        nodeSep: 18,
        rankSep: 70,
        edgeSep: 8,
        // A relation that skips levels spans as many ranks (a district letter carrying out a central resolution
        // sits two ranks below it), so the rows read central → province → district → commune.
        minLen: function (edge) {
          var from = S.LEVELS.indexOf(edge.source().data('level'));
          var to = S.LEVELS.indexOf(edge.target().data('level'));
          return Math.max(1, to - from);
        },
        fit: false,
        animate: false,
      }).run();
      wrapWideRanks();
      cy.fit(undefined, 30);
    }
  }

  var NODE_WIDTH = 124;
  var NODE_HEIGHT = 42;

  /**
   * dagre puts every document of a rank on one line: 63 provinces (or hundreds of districts) make a picture a
   * thousand times wider than tall, fitted to unreadable dots. Ranks wider than the window's proportions allow
   * are folded into rows, keeping dagre's order (children stay under their parents' side of the picture).
   */
  function wrapWideRanks() {
    var nodes = cy.nodes();
    var ranks = new Map();
    nodes.forEach(function (node) {
      var y = Math.round(node.position('y'));
      if (!ranks.has(y)) ranks.set(y, []);
      ranks.get(y).push(node);
    });
    var width = Math.max(1, $('cy').clientWidth);
    var height = Math.max(1, $('cy').clientHeight);
    var colWidth = NODE_WIDTH + 18;
    var rowHeight = NODE_HEIGHT + 22;
    // Columns such that N documents in rows of that many fill a box of the window's proportions.
    var columns = Math.max(6, Math.ceil(Math.sqrt((nodes.length * (width / height) * rowHeight) / colWidth)));
    var widest = 0;
    ranks.forEach(function (list) {
      widest = Math.max(widest, list.length);
    });
    if (widest <= columns) return;
    var y = 0;
    // Order within a folded rank: by the place of the parent already laid out (row by row), then dagre's x.
    var order = new Map();
    var parentOrder = function (node) {
      var best = Infinity;
      node.incomers('node').forEach(function (parent) {
        if (order.has(parent.id())) best = Math.min(best, order.get(parent.id()));
      });
      return best;
    };
    Array.from(ranks.keys())
      .sort(function (a, b) {
        return a - b;
      })
      .forEach(function (key) {
        var list = ranks
          .get(key)
          .map(function (node) {
            return { node: node, parent: parentOrder(node), x: node.position('x') };
          })
          .sort(function (a, b) {
            return a.parent - b.parent || a.x - b.x;
          })
          .map(function (entry) {
            return entry.node;
          });
        list.forEach(function (node) {
          order.set(node.id(), order.size);
        });
        var perRow = Math.min(columns, list.length);
        list.forEach(function (node, i) {
          var inRow = Math.min(perRow, list.length - Math.floor(i / perRow) * perRow);
          node.position({
            x: ((i % perRow) - (inRow - 1) / 2) * colWidth,
            y: y + Math.floor(i / perRow) * rowHeight,
          });
        });
        y += Math.ceil(list.length / perRow) * rowHeight + 60;
      });
  }

  function renderLegend() {
    var legend = clear($('legend'));
    legend.appendChild(el('strong', { text: t('legendLevels') }));
    S.LEVELS.forEach(function (level) {
      legend.appendChild(
        el(
          'span',
          { class: 'item' },
          el('i', { class: 'swatch', style: 'background:' + LEVEL_COLOURS[level] }),
          levelName(level),
        ),
      );
    });
    legend.appendChild(el('strong', { text: t('legendShapes') }));
    legend.appendChild(
      el(
        'span',
        { class: 'item' },
        shapeIcon('M3 1h16a2 2 0 0 1 2 2v8a2 2 0 0 1-2 2H3a2 2 0 0 1-2-2V3a2 2 0 0 1 2-2z', false),
        t('party'),
      ),
    );
    legend.appendChild(
      el('span', { class: 'item' }, shapeIcon('M5 1h12l4 4v4l-4 4H5l-4-4V5z', false), t('state')),
    );
    legend.appendChild(
      el(
        'span',
        { class: 'item' },
        shapeIcon('M3 1h16a2 2 0 0 1 2 2v8a2 2 0 0 1-2 2H3a2 2 0 0 1-2-2V3a2 2 0 0 1 2-2z', true),
        t('stub'),
      ),
    );
    legend.appendChild(
      el(
        'span',
        { class: 'item' },
        shapeIcon('M3 1h16a2 2 0 0 1 2 2v8a2 2 0 0 1-2 2H3a2 2 0 0 1-2-2V3a2 2 0 0 1 2-2z', false, true),
        t('root'),
      ),
    );
    legend.appendChild(el('strong', { text: t('legendEdges') }));
    var present = new Set(
      visible.edges.map(function (e) {
        return e.type;
      }),
    );
    S.RELATION_TYPES.filter(function (type) {
      return present.has(type) || state.types.indexOf(type) >= 0;
    }).forEach(function (type) {
      legend.appendChild(
        el(
          'span',
          { class: 'item' },
          el('i', { class: 'line', style: 'background:' + TYPE_COLOURS[type] }),
          typeName(type),
        ),
      );
    });
  }

  /** A small SVG of a node shape for the legend (party: rounded; state: cut corners; stub: dashed; root: gold). */
  function shapeIcon(d, dashed, root) {
    var ns = 'http://www.w3.org/2000/svg';
    var svg = document.createElementNS(ns, 'svg');
    svg.setAttribute('width', '22');
    svg.setAttribute('height', '14');
    svg.setAttribute('viewBox', '0 0 22 14');
    var path = document.createElementNS(ns, 'path');
    path.setAttribute('d', d);
    path.setAttribute('fill', dashed ? 'none' : '#808b96');
    path.setAttribute('stroke', root ? '#d4ac0d' : '#566573');
    path.setAttribute('stroke-width', root ? '2.5' : '1.2');
    if (dashed) path.setAttribute('stroke-dasharray', '3 2');
    svg.appendChild(path);
    return svg;
  }

  function nodeById(id) {
    return (
      fullGraph.nodes.find(function (n) {
        return n.id === id;
      }) || null
    );
  }
  function edgeById(id) {
    return (
      fullGraph.edges.find(function (e) {
        return e.id === id;
      }) || null
    );
  }
  function symbolOf(id) {
    var node = nodeById(id);
    return node ? node.symbol || node.id : id;
  }

  // ---- the text list (screen readers, copy-paste, tests) --------------------------------------------------------

  function renderList() {
    var list = clear($('list-view'));
    list.appendChild(el('h2', { text: t('nodesHeading', { n: visible.nodes.length }) }));
    var nodes = el(
      'table',
      { class: 'list', id: 'node-list' },
      el(
        'thead',
        {},
        el(
          'tr',
          {},
          el('th', { scope: 'col', text: t('fields').symbol }),
          el('th', { scope: 'col', text: t('colKind') }),
          el('th', { scope: 'col', text: t('colScope') }),
          el('th', { scope: 'col', text: t('colDate') }),
          el('th', { scope: 'col', text: t('colLevel') }),
        ),
      ),
    );
    var body = el('tbody');
    visible.nodes.forEach(function (node) {
      body.appendChild(
        el(
          'tr',
          { 'data-id': node.id, class: node.id === visible.root ? 'root' : null },
          el(
            'td',
            {},
            el('button', {
              type: 'button',
              class: 'link',
              text: node.symbol || node.id,
              onclick: function () {
                selectDocument(node.id);
              },
            }),
          ),
          el('td', { text: (node.kind || '') + (node.stub ? ' (' + t('stub') + ')' : '') }),
          el('td', { text: scopeName(node.scope) }),
          el('td', { text: node.date || '' }),
          el('td', { text: levelName(node.level) + ' · ' + (node.party ? t('party') : t('state')) }),
        ),
      );
    });
    nodes.appendChild(body);
    list.appendChild(nodes);

    list.appendChild(el('h2', { text: t('edgesHeading', { n: visible.edges.length }) }));
    var edges = el(
      'table',
      { class: 'list', id: 'edge-list' },
      el(
        'thead',
        {},
        el(
          'tr',
          {},
          el('th', { scope: 'col', text: t('colFrom') }),
          el('th', { scope: 'col', text: t('colType') }),
          el('th', { scope: 'col', text: t('colTo') }),
          el('th', { scope: 'col', text: t('colEvidence') }),
        ),
      ),
    );
    var edgeBody = el('tbody');
    visible.edges.forEach(function (edge) {
      edgeBody.appendChild(
        el(
          'tr',
          { 'data-id': edge.id, 'data-type': edge.type },
          el('td', { text: symbolOf(edge.source) }),
          el(
            'td',
            {},
            el('button', {
              type: 'button',
              class: 'link',
              text: typeName(edge.type),
              onclick: function () {
                showEvidence(edge.id, true);
              },
            }),
          ),
          el('td', { text: symbolOf(edge.target) }),
          el('td', { class: 'evidence-cell', text: edge.evidence || '' }),
        ),
      );
    });
    edges.appendChild(edgeBody);
    list.appendChild(edges);
  }

  // ---- the side panel: document --------------------------------------------------------------------------------

  var REFERENCE_FIELDS = 'type symbol scope documentId evidence trigger source';
  var DOCUMENT_QUERY =
    'query ExplorerDocument($id: ID!) {\n' +
    '  documents(where: { id: { eq: $id } }, limit: 1) {\n' +
    '    id symbol kind issuer scope date title place signer signerRole source stub text citedByCount\n' +
    '    references { ' +
    REFERENCE_FIELDS +
    ' }\n    citedBy { ' +
    REFERENCE_FIELDS +
    ' }\n  }\n' +
    '  whoImplements(id: $id, first: 100) { totalCount implementations { document { id symbol kind } issuer scope date depth type } }\n}';
  var detailSeq = 0;

  function selectDocument(id, options) {
    var quiet = options && options.quiet;
    // Quiet (the chosen document on load): the panel only; the picture keeps its gold frame unhaloed.
    if (cy && !quiet) {
      cy.elements(':selected').unselect();
      var node = cy.getElementById(id);
      if (node.length) node.select();
    }
    document.querySelectorAll('#node-list tr.selected').forEach(function (tr) {
      tr.classList.remove('selected');
    });
    var row = document.querySelector('#node-list tr[data-id="' + cssEscape(id) + '"]');
    if (row) row.classList.add('selected');
    if (!quiet) showPanel('document');
    var panel = clear($('document-panel'));
    panel.appendChild(el('p', { class: 'hint', text: t('loading') }));
    panel.setAttribute('aria-busy', 'true');
    var seq = ++detailSeq;
    return api(DOCUMENT_QUERY, { id: id })
      .then(function (data) {
        if (seq !== detailSeq) return;
        panel.setAttribute('aria-busy', 'false');
        renderDocument(data.documents[0], data.whoImplements);
      })
      .catch(function (error) {
        if (seq !== detailSeq) return;
        panel.setAttribute('aria-busy', 'false');
        clear(panel).appendChild(el('p', { class: 'error', text: error.message }));
      });
  }

  function cssEscape(text) {
    return window.CSS && CSS.escape ? CSS.escape(text) : String(text).replace(/["\\]/g, '\\$&');
  }

  function renderDocument(doc, page) {
    var implementers = page.implementations;
    var panel = clear($('document-panel'));
    if (!doc) return;
    var node = nodeById(doc.id);
    panel.appendChild(
      el(
        'h2',
        { id: 'document-symbol' },
        doc.symbol || doc.id,
        el('span', { class: 'badge', text: node ? levelName(node.level) : '' }),
        doc.stub ? el('span', { class: 'badge stub', text: t('stub') }) : null,
      ),
    );
    if (doc.title) panel.appendChild(el('p', { class: 'doc-title', text: doc.title }));
    var fields = t('fields');
    var dl = el('dl', { class: 'meta' });
    [
      ['kind', doc.kind],
      ['issuer', doc.issuer],
      ['scope', scopeName(doc.scope)],
      ['date', doc.date],
      ['place', doc.place],
      ['signer', doc.signer ? doc.signer + (doc.signerRole ? ' (' + doc.signerRole + ')' : '') : null],
      ['source', doc.source],
      ['citedByCount', doc.citedByCount],
    ].forEach(function (pair) {
      if (pair[1] === null || pair[1] === undefined || pair[1] === '') return;
      dl.appendChild(el('dt', { text: fields[pair[0]] }));
      dl.appendChild(el('dd', { text: String(pair[1]) }));
    });
    panel.appendChild(dl);

    var actions = el('div', { class: 'actions' });
    actions.appendChild(
      el('button', {
        type: 'button',
        id: 'expand-button',
        text: t('expand'),
        onclick: function () {
          expand(doc.id);
        },
      }),
    );
    if (doc.id !== fullGraph.root) {
      actions.appendChild(
        el('button', {
          type: 'button',
          id: 'recentre-button',
          text: t('recentre'),
          onclick: function () {
            recentre(doc.id);
          },
        }),
      );
    }
    actions.appendChild(
      el('button', {
        type: 'button',
        id: 'coverage-button',
        text: t('coverageOf'),
        onclick: function () {
          coverageTarget = { id: doc.id, symbol: doc.symbol, scope: doc.scope };
          showView('coverage');
        },
      }),
    );
    panel.appendChild(actions);

    panel.appendChild(el('h3', { text: t('implementers', { n: page.totalCount }) }));
    if (!implementers.length) panel.appendChild(el('p', { class: 'hint', text: t('noImplementers') }));
    else {
      var ul = el('ul', { class: 'implementers' });
      implementers.forEach(function (impl) {
        ul.appendChild(
          el(
            'li',
            {},
            el('button', {
              type: 'button',
              class: 'link',
              text: impl.document.symbol || impl.document.id,
              onclick: function () {
                if (nodeById(impl.document.id)) selectDocument(impl.document.id);
                else recentre(impl.document.id);
              },
            }),
            ' ' + [impl.issuer, scopeName(impl.scope), impl.date].filter(Boolean).join(' · '),
          ),
        );
      });
      panel.appendChild(ul);
    }

    panel.appendChild(el('h3', { text: t('fullText') }));
    if (!doc.text) panel.appendChild(el('p', { class: 'hint', text: t('noText') }));
    else {
      var symbols = (doc.references || [])
        .map(function (r) {
          return r.symbol;
        })
        .filter(Boolean);
      panel.appendChild(highlighted('pre', doc.text, symbols, [], 'full-text'));
    }
  }

  /**
   * A text with some phrases marked: `citations` as <mark class="citation">, `triggers` as <mark class="trigger">
   * (case-insensitive, longest first). Built from text nodes: the document text is never parsed as HTML.
   */
  function highlighted(tag, text, citations, triggers, id) {
    var container = el(tag, { class: 'highlighted', id: id || null });
    var terms = [];
    citations.forEach(function (c) {
      if (c) terms.push({ text: c, cls: 'citation' });
    });
    triggers.forEach(function (c) {
      if (c) terms.push({ text: c, cls: 'trigger' });
    });
    terms.sort(function (a, b) {
      return b.text.length - a.text.length;
    });
    if (!terms.length) {
      container.textContent = text;
      return container;
    }
    var pattern = new RegExp(
      terms
        .map(function (term) {
          return term.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s*');
        })
        .join('|'),
      'giu',
    );
    var last = 0;
    var match;
    while ((match = pattern.exec(text))) {
      if (match[0] === '') {
        pattern.lastIndex++;
        continue;
      }
      if (match.index > last) container.appendChild(document.createTextNode(text.slice(last, match.index)));
      var found = match[0].toLowerCase().replace(/\s+/g, '');
      var term = terms.find(function (x) {
        return x.text.toLowerCase().replace(/\s+/g, '') === found;
      });
      container.appendChild(el('mark', { class: term ? term.cls : 'citation', text: match[0] }));
      last = match.index + match[0].length;
    }
    if (last < text.length) container.appendChild(document.createTextNode(text.slice(last)));
    return container;
  }

  // ---- the side panel: evidence --------------------------------------------------------------------------------

  function showEvidence(edgeId, select) {
    var edge = edgeById(edgeId);
    if (!edge) return;
    if (select) {
      cy.elements(':selected').unselect();
      cy.getElementById(edgeId).select();
    }
    showPanel('evidence');
    var panel = clear($('evidence-panel'));
    var from = nodeById(edge.source);
    var to = nodeById(edge.target);
    panel.appendChild(
      el(
        'h2',
        { id: 'evidence-relation' },
        el('span', { text: symbolOf(edge.source) }),
        ' ',
        el('span', {
          class: 'relation',
          style: 'color:' + TYPE_COLOURS[edge.type],
          text: typeName(edge.type),
        }),
        ' ',
        el('span', { text: symbolOf(edge.target) }),
      ),
    );
    panel.appendChild(el('h3', { text: t('evidence') }));
    if (!edge.evidence) panel.appendChild(el('p', { class: 'hint', text: t('noEvidence') }));
    else {
      // The citation as written may lack the kind or issuer: mark the full symbol and its number part.
      var cited = to && to.symbol ? [to.symbol, to.symbol.split('/')[0]] : [];
      panel.appendChild(
        highlighted(
          'blockquote',
          edge.evidence,
          cited.filter(function (c) {
            return c.length > 1;
          }),
          edge.trigger ? [edge.trigger] : [],
          'evidence-text',
        ),
      );
    }
    var dl = el('dl', { class: 'meta' });
    dl.appendChild(el('dt', { text: t('trigger') }));
    dl.appendChild(el('dd', { text: edge.trigger || '—' }));
    dl.appendChild(el('dt', { text: t('sourceFile') }));
    dl.appendChild(
      el('dd', { id: 'evidence-file', text: edge.file || (from && from.stub ? t('stub') : '—') }),
    );
    dl.appendChild(el('dt', { text: t('page') }));
    dl.appendChild(el('dd', { text: t('noPage') }));
    panel.appendChild(dl);
  }

  function showPanel(name) {
    ['document', 'evidence', 'list'].forEach(function (tab) {
      var selected = tab === name;
      var button = $('tab-' + tab);
      button.setAttribute('aria-selected', selected ? 'true' : 'false');
      button.tabIndex = selected ? 0 : -1;
      $(tab === 'list' ? 'list-view' : tab + '-panel').hidden = !selected;
    });
  }

  // ---- explore: expand, re-centre --------------------------------------------------------------------------------

  var NEIGHBOURS_QUERY =
    'query ExplorerNeighbours($id: ID!) { documents(where: { id: { eq: $id } }, limit: 1) { id ' +
    'references { ' +
    REFERENCE_FIELDS +
    ' } citedBy { ' +
    REFERENCE_FIELDS +
    ' } } }';
  var DOCUMENTS_QUERY =
    'query ExplorerDocuments($ids: [ID!]!) { documents(where: { id: { in: $ids } }, limit: 200) { id symbol kind issuer scope date stub title } }';

  /** Adds the document's direct neighbours (relation types as filtered) to the picture. */
  function expand(id) {
    setStatus(t('loading'), 'busy');
    return api(NEIGHBOURS_QUERY, { id: id })
      .then(function (data) {
        var doc = data.documents[0];
        if (!doc) return [];
        var wanted = function (r) {
          return state.types.indexOf(r.type) >= 0;
        };
        var steps = [];
        doc.references.filter(wanted).forEach(function (r) {
          steps.push({ from: id, to: r.documentId, ref: r });
        });
        doc.citedBy.filter(wanted).forEach(function (r) {
          steps.push({ from: r.documentId, to: id, ref: r });
        });
        var missing = Array.from(
          new Set(
            steps
              .map(function (s) {
                return s.from === id ? s.to : s.from;
              })
              .filter(function (other) {
                return !nodeById(other);
              }),
          ),
        ).slice(0, 200);
        var fetchDocs = missing.length
          ? api(DOCUMENTS_QUERY, { ids: missing })
          : Promise.resolve({ documents: [] });
        return fetchDocs.then(function (found) {
          found.documents.forEach(function (d) {
            fullGraph.nodes.push(S.toNode(d));
          });
          steps.forEach(function (s) {
            if (!nodeById(s.from) || !nodeById(s.to)) return;
            var edgeId = S.edgeId(s.from, s.ref.type, s.to);
            if (edgeById(edgeId)) return;
            fullGraph.edges.push({
              id: edgeId,
              source: s.from,
              target: s.to,
              type: s.ref.type,
              evidence: s.ref.evidence,
              trigger: s.ref.trigger,
              file: s.ref.source,
              depth: null,
              side: 'expand',
            });
          });
          render(true);
          setStatus(t('expanded', { n: found.documents.length, symbol: symbolOf(id) }), 'info');
          selectDocument(id, { quiet: true });
          return found.documents;
        });
      })
      .catch(showError);
  }

  function recentre(id) {
    var node = nodeById(id);
    return openDocument({ id: id, symbol: node ? node.symbol : null, scope: node ? node.scope : null });
  }

  // ---- coverage --------------------------------------------------------------------------------------------------

  var COVERAGE_QUERY =
    'query ExplorerCoverage($id: ID, $symbol: String, $scope: String) {\n' +
    '  coverage(id: $id, symbol: $symbol, scope: $scope) {\n' +
    '    document { id symbol date kind }\n    era covered uncovered national truncated\n' +
    '    provinces { province covered formerProvinces firstDate delayDays documents { document { id symbol kind } scope date issuer depth } }\n' +
    '    unplaced { document { id symbol } scope }\n' +
    '  }\n' +
    '  jurisdictions(where: { level: { eq: "province" } }, limit: 200) { id name era successor }\n}';
  var DISTRICTS_QUERY =
    'query ExplorerDistricts($id: ID!) { jurisdictions(where: { id: { eq: $id } }, limit: 1) { parts(limit: 200) { id name } } }';
  var coverage = null;
  var coverageTarget = null;
  var coverageRequested = false;
  var coverageSort = { key: 'delay', dir: 1 };

  function showView(name) {
    view.tab = name;
    ['graph', 'coverage'].forEach(function (tab) {
      var selected = tab === name;
      $('tab-' + tab).setAttribute('aria-selected', selected ? 'true' : 'false');
      $('tab-' + tab).tabIndex = selected ? 0 : -1;
      $(tab + '-view').hidden = !selected;
    });
    writeUrl(false);
    if (name === 'coverage') loadCoverage();
    else if (cy) {
      cy.resize();
      cy.fit(undefined, 30);
    }
  }

  function loadCoverage() {
    coverageRequested = true;
    var target =
      coverageTarget ||
      (state.id || state.symbol ? { id: state.id, symbol: state.symbol, scope: state.scope } : null);
    if (!target) {
      $('coverage-summary').textContent = t('coverageNeedsDoc');
      return Promise.resolve();
    }
    $('coverage-summary').textContent = t('loading');
    $('coverage-view').setAttribute('aria-busy', 'true');
    return api(COVERAGE_QUERY, target.id ? { id: target.id } : { symbol: target.symbol, scope: target.scope })
      .then(function (data) {
        coverage = data;
        $('coverage-view').setAttribute('aria-busy', 'false');
        renderCoverage();
      })
      .catch(function (error) {
        $('coverage-view').setAttribute('aria-busy', 'false');
        $('coverage-summary').textContent = error.message;
        showError(error);
      });
  }

  /** Rows per province of the chosen era: before 2025 as the API gives them, after as merged by successor. */
  function coverageRows() {
    var rows = coverage.coverage.provinces.map(function (p) {
      var first = p.documents.find(function (d) {
        return d.date === p.firstDate;
      });
      return {
        province: p.province,
        covered: p.covered,
        firstDate: p.firstDate,
        delayDays: p.delayDays,
        first: first ? first.document.symbol : p.documents[0] ? p.documents[0].document.symbol : null,
        documents: p.documents,
        parts: [p.province].concat(p.formerProvinces || []),
      };
    });
    // A document of 1 July 2025 or later is reported on the 34 provinces already; an older one can be seen either way.
    if (view.era !== '2025' || coverage.coverage.era === '2025') return rows;
    var successor = new Map();
    coverage.jurisdictions.forEach(function (j) {
      if (j.era === 'before-2025') successor.set(j.name, j.successor || j.name);
    });
    var merged = new Map();
    rows.forEach(function (row) {
      var name = successor.get(row.province) || row.province;
      var into = merged.get(name);
      if (!into) {
        merged.set(
          name,
          Object.assign({}, row, { province: name, parts: [row.province], documents: row.documents.slice() }),
        );
        return;
      }
      into.parts.push(row.province);
      into.documents = into.documents.concat(row.documents);
      into.covered = into.covered || row.covered;
      if (row.delayDays !== null && (into.delayDays === null || row.delayDays < into.delayDays)) {
        into.delayDays = row.delayDays;
        into.firstDate = row.firstDate;
        into.first = row.first;
      }
      if (into.first === null && row.first) into.first = row.first;
    });
    return Array.from(merged.values());
  }

  function delayBucket(row) {
    if (!row.covered) return 5;
    if (row.delayDays === null) return 4;
    for (var i = 0; i < DELAY_LIMITS.length; i++) if (row.delayDays <= DELAY_LIMITS[i]) return i;
    return 4;
  }

  function renderCoverage() {
    if (!coverage) return;
    var doc = coverage.coverage.document;
    var apiEra = coverage.coverage.era;
    document.querySelectorAll('input[name=era]').forEach(function (input) {
      // After 1 July 2025 only the 34 provinces exist: the 63-province view is not offered.
      input.disabled = apiEra === '2025' && input.value === 'before-2025';
      input.checked = input.value === (apiEra === '2025' ? '2025' : view.era);
    });
    $('coverage-title').textContent = t('coverageTitle', { symbol: doc.symbol, date: doc.date || '?' });
    var rows = coverageRows();
    var covered = rows.filter(function (r) {
      return r.covered;
    }).length;
    $('coverage-summary').textContent =
      t('coverageSummary', { covered: covered, total: rows.length, uncovered: rows.length - covered }) +
      (coverage.coverage.national ? ' ' + t('coverageNational', { n: coverage.coverage.national }) : '') +
      (coverage.coverage.unplaced.length
        ? ' ' + t('coverageUnplaced', { n: coverage.coverage.unplaced.length })
        : '') +
      (coverage.coverage.truncated ? ' ' + t('truncated') : '');
    var key = coverageSort.key;
    var dir = coverageSort.dir;
    rows.sort(function (a, b) {
      var va = sortValue(a, key);
      var vb = sortValue(b, key);
      // Names in Vietnamese alphabetical order (Đ after D), numbers and ISO dates as they are.
      var order = typeof va === 'string' ? va.localeCompare(vb, 'vi') : va - vb;
      return order * dir || a.province.localeCompare(b.province, 'vi');
    });
    document.querySelectorAll('#coverage-table th').forEach(function (th) {
      var button = th.querySelector('button');
      th.setAttribute(
        'aria-sort',
        button.getAttribute('data-sort') === key ? (dir > 0 ? 'ascending' : 'descending') : 'none',
      );
    });

    var grid = clear($('coverage-grid'));
    rows
      .slice()
      .sort(function (a, b) {
        return a.province.localeCompare(b.province, 'vi');
      })
      .forEach(function (row) {
        var bucket = delayBucket(row);
        grid.appendChild(
          el(
            'div',
            {
              class: 'cell' + (row.covered ? '' : ' none'),
              style: row.covered ? 'background:' + DELAY_COLOURS[bucket] : null,
              title:
                row.province +
                ': ' +
                (row.covered ? (row.delayDays === null ? '?' : row.delayDays) + ' d' : t('noDocument')),
            },
            el('span', { class: 'name', text: row.province }),
            el('span', {
              class: 'days',
              text: row.covered ? (row.delayDays === null ? '?' : String(row.delayDays)) : '—',
            }),
          ),
        );
      });
    var scale = el('div', { class: 'scale' });
    t('delayBuckets').forEach(function (label, i) {
      scale.appendChild(
        el(
          'span',
          { class: 'item' },
          el('i', {
            class: 'swatch' + (i === 5 ? ' none' : ''),
            style: i < 5 ? 'background:' + DELAY_COLOURS[i] : null,
          }),
          label,
        ),
      );
    });
    grid.appendChild(scale);

    var body = clear(document.querySelector('#coverage-table tbody'));
    rows.forEach(function (row) {
      var tr = el(
        'tr',
        { class: row.covered ? null : 'uncovered', 'data-province': row.province },
        el(
          'th',
          { scope: 'row' },
          el('button', {
            type: 'button',
            class: 'link',
            'aria-expanded': 'false',
            text: row.province,
            onclick: function (event) {
              toggleDistricts(row, tr, event.currentTarget);
            },
          }),
        ),
        el('td', { text: row.first || t('noDocument') }),
        el('td', { text: row.firstDate || '' }),
        el('td', {
          class: 'num',
          text: row.delayDays === null || row.delayDays === undefined ? '' : String(row.delayDays),
        }),
        el('td', { class: 'num', text: String(row.documents.length) }),
      );
      body.appendChild(tr);
    });
  }

  function sortValue(row, key) {
    if (key === 'province') return row.province;
    if (key === 'first') return row.first || '\uffff';
    if (key === 'date') return row.firstDate || '9999';
    if (key === 'count') return row.documents.length;
    // Delay: provinces with none sort last (ascending), as the table is read for the slowest and the missing.
    return row.covered ? (row.delayDays === null ? 1e9 : row.delayDays) : 2e9;
  }

  /** Districts under a province on demand: the gazetteer's districts with the documents of each. */
  function toggleDistricts(row, tr, button) {
    var next = tr.nextSibling;
    if (next && next.classList && next.classList.contains('districts')) {
      next.parentNode.removeChild(next);
      button.setAttribute('aria-expanded', 'false');
      return;
    }
    button.setAttribute('aria-expanded', 'true');
    var cell = el('td', { colspan: '5', text: t('loading') });
    var detail = el('tr', { class: 'districts' }, cell);
    tr.parentNode.insertBefore(detail, tr.nextSibling);
    Promise.all(
      row.parts.map(function (province) {
        return api(DISTRICTS_QUERY, { id: province }).then(function (data) {
          var j = data.jurisdictions[0];
          return j ? j.parts : [];
        });
      }),
    )
      .then(function (lists) {
        var byDistrict = new Map();
        row.documents.forEach(function (d) {
          var parts = d.scope.split('/');
          var key = parts.length > 1 ? d.scope : null;
          if (!key) return;
          var list = byDistrict.get(key) || [];
          list.push(d);
          byDistrict.set(key, list);
        });
        var districts = [];
        lists.forEach(function (parts) {
          parts.forEach(function (p) {
            districts.push(p.id);
          });
        });
        byDistrict.forEach(function (_, key) {
          if (districts.indexOf(key) < 0) districts.push(key);
        });
        districts.sort(function (a, b) {
          return (byDistrict.has(a) ? 0 : 1) - (byDistrict.has(b) ? 0 : 1) || a.localeCompare(b, 'vi');
        });
        clear(cell);
        cell.appendChild(el('strong', { text: t('districts', { province: row.province }) }));
        var ul = el('ul', { class: 'district-list' });
        districts.forEach(function (district) {
          var docs = byDistrict.get(district) || [];
          ul.appendChild(
            el(
              'li',
              { class: docs.length ? null : 'none' },
              district.split('/').slice(1).join('/') + ': ',
              docs.length
                ? docs
                    .map(function (d) {
                      return d.document.symbol + (d.date ? ' (' + d.date + ')' : '');
                    })
                    .join(', ')
                : t('districtNone'),
            ),
          );
        });
        cell.appendChild(ul);
      })
      .catch(function (error) {
        cell.textContent = error.message;
      });
  }

  // ---- exports -----------------------------------------------------------------------------------------------------

  function download(name, blob) {
    var url = URL.createObjectURL(blob);
    var a = el('a', { href: url, download: name });
    document.body.appendChild(a);
    a.click();
    document.body.removeChild(a);
    setTimeout(function () {
      URL.revokeObjectURL(url);
    }, 10000);
    setStatus(t('exported', { file: name }), 'info');
  }

  function exportAs(format) {
    if (!visible.nodes.length) return;
    var base = S.fileName(visible, 'json').replace(/\.json$/, '');
    if (format === 'png') {
      download(
        base + '.png',
        cy.png({ output: 'blob', full: true, scale: 2, bg: '#ffffff', maxWidth: 8000, maxHeight: 8000 }),
      );
      return;
    }
    if (format === 'svg') {
      download(base + '.svg', new Blob([cy.svg({ full: true, bg: '#ffffff' })], { type: 'image/svg+xml' }));
      return;
    }
    var spec = S.FORMATS[format];
    download(S.fileName(visible, format), new Blob([spec[2](visible)], { type: spec[1] }));
  }

  // ---- filters, URL ------------------------------------------------------------------------------------------------

  function writeUrl(push) {
    var p = S.stateToParams(state);
    if (view.layout !== 'level') p.set('layout', view.layout);
    if (view.tab !== 'graph') p.set('view', view.tab);
    if (view.era !== 'before-2025') p.set('era', view.era);
    if (lang !== 'vi') p.set('lang', lang);
    var url = location.pathname + '?' + p.toString();
    if (url === location.pathname + location.search) return;
    if (push) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  }

  function buildFilters() {
    var types = clear($('type-filters'));
    S.RELATION_TYPES.forEach(function (type) {
      types.appendChild(
        el(
          'label',
          { class: 'check' },
          el('input', {
            type: 'checkbox',
            value: type,
            checked: state.types.indexOf(type) >= 0,
            onchange: onTypesChange,
          }),
          el('i', { class: 'line', style: 'background:' + TYPE_COLOURS[type] }),
          el('span', { text: typeName(type) }),
        ),
      );
    });
    var depth = clear($('depth'));
    [1, 2, 3, 4, 5, 6, 8, 10, 15, 20].forEach(function (d) {
      depth.appendChild(el('option', { value: String(d), selected: d === state.depth, text: String(d) }));
    });
    if ([1, 2, 3, 4, 5, 6, 8, 10, 15, 20].indexOf(state.depth) < 0) {
      depth.appendChild(
        el('option', { value: String(state.depth), selected: true, text: String(state.depth) }),
      );
    }
    var levels = clear($('level-filters'));
    S.LEVELS.forEach(function (level) {
      levels.appendChild(
        el(
          'label',
          { class: 'check' },
          el('input', {
            type: 'checkbox',
            value: level,
            checked: state.levels.indexOf(level) >= 0,
            onchange: onLevelsChange,
          }),
          el('i', { class: 'swatch', style: 'background:' + LEVEL_COLOURS[level] }),
          el('span', { text: levelName(level) }),
        ),
      );
    });
    $('year-from').value = state.from || '';
    $('year-to').value = state.to || '';
    document.querySelectorAll('input[name=layout]').forEach(function (input) {
      input.checked = input.value === view.layout;
    });
    document.querySelectorAll('input[name=era]').forEach(function (input) {
      input.checked = input.value === view.era;
    });
  }

  function fillProvinceFilter() {
    var select = $('province');
    var provinces = new Set();
    fullGraph.nodes.forEach(function (n) {
      if (n.scope && n.scope !== 'national') provinces.add(n.scope.split('/')[0]);
    });
    if (state.province) provinces.add(state.province);
    while (select.options.length > 1) select.remove(1);
    Array.from(provinces)
      .sort(function (a, b) {
        return a.localeCompare(b, 'vi');
      })
      .forEach(function (p) {
        select.appendChild(el('option', { value: p, selected: p === state.province, text: p }));
      });
  }

  function onTypesChange() {
    var checked = Array.from(document.querySelectorAll('#type-filters input:checked')).map(function (i) {
      return i.value;
    });
    state.types = checked.length ? checked : S.DEFAULT_TYPES.slice();
    writeUrl(false);
    if (state.id || state.symbol) loadCascade();
  }
  function onLevelsChange() {
    var checked = Array.from(document.querySelectorAll('#level-filters input:checked')).map(function (i) {
      return i.value;
    });
    state.levels = checked.length ? checked : S.LEVELS.slice();
    writeUrl(false);
    render(true);
  }

  function wireControls() {
    var input = $('search-input');
    input.addEventListener('input', function () {
      clearTimeout(searchTimer);
      var text = input.value.trim();
      if (text.length < 2) return renderSuggestions([]);
      searchTimer = setTimeout(function () {
        runSearch(text)
          .then(function (found) {
            if (found !== null && input.value.trim() === text) renderSuggestions(found);
          })
          .catch(showError);
      }, 180);
    });
    input.addEventListener('keydown', function (event) {
      if (event.key === 'ArrowDown') {
        event.preventDefault();
        moveSuggestion(1);
      } else if (event.key === 'ArrowUp') {
        event.preventDefault();
        moveSuggestion(-1);
      } else if (event.key === 'Escape') {
        renderSuggestions([]);
      } else if (event.key === 'Enter' && activeSuggestion >= 0) {
        event.preventDefault();
        pickSuggestion(activeSuggestion);
      }
    });
    input.addEventListener('blur', function () {
      setTimeout(function () {
        renderSuggestions([]);
      }, 150);
    });
    $('search-form').addEventListener('submit', function (event) {
      event.preventDefault();
      clearTimeout(searchTimer);
      submitSearch(input.value);
    });
    $('depth').addEventListener('change', function (event) {
      state.depth = Number(event.target.value);
      writeUrl(false);
      if (state.id || state.symbol) loadCascade();
    });
    $('province').addEventListener('change', function (event) {
      state.province = event.target.value || null;
      writeUrl(false);
      render(true);
    });
    ['year-from', 'year-to'].forEach(function (id) {
      $(id).addEventListener('change', function () {
        var from = Number($('year-from').value);
        var to = Number($('year-to').value);
        state.from = from >= 1900 && from <= 2100 ? from : null;
        state.to = to >= 1900 && to <= 2100 ? to : null;
        writeUrl(false);
        render(true);
      });
    });
    document.querySelectorAll('input[name=layout]').forEach(function (radio) {
      radio.addEventListener('change', function () {
        view.layout = radio.value;
        writeUrl(false);
        runLayout();
      });
    });
    document.querySelectorAll('input[name=era]').forEach(function (radio) {
      radio.addEventListener('change', function () {
        view.era = radio.value;
        writeUrl(false);
        renderCoverage();
      });
    });
    document.querySelectorAll('#coverage-table th button').forEach(function (button) {
      button.addEventListener('click', function () {
        var key = button.getAttribute('data-sort');
        coverageSort = { key: key, dir: coverageSort.key === key ? -coverageSort.dir : 1 };
        renderCoverage();
      });
    });
    $('fit').addEventListener('click', function () {
      cy.fit(undefined, 30);
    });
    document.querySelectorAll('[data-export]').forEach(function (button) {
      button.addEventListener('click', function () {
        exportAs(button.getAttribute('data-export'));
      });
    });
    $('lang-toggle').addEventListener('click', function () {
      lang = lang === 'vi' ? 'en' : 'vi';
      writeUrl(false);
      applyI18n();
      buildFilters();
      if (fullGraph.nodes.length) {
        renderList();
        renderLegend();
        render(false);
      }
      if (coverage) renderCoverage();
    });
    wireTabs('view-tabs', function (name) {
      showView(name);
    });
    wireTabs('panel-tabs', function (name) {
      showPanel(name);
    });
    // Keyboard in the picture: arrows walk the documents (in the list's order), Enter opens the focused one,
    // + expands it, Escape returns to the chosen document.
    $('cy').addEventListener('keydown', function (event) {
      var ids = visible.nodes.map(function (n) {
        return n.id;
      });
      if (!ids.length) return;
      var current = cy.nodes(':selected').length ? cy.nodes(':selected')[0].id() : visible.root;
      var at = Math.max(0, ids.indexOf(current));
      var move = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 }[event.key];
      if (move) {
        event.preventDefault();
        var next = ids[(at + move + ids.length) % ids.length];
        cy.elements(':selected').unselect();
        var node = cy.getElementById(next).select();
        cy.center(node);
        $('graph-summary').textContent = symbolOf(next);
      } else if (event.key === 'Enter') {
        event.preventDefault();
        selectDocument(current);
      } else if (event.key === '+') {
        event.preventDefault();
        expand(current);
      } else if (event.key === 'Escape') {
        selectDocument(visible.root, { quiet: true });
      }
    });
    window.addEventListener('popstate', function () {
      var p = new URLSearchParams(location.search);
      state = S.stateFromParams(p);
      view.layout = p.get('layout') === 'date' ? 'date' : 'level';
      view.era = p.get('era') === '2025' ? '2025' : 'before-2025';
      lang = p.get('lang') === 'en' ? 'en' : 'vi';
      applyI18n();
      buildFilters();
      coverageTarget = null;
      coverageRequested = false;
      showView(p.get('view') === 'coverage' ? 'coverage' : 'graph');
      if (state.id || state.symbol) loadCascade();
    });
    window.addEventListener('resize', function () {
      if (cy) cy.resize();
    });
  }

  /** Tabs with arrow keys (WAI-ARIA tabs pattern); `onSelect` gets the tab's name (its id without "tab-"). */
  function wireTabs(listId, onSelect) {
    var tabs = Array.from(document.querySelectorAll('#' + listId + ' [role=tab]'));
    tabs.forEach(function (tab, i) {
      tab.addEventListener('click', function () {
        onSelect(tab.id.slice(4));
      });
      tab.addEventListener('keydown', function (event) {
        var step = { ArrowRight: 1, ArrowLeft: -1 }[event.key];
        if (!step) return;
        var next = tabs[(i + step + tabs.length) % tabs.length];
        next.focus();
        onSelect(next.id.slice(4));
      });
    });
  }

  // ---- start ----------------------------------------------------------------------------------------------------------

  applyI18n();
  buildFilters();
  initCytoscape();
  wireControls();
  renderLegend();
  window.vanbanExplorer = {
    /** The current Cytoscape instance (replaced when a graph crosses LARGE_GRAPH elements). */
    get cy() {
      return cy;
    },
    lastLoadMs: null,
    state: function () {
      return state;
    },
    visibleGraph: function () {
      return visible;
    },
    /** Draws a given subgraph (used to measure rendering of large graphs without a matching database). */
    showGraph: function (graph) {
      fullGraph = graph;
      render(true);
    },
  };
  if (view.tab === 'coverage') showView('coverage');
  if (state.id || state.symbol) {
    $('search-input').value = state.symbol || '';
    loadCascade();
  }
})();
