/*
 * graphml_read.c - GraphML reader, streamed with libxml2's SAX2 parser.
 *
 * The parser never loads anything: XML_PARSE_NONET is set, XML_PARSE_NOENT
 * (entity substitution), DTD loading and validation are not, and the SAX
 * handler keeps no DTD declarations, so only the predefined entities and
 * character references are expanded; any other entity reference is an
 * error (or, where libxml2 only warns, is kept as "&name;"). libxml2 errors
 * go to a structured handler on the parser context that records the first
 * one (message, line, column) in the parser state; the global handlers are
 * replaced for the duration of a read and restored afterwards.
 *
 * Elements are matched on their local names, so files without the GraphML
 * namespace (or without an XML declaration) are accepted. The reader keeps
 * a stack of open graphml/graph/node/edge/key elements; the content of
 * <data>, <default>, <desc>, <port> and unknown elements is handled by a
 * small "content" state (collect text, find a yEd label, or skip). GraphML
 * key ids map to key records through a hash map, and each record maps
 * lazily to one erg key per domain, so a <data> element costs one hash
 * look-up. Edges may name nodes declared later in the same input: such
 * endpoints are created at once and checked at the end of the document.
 * Time is linear in the input size; no document tree is built.
 */
#include "ergraph/ingest.h"

#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/SAX2.h>
#include <libxml/globals.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/xmlerror.h>

#include "util_internal.h"

#define GM_DEFAULT_MAX_INPUT ((size_t)1 << 30)
#define GM_MAX_DEPTH 1024
#define GM_MAX_WARNINGS 20
#define GM_PROGRESS_EVERY 4096

/* Reserved attribute names that fill model fields. */
enum {
	RES_NONE = -1,
	/* nodes */
	RES_LABEL = 0,
	RES_KIND,
	RES_ALIASES,
	RES_AFFILIATION,
	/* edges */
	RES_TYPE,
	RES_POLARITY,
	RES_MODALITY,
	RES_DATE,
	RES_WEIGHT,
	RES_EVIDENCE,
	RES_DOC,
	RES_OFFSET,
	RES_SYMMETRIC,
	RES__COUNT
};

static const char *const node_reserved[] = { "label", "kind", "aliases",
					     "affiliation" };
static const char *const edge_reserved[] = { "type",	 "polarity",
					     "modality", "date",
					     "weight",	 "evidence",
					     "doc",	 "offset",
					     "symmetric" };

#define DOM_COUNT 3 /* graph, node, edge: indexed by erg_domain */
#define FOR_GRAPH (1u << ERG_DOMAIN_GRAPH)
#define FOR_NODE (1u << ERG_DOMAIN_NODE)
#define FOR_EDGE (1u << ERG_DOMAIN_EDGE)
#define FOR_ALL (FOR_GRAPH | FOR_NODE | FOR_EDGE)

/* One <key> declaration. */
typedef struct {
	char *id;
	char *name;
	erg_attr_type type;
	unsigned for_mask;   /* domains it was declared for; 0: none of ours */
	signed char res[DOM_COUNT]; /* reserved field per domain */
	bool yfiles;	     /* yfiles.type: XML content, skipped */
	bool nodegraphics;   /* yfiles.type="nodegraphics" */
	char *def;	     /* <default> text, or NULL */
	long line;
	bool defined[DOM_COUNT];
	uint32_t ek[DOM_COUNT]; /* erg key per domain when defined */
} gm_key;

typedef enum {
	FR_GRAPHML,
	FR_GRAPH,
	FR_NODE,
	FR_EDGE,
	FR_KEY
} gm_frame_kind;

typedef struct {
	gm_frame_kind kind;
	long line;
	union {
		struct {
			bool directed; /* edgedefault */
			bool top;      /* a top-level graph */
			bool has_group;
			size_t group;  /* enclosing node (nested graph) */
		} graph;
		struct {
			size_t actor;
			bool has_group;
			size_t group;
			uint32_t seen; /* reserved fields given by <data> */
			char *yed_label;
		} node;
		struct {
			size_t rel;
			int directed_attr; /* -1 absent, else 0/1 */
			bool graph_directed;
			uint32_t seen;
			int symmetric;     /* -1 absent, else 0/1 */
		} edge;
		struct {
			size_t key;
		} key;
	} u;
} gm_frame;

/* What the characters and elements inside the current element mean. */
typedef enum {
	CT_NONE,    /* structure: graphml, graph, node, edge, key */
	CT_SKIP,    /* ignore everything up to the end tag */
	CT_DATA,    /* <data> */
	CT_DEFAULT  /* <default> of a key */
} gm_content_kind;

typedef struct {
	gm_content_kind kind;
	int depth;	   /* elements open inside the content element */
	bool collect;	   /* its direct text goes to st->text */
	bool want_label;   /* look for a yEd label */
	int label_level;   /* depth of the open label element, 0: none */
	bool had_elements; /* it holds child elements */
	size_t key;	   /* CT_DATA, CT_DEFAULT: the key record */
	long line;
} gm_content;

/* An endpoint that an edge named before its <node> was seen. */
typedef struct {
	size_t actor;
	size_t rel;
	long line;
} gm_pending;

typedef struct {
	erg_graph *g;
	const char *name;
	const erg_read_opts *opts;
	erg_error *err;
	xmlParserCtxtPtr ctxt;
	size_t input_len;
	erg_status status; /* first error from the handlers */

	/* attributes of the start tag being handled (SAX2 layout) */
	const xmlChar **attrs;
	int n_attrs;
	gm_content content;

	/* first libxml2 error */
	bool failed;
	long xml_line;
	long xml_column;
	char xml_msg[ERG_ERROR_MSG_MAX];
	int n_warnings;

	gm_key *keys;
	size_t n_keys, cap_keys;
	erg_strmap key_index; /* id -> index into keys (ids owned there) */
	/* for each reserved field, the key whose default applies */
	long res_default[RES__COUNT];

	gm_frame *stack;
	size_t depth, cap_stack;
	bool seen_root;

	size_t n_before;	/* actors that existed before this read */
	unsigned char *declared; /* per actor index >= n_before */
	size_t cap_declared;
	gm_pending *pending;
	size_t n_pending, cap_pending;

	erg_buf text;  /* text of the current <data> or <default> */
	erg_buf label; /* yEd label found inside it */
	bool warned_port, warned_locator, warned_content;
	size_t n_elements;
	size_t related;
} gm_state;

/* ---- errors and warnings ---- */

/* Structured error handler of the parser context (`userdata` is the
 * reader state, the context's userData). */
static void gm_structured_error(void *userdata, xmlErrorPtr e)
{
	gm_state *st = userdata;
	size_t n;

	if (!e || !st)
		return;
	if (e->level == XML_ERR_WARNING) {
		if (st->opts && st->opts->warn &&
		    st->n_warnings < GM_MAX_WARNINGS && e->message) {
			char msg[ERG_ERROR_MSG_MAX];
			snprintf(msg, sizeof(msg), "%s", e->message);
			for (char *p = msg; *p; p++)
				if (*p == '\n' || *p == '\r')
					*p = ' ';
			n = strlen(msg);
			while (n && msg[n - 1] == ' ')
				msg[--n] = '\0';
			st->n_warnings++;
			st->opts->warn(st->opts->warn_userdata, st->name,
				       e->line, msg);
		}
		return;
	}
	if (st->failed)
		return;
	st->failed = true;
	st->xml_line = e->line;
	st->xml_column = e->int2;
	snprintf(st->xml_msg, sizeof(st->xml_msg), "%s",
		 e->message ? e->message : "XML error");
	/* libxml2 messages may span lines ("...\nBytes: 0xE9 ..."): one line */
	for (char *p = st->xml_msg; *p; p++)
		if (*p == '\n' || *p == '\r')
			*p = ' ';
	n = strlen(st->xml_msg);
	while (n && st->xml_msg[n - 1] == ' ')
		st->xml_msg[--n] = '\0';
}

/* Global handlers: silence anything libxml2 reports outside the context. */
static void gm_global_structured(void *userdata, xmlErrorPtr e)
{
	(void)userdata;
	(void)e;
}

static void gm_global_generic(void *ctx, const char *msg, ...)
{
	(void)ctx;
	(void)msg;
}

static erg_status gm_fail(gm_state *st, erg_status code, long line,
			  const char *fmt, ...)
#if defined(__GNUC__)
	__attribute__((format(printf, 4, 5)))
#endif
	;

static erg_status gm_fail(gm_state *st, erg_status code, long line,
			  const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	erg_error_vset(st->err, code, st->name, line, 0, fmt, ap);
	va_end(ap);
	return code;
}

static erg_status gm_oom(gm_state *st)
{
	return gm_fail(st, ERG_ENOMEM, 0, "out of memory");
}

/* The parse error libxml2 reported, or a generic one. */
static erg_status gm_xml_error(gm_state *st)
{
	if (st->failed)
		return erg_error_set(st->err, ERG_EPARSE, st->name,
				     st->xml_line, st->xml_column, "%s",
				     st->xml_msg);
	return erg_error_set(st->err, ERG_EPARSE, st->name,
			     st->ctxt && st->ctxt->input ? st->ctxt->input->line
							 : 0,
			     0, "malformed XML");
}

static void gm_warn(gm_state *st, long line, const char *msg)
{
	if (st->opts && st->opts->warn)
		st->opts->warn(st->opts->warn_userdata, st->name, line, msg);
}

/* ---- text ---- */

static bool blank(const char *s)
{
	for (; *s; s++)
		if (!strchr(" \t\r\n", *s))
			return false;
	return true;
}

static bool gm_is(const xmlChar *local, const char *name)
{
	return local && strcmp((const char *)local, name) == 0;
}

/* Element names whose text is a node label in yEd / yFiles files. */
static bool is_label_element(const xmlChar *local)
{
	return gm_is(local, "NodeLabel") || gm_is(local, "Label.Text");
}

static erg_status gm_append(gm_state *st, erg_buf *b, const char *s,
			    size_t n)
{
	erg_status r = erg__buf_append(b, s, n);
	if (r == ERG_ELIMIT)
		return gm_fail(st, r, st->content.line, "text value too long");
	if (r)
		return gm_oom(st);
	return ERG_OK;
}

static const char *gm_text(gm_state *st)
{
	return st->text.len ? st->text.data : "";
}

/*
 * Value of attribute `name` (no namespace prefix) of the start tag being
 * handled, as a malloc'ed string (free()), or NULL if absent. Without
 * entity substitution libxml2 hands '&' over as "&#38;": decoded here.
 */
static char *gm_attr(gm_state *st, const char *name)
{
	for (int i = 0; i < st->n_attrs; i++) {
		const xmlChar **a = st->attrs + 5 * i;
		const char *v = (const char *)a[3], *end = (const char *)a[4];
		char *out, *o;
		if (a[1] || !gm_is(a[0], name))
			continue;
		out = malloc((size_t)(end - v) + 1);
		if (!out)
			return NULL;
		for (o = out; v < end;) {
			if (*v == '&' && end - v >= 5 &&
			    memcmp(v, "&#38;", 5) == 0) {
				*o++ = '&';
				v += 5;
			} else {
				*o++ = *v++;
			}
		}
		*o = '\0';
		return out;
	}
	return NULL;
}

/* Starts consuming the current element's content. */
static void content_begin(gm_state *st, gm_content_kind kind, long line)
{
	memset(&st->content, 0, sizeof(st->content));
	st->content.kind = kind;
	st->content.line = line;
	erg__buf_reset(&st->text);
	erg__buf_reset(&st->label);
}

/* ---- keys ---- */

static int reserved_index(erg_domain dom, const char *name)
{
	size_t i;
	if (dom == ERG_DOMAIN_NODE) {
		for (i = 0; i < sizeof(node_reserved) / sizeof(*node_reserved);
		     i++)
			if (strcmp(name, node_reserved[i]) == 0)
				return RES_LABEL + (int)i;
	} else if (dom == ERG_DOMAIN_EDGE) {
		for (i = 0; i < sizeof(edge_reserved) / sizeof(*edge_reserved);
		     i++)
			if (strcmp(name, edge_reserved[i]) == 0)
				return RES_TYPE + (int)i;
	}
	return RES_NONE;
}

static void key_free(gm_key *k)
{
	free(k->id);
	free(k->name);
	free(k->def);
}

static erg_status key_add(gm_state *st, const char *id, const char *name,
			  erg_attr_type type, unsigned for_mask, long line,
			  size_t *out)
{
	gm_key *k;
	if (erg__grow((void **)&st->keys, &st->cap_keys, st->n_keys + 1,
		      sizeof(*st->keys)))
		return gm_oom(st);
	k = &st->keys[st->n_keys];
	memset(k, 0, sizeof(*k));
	k->id = erg__strdup(id);
	k->name = erg__strdup(name);
	if (!k->id || !k->name) {
		key_free(k);
		return gm_oom(st);
	}
	k->type = type;
	k->for_mask = for_mask;
	k->line = line;
	for (int d = 0; d < DOM_COUNT; d++)
		k->res[d] = (signed char)reserved_index((erg_domain)d, name);
	/* a later declaration with the same id replaces the earlier one */
	if (erg__strmap_put(&st->key_index, k->id, st->n_keys)) {
		key_free(k);
		return gm_oom(st);
	}
	*out = st->n_keys++;
	return ERG_OK;
}

/* <key id for attr.name attr.type yfiles.type>: starts a key frame. */
static erg_status key_start(gm_state *st, long line, size_t *out)
{
	char *id = gm_attr(st, "id"), *forv = gm_attr(st, "for");
	char *aname = gm_attr(st, "attr.name"), *atype = gm_attr(st, "attr.type");
	char *yt = gm_attr(st, "yfiles.type");
	erg_attr_type type = ERG_ATTR_STRING;
	unsigned mask;
	erg_status s = ERG_OK;

	if (!id || !id[0]) {
		s = gm_fail(st, ERG_EINVAL, line, "<key> without an id");
		goto done;
	}
	if (!forv || strcmp(forv, "all") == 0)
		mask = FOR_ALL;
	else if (strcmp(forv, "node") == 0)
		mask = FOR_NODE;
	else if (strcmp(forv, "edge") == 0)
		mask = FOR_EDGE;
	else if (strcmp(forv, "graph") == 0)
		mask = FOR_GRAPH;
	else if (strcmp(forv, "graphml") == 0 ||
		 strcmp(forv, "hyperedge") == 0 ||
		 strcmp(forv, "port") == 0 || strcmp(forv, "endpoint") == 0)
		mask = 0;
	else {
		s = gm_fail(st, ERG_EINVAL, line,
			    "key '%s': invalid for=\"%s\" (expected node, "
			    "edge, graph or all)",
			    id, forv);
		goto done;
	}
	if (atype && strcmp(atype, "integer") == 0)
		type = ERG_ATTR_INT; /* written by old Gephi versions */
	else if (atype && !yt && erg_attr_type_parse(atype, &type) != 0) {
		s = gm_fail(st, ERG_EINVAL, line,
			    "key '%s': invalid attr.type \"%s\" (expected "
			    "boolean, int, long, float, double or string)",
			    id, atype);
		goto done;
	}
	s = key_add(st, id, aname && aname[0] ? aname : id, type, mask, line,
		    out);
	if (s)
		goto done;
	if (yt) {
		st->keys[*out].yfiles = true;
		st->keys[*out].nodegraphics = strcmp(yt, "nodegraphics") == 0;
	}
done:
	free(id);
	free(forv);
	free(aname);
	free(atype);
	free(yt);
	return s;
}

static erg_status value_error(gm_state *st, const gm_key *k, long line,
			      const char *text)
{
	return gm_fail(st, ERG_EINVAL, line,
		       "invalid %s value \"%.64s\" for attribute '%s'",
		       erg_attr_type_name(k->type), text, k->name);
}

/* The erg key of `k` in domain `dom`, defined (with its default) on first
 * use. */
static erg_status key_for_domain(gm_state *st, gm_key *k, erg_domain dom,
				 uint32_t *out)
{
	erg_status s;
	if (k->defined[dom]) {
		*out = k->ek[dom];
		return ERG_OK;
	}
	s = erg_graph_define_key(st->g, dom, k->name, k->type, false,
				 &k->ek[dom], st->err);
	if (s) {
		st->err->line = k->line;
		snprintf(st->err->file, sizeof(st->err->file), "%s",
			 st->name ? st->name : "");
		return s;
	}
	k->defined[dom] = true;
	if (k->def) {
		erg_value v;
		const char *p = k->def;
		bool blank = true;
		while (*p)
			if (!strchr(" \t\r\n", *p++))
				blank = false;
		if (k->type != ERG_ATTR_STRING && blank) {
			/* an empty default for a number means none */
		} else if (erg_value_parse(k->type, k->def, &v) != 0) {
			return value_error(st, k, k->line, k->def);
		} else if (erg_graph_set_key_default(st->g, k->ek[dom], v)) {
			return gm_oom(st);
		}
	}
	*out = k->ek[dom];
	return ERG_OK;
}

/* At </key>: record the default for reserved fields, define the free
 * attribute keys of a single domain. */
static erg_status key_end(gm_state *st, size_t ki)
{
	gm_key *k = &st->keys[ki];
	uint32_t ek;
	erg_status s;

	if (k->yfiles)
		return ERG_OK;
	for (int d = 0; d < DOM_COUNT; d++) {
		if (!(k->for_mask & (1u << d)))
			continue;
		if (k->res[d] != RES_NONE) {
			if (k->def)
				st->res_default[(int)k->res[d]] = (long)ki;
			continue;
		}
		if (k->for_mask == FOR_ALL)
			continue; /* defined where used */
		if ((s = key_for_domain(st, k, (erg_domain)d, &ek)))
			return s;
	}
	return ERG_OK;
}

/* At </default>: the key's default text. */
static erg_status key_default_end(gm_state *st, size_t ki)
{
	char *copy = erg__strdup(gm_text(st));
	if (!copy)
		return gm_oom(st);
	free(st->keys[ki].def);
	st->keys[ki].def = copy;
	return ERG_OK;
}

/* ---- stack ---- */

static erg_status push(gm_state *st, gm_frame_kind kind, long line,
		       gm_frame **out)
{
	gm_frame *f;
	if (st->depth >= GM_MAX_DEPTH)
		return gm_fail(st, ERG_ELIMIT, line,
			       "elements nested too deeply");
	if (erg__grow((void **)&st->stack, &st->cap_stack, st->depth + 1,
		      sizeof(*st->stack)))
		return gm_oom(st);
	f = &st->stack[st->depth++];
	memset(f, 0, sizeof(*f));
	f->kind = kind;
	f->line = line;
	*out = f;
	return ERG_OK;
}

static gm_frame *top(gm_state *st)
{
	return st->depth ? &st->stack[st->depth - 1] : NULL;
}

/* The innermost graph frame, or NULL. */
static gm_frame *enclosing_graph(gm_state *st)
{
	for (size_t i = st->depth; i > 0; i--)
		if (st->stack[i - 1].kind == FR_GRAPH)
			return &st->stack[i - 1];
	return NULL;
}

/* ---- actors ---- */

static erg_status mark_declared(gm_state *st, size_t actor, bool declared)
{
	size_t i;
	if (actor < st->n_before)
		return ERG_OK;
	i = actor - st->n_before;
	if (i >= st->cap_declared) {
		size_t old = st->cap_declared;
		if (erg__grow((void **)&st->declared, &st->cap_declared, i + 1,
			      1))
			return gm_oom(st);
		memset(st->declared + old, 0, st->cap_declared - old);
	}
	if (declared)
		st->declared[i] = 1;
	return ERG_OK;
}

static bool is_declared(const gm_state *st, size_t actor)
{
	return actor < st->n_before ||
	       (actor - st->n_before < st->cap_declared &&
		st->declared[actor - st->n_before]);
}

/* ---- graph, node, edge ---- */

static erg_status graph_start(gm_state *st, long line)
{
	gm_frame *parent = top(st), *f;
	char *id = gm_attr(st, "id"), *ed = gm_attr(st, "edgedefault");
	erg_status s;
	bool directed = true, top_level, in_node;
	size_t group;

	if (ed && strcmp(ed, "undirected") == 0)
		directed = false;
	else if (ed && strcmp(ed, "directed") != 0) {
		s = gm_fail(st, ERG_EINVAL, line,
			    "invalid edgedefault \"%.64s\" (expected directed "
			    "or undirected)",
			    ed);
		goto done;
	}
	/* read the parent before push(), which may move the stack */
	top_level = !parent || parent->kind == FR_GRAPHML;
	in_node = parent && parent->kind == FR_NODE;
	group = in_node ? parent->u.node.actor : 0;
	if ((s = push(st, FR_GRAPH, line, &f)))
		goto done;
	f->u.graph.directed = directed;
	f->u.graph.top = top_level;
	f->u.graph.has_group = in_node;
	f->u.graph.group = group;
	if (f->u.graph.top && id && id[0] && !erg_graph_name(st->g) &&
	    erg_graph_set_name(st->g, id))
		s = gm_oom(st);
done:
	free(id);
	free(ed);
	return s;
}

static erg_status node_start(gm_state *st, long line)
{
	gm_frame *gf = enclosing_graph(st), *f;
	char *id = gm_attr(st, "id");
	size_t a, group;
	bool has_group;
	erg_status s;

	if (!gf) {
		s = gm_fail(st, ERG_EPARSE, line, "<node> outside a <graph>");
		goto done;
	}
	if (!id || !id[0]) {
		s = gm_fail(st, ERG_EINVAL, line, "<node> without an id");
		goto done;
	}
	if ((s = erg_graph_ensure_actor(st->g, id, &a, NULL, st->err))) {
		erg_error_set(st->err, s, st->name, line, 0, "%s",
			      st->err->message);
		goto done;
	}
	if ((s = mark_declared(st, a, true)))
		goto done;
	has_group = gf->u.graph.has_group; /* before push() moves gf */
	group = gf->u.graph.group;
	if ((s = push(st, FR_NODE, line, &f)))
		goto done;
	f->u.node.actor = a;
	f->u.node.has_group = has_group;
	f->u.node.group = group;
done:
	free(id);
	return s;
}

/* The text of a key default, as if given by <data>. */
static erg_status apply_reserved(gm_state *st, gm_frame *f, int res,
				 const char *text, long line);

static erg_status node_end(gm_state *st, gm_frame *f)
{
	erg_actor *a = erg_graph_actor(st->g, f->u.node.actor);
	erg_status s = ERG_OK;

	for (int r = RES_LABEL; r <= RES_AFFILIATION; r++) {
		if (f->u.node.seen & (1u << r))
			continue;
		if (r == RES_LABEL && f->u.node.yed_label) {
			if (erg_actor_set_label(a, f->u.node.yed_label))
				return gm_oom(st);
			continue;
		}
		if (st->res_default[r] >= 0) {
			const gm_key *k = &st->keys[st->res_default[r]];
			if ((s = apply_reserved(st, f, r, k->def, k->line)))
				return s;
			a = erg_graph_actor(st->g, f->u.node.actor);
		}
	}
	if (f->u.node.has_group && !a->affiliation &&
	    f->u.node.group != f->u.node.actor) {
		const erg_actor *grp = erg_graph_actor_c(st->g, f->u.node.group);
		if (erg_set_str(&a->affiliation, grp->id))
			return gm_oom(st);
	}
	return ERG_OK;
}

static erg_status endpoint(gm_state *st, const char *id, long line,
			   size_t *out, bool *created)
{
	erg_status s;
	if (erg_graph_find_actor(st->g, id, out) == 0) {
		*created = false;
		return ERG_OK;
	}
	s = erg_graph_ensure_actor(st->g, id, out, created, st->err);
	if (s)
		return erg_error_set(st->err, s, st->name, line, 0,
				     "%s", st->err->message);
	return mark_declared(st, *out, false);
}

static erg_status add_pending(gm_state *st, size_t actor, size_t rel,
			      long line)
{
	if (erg__grow((void **)&st->pending, &st->cap_pending,
		      st->n_pending + 1, sizeof(*st->pending)))
		return gm_oom(st);
	st->pending[st->n_pending].actor = actor;
	st->pending[st->n_pending].rel = rel;
	st->pending[st->n_pending].line = line;
	st->n_pending++;
	return ERG_OK;
}

static erg_status port_warning(gm_state *st, long line)
{
	if (!st->warned_port) {
		st->warned_port = true;
		gm_warn(st, line, "GraphML ports are not supported and are "
				  "ignored");
	}
	return ERG_OK;
}

static erg_status edge_start(gm_state *st, long line)
{
	gm_frame *gf = enclosing_graph(st), *f;
	char *src = gm_attr(st, "source"), *tgt = gm_attr(st, "target");
	char *id = gm_attr(st, "id"), *dir = gm_attr(st, "directed");
	char *sp = gm_attr(st, "sourceport"), *tp = gm_attr(st, "targetport");
	size_t a, b, r;
	bool ca = false, cb = false, graph_directed;
	erg_value v = { 0 };
	erg_status s;

	if (!gf) {
		s = gm_fail(st, ERG_EPARSE, line, "<edge> outside a <graph>");
		goto done;
	}
	if (!src || !src[0] || !tgt || !tgt[0]) {
		s = gm_fail(st, ERG_EINVAL, line, "<edge%s%s> without %s",
			    id ? " id=" : "", id ? id : "",
			    !src || !src[0] ? "a source" : "a target");
		goto done;
	}
	if (dir && erg_value_parse(ERG_ATTR_BOOL, dir, &v) != 0) {
		s = gm_fail(st, ERG_EINVAL, line,
			    "invalid directed=\"%.64s\" (expected true or "
			    "false)",
			    dir);
		goto done;
	}
	if (sp || tp)
		port_warning(st, line);
	if ((s = endpoint(st, src, line, &a, &ca)) ||
	    (s = endpoint(st, tgt, line, &b, &cb)))
		goto done;
	if ((s = erg_graph_add_relation(st->g, a, b, st->related, &r,
					st->err))) {
		erg_error_set(st->err, s, st->name, line, 0, "%s",
			      st->err->message);
		goto done;
	}
	if ((ca && (s = add_pending(st, a, r, line))) ||
	    (cb && (s = add_pending(st, b, r, line))))
		goto done;
	if (id && id[0] &&
	    erg_set_str(&erg_graph_relation(st->g, r)->id, id)) {
		s = gm_oom(st);
		goto done;
	}
	graph_directed = gf->u.graph.directed; /* before push() moves gf */
	if ((s = push(st, FR_EDGE, line, &f)))
		goto done;
	f->u.edge.rel = r;
	f->u.edge.directed_attr = dir ? v.b : -1;
	f->u.edge.graph_directed = graph_directed;
	f->u.edge.symmetric = -1;
done:
	free(src);
	free(tgt);
	free(id);
	free(dir);
	free(sp);
	free(tp);
	return s;
}

static erg_status edge_end(gm_state *st, gm_frame *f)
{
	erg_relation *r;
	erg_status s;

	for (int res = RES_TYPE; res < RES__COUNT; res++) {
		if ((f->u.edge.seen & (1u << res)) || st->res_default[res] < 0)
			continue;
		const gm_key *k = &st->keys[st->res_default[res]];
		if ((s = apply_reserved(st, f, res, k->def, k->line)))
			return s;
	}
	r = erg_graph_relation(st->g, f->u.edge.rel);
	if (f->u.edge.symmetric >= 0)
		r->directed = !f->u.edge.symmetric;
	else if (f->u.edge.directed_attr >= 0)
		r->directed = f->u.edge.directed_attr;
	else
		r->directed = f->u.edge.graph_directed;
	return ERG_OK;
}

/* ---- data ---- */

/* Copies s without leading and trailing white space into buf. */
static const char *trimmed(const char *s, char *buf, size_t size)
{
	size_t n;
	while (*s && strchr(" \t\r\n", *s))
		s++;
	n = strlen(s);
	while (n && strchr(" \t\r\n", s[n - 1]))
		n--;
	if (n >= size)
		n = size - 1;
	memcpy(buf, s, n);
	buf[n] = '\0';
	return buf;
}

static erg_status apply_reserved(gm_state *st, gm_frame *f, int res,
				 const char *text, long line)
{
	char word[128];
	erg_value v;

	if (f->kind == FR_NODE) {
		erg_actor *a = erg_graph_actor(st->g, f->u.node.actor);
		f->u.node.seen |= 1u << res;
		switch (res) {
		case RES_LABEL:
			if (erg_actor_set_label(a, text[0] ? text : NULL))
				return gm_oom(st);
			return ERG_OK;
		case RES_KIND: {
			erg_kind kd;
			if (blank(text))
				return ERG_OK;
			trimmed(text, word, sizeof(word));
			if (erg_kind_parse(word, &kd) != 0)
				return gm_fail(st, ERG_EINVAL, line,
					       "node '%s': unknown kind "
					       "'%.64s'",
					       a->id, word);
			a->kind = kd;
			return ERG_OK;
		}
		case RES_ALIASES:
			if (erg_actor_set_aliases_joined(a, text))
				return gm_oom(st);
			return ERG_OK;
		case RES_AFFILIATION:
			if (erg_set_str(&a->affiliation,
					blank(text) ? NULL : text))
				return gm_oom(st);
			return ERG_OK;
		}
		return ERG_OK;
	}

	erg_relation *r = erg_graph_relation(st->g, f->u.edge.rel);
	f->u.edge.seen |= 1u << res;
	switch (res) {
	case RES_TYPE: {
		size_t t;
		trimmed(text, word, sizeof(word));
		if (!word[0]) {
			r->type = st->related;
			return ERG_OK;
		}
		if (erg_types_find(erg_graph_types(st->g), word, &t) != 0)
			return gm_fail(st, ERG_EINVAL, line,
				       "unknown relation type '%.64s' (add it "
				       "with --types FILE)",
				       word);
		r->type = t;
		return ERG_OK;
	}
	case RES_POLARITY:
		return ERG_OK; /* comes from the type */
	case RES_MODALITY: {
		erg_modality m;
		if (blank(text))
			return ERG_OK;
		trimmed(text, word, sizeof(word));
		if (erg_modality_parse(word, &m) != 0)
			return gm_fail(st, ERG_EINVAL, line,
				       "unknown modality '%.64s'", word);
		r->modality = m;
		return ERG_OK;
	}
	case RES_DATE:
		trimmed(text, word, sizeof(word));
		if (!word[0]) {
			erg_set_str(&r->date, NULL);
			return ERG_OK;
		}
		if (!erg_date_valid(word))
			return gm_fail(st, ERG_EINVAL, line,
				       "invalid date '%.64s' (expected "
				       "YYYY, YYYY-MM or YYYY-MM-DD)",
				       word);
		if (erg_set_str(&r->date, word))
			return gm_oom(st);
		return ERG_OK;
	case RES_WEIGHT:
		if (blank(text))
			return ERG_OK;
		if (erg_value_parse(ERG_ATTR_DOUBLE, text, &v) != 0)
			return gm_fail(st, ERG_EINVAL, line,
				       "invalid weight \"%.64s\"", text);
		r->weight = v.d;
		return ERG_OK;
	case RES_EVIDENCE:
		if (erg_set_str(&r->evidence, text[0] ? text : NULL))
			return gm_oom(st);
		return ERG_OK;
	case RES_DOC:
		if (erg_set_str(&r->doc, text[0] ? text : NULL))
			return gm_oom(st);
		return ERG_OK;
	case RES_OFFSET:
		if (blank(text))
			return ERG_OK;
		if (erg_value_parse(ERG_ATTR_LONG, text, &v) == 0) {
			r->offset = v.i;
			return ERG_OK;
		}
		if (erg_value_parse(ERG_ATTR_DOUBLE, text, &v) == 0 &&
		    v.d >= -1 && v.d < 9.2e18 && v.d == (double)(long long)v.d) {
			r->offset = (long long)v.d;
			return ERG_OK;
		}
		return gm_fail(st, ERG_EINVAL, line,
			       "invalid offset \"%.64s\"", text);
	case RES_SYMMETRIC:
		if (blank(text))
			return ERG_OK;
		if (erg_value_parse(ERG_ATTR_BOOL, text, &v) != 0)
			return gm_fail(st, ERG_EINVAL, line,
				       "invalid symmetric \"%.64s\" (expected "
				       "true or false)",
				       text);
		f->u.edge.symmetric = v.b;
		return ERG_OK;
	}
	return ERG_OK;
}

static erg_status data_undeclared_key(gm_state *st, const char *kid,
				      long line, size_t *out)
{
	char msg[256];
	snprintf(msg, sizeof(msg),
		 "<data> refers to undeclared key '%.64s'; read as a string",
		 kid);
	gm_warn(st, line, msg);
	return key_add(st, kid, kid, ERG_ATTR_STRING, FOR_ALL, line, out);
}

/* <data key=...>: decides how to read its content. */
static erg_status data_begin(gm_state *st, long line)
{
	gm_frame *f = top(st);
	char *kid;
	size_t ki;
	gm_key *k;
	erg_status s = ERG_OK;

	if (!f || f->kind == FR_GRAPHML || f->kind == FR_KEY ||
	    (f->kind == FR_GRAPH && !f->u.graph.top)) {
		/* graphml-level data, or data of nested graphs: ignored */
		content_begin(st, CT_SKIP, line);
		return ERG_OK;
	}
	kid = gm_attr(st, "key");
	if (!kid || !kid[0]) {
		s = gm_fail(st, ERG_EINVAL, line, "<data> without a key");
		goto done;
	}
	if (erg__strmap_get(&st->key_index, kid, &ki) != 0 &&
	    (s = data_undeclared_key(st, kid, line, &ki)))
		goto done;
	k = &st->keys[ki];
	content_begin(st, CT_DATA, line);
	st->content.key = ki;
	st->content.collect = !k->yfiles;
	st->content.want_label = f->kind == FR_NODE && !f->u.node.yed_label &&
				 (k->nodegraphics || !k->yfiles);
done:
	free(kid);
	return s;
}

/* At </data>: applies the value to the element it belongs to. */
static erg_status data_end(gm_state *st)
{
	gm_frame *f = top(st);
	gm_key *k = &st->keys[st->content.key];
	long line = st->content.line;
	erg_domain dom;
	erg_attrs *attrs;
	uint32_t ek;
	erg_value v;
	erg_status s;

	dom = f->kind == FR_NODE   ? ERG_DOMAIN_NODE
	      : f->kind == FR_EDGE ? ERG_DOMAIN_EDGE
				   : ERG_DOMAIN_GRAPH;
	/* st->label is only filled when a label was wanted */
	if (f->kind == FR_NODE && !f->u.node.yed_label && st->label.len &&
	    !blank(st->label.data)) {
		f->u.node.yed_label = erg__strdup(st->label.data);
		if (!f->u.node.yed_label)
			return gm_oom(st);
	}
	if (k->yfiles)
		return ERG_OK; /* graphics, resources: XML, not a value */
	if (st->content.had_elements) {
		/* XML content (yFiles for HTML keys without yfiles.type) */
		if (!st->warned_content) {
			char msg[256];
			st->warned_content = true;
			snprintf(msg, sizeof(msg),
				 "<data key=\"%.64s\"> holds XML elements, not "
				 "a value; ignored",
				 k->id);
			gm_warn(st, line, msg);
		}
		return ERG_OK;
	}
	if (k->res[dom] != RES_NONE)
		return apply_reserved(st, f, k->res[dom], gm_text(st), line);
	if ((s = key_for_domain(st, k, dom, &ek)))
		return s;
	if (k->type != ERG_ATTR_STRING && blank(gm_text(st)))
		return ERG_OK; /* no value */
	if (erg_value_parse(k->type, gm_text(st), &v) != 0)
		return value_error(st, k, line, gm_text(st));
	attrs = dom == ERG_DOMAIN_NODE
			? &erg_graph_actor(st->g, f->u.node.actor)->attrs
		: dom == ERG_DOMAIN_EDGE
			? &erg_graph_relation(st->g, f->u.edge.rel)->attrs
			: erg_graph_attrs(st->g);
	if (erg_attrs_set(st->g, attrs, ek, v))
		return gm_oom(st);
	return ERG_OK;
}

/* ---- the element loop ---- */

static erg_status element_start(gm_state *st, const xmlChar *name, long line)
{
	gm_frame *f = top(st), *nf;
	erg_status s;

	if (!st->seen_root) {
		st->seen_root = true;
		if (gm_is(name, "graphml"))
			return push(st, FR_GRAPHML, line, &nf);
		if (!gm_is(name, "graph"))
			return gm_fail(st, ERG_EPARSE, line,
				       "not a GraphML document: the root "
				       "element is <%.64s>, not <graphml>",
				       name ? (const char *)name : "");
	}
	if (gm_is(name, "graph") &&
	    (!f || f->kind == FR_GRAPHML || f->kind == FR_NODE ||
	     f->kind == FR_EDGE))
		return graph_start(st, line);
	if (gm_is(name, "node") && f && f->kind == FR_GRAPH)
		return node_start(st, line);
	if (gm_is(name, "edge") && f && f->kind == FR_GRAPH)
		return edge_start(st, line);
	if (gm_is(name, "data"))
		return data_begin(st, line);
	/* keys belong under <graphml>; some writers put them in <graph> */
	if (gm_is(name, "key") && f &&
	    (f->kind == FR_GRAPHML || f->kind == FR_GRAPH)) {
		size_t ki;
		if ((s = key_start(st, line, &ki)) ||
		    (s = push(st, FR_KEY, line, &nf)))
			return s;
		nf->u.key.key = ki;
		return ERG_OK;
	}
	if (gm_is(name, "default") && f && f->kind == FR_KEY) {
		content_begin(st, CT_DEFAULT, line);
		st->content.key = f->u.key.key;
		st->content.collect = true;
		return ERG_OK;
	}
	if (gm_is(name, "hyperedge"))
		return gm_fail(st, ERG_EUNSUPPORTED, line,
			       "GraphML hyperedges are not supported");
	if (gm_is(name, "port")) {
		port_warning(st, line);
	} else if (gm_is(name, "locator") && !st->warned_locator) {
		st->warned_locator = true;
		gm_warn(st, line,
			"GraphML <locator> (external graph) is not loaded");
	}
	content_begin(st, CT_SKIP, line); /* desc, port, foreign elements */
	return ERG_OK;
}

static erg_status element_end(gm_state *st)
{
	gm_frame *f;
	erg_status s = ERG_OK;

	if (!st->depth)
		return ERG_OK;
	f = &st->stack[st->depth - 1];
	switch (f->kind) {
	case FR_NODE:
		s = node_end(st, f);
		free(f->u.node.yed_label);
		f->u.node.yed_label = NULL;
		break;
	case FR_EDGE:
		s = edge_end(st, f);
		break;
	case FR_KEY:
		s = key_end(st, f->u.key.key);
		break;
	default:
		break;
	}
	st->depth--;
	return s;
}

static void progress(gm_state *st)
{
	long done;
	if (!st->opts || !st->opts->progress)
		return;
	done = st->ctxt ? xmlByteConsumed(st->ctxt) : -1;
	st->opts->progress(st->opts->progress_userdata, "graphml",
			   done > 0 ? (size_t)done : st->input_len,
			   st->input_len);
}

/* ---- SAX2 handlers ---- */

/* `ctx` is the context's userData: the reader state, not the context, so
 * that libxml2 never falls back to its own entity table (it does so when
 * userData is the context), and no entity is ever resolved. */
static gm_state *handler_state(void *ctx)
{
	gm_state *st = ctx;
	return st && st->status == ERG_OK ? st : NULL;
}

static void handler_failed(gm_state *st, void *ctx, erg_status s)
{
	(void)ctx;
	st->status = s;
	xmlStopParser(st->ctxt);
}

static void sax_start(void *ctx, const xmlChar *localname,
		      const xmlChar *prefix, const xmlChar *uri, int nb_ns,
		      const xmlChar **ns, int nb_attributes, int nb_defaulted,
		      const xmlChar **attributes)
{
	gm_state *st = handler_state(ctx);
	gm_content *c;
	erg_status s;

	(void)prefix;
	(void)uri;
	(void)nb_ns;
	(void)ns;
	(void)nb_defaulted;
	if (!st)
		return;
	c = &st->content;
	if (c->kind != CT_NONE) {
		c->depth++;
		c->had_elements = true;
		if (c->want_label && !c->label_level &&
		    is_label_element(localname))
			c->label_level = c->depth;
		return;
	}
	st->attrs = attributes;
	st->n_attrs = nb_attributes;
	s = element_start(st, localname, xmlSAX2GetLineNumber(st->ctxt));
	st->attrs = NULL;
	st->n_attrs = 0;
	if (s)
		handler_failed(st, ctx, s);
	else if (++st->n_elements % GM_PROGRESS_EVERY == 0)
		progress(st);
}

static void sax_end(void *ctx, const xmlChar *localname,
		    const xmlChar *prefix, const xmlChar *uri)
{
	gm_state *st = handler_state(ctx);
	gm_content *c;
	erg_status s = ERG_OK;

	(void)localname;
	(void)prefix;
	(void)uri;
	if (!st)
		return;
	c = &st->content;
	if (c->kind == CT_NONE) {
		s = element_end(st);
	} else if (c->depth > 0) {
		if (c->label_level == c->depth) {
			c->label_level = 0;
			if (st->label.len && !blank(st->label.data))
				c->want_label = false; /* got one */
			else
				erg__buf_reset(&st->label);
		}
		c->depth--;
		return;
	} else {
		if (c->kind == CT_DATA)
			s = data_end(st);
		else if (c->kind == CT_DEFAULT)
			s = key_default_end(st, c->key);
		c->kind = CT_NONE;
	}
	if (s)
		handler_failed(st, ctx, s);
}

static void sax_text(void *ctx, const xmlChar *ch, int len)
{
	gm_state *st = handler_state(ctx);
	gm_content *c;
	erg_status s = ERG_OK;

	if (!st || len <= 0)
		return;
	c = &st->content;
	if (c->kind != CT_DATA && c->kind != CT_DEFAULT)
		return;
	if (c->depth == 0 && c->collect)
		s = gm_append(st, &st->text, (const char *)ch, (size_t)len);
	else if (c->label_level && c->depth == c->label_level)
		s = gm_append(st, &st->label, (const char *)ch, (size_t)len);
	if (s)
		handler_failed(st, ctx, s);
}

/* An entity reference libxml2 did not expand: kept as "&name;". */
static void sax_reference(void *ctx, const xmlChar *name)
{
	gm_state *st = handler_state(ctx);
	gm_content *c;
	erg_status s = ERG_OK;

	if (!st || !name)
		return;
	c = &st->content;
	if ((c->kind == CT_DATA || c->kind == CT_DEFAULT) && c->depth == 0 &&
	    c->collect) {
		s = gm_append(st, &st->text, "&", 1);
		if (!s)
			s = gm_append(st, &st->text, (const char *)name,
				      strlen((const char *)name));
		if (!s)
			s = gm_append(st, &st->text, ";", 1);
	}
	if (s)
		handler_failed(st, ctx, s);
}

static erg_status check_pending(gm_state *st)
{
	for (size_t i = 0; i < st->n_pending; i++) {
		const gm_pending *p = &st->pending[i];
		const erg_relation *r;
		if (is_declared(st, p->actor))
			continue;
		r = erg_graph_relation_c(st->g, p->rel);
		if (r->id)
			return gm_fail(st, ERG_EINVAL, p->line,
				       "edge %s refers to unknown node '%s'",
				       r->id,
				       erg_graph_actor_c(st->g, p->actor)->id);
		return gm_fail(st, ERG_EINVAL, p->line,
			       "edge refers to unknown node '%s'",
			       erg_graph_actor_c(st->g, p->actor)->id);
	}
	return ERG_OK;
}

static erg_status run(gm_state *st, const char *data, size_t len)
{
	xmlSAXHandler sax;
	xmlParserCtxtPtr ctxt;
	erg_status s;

	/* Only element and text events: no DTD declarations are kept, so no
	 * entity is ever defined, loaded or expanded. */
	memset(&sax, 0, sizeof(sax));
	sax.initialized = XML_SAX2_MAGIC;
	sax.startElementNs = sax_start;
	sax.endElementNs = sax_end;
	sax.characters = sax_text;
	sax.ignorableWhitespace = sax_text;
	sax.cdataBlock = sax_text;
	sax.reference = sax_reference;
	sax.serror = gm_structured_error;

	ctxt = xmlCreateMemoryParserCtxt(data, (int)len);
	if (!ctxt)
		return gm_oom(st);
	xmlFree(ctxt->sax);
	ctxt->sax = &sax;
	ctxt->userData = st;
	xmlCtxtUseOptions(ctxt, XML_PARSE_NONET);
	st->ctxt = ctxt;

	xmlParseDocument(ctxt);

	if (st->status)
		s = st->status;
	else if (st->failed || !ctxt->wellFormed)
		s = gm_xml_error(st);
	else if (!st->seen_root)
		s = gm_fail(st, ERG_EPARSE, 1, "no XML element in the input");
	else
		s = check_pending(st);
	if (!s)
		progress(st);

	st->ctxt = NULL;
	ctxt->sax = NULL; /* on the stack */
	if (ctxt->myDoc)
		xmlFreeDoc(ctxt->myDoc);
	ctxt->myDoc = NULL;
	xmlFreeParserCtxt(ctxt);
	return s;
}

erg_status erg_graphml_read_memory(erg_graph *g, const char *data,
				   size_t len, const char *name,
				   const erg_read_opts *opts, erg_error *err)
{
	gm_state st;
	erg_error local_err;
	size_t max = opts && opts->max_input_bytes ? opts->max_input_bytes
						   : GM_DEFAULT_MAX_INPUT;
	xmlStructuredErrorFunc old_serror;
	void *old_sctx;
	xmlGenericErrorFunc old_generic;
	void *old_gctx;
	erg_status s;

	if (!err)
		err = &local_err;
	erg_error_clear(err);
	if (!g || (!data && len))
		return erg_error_set(err, ERG_EINVAL, name, 0, 0,
				     "invalid arguments");
	if (len > max || len > INT_MAX)
		return erg_error_set(err, ERG_ELIMIT, name, 0, 0,
				     "input of %zu bytes exceeds the limit of "
				     "%zu bytes",
				     len, max < INT_MAX ? max : (size_t)INT_MAX);
	if (len == 0)
		return erg_error_set(err, ERG_EPARSE, name, 1, 0,
				     "empty input: no GraphML document");

	memset(&st, 0, sizeof(st));
	st.g = g;
	st.name = name;
	st.opts = opts;
	st.err = err;
	st.input_len = len;
	st.n_before = erg_graph_actor_count(g);
	erg__strmap_init(&st.key_index);
	erg__buf_init(&st.text, max);
	erg__buf_init(&st.label, max);
	for (int i = 0; i < RES__COUNT; i++)
		st.res_default[i] = -1;
	if (erg_types_find(erg_graph_types(g), ERG_TYPE_RELATED, &st.related)) {
		s = erg_error_set(err, ERG_EINVAL, name, 0, 0,
				  "the type table has no '%s' type",
				  ERG_TYPE_RELATED);
		goto cleanup;
	}

	xmlInitParser();
	old_serror = xmlStructuredError;
	old_sctx = xmlStructuredErrorContext;
	old_generic = xmlGenericError;
	old_gctx = xmlGenericErrorContext;
	xmlSetStructuredErrorFunc(NULL, gm_global_structured);
	xmlSetGenericErrorFunc(NULL, gm_global_generic);

	s = run(&st, data, len);

	xmlSetStructuredErrorFunc(old_sctx, old_serror);
	xmlSetGenericErrorFunc(old_gctx, old_generic);

cleanup:
	for (size_t i = 0; i < st.depth; i++)
		if (st.stack[i].kind == FR_NODE)
			free(st.stack[i].u.node.yed_label);
	free(st.stack);
	for (size_t i = 0; i < st.n_keys; i++)
		key_free(&st.keys[i]);
	free(st.keys);
	erg__strmap_free(&st.key_index);
	free(st.declared);
	free(st.pending);
	erg__buf_free(&st.text);
	erg__buf_free(&st.label);
	return s;
}

erg_status erg_graphml_read_file(erg_graph *g, const char *path,
				 const erg_read_opts *opts, erg_error *err)
{
	char *data = NULL;
	size_t len = 0;
	erg_status s;

	if (!path)
		return erg_error_set(err, ERG_EINVAL, NULL, 0, 0,
				     "no file name");
	/* capped read; errors name the file ("-" is standard input) */
	if ((s = erg_read_all(path, opts, &data, &len, err)))
		return s;
	s = erg_graphml_read_memory(g, data, len,
				    strcmp(path, "-") == 0 ? "<stdin>" : path,
				    opts, err);
	free(data);
	return s;
}
