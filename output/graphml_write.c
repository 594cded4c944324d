/*
 * graphml_write.c - GraphML writer (see ergraph/output.h).
 *
 * Written with libxml2's xmlTextWriter through an output buffer whose
 * write callback stages 1 MiB for fwrite, so that stream errors (a full
 * disk) surface as ERG_EIO. Every element, attribute and text goes
 * through libxml2, which escapes it; text is first sanitised (characters
 * XML 1.0 forbids and bytes that are not UTF-8 become U+FFFD). The
 * document, keys and <graph> go through the writer's element calls. The
 * <node> and <edge> elements with their <data> children, the bulk of a
 * document (an edge of an ingested text has eight or nine <data>), are
 * cheaper: their markup, laid out as the writer's indentation would, is
 * passed to the writer as raw text; an id attribute is copied as it is
 * when it is printable ASCII without " & < > (else libxml2 escapes it, in
 * a writer to memory); each string value is escaped as libxml2's
 * xmlOutputBufferWriteEscape escapes text (& < > and CR become
 * references, put_text), into the same pending markup, which reaches the
 * writer in 4 KB pieces. One writer element call per <data> cost ten
 * times more, and the writer's calls for <node> and <edge> and their
 * attributes were still half of the writer's instructions. Layout of the
 * document:
 *
 *   <graphml xmlns=... xsi:schemaLocation=...>
 *     <key .../>      reserved node keys, reserved edge keys, free keys
 *     <graph id="name or G" edgedefault="directed">
 *       <data/>       free graph attributes
 *       <node id>     label, kind, aliases?, affiliation?, free attributes
 *       <edge id source target>
 *                     type, polarity, symmetric, modality, date?, weight,
 *                     evidence?, doc?, offset?, free attributes
 *
 * Key ids are "d0", "d1", ... in declaration order (always valid and
 * unique across domains). label/kind/type/polarity/symmetric/modality/
 * weight are always declared; aliases/affiliation/date/evidence/doc/offset
 * only when some element has a value, so that NetworkX and igraph do not
 * invent empty strings. <data> is written only for values that are set.
 * Direction is never written per edge: every edge lives under
 * edgedefault="directed" and an undirected relation carries
 * symmetric=true. Doubles use %.17g (NaN, INF, -INF) and round-trip
 * exactly. Characters XML 1.0 forbids (C0 controls other than tab,
 * newline and carriage return, U+FFFE, U+FFFF) and bytes that are not
 * UTF-8 are replaced by U+FFFD.
 *
 * A free key whose (domain, name) equals a reserved field name is still
 * written under its own id; readers will see two keys of that name.
 * Time: O(V + E + total attributes).
 */
#include "ergraph/output.h"

#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/globals.h>
#include <libxml/xmlIO.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlwriter.h>

#include "util_internal.h"

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#define GRAPHML_NS "http://graphml.graphdrawing.org/xmlns"
#define GRAPHML_SCHEMA                                                         \
	"http://graphml.graphdrawing.org/xmlns "                               \
	"http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"
#define XSI_NS "http://www.w3.org/2001/XMLSchema-instance"

/* Reserved keys, in declaration order. */
enum {
	RK_LABEL,
	RK_KIND,
	RK_ALIASES,
	RK_AFFILIATION,
	RK_TYPE,
	RK_POLARITY,
	RK_SYMMETRIC,
	RK_MODALITY,
	RK_DATE,
	RK_WEIGHT,
	RK_EVIDENCE,
	RK_DOC,
	RK_OFFSET,
	RK__COUNT
};

static const struct {
	const char *name;
	const char *domain;
	const char *type;
	bool always;
} reserved[RK__COUNT] = {
    {"label", "node", "string", true},
    {"kind", "node", "string", true},
    {"aliases", "node", "string", false},
    {"affiliation", "node", "string", false},
    {"type", "edge", "string", true},
    {"polarity", "edge", "int", true},
    {"symmetric", "edge", "boolean", true},
    {"modality", "edge", "string", true},
    {"date", "edge", "string", false},
    {"weight", "edge", "double", true},
    {"evidence", "edge", "string", false},
    {"doc", "edge", "string", false},
    {"offset", "edge", "long", false},
};

#define STAGE_SIZE ((size_t)1 << 20)

typedef struct {
	char tag[32]; /* <data key="d<n>"> */
	size_t len;
} gw_tag;

/* A string escaped once for the many elements that repeat it. */
#define ESC_SLOTS 128
typedef struct {
	const char *src;
	char *esc;
	size_t len;
} gw_esc;

typedef struct {
	xmlTextWriterPtr w;
	xmlOutputBufferPtr ob; /* the writer's output buffer */
	FILE *fp;
	int io_errno; /* first stream error, 0 if none */
	bool oom;
	char rk_id[RK__COUNT][16]; /* "" when not declared */
	char (*fk_id)[16];	   /* per free key */
	char *scratch;		   /* sanitised text */
	size_t scratch_cap;
	erg_buf join;		  /* aliases joined with '|' */
	erg_buf tmp;		  /* an escaped attribute value */
	erg_buf aid;		  /* the actors' ids, escaped, one after another */
	size_t *aid_off;	  /* per actor: its id in aid; n_actors + 1 */
	gw_tag rk_tag[RK__COUNT]; /* <data key="..."> per reserved key */
	gw_tag *fk_tag;		  /* per free key */
	gw_esc esc[ESC_SLOTS];	  /* escaped names, by pointer (put_name) */
	char *doc_src, *doc_esc;  /* the latest doc and its escaped form */
	size_t doc_len;
	char raw[4096]; /* pending markup for the writer (raw_flush) */
	/* where raw markup goes: raw (for the writer), or, in direct mode,
	 * the stage itself (rn is then the stage's length) */
	char *rb;
	size_t rn, rcap;
	char *stage; /* bytes waiting for fwrite */
	size_t stage_len;
	char num[64];
	bool direct; /* raw markup bypasses the writer (raw_out) */
} gw;

static int stage_flush(gw *s)
{
	if (s->stage_len &&
	    fwrite(s->stage, 1, s->stage_len, s->fp) != s->stage_len) {
		if (!s->io_errno)
			s->io_errno = errno ? errno : EIO;
		return -1;
	}
	s->stage_len = 0;
	return 0;
}

/* libxml2 hands over about 4 KB at a time: staged into 1 MiB writes. */
static int gw_write(void *ctx, const char *buf, int len)
{
	gw *s = ctx;
	size_t n = len > 0 ? (size_t)len : 0;
	if (s->io_errno)
		return -1;
	if (s->stage_len + n > STAGE_SIZE && stage_flush(s) < 0)
		return -1;
	if (n >= STAGE_SIZE) {
		if (fwrite(buf, 1, n, s->fp) != n) {
			if (!s->io_errno)
				s->io_errno = errno ? errno : EIO;
			return -1;
		}
		return len;
	}
	memcpy(s->stage + s->stage_len, buf, n);
	s->stage_len += n;
	return len;
}

static int gw_close(void *ctx)
{
	return 0;
}

/* libxml2 reports I/O errors through its global handlers, which print by
 * default; the writer installs these for the duration of a call and
 * restores the previous ones. */
static void silent_generic(void *ctx, const char *msg, ...)
{
}

static void silent_structured(void *ctx, xmlErrorPtr e)
{
}

/* Length of the valid UTF-8 sequence at s (n bytes left) and its code
 * point, or 0 if the bytes there are not valid UTF-8. */
static size_t utf8_decode(const unsigned char *s, size_t n, uint32_t *cp)
{
	uint32_t c = s[0];
	size_t len, i;

	if (c < 0x80) {
		*cp = c;
		return 1;
	} else if (c >= 0xC2 && c <= 0xDF) {
		len = 2;
		c &= 0x1F;
	} else if (c >= 0xE0 && c <= 0xEF) {
		len = 3;
		c &= 0x0F;
	} else if (c >= 0xF0 && c <= 0xF4) {
		len = 4;
		c &= 0x07;
	} else {
		return 0;
	}
	if (n < len)
		return 0;
	for (i = 1; i < len; i++) {
		if ((s[i] & 0xC0) != 0x80)
			return 0;
		c = (c << 6) | (s[i] & 0x3F);
	}
	if ((len == 3 && (c < 0x800 || (c >= 0xD800 && c <= 0xDFFF))) ||
	    (len == 4 && (c < 0x10000 || c > 0x10FFFF)))
		return 0;
	*cp = c;
	return len;
}

static bool xml_char_ok(uint32_t c)
{
	if (c < 0x20)
		return c == '\t' || c == '\n' || c == '\r';
	return c != 0xFFFE && c != 0xFFFF;
}

/* `s` itself when it is valid UTF-8 made of XML 1.0 characters, else a
 * copy in s->scratch with every offending character or byte replaced by
 * U+FFFD. NULL on out of memory. */
static const char *sanitize(gw *s, const char *text)
{
	const unsigned char *p = (const unsigned char *)text;
	size_t n = strlen(text), i = 0, o = 0;
	bool clean = true;

	/* eight bytes at a time while all are in 0x20..0x7F: adding 0x60 to
	 * a byte below 0x80 sets its high bit iff it is >= 0x20 (no carry
	 * crosses bytes) */
	for (; i + 8 <= n; i += 8) {
		const uint64_t hi = 0x8080808080808080ULL;
		uint64_t w;
		memcpy(&w, p + i, 8);
		if ((w & hi) || (~((w & ~hi) + 0x6060606060606060ULL) & hi))
			break;
	}
	for (; i < n; i++) {
		if (p[i] >= 0x80 || (p[i] < 0x20 && p[i] != '\t' &&
				     p[i] != '\n' && p[i] != '\r')) {
			clean = false;
			break;
		}
	}
	if (clean)
		return text;
	/* bytes >= 0x80 may still be fine: check properly */
	for (i = 0; i < n;) {
		uint32_t cp;
		size_t len = utf8_decode(p + i, n - i, &cp);
		if (!len || !xml_char_ok(cp))
			break;
		i += len;
	}
	if (i == n)
		return text;
	/* each bad byte becomes 3 bytes */
	if (n > (SIZE_MAX - 1) / 3) {
		s->oom = true;
		return NULL;
	}
	if (3 * n + 1 > s->scratch_cap) {
		char *q = realloc(s->scratch, 3 * n + 1);
		if (!q) {
			s->oom = true;
			return NULL;
		}
		s->scratch = q;
		s->scratch_cap = 3 * n + 1;
	}
	for (i = 0; i < n;) {
		uint32_t cp;
		size_t len = utf8_decode(p + i, n - i, &cp);
		if (len && xml_char_ok(cp)) {
			memcpy(s->scratch + o, p + i, len);
			o += len;
			i += len;
		} else {
			memcpy(s->scratch + o, "\xEF\xBF\xBD", 3);
			o += 3;
			i += len ? len : 1;
		}
	}
	s->scratch[o] = '\0';
	return s->scratch;
}

#define CHK(expr)                                                              \
	do {                                                                   \
		if ((expr) < 0)                                                \
			goto fail;                                             \
	} while (0)

/* Writes an attribute with sanitised text. */
static int put_attr(gw *s, const char *name, const char *value)
{
	const char *v = sanitize(s, value);
	if (!v)
		return -1;
	return xmlTextWriterWriteAttribute(s->w, BAD_CAST name, BAD_CAST v);
}

/* ---- <data> children of nodes, edges and the graph ---- */

static int raw_flush(gw *s);
static int raw_add_slow(gw *s, const char *p, size_t n);

/* Appends markup: a copy into the buffer in the common case (inline, so
 * that the many short literals are copied without a call). */
static inline int raw_add(gw *s, const char *p, size_t n)
{
	if (n <= s->rcap - s->rn) {
		memcpy(s->rb + s->rn, p, n);
		s->rn += n;
		return 0;
	}
	return raw_add_slow(s, p, n);
}

/* Raw markup out: to the writer, or, between the <graph> start tag and
 * its end (s->direct: the writer has nothing pending and only raw text
 * comes until then), straight to the staging buffer, one copy fewer. */
static int raw_out(gw *s, const char *p, size_t n)
{
	if (!s->direct)
		return xmlTextWriterWriteRawLen(s->w, BAD_CAST p, (int)n) < 0
			   ? -1
			   : 0;
	while (n) {
		int k = n > ((size_t)1 << 30) ? 1 << 30 : (int)n;
		if (gw_write(s, p, k) < 0)
			return -1;
		p += k;
		n -= (size_t)k;
	}
	return 0;
}
#define RAW(s, lit) raw_add((s), (lit), sizeof(lit) - 1)

/* True when xmlTextWriterWriteAttribute writes v[0..n) as it is: printable
 * ASCII other than " & < > (every node and edge id ergraph makes). */
static bool attr_plain(const char *v, size_t *n)
{
	size_t i = 0;
	for (; v[i]; i++) {
		unsigned char b = (unsigned char)v[i];
		if (b < 0x20 || b >= 0x7F || b == '"' || b == '&' || b == '<' ||
		    b == '>')
			return false;
	}
	*n = i;
	return true;
}

/* Appends value to out, sanitised and escaped exactly as
 * xmlTextWriterWriteAttribute escapes it: as it is when plain, else by
 * libxml2 itself (a writer to memory set up like the document's:
 * `<a v="..."/>`, then the quoted part is copied). */
static int attr_escape(gw *s, const char *value, erg_buf *out)
{
	const char *v = sanitize(s, value);
	xmlBufferPtr mb;
	xmlTextWriterPtr mw;
	const char *p, *q;
	size_t n;
	int rc = -1;
	if (!v)
		return -1;
	if (attr_plain(v, &n)) {
		if (erg__buf_append(out, v, n)) {
			s->oom = true;
			return -1;
		}
		return 0;
	}
	if (!(mb = xmlBufferCreate())) {
		s->oom = true;
		return -1;
	}
	if (!(mw = xmlNewTextWriterMemory(mb, 0))) {
		s->oom = true;
		xmlBufferFree(mb);
		return -1;
	}
	if (xmlTextWriterStartDocument(mw, "1.0", "UTF-8", NULL) >= 0 &&
	    xmlTextWriterStartElement(mw, BAD_CAST "a") >= 0 &&
	    xmlTextWriterWriteAttribute(mw, BAD_CAST "v", BAD_CAST v) >= 0 &&
	    xmlTextWriterEndDocument(mw) >= 0) {
		xmlFreeTextWriter(mw); /* flushes into mb */
		mw = NULL;
		p = strstr((const char *)xmlBufferContent(mb), "<a v=\"");
		q = p ? strrchr(p, '"') : NULL;
		if (p && q && q >= p + 6) {
			rc = erg__buf_append(out, p + 6, (size_t)(q - (p + 6)))
				 ? -1
				 : 0;
			if (rc)
				s->oom = true;
		}
	}
	if (mw)
		xmlFreeTextWriter(mw);
	xmlBufferFree(mb);
	return rc;
}

/* ` name="value"` as pending markup (value escaped by attr_escape). */
static int raw_attr(gw *s, const char *name, const char *value)
{
	erg__buf_reset(&s->tmp);
	if (attr_escape(s, value, &s->tmp) < 0 || raw_add(s, " ", 1) < 0 ||
	    raw_add(s, name, strlen(name)) < 0 || RAW(s, "=\"") < 0 ||
	    raw_add(s, s->tmp.data ? s->tmp.data : "", s->tmp.len) < 0 ||
	    RAW(s, "\"") < 0)
		return -1;
	return 0;
}

/* ` name="<id of actor i>"` from the ids escaped once (s->aid). */
static int raw_actor_attr(gw *s, const char *name, size_t name_len,
			  size_t i)
{
	if (raw_add(s, name, name_len) < 0 ||
	    raw_add(s, s->aid.data + s->aid_off[i],
		    s->aid_off[i + 1] - s->aid_off[i]) < 0 ||
	    RAW(s, "\"") < 0)
		return -1;
	return 0;
}

static int raw_add_slow(gw *s, const char *p, size_t n)
{
	if (raw_flush(s) < 0)
		return -1;
	if (n > s->rcap - s->rn) {
		int rc = raw_out(s, p, n);
		if (s->direct)
			s->rn = s->stage_len;
		return rc;
	}
	memcpy(s->rb + s->rn, p, n);
	s->rn += n;
	return 0;
}

/* Passes the pending markup to the writer as raw text. The writer first
 * closes a start tag left open ("<edge id=... source=... target=..."
 * gets its '>'), so that libxml2 may then escape text straight into its
 * output buffer. */
static int raw_flush(gw *s)
{
	int rc;
	if (!s->rn)
		return 0;
	if (s->direct) {
		s->stage_len = s->rn;
		rc = stage_flush(s);
		s->rn = s->stage_len;
		return rc;
	}
	rc = raw_out(s, s->raw, s->rn);
	s->rn = 0;
	return rc;
}

/* Direct mode on (the writer has flushed: its bytes are in the stage)
 * or off (the stage keeps the markup, the writer's bytes follow). */
static void raw_direct(gw *s, bool on)
{
	if (on) {
		s->rb = s->stage;
		s->rn = s->stage_len;
		s->rcap = STAGE_SIZE;
	} else {
		s->stage_len = s->rn;
		s->rb = s->raw;
		s->rn = 0;
		s->rcap = sizeof(s->raw);
	}
	s->direct = on;
}

/* A newline and the indentation of depth d (the writer's: two spaces a
 * level; <graph> is at depth 1). */
static int raw_indent(gw *s, int d)
{
	static const char ind[] = "\n        ";
	return raw_add(s, ind, 1 + 2 * (size_t)d);
}

/* `<data key="d<n>">` of each key, made once. */
static void data_tag(gw_tag *t, const char *id)
{
	int n = snprintf(t->tag, sizeof(t->tag), "<data key=\"%s\">", id);
	t->len = n > 0 && (size_t)n < sizeof(t->tag) ? (size_t)n : 0;
}

/* Character data: sanitised, then escaped into the pending markup as
 * libxml2's xmlOutputBufferWriteEscape (xmlEscapeContent) escapes it:
 * < > & and CR become &lt; &gt; &amp; &#13;, every other byte is copied
 * (runs between them in one piece). esc_copy below gives the same bytes
 * through libxml2. */
/* True when put_text copies v[0..n) as it is: printable ASCII (0x20 to
 * 0x7F), tab and newline, and none of < > & (the evidence sentences,
 * nearly always), checked sixteen bytes a step. */
static bool text_plain(const char *v, size_t n)
{
	size_t i = 0;
#ifdef __SSE2__
	for (; i + 16 <= n; i += 16) {
		__m128i x = _mm_loadu_si128((const __m128i *)(const void *)(v + i));
		/* signed: bytes below 0x20 and bytes >= 0x80 */
		__m128i bad = _mm_andnot_si128(
		    _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('\t')),
				 _mm_cmpeq_epi8(x, _mm_set1_epi8('\n'))),
		    _mm_cmplt_epi8(x, _mm_set1_epi8(0x20)));
		/* '<' and '>' differ in bit 1 only */
		bad = _mm_or_si128(
		    bad, _mm_cmpeq_epi8(_mm_or_si128(x, _mm_set1_epi8(2)),
					_mm_set1_epi8('>')));
		bad = _mm_or_si128(bad, _mm_cmpeq_epi8(x, _mm_set1_epi8('&')));
		if (_mm_movemask_epi8(bad))
			return false;
	}
#endif
	for (; i < n; i++) {
		unsigned char b = (unsigned char)v[i];
		if (b >= 0x80 || (b < 0x20 && b != '\t' && b != '\n') ||
		    b == '<' || b == '>' || b == '&')
			return false;
	}
	return true;
}

static int put_text(gw *s, const char *text)
{
	size_t n = strlen(text);
	const char *v;
	if (text_plain(text, n))
		return raw_add(s, text, n);
	if (!(v = sanitize(s, text)))
		return -1;
	for (;;) {
		size_t k = strcspn(v, "<>&\r");
		if (k && raw_add(s, v, k) < 0)
			return -1;
		v += k;
		if (!*v)
			return 0;
		if ((*v == '<'	 ? RAW(s, "&lt;")
		     : *v == '>' ? RAW(s, "&gt;")
		     : *v == '&' ? RAW(s, "&amp;")
				 : RAW(s, "&#13;")) < 0)
			return -1;
		v++;
	}
}

/* <data key="id">text</data> at depth d. */
static int put_data(gw *s, int d, const gw_tag *k, const char *text)
{
	if (raw_indent(s, d) < 0 || raw_add(s, k->tag, k->len) < 0 ||
	    put_text(s, text) < 0 || RAW(s, "</data>") < 0)
		return -1;
	return 0;
}

/* Escapes text as put_text writes it (sanitised, then libxml2's
 * xmlOutputBufferWriteEscape, here into a memory buffer) into a new
 * string *out of *len bytes. */
static int esc_copy(gw *s, const char *text, char **out, size_t *len)
{
	const char *v = sanitize(s, text);
	xmlOutputBufferPtr mb;
	size_t n = 0;
	char *p;
	if (!v)
		return -1;
	if (!(mb = xmlAllocOutputBuffer(NULL))) {
		s->oom = true;
		return -1;
	}
	if (*v) {
		if (xmlOutputBufferWriteEscape(mb, BAD_CAST v, NULL) < 0) {
			xmlOutputBufferClose(mb);
			return -1;
		}
		n = xmlOutputBufferGetSize(mb);
	}
	if (!(p = malloc(n + 1))) {
		s->oom = true;
		xmlOutputBufferClose(mb);
		return -1;
	}
	if (n)
		memcpy(p, xmlOutputBufferGetContent(mb), n);
	p[n] = '\0';
	xmlOutputBufferClose(mb);
	*out = p;
	*len = n;
	return 0;
}

/* <data> of a name the graph repeats and keeps at one address while it
 * is written (a type, modality or kind name): escaped once, then copied
 * as markup. */
static int put_name(gw *s, int d, const gw_tag *k, const char *name)
{
	size_t h = ((uintptr_t)name >> 3) % ESC_SLOTS, i = h;
	gw_esc *e;
	do {
		e = &s->esc[i];
		if (!e->src || e->src == name)
			break;
		i = (i + 1) % ESC_SLOTS;
	} while (i != h);
	if (e->src != name) {
		if (e->src) /* full: no caching */
			return put_data(s, d, k, name);
		if (esc_copy(s, name, &e->esc, &e->len) < 0)
			return -1;
		e->src = name;
	}
	if (raw_indent(s, d) < 0 || raw_add(s, k->tag, k->len) < 0 ||
	    raw_add(s, e->esc, e->len) < 0 || RAW(s, "</data>") < 0)
		return -1;
	return 0;
}

/* <data> of a relation's document: usually the same text as the previous
 * relation's, escaped once. */
static int put_doc(gw *s, int d, const gw_tag *k, const char *doc)
{
	if (!s->doc_src || strcmp(s->doc_src, doc) != 0) {
		free(s->doc_src);
		free(s->doc_esc);
		s->doc_esc = NULL;
		if (!(s->doc_src = erg__strdup(doc))) {
			s->oom = true;
			return -1;
		}
		if (esc_copy(s, doc, &s->doc_esc, &s->doc_len) < 0) {
			free(s->doc_src);
			s->doc_src = NULL;
			return -1;
		}
	}
	if (raw_indent(s, d) < 0 || raw_add(s, k->tag, k->len) < 0 ||
	    raw_add(s, s->doc_esc, s->doc_len) < 0 || RAW(s, "</data>") < 0)
		return -1;
	return 0;
}

/* Decimal digits of v, written backwards from end; returns the start. */
static char *fmt_ll(long long v, char *end)
{
	unsigned long long u =
	    v < 0 ? 0ULL - (unsigned long long)v : (unsigned long long)v;
	char *p = end;
	do {
		*--p = (char)('0' + u % 10);
		u /= 10;
	} while (u);
	if (v < 0)
		*--p = '-';
	return p;
}

/* A value of a non-string type, byte for byte as erg_value_format writes
 * it (%lld, %.17g, true/false, NaN, INF), into s->num: integers and the
 * integral doubles (weights, counts) without printf. Sets *len. */
static const char *fmt_value(gw *s, erg_attr_type t, const erg_value *v,
			     size_t *len)
{
	char *end = s->num + sizeof(s->num), *p;
	const char *f;
	double d;
	switch (t) {
	case ERG_ATTR_BOOL:
		*len = v->b ? 4 : 5;
		return v->b ? "true" : "false";
	case ERG_ATTR_INT:
	case ERG_ATTR_LONG:
		p = fmt_ll(v->i, end);
		*len = (size_t)(end - p);
		return p;
	case ERG_ATTR_FLOAT:
	case ERG_ATTR_DOUBLE:
		d = v->d;
		/* %.17g of an integer below 1e15 is its digits */
		if (d > -1e15 && d < 1e15 && d == (double)(long long)d &&
		    (d != 0 || !signbit(d))) {
			p = fmt_ll((long long)d, end);
			*len = (size_t)(end - p);
			return p;
		}
		break;
	case ERG_ATTR_STRING:
		break;
	}
	f = erg_value_format(t, v, s->num, sizeof(s->num));
	*len = strlen(f);
	return f;
}

static int put_value(gw *s, int d, const gw_tag *k, erg_attr_type t,
		     const erg_value *v)
{
	const char *f;
	size_t n;
	if (t == ERG_ATTR_STRING)
		return put_data(s, d, k, v->s ? v->s : "");
	f = fmt_value(s, t, v, &n);
	if (raw_indent(s, d) < 0 || raw_add(s, k->tag, k->len) < 0 ||
	    raw_add(s, f, n) < 0 || RAW(s, "</data>") < 0)
		return -1;
	return 0;
}

static int put_attrs(gw *s, int d, const erg_graph *g, const erg_attrs *a)
{
	for (uint32_t i = 0; i < a->n; i++) {
		const erg_key *k = erg_graph_key(g, a->items[i].key);
		if (!k)
			continue;
		if (put_value(s, d, &s->fk_tag[a->items[i].key], k->type,
			      &a->items[i].v) < 0)
			return -1;
	}
	return 0;
}

/* Ends a <node> or <edge> (depth 2) after its <data> children, as the
 * writer's indentation would: the whole element is pending markup. */
static int end_element(gw *s, const char *end_tag, size_t len)
{
	if (raw_indent(s, 2) < 0 || raw_add(s, end_tag, len) < 0 ||
	    RAW(s, "\n") < 0)
		return -1;
	return 0;
}

static int put_key(gw *s, const char *id, const char *domain, const char *name,
		   const char *type, const erg_key *k)
{
	if (xmlTextWriterStartElement(s->w, BAD_CAST "key") < 0 ||
	    xmlTextWriterWriteAttribute(s->w, BAD_CAST "id", BAD_CAST id) < 0 ||
	    xmlTextWriterWriteAttribute(s->w, BAD_CAST "for", BAD_CAST domain) <
		0 ||
	    put_attr(s, "attr.name", name) < 0 ||
	    xmlTextWriterWriteAttribute(s->w, BAD_CAST "attr.type",
					BAD_CAST type) < 0)
		return -1;
	if (k && k->has_default) {
		const char *v =
		    sanitize(s, erg_value_format(k->type, &k->def, s->num,
						 sizeof(s->num)));
		if (!v ||
		    xmlTextWriterStartElement(s->w, BAD_CAST "default") < 0 ||
		    xmlTextWriterWriteString(s->w, BAD_CAST v) < 0 ||
		    xmlTextWriterEndElement(s->w) < 0)
			return -1;
	}
	return xmlTextWriterEndElement(s->w);
}

static const char *domain_name(erg_domain d)
{
	switch (d) {
	case ERG_DOMAIN_GRAPH:
		return "graph";
	case ERG_DOMAIN_NODE:
		return "node";
	case ERG_DOMAIN_EDGE:
		return "edge";
	}
	return "all";
}

/* Marks a generated id that is plain "e<index>" (no string is made). */
static char gen_id;

/* Unique edge ids: a relation's own id when no earlier relation used it,
 * else "e<index>" (suffixed with "_<n>" in the rare case that this is some
 * relation's own id). ids[i] is NULL when relation i keeps its own id,
 * &gen_id for "e<i>"; the other generated strings are owned by `ids`. */
static erg_status edge_ids(const erg_graph *g, char ***out)
{
	size_t n = erg_graph_relation_count(g);
	erg_strmap used;
	char **ids = calloc(n ? n : 1, sizeof(*ids));
	erg_status rc = ERG_ENOMEM;
	char buf[64];

	erg__strmap_init(&used);
	if (!ids)
		goto done;
	for (size_t i = 0; i < n; i++) {
		const erg_relation *r = erg_graph_relation_c(g, i);
		if (r->id && r->id[0] &&
		    erg__strmap_get(&used, r->id, NULL) != 0 &&
		    erg__strmap_put(&used, r->id, i))
			goto done;
	}
	for (size_t i = 0; i < n; i++) {
		const erg_relation *r = erg_graph_relation_c(g, i);
		size_t owner;
		if (r->id && r->id[0] &&
		    erg__strmap_get(&used, r->id, &owner) == 0 && owner == i)
			continue;
		{
			char *end = buf + sizeof(buf),
			     *p = fmt_ll((long long)i, end - 1);
			*--p = 'e';
			end[-1] = '\0';
			memmove(buf, p, (size_t)(end - p));
		}
		if (erg__strmap_get(&used, buf, NULL) != 0) {
			ids[i] = &gen_id;
			continue;
		}
		for (unsigned k = 1; erg__strmap_get(&used, buf, NULL) == 0;
		     k++)
			snprintf(buf, sizeof(buf), "e%zu_%u", i, k);
		if (!(ids[i] = erg__strdup(buf)))
			goto done;
	}
	rc = ERG_OK;
done:
	erg__strmap_free(&used);
	if (rc && ids) {
		for (size_t i = 0; i < n; i++)
			if (ids[i] != &gen_id)
				free(ids[i]);
		free(ids);
		ids = NULL;
	}
	*out = ids;
	return rc;
}

erg_status erg_graphml_write_fp(const erg_graph *g, FILE *fp, erg_error *err)
{
	gw s;
	xmlOutputBufferPtr ob = NULL;
	size_t n_actors = erg_graph_actor_count(g);
	size_t n_rels = erg_graph_relation_count(g);
	size_t n_keys = erg_graph_key_count(g);
	const erg_types *types = erg_graph_types(g);
	bool used[RK__COUNT];
	char **eids = NULL;
	unsigned next_id = 0;
	erg_status rc = ERG_OK;
	xmlGenericErrorFunc old_generic;
	void *old_generic_ctx, *old_structured_ctx;
	xmlStructuredErrorFunc old_structured;

	memset(&s, 0, sizeof(s));
	s.fp = fp;
	s.rb = s.raw;
	s.rcap = sizeof(s.raw);
	erg__buf_init(&s.join, (size_t)1 << 30);
	erg__buf_init(&s.tmp, (size_t)1 << 30);
	erg__buf_init(&s.aid, SIZE_MAX / 2);
	xmlInitParser();
	old_generic = xmlGenericError;
	old_generic_ctx = xmlGenericErrorContext;
	old_structured = xmlStructuredError;
	old_structured_ctx = xmlStructuredErrorContext;
	xmlSetGenericErrorFunc(NULL, silent_generic);
	xmlSetStructuredErrorFunc(NULL, silent_structured);

	/* which optional reserved keys are used */
	for (int k = 0; k < RK__COUNT; k++)
		used[k] = reserved[k].always;
	for (size_t i = 0; i < n_actors; i++) {
		const erg_actor *a = erg_graph_actor_c(g, i);
		if (a->n_aliases)
			used[RK_ALIASES] = true;
		if (a->affiliation)
			used[RK_AFFILIATION] = true;
	}
	for (size_t i = 0; i < n_rels; i++) {
		const erg_relation *r = erg_graph_relation_c(g, i);
		if (r->date)
			used[RK_DATE] = true;
		if (r->evidence)
			used[RK_EVIDENCE] = true;
		if (r->doc)
			used[RK_DOC] = true;
		if (r->offset >= 0)
			used[RK_OFFSET] = true;
	}
	for (int k = 0; k < RK__COUNT; k++)
		if (used[k])
			snprintf(s.rk_id[k], sizeof(s.rk_id[k]), "d%u",
				 next_id++);
	s.fk_id = calloc(n_keys ? n_keys : 1, sizeof(*s.fk_id));
	if (!s.fk_id)
		goto oom;
	s.fk_tag = calloc(n_keys ? n_keys : 1, sizeof(*s.fk_tag));
	s.stage = malloc(STAGE_SIZE);
	if (!s.fk_tag || !s.stage)
		goto oom;
	for (size_t k = 0; k < n_keys; k++) {
		snprintf(s.fk_id[k], sizeof(s.fk_id[k]), "d%u", next_id++);
		data_tag(&s.fk_tag[k], s.fk_id[k]);
	}
	for (int k = 0; k < RK__COUNT; k++)
		data_tag(&s.rk_tag[k], s.rk_id[k]);
	rc = edge_ids(g, &eids);
	if (rc)
		goto oom;
	/* actor ids, escaped once: an edge names two of them, and the ids
	 * are read from one compact buffer instead of the actors' scattered
	 * strings */
	if (!(s.aid_off = malloc((n_actors + 1) * sizeof(size_t))))
		goto oom;
	s.aid_off[0] = 0;
	for (size_t i = 0; i < n_actors; i++) {
		if (attr_escape(&s, erg_graph_actor_c(g, i)->id, &s.aid) < 0)
			goto fail;
		s.aid_off[i + 1] = s.aid.len;
	}

	ob = xmlOutputBufferCreateIO(gw_write, gw_close, &s, NULL);
	if (!ob)
		goto oom;
	s.w = xmlNewTextWriter(ob);
	if (!s.w) {
		xmlOutputBufferClose(ob);
		goto oom;
	}
	s.ob = ob;
	CHK(xmlTextWriterSetIndent(s.w, 1));
	CHK(xmlTextWriterSetIndentString(s.w, BAD_CAST "  "));
	CHK(xmlTextWriterStartDocument(s.w, "1.0", "UTF-8", NULL));
	CHK(xmlTextWriterStartElement(s.w, BAD_CAST "graphml"));
	CHK(xmlTextWriterWriteAttribute(s.w, BAD_CAST "xmlns",
					BAD_CAST GRAPHML_NS));
	CHK(xmlTextWriterWriteAttribute(s.w, BAD_CAST "xmlns:xsi",
					BAD_CAST XSI_NS));
	CHK(xmlTextWriterWriteAttribute(s.w, BAD_CAST "xsi:schemaLocation",
					BAD_CAST GRAPHML_SCHEMA));

	for (int k = 0; k < RK__COUNT; k++)
		if (used[k])
			CHK(put_key(&s, s.rk_id[k], reserved[k].domain,
				    reserved[k].name, reserved[k].type, NULL));
	for (uint32_t k = 0; k < n_keys; k++) {
		const erg_key *key = erg_graph_key(g, k);
		CHK(put_key(&s, s.fk_id[k], domain_name(key->domain), key->name,
			    erg_attr_type_name(key->type), key));
	}

	CHK(xmlTextWriterStartElement(s.w, BAD_CAST "graph"));
	CHK(put_attr(&s, "id",
		     erg_graph_name(g) && erg_graph_name(g)[0]
			 ? erg_graph_name(g)
			 : "G"));
	CHK(xmlTextWriterWriteAttribute(s.w, BAD_CAST "edgedefault",
					BAD_CAST "directed"));
	CHK(put_attrs(&s, 2, g, erg_graph_attrs_c(g)));
	if (s.rn) {
		/* the next start tag, or the end tag of an empty graph, gets
		 * its indentation */
		CHK(RAW(&s, "\n"));
		if (!n_actors && !n_rels)
			CHK(RAW(&s, "  "));
		CHK(raw_flush(&s));
	} else if (n_actors || n_rels) {
		/* the writer closes <graph ...> with '>' (flush), then the
		 * newline its next start tag would get */
		CHK(RAW(&s, "\n"));
		CHK(raw_flush(&s));
	}
	if (n_actors || n_rels) {
		/* until </graph>, raw markup goes straight to the stage:
		 * what the writer holds goes there first */
		CHK(xmlTextWriterFlush(s.w));
		raw_direct(&s, true);
	}

	/* <node> and <edge> elements are pending markup too, laid out as
	 * the writer's indentation would (depth 2, then "\n"); the writer
	 * only closes <graph> (after the indentation left pending below) */
	for (size_t i = 0; i < n_actors; i++) {
		const erg_actor *a = erg_graph_actor_c(g, i);
		CHK(RAW(&s, "    <node"));
		CHK(raw_actor_attr(&s, " id=\"", 5, i));
		CHK(RAW(&s, ">"));
		CHK(put_data(&s, 3, &s.rk_tag[RK_LABEL],
			     a->label ? a->label : a->id));
		CHK(put_name(&s, 3, &s.rk_tag[RK_KIND],
			     erg_kind_name(a->kind) ? erg_kind_name(a->kind)
						    : "other"));
		if (a->n_aliases) {
			erg__buf_reset(&s.join);
			for (size_t k = 0; k < a->n_aliases; k++) {
				if (k && erg__buf_putc(&s.join, '|'))
					goto oom;
				if (erg__buf_append(&s.join, a->aliases[k],
						    strlen(a->aliases[k])))
					goto oom;
			}
			CHK(put_data(&s, 3, &s.rk_tag[RK_ALIASES],
				     s.join.data ? s.join.data : ""));
		}
		if (a->affiliation)
			CHK(put_data(&s, 3, &s.rk_tag[RK_AFFILIATION],
				     a->affiliation));
		CHK(put_attrs(&s, 3, g, &a->attrs));
		CHK(end_element(&s, "</node>", 7));
	}

	for (size_t i = 0; i < n_rels; i++) {
		const erg_relation *r = erg_graph_relation_c(g, i);
		const erg_type *t = erg_types_get(types, r->type);
		const erg_actor *src = erg_graph_actor_c(g, r->source);
		const erg_actor *dst = erg_graph_actor_c(g, r->target);
		erg_value v;

		if (!src || !dst) {
			rc = erg_error_set(err, ERG_EINVAL, NULL, 0, 0,
					   "relation %zu has an endpoint out "
					   "of range",
					   i);
			goto done;
		}
		CHK(RAW(&s, "    <edge"));
		if (eids[i] == &gen_id) {
			char *end = s.num + sizeof(s.num),
			     *p = fmt_ll((long long)i, end);
			CHK(RAW(&s, " id=\"e"));
			CHK(raw_add(&s, p, (size_t)(end - p)));
			CHK(RAW(&s, "\""));
		} else {
			CHK(raw_attr(&s, "id", eids[i] ? eids[i] : r->id));
		}
		CHK(raw_actor_attr(&s, " source=\"", 9, r->source));
		CHK(raw_actor_attr(&s, " target=\"", 9, r->target));
		CHK(RAW(&s, ">"));
		CHK(put_name(&s, 3, &s.rk_tag[RK_TYPE],
			     t ? t->name : ERG_TYPE_RELATED));
		v.i = t ? t->polarity : 0;
		CHK(put_value(&s, 3, &s.rk_tag[RK_POLARITY], ERG_ATTR_INT, &v));
		v.b = !r->directed;
		CHK(put_value(&s, 3, &s.rk_tag[RK_SYMMETRIC], ERG_ATTR_BOOL,
			      &v));
		CHK(put_name(&s, 3, &s.rk_tag[RK_MODALITY],
			     erg_modality_name(r->modality)
				 ? erg_modality_name(r->modality)
				 : "reported"));
		if (r->date)
			CHK(put_data(&s, 3, &s.rk_tag[RK_DATE], r->date));
		v.d = r->weight;
		CHK(put_value(&s, 3, &s.rk_tag[RK_WEIGHT], ERG_ATTR_DOUBLE,
			      &v));
		if (r->evidence)
			CHK(put_data(&s, 3, &s.rk_tag[RK_EVIDENCE],
				     r->evidence));
		if (r->doc)
			CHK(put_doc(&s, 3, &s.rk_tag[RK_DOC], r->doc));
		if (r->offset >= 0) {
			v.i = r->offset;
			CHK(put_value(&s, 3, &s.rk_tag[RK_OFFSET],
				      ERG_ATTR_LONG, &v));
		}
		CHK(put_attrs(&s, 3, g, &r->attrs));
		CHK(end_element(&s, "</edge>", 7));
	}
	if (n_actors || n_rels) {
		/* the indentation of </graph>: after raw text the writer
		 * writes none */
		CHK(RAW(&s, "  "));
		raw_direct(&s, false);
	}

	CHK(xmlTextWriterEndDocument(s.w)); /* closes graph and graphml */
	CHK(xmlTextWriterFlush(s.w));
	if (s.io_errno || stage_flush(&s) < 0 || fflush(fp) != 0 || ferror(fp))
		goto fail;
	goto done;

fail:
	if (s.oom)
		goto oom;
	rc = erg_error_set(
	    err, ERG_EIO, NULL, 0, 0, "cannot write GraphML: %s",
	    strerror(s.io_errno ? s.io_errno : (errno ? errno : EIO)));
	goto done;
oom:
	rc = erg_error_set(err, ERG_ENOMEM, NULL, 0, 0, "out of memory");
done:
	if (s.w)
		xmlFreeTextWriter(s.w); /* also frees the output buffer */
	if (eids) {
		for (size_t i = 0; i < n_rels; i++)
			if (eids[i] != &gen_id)
				free(eids[i]);
		free(eids);
	}
	free(s.fk_id);
	free(s.fk_tag);
	for (int i = 0; i < ESC_SLOTS; i++)
		free(s.esc[i].esc);
	free(s.doc_src);
	free(s.doc_esc);
	free(s.stage);
	free(s.scratch);
	erg__buf_free(&s.join);
	erg__buf_free(&s.tmp);
	erg__buf_free(&s.aid);
	free(s.aid_off);
	xmlSetGenericErrorFunc(old_generic_ctx, old_generic);
	xmlSetStructuredErrorFunc(old_structured_ctx, old_structured);
	return rc;
}

erg_status erg_graphml_write_file(const erg_graph *g, const char *path,
				  erg_error *err)
{
	erg_atomic *a;
	FILE *fp;
	erg_status rc = erg_atomic_open(&a, path, &fp, err);

	if (rc)
		return rc;
	rc = erg_graphml_write_fp(g, fp, err);
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
