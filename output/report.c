/*
 * report.c - the self-contained HTML report (see ergraph/output.h).
 *
 * One HTML5 page with no external resource: the diagram is inline SVG,
 * the style sheet and the script are inline, and a Content-Security-Policy
 * (default-src 'none') makes the browser refuse anything else, so the
 * page opens without network access and can never fetch or run what a
 * document smuggled in. The script is allowed by its SHA-256 hash, not by
 * 'unsafe-inline': even markup that escaped escaping could not run code.
 *
 * Escaping: markup is written with libxml2's xmlTextWriter, which escapes
 * & < > " in text and attribute values; every string from the model goes
 * through clean() first (invalid UTF-8 -> U+FFFD, control characters other
 * than tab and newline dropped). Elements are closed with
 * xmlTextWriterFullEndElement ("<div></div>", never "<div/>", which HTML
 * would read as an open tag). Only the constant style sheet, the constant
 * script and the re-serialised SVG are written raw.
 *
 * The diagram: erg_draw_fp renders SVG into a memory stream; libxml2 reads
 * it (no network, no DTD, no entity substitution, recovering from
 * Graphviz's pass-through of "&name;" sequences) and the tree is pruned to
 * an allow-list of SVG drawing elements: comments, processing
 * instructions, scripts, foreign objects, images, event attributes
 * (on*), links other than "#fragment" and values holding "javascript:"
 * are dropped; an unresolved entity reference becomes the literal text it
 * stood for. The root loses its fixed width and height so that CSS scales
 * it. The tree is then written back by libxml2 (xmlNodeDump), which
 * escapes it again.
 *
 * Layout of the data: table rows carry data-type ("t<type index>") and
 * data-mod ("m<modality>") for the filter, numeric cells a data-v with the
 * full-precision value for sorting. The diagram's lines carry the SVG
 * classes "r<type index>_<modality>" of their relations and "n<actor
 * index>" of their ends, its actors "n<actor index>" (draw.c): the filter
 * fades the lines none of whose relations pass it, and the actors whose
 * lines are all faded. No model text ever reaches the script: the script
 * only reads the DOM.
 */
#define _POSIX_C_SOURCE 200809L

#include "ergraph/output.h"

#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlwriter.h>

#include "report_internal.h"
#include "title_internal.h"
#include "util_internal.h"

#define REPORT_SVG_MAX ((size_t)128 << 20)
#define REPORT_TEXT_MAX ((size_t)1 << 30)
#define REPORT_DOCS_IN_HEADER 12
#define SVG_NS "http://www.w3.org/2000/svg"

/* ---- the page's constant style sheet and script ---- */

static const char report_css[] =
    ":root{--ink:#1c2434;--muted:#5d6779;--line:#dde2ea;--bg:#f4f6f9;"
    "--card:#fff;--head:#14213d;--accent:#2857a4;--hover:#eef3fc}\n"
    "*{box-sizing:border-box}\n"
    "body{margin:0;background:var(--bg);color:var(--ink);"
    "font:14px/1.45 system-ui,-apple-system,\"Segoe UI\",Roboto,"
    "\"Helvetica Neue\",Arial,sans-serif}\n"
    ".wrap{max-width:1440px;margin:0 auto;padding-left:28px;"
    "padding-right:28px}\n"
    "header.top{background:var(--head);color:#fff;padding:22px 0 18px}\n"
    ".kicker{font-size:11px;letter-spacing:.12em;text-transform:uppercase;"
    "color:#9fb3d9;margin-bottom:4px}\n"
    "header.top h1{margin:0;font-size:26px;font-weight:650;"
    "letter-spacing:-.01em}\n"
    ".subtitle{margin:4px 0 2px;font-size:16px;color:#e3e9f5}\n"
    ".meta{margin:6px 0 0;color:#cfd9ec;font-size:13px}\n"
    ".meta b{color:#fff;font-weight:600}\n"
    ".stats{display:flex;flex-wrap:wrap;gap:10px 36px;margin:14px 0 0;"
    "padding:0}\n"
    ".stats div{margin:0}\n"
    ".stats dt{font-size:11px;text-transform:uppercase;"
    "letter-spacing:.08em;color:#9fb3d9}\n"
    ".stats dd{margin:0;font-size:20px;font-weight:600;"
    "font-variant-numeric:tabular-nums}\n"
    "header.top details{margin-top:8px;font-size:13px;color:#cfd9ec}\n"
    "header.top summary{cursor:pointer}\n"
    "nav.sections{background:#fff;border-bottom:1px solid var(--line);"
    "position:sticky;top:0;z-index:5}\n"
    "nav.sections .wrap{display:flex;gap:22px}\n"
    "nav.sections a{display:inline-block;padding:10px 0;color:var(--muted);"
    "text-decoration:none;font-weight:500;border-bottom:2px solid "
    "transparent}\n"
    "nav.sections a:hover{color:var(--accent);"
    "border-bottom-color:var(--accent)}\n"
    "main{padding-top:20px;padding-bottom:8px}\n"
    "section.card{background:var(--card);border:1px solid var(--line);"
    "border-radius:8px;padding:16px 20px 18px;margin-bottom:20px;"
    "box-shadow:0 1px 2px rgba(16,24,40,.05);scroll-margin-top:48px}\n"
    "h2{font-size:17px;margin:0 0 2px;font-weight:650}\n"
    ".hint{color:var(--muted);font-size:13px;margin:0 0 12px}\n"
    "figure.diagram{margin:0;border:1px solid var(--line);"
    "border-radius:6px;background:#fff;overflow:auto}\n"
    "figure.diagram svg{display:block;width:100%;height:auto;"
    "max-height:80vh}\n"
    "figure.diagram.full{max-height:85vh}\n"
    "figure.diagram g.erg-off{opacity:.12}\n"
    "figure.diagram.full svg{max-height:none;max-width:none}\n"
    ".section-head{display:flex;justify-content:space-between;"
    "align-items:flex-start;gap:16px}\n"
    "button.tool{font:inherit;font-size:13px;padding:5px 12px;"
    "border:1px solid var(--line);border-radius:6px;background:#fff;"
    "color:var(--accent);cursor:pointer;white-space:nowrap}\n"
    "button.tool:hover{background:var(--hover)}\n"
    "#metrics-table tbody td:nth-child(2){cursor:pointer}\n"
    "#metrics-table tbody td:nth-child(2):hover{color:var(--accent);"
    "text-decoration:underline}\n"
    ".notice{padding:12px;color:var(--muted)}\n"
    ".table-wrap{overflow:auto;max-height:72vh;border:1px solid "
    "var(--line);border-radius:6px}\n"
    "table.data{border-collapse:separate;border-spacing:0;width:100%;"
    "font-size:13px}\n"
    "table.data th,table.data td{padding:6px 10px;text-align:left;"
    "vertical-align:top;border-bottom:1px solid var(--line)}\n"
    "table.data thead th{position:sticky;top:0;background:#eef1f6;"
    "font-weight:600;white-space:nowrap;z-index:2}\n"
    "table.data .num{text-align:right;font-variant-numeric:tabular-nums;"
    "white-space:nowrap}\n"
    "table.data tbody tr:hover td{background:var(--hover)}\n"
    "#metrics-table th:nth-child(-n+2),#metrics-table td:nth-child(-n+2)"
    "{position:sticky;z-index:1;background:#fff}\n"
    "#metrics-table thead th:nth-child(-n+2){z-index:3;background:#eef1f6}\n"
    "#metrics-table th:first-child,#metrics-table td:first-child{left:0;"
    "width:64px;min-width:64px}\n"
    "#metrics-table th:nth-child(2),#metrics-table td:nth-child(2){"
    "left:64px;min-width:190px;box-shadow:inset -1px 0 0 var(--line)}\n"
    "td.bar{background-image:linear-gradient(90deg,rgba(40,87,164,.16) "
    "var(--w),transparent var(--w));background-repeat:no-repeat}\n"
    "th.key,td.key{font-weight:600}\n"
    "td.actor{min-width:120px}\n"
    "td.doc{min-width:120px}\n"
    "th button{all:unset;cursor:pointer}\n"
    "th button:focus-visible{outline:2px solid var(--accent)}\n"
    "th button::after{content:\"\\2195\";opacity:.3;margin-left:4px;"
    "font-size:11px}\n"
    "th[aria-sort=ascending] button::after{content:\"\\25B2\";opacity:.8}\n"
    "th[aria-sort=descending] button::after{content:\"\\25BC\";"
    "opacity:.8}\n"
    "th[aria-sort]{color:var(--accent)}\n"
    ".sub{color:var(--muted);font-size:12px;margin-left:6px}\n"
    ".swatch{display:inline-block;width:11px;height:11px;border-radius:2px;"
    "margin-right:6px;vertical-align:-1px;background:#999}\n"
    ".badge{display:inline-block;padding:0 8px;border-radius:9px;"
    "font-size:12px;background:#edf0f5;border:1px solid #d6dce6;"
    "white-space:nowrap}\n"
    ".dir{color:var(--muted);padding:0 2px}\n"
    "td.evidence{min-width:300px}\n"
    "td.nowrap{white-space:nowrap}\n"
    ".none{color:#a0a7b4}\n"
    ".filters{display:flex;flex-wrap:wrap;gap:12px 34px;"
    "align-items:flex-start;margin:4px 0 10px}\n"
    ".filters fieldset{border:0;padding:0;margin:0;max-width:640px}\n"
    ".filters legend{font-size:11px;font-weight:600;text-transform:"
    "uppercase;letter-spacing:.08em;color:var(--muted);padding:0;"
    "margin-bottom:4px}\n"
    ".filters legend button{all:unset;cursor:pointer;color:var(--accent);"
    "text-transform:none;letter-spacing:0;font-weight:500;"
    "margin-left:8px}\n"
    "label.chk{display:inline-flex;align-items:center;gap:4px;"
    "margin:2px 14px 2px 0;white-space:nowrap;cursor:pointer}\n"
    "label.chk .n{color:var(--muted);font-size:12px}\n"
    ".search input{font:inherit;padding:6px 10px;border:1px solid "
    "var(--line);border-radius:6px;min-width:280px}\n"
    ".search label{display:block;font-size:11px;font-weight:600;"
    "text-transform:uppercase;letter-spacing:.08em;color:var(--muted);"
    "margin-bottom:4px}\n"
    "ul.docs{margin:6px 0 0;padding-left:20px;columns:2}\n"
    "footer{color:var(--muted);font-size:12px;padding-bottom:24px}\n"
    "@media print{nav.sections,.filters{display:none}"
    ".table-wrap{max-height:none;overflow:visible}"
    "section.card{break-inside:avoid-page}}\n";

/* Reads the DOM only; never holds model text. No "</" in it. */
static const char report_js[] =
    "(function () {\n"
    "'use strict';\n"
    "var doc = document;\n"
    "function cellKey(cell, num) {\n"
    "  var v = cell.getAttribute('data-v');\n"
    "  if (v === null) v = cell.textContent;\n"
    "  if (num) { var x = parseFloat(v); return isNaN(x) ? -Infinity : x; "
    "}\n"
    "  return v.toLowerCase();\n"
    "}\n"
    "function sortBy(th) {\n"
    "  var table = th.closest('table');\n"
    "  var col = th.cellIndex;\n"
    "  var num = th.classList.contains('num');\n"
    "  var cur = th.getAttribute('aria-sort');\n"
    "  var dir = cur === 'descending' ? 'ascending' : cur === 'ascending' "
    "? 'descending' : num ? 'descending' : 'ascending';\n"
    "  var heads = table.tHead.rows[0].cells;\n"
    "  for (var i = 0; i < heads.length; i++) "
    "heads[i].removeAttribute('aria-sort');\n"
    "  th.setAttribute('aria-sort', dir);\n"
    "  var body = table.tBodies[0];\n"
    "  var s = dir === 'ascending' ? 1 : -1;\n"
    "  var keyed = Array.prototype.map.call(body.rows, function (r, i) {\n"
    "    return { r: r, k: cellKey(r.cells[col], num), i: i };\n"
    "  });\n"
    "  keyed.sort(function (a, b) {\n"
    "    return a.k < b.k ? -s : a.k > b.k ? s : a.i - b.i;\n"
    "  });\n"
    "  var frag = doc.createDocumentFragment();\n"
    "  keyed.forEach(function (e) { frag.appendChild(e.r); });\n"
    "  body.appendChild(frag);\n"
    "}\n"
    "doc.querySelectorAll('th[data-sort] button').forEach(function (b) {\n"
    "  b.addEventListener('click', function () { sortBy(b.parentNode); "
    "});\n"
    "});\n"
    "var search = doc.getElementById('q');\n"
    "var shownEl = doc.getElementById('shown');\n"
    "var rows = doc.querySelectorAll('#relations tbody tr');\n"
    "function applyFilter() {\n"
    "  var off = {};\n"
    "  doc.querySelectorAll('#filters input[type=checkbox]')"
    ".forEach(function (c) {\n"
    "    if (!c.checked) off[c.value] = true;\n"
    "  });\n"
    "  var q = search ? search.value.trim().toLowerCase() : '';\n"
    "  var shown = 0;\n"
    "  rows.forEach(function (r) {\n"
    "    var ok = !off[r.getAttribute('data-type')] && "
    "!off[r.getAttribute('data-mod')] &&\n"
    "      (!q || r.textContent.toLowerCase().indexOf(q) >= 0);\n"
    "    r.hidden = !ok;\n"
    "    if (ok) shown++;\n"
    "  });\n"
    "  if (shownEl) shownEl.textContent = shown + ' of ' + rows.length + "
    "' relations shown';\n"
    "  filterDiagram(off);\n"
    "}\n"
    "/* the diagram: a line carries r<type>_<modality> classes for its\n"
    "   relations and n<actor> for its ends; it fades when none of its\n"
    "   relations passes the type and modality filter, an actor when\n"
    "   all its lines do */\n"
    "function filterDiagram(off) {\n"
    "  var lit = {}, lined = {};\n"
    "  doc.querySelectorAll('figure.diagram g.edge').forEach(function (e) "
    "{\n"
    "    var on = false, typed = false, ends = [];\n"
    "    e.classList.forEach(function (t) {\n"
    "      var m = /^r(\\d+)_(\\d+)$/.exec(t);\n"
    "      if (m) { typed = true; if (!off['t' + m[1]] && !off['m' + "
    "m[2]]) on = true; }\n"
    "      else if (/^n\\d+$/.test(t)) ends.push(t);\n"
    "    });\n"
    "    if (!typed) return;\n"
    "    e.classList.toggle('erg-off', !on);\n"
    "    ends.forEach(function (t) { lined[t] = true; if (on) lit[t] = "
    "true; });\n"
    "  });\n"
    "  doc.querySelectorAll('figure.diagram g.node').forEach(function (n) "
    "{\n"
    "    var id = null;\n"
    "    n.classList.forEach(function (t) { if (/^n\\d+$/.test(t)) id = "
    "t; });\n"
    "    if (id) n.classList.toggle('erg-off', !!lined[id] && "
    "!lit[id]);\n"
    "  });\n"
    "}\n"
    "doc.querySelectorAll('#filters input').forEach(function (c) {\n"
    "  c.addEventListener('change', applyFilter);\n"
    "  c.addEventListener('input', applyFilter);\n"
    "});\n"
    "doc.querySelectorAll('#filters button[data-group]')"
    ".forEach(function (b) {\n"
    "  b.addEventListener('click', function () {\n"
    "    var on = b.getAttribute('data-set') === 'all';\n"
    "    var group = b.getAttribute('data-group');\n"
    "    doc.querySelectorAll('#filters fieldset').forEach(function (f) {\n"
    "      if (f.getAttribute('data-group') !== group) return;\n"
    "      f.querySelectorAll('input').forEach(function (c) { c.checked = "
    "on; });\n"
    "    });\n"
    "    applyFilter();\n"
    "  });\n"
    "});\n"
    "applyFilter();\n"
    "var fig = doc.querySelector('figure.diagram');\n"
    "var zoom = doc.getElementById('zoom');\n"
    "if (fig && zoom) zoom.addEventListener('click', function () {\n"
    "  var svg = fig.querySelector('svg');\n"
    "  if (!svg) return;\n"
    "  var full = fig.classList.toggle('full');\n"
    "  var vb = svg.viewBox && svg.viewBox.baseVal;\n"
    "  svg.style.width = full && vb && vb.width ? (vb.width * 4 / 3) + "
    "'px' : '';\n"
    "  zoom.textContent = full ? 'Fit to page' : 'Full size';\n"
    "  zoom.setAttribute('aria-pressed', full ? 'true' : 'false');\n"
    "});\n"
    "doc.querySelectorAll('#metrics-table tbody tr').forEach(function (r) "
    "{\n"
    "  var td = r.cells[1];\n"
    "  td.title = 'Show the relations of this actor';\n"
    "  td.addEventListener('click', function () {\n"
    "    if (!search) return;\n"
    "    search.value = td.getAttribute('data-v');\n"
    "    applyFilter();\n"
    "    doc.getElementById('relations-section').scrollIntoView();\n"
    "  });\n"
    "});\n"
    "doc.documentElement.setAttribute('data-ready', '1');\n"
    "})();\n";

/* ---- SHA-256 (FIPS 180-4), for the script's CSP hash ---- */

static const uint32_t sha_k[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1,
    0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3,
    0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
    0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147,
    0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
    0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b,
    0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
    0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208,
    0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2};

static uint32_t ror32(uint32_t x, unsigned n)
{
	return (x >> n) | (x << (32 - n));
}

static void sha256_block(uint32_t h[8], const unsigned char *p)
{
	uint32_t w[64], a, b, c, d, e, f, g, hh;

	for (int i = 0; i < 16; i++)
		w[i] = (uint32_t)p[4 * i] << 24 | (uint32_t)p[4 * i + 1] << 16 |
		       (uint32_t)p[4 * i + 2] << 8 | (uint32_t)p[4 * i + 3];
	for (int i = 16; i < 64; i++) {
		uint32_t s0 = ror32(w[i - 15], 7) ^ ror32(w[i - 15], 18) ^
			      (w[i - 15] >> 3);
		uint32_t s1 = ror32(w[i - 2], 17) ^ ror32(w[i - 2], 19) ^
			      (w[i - 2] >> 10);
		w[i] = w[i - 16] + s0 + w[i - 7] + s1;
	}
	a = h[0], b = h[1], c = h[2], d = h[3];
	e = h[4], f = h[5], g = h[6], hh = h[7];
	for (int i = 0; i < 64; i++) {
		uint32_t s1 = ror32(e, 6) ^ ror32(e, 11) ^ ror32(e, 25);
		uint32_t ch = (e & f) ^ (~e & g);
		uint32_t t1 = hh + s1 + ch + sha_k[i] + w[i];
		uint32_t s0 = ror32(a, 2) ^ ror32(a, 13) ^ ror32(a, 22);
		uint32_t mj = (a & b) ^ (a & c) ^ (b & c);
		uint32_t t2 = s0 + mj;
		hh = g, g = f, f = e, e = d + t1;
		d = c, c = b, b = a, a = t1 + t2;
	}
	h[0] += a, h[1] += b, h[2] += c, h[3] += d;
	h[4] += e, h[5] += f, h[6] += g, h[7] += hh;
}

void erg__sha256(const void *data, size_t n, unsigned char out[32])
{
	uint32_t h[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
			 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
	const unsigned char *p = data;
	unsigned char last[128];
	size_t rest = n % 64, tail;
	uint64_t bits = (uint64_t)n * 8;

	for (size_t i = 0; i + 64 <= n; i += 64)
		sha256_block(h, p + i);
	memset(last, 0, sizeof(last));
	memcpy(last, p + (n - rest), rest);
	last[rest] = 0x80;
	tail = rest + 1 + 8 <= 64 ? 64 : 128;
	for (int i = 0; i < 8; i++)
		last[tail - 1 - i] = (unsigned char)(bits >> (8 * i));
	sha256_block(h, last);
	if (tail == 128)
		sha256_block(h, last + 64);
	for (int i = 0; i < 8; i++) {
		out[4 * i] = (unsigned char)(h[i] >> 24);
		out[4 * i + 1] = (unsigned char)(h[i] >> 16);
		out[4 * i + 2] = (unsigned char)(h[i] >> 8);
		out[4 * i + 3] = (unsigned char)h[i];
	}
}

/* Standard base64 of n bytes into out (4 * ceil(n / 3) + 1 bytes). */
static void base64(const unsigned char *in, size_t n, char *out)
{
	static const char tab[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmn"
				  "opqrstuvwxyz0123456789+/";
	size_t o = 0;
	for (size_t i = 0; i < n; i += 3) {
		uint32_t v = (uint32_t)in[i] << 16;
		if (i + 1 < n)
			v |= (uint32_t)in[i + 1] << 8;
		if (i + 2 < n)
			v |= in[i + 2];
		out[o++] = tab[(v >> 18) & 63];
		out[o++] = tab[(v >> 12) & 63];
		out[o++] = i + 1 < n ? tab[(v >> 6) & 63] : '=';
		out[o++] = i + 2 < n ? tab[v & 63] : '=';
	}
	out[o] = '\0';
}

/* ---- the writer ---- */

typedef struct {
	xmlTextWriterPtr w;
	FILE *fp;
	int io_errno; /* first stream error */
	bool oom;
	erg_buf clean; /* sanitised text */
	erg_buf tmp;   /* formatted text */
} rw;

static int rw_write(void *ctx, const char *buf, int len)
{
	rw *s = ctx;
	if (len <= 0)
		return 0;
	if (fwrite(buf, 1, (size_t)len, s->fp) != (size_t)len) {
		if (!s->io_errno)
			s->io_errno = errno ? errno : EIO;
		return -1;
	}
	return len;
}

static int rw_close(void *ctx)
{
	(void)ctx;
	return 0;
}

static void silent_generic(void *ctx, const char *msg, ...)
{
	(void)ctx;
	(void)msg;
}

static void silent_structured(void *ctx, xmlErrorPtr e)
{
	(void)ctx;
	(void)e;
}

/* Valid UTF-8 with every invalid byte replaced by U+FFFD and control
 * characters other than tab and newline dropped; NULL on out of memory
 * or when the cap is hit. The result lives in s->clean. */
static const char *clean(rw *s, const char *text)
{
	size_t n = strlen(text), i = 0;

	erg__buf_reset(&s->clean);
	if (erg__buf_append(&s->clean, "", 0))
		goto fail;
	while (i < n) {
		size_t bad = 0, stop;
		if (erg__utf8_valid(text + i, n - i, &bad))
			stop = n;
		else
			stop = i + bad;
		for (size_t j = i; j < stop; j++) {
			unsigned char c = (unsigned char)text[j];
			if ((c < 0x20 && c != '\t' && c != '\n') || c == 0x7F)
				continue;
			if (erg__buf_putc(&s->clean, (char)c))
				goto fail;
		}
		i = stop;
		if (i < n) {
			if (erg__buf_append(&s->clean, "\xEF\xBF\xBD", 3))
				goto fail;
			i++;
		}
	}
	return s->clean.data ? s->clean.data : "";
fail:
	s->oom = true;
	return NULL;
}

static int start(rw *s, const char *name)
{
	return xmlTextWriterStartElement(s->w, BAD_CAST name) < 0 ? -1 : 0;
}

/* Closes a normal element with an end tag. */
static int end(rw *s)
{
	return xmlTextWriterFullEndElement(s->w) < 0 ? -1 : 0;
}

/* Closes a void element (meta, input): "<meta ... />". */
static int end_void(rw *s)
{
	return xmlTextWriterEndElement(s->w) < 0 ? -1 : 0;
}

static int attr(rw *s, const char *name, const char *value)
{
	const char *v = clean(s, value ? value : "");
	if (!v)
		return -1;
	return xmlTextWriterWriteAttribute(s->w, BAD_CAST name, BAD_CAST v) < 0
		   ? -1
		   : 0;
}

static int text(rw *s, const char *t)
{
	const char *v = clean(s, t ? t : "");
	if (!v)
		return -1;
	if (!*v)
		return 0;
	return xmlTextWriterWriteString(s->w, BAD_CAST v) < 0 ? -1 : 0;
}

#if defined(__GNUC__)
__attribute__((format(printf, 2, 3)))
#endif
static const char *
fmt(rw *s, const char *f, ...)
{
	va_list ap;
	char small[256];
	int n;

	va_start(ap, f);
	n = vsnprintf(small, sizeof(small), f, ap);
	va_end(ap);
	erg__buf_reset(&s->tmp);
	if (n < 0)
		goto fail;
	if ((size_t)n < sizeof(small)) {
		if (erg__buf_append(&s->tmp, small, (size_t)n))
			goto fail;
	} else {
		va_start(ap, f);
		erg_status st = erg__buf_append(&s->tmp, "", 0);
		if (!st) {
			char *big = malloc((size_t)n + 1);
			if (!big) {
				va_end(ap);
				goto fail;
			}
			vsnprintf(big, (size_t)n + 1, f, ap);
			st = erg__buf_append(&s->tmp, big, (size_t)n);
			free(big);
		}
		va_end(ap);
		if (st)
			goto fail;
	}
	if (erg__buf_append(&s->tmp, "", 0))
		goto fail;
	return s->tmp.data ? s->tmp.data : "";
fail:
	s->oom = true;
	return NULL;
}

/* fmt() results must be copied before the next fmt(): these take one. */
static int attr_s(rw *s, const char *name, const char *v)
{
	return v ? attr(s, name, v) : -1;
}

static int text_s(rw *s, const char *v)
{
	return v ? text(s, v) : -1;
}

/* <name class="cls">text</name> */
static int el_text(rw *s, const char *name, const char *cls, const char *t)
{
	if (start(s, name) || (cls && attr(s, "class", cls)) || text(s, t) ||
	    end(s))
		return -1;
	return 0;
}

static int raw(rw *s, const char *t)
{
	return xmlTextWriterWriteRaw(s->w, BAD_CAST t) < 0 ? -1 : 0;
}

/* ---- what the report is about ---- */

typedef struct {
	const char *name;
	size_t count;
} doc_count;

typedef struct {
	const erg_graph *g;
	const erg_report_opts *o;
	const erg_view *view;
	size_t *rels; /* indices of the relations passing the view */
	size_t n_rels;
	bool *in_view; /* per actor: shown */
	size_t n_actors_shown;
	size_t *type_count;
	size_t n_types;
	size_t mod_count[ERG_MOD__COUNT];
	doc_count *docs;
	size_t n_docs;
	size_t n_undocumented;
	const char *date_min;
	const char *date_max;
	const erg_metrics *m;
	erg_metrics *own_metrics;
	erg_metric rank_by;
	size_t *order;
	char *svg; /* sanitised SVG markup, or NULL if unreadable */
} report;

/* Natural order: runs of digits compare as numbers ("doc2" < "doc10"),
 * then byte order breaks ties. */
static int natural_cmp(const char *a, const char *b)
{
	const char *a0 = a, *b0 = b;
	while (*a && *b) {
		if (*a >= '0' && *a <= '9' && *b >= '0' && *b <= '9') {
			const char *ea = a, *eb = b;
			size_t la, lb;
			while (*a == '0' && a[1] >= '0' && a[1] <= '9')
				a++;
			while (*b == '0' && b[1] >= '0' && b[1] <= '9')
				b++;
			for (ea = a; *ea >= '0' && *ea <= '9'; ea++)
				;
			for (eb = b; *eb >= '0' && *eb <= '9'; eb++)
				;
			la = (size_t)(ea - a);
			lb = (size_t)(eb - b);
			if (la != lb)
				return la < lb ? -1 : 1;
			for (; a < ea; a++, b++)
				if (*a != *b)
					return *a < *b ? -1 : 1;
			continue;
		}
		if (*a != *b)
			return (unsigned char)*a < (unsigned char)*b ? -1 : 1;
		a++;
		b++;
	}
	if (*a || *b)
		return *a ? 1 : -1;
	return strcmp(a0, b0);
}

static int doc_cmp(const void *a, const void *b)
{
	return natural_cmp(((const doc_count *)a)->name,
			   ((const doc_count *)b)->name);
}

/* Earliest start and latest end of partial ISO dates: on a common prefix
 * the shorter date covers more. */
static void widen_range(report *r, const char *d)
{
	int c;
	if (!r->date_min) {
		r->date_min = r->date_max = d;
		return;
	}
	c = erg_date_cmp_prefix(d, r->date_min);
	if (c < 0 || (c == 0 && strlen(d) < strlen(r->date_min)))
		r->date_min = d;
	c = erg_date_cmp_prefix(d, r->date_max);
	if (c > 0 || (c == 0 && strlen(d) < strlen(r->date_max)))
		r->date_max = d;
}

static erg_status collect(report *r, erg_error *err)
{
	const erg_graph *g = r->g;
	size_t n_rel = erg_graph_relation_count(g);
	size_t n_act = erg_graph_actor_count(g);
	erg_strmap docs;
	size_t cap = 0;
	erg_status rc = ERG_ENOMEM;

	erg__strmap_init(&docs);
	r->n_types = erg_types_count(erg_graph_types(g));
	r->rels = malloc((n_rel ? n_rel : 1) * sizeof(*r->rels));
	r->in_view = calloc(n_act ? n_act : 1, sizeof(*r->in_view));
	r->type_count =
	    calloc(r->n_types ? r->n_types : 1, sizeof(*r->type_count));
	if (!r->rels || !r->in_view || !r->type_count)
		goto done;
	for (size_t i = 0; i < n_act && !r->view; i++)
		r->in_view[i] = true;
	for (size_t i = 0; i < n_rel; i++) {
		const erg_relation *rel = erg_graph_relation_c(g, i);
		size_t k;
		if (!erg_view_match(r->view, g, rel))
			continue;
		if (rel->source >= n_act || rel->target >= n_act) {
			rc = erg_error_set(err, ERG_EINVAL, NULL, 0, 0,
					   "relation %zu has an endpoint out "
					   "of range",
					   i);
			goto done;
		}
		r->rels[r->n_rels++] = i;
		r->in_view[rel->source] = r->in_view[rel->target] = true;
		if (rel->type < r->n_types)
			r->type_count[rel->type]++;
		if ((unsigned)rel->modality < ERG_MOD__COUNT)
			r->mod_count[rel->modality]++;
		if (rel->date && *rel->date)
			widen_range(r, rel->date);
		if (!rel->doc || !*rel->doc) {
			r->n_undocumented++;
			continue;
		}
		if (erg__strmap_get(&docs, rel->doc, &k) == 0) {
			r->docs[k].count++;
			continue;
		}
		if (erg__grow((void **)&r->docs, &cap, r->n_docs + 1,
			      sizeof(*r->docs)) ||
		    erg__strmap_put(&docs, rel->doc, r->n_docs))
			goto done;
		r->docs[r->n_docs].name = rel->doc;
		r->docs[r->n_docs].count = 1;
		r->n_docs++;
	}
	if (r->n_docs)
		qsort(r->docs, r->n_docs, sizeof(*r->docs), doc_cmp);
	for (size_t i = 0; i < n_act; i++)
		if (r->in_view[i])
			r->n_actors_shown++;
	rc = ERG_OK;
done:
	erg__strmap_free(&docs);
	if (rc == ERG_ENOMEM)
		erg_error_set(err, ERG_ENOMEM, NULL, 0, 0, "out of memory");
	return rc;
}

/* ---- the diagram ---- */

static bool svg_element_allowed(const xmlChar *name)
{
	static const char *const ok[] = {"svg",
					 "g",
					 "title",
					 "desc",
					 "polygon",
					 "polyline",
					 "ellipse",
					 "circle",
					 "rect",
					 "line",
					 "path",
					 "text",
					 "tspan",
					 "a",
					 "defs",
					 "linearGradient",
					 "radialGradient",
					 "stop",
					 "clipPath"};
	for (size_t i = 0; i < sizeof(ok) / sizeof(*ok); i++)
		if (strcmp((const char *)name, ok[i]) == 0)
			return true;
	return false;
}

static bool has_ci(const char *s, const char *needle)
{
	size_t n = strlen(needle);
	for (; *s; s++)
		if (strncasecmp(s, needle, n) == 0)
			return true;
	return false;
}

static void svg_clean_attrs(xmlNodePtr el)
{
	xmlAttrPtr a = el->properties;
	while (a) {
		xmlAttrPtr next = a->next;
		const char *name = (const char *)a->name;
		xmlChar *v = xmlNodeGetContent((xmlNodePtr)a);
		bool drop = false;
		if ((name[0] == 'o' || name[0] == 'O') &&
		    (name[1] == 'n' || name[1] == 'N'))
			drop = true;
		else if (v && has_ci((const char *)v, "javascript:"))
			drop = true;
		else if (strcmp(name, "href") == 0 && (!v || v[0] != '#'))
			drop = true;
		else if (strcmp(name, "style") == 0 && v &&
			 strchr((const char *)v, '('))
			drop = true;
		xmlFree(v);
		if (drop)
			xmlRemoveProp(a);
		a = next;
	}
}

/* Prunes the tree under `parent` to drawing elements (see the header
 * comment). Returns -1 on out of memory. */
static int svg_clean(xmlNodePtr parent)
{
	xmlNodePtr c = parent->children;
	while (c) {
		xmlNodePtr next = c->next;
		switch (c->type) {
		case XML_ELEMENT_NODE:
			if (!c->ns || !c->ns->href ||
			    strcmp((const char *)c->ns->href, SVG_NS) != 0 ||
			    !svg_element_allowed(c->name)) {
				xmlUnlinkNode(c);
				xmlFreeNode(c);
				break;
			}
			svg_clean_attrs(c);
			if (svg_clean(c))
				return -1;
			break;
		case XML_TEXT_NODE:
			break;
		case XML_CDATA_SECTION_NODE:
		case XML_ENTITY_REF_NODE: {
			/* the text it stands for, escaped on output */
			xmlNodePtr t;
			if (c->type == XML_ENTITY_REF_NODE) {
				char buf[256];
				snprintf(buf, sizeof(buf), "&%s;",
					 (const char *)c->name);
				t = xmlNewText(BAD_CAST buf);
			} else {
				t = xmlNewText(c->content);
			}
			if (!t)
				return -1;
			xmlReplaceNode(c, t);
			xmlFreeNode(c);
			break;
		}
		default:
			xmlUnlinkNode(c);
			xmlFreeNode(c);
		}
		c = next;
	}
	return 0;
}

int erg__report_svg_clean(const char *data, size_t len, char **out)
{
	xmlParserCtxtPtr ctxt = NULL;
	xmlDocPtr doc = NULL;
	xmlNodePtr root;
	xmlBufferPtr buf = NULL;
	int rc = -1;

	*out = NULL;
	if (len > INT32_MAX)
		return 0;
	if (!(ctxt = xmlNewParserCtxt()))
		goto done;
	doc = xmlCtxtReadMemory(ctxt, data, (int)len, "diagram.svg", "UTF-8",
				XML_PARSE_NONET | XML_PARSE_NOERROR |
				    XML_PARSE_NOWARNING | XML_PARSE_RECOVER |
				    XML_PARSE_HUGE | XML_PARSE_NOCDATA);
	root = doc ? xmlDocGetRootElement(doc) : NULL;
	if (!root || strcmp((const char *)root->name, "svg") != 0 ||
	    !root->ns || !root->ns->href ||
	    strcmp((const char *)root->ns->href, SVG_NS) != 0) {
		rc = 0;
		goto done;
	}
	svg_clean_attrs(root);
	if (svg_clean(root))
		goto done;
	xmlUnsetProp(root, BAD_CAST "width");
	xmlUnsetProp(root, BAD_CAST "height");
	if (!xmlSetProp(root, BAD_CAST "role", BAD_CAST "img") ||
	    !xmlSetProp(root, BAD_CAST "aria-label",
			BAD_CAST "Network diagram"))
		goto done;
	if (!(buf = xmlBufferCreate()))
		goto done;
	if (xmlNodeDump(buf, doc, root, 0, 0) < 0)
		goto done;
	if (!(*out = erg__strndup((const char *)xmlBufferContent(buf),
				  (size_t)xmlBufferLength(buf))))
		goto done;
	rc = 0;
done:
	xmlBufferFree(buf);
	xmlFreeDoc(doc);
	xmlFreeParserCtxt(ctxt);
	return rc;
}

static erg_status draw_svg(report *r, erg_error *err)
{
	erg_draw_opts d;
	char *data = NULL;
	size_t len = 0;
	FILE *ms;
	erg_status rc;

	if (r->o->draw) {
		d = *r->o->draw;
	} else {
		erg_draw_opts_init(&d);
		d.view = r->view;
		d.metrics = r->m;
		d.footnote = "";
	}
	if (!(ms = open_memstream(&data, &len)))
		return erg_error_set(err, ERG_ENOMEM, NULL, 0, 0,
				     "out of memory");
	rc = erg_draw_fp(r->g, &d, ERG_FORMAT_SVG, ms, err);
	if (fclose(ms) != 0 && !rc)
		rc =
		    erg_error_set(err, ERG_ENOMEM, NULL, 0, 0, "out of memory");
	if (!rc && len > REPORT_SVG_MAX)
		rc = erg_error_set(err, ERG_ELIMIT, NULL, 0, 0,
				   "the diagram is larger than %zu MiB",
				   REPORT_SVG_MAX >> 20);
	if (!rc && erg__report_svg_clean(data, len, &r->svg))
		rc =
		    erg_error_set(err, ERG_ENOMEM, NULL, 0, 0, "out of memory");
	free(data);
	return rc;
}

/* ---- page parts ---- */

static const char *kind_label(const erg_actor *a)
{
	const char *k = erg_kind_name(a->kind);
	return k ? k : "other";
}

static const char *type_name(const report *r, size_t t)
{
	const erg_type *ty = erg_types_get(erg_graph_types(r->g), t);
	return ty && ty->name ? ty->name : ERG_TYPE_RELATED;
}

/* "#RRGGBB" (or #RGB, #RRGGBBAA) only: anything else is not put into a
 * style attribute. */
static bool color_ok(const char *c)
{
	size_t n;
	if (!c || c[0] != '#')
		return false;
	n = strlen(c + 1);
	if (n != 3 && n != 6 && n != 8)
		return false;
	for (size_t i = 1; c[i]; i++)
		if (!strchr("0123456789abcdefABCDEF", c[i]))
			return false;
	return true;
}

static int swatch(rw *s, const report *r, size_t t)
{
	const erg_type *ty = erg_types_get(erg_graph_types(r->g), t);
	if (start(s, "span") || attr(s, "class", "swatch") ||
	    attr(s, "aria-hidden", "true"))
		return -1;
	if (ty && color_ok(ty->color) &&
	    attr_s(s, "style", fmt(s, "background:%s", ty->color)))
		return -1;
	return end(s);
}

/* "in_degree" -> "In degree" */
static const char *metric_title(rw *s, erg_metric k)
{
	const char *name = erg_metric_name(k);
	const char *t = fmt(s, "%s", name ? name : "?");
	if (!t)
		return NULL;
	for (char *p = s->tmp.data; p && *p; p++)
		if (*p == '_')
			*p = ' ';
	if (s->tmp.data && s->tmp.data[0] >= 'a' && s->tmp.data[0] <= 'z')
		s->tmp.data[0] = (char)(s->tmp.data[0] - 'a' + 'A');
	return t;
}

static int stat_item(rw *s, const char *label, const char *value)
{
	if (start(s, "div") || el_text(s, "dt", NULL, label))
		return -1;
	if (start(s, "dd") || text_s(s, value) || end(s) || end(s))
		return -1;
	return 0;
}

static int write_view_line(rw *s, const report *r)
{
	const erg_view *v = r->view;
	bool any = false;

	if (!v)
		return 0;
	if (start(s, "p") || attr(s, "class", "meta") ||
	    el_text(s, "b", NULL, "View: "))
		return -1;
	if (v->n_types) {
		if (text(s, "types "))
			return -1;
		for (size_t i = 0; i < v->n_types; i++)
			if ((i && text(s, ", ")) ||
			    text(s, type_name(r, v->types[i])))
				return -1;
		any = true;
	}
	if (v->modalities && (v->modalities & ((1u << ERG_MOD__COUNT) - 1)) !=
				 ((1u << ERG_MOD__COUNT) - 1)) {
		bool first = true;
		if (text(s, any ? "; modalities " : "modalities "))
			return -1;
		for (int m = 0; m < ERG_MOD__COUNT; m++) {
			if (!(v->modalities & (1u << m)))
				continue;
			if ((!first && text(s, ", ")) ||
			    text(s, erg_modality_name((erg_modality)m)))
				return -1;
			first = false;
		}
		any = true;
	}
	if (v->polarities) {
		static const char *pol[] = {"negative", "neutral", "positive"};
		bool first = true;
		if (text(s, any ? "; polarity " : "polarity "))
			return -1;
		for (int p = 0; p < 3; p++) {
			if (!(v->polarities & (1u << p)))
				continue;
			if ((!first && text(s, ", ")) || text(s, pol[p]))
				return -1;
			first = false;
		}
		any = true;
	}
	if (v->since[0]) {
		if (text(s, any ? "; since " : "since ") || text(s, v->since))
			return -1;
		any = true;
	}
	if (v->until[0]) {
		if (text(s, any ? "; until " : "until ") || text(s, v->until))
			return -1;
		any = true;
	}
	if (v->min_weight > 0) {
		if (text_s(s, fmt(s, "%sweight at least %g", any ? "; " : "",
				  v->min_weight)))
			return -1;
		any = true;
	}
	if (!any && text(s, "every relation"))
		return -1;
	return end(s);
}

/* "Leading actors by pagerank: A, B, C" (the first five in the view). */
static int write_leaders(rw *s, const report *r)
{
	size_t shown = 0;
	const char *by = erg_metric_name(r->rank_by);

	if (!r->n_rels)
		return 0;
	if (start(s, "p") || attr(s, "class", "meta") || start(s, "b") ||
	    text_s(s, fmt(s, "Leading actors by %s: ", by ? by : "?")) ||
	    end(s))
		return -1;
	for (size_t i = 0; i < r->m->n_actors && shown < 5; i++) {
		size_t a = r->order[i];
		if (a >= erg_graph_actor_count(r->g) || !r->in_view[a])
			continue;
		if ((shown && text(s, ", ")) ||
		    text(s, erg_graph_actor_c(r->g, a)->label))
			return -1;
		shown++;
	}
	return end(s);
}

static int write_header(rw *s, const report *r, const char *title)
{
	char num[64];

	if (start(s, "header") || attr(s, "class", "top") || start(s, "div") ||
	    attr(s, "class", "wrap"))
		return -1;
	if (el_text(s, "div", "kicker", "ergraph report") ||
	    el_text(s, "h1", NULL, title))
		return -1;
	if (r->o->subtitle && *r->o->subtitle &&
	    el_text(s, "p", "subtitle", r->o->subtitle))
		return -1;
	/* date range and source documents */
	if (start(s, "p") || attr(s, "class", "meta"))
		return -1;
	if (r->date_min) {
		if (el_text(s, "b", NULL, "Period: ") || text(s, r->date_min))
			return -1;
		if (strcmp(r->date_min, r->date_max) != 0 &&
		    (text(s, " \xE2\x80\x93 ") || text(s, r->date_max)))
			return -1;
	} else if (el_text(s, "b", NULL, "Period: ") ||
		   text(s, "no dated relations")) {
		return -1;
	}
	if (text(s, "  \xC2\xB7  ") ||
	    el_text(s, "b", NULL, "Source documents: "))
		return -1;
	if (!r->n_docs && text(s, "none named"))
		return -1;
	for (size_t i = 0; i < r->n_docs && i < REPORT_DOCS_IN_HEADER; i++)
		if ((i && text(s, ", ")) || text(s, r->docs[i].name))
			return -1;
	if (r->n_docs > REPORT_DOCS_IN_HEADER &&
	    text_s(s, fmt(s, " and %zu more (see Sources)",
			  r->n_docs - REPORT_DOCS_IN_HEADER)))
		return -1;
	if (end(s))
		return -1;
	if (r->o->n_sources) {
		if (start(s, "p") || attr(s, "class", "meta") ||
		    el_text(s, "b", NULL, "Input: "))
			return -1;
		for (size_t i = 0; i < r->o->n_sources; i++)
			if ((i && text(s, ", ")) ||
			    text(s, r->o->sources[i] ? r->o->sources[i] : ""))
				return -1;
		if (end(s))
			return -1;
	}
	if (write_leaders(s, r) || write_view_line(s, r))
		return -1;
	if (start(s, "dl") || attr(s, "class", "stats"))
		return -1;
	snprintf(num, sizeof(num), "%zu", r->n_actors_shown);
	if (stat_item(s, "Actors", num))
		return -1;
	snprintf(num, sizeof(num), "%zu", r->n_rels);
	if (stat_item(s, "Relations", num))
		return -1;
	snprintf(num, sizeof(num), "%zu", r->n_docs);
	if (stat_item(s, "Documents", num))
		return -1;
	{
		size_t nt = 0;
		for (size_t t = 0; t < r->n_types; t++)
			nt += r->type_count[t] > 0;
		snprintf(num, sizeof(num), "%zu", nt);
		if (stat_item(s, "Relation types", num))
			return -1;
	}
	if (r->m && r->m->n_communities) {
		snprintf(num, sizeof(num), "%zu", r->m->n_communities);
		if (stat_item(s, "Communities", num))
			return -1;
	}
	if (end(s)) /* dl */
		return -1;
	return end(s) || end(s) ? -1 : 0; /* div, header */
}

static int write_nav(rw *s, const report *r)
{
	static const char *const items[][2] = {
	    {"#diagram", "Diagram"},
	    {"#metrics", "Metrics"},
	    {"#relations-section", "Relations and evidence"},
	    {"#sources", "Sources"}};
	if (start(s, "nav") || attr(s, "class", "sections") ||
	    attr(s, "aria-label", "Sections") || start(s, "div") ||
	    attr(s, "class", "wrap"))
		return -1;
	for (size_t i = 0; i < sizeof(items) / sizeof(*items); i++) {
		if (i == 0 && !r->o->diagram)
			continue;
		if (start(s, "a") || attr(s, "href", items[i][0]) ||
		    text(s, items[i][1]) || end(s))
			return -1;
	}
	return end(s) || end(s) ? -1 : 0;
}

static int section_start(rw *s, const char *id, const char *title,
			 const char *hint)
{
	if (start(s, "section") || attr(s, "class", "card") ||
	    attr(s, "id", id) || el_text(s, "h2", NULL, title))
		return -1;
	if (hint && el_text(s, "p", "hint", hint))
		return -1;
	return 0;
}

static int write_diagram(rw *s, const report *r)
{
	if (start(s, "section") || attr(s, "class", "card") ||
	    attr(s, "id", "diagram") || start(s, "div") ||
	    attr(s, "class", "section-head") || start(s, "div") ||
	    el_text(s, "h2", NULL, "Network diagram") ||
	    el_text(s, "p", "hint",
		    "Hover over an actor or a line for details. Line colour "
		    "shows the relation type, line style its modality.") ||
	    end(s))
		return -1;
	if (r->svg && (start(s, "button") || attr(s, "type", "button") ||
		       attr(s, "id", "zoom") || attr(s, "class", "tool") ||
		       attr(s, "aria-pressed", "false") ||
		       text(s, "Full size") || end(s)))
		return -1;
	if (end(s))
		return -1;
	if (start(s, "figure") || attr(s, "class", "diagram"))
		return -1;
	if (r->svg) {
		if (raw(s, r->svg))
			return -1;
	} else if (el_text(s, "p", "notice",
			   "The diagram could not be embedded.")) {
		return -1;
	}
	return end(s) || end(s) ? -1 : 0;
}

/* <th> with a sort button; numeric columns sort descending first. `cls`
 * is "num" for numbers (or NULL); `sorted` marks the column the rows are
 * sorted by as written ("ascending"), or NULL. */
static int sort_head_as(rw *s, const char *label, const char *cls,
			const char *tip, const char *sorted)
{
	if (start(s, "th") || attr(s, "data-sort", "1") ||
	    (cls && attr(s, "class", cls)) || attr(s, "scope", "col") ||
	    (sorted && attr(s, "aria-sort", sorted)))
		return -1;
	if (start(s, "button") || attr(s, "type", "button") ||
	    (tip && attr(s, "title", tip)) || text(s, label) || end(s))
		return -1;
	return end(s);
}

static int sort_head(rw *s, const char *label, bool num, const char *tip)
{
	return sort_head_as(s, label, num ? "num" : NULL, tip, NULL);
}

static int num_cell(rw *s, double x, bool integer)
{
	if (!isfinite(x))
		x = 0;
	if (start(s, "td") || attr(s, "class", "num") ||
	    attr_s(s, "data-v", fmt(s, "%.17g", x)))
		return -1;
	if (integer ? text_s(s, fmt(s, "%lld", (long long)x))
		    : text_s(s, fmt(s, "%.4g", x)))
		return -1;
	return end(s);
}

/* Decimals that show about four significant digits of a column's
 * largest value, so that a column is aligned on one format; none when
 * every value is a whole number. */
static int column_decimals(const report *r, erg_metric k)
{
	double max = 0;
	bool whole = true;
	int d;
	for (size_t a = 0; a < r->m->n_actors; a++) {
		double x = r->m->values[k][a];
		if (!r->in_view[a] || !isfinite(x))
			continue;
		if (fabs(x) > max)
			max = fabs(x);
		if (x != floor(x))
			whole = false;
	}
	if (max <= 0 || whole)
		return 0;
	d = 3 - (int)floor(log10(max));
	return d < 0 ? 0 : d > 8 ? 8 : d;
}

/* Metric shown in metric column i: the ranking metric first, then the
 * others in enum order. */
static int column_metric(const report *r, int i)
{
	if (i == 0)
		return (int)r->rank_by;
	return i <= (int)r->rank_by ? i - 1 : i;
}

static double column_max(const report *r, erg_metric k)
{
	double max = 0;
	for (size_t a = 0; a < r->m->n_actors; a++)
		if (r->in_view[a] && isfinite(r->m->values[k][a]) &&
		    r->m->values[k][a] > max)
			max = r->m->values[k][a];
	return max;
}

/* A metric value; the ranking column is bold with a bar showing the value
 * against the column's largest (`bar_max` > 0). */
static int metric_cell(rw *s, double x, bool integer, int decimals,
		       double bar_max)
{
	if (!isfinite(x))
		x = 0;
	if (start(s, "td") ||
	    attr(s, "class", bar_max > 0 ? "num key bar" : "num") ||
	    attr_s(s, "data-v", fmt(s, "%.17g", x)))
		return -1;
	if (bar_max > 0 &&
	    attr_s(s, "style",
		   fmt(s, "--w:%.1f%%", x > 0 ? 100.0 * x / bar_max : 0.0)))
		return -1;
	if (integer ? text_s(s, fmt(s, "%lld", (long long)x))
		    : text_s(s, fmt(s, "%.*f", decimals, x)))
		return -1;
	return end(s);
}

static int write_metrics(rw *s, const report *r)
{
	const erg_metrics *m = r->m;
	size_t rank = 0;
	const char *by = erg_metric_name(r->rank_by);
	int decimals[ERG_METRIC__COUNT];
	double by_max = column_max(r, r->rank_by);

	if (section_start(s, "metrics", "Influence metrics", NULL))
		return -1;
	if (start(s, "p") || attr(s, "class", "hint") ||
	    text_s(s, fmt(s,
			  "Actors ranked by %s over %zu relations, analysed "
			  "as a %s network. Click a column header to sort.",
			  by ? by : "?", m->n_relations,
			  m->directed ? "directed" : "undirected")) ||
	    end(s))
		return -1;
	if (start(s, "div") || attr(s, "class", "table-wrap") ||
	    start(s, "table") || attr(s, "class", "data") ||
	    attr(s, "id", "metrics-table") || start(s, "thead") ||
	    start(s, "tr"))
		return -1;
	if (sort_head_as(s, "Rank", "num", NULL, "ascending") ||
	    sort_head(s, "Actor", false, NULL) ||
	    sort_head(s, "Kind", false, NULL))
		return -1;
	for (int i = 0; i < ERG_METRIC__COUNT; i++) {
		char name[64], label[64];
		const char *t;
		int k = column_metric(r, i);
		if (!erg_metrics_has(m, (erg_metric)k))
			continue;
		decimals[k] = column_decimals(r, (erg_metric)k);
		snprintf(name, sizeof(name), "%s",
			 erg_metric_name((erg_metric)k));
		if (!(t = metric_title(s, (erg_metric)k)))
			return -1;
		snprintf(label, sizeof(label), "%s", t);
		if (sort_head_as(s, label,
				 k == (int)r->rank_by ? "num key" : "num", name,
				 NULL))
			return -1;
	}
	if (end(s) || end(s) || start(s, "tbody")) /* tr, thead */
		return -1;
	for (size_t i = 0; i < m->n_actors; i++) {
		size_t a = r->order[i];
		const erg_actor *act = erg_graph_actor_c(r->g, a);
		if (!act || a >= erg_graph_actor_count(r->g) || !r->in_view[a])
			continue;
		rank++;
		if (start(s, "tr") || num_cell(s, (double)rank, true))
			return -1;
		if (start(s, "td") || attr(s, "data-v", act->label) ||
		    text(s, act->label))
			return -1;
		if (strcmp(act->label, act->id) != 0 &&
		    el_text(s, "span", "sub", act->id))
			return -1;
		if (end(s) || el_text(s, "td", NULL, kind_label(act)))
			return -1;
		for (int col = 0; col < ERG_METRIC__COUNT; col++) {
			int k = column_metric(r, col);
			if (erg_metrics_has(m, (erg_metric)k) &&
			    metric_cell(s, m->values[k][a],
					erg_metric_is_integer((erg_metric)k),
					decimals[k],
					k == (int)r->rank_by ? by_max : 0))
				return -1;
		}
		if (end(s))
			return -1;
	}
	/* tbody, table, div, section */
	return end(s) || end(s) || end(s) || end(s) ? -1 : 0;
}

static int checkbox(rw *s, const char *value, const char *label, size_t count,
		    const report *r, long type)
{
	if (start(s, "label") || attr(s, "class", "chk") || start(s, "input") ||
	    attr(s, "type", "checkbox") || attr(s, "value", value) ||
	    attr(s, "checked", "checked") || end_void(s))
		return -1;
	if (type >= 0 && swatch(s, r, (size_t)type))
		return -1;
	if (text(s, label) || start(s, "span") || attr(s, "class", "n") ||
	    text_s(s, fmt(s, " %zu", count)) || end(s))
		return -1;
	return end(s);
}

static int group_start(rw *s, const char *group, const char *title)
{
	if (start(s, "fieldset") || attr(s, "data-group", group) ||
	    start(s, "legend") || text(s, title))
		return -1;
	if (start(s, "button") || attr(s, "type", "button") ||
	    attr(s, "data-group", group) || attr(s, "data-set", "all") ||
	    text(s, "all") || end(s))
		return -1;
	if (start(s, "button") || attr(s, "type", "button") ||
	    attr(s, "data-group", group) || attr(s, "data-set", "none") ||
	    text(s, "none") || end(s))
		return -1;
	return end(s); /* legend */
}

static int write_filters(rw *s, const report *r)
{
	char value[32];

	if (start(s, "div") || attr(s, "class", "filters") ||
	    attr(s, "id", "filters"))
		return -1;
	if (group_start(s, "type", "Relation type"))
		return -1;
	for (size_t t = 0; t < r->n_types; t++) {
		if (!r->type_count[t])
			continue;
		snprintf(value, sizeof(value), "t%zu", t);
		if (checkbox(s, value, type_name(r, t), r->type_count[t], r,
			     (long)t))
			return -1;
	}
	if (end(s) || group_start(s, "mod", "Modality"))
		return -1;
	for (int m = 0; m < ERG_MOD__COUNT; m++) {
		if (!r->mod_count[m])
			continue;
		snprintf(value, sizeof(value), "m%d", m);
		if (checkbox(s, value, erg_modality_name((erg_modality)m),
			     r->mod_count[m], r, -1))
			return -1;
	}
	if (end(s))
		return -1;
	if (start(s, "div") || attr(s, "class", "search") ||
	    start(s, "label") || attr(s, "for", "q") || text(s, "Search") ||
	    end(s) || start(s, "input") || attr(s, "type", "search") ||
	    attr(s, "id", "q") ||
	    attr(s, "placeholder", "actor, sentence or document") ||
	    end_void(s) || end(s))
		return -1;
	return end(s);
}

static int actor_cell(rw *s, const erg_actor *a)
{
	if (start(s, "td") || attr(s, "class", "actor") ||
	    attr(s, "data-v", a->label) || attr(s, "title", a->id) ||
	    text(s, a->label) || end(s))
		return -1;
	return 0;
}

static int write_relations(rw *s, const report *r)
{
	static const char *const heads[] = {"Source", "Type", "Target",
					    "Modality", "Date"};

	if (section_start(s, "relations-section", "Relations and evidence",
			  "Every relation in the view with the sentence it "
			  "was found in. Filter by type, modality or text; "
			  "click a column header to sort."))
		return -1;
	if (write_filters(s, r))
		return -1;
	if (start(s, "p") || attr(s, "class", "hint") ||
	    attr(s, "id", "shown") || attr(s, "aria-live", "polite") ||
	    text_s(s, fmt(s, "%zu relations", r->n_rels)) || end(s))
		return -1;
	if (start(s, "div") || attr(s, "class", "table-wrap") ||
	    start(s, "table") || attr(s, "class", "data") ||
	    attr(s, "id", "relations") || start(s, "thead") || start(s, "tr"))
		return -1;
	if (sort_head_as(s, "#", "num", "order in the input", "ascending"))
		return -1;
	for (size_t i = 0; i < sizeof(heads) / sizeof(*heads); i++)
		if (sort_head(s, heads[i], false, NULL))
			return -1;
	if (sort_head(s, "Weight", true, NULL) ||
	    sort_head(s, "Evidence", false, NULL) ||
	    sort_head(s, "Document", false, NULL) ||
	    sort_head(s, "Offset", true, "byte offset in the document"))
		return -1;
	if (end(s) || end(s) || start(s, "tbody"))
		return -1;
	for (size_t i = 0; i < r->n_rels; i++) {
		const erg_relation *rel =
		    erg_graph_relation_c(r->g, r->rels[i]);
		const erg_actor *src = erg_graph_actor_c(r->g, rel->source);
		const erg_actor *dst = erg_graph_actor_c(r->g, rel->target);
		const char *mod = erg_modality_name(rel->modality);
		if (start(s, "tr") ||
		    attr_s(s, "data-type", fmt(s, "t%zu", rel->type)) ||
		    attr_s(s, "data-mod", fmt(s, "m%d", (int)rel->modality)))
			return -1;
		if (num_cell(s, (double)(r->rels[i] + 1), true) ||
		    actor_cell(s, src))
			return -1;
		if (start(s, "td") || attr(s, "class", "nowrap") ||
		    attr(s, "data-v", type_name(r, rel->type)) ||
		    swatch(s, r, rel->type) || text(s, type_name(r, rel->type)))
			return -1;
		if (start(s, "span") || attr(s, "class", "dir") ||
		    attr(s, "title", rel->directed ? "directed" : "mutual") ||
		    text(s,
			 rel->directed ? " \xE2\x86\x92" : " \xE2\x86\x94") ||
		    end(s) || end(s))
			return -1;
		if (actor_cell(s, dst))
			return -1;
		if (start(s, "td") || attr(s, "data-v", mod ? mod : "") ||
		    el_text(s, "span", "badge", mod ? mod : "?") || end(s))
			return -1;
		if (rel->date && *rel->date) {
			if (el_text(s, "td", "nowrap", rel->date))
				return -1;
		} else if (start(s, "td") || attr(s, "data-v", "") ||
			   el_text(s, "span", "none", "undated") || end(s)) {
			return -1;
		}
		if (num_cell(s, rel->weight, false))
			return -1;
		if (rel->evidence && *rel->evidence) {
			if (el_text(s, "td", "evidence", rel->evidence))
				return -1;
		} else if (start(s, "td") || attr(s, "class", "evidence") ||
			   attr(s, "data-v", "") ||
			   el_text(s, "span", "none", "no sentence") ||
			   end(s)) {
			return -1;
		}
		if (el_text(s, "td", "doc", rel->doc ? rel->doc : ""))
			return -1;
		if (rel->offset >= 0) {
			if (num_cell(s, (double)rel->offset, true))
				return -1;
		} else if (start(s, "td") || attr(s, "class", "num") ||
			   attr(s, "data-v", "-1") || end(s)) {
			return -1;
		}
		if (end(s))
			return -1;
	}
	return end(s) || end(s) || end(s) || end(s) ? -1 : 0;
}

static int write_sources(rw *s, const report *r)
{
	if (section_start(s, "sources", "Sources",
			  "Documents the relations in the view come from, "
			  "with the number of relations each gives."))
		return -1;
	if (!r->n_docs && el_text(s, "p", NULL, "No document is named."))
		return -1;
	if (r->n_docs) {
		if (start(s, "ul") || attr(s, "class", "docs"))
			return -1;
		for (size_t i = 0; i < r->n_docs; i++)
			if (start(s, "li") || text(s, r->docs[i].name) ||
			    text_s(s, fmt(s, " (%zu)", r->docs[i].count)) ||
			    end(s))
				return -1;
		if (end(s))
			return -1;
	}
	if (r->n_undocumented &&
	    (start(s, "p") || attr(s, "class", "hint") ||
	     text_s(s, fmt(s, "%zu relations name no document.",
			   r->n_undocumented)) ||
	     end(s)))
		return -1;
	return end(s);
}

static int write_page(rw *s, const report *r, const char *csp,
		      const char *title)
{
	if (raw(s, "<!DOCTYPE html>\n") || start(s, "html") ||
	    attr(s, "lang", "en") || start(s, "head"))
		return -1;
	if (start(s, "meta") || attr(s, "charset", "utf-8") || end_void(s) ||
	    start(s, "meta") ||
	    attr(s, "http-equiv", "Content-Security-Policy") ||
	    attr(s, "content", csp) || end_void(s) || start(s, "meta") ||
	    attr(s, "name", "viewport") ||
	    attr(s, "content", "width=device-width, initial-scale=1") ||
	    end_void(s) || start(s, "meta") || attr(s, "name", "generator") ||
	    attr(s, "content", "ergraph " ERG_VERSION_STRING) || end_void(s))
		return -1;
	if (el_text(s, "title", NULL, title) || start(s, "style") ||
	    raw(s, report_css) || end(s) || end(s)) /* style, head */
		return -1;
	if (start(s, "body") || write_header(s, r, title) || write_nav(s, r))
		return -1;
	if (start(s, "main") || attr(s, "class", "wrap"))
		return -1;
	if (r->o->diagram && write_diagram(s, r))
		return -1;
	if (write_metrics(s, r) || write_relations(s, r) ||
	    write_sources(s, r) || end(s)) /* main */
		return -1;
	if (start(s, "footer") || attr(s, "class", "wrap") ||
	    text(s, "Generated by ergraph " ERG_VERSION_STRING
		    ". This page is self-contained: it needs no network "
		    "access.") ||
	    end(s))
		return -1;
	if (start(s, "script") || raw(s, report_js) || end(s))
		return -1;
	if (end(s) || end(s)) /* body, html */
		return -1;
	return xmlTextWriterEndDocument(s->w) < 0 ||
		       xmlTextWriterFlush(s->w) < 0
		   ? -1
		   : 0;
}

void erg_report_opts_init(erg_report_opts *o)
{
	memset(o, 0, sizeof(*o));
	o->rank_by = ERG_METRIC_PAGERANK;
	o->diagram = true;
}

static erg_metric pick_rank(const erg_metrics *m, int want)
{
	if (want >= 0 && want < ERG_METRIC__COUNT &&
	    erg_metrics_has(m, (erg_metric)want))
		return (erg_metric)want;
	if (erg_metrics_has(m, ERG_METRIC_DEGREE))
		return ERG_METRIC_DEGREE;
	for (int k = 0; k < ERG_METRIC__COUNT; k++)
		if (erg_metrics_has(m, (erg_metric)k))
			return (erg_metric)k;
	return ERG_METRIC_DEGREE;
}

erg_status erg_report_write_fp(const erg_graph *g, const erg_report_opts *opts,
			       FILE *fp, erg_error *err)
{
	erg_report_opts defaults;
	report r;
	rw s;
	xmlOutputBufferPtr ob = NULL;
	unsigned char digest[32];
	char hash[48], csp[256];
	const char *title;
	erg_status rc = ERG_OK;
	xmlGenericErrorFunc old_generic;
	void *old_generic_ctx, *old_structured_ctx;
	xmlStructuredErrorFunc old_structured;

	if (!opts) {
		erg_report_opts_init(&defaults);
		opts = &defaults;
	}
	memset(&r, 0, sizeof(r));
	memset(&s, 0, sizeof(s));
	r.g = g;
	r.o = opts;
	r.view = opts->view;
	s.fp = fp;
	erg__buf_init(&s.clean, REPORT_TEXT_MAX);
	erg__buf_init(&s.tmp, REPORT_TEXT_MAX);
	xmlInitParser();
	old_generic = xmlGenericError;
	old_generic_ctx = xmlGenericErrorContext;
	old_structured = xmlStructuredError;
	old_structured_ctx = xmlStructuredErrorContext;
	xmlSetGenericErrorFunc(NULL, silent_generic);
	xmlSetStructuredErrorFunc(NULL, silent_structured);

	if ((rc = collect(&r, err)))
		goto done;
	r.m = opts->metrics;
	if (!r.m) {
		if ((rc = erg_analyze(g, r.view, NULL, &r.own_metrics, err)))
			goto done;
		r.m = r.own_metrics;
	}
	if (r.m->n_actors != erg_graph_actor_count(g)) {
		rc = erg_error_set(err, ERG_EINVAL, NULL, 0, 0,
				   "the metrics are for %zu actors, the graph "
				   "has %zu",
				   r.m->n_actors, erg_graph_actor_count(g));
		goto done;
	}
	r.rank_by = pick_rank(r.m, opts->rank_by);
	if ((rc = erg_metrics_rank(g, r.m, r.rank_by, &r.order, err)))
		goto done;
	if (opts->diagram && (rc = draw_svg(&r, err)))
		goto done;
	/* draw_svg used libxml2's parser, which may have reset handlers */
	xmlSetGenericErrorFunc(NULL, silent_generic);
	xmlSetStructuredErrorFunc(NULL, silent_structured);

	erg__sha256(report_js, strlen(report_js), digest);
	base64(digest, sizeof(digest), hash);
	snprintf(csp, sizeof(csp),
		 "default-src 'none'; script-src 'sha256-%s'; style-src "
		 "'unsafe-inline'; base-uri 'none'; "
		 "form-action 'none'",
		 hash);
	/* the graph's title attribute, never its GraphML id ("G") */
	title = opts->title && *opts->title ? opts->title
		: erg__graph_title(g)   ? erg__graph_title(g)
					: "Actor network report";

	if (!(ob = xmlOutputBufferCreateIO(rw_write, rw_close, &s, NULL)))
		goto oom;
	if (!(s.w = xmlNewTextWriter(ob))) {
		xmlOutputBufferClose(ob);
		goto oom;
	}
	if (write_page(&s, &r, csp, title) || s.io_errno || fflush(fp) != 0 ||
	    ferror(fp)) {
		if (s.oom)
			goto oom;
		rc = erg_error_set(
		    err, ERG_EIO, NULL, 0, 0, "cannot write the report: %s",
		    strerror(s.io_errno ? s.io_errno : (errno ? errno : EIO)));
		goto done;
	}
	goto done;
oom:
	rc = erg_error_set(err, ERG_ENOMEM, NULL, 0, 0, "out of memory");
done:
	if (s.w)
		xmlFreeTextWriter(s.w);
	erg__buf_free(&s.clean);
	erg__buf_free(&s.tmp);
	free(r.rels);
	free(r.in_view);
	free(r.type_count);
	free(r.docs);
	free(r.order);
	free(r.svg);
	erg_metrics_free(r.own_metrics);
	xmlSetGenericErrorFunc(old_generic_ctx, old_generic);
	xmlSetStructuredErrorFunc(old_structured_ctx, old_structured);
	return rc;
}

erg_status erg_report_write_file(const erg_graph *g,
				 const erg_report_opts *opts, const char *path,
				 erg_error *err)
{
	erg_atomic *a;
	FILE *fp;
	erg_status rc = erg_atomic_open(&a, path, &fp, err);

	if (rc)
		return rc;
	rc = erg_report_write_fp(g, opts, fp, err);
	if (rc) {
		erg_atomic_abort(a);
		if (rc == ERG_EIO && err) {
			char msg[ERG_ERROR_MSG_MAX];
			snprintf(msg, sizeof(msg), "%s", err->message);
			erg_error_set(err, rc, NULL, 0, 0, "%s (%s)", msg,
				      path);
		}
		return rc;
	}
	return erg_atomic_commit(a, err);
}
