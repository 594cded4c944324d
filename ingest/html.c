/*
 * html.c - article text from HTML with libxml2's HTML parser.
 *
 * Parses with HTML_PARSE_NONET (no network, no external entities), picks
 * the <article> element (else <main>, else <body>), drops script, style,
 * navigation, header, footer, aside, form and similar page furniture, and
 * writes block elements as paragraphs separated by blank lines, so that
 * the plain-text pipeline can take over. The publication date comes from
 * <meta property="article:published_time"> (or name="date", "pubdate",
 * "DC.date") or the first <time datetime>.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include "text_internal.h"

erg_status erg__html_text(const char *data, size_t len, const char *name,
			  char **out, size_t *out_len, char date[11],
			  erg_error *err);

static bool name_in(const xmlChar *n, const char *const *set)
{
	for (; *set; set++)
		if (!xmlStrcasecmp(n, (const xmlChar *)*set))
			return true;
	return false;
}

static const char *const skip_tags[] = {
	"script", "style", "nav", "header", "footer", "aside", "form",
	"noscript", "iframe", "svg", "button", "template", "select",
	"object", "embed", "canvas", "menu", NULL
};
static const char *const block_tags[] = {
	"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote",
	"section", "article", "main", "td", "th", "tr", "pre", "dd", "dt",
	"table", "ul", "ol", "dl", "figcaption", "address", "hr", "body",
	NULL
};

typedef struct {
	erg_buf b;
	bool space; /* last byte written is white space */
	erg_status st;
} walker;

static void put(walker *w, const char *s, size_t n)
{
	if (w->st)
		return;
	for (size_t i = 0; i < n; i++) {
		char c = s[i];
		if (isspace((unsigned char)c)) {
			if (w->space)
				continue;
			c = ' ';
			w->space = true;
		} else {
			w->space = false;
		}
		if ((w->st = erg__buf_putc(&w->b, c)))
			return;
	}
}

static void para_break(walker *w)
{
	if (w->st)
		return;
	while (w->b.len && w->b.data[w->b.len - 1] == ' ')
		w->b.len--;
	if (w->b.len && (w->b.len < 2 || w->b.data[w->b.len - 1] != '\n' ||
			 w->b.data[w->b.len - 2] != '\n')) {
		if (w->b.data[w->b.len - 1] != '\n')
			w->st = erg__buf_putc(&w->b, '\n');
		if (!w->st)
			w->st = erg__buf_putc(&w->b, '\n');
	}
	if (w->b.data)
		w->b.data[w->b.len] = '\0';
	w->space = true;
}

static void walk(walker *w, xmlNode *n, int depth)
{
	if (depth > 200)
		return;
	for (; n && !w->st; n = n->next) {
		if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
			if (n->content)
				put(w, (const char *)n->content,
				    strlen((const char *)n->content));
		} else if (n->type == XML_ELEMENT_NODE) {
			bool block;
			if (name_in(n->name, skip_tags))
				continue;
			if (!xmlStrcasecmp(n->name, (const xmlChar *)"br")) {
				put(w, "\n", 1);
				continue;
			}
			block = name_in(n->name, block_tags);
			if (block)
				para_break(w);
			walk(w, n->children, depth + 1);
			if (block)
				para_break(w);
		}
	}
}

static xmlNode *find_el(xmlNode *n, const char *tag, int depth)
{
	for (; n && depth < 200; n = n->next) {
		xmlNode *r;
		if (n->type != XML_ELEMENT_NODE)
			continue;
		if (!xmlStrcasecmp(n->name, (const xmlChar *)tag))
			return n;
		if (name_in(n->name, skip_tags))
			continue;
		if ((r = find_el(n->children, tag, depth + 1)))
			return r;
	}
	return NULL;
}

static void take_date(const xmlChar *v, char date[11])
{
	char d[11];
	size_t n;
	if (!v || date[0])
		return;
	n = strlen((const char *)v);
	if (n > 10)
		n = 10;
	memcpy(d, v, n);
	d[n] = '\0';
	if (n == 10 && erg_date_valid(d))
		memcpy(date, d, 11);
}

static void find_date(xmlNode *n, char date[11], int depth)
{
	static const char *const metas[] = { "article:published_time",
					     "date", "pubdate", "DC.date",
					     "dcterms.date", "publish-date",
					     NULL };
	for (; n && !date[0] && depth < 200; n = n->next) {
		if (n->type != XML_ELEMENT_NODE)
			continue;
		if (!xmlStrcasecmp(n->name, (const xmlChar *)"meta")) {
			xmlChar *p = xmlGetProp(n, (const xmlChar *)"property");
			xmlChar *nm = xmlGetProp(n, (const xmlChar *)"name");
			if ((p && name_in(p, metas)) || (nm && name_in(nm, metas))) {
				xmlChar *c = xmlGetProp(n, (const xmlChar *)"content");
				take_date(c, date);
				xmlFree(c);
			}
			xmlFree(p);
			xmlFree(nm);
		} else if (!xmlStrcasecmp(n->name, (const xmlChar *)"time")) {
			xmlChar *c = xmlGetProp(n, (const xmlChar *)"datetime");
			take_date(c, date);
			xmlFree(c);
		}
		find_date(n->children, date, depth + 1);
	}
}

erg_status erg__html_text(const char *data, size_t len, const char *name,
			  char **out, size_t *out_len, char date[11],
			  erg_error *err)
{
	htmlDocPtr doc;
	xmlNode *root, *pick;
	walker w;
	int opts = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR |
		   HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
		   HTML_PARSE_COMPACT;

	*out = NULL;
	*out_len = 0;
	if (len > (size_t)INT32_MAX)
		return erg_error_set(err, ERG_ELIMIT, name, 0, 0,
				     "HTML document too large");
	doc = htmlReadMemory(data, (int)len, name, "UTF-8", opts);
	if (!doc)
		return erg_error_set(err, ERG_EPARSE, name, 0, 0,
				     "cannot parse HTML");
	root = xmlDocGetRootElement(doc);
	find_date(root, date, 0);
	pick = find_el(root, "article", 0);
	if (!pick)
		pick = find_el(root, "main", 0);
	if (!pick)
		pick = find_el(root, "body", 0);
	if (!pick)
		pick = root;
	memset(&w, 0, sizeof(w));
	erg__buf_init(&w.b, len * 2 + 1024);
	w.space = true;
	if (pick) {
		if (pick == root)
			walk(&w, pick, 0);
		else {
			para_break(&w);
			walk(&w, pick->children, 0);
		}
	}
	para_break(&w);
	xmlFreeDoc(doc);
	if (w.st) {
		erg__buf_free(&w.b);
		return erg_error_set(err, w.st, name, 0, 0,
				     "HTML text too large or out of memory");
	}
	*out_len = w.b.len;
	*out = erg__buf_detach(&w.b);
	if (!*out)
		return erg_error_set(err, ERG_ENOMEM, NULL, 0, 0,
				     "out of memory");
	return ERG_OK;
}
