#!/usr/bin/env python3
"""Renders the format-fidelity fixtures of tests/unit/read*.test.ts into tests/fixtures/formats/.

Each source text (the five seed/ texts and three real documents of shared/corpus/real/A_tvpl_docs) becomes:
  NAME.txt        the text itself (what every other format is compared with)
  NAME.docx       Word 2007+, via LibreOffice from a flat ODT (DejaVu Serif 12 pt, a font with every Vietnamese letter, A4, a running header
                  "Trang N/M" from page 2 on and a running footer, as official documents have)
  NAME.doc        Word 97, the same way
  NAME.pdf        PDF with a text layer, the same way (headers and footers are in the text layer)
  NAME.scan.pdf   image-only PDF: the PDF rendered at 200 dpi black and white and re-wrapped, no text layer
                  (only for SCANNED, to keep the fixtures small and OCR tests short); seed_004.page1.png is
                  the first page of one as an image file
  NAME.html       a saved web page: site menu, a sidebar of *other* documents' numbers, scripts and a footer
                  around the text
plus bundle.zip (some of the above in folders), and the bad inputs: encrypted.pdf (user password),
corrupt.pdf, not-a-zip.docx, bomb.zip.

Needs (only here, not in CI, which reads the committed files): LibreOffice (soffice), pdftoppm
(poppler-utils), qpdf. Debian: apt-get install libreoffice-writer-nogui poppler-utils qpdf.
Usage: python3 scripts/make-format-fixtures.py [--corpus ../shared/corpus/real/A_tvpl_docs]
"""
import argparse
import html
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
import zlib
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / 'tests' / 'fixtures' / 'formats'
SEEDS = sorted((ROOT / 'seed').glob('*.txt'))
REAL = ['551c9da04f57dc24', '15decdf210c22d70', '64ac847426fe67d5']
SCANNED = ['seed_000', 'seed_004', 'real_64ac847426fe67d5']
SCAN_DPI = 200

FODT_HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">
 <office:font-face-decls>
  <style:font-face style:name="DejaVu Serif" svg:font-family="'DejaVu Serif'" style:font-family-generic="roman"/>
 </office:font-face-decls>
 <office:styles>
  <style:default-style style:family="paragraph">
   <style:text-properties style:font-name="DejaVu Serif" fo:font-size="12pt" fo:language="vi" fo:country="VN"/>
  </style:default-style>
  <style:style style:name="Standard" style:family="paragraph">
   <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.08cm"/>
  </style:style>
 </office:styles>
 <office:automatic-styles>
  <style:style style:name="P1" style:family="paragraph" style:parent-style-name="Standard" style:master-page-name="First_20_Page"/>
  <style:style style:name="PC" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:text-align="center"/>
  </style:style>
  <style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
  <style:style style:name="I" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>
  <style:page-layout style:name="pm1">
   <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.2cm"
    fo:margin-bottom="1.2cm" fo:margin-left="3cm" fo:margin-right="2cm"/>
   <style:header-style/><style:footer-style/>
  </style:page-layout>
 </office:automatic-styles>
 <office:master-styles>
  <style:master-page style:name="First_20_Page" style:display-name="First Page" style:page-layout-name="pm1"
   style:next-style-name="Standard">
   <style:footer><text:p text:style-name="PC">Bản sao điện tử – Cổng thông tin văn bản</text:p></style:footer>
  </style:master-page>
  <style:master-page style:name="Standard" style:page-layout-name="pm1">
   <style:header><text:p text:style-name="PC">Trang <text:page-number text:select-page="current"/>/<text:page-count/></text:p></style:header>
   <style:footer><text:p text:style-name="PC">Bản sao điện tử – Cổng thông tin văn bản</text:p></style:footer>
  </style:master-page>
 </office:master-styles>
 <office:body><office:text>
"""
FODT_TAIL = ' </office:text></office:body>\n</office:document>\n'

# **bold** and *italic* spans of the markdown-ish source texts become real bold and italic.
SPAN = re.compile(r'\*\*([^*\n]{1,400})\*\*|\*([^*\n]{1,400})\*')


def odt_inline(s: str) -> str:
    def plain(t: str) -> str:
        t = escape(t).replace('\t', '<text:tab/>')
        return re.sub(r'  +', lambda m: ' <text:s text:c="%d"/>' % (len(m.group(0)) - 1), t)

    out, at = [], 0
    for m in SPAN.finditer(s):
        out.append(plain(s[at:m.start()]))
        style = 'B' if m.group(1) is not None else 'I'
        out.append('<text:span text:style-name="%s">%s</text:span>' % (style, plain(m.group(1) or m.group(2))))
        at = m.end()
    out.append(plain(s[at:]))
    return ''.join(out)


def html_inline(s: str) -> str:
    out, at = [], 0
    for m in SPAN.finditer(s):
        out.append(html.escape(s[at:m.start()]))
        tag = 'strong' if m.group(1) is not None else 'em'
        out.append('<%s>%s</%s>' % (tag, html.escape(m.group(1) or m.group(2)), tag))
        at = m.end()
    out.append(html.escape(s[at:]))
    return ''.join(out).replace('\t', ' ')


def fodt(text: str) -> str:
    paras = []
    for i, line in enumerate(text.split('\n')):
        style = 'P1' if i == 0 else 'Standard'
        paras.append('  <text:p text:style-name="%s">%s</text:p>\n' % (style, odt_inline(line)))
    return FODT_HEAD + ''.join(paras) + FODT_TAIL


WEB_PAGE = """<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>{title} - Cổng thông tin văn bản</title>
<link rel="stylesheet" href="/static/site.css">
<script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}} gtag('js', new Date());</script>
</head>
<body>
<header class="site-header">
  <div class="logo"><a href="/">Cổng thông tin văn bản</a></div>
  <nav class="main-menu">
    <ul>
      <li><a href="/">Trang chủ</a></li>
      <li><a href="/van-ban">Văn bản mới</a></li>
      <li><a href="/nghi-quyet">Nghị quyết</a></li>
      <li><a href="/chi-thi">Chỉ thị</a></li>
      <li><a href="/lien-he">Liên hệ</a></li>
    </ul>
  </nav>
  <form class="search" action="/tim-kiem"><input name="q" placeholder="Tìm văn bản"><button>Tìm</button></form>
</header>
<div class="breadcrumb"><a href="/">Trang chủ</a> › <a href="/van-ban">Văn bản</a> › {title}</div>
<div class="layout">
  <aside class="sidebar">
    <h3>Văn bản liên quan</h3>
    <ul>
      <li><a href="/vb/1">Nghị quyết số 35-NQ/TW ngày 22/10/2018 của Bộ Chính trị</a></li>
      <li><a href="/vb/2">Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị</a></li>
      <li><a href="/vb/3">Quyết định số 1234/QĐ-UBND ngày 01/3/2021 của Ủy ban nhân dân tỉnh</a></li>
    </ul>
    <h3>Xem nhiều</h3>
    <ul><li><a href="/vb/4">Kế hoạch số 77-KH/TU ngày 10/01/2020</a></li></ul>
  </aside>
  <main>
    <article class="post">
      <h1 class="post-title">{title}</h1>
      <div class="post-meta">Đăng ngày 12/03/2023 · Lượt xem: 1.024</div>
      <div class="post-content">
{body}
      </div>
      <div class="share">Chia sẻ: <a href="#">Facebook</a> <a href="#">Zalo</a> <a href="#">In văn bản</a></div>
    </article>
  </main>
</div>
<footer class="site-footer">
  <p>Cơ quan chủ quản: Văn phòng Tỉnh ủy. Giấy phép số 12/GP-TTĐT ngày 05/6/2019 của Bộ Thông tin và Truyền thông.</p>
  <p>Địa chỉ: 01 đường Trần Phú. Điện thoại: 0123 456 789. © Bản quyền thuộc Cổng thông tin văn bản.</p>
</footer>
<script src="/static/app.js"></script>
<script>document.querySelectorAll('.share a').forEach(function (a) {{ a.addEventListener('click', function () {{}}); }});</script>
</body>
</html>
"""


def web_page(text: str) -> str:
    lines = text.split('\n')
    title = next((l.strip('* ') for l in lines if l.strip() and l.upper() == l and len(l) > 6), 'Văn bản')
    body = '\n'.join('        <p>%s</p>' % html_inline(l) if l.strip() else '        <p>&nbsp;</p>' for l in lines)
    return WEB_PAGE.format(title=html.escape(title), body=body)


def run(*args: str, cwd: Path | None = None) -> None:
    subprocess.run(args, check=True, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def pbm_to_pdf_page(pbm: bytes) -> tuple[int, int, bytes]:
    """A raw PBM (P4) → width, height and its packed 1-bit rows (PBM 1 = black)."""
    m = re.match(rb'P4\s+(?:#[^\n]*\n\s*)*(\d+)\s+(\d+)\s', pbm)
    if not m:
        raise ValueError('not a P4 PBM')
    return int(m.group(1)), int(m.group(2)), pbm[m.end():]


def image_pdf(pages: list[tuple[int, int, bytes]], dpi: int) -> bytes:
    """A PDF of 1-bit page images (FlateDecode), nothing else: what a scanner writes. Stdlib only."""
    objects: list[bytes] = []
    kids = []
    for i, (w, h, bits) in enumerate(pages):
        img = 3 + 3 * i
        content = img + 1
        page = img + 2
        pw, ph = w * 72 / dpi, h * 72 / dpi
        data = zlib.compress(bits, 9)
        objects.append(
            b'<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray /BitsPerComponent 1'
            b' /Decode [1 0] /Filter /FlateDecode /Length %d >>\nstream\n' % (w, h, len(data)) + data + b'\nendstream'
        )
        draw = b'q %.2f 0 0 %.2f 0 0 cm /Im0 Do Q' % (pw, ph)
        objects.append(b'<< /Length %d >>\nstream\n' % len(draw) + draw + b'\nendstream')
        objects.append(
            b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %.2f %.2f] /Resources << /XObject << /Im0 %d 0 R >> >>'
            b' /Contents %d 0 R >>' % (pw, ph, img, content)
        )
        kids.append(b'%d 0 R' % page)
    objects = [
        b'<< /Type /Catalog /Pages 2 0 R >>',
        b'<< /Type /Pages /Kids [%s] /Count %d >>' % (b' '.join(kids), len(pages)),
    ] + objects
    out = bytearray(b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')
    offsets = []
    for n, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b'%d 0 obj\n' % n + body + b'\nendobj\n'
    xref = len(out)
    out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objects) + 1)
    for off in offsets:
        out += b'%010d 00000 n \n' % off
    out += b'trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objects) + 1, xref)
    return bytes(out)


def scan(pdf: Path, dest: Path, tmp: Path) -> None:
    prefix = tmp / (pdf.stem + '-scan')
    run('pdftoppm', '-r', str(SCAN_DPI), '-mono', str(pdf), str(prefix))
    pages = [pbm_to_pdf_page(p.read_bytes()) for p in sorted(tmp.glob(prefix.name + '-*.pbm'))]
    dest.write_bytes(image_pdf(pages, SCAN_DPI))


def write_sources(sources: list[tuple[str, Path]], corpus_sources: Path) -> None:
    """SOURCES.tsv: where each fixture's text came from (the seed file, or the real corpus and its origin)."""
    origin = {}
    if corpus_sources.exists():
        for line in corpus_sources.read_text(encoding='utf-8').splitlines()[1:]:
            cols = line.split('\t')
            origin[cols[0].split('/')[-1]] = cols[1:]
    rows = ['fixture\ttext\tsource\tpath']
    for name, src in sources:
        if name.startswith('seed_'):
            rows.append(f'{name}\tseed/{src.name}\tthis repository\tseed/{src.name}')
        else:
            rows.append('\t'.join([name, f'A_tvpl_docs/{src.name}', *origin.get(src.name, ['', ''])]))
    (OUT / 'SOURCES.tsv').write_text('\n'.join(rows) + '\n', encoding='utf-8')


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--corpus', default=str(ROOT.parent / 'shared' / 'corpus' / 'real' / 'A_tvpl_docs'))
    args = ap.parse_args()
    for tool in ('soffice', 'pdftoppm', 'qpdf'):
        if not shutil.which(tool):
            print(f'{tool} not found: apt-get install libreoffice-writer-nogui poppler-utils qpdf', file=sys.stderr)
            return 1
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    sources = [('seed_%s' % p.name[:3], p) for p in SEEDS]
    sources += [('real_%s' % r, Path(args.corpus) / f'{r}.txt') for r in REAL]
    with tempfile.TemporaryDirectory() as t:
        tmp = Path(t)
        for name, src in sources:
            text = src.read_text(encoding='utf-8').replace('\r\n', '\n')
            (OUT / f'{name}.txt').write_text(text, encoding='utf-8')
            (tmp / f'{name}.fodt').write_text(fodt(text), encoding='utf-8')
            (OUT / f'{name}.html').write_text(web_page(text), encoding='utf-8')
        write_sources(sources, Path(args.corpus).parent / 'SOURCES.tsv')
        fodts = sorted(str(p) for p in tmp.glob('*.fodt'))
        # One LibreOffice start per target format; a private profile keeps it off the user's own.
        profile = 'file://' + str(tmp / 'profile')
        for target in ('pdf:writer_pdf_Export', 'docx:MS Word 2007 XML', 'doc:MS Word 97'):
            run('soffice', f'-env:UserInstallation={profile}', '--headless', '--convert-to', target, '--outdir',
                str(OUT), *fodts)
        for name in SCANNED:
            scan(OUT / f'{name}.pdf', OUT / f'{name}.scan.pdf', tmp)
        # A photo-less "scan" as an image file: the first page of one document, black and white PNG.
        run('pdftoppm', '-r', str(SCAN_DPI), '-mono', '-png', '-f', '1', '-l', '1', '-singlefile',
            str(OUT / 'seed_004.pdf'), str(OUT / 'seed_004.page1'))
        # Bad inputs, one per ReadError.
        # A one-paragraph document, encrypted with a user password (nobody can open it without).
        (tmp / 'secret.fodt').write_text(fodt('Số: 01/MẬT\nVăn bản mật: cần mật khẩu để mở.'), encoding='utf-8')
        run('soffice', f'-env:UserInstallation={profile}', '--headless', '--convert-to', 'pdf', '--outdir', str(tmp),
            str(tmp / 'secret.fodt'))
        run('qpdf', '--encrypt', 'secret', 'owner-secret', '256', '--', str(tmp / 'secret.pdf'),
            str(OUT / 'encrypted.pdf'))
        (OUT / 'corrupt.pdf').write_bytes(b'%PDF-1.7\n' + bytes((i * 37 + 11) % 256 for i in range(4000)))
        (OUT / 'not-a-zip.docx').write_text('Đây không phải tệp Word: chỉ là văn bản thuần.\n', encoding='utf-8')
        with zipfile.ZipFile(OUT / 'bomb.zip', 'w', zipfile.ZIP_DEFLATED, compresslevel=9) as z:
            z.writestr('bomb/huge.txt', b'\0' * (50 * 1024 * 1024))
        # An archive of several formats in folders, as documents are mailed around.
        with zipfile.ZipFile(OUT / 'bundle.zip', 'w', zipfile.ZIP_DEFLATED) as z:
            z.write(OUT / 'seed_001.docx', 'ho-so/seed_001.docx')
            z.write(OUT / 'seed_002.pdf', 'ho-so/seed_002.pdf')
            z.write(OUT / 'seed_003.html', 'ho-so/web/seed_003.html')
            z.write(OUT / 'seed_000.txt', 'seed_000.txt')
            z.writestr('ho-so/notes.rtf', '{\\rtf1\\ansi not read}')
            z.writestr('__MACOSX/ho-so/._seed_001.docx', b'\0\5\26\7')
    sizes = sorted((p.stat().st_size, p.name) for p in OUT.iterdir())
    print('\n'.join(f'{s:>9} {n}' for s, n in sizes))
    print(f'{sum(s for s, _ in sizes):>9} total in {OUT.relative_to(ROOT)}')
    return 0


if __name__ == '__main__':
    sys.exit(main())
