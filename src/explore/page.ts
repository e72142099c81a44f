/**
 * The explorer's HTML. Text carries data-i18n keys: explorer.js fills them in Vietnamese (the default) or
 * English. Every script is an asset of ours or of node_modules; the page config travels as JSON, not inline code,
 * so the CSP can forbid inline scripts.
 */
export interface PageOptions {
  endpoint: string;
  exportPath: string;
  assetUrl: (name: string) => string;
}

function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char] ?? char,
  );
}

/** JSON that cannot end the <script> element it sits in. */
function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}

export function renderPage(options: PageOptions): string {
  const asset = (name: string) => escapeHtml(options.assetUrl(name));
  const config = { endpoint: options.endpoint, exportPath: options.exportPath };
  return `<!doctype html>
<html lang="vi">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>vanban-graph · Khám phá văn bản</title>
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="${asset('explorer.css')}" />
  </head>
  <body>
    <a class="skip" href="#list-view" data-i18n="skipToList">Bỏ qua đến danh sách</a>
    <header class="topbar">
      <h1><span class="brand">vanban-graph</span> <span data-i18n="title">Khám phá văn bản</span></h1>
      <form id="search-form" class="search" role="search" autocomplete="off">
        <label for="search-input" class="visually-hidden" data-i18n="searchLabel">Tìm văn bản</label>
        <input id="search-input" type="search" role="combobox" aria-autocomplete="list" aria-expanded="false"
          aria-controls="suggestions" data-i18n-placeholder="searchPlaceholder"
          placeholder="Số ký hiệu hoặc từ khóa: 25-NQ/TW, dan van kheo…" />
        <button type="submit" data-i18n="searchButton">Tìm</button>
        <ul id="suggestions" role="listbox" hidden></ul>
      </form>
      <nav class="links">
        <button id="lang-toggle" type="button" aria-label="English">EN</button>
        <a id="playground-link" href="${escapeHtml(options.endpoint)}" data-i18n="playground">GraphQL playground</a>
      </nav>
    </header>
    <div id="status" role="status" aria-live="polite"></div>
    <div id="scope-picker" class="scope-picker" hidden>
      <p id="scope-picker-text"></p>
      <ul id="scope-list"></ul>
    </div>
    <main class="layout">
      <aside class="filters" aria-labelledby="filters-title">
        <h2 id="filters-title" data-i18n="filters">Bộ lọc</h2>
        <fieldset>
          <legend data-i18n="relationTypes">Loại quan hệ</legend>
          <div id="type-filters"></div>
        </fieldset>
        <label><span data-i18n="depth">Độ sâu</span>
          <select id="depth"></select></label>
        <label><span data-i18n="province">Tỉnh</span>
          <select id="province"><option value="" data-i18n="allProvinces">Tất cả</option></select></label>
        <div class="years">
          <label><span data-i18n="fromYear">Từ năm</span> <input id="year-from" type="number" min="1900" max="2100" inputmode="numeric" /></label>
          <label><span data-i18n="toYear">đến năm</span> <input id="year-to" type="number" min="1900" max="2100" inputmode="numeric" /></label>
        </div>
        <fieldset>
          <legend data-i18n="level">Cấp</legend>
          <div id="level-filters"></div>
        </fieldset>
        <fieldset>
          <legend data-i18n="layout">Bố cục</legend>
          <label><input type="radio" name="layout" value="level" checked /> <span data-i18n="layoutLevel">Theo cấp (trên xuống)</span></label>
          <label><input type="radio" name="layout" value="date" /> <span data-i18n="layoutDate">Theo ngày (trái sang phải)</span></label>
        </fieldset>
      </aside>
      <section class="center" aria-labelledby="view-tabs">
        <div id="view-tabs" class="tabs" role="tablist">
          <button role="tab" id="tab-graph" aria-controls="graph-view" aria-selected="true" data-i18n="viewGraph">Lược đồ</button>
          <button role="tab" id="tab-coverage" aria-controls="coverage-view" aria-selected="false" tabindex="-1" data-i18n="viewCoverage">Độ phủ theo tỉnh</button>
        </div>
        <div id="graph-view" role="tabpanel" aria-labelledby="tab-graph" class="graph-view">
          <div class="toolbar">
            <span id="graph-summary"></span>
            <button id="fit" type="button" data-i18n="fit">Vừa khung</button>
            <span class="export" role="group" aria-labelledby="export-label">
              <span id="export-label" data-i18n="export">Xuất:</span>
              <button type="button" data-export="graphml">GraphML</button>
              <button type="button" data-export="nodes.csv" data-i18n="csvNodes">CSV (nút)</button>
              <button type="button" data-export="edges.csv" data-i18n="csvEdges">CSV (cạnh)</button>
              <button type="button" data-export="json">JSON</button>
              <button type="button" data-export="png">PNG</button>
              <button type="button" data-export="svg">SVG</button>
            </span>
          </div>
          <div id="cy" role="img" aria-describedby="graph-summary" tabindex="0"></div>
          <div id="legend" class="legend" aria-hidden="true"></div>
          <div id="empty" class="empty" data-i18n="emptyHint">Gõ số ký hiệu (25-NQ/TW) hoặc từ khóa để xem lược đồ văn bản.</div>
        </div>
        <div id="coverage-view" role="tabpanel" aria-labelledby="tab-coverage" class="coverage-view" hidden>
          <div class="coverage-head">
            <h2 id="coverage-title"></h2>
            <span role="group" class="era">
              <label><input type="radio" name="era" value="before-2025" checked /> <span data-i18n="era63">63 tỉnh (trước 1/7/2025)</span></label>
              <label><input type="radio" name="era" value="2025" /> <span data-i18n="era34">34 tỉnh (từ 1/7/2025)</span></label>
            </span>
          </div>
          <p id="coverage-summary"></p>
          <div class="coverage-body">
            <div id="coverage-grid" class="coverage-grid" aria-hidden="true"></div>
            <div class="coverage-table-wrap">
              <table id="coverage-table">
                <caption class="visually-hidden" data-i18n="coverageCaption">Độ phủ theo tỉnh</caption>
                <thead><tr>
                  <th scope="col"><button type="button" data-sort="province" data-i18n="colProvince">Tỉnh</button></th>
                  <th scope="col"><button type="button" data-sort="first" data-i18n="colFirst">Văn bản đầu tiên</button></th>
                  <th scope="col"><button type="button" data-sort="date" data-i18n="colDate">Ngày</button></th>
                  <th scope="col"><button type="button" data-sort="delay" data-i18n="colDelay">Sau (ngày)</button></th>
                  <th scope="col"><button type="button" data-sort="count" data-i18n="colCount">Số văn bản</button></th>
                </tr></thead>
                <tbody></tbody>
              </table>
            </div>
          </div>
        </div>
      </section>
      <aside class="panel" aria-labelledby="panel-tabs">
        <div id="panel-tabs" class="tabs" role="tablist">
          <button role="tab" id="tab-document" aria-controls="document-panel" aria-selected="true" data-i18n="tabDocument">Văn bản</button>
          <button role="tab" id="tab-evidence" aria-controls="evidence-panel" aria-selected="false" tabindex="-1" data-i18n="tabEvidence">Bằng chứng</button>
          <button role="tab" id="tab-list" aria-controls="list-view" aria-selected="false" tabindex="-1" data-i18n="tabList">Danh sách</button>
        </div>
        <div id="document-panel" role="tabpanel" aria-labelledby="tab-document" class="panel-body">
          <p class="hint" data-i18n="documentHint">Chọn một văn bản trên lược đồ.</p>
        </div>
        <div id="evidence-panel" role="tabpanel" aria-labelledby="tab-evidence" class="panel-body" hidden>
          <p class="hint" data-i18n="evidenceHint">Chọn hoặc rê chuột lên một cạnh để xem câu dẫn chứng.</p>
        </div>
        <div id="list-view" role="tabpanel" aria-labelledby="tab-list" class="panel-body" hidden tabindex="-1"></div>
      </aside>
    </main>
    <noscript>Trang này cần JavaScript. The explorer needs JavaScript; the API is at ${escapeHtml(options.endpoint)}.</noscript>
    <script id="explorer-config" type="application/json">${scriptSafeJson(config)}</script>
    <script src="${asset('cytoscape.js')}"></script>
    <script src="${asset('cytoscape-dagre.js')}"></script>
    <script src="${asset('cytoscape-svg.js')}"></script>
    <script src="${asset('subgraph.js')}"></script>
    <script src="${asset('explorer.js')}"></script>
  </body>
</html>
`;
}
