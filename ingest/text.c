/*
 * text.c - the text ingest pipeline (see ergraph/text.h and
 * docs/text-ingest.md).
 *
 * Stream of bytes -> lines -> paragraphs (blank-line separated; lines
 * joined, end-of-line hyphenation undone, ** and __ dropped; a paragraph
 * without final punctuation followed by one starting in lower case is
 * rejoined: page-break gaps) -> one automaton pass per paragraph ->
 * sentences -> elements (actor mentions, titles, cues, modality, ...) ->
 * actor groups -> relations from each cue's slots.
 *
 * No domain word lives here: every word the pipeline reacts to comes from
 * the lexicon; the code knows only punctuation and letter case.
 */
#include "ergraph/text.h"

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "text_internal.h"

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#define DEFAULT_MAX_PARA ((size_t)1 << 20)
#define READ_CHUNK ((size_t)1 << 20)
#define GROUP_MAX 16
#define MAX_REL_PER_SENTENCE 256
#define EV_TYPES 64 /* relation types remembered for event nouns */
#define EV_KEYS 64  /* cue phrases remembered for event nouns (a ring) */
#define REL_CLAUSE 0x100000 /* clause numbers of relative clauses */
#define REL_TIGHT 0x200000  /* ... of restrictive ones ("entities that
			     * supply arms") */
#define RING_MAX 32 /* latest actors remembered for anaphors */
#define PAIRS_MAX 4 /* longest list whose members are paired */
#define DISPUTES_MAX 16 /* hostile pairs counted for mediators */
#define GR_SRC 1 /* gr_used: the source of an earlier cue */
#define GR_TGT 2 /* ... its target */
#define DEEDS_MAX 8 /* latest acts remembered for "the move" */
#define GALIAS_MAX 4 /* lists named by apposition ("the guarantors") */
#define CAND_MAX 4096 /* untitled names remembered per document */

/* participant code: >= 0 lexicon actor, < 0 -(1 + document person) */
typedef long long who_t;
#define WHO_NONE ((who_t)1 << 62)

enum {
	E_WORD,
	E_PUNCT,
	E_POSS,
	E_ACTOR,
	E_TITLE,
	E_CUE,
	E_MODAL,
	E_COORD,
	E_PASSIVE,
	E_BOUNDARY,
	E_DET,
	E_COLLECTIVE,
	E_MONTH,
	E_DISCARD,
	E_SPEECH,
	E_ANAPHOR,
	E_LOCATIVE,
	E_RELATIVE,
	E_SELF,
	E_PRONOUN,
	E_NONSTATE,
	E_MOTION,
	E_SPONSOR,
	E_RECIP,
	E_DISTRIB,
	E_ELLIPSIS,
	E_DEED,
	E_OTHER,
	E_SKIP
};

typedef struct {
	size_t start, end; /* bytes in the paragraph */
	uint8_t kind;
	uint8_t alias_kind;
	bool poss;
	bool upper;
	bool consumed;
	bool digits;
	bool proxy; /* a state standing for an official named by office */
	bool list;  /* a collective standing for the latest list of its kind */
	bool pron;  /* a pronoun standing for the latest source group */
	bool motion;  /* a word naming a text put to a vote */
	bool sponsor; /* "drafted by", "introducing the draft" */
	bool recip;   /* "each other", "the other" */
	bool nonstate; /* "rebels", "gangs": a group that is no actor */
	bool ellip;    /* "followed", "the following year" */
	bool deed;     /* "the move", "the decision" */
	uint8_t ga;    /* 1 + index in c->galias: a list named by
			* apposition ("the guarantor countries") */
	char punct;
	uint32_t ref;
	size_t match; /* index in c->m for a phrase match, else SIZE_MAX */
	who_t who;
	who_t who2; /* the second of a resolved collective */
	int group;
	int clause;
} elem;

typedef struct {
	who_t m[GROUP_MAX];
	int n;
	int first, last; /* element indices */
	bool compound;
	bool event; /* the actors of an earlier relation ("the strikes") */
	int clause;
} group;

typedef struct {
	char *id;
	char *label;
	char *aff; /* affiliation actor id or NULL */
} doc_person;

typedef struct {
	who_t s, t;
	size_t type;
	erg_modality mod;
} rel_key;

typedef struct {
	size_t norm;
	long long raw;
} seg;

typedef struct {
	erg_buf text;
	seg *segs;
	size_t n_segs, cap_segs;
} para_buf;

typedef struct {
	erg_graph *g;
	const erg_lexicon *lx;
	const erg_text_opts *opts;
	erg_error *err;
	const char *doc;
	const char *rel_doc; /* the relations' doc (opts->doc_name or doc) */
	size_t max_para;

	para_buf cur, prev;
	bool have_prev;
	/* the latest lead-in ("... the United States should-") and a
	 * list item joined to it ("(1) work with Japan ...") */
	para_buf lead, joined;

	lx_matches m;
	elem *el;
	size_t n_el, cap_el;
	group *gr;
	size_t n_gr, cap_gr;
	uint8_t *gr_used; /* per group: GR_SRC, GR_TGT of an earlier cue */
	size_t cap_used;

	doc_person *persons;
	size_t n_persons, cap_persons;
	erg_strmap person_map;
	/* document surnames: folded word -> who (stored as size_t index into
	 * sn_who) */
	erg_strmap sn_map;
	char **sn_keys;
	who_t *sn_who;
	size_t n_sn, cap_sn;
	/* untitled names seen once ("Khalifa Haftar"): folded last word ->
	 * index into cand_names, until a bare "Haftar" confirms a person */
	erg_strmap cand_map;
	char **cand_keys, **cand_names;
	size_t n_cand, cap_cand;

	who_t focus[2];
	bool has_focus;
	/* pairs of states or bodies in hostile relations, with counts: the
	 * most frequent (then the latest) are the sides a mediator stands
	 * between ("Spain offered to mediate"); bounded, the least
	 * frequent is replaced */
	struct dispute {
		who_t a, b;
		size_t n, last;
	} disputes[DISPUTES_MAX];
	size_t n_disputes, dispute_clock;
	who_t dispute[2];
	/* the body a document is about ("Mercosur" as its heading, "The
	 * SCO is a ..." as its first sentence), for a "topic" slot */
	who_t topic;
	bool has_topic, topic_done;
	/* the sponsors of the latest text put to a vote ("drafted by X") */
	who_t sponsor[GROUP_MAX];
	int n_sponsor;
	/* the two latest distinct actors mentioned, per kind */
	who_t recent[ERG_KIND__COUNT][2];
	/* the latest distinct actors mentioned, a ring, for anaphors
	 * that name their referent ("the Union", "the Council") */
	who_t ring[RING_MAX];
	size_t n_ring;
	who_t self; /* the document's first person ("We, the G7 ...") */
	who_t self2; /* its partner in a joint statement, or WHO_NONE */
	who_t first_org; /* the first body named in the document */
	/* the latest cue that related somebody: its type, modality, cue
	 * and targets, for an ellipsis ("and Sweden followed") */
	struct {
		size_t type;
		erg_modality mod;
		uint32_t cue;
		who_t t[GROUP_MAX];
		int n;
		size_t sent; /* the sentence (n_sent) it was made in */
	} last_rel;
	/* the latest acts between states or bodies (a ring), for a
	 * reaction to "the move", "the decision", "it" */
	struct deed {
		who_t s;
		size_t type;
		bool reaction;
		bool accuse; /* its cue is an accusation ("accused") */
		bool neutral; /* a decision of a neutral type ("admitted X"):
			       * named by a deed noun only, not by "it" */
		who_t t;
	} deeds[DEEDS_MAX];
	size_t n_deeds;
	/* the source of the latest relation, for "it" and "they" */
	who_t last_src[GROUP_MAX];
	int n_last_src;
	/* the state or body opening the previous [0] and the current [1]
	 * sentence as its subject ("Pakistan has always respected ... It
	 * remains committed"): "it" is that actor first */
	who_t opener[2];
	/* the source of the document's first relation, a state or body: the
	 * speaker of a statement's "we" when no "We," names one */
	who_t first_src;
	size_t n_sent; /* sentences analyzed or noted */
	bool el_dates; /* build_elements made a month or an all-digits word:
			* without one no date can be found (find_date) */
	uint32_t sent_what; /* the key_info.what bits of all the matches of
			     * the sentence being analyzed: the meanings its
			     * elements may have (cue_modality) */
	/* a condemned event whose actor is not named yet ("condemns the
	 * attack on a post ... The attack was carried out by X"): the
	 * condemners, for the agent named in the next sentences */
	struct {
		who_t s[GROUP_MAX];
		int n;
		size_t type, ev_type, sent;
		erg_modality mod;
	} pending;
	/* what the latest text put to a vote does ("a resolution censuring
	 * Iran"): its sponsors do it too */
	struct {
		who_t t[GROUP_MAX];
		int n;
		size_t type;
		erg_modality mod;
		uint32_t cue;
	} motion_rel;
	/* lists named once by apposition ("The guarantor countries, A, B
	 * and C, ..."): the first word of the noun phrase (no plural s)
	 * and the list, for later "the guarantor countries", "the
	 * guarantors" */
	struct galias {
		char key[24];
		who_t m[GROUP_MAX];
		int n;
	} galias[GALIAS_MAX];
	size_t n_galias, galias_next;
	/* the latest list of two or more actors named together, per kind */
	who_t list[ERG_KIND__COUNT][GROUP_MAX];
	int n_list[ERG_KIND__COUNT];
	/* per relation type: the actors of its latest relation, for event
	 * nouns that stand for them ("condemned the strikes") */
	struct event_mem {
		who_t s[GROUP_MAX];
		int ns;
		int ns_subj; /* s[0, ns_subj): the subject's; the rest the
			      * target's (a friendly undirected event) */
		uint32_t key; /* phrase of the cue (per-phrase ring) */
	} *ev;
	size_t n_evk; /* per-phrase entries written to ev[EV_TYPES..] */
	/* pairs of non-persons in relations or named together, with counts:
	 * the most frequent (then the latest) is the dyad in focus */
	struct dyad {
		who_t a, b;
		size_t n, last;
	} *dyads;
	size_t n_dyads, cap_dyads, dyad_clock, best_dyad;
	uint32_t *dyad_slot; /* open addressing: index + 1, 0 = empty */
	char doc_date[11];
	size_t *undated;
	size_t n_undated, cap_undated;

	rel_key *seen;
	size_t n_seen, cap_seen;
	size_t *actor_idx; /* per lexicon actor: graph index or SIZE_MAX */
	size_t *type_of_cue;
	/* per cue: the types of its `body=`, `negated=` and `soft=`
	 * options, SIZE_MAX when not set */
	struct cue_alt {
		size_t body, negated, soft;
	} *alt_of_cue;
	long long line_raw; /* raw offset of the current line */
	size_t abbrev_max;  /* longest abbreviation of the lexicon (bytes) */
	/* per length below 64: abbrev_bit of the first byte of each
	 * abbreviation of that length (a filter before the look-up) */
	uint32_t abbrev_first[64];
} ctx;

void erg_text_opts_init(erg_text_opts *o)
{
	memset(o, 0, sizeof(*o));
	erg_read_opts_init(&o->read);
}

static bool ends_with_ci(const char *s, const char *suf)
{
	size_t a = strlen(s), b = strlen(suf);
	return a >= b && erg__strcasecmp(s + a - b, suf) == 0;
}

bool erg_text_is_document(const char *path)
{
	static const char *exts[] = { ".txt", ".text", ".md", ".html",
				      ".htm", ".xhtml" };
	if (!path)
		return false;
	for (size_t i = 0; i < sizeof(exts) / sizeof(exts[0]); i++)
		if (ends_with_ci(path, exts[i]))
			return true;
	return false;
}

static erg_status nomem(ctx *c)
{
	return erg_error_set(c->err, ERG_ENOMEM, NULL, 0, 0, "out of memory");
}

/* ---- paragraph buffers ---- */

static void para_init(para_buf *p, size_t max)
{
	memset(p, 0, sizeof(*p));
	erg__buf_init(&p->text, max + 16);
}

static void para_free(para_buf *p)
{
	erg__buf_free(&p->text);
	free(p->segs);
}

static void para_reset(para_buf *p)
{
	erg__buf_reset(&p->text);
	p->n_segs = 0;
}

/* Appends raw bytes s[0..n) located at document offset raw. */
static erg_status para_put(para_buf *p, const char *s, size_t n,
			   long long raw)
{
	size_t at = p->text.len;
	if (!n)
		return ERG_OK;
	if (!p->n_segs || (long long)(at - p->segs[p->n_segs - 1].norm) !=
			      raw - p->segs[p->n_segs - 1].raw) {
		if (erg__grow((void **)&p->segs, &p->cap_segs, p->n_segs + 1,
			      sizeof(seg)))
			return ERG_ENOMEM;
		p->segs[p->n_segs].norm = at;
		p->segs[p->n_segs].raw = raw;
		p->n_segs++;
	}
	return erg__buf_append(&p->text, s, n);
}

static long long para_raw(const para_buf *p, size_t norm)
{
	size_t lo = 0, hi = p->n_segs;
	if (!hi)
		return -1;
	while (hi - lo > 1) {
		size_t mid = (lo + hi) / 2;
		if (p->segs[mid].norm <= norm)
			lo = mid;
		else
			hi = mid;
	}
	return p->segs[lo].raw + (long long)(norm - p->segs[lo].norm);
}

static erg_status para_concat(para_buf *dst, const para_buf *src)
{
	erg_status st;
	size_t base;
	if ((st = erg__buf_putc(&dst->text, ' ')))
		return st;
	base = dst->text.len;
	for (size_t i = 0; i < src->n_segs; i++) {
		size_t a = src->segs[i].norm;
		size_t b = i + 1 < src->n_segs ? src->segs[i + 1].norm
					       : src->text.len;
		(void)base;
		if ((st = para_put(dst, src->text.data + a, b - a,
				   src->segs[i].raw)))
			return st;
	}
	return ERG_OK;
}

/* Appends src's text [a, b) to dst, with its document offsets. */
static erg_status para_range(para_buf *dst, const para_buf *src, size_t a,
			     size_t b)
{
	erg_status st;
	for (size_t i = 0; i < src->n_segs; i++) {
		size_t sa = src->segs[i].norm;
		size_t sb = i + 1 < src->n_segs ? src->segs[i + 1].norm
						: src->text.len;
		if (sa < a)
			sa = a;
		if (sb > b)
			sb = b;
		if (sa >= sb)
			continue;
		if ((st = para_put(dst, src->text.data + sa, sb - sa,
				   src->segs[i].raw +
				       (long long)(sa - src->segs[i].norm))))
			return st;
	}
	return ERG_OK;
}

/* ---- small text helpers ---- */

static bool is_terminal_end(const char *s, size_t n)
{
	while (n && isspace((unsigned char)s[n - 1]))
		n--;
	/* closing quotes and brackets */
	for (int k = 0; k < 4 && n; k++) {
		unsigned char c = (unsigned char)s[n - 1];
		if (c == '"' || c == '\'' || c == ')' || c == ']' || c == '*' ||
		    c == '_') {
			n--;
		} else if (n >= 3 && (unsigned char)s[n - 3] == 0xE2 &&
			   (unsigned char)s[n - 2] == 0x80 &&
			   ((unsigned char)s[n - 1] == 0x9D ||
			    (unsigned char)s[n - 1] == 0x99)) {
			n -= 3;
		} else {
			break;
		}
	}
	return n && (s[n - 1] == '.' || s[n - 1] == '!' || s[n - 1] == '?');
}

/* A paragraph ending in ';' (a recital or numbered paragraph of a
 * resolution, an item of a list) is text, not a heading. */
static bool ends_clause(const char *s, size_t n)
{
	while (n && isspace((unsigned char)s[n - 1]))
		n--;
	/* a list item of a bill: "...; and", "...; or" */
	if (n >= 5 && !memcmp(s + n - 4, " and", 4) && s[n - 5] == ';')
		n -= 4;
	else if (n >= 4 && !memcmp(s + n - 3, " or", 3) && s[n - 4] == ';')
		n -= 3;
	return n && s[n - 1] == ';';
}

static bool starts_lower(const char *s, size_t n)
{
	int32_t cp;
	size_t i = 0;
	while (i < n && (s[i] == ' ' || s[i] == '"' || s[i] == '('))
		i++;
	if (i >= n)
		return false;
	erg__utf8_decode((const unsigned char *)s + i, n - i, &cp);
	if (cp < 0x80)
		return cp >= 'a' && cp <= 'z';
	return erg__cp_is_word(cp) && !erg__cp_is_upper(cp) &&
	       !(cp >= '0' && cp <= '9');
}

/* case-insensitive ASCII compare of text[a,b) with a folded word */
static bool span_is(const char *t, size_t a, size_t b, const char *w)
{
	size_t n;
	unsigned char ch;
	/* the first letter first (ASCII folding: the words are ASCII):
	 * most words differ there */
	if (b <= a)
		return false;
	ch = (unsigned char)t[a];
	if (ch >= 'A' && ch <= 'Z')
		ch = (unsigned char)(ch + 32);
	if (ch != (unsigned char)w[0])
		return false;
	n = strlen(w);
	if (b - a != n)
		return false;
	for (size_t i = 0; i < n; i++)
		if (tolower((unsigned char)t[a + i]) != (unsigned char)w[i])
			return false;
	return true;
}

/* whether some word of a `prep` role starts with the (folded) byte f */
static inline bool role_first(const erg_lexicon *lx, int role, unsigned f)
{
	return (lx->prep_firsts[role][f >> 6] >> (f & 63)) & 1;
}

/* whether text[a,b) is one of the words of a `prep` role (LX_PREP_*) */
static bool span_role(const erg_lexicon *lx, const char *t, size_t a,
		      size_t b, int role)
{
	const char *first = lx->prep_first[role];
	int f;
	if (a >= b)
		return false;
	/* the first letter before the length: most words differ there
	 * (the role's set of first bytes, then its array of them) */
	f = tolower((unsigned char)t[a]);
	if (!role_first(lx, role, (unsigned)f))
		return false;
	for (size_t i = 0; i < lx->n_preps[role]; i++)
		if (first[i] == f && span_is(t, a, b, lx->preps[role][i]))
			return true;
	return false;
}

/* whether a folded slot word is one of the words of a `prep` role */
static bool word_role(const erg_lexicon *lx, const char *w, int role)
{
	if (!role_first(lx, role, (unsigned char)w[0]))
		return false;
	for (size_t i = 0; i < lx->n_preps[role]; i++)
		if (!strcmp(w, lx->preps[role][i]))
			return true;
	return false;
}

/* ---- document persons and surnames ---- */

static const char *who_id(const ctx *c, who_t w)
{
	if (w >= 0)
		return c->lx->actors[w].id;
	return c->persons[-w - 1].id;
}

static erg_kind who_kind(const ctx *c, who_t w)
{
	if (w >= 0)
		return erg__lx_kind(c->lx, (uint32_t)w);
	return ERG_KIND_PERSON;
}

static const char *who_aff(const ctx *c, who_t w)
{
	if (w >= 0)
		return c->lx->actors[w].affiliation;
	return c->persons[-w - 1].aff;
}

static erg_status sn_put(ctx *c, const char *word, size_t n, who_t w)
{
	char f[LX_PHRASE_MAX + 1];
	size_t fl = erg__fold(word, n, f, sizeof(f) - 1), idx;
	if (fl == (size_t)-1 || fl < 2)
		return ERG_OK;
	f[fl] = '\0';
	if (erg__strmap_get(&c->sn_map, f, &idx) == 0) {
		c->sn_who[idx] = w; /* the latest introduction wins */
		return ERG_OK;
	}
	if (erg__grow((void **)&c->sn_keys, &c->cap_sn, c->n_sn + 1,
		      sizeof(char *)))
		return ERG_ENOMEM;
	{
		who_t *p = realloc(c->sn_who, c->cap_sn * sizeof(who_t));
		if (!p)
			return ERG_ENOMEM;
		c->sn_who = p;
	}
	if (!(c->sn_keys[c->n_sn] = erg__strdup(f)))
		return ERG_ENOMEM;
	c->sn_who[c->n_sn] = w;
	if (erg__strmap_put(&c->sn_map, c->sn_keys[c->n_sn], c->n_sn))
		return ERG_ENOMEM;
	c->n_sn++;
	return ERG_OK;
}

static who_t sn_get(const ctx *c, const char *word, size_t n)
{
	char f[LX_PHRASE_MAX + 1];
	size_t fl = erg__fold(word, n, f, sizeof(f) - 1), idx;
	if (fl == (size_t)-1 || fl < 2)
		return WHO_NONE;
	f[fl] = '\0';
	if (erg__strmap_get(&c->sn_map, f, &idx) == 0)
		return c->sn_who[idx];
	return WHO_NONE;
}

/* Registers the first and last word of a person's name. */
static erg_status sn_register(ctx *c, const char *name, size_t n, who_t w)
{
	size_t a = 0, b;
	erg_status st;
	while (a < n && name[a] != ' ')
		a++;
	if (a == n)
		return sn_put(c, name, n, w);
	if ((st = sn_put(c, name, a, w)))
		return st;
	b = n;
	while (b > 0 && name[b - 1] != ' ')
		b--;
	return sn_put(c, name + b, n - b, w);
}

static erg_status person_get(ctx *c, const char *slug, const char *label,
			     const char *aff, who_t *out)
{
	size_t i;
	doc_person *p;
	if (erg__strmap_get(&c->person_map, slug, &i) == 0) {
		p = &c->persons[i];
		if (!p->aff && aff && !(p->aff = erg__strdup(aff)))
			return ERG_ENOMEM;
		*out = -(who_t)i - 1;
		return ERG_OK;
	}
	if (erg__grow((void **)&c->persons, &c->cap_persons,
		      c->n_persons + 1, sizeof(doc_person)))
		return ERG_ENOMEM;
	p = &c->persons[c->n_persons];
	memset(p, 0, sizeof(*p));
	if (!(p->id = erg__strdup(slug)) || !(p->label = erg__strdup(label)) ||
	    (aff && !(p->aff = erg__strdup(aff)))) {
		free(p->id);
		free(p->label);
		free(p->aff);
		return ERG_ENOMEM;
	}
	if (erg__strmap_put(&c->person_map, p->id, c->n_persons))
		return ERG_ENOMEM;
	*out = -(who_t)c->n_persons - 1;
	c->n_persons++;
	return ERG_OK;
}

/* ---- graph output ---- */

static erg_status ensure_actor(ctx *c, who_t w, size_t *out)
{
	bool created = false;
	erg_status st;
	erg_actor *a;
	size_t *cache = NULL;
	/* graph index per lexicon actor, looked up once per document */
	if (w >= 0) {
		if (!c->actor_idx) {
			if (!(c->actor_idx =
				  malloc(c->lx->n_actors * sizeof(size_t))))
				return nomem(c);
			memset(c->actor_idx, 0xFF,
			       c->lx->n_actors * sizeof(size_t));
		}
		cache = &c->actor_idx[w];
		if (*cache != SIZE_MAX) {
			*out = *cache;
			return ERG_OK;
		}
	}
	st = erg_graph_ensure_actor(c->g, who_id(c, w), out, &created, c->err);
	if (!st && cache)
		*cache = *out;
	if (st || !created)
		return st;
	a = erg_graph_actor(c->g, *out);
	if (w >= 0) {
		const lx_actor *la = &c->lx->actors[w];
		a->kind = la->kind;
		if ((la->label && erg_actor_set_label(a, la->label)) ||
		    (la->affiliation &&
		     erg_set_str(&a->affiliation, la->affiliation)))
			return nomem(c);
		for (size_t i = 0; i < la->n_aliases; i++)
			if (erg_actor_add_alias(a, la->aliases[i]))
				return nomem(c);
	} else {
		const doc_person *p = &c->persons[-w - 1];
		a->kind = ERG_KIND_PERSON;
		if (erg_actor_set_label(a, p->label) ||
		    erg_actor_add_alias(a, p->label) ||
		    (p->aff && erg_set_str(&a->affiliation, p->aff)))
			return nomem(c);
	}
	return ERG_OK;
}

/* ---- tokens and elements ---- */

/* An element is made in place: in the array's next slot, c->el[c->n_el]
 * (new_el; NULL when out of memory), then counted (commit_el). (Made in a
 * local and copied, its 64 bytes were read back right after the narrow
 * stores that filled them: a store-forwarding stall, a fifth of
 * build_elements' time.) */
static inline elem *new_el(ctx *c)
{
	if (c->n_el >= c->cap_el &&
	    erg__grow((void **)&c->el, &c->cap_el, c->n_el + 1, sizeof(elem)))
		return NULL;
	return &c->el[c->n_el];
}

static inline erg_status commit_el(ctx *c)
{
	if (c->n_el >= c->max_para)
		return erg_error_set(c->err, ERG_ELIMIT, c->doc, 0, 0,
				     "too many words in one sentence");
	c->n_el++;
	return ERG_OK;
}

/* isalnum of an ASCII byte (the same in every locale), without the
 * ctype table's call */
static inline bool ascii_alnum(unsigned char b)
{
	return (unsigned char)((b | 0x20) - 'a') < 26 ||
	       (unsigned char)(b - '0') < 10;
}

/* Meaning of a match: the first entry (in priority order) that passed its
 * case rule. */
static uint8_t match_kind(const ctx *c, const lx_match *mt, bool initial,
			  uint32_t *ref, uint8_t *alias_kind)
{
	static const uint8_t prio[] = { LX_DISCARD, LX_ACTOR, LX_TITLE,
					LX_COLLECTIVE, LX_ANAPHOR, LX_CUE,
					LX_SPEECH,
					LX_MONTH, LX_MODAL, LX_COORD,
					LX_PASSIVE, LX_BOUNDARY, LX_DET,
					LX_LOCATIVE, LX_RELATIVE, LX_SELF,
					LX_PRONOUN, LX_NONSTATE, LX_MOTION,
					LX_SPONSOR, LX_RECIP, LX_DISTRIB,
					LX_ELLIPSIS, LX_DEED };
	static const uint8_t ekind[] = {
		[LX_ACTOR] = E_ACTOR,	    [LX_DISCARD] = E_DISCARD,
		[LX_TITLE] = E_TITLE,	    [LX_CUE] = E_CUE,
		[LX_MODAL] = E_MODAL,	    [LX_COLLECTIVE] = E_COLLECTIVE,
		[LX_COORD] = E_COORD,	    [LX_PASSIVE] = E_PASSIVE,
		[LX_BOUNDARY] = E_BOUNDARY, [LX_DET] = E_DET,
		[LX_MONTH] = E_MONTH,	    [LX_DOCDATE] = E_OTHER,
		[LX_BOILER] = E_OTHER,	    [LX_SPEECH] = E_SPEECH,
		[LX_ANAPHOR] = E_ANAPHOR,   [LX_LOCATIVE] = E_LOCATIVE,
		[LX_RELATIVE] = E_RELATIVE, [LX_SELF] = E_SELF,
		[LX_PRONOUN] = E_PRONOUN,   [LX_NONSTATE] = E_NONSTATE,
		[LX_MOTION] = E_MOTION,	    [LX_SPONSOR] = E_SPONSOR,
		[LX_RECIP] = E_RECIP,	    [LX_DISTRIB] = E_DISTRIB,
		[LX_ELLIPSIS] = E_ELLIPSIS, [LX_DEED] = E_DEED
	};
	const erg_lexicon *lx = c->lx;
	/* the passing entry (bit < 32) whose meaning comes first in prio,
	 * the first in the chain among equals: one pass over the chain */
	uint8_t rank[LX__KINDS];
	const lx_entry *en = NULL;
	size_t best = sizeof(prio);
	const struct lx_keyinfo *ki = &lx->ac.key_info[mt->key];
	if (ki->n == 1) {
		/* one entry (no modal reading): from the key's summary (no
		 * rank table: this is nearly every match) */
		if (!(mt->ok & 1u) || !memchr(prio, ki->one_what, sizeof(prio)))
			return E_OTHER;
		*ref = ki->ref;
		*alias_kind = ki->one_sub;
		return ekind[ki->one_what];
	}
	memset(rank, 0xFF, sizeof(rank));
	for (size_t p = 0; p < sizeof(prio); p++)
		rank[prio[p]] = (uint8_t)p;
	lx_entry_it it = LX_ENTRY_IT(lx, mt);
	for (const lx_entry *x; (x = erg__lx_entry_next(&it));)
		if (rank[x->what] < best) {
			best = rank[x->what];
			en = x;
		}
	if (!en)
		return E_OTHER;
	if (en->what == LX_MONTH && initial) {
		/* "May" at a sentence start: modal if it can be one */
		for (uint32_t f = lx->key_first[mt->key]; f != LX_NONE;
		     f = lx->entries[f].next)
			if (lx->entries[f].what == LX_MODAL) {
				*ref = lx->entries[f].ref;
				return E_MODAL;
			}
	}
	*ref = en->ref;
	*alias_kind = en->sub;
	return ekind[en->what];
}

/* A word in capitals only (three letters or more) followed by a dash,
 * comma or slash: the place of a dateline. */
static bool is_dateline(const char *t, size_t a, size_t b, size_t e)
{
	size_t letters = 0;
	for (size_t i = a; i < b; i++) {
		unsigned char ch = (unsigned char)t[i];
		if (ch >= 'a' && ch <= 'z')
			return false;
		if (ch >= 'A' && ch <= 'Z')
			letters++;
	}
	while (b < e && t[b] == ' ')
		b++;
	return letters >= 3 && b < e &&
	       (t[b] == '-' || t[b] == ',' || t[b] == '/' ||
		(unsigned char)t[b] == 0xE2 /* en or em dash */);
}

static bool match_has(const ctx *c, const elem *x, uint8_t what,
		      uint32_t *ref);
static who_t who_state(const ctx *c, who_t w);
static void pair_before(const ctx *c, size_t i, who_t *a, who_t *b);
static bool accusation_at(const ctx *c, int i);

/* whether element k follows a state's adjective ("Venezuelan") */
static bool state_adj_before(const ctx *c, size_t k)
{
	return k > 0 && c->el[k - 1].kind == E_ACTOR &&
	       c->el[k - 1].alias_kind == LX_ALIAS_ADJ &&
	       who_kind(c, c->el[k - 1].who) == ERG_KIND_STATE;
}

/* Builds c->el for text[s, e) from the matches m[mi..mj). */
static erg_status build_elements(ctx *c, const char *t, size_t s, size_t e,
				 size_t mi, size_t mj)
{
	size_t i = s;
	erg_status st;
	/* the pass after the loop changes only elements of the rare kinds
	 * below and those around a state's adjective: without any, it is
	 * skipped (most sentences) */
	bool post = false;
	c->n_el = 0;
	c->el_dates = false;
	while (i < e) {
		unsigned char b = (unsigned char)t[i];
		elem *x;
		int32_t cp;
		size_t l;
		while (mi < mj && c->m.items[mi].start < i)
			mi++;
		if ((b == ' ' || (b >= '\t' && b <= '\r')) &&
		    !(mi < mj && c->m.items[mi].start == i)) {
			i++;
			continue;
		}
		if (!(x = new_el(c)))
			return nomem(c);
		memset(x, 0, sizeof(*x));
		x->who = WHO_NONE;
		x->who2 = WHO_NONE;
		x->group = -1;
		x->match = SIZE_MAX;
		if (mi < mj && c->m.items[mi].start == i) {
			const lx_match *mt = &c->m.items[mi];
			x->match = mi;
			x->start = mt->start;
			x->end = mt->end;
			x->kind = match_kind(c, mt, c->n_el == 0, &x->ref,
					     &x->alias_kind);
			c->el_dates |= x->kind == E_MONTH;
			if (x->kind == E_ACTOR)
				x->who = (who_t)x->ref;
			/* "met in Rome": a capital after a locative word
			 * (a determiner may stand between) is a place */
			if (x->kind == E_ACTOR &&
			    x->alias_kind == LX_ALIAS_CAPITAL && c->n_el) {
				size_t p = c->n_el - 1;
				if (c->el[p].kind == E_DET && p > 0)
					p--;
				/* "the authorities in Kabul": the seat of a
				 * government is its state */
				if (c->el[p].kind == E_LOCATIVE &&
				    !(p > 0 && c->el[p - 1].kind == E_WORD &&
				      span_role(c->lx, t, c->el[p - 1].start,
						c->el[p - 1].end,
						LX_PREP_SEAT))) {
					x->kind = E_OTHER;
					x->who = WHO_NONE;
				}
			}
			/* a dateline ("WASHINGTON -", "BAKU, March 14",
			 * "WASHINGTON/LONDON, Jan 12 -") names a place */
			if (x->kind == E_ACTOR &&
			    x->alias_kind == LX_ALIAS_CAPITAL &&
			    is_dateline(t, x->start, x->end, e) &&
			    (c->n_el == 0 ||
			     (c->n_el == 2 && c->el[1].kind == E_PUNCT &&
			      c->el[1].punct == '/' &&
			      c->el[0].kind == E_OTHER))) {
				x->kind = E_OTHER;
				x->who = WHO_NONE;
			}
			post |= x->kind == E_MOTION || x->kind == E_SPONSOR ||
				x->kind == E_RECIP || x->kind == E_ELLIPSIS ||
				x->kind == E_DEED || x->kind == E_DISTRIB ||
				x->kind == E_NONSTATE ||
				(x->kind == E_ACTOR &&
				 x->alias_kind == LX_ALIAS_ADJ);
			/* (ASCII tests without the ctype table's call:
			 * the same in every locale) */
			x->upper = (b >= 'A' && b <= 'Z') || b >= 0x80;
			if ((st = commit_el(c)))
				return st;
			i = mt->end;
			mi++;
			continue;
		}
		if (b < 0x80) { /* what erg__utf8_decode gives, no call */
			cp = b;
			l = 1;
		} else {
			l = erg__utf8_decode((const unsigned char *)t + i,
					     e - i, &cp);
		}
		if (b < 0x80 ? ascii_alnum(b) : erg__cp_is_word(cp)) {
			size_t j = i;
			bool digits = true;
			x->upper = erg__cp_is_upper(cp);
			while (j < e) {
				int32_t c2;
				size_t l2;
				unsigned char b2;
#if LX_SWAR_LE
				/* eight ASCII letters or digits a step (the
				 * byte loop below was a fifth of this
				 * function's instructions) */
				if (j + 8 <= e) {
					uint64_t w8, al, dg, lead;
					unsigned l8;
					memcpy(&w8, t + j, 8);
					al = lx_alnum8(w8, &dg);
					l8 = al == LX_ALL80
						 ? 8
						 : (unsigned)__builtin_ctzll(
						       ~al & LX_ALL80) /
						       8;
					lead = l8 == 8 ? LX_ALL80
						       : LX_ALL80 &
							 ((1ULL << (8 * l8)) -
							  1);
					if ((dg & lead) != lead)
						digits = false;
					j += l8;
					if (l8 == 8)
						continue;
					if ((unsigned char)t[j] < 0x80)
						break;
				}
#endif
				b2 = (unsigned char)t[j];
				if (b2 < 0x80) { /* ASCII: erg__cp_is_word */
					if (!ascii_alnum(b2))
						break;
					if (!(b2 >= '0' && b2 <= '9'))
						digits = false;
					j++;
					continue;
				}
				l2 = erg__utf8_decode(
				    (const unsigned char *)t + j, e - j, &c2);
				if (!erg__cp_is_word(c2))
					break;
				if (!(c2 >= '0' && c2 <= '9'))
					digits = false;
				j += l2;
			}
			x->kind = E_WORD;
			x->digits = digits;
			c->el_dates |= digits;
			x->start = i;
			x->end = j;
			if ((st = commit_el(c)))
				return st;
			i = j;
			continue;
		}
		/* possessive 's after a word or match */
		if ((cp == '\'' || cp == 0x2019) && c->n_el &&
		    c->el[c->n_el - 1].end == i && i + l < e &&
		    (t[i + l] == 's' || t[i + l] == 'S') &&
		    (i + l + 1 >= e ||
		     !isalnum((unsigned char)t[i + l + 1]))) {
			x->kind = E_POSS;
			x->start = i;
			x->end = i + l + 1;
			if ((st = commit_el(c)))
				return st;
			i += l + 1;
			continue;
		}
		/* "Caracas' main creditors": an apostrophe after an actor
		 * name ending in s, then a space */
		if ((cp == '\'' || cp == 0x2019) && c->n_el &&
		    c->el[c->n_el - 1].kind == E_ACTOR &&
		    c->el[c->n_el - 1].end == i && i > 0 &&
		    (t[i - 1] == 's' || t[i - 1] == 'S') &&
		    (i + l >= e || t[i + l] == ' ')) {
			x->kind = E_POSS;
			x->start = i;
			x->end = i + l;
			if ((st = commit_el(c)))
				return st;
			i += l;
			continue;
		}
		x->kind = E_PUNCT;
		x->start = i;
		x->end = i + l;
		if (cp < 0x80)
			x->punct = (char)cp;
		else if (cp == 0x2013 || cp == 0x2014 || cp == 0x2010 ||
			 cp == 0x2011 || cp == 0x2212)
			x->punct = '-';
		else if (cp == 0x201C || cp == 0x201D || cp == 0x2018 ||
			 cp == 0x2019)
			x->punct = '"';
		else
			x->punct = '?';
		if ((st = commit_el(c)))
			return st;
		i += l;
	}
	/* "the arms embargo on Haitian gangs": a state's adjective before
	 * a non-state group names no state */
	for (size_t k = 0; post && k < c->n_el; k++) {
		/* words of the vote ("the resolution", "drafted by") are
		 * words to the grammar, marked */
		if (c->el[k].kind == E_MOTION || c->el[k].kind == E_SPONSOR ||
		    c->el[k].kind == E_RECIP || c->el[k].kind == E_ELLIPSIS ||
		    c->el[k].kind == E_DEED) {
			c->el[k].ellip = c->el[k].kind == E_ELLIPSIS;
			c->el[k].deed = c->el[k].kind == E_DEED;
			c->el[k].motion = c->el[k].kind == E_MOTION;
			c->el[k].sponsor = c->el[k].kind == E_SPONSOR;
			c->el[k].recip = c->el[k].kind == E_RECIP;
			c->el[k].kind = E_WORD;
			continue;
		}
		/* "each side accused the other": before a verb cue and a
		 * reciprocal object, the dyad in focus; else nobody */
		if (c->el[k].kind == E_DISTRIB) {
			c->el[k].kind = k + 2 < c->n_el &&
						c->el[k + 1].kind == E_CUE &&
						c->el[k + 2].kind == E_RECIP
					    ? E_COLLECTIVE
					    : E_WORD;
			continue;
		}
		/* "the Congolese Revolutionary Army": a state's adjective
		 * before a capitalized name with a `prep rebel` word is a
		 * movement's name, not the state */
		if (c->el[k].kind == E_ACTOR &&
		    c->el[k].alias_kind == LX_ALIAS_ADJ && k + 2 < c->n_el &&
		    who_kind(c, c->el[k].who) == ERG_KIND_STATE) {
			bool rebel = false;
			size_t q = k + 1;
			for (; q < c->n_el && q < k + 8 &&
			       c->el[q].kind == E_WORD && c->el[q].upper &&
			       !c->el[q].digits;
			     q++)
				rebel |= span_role(c->lx, t, c->el[q].start,
						   c->el[q].end, LX_PREP_REBEL);
			if (rebel && q >= k + 3) {
				c->el[k].kind = E_OTHER;
				c->el[k].who = WHO_NONE;
			}
			continue;
		}
		/* "the Colombian government", "the Russian authorities":
		 * a state's adjective before a `prep seat` word names the
		 * state in full */
		if (c->el[k].kind == E_WORD && state_adj_before(c, k) &&
		    span_role(c->lx, t, c->el[k].start, c->el[k].end,
			      LX_PREP_SEAT)) {
			c->el[k - 1].alias_kind = LX_ALIAS_NAME;
			c->el[k - 1].end = c->el[k].end;
			c->el[k].kind = E_SKIP;
			continue;
		}
		/* "supported the Venezuelan opposition": a cue that is a
		 * non-state noun too, after a state's adjective, is that
		 * noun, unless "to" and a determiner or an actor follow
		 * ("Russian opposition to the plan") */
		if (c->el[k].kind == E_CUE && state_adj_before(c, k) &&
		    match_has(c, &c->el[k], LX_NONSTATE, &(uint32_t){ 0 }) &&
		    !(k + 2 < c->n_el && c->el[k + 1].kind == E_WORD &&
		      span_role(c->lx, t, c->el[k + 1].start, c->el[k + 1].end,
				LX_PREP_INFINITIVE) &&
		      (c->el[k + 2].kind == E_DET ||
		       c->el[k + 2].kind == E_ACTOR)))
			c->el[k].kind = E_NONSTATE;
		if (c->el[k].kind != E_NONSTATE)
			continue;
		c->el[k].kind = E_WORD;
		c->el[k].nonstate = true;
		if (state_adj_before(c, k)) {
			c->el[k - 1].kind = E_OTHER;
			c->el[k - 1].who = WHO_NONE;
		}
	}
	return ERG_OK;
}

/* ---- dates ---- */

static int el_number(const ctx *c, const char *t, int i, int lo, int hi)
{
	const elem *x;
	int v = 0;
	if (i < 0 || (size_t)i >= c->n_el)
		return -1;
	x = &c->el[i];
	if (x->kind != E_WORD || !x->digits || x->end - x->start > 4)
		return -1;
	for (size_t k = x->start; k < x->end; k++)
		v = v * 10 + (t[k] - '0');
	return v >= lo && v <= hi ? v : -1;
}

static bool is_year_el(const ctx *c, const char *t, int i)
{
	return i >= 0 && (size_t)i < c->n_el && c->el[i].end - c->el[i].start == 4 &&
	       el_number(c, t, i, 1800, 2199) > 0;
}

/* Writes the first `parts` fields of YYYY-MM-DD into out, as snprintf's
 * "%04u-%02u-%02u" of y % 10000, mo % 100, d % 100 would (no printf on
 * the hot path). */
static void put_date(char out[11], unsigned y, unsigned mo, unsigned d,
		     int parts)
{
	unsigned v[3] = { y % 10000u, mo % 100u, d % 100u };
	size_t o = 0;
	for (int k = 0; k < parts && k < 3; k++) {
		unsigned w = k ? 2 : 4, x = v[k];
		if (k)
			out[o++] = '-';
		for (unsigned q = w; q-- > 0; x /= 10)
			out[o + q] = (char)('0' + x % 10);
		o += w;
	}
	out[o] = '\0';
}

/* First date among elements [from, to) of clause `only` (DATE_ANY: any
 * clause; DATE_MAIN: no relative clause): writes YYYY[-MM[-DD]] into out. */
#define DATE_ANY (-1)
#define DATE_MAIN (-2)
static bool find_date(const ctx *c, const char *t, int from, int to,
		      int only, char out[11])
{
	/* a date needs a month or a year (an all-digits word), and no rule
	 * makes either after build_elements: most sentences have neither */
	if (!c->el_dates)
		return false;
	for (int i = from; i < to; i++) {
		const elem *x = &c->el[i];
		if (only != DATE_ANY &&
		    (only == DATE_MAIN ? x->clause >= REL_CLAUSE
				       : x->clause != only))
			continue;
		if (x->kind == E_MONTH) {
			int mo = (int)x->ref, d, y;
			/* Month D, YYYY | Month D YYYY */
			d = el_number(c, t, i + 1, 1, 31);
			if (d > 0) {
				int k = i + 2;
				if ((size_t)k < c->n_el &&
				    c->el[k].kind == E_PUNCT &&
				    c->el[k].punct == ',')
					k++;
				if (is_year_el(c, t, k)) {
					y = el_number(c, t, k, 1800, 2199);
					put_date(out, (unsigned)y, (unsigned)mo,
						 (unsigned)d, 3);
					if (erg_date_valid(out))
						return true;
				}
			}
			/* D Month YYYY */
			d = el_number(c, t, i - 1, 1, 31);
			if (d > 0 && is_year_el(c, t, i + 1) &&
			    c->el[i - 1].end - c->el[i - 1].start <= 2) {
				y = el_number(c, t, i + 1, 1800, 2199);
				put_date(out, (unsigned)y, (unsigned)mo,
					 (unsigned)d, 3);
				if (erg_date_valid(out))
					return true;
			}
			/* Month YYYY */
			if (is_year_el(c, t, i + 1)) {
				y = el_number(c, t, i + 1, 1800, 2199);
				put_date(out, (unsigned)y, (unsigned)mo, 0, 2);
				return true;
			}
			/* "on 3 March", "March 3": the document's year */
			if (d <= 0 || c->el[i - 1].end - c->el[i - 1].start > 2)
				d = el_number(c, t, i + 1, 1, 31);
			{
				const char *base = c->opts && c->opts->doc_date
							   ? c->opts->doc_date
							   : c->doc_date;
				if (d > 0 && base && strlen(base) >= 4 &&
				    (y = atoi(base)) >= 1800 && y <= 2199) {
					put_date(out, (unsigned)y,
						 (unsigned)mo, (unsigned)d, 3);
					if (erg_date_valid(out))
						return true;
				}
			}
		} else if (is_year_el(c, t, i) &&
			   !(i + 1 < to && c->el[i + 1].kind == E_MONTH) &&
			   !(i > 0 && c->el[i - 1].kind == E_MONTH) &&
			   !(i > 0 && c->el[i - 1].kind == E_PUNCT &&
			     c->el[i - 1].punct == '-' &&
			     c->el[i - 1].start == c->el[i].start - 1)) {
			put_date(out,
				 (unsigned)el_number(c, t, i, 1800, 2199), 0,
				 0, 1);
			return true;
		}
	}
	return false;
}

/* ---- sentence analysis ---- */

static bool is_gap_kind(const elem *x)
{
	return (x->kind == E_PUNCT &&
		(x->punct == ',' || x->punct == '(' || x->punct == ')' ||
		 x->punct == '"')) ||
	       x->kind == E_COORD || x->kind == E_DET || x->kind == E_POSS;
}

static bool is_participant(const elem *x)
{
	return (x->kind == E_COLLECTIVE ||
		(x->kind == E_ACTOR && x->who != WHO_NONE)) &&
	       !x->consumed;
}

/* Day-number bounds of a partial ISO date (YYYY[-MM[-DD]]); an empty
 * date is open. Days are counted as 31 per month: only order matters. */
static void date_bounds(const char *d, long *lo, long *hi, bool open_lo)
{
	int y = 0, m = 0, dd = 0;
	if (!d || !d[0]) {
		*lo = open_lo ? -1000000000L : 1000000000L;
		*hi = open_lo ? -1000000000L : 1000000000L;
		return;
	}
	sscanf(d, "%d-%d-%d", &y, &m, &dd);
	*lo = ((long)y * 12 + (m ? m - 1 : 0)) * 31 + (dd ? dd - 1 : 0);
	*hi = ((long)y * 12 + (m ? m - 1 : 11)) * 31 + (dd ? dd - 1 : 30);
}

/* The person who holds one of `title`'s roles of actor `of` on `date`
 * (the one whose term overlaps the date the most; with no date, the
 * present holder: a term with no end). WHO_NONE if nobody does. */
static who_t role_holder(const ctx *c, uint32_t title, uint32_t of,
			 const char *date)
{
	const erg_lexicon *lx = c->lx;
	const lx_title *T = &lx->titles[title];
	const lx_actor *st = &lx->actors[of];
	long dlo, dhi;
	if (date && date[0]) {
		date_bounds(date, &dlo, &dhi, true);
	} else {
		dlo = 999999999L; /* "now": after every dated term */
		dhi = dlo;
	}
	for (int k = 0; k < T->n; k++) {
		uint32_t role = T->role[k];
		who_t best = WHO_NONE;
		long best_ov = -1, best_from = 0;
		for (size_t o = 0; o < st->n_offices; o++)
			if (st->offices[o].role == role) {
				role = st->offices[o].as;
				break;
			}
		for (size_t i = 0; i < lx->n_actors; i++) {
			const lx_actor *a = &lx->actors[i];
			if (a->kind != ERG_KIND_PERSON)
				continue;
			for (size_t r = 0; r < a->n_roles; r++) {
				const lx_role *R = &a->roles[r];
				const char *rof = R->of ? R->of : a->affiliation;
				long flo, fhi, tlo, thi, lo, hi, ov;
				if (R->role != role || !rof ||
				    strcmp(rof, st->id) != 0)
					continue;
				date_bounds(R->from, &flo, &fhi, true);
				date_bounds(R->to, &tlo, &thi, false);
				lo = flo > dlo ? flo : dlo;
				hi = thi < dhi ? thi : dhi;
				ov = hi - lo;
				if (ov < 0)
					continue;
				if (ov > best_ov ||
				    (ov == best_ov && flo > best_from)) {
					best = (who_t)i;
					best_ov = ov;
					best_from = flo;
				}
			}
		}
		if (best != WHO_NONE)
			return best;
	}
	return WHO_NONE;
}

/* ---- untitled names ----
 * A person the lexicon does not know and no title introduced ("the
 * Libyan National Army of Khalifa Haftar") is still a person once the
 * text calls them by the last word of the name alone ("Russia has
 * supported Haftar"): that is how writing in English refers to people,
 * not to places or bodies. Two to four capitalized words (each with a
 * lower-case letter, so not "HANOI" or "UN"), with no determiner or
 * actor right before ("the Caesar Act", "Libyan National Army"), are
 * remembered by their last word; a later lone capitalized word with no
 * determiner before it that matches makes the person (and its first
 * word too, as for titled persons), and the full name, met again, is
 * that person. The first mention itself stays unresolved: the stream
 * does not look ahead. */

static bool name_word(const ctx *c, const char *t, size_t k)
{
	const elem *x = &c->el[k];
	unsigned char b;
	if (x->kind != E_WORD || !x->upper || x->digits ||
	    x->end - x->start < 2)
		return false;
	b = (unsigned char)t[x->start + 1];
	return (b >= 'a' && b <= 'z') || b >= 0x80;
}

/* whether words k and k + 1 are one space apart */
static bool spaced(const ctx *c, const char *t, size_t k)
{
	return c->el[k + 1].start == c->el[k].end + 1 &&
	       t[c->el[k].end] == ' ';
}

static bool name_blocked(const ctx *c, const char *t, size_t k)
{
	size_t s = c->el[k].start;
	/* "Self-Defense Forces", "and/Forces": part of a compound */
	if (s > 0 && (t[s - 1] == '-' || t[s - 1] == '/'))
		return true;
	if (k == 0)
		return false;
	switch (c->el[k - 1].kind) {
	case E_DET:
	case E_ACTOR:
	case E_TITLE:
	case E_COLLECTIVE:
	case E_ANAPHOR:
	case E_LOCATIVE: /* "met at Camp David": a place */
		return true;
	default:
		return false;
	}
}

/* Remembers the name at bytes [a, e) of t whose last word starts at ls. */
static erg_status cand_put(ctx *c, const char *t, size_t a, size_t ls,
			  size_t e)
{
	char f[LX_PHRASE_MAX + 1];
	size_t fl, idx;
	if (c->n_cand >= CAND_MAX)
		return ERG_OK;
	fl = erg__fold(t + ls, e - ls, f, sizeof(f) - 1);
	if (fl == (size_t)-1 || fl < 2)
		return ERG_OK;
	f[fl] = '\0';
	if (erg__strmap_get(&c->cand_map, f, &idx) == 0)
		return ERG_OK; /* the first introduction wins */
	if (erg__grow((void **)&c->cand_keys, &c->cap_cand, c->n_cand + 1,
		      sizeof(char *)))
		return ERG_ENOMEM;
	{
		char **p = realloc(c->cand_names, c->cap_cand * sizeof(char *));
		if (!p)
			return ERG_ENOMEM;
		c->cand_names = p;
	}
	c->cand_names[c->n_cand] = NULL;
	if (!(c->cand_keys[c->n_cand] = erg__strdup(f)))
		return ERG_ENOMEM;
	if (!(c->cand_names[c->n_cand] = erg__strndup(t + a, e - a))) {
		free(c->cand_keys[c->n_cand]);
		return ERG_ENOMEM;
	}
	if (erg__strmap_put(&c->cand_map, c->cand_keys[c->n_cand], c->n_cand)) {
		free(c->cand_keys[c->n_cand]);
		free(c->cand_names[c->n_cand]);
		return ERG_ENOMEM;
	}
	c->n_cand++;
	return ERG_OK;
}

/* The person a lone word names by an untitled name seen before, or
 * WHO_NONE. */
static erg_status cand_person(ctx *c, const char *word, size_t n,
			      who_t *out)
{
	char f[LX_PHRASE_MAX + 1], slug[256];
	const char *name;
	size_t fl = erg__fold(word, n, f, sizeof(f) - 1), idx;
	erg_status st;
	*out = WHO_NONE;
	if (fl == (size_t)-1 || fl < 2)
		return ERG_OK;
	f[fl] = '\0';
	if (erg__strmap_get(&c->cand_map, f, &idx) != 0)
		return ERG_OK;
	name = c->cand_names[idx];
	if (!erg__slug(name, strlen(name), slug, sizeof(slug)))
		return ERG_OK;
	if ((st = person_get(c, slug, name, NULL, out)) ||
	    (st = sn_register(c, name, strlen(name), *out)))
		return st;
	return ERG_OK;
}

static erg_status untitled_names(ctx *c, const char *t)
{
	erg_status st;
	for (size_t i = 0; i < c->n_el; i++) {
		size_t j = i + 1, hy = 0;
		who_t w;
		if (!name_word(c, t, i) || name_blocked(c, t, i) ||
		    (i == 0 && i + 1 < c->n_el && name_word(c, t, i + 1) &&
		     span_role(c->lx, t, c->el[i].start, c->el[i].end,
			       LX_PREP_OPENER)))
			continue;
		/* "Jean-Pierre Lacroix": a hyphenated first word */
		if (j + 1 < c->n_el && c->el[j].kind == E_PUNCT &&
		    c->el[j].punct == '-' &&
		    c->el[j].start == c->el[i].end &&
		    c->el[j + 1].start == c->el[j].end &&
		    name_word(c, t, j + 1)) {
			j += 2;
			hy = 2;
		}
		while (j < c->n_el && j - i - hy < 5 && name_word(c, t, j) &&
		       spaced(c, t, j - 1))
			j++;
		if (j < c->n_el && name_word(c, t, j) && spaced(c, t, j - 1)) {
			/* five or more: a heading, not a name */
			while (j < c->n_el && name_word(c, t, j))
				j++;
			i = j - 1;
			continue;
		}
		if (j - i - hy >= 2) {
			const elem *l = &c->el[j - 1];
			w = sn_get(c, t + l->start, l->end - l->start);
			if (w == WHO_NONE) {
				if ((st = cand_put(c, t, c->el[i].start,
						   l->start, l->end)))
					return st;
				/* "between Saudi adviser Musaed al-Aiban and
				 * Ali Shamkhani": coordinated with a person,
				 * a person at once */
				size_t p = i >= 2 ? i - 1 : 1;
				while (i >= 2 && p > 1 &&
				       c->el[p - 1].kind == E_SKIP)
					p--;
				/* (p - 1: the element before "and", the
				 * name words of a title skipped) */
				if (i >= 2 && c->el[i - 1].kind == E_COORD &&
				    c->el[p - 1].kind == E_ACTOR &&
				    c->el[p - 1].who != WHO_NONE &&
				    who_kind(c, c->el[p - 1].who) ==
					ERG_KIND_PERSON &&
				    (st = cand_person(c, t + l->start,
						      l->end - l->start, &w)))
					return st;
				/* "Roza Otunbayeva, Special Representative
				 * of ..., said", "Dmitry Peskov, the Kremlin
				 * spokesman, said": a title in apposition to
				 * a name opening its clause */
				p = j;
				if (w == WHO_NONE && p < c->n_el &&
				    (i == 0 || (c->el[i - 1].kind == E_PUNCT &&
						c->el[i - 1].punct == ',') ||
				     /* ("said that Milorad Dodik, the
				      * President of ..., was") */
				     c->el[i - 1].kind == E_SPEECH) &&
				    c->el[p].kind == E_PUNCT &&
				    c->el[p].punct == ',') {
					p++;
					while (p < c->n_el &&
					       (c->el[p].kind == E_DET ||
						c->el[p].kind == E_SKIP))
						p++;
					if (p < c->n_el &&
					    c->el[p].kind != E_PUNCT &&
					    match_has(c, &c->el[p], LX_TITLE,
						      &(uint32_t){ 0 }) &&
					    (st = cand_person(
						 c, t + l->start,
						 l->end - l->start, &w)))
						return st;
				}
			}
			if (w < 0) {
				/* the full name of a person met before */
				c->el[i].kind = E_ACTOR;
				c->el[i].who = w;
				c->el[i].end = l->end;
				for (size_t q = i + 1; q < j; q++)
					c->el[q].kind = E_SKIP;
			}
			i = j - 1;
			continue;
		}
		if (sn_get(c, t + c->el[i].start,
			   c->el[i].end - c->el[i].start) != WHO_NONE)
			continue; /* resolved below */
		if ((st = cand_person(c, t + c->el[i].start,
				      c->el[i].end - c->el[i].start, &w)))
			return st;
		if (w != WHO_NONE) {
			c->el[i].kind = E_ACTOR;
			c->el[i].who = w;
		}
	}
	return ERG_OK;
}

/* The same for a sentence with no cue, whose elements are never built:
 * names are read straight from the bytes and the phrase matches. Word
 * starts are the sentence's first byte and each byte after a space
 * (memchr finds the spaces), so the look costs little. */
static bool name_at(const char *t, size_t i, size_t s1)
{
	unsigned char a = (unsigned char)t[i], b;
	if (i + 1 >= s1 || !(a >= 'A' && a <= 'Z'))
		return false;
	b = (unsigned char)t[i + 1];
	return (b >= 'a' && b <= 'z') || b >= 0x80;
}

static size_t word_end(const char *t, size_t i, size_t s1)
{
	while (i < s1 && (isalnum((unsigned char)t[i]) ||
			  (unsigned char)t[i] >= 0x80))
		i++;
	return i;
}

#ifdef __SSE2__
/* Bit k set: t[k] is 'A'..'Z' and t[k - 1] a space, for k in 0..15. */
static inline unsigned capitals16(const char *t)
{
	const __m128i lo = _mm_set1_epi8((char)('A' ^ 0x80));
	const __m128i n = _mm_set1_epi8((char)(('Z' - 'A' + 1) - 128));
	__m128i v = _mm_loadu_si128((const __m128i *)(const void *)t);
	__m128i p = _mm_loadu_si128((const __m128i *)(const void *)(t - 1));
	/* v - 'A' below 26, unsigned, as a signed compare with the sign
	 * bit flipped */
	__m128i d = _mm_sub_epi8(_mm_xor_si128(v, _mm_set1_epi8((char)0x80)),
				 lo);
	__m128i up =
	    _mm_cmplt_epi8(_mm_xor_si128(d, _mm_set1_epi8((char)0x80)), n);
	return (unsigned)_mm_movemask_epi8(
	    _mm_and_si128(up, _mm_cmpeq_epi8(p, _mm_set1_epi8(' '))));
}
#endif

/* The next word start at or after i with a capital: the sentence's
 * first byte or a byte after a space that is 'A'..'Z'; s1 if none. Most
 * words are lower case, so SSE2 tests 16 bytes at a time where it can. */
static size_t next_capital(const char *t, size_t s0, size_t i, size_t s1)
{
	if (i == s0) {
		if (i < s1 && t[i] >= 'A' && t[i] <= 'Z')
			return i;
		i++;
	}
#ifdef __SSE2__
	for (; i + 16 <= s1; i += 16) {
		unsigned m = capitals16(t + i);
		if (m)
			return i + (size_t)__builtin_ctz(m);
	}
	/* the last bytes: the 16 that end at s1 (t[s1 - 17] is text of the
	 * paragraph), those before i masked off */
	if (i < s1 && s1 >= 17) {
		size_t b = s1 - 16;
		unsigned m = capitals16(t + b) & (0xFFFFu << (i - b));
		return m ? b + (size_t)__builtin_ctz(m) : s1;
	}
#endif
	for (; i < s1; i++)
		if (t[i] >= 'A' && t[i] <= 'Z' && t[i - 1] == ' ')
			return i;
	return s1;
}

static erg_status note_names(ctx *c, const char *t, size_t s0, size_t s1,
			     size_t mi, size_t mj)
{
	const uint32_t block = (1u << LX_ACTOR) | (1u << LX_TITLE) |
			       (1u << LX_DET) | (1u << LX_COLLECTIVE) |
			       (1u << LX_ANAPHOR) | (1u << LX_LOCATIVE);
	size_t i = s0;
	erg_status st;
	while ((i = next_capital(t, s0, i, s1)) + 3 < s1) {
		size_t e, ls = i, n = 1;
		if (!name_at(t, i, s1)) {
			i++;
			continue;
		}
		e = word_end(t, i + 2, s1);
		while (mi < mj && c->m.items[mi].end <= i)
			mi++;
		if ((mi < mj && c->m.items[mi].start <= i) ||
		    /* a determiner, actor or title right before */
		    (mi > 0 && c->m.items[mi - 1].end + 1 == i &&
		     (c->lx->ac.key_info[c->m.items[mi - 1].key].what &
		      block)) ||
		    /* "After Gustavo Petro took office": the sentence's
		     * first word may be no name's */
		    (i == s0 && e + 2 < s1 && t[e] == ' ' &&
		     name_at(t, e + 1, s1) &&
		     span_role(c->lx, t, i, e, LX_PREP_OPENER))) {
			i = e;
			continue;
		}
		/* "After Gustavo Petro took office": the sentence's first
		 * word may be no name's (looked up only when a name word
		 * follows it) */
		if (i == s0 && e + 2 < s1 && t[e] == ' ' &&
		    name_at(t, e + 1, s1) &&
		    span_role(c->lx, t, i, e, LX_PREP_OPENER)) {
			i = e;
			continue;
		}
		/* "Jean-Pierre Lacroix": a hyphenated first word */
		if (e + 3 < s1 && t[e] == '-' && name_at(t, e + 1, s1))
			e = word_end(t, e + 3, s1);
		while (n < 5 && e + 2 < s1 && t[e] == ' ' &&
		       name_at(t, e + 1, s1) &&
		       !(mi < mj && c->m.items[mi].start == e + 1)) {
			ls = e + 1;
			e = word_end(t, e + 3, s1);
			n++;
		}
		if (n >= 2 && n <= 4 && (st = cand_put(c, t, i, ls, e)))
			return st;
		i = e;
	}
	return ERG_OK;
}

/* Resolves titles into persons (affiliation from a possessive or
 * adjective state, carried along a list), then bare surnames. `titles`:
 * some match of the sentence may be a title (analyze_sentence's
 * any_title); without one no element is E_TITLE (no rule makes one after
 * build_elements) and the titles' pass, which looks at every element of
 * most sentences for nothing, is skipped. */
static erg_status resolve_persons(ctx *c, const char *t, const char *date,
				  bool titles)
{
	const erg_lexicon *lx = c->lx;
	const char *carry = NULL;
	int carry_end = -1;
	char name[512], slug[256];
	erg_status st;

	for (size_t i = 0; titles && i < c->n_el; i++) {
		elem *x = &c->el[i];
		size_t j = i + 1, nw = 0;
		int first = (int)i, k, aff_el = -1;
		const char *aff = NULL;
		who_t w = WHO_NONE;
		bool proxy = false;
		if (x->kind != E_TITLE)
			continue;
		/* title modifiers: capitalized words right before */
		k = (int)i - 1;
		while (k >= 0 && c->el[k].kind == E_WORD && c->el[k].upper &&
		       !c->el[k].digits && (int)i - k <= 4)
			first = k--;
		/* affiliation: possessive / adjective / adjacent actor */
		if (k >= 0 && c->el[k].kind == E_POSS)
			k--;
		if (k >= 0 && c->el[k].kind == E_ACTOR &&
		    who_kind(c, c->el[k].who) != ERG_KIND_PERSON) {
			aff = who_id(c, c->el[k].who);
			aff_el = k;
			c->el[k].consumed = true;
			first = k;
		} else if (carry) {
			bool ok = true;
			for (int q = carry_end + 1; q < first; q++)
				if (!is_gap_kind(&c->el[q])) {
					ok = false;
					break;
				}
			if (ok)
				aff = carry;
		}
		/* the name */
		if (j < c->n_el && c->el[j].kind == E_ACTOR &&
		    who_kind(c, c->el[j].who) == ERG_KIND_PERSON) {
			w = c->el[j].who;
			c->el[j].kind = E_SKIP;
			nw = 1;
			j++;
		} else {
			size_t a = j;
			/* "the Special Representative, Roza Otunbayeva,
			 * said": a name of two words or more set off by
			 * commas after the title */
			bool appos = j + 2 < c->n_el &&
				     c->el[j].kind == E_PUNCT &&
				     c->el[j].punct == ',' &&
				     c->el[j + 1].kind == E_WORD &&
				     c->el[j + 1].upper && !c->el[j + 1].digits;
			if (appos)
				a = ++j;
			while (j < c->n_el && nw < 5) {
				const elem *y = &c->el[j];
				if (y->kind == E_WORD && y->upper &&
				    !y->digits) {
					j++;
					nw++;
					continue;
				}
				/* "Abdel Fattah al-Sisi", "Faisal bin
				 * Farhan", "von der Leyen": particles (and
				 * a hyphen) between capitalized words */
				if (nw && y->kind == E_WORD && !y->upper &&
				    span_role(lx, t, y->start, y->end,
					      LX_PREP_PARTICLE)) {
					size_t q = j + 1;
					while (q < c->n_el && q < j + 4 &&
					       ((c->el[q].kind == E_WORD &&
						 !c->el[q].upper &&
						 span_role(lx, t,
							   c->el[q].start,
							   c->el[q].end,
							   LX_PREP_PARTICLE)) ||
						(c->el[q].kind == E_PUNCT &&
						 c->el[q].punct == '-' &&
						 c->el[q].start ==
						     c->el[q - 1].end)))
						q++;
					if (q < c->n_el &&
					    c->el[q].kind == E_WORD &&
					    c->el[q].upper &&
					    !c->el[q].digits) {
						j = q;
						continue;
					}
				}
				/* "Kassym-Jomart Tokayev": a hyphen joining
				 * two capitalized words */
				if (nw && y->kind == E_PUNCT &&
				    y->punct == '-' &&
				    y->start == c->el[j - 1].end &&
				    j + 1 < c->n_el &&
				    c->el[j + 1].kind == E_WORD &&
				    c->el[j + 1].upper &&
				    c->el[j + 1].start == y->end) {
					j++;
					continue;
				}
				break;
			}
			if (appos &&
			    (nw < 2 || j >= c->n_el ||
			     c->el[j].kind != E_PUNCT || c->el[j].punct != ',')) {
				j = a - 1;
				nw = 0;
				appos = false;
			}
			if (!nw) {
				/* "the representative of the United
				 * Kingdom": the body or state after a title
				 * that ends in a preposition */
				size_t r = j;
				while (r < c->n_el && c->el[r].kind == E_DET)
					r++;
				if (aff_el < 0 && r < c->n_el &&
				    c->el[r].kind == E_ACTOR &&
				    c->el[r].who != WHO_NONE &&
				    who_kind(c, c->el[r].who) !=
					ERG_KIND_PERSON) {
					aff_el = (int)r;
					aff = who_id(c, c->el[r].who);
					c->el[r].consumed = true;
					for (size_t q = j; q < r; q++)
						c->el[q].kind = E_SKIP;
					j = r + 1;
				}
				/* "the Russian president": the holder of the
				 * role on the date */
				if (aff_el >= 0 && c->el[aff_el].who >= 0)
					w = role_holder(c, x->ref,
							(uint32_t)c->el[aff_el]
							    .who,
							date);
				/* nobody on record ("Sudan's
				 * representative"): the official acts for
				 * the state or body */
				if (w == WHO_NONE && aff_el >= 0 &&
				    c->el[aff_el].who >= 0 &&
				    (who_kind(c, c->el[aff_el].who) ==
					 ERG_KIND_STATE ||
				     who_kind(c, c->el[aff_el].who) ==
					 ERG_KIND_ORGANIZATION)) {
					w = c->el[aff_el].who;
					proxy = true;
				}
				if (w == WHO_NONE) {
					if (aff_el >= 0)
						c->el[aff_el].consumed = false;
					continue;
				}
			}
			if (!nw)
				goto resolved;
			if (c->el[j - 1].end - c->el[a].start >= sizeof(name))
				continue;
			memcpy(name, t + c->el[a].start,
			       c->el[j - 1].end - c->el[a].start);
			name[c->el[j - 1].end - c->el[a].start] = '\0';
			if (!erg__slug(name, strlen(name), slug, sizeof(slug)))
				continue;
			{
				uint32_t la = erg__lexicon_actor(lx, slug);
				size_t si;
				char f[LX_PHRASE_MAX + 1];
				size_t fl;
				if (la != LX_NONE &&
				    erg__lx_kind(lx, la) == ERG_KIND_PERSON) {
					w = la;
				} else if (nw == 1 &&
					   (w = sn_get(c, name,
						       strlen(name))) !=
					       WHO_NONE) {
					/* introduced earlier */
				} else if (nw == 1 &&
					   (fl = erg__fold(name, strlen(name),
							   f, sizeof(f) - 1)) !=
					       (size_t)-1 &&
					   (f[fl] = '\0',
					    erg__strmap_get(&lx->surname_map,
							    f, &si) == 0) &&
					   lx->surname_actor[si] != LX_NONE) {
					w = lx->surname_actor[si];
				} else if ((st = person_get(c, slug, name, aff,
							    &w))) {
					return nomem(c);
				}
			}
			for (size_t q = appos ? a - 1 : a; q < j; q++)
				c->el[q].kind = E_SKIP;
		}
	resolved:
		if (w < 0 && aff && !c->persons[-w - 1].aff &&
		    !(c->persons[-w - 1].aff = erg__strdup(aff)))
			return nomem(c);
		if (aff)
			carry = aff;
		else if (w >= 0 && lx->actors[w].affiliation)
			carry = NULL;
		/* register surnames */
		if (!proxy) {
			const char *lab = w >= 0 ? (lx->actors[w].label
							? lx->actors[w].label
							: lx->actors[w].id)
						 : c->persons[-w - 1].label;
			if ((st = sn_register(c, lab, strlen(lab), w)))
				return nomem(c);
		}
		x->kind = E_ACTOR;
		x->who = w;
		x->proxy = proxy;
		x->start = c->el[first].start;
		x->end = c->el[j - 1].end;
		x->poss = j < c->n_el && c->el[j].kind == E_POSS;
		for (int q = first; q < (int)i; q++)
			if (c->el[q].kind != E_ACTOR || c->el[q].consumed)
				c->el[q].kind = E_SKIP;
		carry_end = (int)j - 1;
		i = j - 1;
	}
	if ((st = untitled_names(c, t)))
		return nomem(c);
	/* compact skipped elements */
	{
		size_t w = 0;
		for (size_t i = 0; i < c->n_el; i++)
			if (c->el[i].kind != E_SKIP &&
			    !(c->el[i].kind == E_ACTOR && c->el[i].consumed)) {
				if (w != i)
					c->el[w] = c->el[i];
				w++;
			}
		c->n_el = w;
	}
	/* lexicon persons mentioned: register their names; bare surnames */
	for (size_t i = 0; i < c->n_el; i++) {
		elem *x = &c->el[i];
		if (x->kind == E_ACTOR && x->who >= 0 &&
		    erg__lx_kind(lx, (uint32_t)x->who) == ERG_KIND_PERSON) {
			const char *lab = lx->actors[x->who].label;
			if (lab && (st = sn_register(c, lab, strlen(lab),
						     x->who)))
				return nomem(c);
		} else if (x->kind == E_WORD && x->upper && !x->digits) {
			who_t w = sn_get(c, t + x->start, x->end - x->start);
			if (w != WHO_NONE) {
				x->kind = E_ACTOR;
				x->who = w;
			}
		}
	}
	/* possessives */
	for (size_t i = 0; i + 1 < c->n_el; i++)
		if (c->el[i].kind == E_ACTOR && c->el[i + 1].kind == E_POSS)
			c->el[i].poss = true;
	return ERG_OK;
}

static bool group_has(const group *g, who_t w)
{
	for (int i = 0; i < g->n; i++)
		if (g->m[i] == w)
			return true;
	return false;
}

static void group_add(group *g, who_t w)
{
	if (!group_has(g, w) && g->n < GROUP_MAX)
		g->m[g->n++] = w;
}

static void recent_push(ctx *c, who_t w)
{
	who_t *r = c->recent[who_kind(c, w)];
	if (!c->n_ring || c->ring[(c->n_ring - 1) % RING_MAX] != w)
		c->ring[c->n_ring++ % RING_MAX] = w;
	if (c->first_org == WHO_NONE && who_kind(c, w) == ERG_KIND_ORGANIZATION)
		c->first_org = w;
	if (r[0] == w)
		return;
	r[1] = r[0];
	r[0] = w;
}

/* Resolves references in element order: an anaphor ("the alliance") is
 * the latest actor of its kind; a collective ("both nations") the dyad in
 * focus, or with a kind ("the two leaders") the two latest actors of that
 * kind. Unresolved ones name nobody. */
/* True if the label of w has the word t[a, b) (any case). */
static bool label_has_word(const ctx *c, who_t w, const char *t, size_t a,
			   size_t b)
{
	const char *lab = w >= 0 ? c->lx->actors[w].label
				 : c->persons[-w - 1].label;
	size_t n = b - a;
	if (!lab || !n)
		return false;
	for (const char *p = lab; *p;) {
		size_t k = 0;
		while (p[k] && p[k] != ' ')
			k++;
		if (k == n) {
			size_t q = 0;
			while (q < n && tolower((unsigned char)p[q]) ==
					    tolower((unsigned char)t[a + q]))
				q++;
			if (q == n)
				return true;
		}
		p += k;
		while (*p == ' ')
			p++;
	}
	return false;
}

/* An anaphor ("the Union"): the latest actor of its kind whose name has
 * the anaphor's last word, else the latest of its kind; a state anaphor
 * opening with a `prep personal` word ("her country") is the state of
 * the latest person named before it in the sentence, or of the official
 * named by office only, else nobody. */
static who_t anaphor_referent(const ctx *c, const char *t, const elem *x)
{
	size_t a = x->end;
	size_t n = c->n_ring < RING_MAX ? c->n_ring : RING_MAX;
	while (a > x->start && t[a - 1] != ' ')
		a--;
	{
		size_t b = x->start;
		while (b < x->end && t[b] != ' ')
			b++;
		if (x->ref == ERG_KIND_STATE && b < x->end &&
		    span_role(c->lx, t, x->start, b, LX_PREP_PERSONAL)) {
			for (const elem *y = x; y-- > c->el;)
				if (y->kind == E_ACTOR && y->who != WHO_NONE &&
				    (y->proxy ||
				     who_kind(c, y->who) == ERG_KIND_PERSON))
					return who_state(c, y->who);
			return WHO_NONE;
		}
	}
	for (size_t k = 1; k <= n; k++) {
		who_t w = c->ring[(c->n_ring - k) % RING_MAX];
		if ((uint32_t)who_kind(c, w) == x->ref &&
		    label_has_word(c, w, t, a, x->end))
			return w;
	}
	/* in an article about a body, "the organisation" is that body */
	if (c->has_topic && (uint32_t)who_kind(c, c->topic) == x->ref)
		return c->topic;
	return c->recent[x->ref][0];
}

/* A possessive pronoun opening a sentence or a clause after ';' with
 * nobody named before it in that clause ("Their statement, which accused
 * X ...", "...; its army-led government, which has been fighting X"):
 * the document's topic, else the latest state or body named before it in
 * the sentence, else the subject of the sentence before, else the source
 * of the latest relation. WHO_NONE if none. */
static who_t posspron_referent(const ctx *c, size_t i)
{
	uint32_t r;
	if (c->el[i].kind != E_DET ||
	    !match_has(c, &c->el[i], LX_POSSPRON, &r))
		return WHO_NONE;
	if (i > 0 && !(c->el[i - 1].kind == E_PUNCT && c->el[i - 1].punct == ';'))
		return WHO_NONE;
	if (c->has_topic)
		return c->topic;
	for (size_t q = i; q-- > 0;) {
		const elem *y = &c->el[q];
		if (y->kind == E_ACTOR && y->who != WHO_NONE && !y->consumed &&
		    y->alias_kind != LX_ALIAS_ADJ &&
		    (who_kind(c, y->who) == ERG_KIND_STATE ||
		     who_kind(c, y->who) == ERG_KIND_ORGANIZATION))
			return y->who;
	}
	if (i > 0)
		return WHO_NONE;
	if (c->opener[0] != WHO_NONE)
		return c->opener[0];
	return c->n_last_src ? c->last_src[0] : WHO_NONE;
}

/* whether the sentence has a quotation mark */
static bool quoted(const ctx *c)
{
	for (size_t i = 0; i < c->n_el; i++)
		if (c->el[i].kind == E_PUNCT && c->el[i].punct == '"')
			return true;
	return false;
}

/* "The guarantor countries, A, B and C, welcome ...": a determiner,
 * lower-case words with a `prep group` noun, then a list of two or more
 * states or bodies closed by a comma. The words name that list for the
 * rest of the document, by their first word ("the guarantor countries",
 * "the guarantors"). Element i is the determiner; it becomes that list
 * (an E_COLLECTIVE with ga) at the definition and at every reference. */
static bool group_alias(ctx *c, const char *t, size_t i)
{
	size_t j = i + 1, q, kn;
	bool noun = false;
	char key[sizeof(c->galias[0].key)];
	int a = -1;
	const struct galias *G;
	while (j < c->n_el && j < i + 5 &&
	       ((c->el[j].kind == E_WORD && !c->el[j].upper &&
		 !c->el[j].digits) ||
		(j > i + 1 && c->el[j].kind == E_PUNCT &&
		 c->el[j].punct == '-'))) {
		if (c->el[j].kind == E_WORD &&
		    span_role(c->lx, t, c->el[j].start, c->el[j].end,
			      LX_PREP_GROUP))
			noun = true;
		j++;
	}
	if (!noun || c->el[j - 1].kind != E_WORD)
		return false;
	kn = c->el[i + 1].end - c->el[i + 1].start;
	if (kn >= sizeof(key))
		return false;
	for (q = 0; q < kn; q++)
		key[q] = (char)tolower((unsigned char)t[c->el[i + 1].start + q]);
	if (kn > 1 && key[kn - 1] == 's')
		kn--;
	key[kn] = '\0';
	for (q = 0; q < c->n_galias; q++)
		if (!strcmp(c->galias[q].key, key))
			a = (int)q;
	/* the definition: ", A, B and C," */
	if (j + 1 < c->n_el && c->el[j].kind == E_PUNCT &&
	    c->el[j].punct == ',' && c->el[j + 1].kind == E_ACTOR) {
		struct galias g;
		memset(&g, 0, sizeof(g));
		memcpy(g.key, key, kn + 1);
		for (q = j + 1; q < c->n_el; q++) {
			const elem *y = &c->el[q];
			if (y->kind == E_ACTOR && y->who != WHO_NONE &&
			    !y->consumed &&
			    who_kind(c, y->who) != ERG_KIND_PERSON) {
				bool dup = false;
				for (int r = 0; r < g.n; r++)
					dup |= g.m[r] == y->who;
				if (!dup && g.n < GROUP_MAX)
					g.m[g.n++] = y->who;
				continue;
			}
			if (y->kind == E_COORD || y->kind == E_DET ||
			    (y->kind == E_PUNCT && y->punct == ','))
				continue;
			break;
		}
		if (g.n >= 2 && c->el[q - 1].kind == E_PUNCT &&
		    c->el[q - 1].punct == ',') {
			if (a < 0) {
				a = (int)(c->n_galias < GALIAS_MAX
					      ? c->n_galias++
					      : c->galias_next++ % GALIAS_MAX);
			}
			c->galias[a] = g;
		}
	}
	if (a < 0)
		return false;
	G = &c->galias[a];
	c->el[i].kind = E_COLLECTIVE;
	c->el[i].end = c->el[j - 1].end;
	c->el[i].ga = (uint8_t)(a + 1);
	c->el[i].alias_kind = 0;
	c->el[i].who = G->m[0];
	c->el[i].who2 = G->m[1];
	for (q = i + 1; q < j; q++)
		c->el[q].kind = E_SKIP;
	return true;
}

static void resolve_references(ctx *c, const char *t)
{
	for (size_t i = 0; i < c->n_el; i++) {
		elem *x = &c->el[i];
		who_t pw;
		if (x->kind == E_DET && i + 1 < c->n_el &&
		    c->el[i + 1].kind == E_WORD && group_alias(c, t, i))
			continue;
		if ((pw = posspron_referent(c, i)) != WHO_NONE) {
			x->kind = E_ACTOR;
			x->who = pw;
			x->poss = true;
			continue;
		}
		if (x->kind == E_SELF) {
			/* "We, the G7 foreign ministers, ...": the body
			 * named after the first "we" of the document */
			if (c->self == WHO_NONE && i + 1 < c->n_el &&
			    c->el[i + 1].kind == E_PUNCT &&
			    c->el[i + 1].punct == ',')
				for (size_t k = i + 2; k < c->n_el && k < i + 5;
				     k++)
					if (c->el[k].kind == E_ACTOR &&
					    c->el[k].who != WHO_NONE &&
					    who_kind(c, c->el[k].who) !=
						ERG_KIND_PERSON) {
						c->self = c->el[k].who;
						break;
					}
			/* else the first body named ("Statement by the
			 * High Representative on behalf of the EU ... We
			 * call on ...") */
			/* else, in a statement of a state ("Pakistan
			 * condemns ... We urge ..."), the source of its
			 * first relation; not inside a quotation ("'We
			 * condemn ...,' the minister said") */
			if (c->self == WHO_NONE && c->first_org == WHO_NONE &&
			    (c->first_src == WHO_NONE || quoted(c))) {
				x->kind = E_OTHER;
				continue;
			}
			x->kind = E_ACTOR;
			x->who = c->self != WHO_NONE	  ? c->self
				 : c->first_org != WHO_NONE ? c->first_org
							    : c->first_src;
			x->poss = true; /* "our support for ..." */
			/* a joint statement's "we": both speakers */
			if (c->self != WHO_NONE && c->self2 != WHO_NONE) {
				x->kind = E_COLLECTIVE;
				x->who2 = c->self2;
			}
			continue;
		}
		if (x->kind == E_PRONOUN) {
			/* "It also accused ...": before a verb (an auxiliary
			 * or modal between), the source of the latest
			 * relation; else ("It is unlikely that ...") none */
			size_t v = i + 1;
			bool before = false;
			/* with an actor earlier in the sentence the clause
			 * rules decide ("Germany claimed that it had ...") */
			for (size_t q = 0; q < i; q++)
				if (is_participant(&c->el[q]))
					before = true;
			while (v < c->n_el && v < i + 3 &&
			       (c->el[v].kind == E_MODAL ||
				c->el[v].kind == E_PASSIVE ||
				(c->el[v].kind == E_WORD && !c->el[v].upper)))
				v++;
			if (before ||
			    (!c->n_last_src && c->opener[0] == WHO_NONE) ||
			    v >= c->n_el || c->el[v].kind != E_CUE ||
			    !c->lx->cues[c->el[v].ref].verb) {
				x->kind = E_OTHER;
				continue;
			}
			/* the subject of the sentence before, when it
			 * opened with one ("X has always respected Y. It
			 * remains committed to ...") */
			if (c->opener[0] != WHO_NONE) {
				x->kind = E_ACTOR;
				x->who = c->opener[0];
				continue;
			}
			x->kind = E_COLLECTIVE;
			x->who = c->last_src[0];
			x->who2 = c->n_last_src > 1 ? c->last_src[1]
						    : c->last_src[0];
			x->pron = true;
			continue;
		}
		/* "the member states of ASEAN": that body */
		if (x->kind == E_COLLECTIVE &&
		    x->alias_kind == ERG_KIND_STATE + 1 && i + 2 < c->n_el &&
		    c->el[i + 1].kind == E_WORD &&
		    span_role(c->lx, t, c->el[i + 1].start, c->el[i + 1].end,
			      LX_PREP_PARTITIVE)) {
			size_t k = i + 2;
			if (k + 1 < c->n_el && c->el[k].kind == E_DET)
				k++;
			if (c->el[k].kind == E_ACTOR && c->el[k].who != WHO_NONE &&
			    who_kind(c, c->el[k].who) ==
				ERG_KIND_ORGANIZATION) {
				x->kind = E_ACTOR;
				x->who = c->el[k].who;
				x->alias_kind = LX_ALIAS_NAME;
				x->end = c->el[k].end;
				for (size_t q = i + 1; q <= k; q++)
					c->el[q].kind = E_SKIP;
				continue;
			}
		}
		if (x->kind == E_ANAPHOR) {
			who_t w = anaphor_referent(c, t, x);
			if (w == WHO_NONE) {
				x->kind = E_OTHER;
				continue;
			}
			/* "accused the Taliban of sheltering the group": an
			 * armed group named earlier in the same clause is not
			 * "the group"; the one named before it is (states
			 * and bodies keep theirs: "said her country", "the
			 * Assembly") */
			for (size_t q = i; x->ref == ERG_KIND_GROUP && q-- > 0;) {
				const elem *y = &c->el[q];
				if (y->kind == E_SPEECH || y->kind == E_BOUNDARY ||
				    y->kind == E_RELATIVE ||
				    (y->kind == E_PUNCT &&
				     (y->punct == ';' || y->punct == ':')))
					break;
				if (y->kind == E_ACTOR && y->who == w) {
					who_t o = c->recent[x->ref][0] == w
							  ? c->recent[x->ref][1]
							  : WHO_NONE;
					if (o != WHO_NONE)
						w = o;
					break;
				}
			}
			x->kind = E_ACTOR;
			x->who = w;
		} else if (x->kind == E_COLLECTIVE) {
			who_t a = WHO_NONE, b = WHO_NONE;
			if (x->alias_kind &&
			    c->n_list[x->alias_kind - 1] >= 2) {
				/* "the three juntas": the latest list */
				a = c->list[x->alias_kind - 1][0];
				b = c->list[x->alias_kind - 1][1];
				x->list = true;
			} else if (x->alias_kind &&
				   c->recent[x->alias_kind - 1][1] !=
				       WHO_NONE) {
				a = c->recent[x->alias_kind - 1][0];
				b = c->recent[x->alias_kind - 1][1];
			} else if (c->has_focus) {
				/* "the ministers" with no persons named: the
				 * pair of states in focus */
				a = c->focus[0];
				b = c->focus[1];
			} else {
				/* no dyad in focus yet (the document's
				 * first relation): the two states named
				 * last before it in the sentence, persons
				 * standing for theirs ("X's president met
				 * Y's, as the two countries ..."); a
				 * relation found before it in the sentence
				 * may still replace them (refresh_collectives) */
				pair_before(c, i, &a, &b);
			}
			if (a == WHO_NONE || b == WHO_NONE) {
				x->kind = E_OTHER;
				continue;
			}
			x->who = a;
			x->who2 = b;
			continue;
		}
		/* "the Trump administration", "the Modi government": a
		 * leader's name before a `prep seat` word is the leader's
		 * state; so is "Milei's government", "Milei's ministers" */
		if (x->kind == E_ACTOR && x->who != WHO_NONE &&
		    who_kind(c, x->who) == ERG_KIND_PERSON &&
		    who_aff(c, x->who)) {
			size_t sw = i + 1;
			if (sw + 1 < c->n_el && c->el[sw].kind == E_POSS)
				sw++;
			else if (!(i > 0 && c->el[i - 1].kind == E_DET))
				sw = c->n_el;
			if (sw < c->n_el && c->el[sw].kind == E_WORD &&
			    span_role(c->lx, t, c->el[sw].start, c->el[sw].end,
				      LX_PREP_SEAT)) {
				uint32_t a = erg__lexicon_actor(
				    c->lx, who_aff(c, x->who));
				if (a != LX_NONE &&
				    erg__lx_kind(c->lx, a) == ERG_KIND_STATE) {
					x->who = (who_t)a;
					x->alias_kind = LX_ALIAS_NAME;
					for (size_t q = i + 1; q <= sw; q++)
						c->el[q].kind = E_SKIP;
				}
			}
		}
		if (x->kind == E_ACTOR && x->who != WHO_NONE && !x->consumed)
			recent_push(c, x->who);
		/* "the representative of X ... She": the latest person
		 * slot holds the state the official stood for */
		if (x->kind == E_ACTOR && x->proxy &&
		    c->recent[ERG_KIND_PERSON][0] != x->who) {
			c->recent[ERG_KIND_PERSON][1] =
			    c->recent[ERG_KIND_PERSON][0];
			c->recent[ERG_KIND_PERSON][0] = x->who;
		}
	}
}

/* Mentions of a sentence that is not analyzed (no cue, no title) still
 * count for references, and a lexicon person's name registers its first
 * and last word ("Yoon Suk Yeol took office. ... Yoon visited Tokyo"). */
static erg_status mention(ctx *c, uint32_t a)
{
	const char *lab;
	recent_push(c, (who_t)a);
	/* (the actor's record, scattered in memory, is read for a person
	 * only: the kind comes from the compact table) */
	if (erg__lx_kind(c->lx, a) != ERG_KIND_PERSON ||
	    !(lab = c->lx->actors[a].label))
		return ERG_OK;
	return sn_register(c, lab, strlen(lab), (who_t)a);
}

static erg_status note_mentions(ctx *c, size_t mi, size_t mj)
{
	for (size_t i = mi; i < mj; i++) {
		const lx_match *mt = &c->m.items[i];
		const struct lx_keyinfo *ki = &c->lx->ac.key_info[mt->key];
		if (!(ki->what & ((1u << LX_DISCARD) | (1u << LX_ACTOR))))
			continue;
		if (ki->n == 1) { /* the one entry: an actor or a discard */
			if ((mt->ok & 1u) && ki->one_what == LX_ACTOR &&
			    mention(c, ki->ref))
				return ERG_ENOMEM;
			continue;
		}
		lx_entry_it it = LX_ENTRY_IT(c->lx, mt);
		for (const lx_entry *en; (en = erg__lx_entry_next(&it));) {
			if (en->what == LX_DISCARD)
				break;
			if (en->what == LX_ACTOR) {
				if (mention(c, en->ref))
					return ERG_ENOMEM;
				break;
			}
		}
	}
	return ERG_OK;
}

/* An appositive after "X," from element k: "Azerbaijan's closest ally,",
 * "its largest member,": a possessive or determiner, then lower-case
 * words or nouns, then a comma. */
static bool appositive_at(const ctx *c, size_t k)
{
	int n = 0;
	/* a participle or preposition opens an aside that runs to the next
	 * comma ("Algeria, speaking for the African members of the
	 * Council, welcomed ...", "the US, in a statement, said ...") */
	if (k < c->n_el &&
	    ((c->el[k].kind == E_WORD && !c->el[k].upper && !c->el[k].digits) ||
	     (c->el[k].kind == E_CUE && c->lx->cues[c->el[k].ref].verb))) {
		for (k++; k < c->n_el && n < 14; k++, n++) {
			const elem *x = &c->el[k];
			if (x->kind == E_PUNCT && x->punct == ',')
				return true;
			if (x->kind == E_SPEECH || x->kind == E_BOUNDARY ||
			    x->kind == E_RELATIVE ||
			    (x->kind == E_PUNCT && x->punct != '-' &&
			     x->punct != '"'))
				return false;
		}
		return false;
	}
	if (k + 1 < c->n_el && c->el[k].kind == E_ACTOR &&
	    c->el[k].who != WHO_NONE && c->el[k + 1].kind == E_POSS)
		k += 2;
	else if (k < c->n_el && c->el[k].kind == E_DET)
		k++;
	else
		return false;
	for (; k < c->n_el && n < 8; k++, n++) {
		const elem *x = &c->el[k];
		if (x->kind == E_PUNCT && x->punct == ',')
			return n > 0;
		/* "a close partner of Pakistan,", "a NATO member,": an
		 * actor after the noun, or before it; not an actor alone
		 * after the determiner (a list: "A, the B, and C") */
		if (is_participant(x) &&
		    (n >= 1 ||
		     (k + 1 < c->n_el &&
		      ((c->el[k + 1].kind == E_WORD && !c->el[k + 1].upper) ||
		       (c->el[k + 1].kind == E_CUE &&
			!c->lx->cues[c->el[k + 1].ref].verb)))))
			continue;
		if (!((x->kind == E_WORD && !x->upper) || x->kind == E_DET ||
		      (x->kind == E_CUE && !c->lx->cues[x->ref].verb)))
			return false;
	}
	return false;
}

/* "the National Liberation Army (ELN)": capitalized words that name
 * no actor, then an actor in parentheses; returns the index of the "("
 * (the name is a gap in a list), else 0. Element k is the first word. */
static size_t name_abbrev(const ctx *c, size_t k)
{
	size_t q = k;
	/* "the Congolese Revolutionary Army (M23)": an adjective of a
	 * state may open the name */
	while (q < c->n_el && q < k + 8 &&
	       ((c->el[q].kind == E_WORD && c->el[q].upper) ||
		(q == k && c->el[q].alias_kind == LX_ALIAS_ADJ &&
		 (c->el[q].kind == E_ACTOR ||
		  (c->el[q].kind == E_OTHER && c->el[q].who == WHO_NONE)))))
		q++;
	if (q == k || c->el[q - 1].kind != E_WORD || q + 2 >= c->n_el ||
	    c->el[q].kind != E_PUNCT ||
	    c->el[q].punct != '(' || c->el[q + 1].kind != E_ACTOR ||
	    c->el[q + 1].who == WHO_NONE || c->el[q + 2].kind != E_PUNCT ||
	    c->el[q + 2].punct != ')')
		return 0;
	return q;
}

/* "of X and of Y", "with X and with Y": the lower-case word k right
 * after "and" repeats the word before the list's first member (a
 * determiner may follow it), so the list goes on. */
static bool repeated_prep(const ctx *c, const char *t, int first, size_t k)
{
	int p = first - 1;
	size_t n;
	if (c->el[k - 1].kind != E_COORD || c->el[k].kind != E_WORD ||
	    c->el[k].upper || k + 1 >= c->n_el ||
	    !(c->el[k + 1].kind == E_DET || is_participant(&c->el[k + 1])))
		return false;
	if (p >= 0 && c->el[p].kind == E_DET)
		p--;
	if (p < 0 || c->el[p].kind != E_WORD)
		return false;
	n = c->el[k].end - c->el[k].start;
	return c->el[p].end - c->el[p].start == n &&
	       !strncasecmp(t + c->el[p].start, t + c->el[k].start, n);
}

/* Whether the coordinating word right before element k (after a comma)
 * is the same word as a plain one (no comma before it) between elements
 * first and k: "Cyprus and Greece, and the EU" (two conjuncts), not "A
 * and B, together with C". */
static bool same_coord(const ctx *c, const char *t, int first, size_t k)
{
	size_t cc = k;
	if (k > (size_t)first + 64)
		return false;
	while (cc > (size_t)first && c->el[cc].kind != E_COORD)
		cc--;
	if (cc <= (size_t)first || c->el[cc - 1].kind != E_PUNCT)
		return false;
	for (size_t q = (size_t)first + 1; q + 1 < cc; q++) {
		const elem *a = &c->el[q], *b = &c->el[cc];
		if (a->kind == E_COORD && c->el[q - 1].kind != E_PUNCT &&
		    a->end - a->start == b->end - b->start &&
		    !strncasecmp(t + a->start, t + b->start,
				 a->end - a->start))
			return true;
	}
	return false;
}

/* Whether a cue element has a verb reading ("attack" is a noun and a
 * verb). */
static bool verb_reading(const ctx *c, const elem *x)
{
	const lx_match *mt;
	lx_entry_it it;
	if (c->lx->cues[x->ref].verb)
		return true;
	if (x->match >= c->m.n)
		return false;
	mt = &c->m.items[x->match];
	it = LX_ENTRY_IT(c->lx, mt);
	for (const lx_entry *en; (en = erg__lx_entry_next(&it));)
		if (en->what == LX_CUE && c->lx->cues[en->ref].verb)
			return true;
	return false;
}

/* Whether elements 1 .. n - 1 are words, determiners or locatives only
 * (an opening phrase with no actor, cue or punctuation before n) */
static bool opening_words(const ctx *c, int n)
{
	for (int q = 1; q < n; q++)
		if (c->el[q].kind != E_WORD && c->el[q].kind != E_DET &&
		    c->el[q].kind != E_LOCATIVE)
			return false;
	return true;
}

/* The latest group built so far in the sentence holding three or more
 * actors of kind k (no event, no collective), or c->n_gr ("Egypt and
 * Sudan ... the three countries" are not those two). */
static size_t list_here(const ctx *c, int k)
{
	for (size_t f = c->n_gr; f-- > 0;) {
		const group *G = &c->gr[f];
		int n = 0;
		if (G->event || c->el[G->first].kind == E_COLLECTIVE)
			continue;
		for (int a = 0; a < G->n; a++)
			n += who_kind(c, G->m[a]) == (erg_kind)k;
		if (n >= 3)
			return f;
	}
	return c->n_gr;
}

/* Whether a list of actors goes on from element i to a coordinating
 * word and one more actor ("A, B, C and D" from B): actors, commas and
 * determiners only before the word */
static bool list_goes_on(const ctx *c, size_t i)
{
	for (; i + 1 < c->n_el; i++) {
		const elem *x = &c->el[i];
		if (x->kind == E_COORD)
			return c->el[i + 1].kind == E_ACTOR ||
			       (c->el[i + 1].kind == E_DET && i + 2 < c->n_el &&
				c->el[i + 2].kind == E_ACTOR);
		if (!(x->kind == E_ACTOR || x->kind == E_DET ||
		      (x->kind == E_PUNCT && x->punct == ',')))
			return false;
	}
	return false;
}

/* led_modifier before the groups are made; not a maker ("Swedish-made
 * jets": `prep origin`), who is the state of what follows */
static bool hyphen_modifier(const ctx *c, const char *t, size_t i)
{
	const elem *x = &c->el[i];
	return is_participant(x) && i + 2 < c->n_el &&
	       c->el[i + 1].kind == E_PUNCT && c->el[i + 1].punct == '-' &&
	       c->el[i + 1].start == x->end &&
	       c->el[i + 2].start == c->el[i + 1].end &&
	       ((c->el[i + 2].kind == E_WORD && !c->el[i + 2].upper &&
		 !span_role(c->lx, t, c->el[i + 2].start, c->el[i + 2].end,
			    LX_PREP_ORIGIN)) ||
		/* "a UN-backed mission": a verb cue glued on */
		c->el[i + 2].kind == E_CUE);
}

static erg_status build_groups(ctx *c, const char *t)
{
	int clause = 0, rel = -1, n_rel = 0;
	c->n_gr = 0;
	resolve_references(c, t);
	for (size_t i = 0; i < c->n_el; i++) {
		elem *x = &c->el[i];
		/* "ties with Sudan have meanwhile deteriorated", "China
		 * has however criticised X": a boundary word between an
		 * auxiliary after the subject and a verb is an adverb */
		if (x->kind == E_BOUNDARY && i >= 2 && i + 1 < c->n_el &&
		    c->el[i + 1].kind == E_CUE &&
		    c->lx->cues[c->el[i + 1].ref].verb &&
		    (c->el[i - 1].kind == E_MODAL ||
		     c->el[i - 1].kind == E_PASSIVE ||
		     (c->el[i - 1].kind == E_WORD && !c->el[i - 1].upper &&
		      is_participant(&c->el[i - 2]))))
			x->kind = E_WORD;
		/* a relative clause (", which ...") runs to the next comma
		 * and is a clause of its own; the main clause goes on after
		 * it */
		if (rel >= 0 && x->kind == E_PUNCT &&
		    (x->punct == ',' || x->punct == ';' || x->punct == ':' ||
		     x->punct == ')') &&
		    /* (not a comma inside a list of actors: "which ended
		     * with a deal brokered by A, B, C and D") */
		    !(x->punct == ',' && i > 0 && i + 1 < c->n_el &&
		      c->el[i - 1].kind == E_ACTOR &&
		      (c->el[i + 1].kind == E_ACTOR ||
		       (c->el[i + 1].kind == E_DET && i + 2 < c->n_el &&
			c->el[i + 2].kind == E_ACTOR)) &&
		      list_goes_on(c, i + 1)))
			rel = -1;
		if (rel < 0 &&
		    ((x->kind == E_PUNCT &&
		      (x->punct == ';' || x->punct == ':')) ||
		     x->kind == E_BOUNDARY || x->kind == E_SPEECH))
			clause++;
		if (x->kind == E_RELATIVE && i > 0 &&
		    c->el[i - 1].kind == E_PUNCT && c->el[i - 1].punct == ',')
			rel = REL_CLAUSE + n_rel++;
		/* a restrictive relative whose verb follows at once: the
		 * verb's subject is the word before ("persons and entities
		 * that supply arms to X") */
		else if (rel < 0 && x->kind == E_RELATIVE && i > 0 &&
			 i + 1 < c->n_el) {
			size_t v = i + 1;
			if (v + 1 < c->n_el &&
			    (c->el[v].kind == E_MODAL ||
			     c->el[v].kind == E_PASSIVE ||
			     (c->el[v].kind == E_WORD && !c->el[v].upper)))
				v++;
			if (c->el[v].kind == E_CUE &&
			    verb_reading(c, &c->el[v]))
				rel = REL_TIGHT + n_rel++;
		}
		/* so is an appositive ("Turkey, Azerbaijan's closest ally,
		 * welcomed ...") */
		if (rel < 0 && i > 1 && c->el[i - 1].kind == E_PUNCT &&
		    c->el[i - 1].punct == ',' &&
		    (c->el[i - 2].kind == E_ACTOR ||
		     c->el[i - 2].kind == E_COLLECTIVE) &&
		    c->el[i - 2].who != WHO_NONE && appositive_at(c, i))
			rel = REL_CLAUSE + n_rel++;
		x->clause = rel >= 0 ? rel : clause;
	}
	for (size_t i = 0; i < c->n_el; i++) {
		group g;
		size_t j;
		if (!is_participant(&c->el[i]) || c->el[i].group >= 0)
			continue;
		memset(&g, 0, sizeof(g));
		g.first = g.last = (int)i;
		g.clause = c->el[i].clause;
		g.compound = false;
		if (c->el[i].kind == E_COLLECTIVE && c->el[i].ga) {
			const struct galias *A = &c->galias[c->el[i].ga - 1];
			for (int q = 0; q < A->n; q++)
				group_add(&g, A->m[q]);
		} else if (c->el[i].kind == E_COLLECTIVE && c->el[i].pron) {
			for (int q = 0; q < c->n_last_src; q++)
				group_add(&g, c->last_src[q]);
		} else if (c->el[i].kind == E_COLLECTIVE &&
			   c->el[i].alias_kind &&
			   (j = list_here(c, c->el[i].alias_kind - 1)) <
			       c->n_gr) {
			/* "against A, B and C, days after the three
			 * countries said ...": a list earlier in the
			 * sentence */
			for (int q = 0; q < c->gr[j].n; q++)
				if (who_kind(c, c->gr[j].m[q]) ==
				    (erg_kind)(c->el[i].alias_kind - 1))
					group_add(&g, c->gr[j].m[q]);
		} else if (c->el[i].kind == E_COLLECTIVE && c->el[i].list) {
			erg_kind k = who_kind(c, c->el[i].who);
			for (int q = 0; q < c->n_list[k]; q++)
				group_add(&g, c->list[k][q]);
		} else if (c->el[i].kind == E_COLLECTIVE) {
			group_add(&g, c->el[i].who);
			group_add(&g, c->el[i].who2);
		} else {
			group_add(&g, c->el[i].who);
		}
		j = i + 1;
		for (bool had_coord = false;;) {
			size_t k = j;
			bool dash = false, coord = false, comma_coord = false;
			/* "Prime Minister Fumio Kishida of Japan and President
			 * Yoon Suk Yeol of the Republic of Korea": a person's
			 * own state after "of" is part of the person's name,
			 * and the list goes on after it */
			{
				size_t q = j + 1;
				if (q < c->n_el && c->el[q].kind == E_DET)
					q++;
				if (q + 1 < c->n_el && c->el[j].kind == E_WORD &&
				    span_role(c->lx, t, c->el[j].start,
					      c->el[j].end, LX_PREP_CHARGE) &&
				    c->el[q].kind == E_ACTOR &&
				    c->el[q].who != WHO_NONE &&
				    who_kind(c, c->el[g.last].who) ==
					ERG_KIND_PERSON &&
				    (c->el[q].who ==
					 who_state(c, c->el[g.last].who) ||
				     (who_state(c, c->el[g.last].who) ==
					  WHO_NONE &&
				      who_kind(c, c->el[q].who) ==
					  ERG_KIND_STATE)) &&
				    (c->el[q + 1].kind == E_COORD ||
				     (c->el[q + 1].kind == E_PUNCT &&
				      c->el[q + 1].punct == ','))) {
					who_t p = c->el[g.last].who;
					/* (the state of a person named by
					 * title with none: "President
					 * Gabriel Boric of Chile") */
					if (p < 0 && !c->persons[-p - 1].aff &&
					    c->el[q].who >= 0 &&
					    !(c->persons[-p - 1].aff =
						  erg__strdup(
						      c->lx->actors[c->el[q].who]
							  .id)))
						return nomem(c);
					for (size_t z = j; z <= q; z++)
						c->el[z].kind = E_SKIP;
					j = k = q + 1;
				}
			}
			/* hyphenated dyad: X-Y with no spaces */
			if (k + 1 < c->n_el && c->el[k].kind == E_PUNCT &&
			    c->el[k].punct == '-' &&
			    c->el[k].start == c->el[k - 1].end &&
			    c->el[k + 1].start == c->el[k].end &&
			    c->el[k + 1].kind == E_ACTOR) {
				dash = true;
				k++;
			} else {
				while (k < c->n_el &&
				       (is_gap_kind(&c->el[k]) ||
					(k > j &&
					 (c->el[k - 1].kind == E_COORD ||
					  c->el[k - 1].kind == E_DET) &&
					 (name_abbrev(c, k) ||
					  repeated_prep(c, t, g.first, k)))) &&
				       c->el[k].kind != E_POSS) {
					/* "X and the National Liberation Army
					 * (ELN)": the name before its
					 * abbreviation */
					if (!is_gap_kind(&c->el[k])) {
						k = k > j && repeated_prep(
								 c, t, g.first, k)
							? k + 1
							: name_abbrev(c, k);
						continue;
					}
					if (c->el[k].kind == E_COORD) {
						bool cm =
						    c->el[k - 1].kind ==
							E_PUNCT &&
						    c->el[k - 1].punct == ',';
						comma_coord |= cm;
						coord |= !cm;
					}
					k++;
				}
				/* "A and B, and C and D": two lists (not
				 * "A, B, and C, as well as D", nor "A and
				 * B, together with C, did ...") */
				if (had_coord && comma_coord &&
				    k < c->n_el && is_participant(&c->el[k])) {
					size_t q = k + 1;
					bool plain = false;
					/* "A and B, and C said ...": the
					 * same word again starts a new
					 * conjunct */
					if (same_coord(c, t, g.first, k))
						break;
					while (q < c->n_el &&
					       (is_gap_kind(&c->el[q]) ||
						c->el[q].consumed)) {
						plain |= c->el[q].kind ==
							     E_COORD &&
							 c->el[q - 1].kind !=
							     E_PUNCT;
						q++;
					}
					if (plain && q < c->n_el &&
					    is_participant(&c->el[q]))
						break;
				}
				/* "X's" ends a group unless a list goes on */
				if (c->el[k - 1].kind == E_POSS)
					break;
			}
			/* "sent aid to Syria, and Faisal bin Farhan
			 * travelled ...": ", and" right after the first
			 * member starts a clause; a list with a comma before
			 * its "and" has three members or more ("A, B, and
			 * C") */
			if (comma_coord && !coord && g.last == g.first &&
			    !dash)
				break;
			/* "whose claim to Western Sahara the United States
			 * recognised": a determiner alone between two actors
			 * joins no list */
			if (!dash && k > j) {
				bool only_det = true;
				for (size_t q = j; q < k; q++)
					only_det &= c->el[q].kind == E_DET;
				if (only_det)
					break;
			}
			/* "Under the Warsaw Pact, Poland hosted ...": a
			 * phrase opening the sentence with a preposition
			 * (`prep opener`) and closed by a comma is no list
			 * with what follows */
			/* ("Speaking on behalf of the European Union, the
			 * representative of Slovenia welcomed ...": words,
			 * determiners and locatives only before it) */
			if (!coord && !comma_coord && !dash &&
			    g.last == g.first && j < c->n_el &&
			    c->el[j].kind == E_PUNCT && c->el[j].punct == ',' &&
			    g.first >= 1 && g.first <= 6 &&
			    c->el[0].kind == E_WORD &&
			    span_role(c->lx, t, c->el[0].start, c->el[0].end,
				      LX_PREP_OPENER) &&
			    opening_words(c, g.first))
				break;
			/* "France sanctioned Iran, Moscow said": after a
			 * bare comma, the speaker of a closing attribution
			 * joins no list */
			if (!dash && !coord && !comma_coord && !had_coord &&
			    k + 1 < c->n_el && is_participant(&c->el[k]) &&
			    (c->el[k + 1].kind == E_SPEECH ||
			     (c->el[k + 1].kind == E_WORD &&
			      span_role(c->lx, t, c->el[k + 1].start,
					c->el[k + 1].end, LX_PREP_SAYING))))
				break;
			/* "the CSTO, the Moscow-led bloc": a modifier joined
			 * by a hyphen is no member of a list */
			if (!dash && k < c->n_el && hyphen_modifier(c, t, k))
				break;
			/* a collective starts a group of its own ("helped
			 * Iran, and the two countries signed ...") */
			if (k >= c->n_el || (k == j && !dash) ||
			    !is_participant(&c->el[k]) ||
			    c->el[k].clause != g.clause ||
			    c->el[k].kind == E_COLLECTIVE)
				break;
			group_add(&g, c->el[k].who);
			if (dash)
				g.compound = true;
			had_coord |= coord;
			g.last = (int)k;
			j = k + 1;
		}
		if (erg__grow((void **)&c->gr, &c->cap_gr, c->n_gr + 1,
			      sizeof(group)))
			return nomem(c);
		for (int q = g.first; q <= g.last; q++)
			if (is_participant(&c->el[q]))
				c->el[q].group = (int)c->n_gr;
		c->gr[c->n_gr++] = g;
		i = (size_t)g.last;
	}
	return ERG_OK;
}

typedef struct {
	int group;      /* -1 none */
	bool focus;
	bool between;
	const char *how;
	const char *word; /* the preposition of a prepositional slot */
	bool topic;       /* the body the document is about */
	bool dispute;     /* with focus: the pair of the latest dispute */
} slot_hit;

/* A group bound to another cue (its modifier, or with a cue between it
 * and this one) is no "nearest actor" for this cue. */
static bool near_blocked(const ctx *c, int g, int ci)
{
	int a = c->gr[g].last < ci ? c->gr[g].last : ci;
	int b = c->gr[g].last < ci ? ci : c->gr[g].first;
	size_t nx = (size_t)c->gr[g].last + 1;
	if (nx < c->n_el && c->el[nx].kind == E_POSS)
		nx++;
	if (nx < c->n_el && c->el[nx].kind == E_CUE && (int)nx != ci)
		return true;
	for (int i = a + 1; i < b; i++)
		if (c->el[i].kind == E_CUE ||
		    /* "partnership, putting Washington on par with
		     * China": a comparison */
		    c->el[i].kind == E_DISCARD ||
		    /* "..., and X and Y signed a treaty of allied
		     * relations": another conjunct */
		    (c->el[i].kind == E_COORD && c->el[i - 1].kind == E_PUNCT &&
		     c->el[i - 1].punct == ','))
			return true;
	return false;
}

/* Whether group g stands alone in parentheses closed before element
 * cue: an aside ("with 2 abstentions (China, Russia), adopted ..."),
 * no subject of what follows */
static bool in_parens(const ctx *c, int g, int cue)
{
	int a = c->gr[g].first - 1, b = c->gr[g].last + 1;
	return a >= 0 && b < cue && c->el[a].kind == E_PUNCT &&
	       c->el[a].punct == '(' && c->el[b].kind == E_PUNCT &&
	       c->el[b].punct == ')';
}

static int nearest_group_before(const ctx *c, int cue, int clause)
{
	int best = -1;
	/* by position: groups made after build_groups (extra_group) come
	 * last in the array */
	for (size_t g = 0; g < c->n_gr; g++)
		if (c->gr[g].last < cue && c->gr[g].clause == clause &&
		    !c->gr[g].event && !in_parens(c, (int)g, cue) &&
		    (best < 0 || c->gr[g].last >= c->gr[best].last))
			best = (int)g;
	return best;
}

/* Whether the noun cue at e heads its phrase: no lower-case word follows
 * it but a preposition ("the summit as a step", "the deal between X and
 * Y"; not "the trade measures") */
static bool event_head(const ctx *c, const char *t, int e)
{
	const elem *y;
	if ((size_t)e + 1 >= c->n_el)
		return true;
	y = &c->el[e + 1];
	if (y->kind != E_WORD || y->upper)
		return y->kind != E_CUE;
	return span_role(c->lx, t, y->start, y->end, LX_PREP_OBLIQUE) ||
	       span_role(c->lx, t, y->start, y->end, LX_PREP_PURPOSE) ||
	       span_role(c->lx, t, y->start, y->end, LX_PREP_CHARGE) ||
	       span_role(c->lx, t, y->start, y->end, LX_PREP_BETWEEN) ||
	       span_role(c->lx, t, y->start, y->end, LX_PREP_COMITATIVE);
}

/* An event noun after a determiner stands for the actors of the latest
 * relation of its type ("Iran condemned the strikes", "the strikes were
 * supported by ..."): returns a group of them, or -1. */
static int event_group(ctx *c, const char *t, int e)
{
	const elem *x;
	const struct event_mem *m;
	size_t type;
	group g;
	int n_as;
	if (e <= 0 || (size_t)e >= c->n_el)
		return -1;
	x = &c->el[e];
	if (x->kind != E_CUE || c->lx->cues[x->ref].verb)
		return -1;
	/* "the strikes", and for a hostile noun "a criminal blockade"; a
	 * place's name may stand between ("the Camp David summit") */
	{
		int k = e - 1, words = 0;
		while (k > 0 && words < 2 && c->el[k].kind == E_WORD &&
		       !c->el[k].upper &&
		       erg_types_get(erg_graph_types(c->g),
				     c->type_of_cue[x->ref])
			       ->polarity < 0) {
			k--;
			words++;
		}
		if (!words)
			while (k > 0 && words < 3 &&
			       c->el[k].kind == E_WORD && c->el[k].upper &&
			       !c->el[k].digits) {
				k--;
				words++;
			}
		if (c->el[k].kind != E_DET)
			return -1;
	}
	type = c->type_of_cue[x->ref];
	if (type >= EV_TYPES)
		return -1;
	/* a noun of a neutral type ("the coalition forces", "the
	 * members") names no event */
	if (erg_types_get(erg_graph_types(c->g), type)->polarity == 0)
		return -1;
	for (size_t k = 0; k < c->n_gr; k++)
		if (c->gr[k].event && c->gr[k].first == e)
			return (int)k;
	/* the latest relation of the same phrase ("the strikes"), else of
	 * the same type */
	m = &c->ev[type];
	if (x->match < c->m.n) {
		uint32_t key = c->m.items[x->match].key;
		size_t n = c->n_evk < EV_KEYS ? c->n_evk : EV_KEYS;
		for (size_t k = 1; k <= n; k++) {
			const struct event_mem *q =
			    &c->ev[EV_TYPES + (c->n_evk - k) % EV_KEYS];
			if (q->key == key) {
				m = q;
				break;
			}
		}
	}
	if (!m->ns)
		return -1;
	memset(&g, 0, sizeof(g));
	g.first = g.last = e;
	g.clause = x->clause;
	g.event = true;
	/* both sides of a friendly event for a hostile verb right before
	 * its noun phrase ("condemned the Camp David summit"); the
	 * subject's only for others ("welcomed the agreement" is no
	 * relation to each party) */
	n_as = m->ns_subj;
	{
		int k = e - 1, words = 0;
		while (k > 0 && words < 4 &&
		       (c->el[k].kind == E_WORD || c->el[k].kind == E_DET)) {
			k--;
			words++;
		}
		if (k >= 0 && c->el[k].kind == E_CUE &&
		    c->lx->cues[c->el[k].ref].verb &&
		    erg_types_get(erg_graph_types(c->g),
				  c->type_of_cue[c->el[k].ref])
			    ->polarity < 0 &&
		    event_head(c, t, e))
			n_as = m->ns;
	}
	/* "the deal" that a prime minister signed is his state's act */
	for (int k = 0; k < n_as; k++) {
		who_t st = who_state(c, m->s[k]);
		group_add(&g, st != WHO_NONE ? st : m->s[k]);
	}
	if (erg__grow((void **)&c->gr, &c->cap_gr, c->n_gr + 1,
		      sizeof(group)) ||
	    erg__grow((void **)&c->gr_used, &c->cap_used, c->n_gr + 2,
		      sizeof(*c->gr_used)))
		return -1;
	c->gr_used[c->n_gr] = 0;
	c->gr[c->n_gr] = g;
	return (int)c->n_gr++;
}

/* The element after a determiner right after element i and at most two
 * lower-case words ("the (recent) strikes"), or -1 */
static int noun_after_det(const ctx *c, int i)
{
	int k = i + 1, words = 0;
	/* "condemned what he called a criminal blockade" */
	if ((size_t)k < c->n_el && c->el[k].kind == E_DISCARD)
		k++;
	if ((size_t)k >= c->n_el || c->el[k].kind != E_DET)
		return -1;
	k++;
	while ((size_t)k < c->n_el && words < 2 && c->el[k].kind == E_WORD &&
	       !c->el[k].upper) {
		k++;
		words++;
	}
	/* "the Camp David summit" */
	if (!words)
		while ((size_t)k < c->n_el && words < 3 &&
		       c->el[k].kind == E_WORD && c->el[k].upper &&
		       !c->el[k].digits) {
			k++;
			words++;
		}
	return (size_t)k < c->n_el ? k : -1;
}

/* The event noun after element i: "the (recent) strikes". */
static int event_after(ctx *c, const char *t, int i, int clause)
{
	int k = noun_after_det(c, i), g, subj;
	uint32_t r;
	if (k < 0 || c->el[k].clause != clause)
		return -1;
	g = event_group(c, t, k);
	/* "Turkey's NATO allies criticised its purchase of the S-400": a
	 * possessive pronoun that may stand for an actor named before it
	 * in the sentence (not the verb's subject) who took no part in
	 * the latest such event makes it no such event */
	if (g < 0 || c->el[i + 1].kind != E_DET ||
	    !match_has(c, &c->el[i + 1], LX_POSSPRON, &r))
		return g;
	subj = nearest_group_before(c, i, clause);
	for (int q = 0; q < i; q++) {
		const elem *y = &c->el[q];
		bool in = false;
		if (y->kind != E_ACTOR || y->who == WHO_NONE || y->group < 0 ||
		    y->group == subj ||
		    (who_kind(c, y->who) != ERG_KIND_STATE &&
		     who_kind(c, y->who) != ERG_KIND_ORGANIZATION))
			continue;
		for (int a = 0; a < c->gr[g].n; a++)
			in |= c->gr[g].m[a] == y->who;
		if (!in)
			return -1;
	}
	return g;
}

/* A verb followed by an object that is no actor and no relation noun
 * ("welcomed the agreement"): its subject list is not paired. */
static bool verb_has_object(const ctx *c, int ci)
{
	int k = ci + 1, words = 0;
	if (!c->lx->cues[c->el[ci].ref].verb || (size_t)k >= c->n_el ||
	    c->el[k].kind != E_DET)
		return false;
	k++;
	while ((size_t)k < c->n_el && words < 2 && c->el[k].kind == E_WORD &&
	       !c->el[k].upper) {
		k++;
		words++;
	}
	if ((size_t)k >= c->n_el)
		return false;
	/* "welcomed the agreement": a noun of another type is an object
	 * too ("fought a war" is not) */
	return c->el[k].kind == E_WORD ||
	       (c->el[k].kind == E_CUE &&
		c->type_of_cue[c->el[k].ref] != c->type_of_cue[c->el[ci].ref]);
}

/* A verb cue whose grammatical subject is its target: someone reacts to
 * what the subject did ("alarmed", "raised alarm in") */
static bool reaction_verb(const lx_cue *cue)
{
	return cue->verb && cue->n_tgt && cue->tgt[0].kind == LX_SLOT_SUBJ;
}

/* The subject of a clause with none before its cue: the antecedent of a
 * relative clause ("Iran, which arms ..."), or after a boundary word
 * that starts the clause ("... thanked the Council but accused X") the
 * subject of the clause before. -1 if none. */
static int clause_subject(const ctx *c, int ci, int clause,
			  const int *cue_src)
{
	int cs = ci;
	if (clause >= REL_CLAUSE) {
		while (cs > 0 && c->el[cs - 1].clause == clause)
			cs--;
		if (cs < 1)
			return -1;
		if (clause >= REL_TIGHT) {
			int k = cs - 1, main;
			if (is_participant(&c->el[k]))
				return c->el[k].group;
			/* ", a move that angered X", ", a remark which
			 * ...": a noun in apposition to the clause before
			 * stands for its act, whose subject is the subject
			 * here */
			if (c->el[k].kind == E_WORD && !c->el[k].upper &&
			    !c->el[k].deed && k > 0 &&
			    c->el[k - 1].kind == E_DET)
				k--;
			else if (!c->el[k].deed)
				return -1;
			if (k < 2 || c->el[k - 1].kind != E_PUNCT ||
			    c->el[k - 1].punct != ',')
				return -1;
			main = c->el[k - 2].clause;
			if (main >= REL_CLAUSE)
				return -1;
			for (int q = k - 2; q >= 0; q--)
				if (c->el[q].kind == E_CUE && cue_src[q] >= 0 &&
				    c->el[q].clause == main &&
				    c->lx->cues[c->el[q].ref].verb)
					return cue_src[q];
			for (size_t g = 0; g < c->n_gr; g++)
				if (c->gr[g].clause == main && !c->gr[g].event)
					return (int)g;
			return -1;
		}
		/* "firms in China that bought parts for Iran's drone
		 * programme, which has supplied drones to Russia": the
		 * noun phrase right before the comma, even when it ends a
		 * clause of its own */
		for (int k = cs - 2, n = 0;
		     c->el[cs].kind == E_RELATIVE && k >= 0 && n < 4;
		     k--, n++) {
			const elem *y = &c->el[k];
			if (is_participant(y) && y->group >= 0) {
				if (c->gr[y->group].clause !=
					    c->el[cs - 1].clause &&
				    !c->gr[y->group].event)
					return y->group;
				break;
			}
			if (!(y->kind == E_DET || y->kind == E_POSS ||
			      (y->kind == E_WORD && !y->upper)))
				break;
		}
		return nearest_group_before(c, cs, c->el[cs - 1].clause);
	}
	while (cs > 0 && (c->el[cs - 1].clause == clause ||
			  c->el[cs - 1].clause >= REL_CLAUSE))
		cs--;
	/* (or a colon before a lower-case word: "adopted a policy:
	 * building ties with X", "buys from several suppliers: it
	 * ordered ...") */
	if (clause == 0 ||
	    !(c->el[cs].kind == E_BOUNDARY ||
	      (c->el[cs].kind == E_PUNCT && c->el[cs].punct == ':' &&
	       (size_t)cs + 1 < c->n_el &&
	       ((c->el[cs + 1].kind == E_WORD && !c->el[cs + 1].upper) ||
		c->el[cs + 1].kind == E_CUE))))
		return -1;
	for (int q = cs - 1; q >= 0; q--)
		if (c->el[q].kind == E_CUE && cue_src[q] >= 0 &&
		    c->el[q].clause == clause - 1 &&
		    c->lx->cues[c->el[q].ref].verb)
			return cue_src[q];
	for (size_t g = 0; g < c->n_gr; g++)
		if (c->gr[g].clause == clause - 1 && !c->gr[g].event)
			return (int)g;
	return -1;
}

/* w itself, or for a person the lexicon actor of its affiliation. */
static who_t who_state(const ctx *c, who_t w)
{
	const char *aff;
	uint32_t a;
	if (who_kind(c, w) != ERG_KIND_PERSON)
		return w;
	aff = who_aff(c, w);
	if (!aff || (a = erg__lexicon_actor(c->lx, aff)) == LX_NONE ||
	    erg__lx_kind(c->lx, a) == ERG_KIND_PERSON)
		return WHO_NONE;
	return (who_t)a;
}

/* The two different states or bodies of the latest actors before
 * element i in the sentence (persons stand for their states), latest
 * first; WHO_NONE when there are not two. */
static void pair_before(const ctx *c, size_t i, who_t *a, who_t *b)
{
	*a = *b = WHO_NONE;
	while (i-- > 0) {
		const elem *y = &c->el[i];
		who_t w;
		if (y->kind != E_ACTOR || y->who == WHO_NONE ||
		    (w = who_state(c, y->who)) == WHO_NONE)
			continue;
		if (*a == WHO_NONE) {
			*a = w;
		} else if (w != *a) {
			*b = w;
			return;
		}
	}
	*a = WHO_NONE;
}

/* Whether group g has w, or a person standing for state w. */
static bool group_has_state(const ctx *c, int g, who_t w)
{
	if (w == WHO_NONE)
		return false;
	for (int a = 0; a < c->gr[g].n; a++)
		if (who_state(c, c->gr[g].m[a]) == w)
			return true;
	return false;
}

/* After relations of the cue at element ci: collective groups later in
 * the sentence ("Russia helped Iran, and the two countries signed ...")
 * take the dyad in focus as it stands now. */
/* Into *out's members, the actors of kind k that the sentence's
 * relations seen[from ..] of an undirected type joined (of a friendly
 * type, reported, when `friendly`), in order. */
static void joined_by(const ctx *c, size_t from, int k, bool friendly,
		      group *out)
{
	memset(out, 0, sizeof(*out));
	for (size_t i = from; i < c->n_seen; i++) {
		const erg_type *ty =
		    erg_types_get(erg_graph_types(c->g), c->seen[i].type);
		if (ty->directed ||
		    (friendly && (ty->polarity <= 0 ||
				  c->seen[i].mod != ERG_MOD_REPORTED)))
			continue;
		if (who_kind(c, c->seen[i].s) == (erg_kind)k)
			group_add(out, c->seen[i].s);
		if (who_kind(c, c->seen[i].t) == (erg_kind)k)
			group_add(out, c->seen[i].t);
	}
}

static void refresh_collectives(ctx *c, int ci, size_t before)
{
	who_t a, b;
	if (!c->n_seen)
		return;
	/* "X and Y met Z, where the three leaders agreed ...": a
	 * collective of a kind takes every actor of that kind the cue's
	 * undirected relations joined, when they are more than and include the
	 * actors it stood for ("X and Y took the dispute to Z, which
	 * urged the three countries" keeps its three) */
	for (size_t g = 0; g < c->n_gr; g++) {
		group *G = &c->gr[g];
		elem *x = &c->el[G->first];
		group J;
		bool all = true;
		if (G->first <= ci || x->kind != E_COLLECTIVE ||
		    !x->alias_kind || x->ga || x->pron ||
		    G->first != G->last)
			continue;
		joined_by(c, before, x->alias_kind - 1, false, &J);
		for (int k = 0; k < G->n; k++)
			all &= group_has(&J, G->m[k]);
		if (J.n <= G->n || !all)
			continue;
		memcpy(G->m, J.m, (size_t)J.n * sizeof(who_t));
		G->n = J.n;
	}
	/* the pair of the relation just found */
	a = who_state(c, c->seen[c->n_seen - 1].s);
	b = who_state(c, c->seen[c->n_seen - 1].t);
	if (a == WHO_NONE || b == WHO_NONE || a == b)
		return;
	for (size_t g = 0; g < c->n_gr; g++) {
		group *G = &c->gr[g];
		elem *x = &c->el[G->first];
		bool other = false;
		if (G->first <= ci || x->kind != E_COLLECTIVE ||
		    x->alias_kind || x->ga || G->first != G->last)
			continue;
		/* (not past another actor: "X condemned Y's strikes, and
		 * Z called on both sides" keeps the pair in focus) */
		for (int q = ci + 1; q < G->first; q++)
			if (c->el[q].kind == E_ACTOR &&
			    c->el[q].who != WHO_NONE &&
			    who_state(c, c->el[q].who) != a &&
			    who_state(c, c->el[q].who) != b)
				other = true;
		if (other)
			continue;
		G->m[0] = x->who = a;
		G->m[1] = x->who2 = b;
		G->n = 2;
	}
}

/* The speech phrase ("said that") nearest before element ci, or -1. */
static int speech_before(const ctx *c, const char *t, int ci)
{
	for (int i = ci - 1; i >= 0; i--) {
		/* (a clause opening with a noun phrase has that as
		 * subject: "Washington says the government has blocked
		 * ...", "adding that some of the leaders had made a deal";
		 * not a possessive: "said that his delegation condemned") */
		if (c->el[i].kind == E_SPEECH)
			return i + 1 < ci && c->el[i + 1].kind == E_DET &&
				       !span_role(c->lx, t, c->el[i + 1].start,
						  c->el[i + 1].end,
						  LX_PREP_POSSESSIVE)
				   ? -1
				   : i;
		/* a named subject the lexicon does not know ("the Arab
		 * Group supports ...") is not the speaker */
		if (c->el[i].kind == E_WORD && c->el[i].upper &&
		    !c->el[i].digits)
			return -1;
	}
	return -1;
}

/* "the Russian-led bloc", "US-backed forces": the actor at element i is
 * a modifier joined by a hyphen to a lower-case word */
static bool led_modifier(const ctx *c, const char *t, size_t i)
{
	return c->el[i].group >= 0 && hyphen_modifier(c, t, i);
}

/* Whether group g is persons only, with one of each side of the dyad in
 * focus among them. */
static bool persons_of_pair(const ctx *c, int g)
{
	bool side[2] = { false, false };
	if (c->gr[g].n < 2)
		return false;
	for (int a = 0; a < c->gr[g].n; a++) {
		who_t w = c->gr[g].m[a];
		if (who_kind(c, w) != ERG_KIND_PERSON)
			return false;
		for (int f = 0; f < 2; f++)
			side[f] |= who_state(c, w) == c->focus[f];
	}
	return side[0] && side[1];
}

/* Whether group g right before element ci modifies it ("a NATO
 * member") or owns it, lower-case words between ("NATO's newest
 * member"). */
static bool modifier_of(const ctx *c, int g, int ci)
{
	int k = c->gr[g].last + 1;
	if (k == ci)
		return true;
	if (k >= ci || c->el[k].kind != E_POSS)
		return false;
	for (k++; k < ci; k++)
		if (c->el[k].kind != E_WORD || c->el[k].upper)
			return false;
	return true;
}

/* "between Saudi officials and Iranian diplomats": after the one-actor
 * group g of a `between` slot, words, "and" and another actor (a
 * determiner and a word may stand before it); its group, or -1 */
static int between_other(const ctx *c, int g)
{
	size_t k = (size_t)c->gr[g].last + 1, n = 0;
	int clause = c->gr[g].clause;
	while (k < c->n_el && n < 5 && c->el[k].kind == E_WORD &&
	       !c->el[k].digits) {
		k++;
		n++;
	}
	if (!n || k >= c->n_el || c->el[k].kind != E_COORD ||
	    c->el[k].clause != clause)
		return -1;
	k++;
	if (k < c->n_el && c->el[k].kind == E_DET)
		k++;
	if (k < c->n_el && is_participant(&c->el[k]) && c->el[k].group >= 0 &&
	    c->el[k].group != g && c->el[k].clause == clause)
		return c->el[k].group;
	return -1;
}

/* "Ethiopia's rivals": group g, a possessive and a `rival` word */
static bool rival_after(const ctx *c, const char *t, int g)
{
	size_t k = (size_t)c->gr[g].last + 1;
	return k + 1 < c->n_el && c->el[k].kind == E_POSS &&
	       c->el[k + 1].kind == E_WORD &&
	       span_role(c->lx, t, c->el[k + 1].start, c->el[k + 1].end,
			 LX_PREP_RIVAL);
}

static int group_after(const ctx *c, const char *t, int from, int clause,
		       size_t maxbytes, bool stop_at_verb)
{
	size_t limit = c->el[from].end + maxbytes;
	for (size_t i = (size_t)from + 1; i < c->n_el; i++) {
		const elem *x = &c->el[i];
		if (x->clause != clause || x->start > limit)
			return -1;
		/* ", and Nicaragua suspended ...": a new conjunct, no
		 * object of the cue */
		if (x->kind == E_COORD && c->el[i - 1].kind == E_PUNCT &&
		    c->el[i - 1].punct == ',')
			return -1;
		/* "warned against external interference, a position Russia
		 * echoed": past the object's words, a comma and a noun
		 * phrase with a determiner open an apposition, whose actors
		 * are not the object (a list goes on with names: "..., the
		 * United States and China") */
		if (stop_at_verb && x->kind == E_PUNCT && x->punct == ',' &&
		    i > (size_t)from + 1 && i + 2 < c->n_el &&
		    c->el[i + 1].kind == E_DET &&
		    c->el[i + 2].kind == E_WORD && !c->el[i + 2].upper)
			return -1;
		/* a closing quotation mark ends the quoted words */
		if (x->kind == E_PUNCT && x->punct == '"' && i > 0 &&
		    c->el[i - 1].kind == E_PUNCT && c->el[i - 1].punct != '"')
			return -1;
		/* a later verb owns what follows, unless it shares the
		 * object ("arms and trains the Houthis") */
		if (stop_at_verb && x->kind == E_CUE &&
		    c->lx->cues[x->ref].verb &&
		    !(i == (size_t)from + 2 && c->el[from + 1].kind == E_COORD))
			return -1;
		/* so does an event noun of another type ("condemned the
		 * continued attacks on Y": Y is not whom it condemned),
		 * unless its agent follows ("the attack by X") */
		if (stop_at_verb && x->kind == E_CUE && i > (size_t)from &&
		    !c->lx->cues[x->ref].verb &&
		    !(i + 1 < c->n_el &&
		      span_role(c->lx, t, c->el[i + 1].start,
				c->el[i + 1].end, LX_PREP_AGENT)) &&
		    c->type_of_cue[x->ref] != c->type_of_cue[c->el[from].ref]) {
			size_t k = i - 1;
			int words = 0;
			/* (three words: "block the next round of sanctions
			 * against X") */
			while (k > (size_t)from && words < 3 &&
			       c->el[k].kind == E_WORD && !c->el[k].upper) {
				k--;
				words++;
			}
			/* (or adjectives alone: "opposed unilateral
			 * sanctions against X") */
			/* (or a hostile noun right after it: "refused to
			 * join sanctions against X"; "suspended talks with
			 * X" keeps X) */
			if ((k == (size_t)from + 1 && c->el[k].kind == E_DET) ||
			    (k == (size_t)from &&
			     (words || erg_types_get(erg_graph_types(c->g),
						     c->type_of_cue[x->ref])
						   ->polarity < 0)))
				return -1;
		}
		/* "suspended the decision after Washington urged ...": a
		 * deed is the object (a reaction, read by the caller); the
		 * actors after it are not, but its agent is ("protested
		 * the decision by Germany", "regrets the decision of X") */
		if (stop_at_verb && x->deed) {
			/* (a participle may stand between: "the allegations
			 * made by X") */
			size_t k = i + 1;
			if (k + 1 < c->n_el && c->el[k].kind != E_PUNCT &&
			    span_role(c->lx, t, c->el[k + 1].start,
				      c->el[k + 1].end, LX_PREP_AGENT))
				k++;
			if (!(k < c->n_el &&
			      (span_role(c->lx, t, c->el[k].start,
					 c->el[k].end, LX_PREP_AGENT) ||
			       span_role(c->lx, t, c->el[k].start,
					 c->el[k].end, LX_PREP_CHARGE))))
				return -1;
		}
		/* "signed a deal in Barbados": a place, for a friendly
		 * cue */
		if (is_participant(x) && x->group >= 0 && i > 0 &&
		    (c->el[i - 1].kind == E_LOCATIVE ||
		     (c->el[i - 1].kind == E_DET && i > 1 &&
		      c->el[i - 2].kind == E_LOCATIVE)) &&
		    erg_types_get(erg_graph_types(c->g),
				  c->type_of_cue[c->el[from].ref])
			    ->polarity > 0)
			continue;
		/* "the Russian-led bloc", "US-backed forces": a modifier */
		if (led_modifier(c, t, i))
			continue;
		/* "has backed it as a way to ...": a pronoun object
		 * (read as an earlier act, if any, by the caller) */
		if (i == (size_t)from + 1 && !is_participant(x) &&
		    match_has(c, x, LX_PRONOUN, &(uint32_t){ 0 }))
			return -1;
		/* "condemned what she called ...": a subject pronoun
		 * opens a clause of its own */
		if (is_participant(x) &&
		    span_role(c->lx, t, x->start, x->end, LX_PREP_NOMINATIVE))
			return -1;
		/* "defend Tripoli against Haftar's offensive": the
		 * adversary is no friendly verb's object */
		if (x->kind == E_WORD &&
		    span_role(c->lx, t, x->start, x->end, LX_PREP_ADVERSE) &&
		    erg_types_get(erg_graph_types(c->g),
				  c->type_of_cue[c->el[from].ref])
			    ->polarity > 0)
			return -1;
		/* "backed armed rebel groups fighting the government
		 * of X": what follows a non-state noun and a cue (a
		 * relative word may stand between) is that noun's, not
		 * the object of this one */
		if (stop_at_verb &&
		    ((x->kind == E_WORD && x->nonstate) ||
		     (x->kind == E_CUE &&
		      match_has(c, x, LX_NONSTATE, &(uint32_t){ 0 })))) {
			size_t q = i + 1;
			/* (or a relative word: "harbouring militants who
			 * attack India") */
			while (q < c->n_el && q <= i + 2 &&
			       ((c->el[q].kind == E_WORD && !c->el[q].upper) ||
				c->el[q].kind == E_RELATIVE))
				q++;
			if (q < c->n_el && c->el[q].kind == E_CUE &&
			    c->el[q].clause == clause)
				return -1;
			/* ("killed 12 militants who had crossed from X":
			 * what follows a relative word after the noun is the
			 * relative clause's) */
			if (i + 1 < c->n_el && c->el[i + 1].kind == E_RELATIVE)
				return -1;
		}
		/* "courted Ethiopia's rivals": others than the
		 * possessor */
		if (is_participant(x) && x->group >= 0 &&
		    rival_after(c, t, x->group))
			continue;
		/* "called for greater support from the African Union": an
		 * actor after a `prep source` word is where the help comes
		 * from, no object of a friendly directed verb ("bought
		 * wheat from Ukraine" is trade) */
		if (stop_at_verb && is_participant(x) && x->group >= 0 &&
		    i > (size_t)from + 2) {
			size_t p = c->el[i - 1].kind == E_DET ? i - 2 : i - 1;
			const erg_type *ty = erg_types_get(
			    erg_graph_types(c->g),
			    c->type_of_cue[c->el[from].ref]);
			if (p > (size_t)from && c->el[p].kind == E_WORD &&
			    span_role(c->lx, t, c->el[p].start, c->el[p].end,
				      LX_PREP_SOURCE) &&
			    ty->polarity > 0 && ty->directed)
				return -1;
		}
		if (is_participant(x) && x->group >= 0)
			return x->group;
		/* "urged the government of Cambodia", "the people of
		 * Haiti": a stand-in noun and its preposition stretch the
		 * window by their length */
		if (x->kind == E_WORD && i + 1 < c->n_el &&
		    c->el[i + 1].kind == E_WORD && !c->el[i + 1].upper &&
		    c->el[i + 1].end - c->el[i + 1].start <= 4 &&
		    span_role(c->lx, t, x->start, x->end, LX_PREP_STANDIN))
			limit += c->el[i + 1].end - x->start + 1;
	}
	return -1;
}

/* Whether an element's phrase also has an entry of kind `what` (LX_*),
 * and its ref. */
static bool match_has(const ctx *c, const elem *x, uint8_t what,
		      uint32_t *ref)
{
	const lx_match *mt;
	lx_entry_it it;
	if (x->match >= c->m.n)
		return false;
	mt = &c->m.items[x->match];
	it = LX_ENTRY_IT(c->lx, mt);
	for (const lx_entry *en; (en = erg__lx_entry_next(&it));)
		if (en->what == what) {
			*ref = en->ref;
			return true;
		}
	return false;
}

/* A group of one actor that no mention stands for (the speaker of a
 * resolution), placed at element ci; -1 when out of memory. */
static int extra_group(ctx *c, who_t w, int ci)
{
	group *G;
	if (erg__grow((void **)&c->gr, &c->cap_gr, c->n_gr + 1,
		      sizeof(group)) ||
	    erg__grow((void **)&c->gr_used, &c->cap_used, c->n_gr + 2,
		      sizeof(*c->gr_used)))
		return -1;
	G = &c->gr[c->n_gr];
	memset(G, 0, sizeof(*G));
	G->m[0] = w;
	G->n = 1;
	G->first = G->last = ci;
	G->clause = c->el[ci].clause;
	c->gr_used[c->n_gr] = 0;
	return (int)c->n_gr++;
}

static bool target_word_after(const ctx *c, const char *t, int ci);
static bool main_dispute(ctx *c);

/* "The Kremlin said Putin and Xi discussed energy cooperation": a group
 * holding the state of a person of the source group is no partner of
 * that person */
static bool own_state(const ctx *c, int src, int g)
{
	if (src < 0)
		return false;
	for (int a = 0; a < c->gr[src].n; a++) {
		who_t w = c->gr[src].m[a];
		if (who_kind(c, w) != ERG_KIND_PERSON)
			continue;
		for (int b = 0; b < c->gr[g].n; b++)
			if (who_state(c, w) == c->gr[g].m[b])
				return true;
	}
	return false;
}

/* The agent of the act whose object starts at element `first` ("Iran's
 * attack against Israel", "Russia supplied drones to Iran"): the source
 * of the cue at most six elements before it (a noun's possessive when
 * the noun lent no source), else -1. */
static int act_agent(const ctx *c, int first, const int *cue_src)
{
	for (int q = first - 1; q >= 0 && q >= first - 6; q--) {
		if (c->el[q].kind != E_CUE)
			continue;
		if (cue_src[q] >= 0)
			return cue_src[q];
		for (int k = q - 1; k > 0 && k >= q - 3; k--)
			if (c->el[k].kind == E_POSS)
				return is_participant(&c->el[k - 1])
					   ? c->el[k - 1].group
					   : -1;
		return -1;
	}
	return -1;
}

/* Whether the clause of element k opens with a relative word (", which
 * ...", not an aside) */
static bool opens_relative(const ctx *c, int k)
{
	while (k > 0 && c->el[k - 1].clause == c->el[k].clause)
		k--;
	return c->el[k].kind == E_RELATIVE;
}

/* Whether the verb cue at ci is the first verb cue of its clause */
static bool first_verb_of_clause(const ctx *c, int ci)
{
	for (int k = ci - 1; k >= 0 && c->el[k].clause == c->el[ci].clause;
	     k--)
		if (c->el[k].kind == E_CUE && c->lx->cues[c->el[k].ref].verb)
			return false;
	return true;
}

/* "Pyongyang's ties with Moscow have alarmed Seoul": the object of "with"
 * (group g, the preposition at p) right after a noun cue is no subject of
 * the verb at ci; the noun's agent is, when only lower-case words stand
 * between the phrase and the verb. -1 if none. */
static int friendly_noun_agent(const ctx *c, int g, int p, int ci,
			       const int *cue_src)
{
	int q = p - 1, a;
	if (q < 0 || c->el[q].kind != E_CUE ||
	    c->el[q].clause != c->el[ci].clause ||
	    c->lx->cues[c->el[q].ref].verb)
		return -1;
	for (int k = c->gr[g].last + 1; k < ci; k++)
		if (!(c->el[k].kind == E_MODAL ||
		      (c->el[k].kind == E_WORD && !c->el[k].upper)))
			return -1;
	a = act_agent(c, c->gr[g].first, cue_src);
	return a != g ? a : -1;
}

/* Group g modifies a noun after it: a possessive ("Lebanon's border") or
 * an adjective before a lower-case word ("the Ukrainian border") */
static bool place_modifier(const ctx *c, int g)
{
	size_t k = (size_t)c->gr[g].last;
	if (k + 1 >= c->n_el)
		return false;
	return c->el[k + 1].kind == E_POSS ||
	       (c->el[k].alias_kind == LX_ALIAS_ADJ &&
		c->el[k + 1].kind == E_WORD && !c->el[k + 1].upper);
}

/* "Lithuania's decision to let Taiwan open an office angered Beijing",
 * "Russia's deployment of missiles to Belarus alarmed Warsaw": the subject
 * of a reaction verb or a passive (ci) is the possessor opening its
 * clause when the nearest group g lies inside that noun phrase, after a preposition or an
 * infinitive, or as the noun's source ("Russia's neighbour Belarus
 * angered Poland" keeps Belarus). -1 if none. */
static int possessor_subject(const ctx *c, const char *t, int ci, int g,
			     const int *cue_src)
{
	int clause = c->el[ci].clause, cs = ci, g0, head;
	bool prep;
	while (cs > 0 && c->el[cs - 1].clause == clause)
		cs--;
	if (!is_participant(&c->el[cs]) || (g0 = c->el[cs].group) < 0 ||
	    g0 == g || c->gr[g0].first != cs)
		return -1;
	head = c->gr[g0].last + 2;
	/* (after a possessive, a cue is a noun: "Iran's supply of") */
	if (head >= ci || c->el[head - 1].kind != E_POSS ||
	    !((c->el[head].kind == E_WORD && !c->el[head].upper) ||
	      c->el[head].kind == E_CUE) ||
	    c->gr[g].first <= head || c->gr[g].last >= ci)
		return -1;
	/* (or the source of the noun: "Serbia's purchase of Chinese
	 * drones caused concern in Pristina") */
	prep = c->el[head].kind == E_CUE && cue_src[head] == g;
	for (int k = head + 1; k < ci; k++) {
		const elem *y = &c->el[k];
		switch (y->kind) {
		case E_PUNCT:
		case E_COORD:
		case E_RELATIVE:
		case E_SPEECH:
		case E_BOUNDARY:
		case E_TITLE:
		case E_SELF:
			return -1;
		case E_LOCATIVE:
			prep |= k < c->gr[g].first;
			break;
		case E_WORD:
			prep |= k < c->gr[g].first &&
				(span_role(c->lx, t, y->start, y->end,
					   LX_PREP_INFINITIVE) ||
				 span_role(c->lx, t, y->start, y->end,
					   LX_PREP_CHARGE) ||
				 span_role(c->lx, t, y->start, y->end,
					   LX_PREP_COMITATIVE) ||
				 span_role(c->lx, t, y->start, y->end,
					   LX_PREP_ADVERSE));
			break;
		default:
			break;
		}
	}
	return prep ? g0 : -1;
}

/* The group of the latest state or body named before element ci in the
 * sentence, other than group `not` and its members' states; -1 if none */
static int body_before(const ctx *c, int ci, int not)
{
	for (int q = ci - 1; q >= 0; q--) {
		who_t w = c->el[q].who;
		if (c->el[q].kind != E_ACTOR || w == WHO_NONE ||
		    c->el[q].group < 0 || c->el[q].group == not ||
		    who_kind(c, w) == ERG_KIND_PERSON ||
		    (not >= 0 && group_has_state(c, not, w)))
			continue;
		return c->el[q].group;
	}
	return -1;
}

/* The group of the latest person named before element ci in the
 * sentence, other than group `not`; -1 if none */
static int person_before(const ctx *c, int ci, int not)
{
	for (int q = ci - 1; q >= 0; q--)
		if (c->el[q].kind == E_ACTOR && c->el[q].who != WHO_NONE &&
		    c->el[q].group >= 0 && c->el[q].group != not &&
		    who_kind(c, c->el[q].who) == ERG_KIND_PERSON)
			return c->el[q].group;
	return -1;
}

/* The verb cue at ci opens a phrase whose subject is its clause's: right
 * after an `adjunct` word ("without consulting"), or after an infinitive
 * "to" that follows a comma or a `purpose` word (", to avoid depending
 * on", "so as not to depend on", "in order to help"), with only lower-case
 * words and modality words between. */
static bool adjunct_verb(const ctx *c, const char *t, int ci)
{
	const elem *p = ci > 0 ? &c->el[ci - 1] : NULL;
	/* (a word of both kinds, such as "without", is a modality word) */
	if (p && (p->kind == E_WORD || p->kind == E_MODAL) &&
	    span_role(c->lx, t, p->start, p->end, LX_PREP_ADJUNCT))
		return true;
	for (int k = ci - 1; k > 0 && k >= ci - 4; k--) {
		const elem *x = &c->el[k];
		int q = k - 1;
		if (x->kind == E_MODAL)
			continue;
		if (x->kind != E_WORD || x->upper)
			return false;
		if (!span_role(c->lx, t, x->start, x->end, LX_PREP_INFINITIVE))
			continue;
		while (q > 0 && c->el[q].kind == E_MODAL)
			q--;
		return (c->el[k - 1].kind == E_PUNCT &&
			c->el[k - 1].punct == ',') ||
		       (c->el[q].kind == E_WORD &&
			span_role(c->lx, t, c->el[q].start, c->el[q].end,
				  LX_PREP_PURPOSE));
	}
	return false;
}

/* cue slots; `srcs` are resolved sources of earlier cues (per element) */
static slot_hit find_slot(ctx *c, const char *t, int ci, const lx_slot *sl,
			  int src_group, const int *cue_src)
{
	const lx_cue *cue = &c->lx->cues[c->el[ci].ref];
	int clause = c->el[ci].clause;
	size_t win = (size_t)cue->window * 8; /* bytes, ~ words */
	slot_hit h = { -1, false, false, NULL, NULL, false, false };
	switch (sl->kind) {
	case LX_SLOT_SUBJ: {
		int g = nearest_group_before(c, ci, clause);
		bool inf_verb;
		/* (of a reaction verb, or of a passive: "Russia's
		 * deployment of troops to Belarus was criticised by
		 * Poland") */
		if (g >= 0 && (reaction_verb(cue) ||
			       (cue->verb && ci > 0 &&
				c->el[ci - 1].kind == E_PASSIVE))) {
			int a = possessor_subject(c, t, ci, g, cue_src);
			if (a >= 0) {
				h.group = a;
				h.how = "possessor of the subject";
				return h;
			}
		}
		/* "sanctions on Chinese firms accused of helping Russia":
		 * a verb after a participle's modality phrase has the noun
		 * phrase before it */
		if (cue->verb && ci >= 3 && c->el[ci - 1].kind == E_MODAL &&
		    c->el[ci - 2].kind == E_WORD && !c->el[ci - 2].upper &&
		    !c->el[ci - 2].nonstate && is_participant(&c->el[ci - 3]) &&
		    c->el[ci - 3].group >= 0) {
			h.group = c->el[ci - 3].group;
			h.how = "noun phrase before a participle";
			return h;
		}
		/* "Kenya will lead a UN-backed security mission": the
		 * modifier of an earlier word is no noun's subject */
		if (!cue->verb && g >= 0 && led_modifier(c, t, c->gr[g].last) &&
		    c->gr[g].last + 2 != ci)
			g = nearest_group_before(c, c->gr[g].first, clause);
		/* "travelled to Beijing to meet Xi": an infinitive right
		 * after the place a friendly undirected verb (a visit)
		 * went to has that verb's subject ("called on Israel to
		 * allow ..." keeps Israel) */
		if (cue->verb && g >= 0 && ci >= 3 &&
		    c->gr[g].last == ci - 2 && c->gr[g].first >= 2 &&
		    c->el[ci - 1].kind == E_WORD &&
		    span_role(c->lx, t, c->el[ci - 1].start, c->el[ci - 1].end,
			      LX_PREP_INFINITIVE)) {
			int p = c->gr[g].first - 1;
			if (c->el[p].kind == E_DET && p > 0)
				p--;
			if (c->el[p].kind == E_LOCATIVE ||
			    (c->el[p].kind == E_WORD &&
			     span_role(c->lx, t, c->el[p].start, c->el[p].end,
				       LX_PREP_OBLIQUE)) ||
			    (c->el[p].kind == E_CUE &&
			     c->lx->cues[c->el[p].ref].verb))
				for (int q = c->gr[g].first - 1; q >= 0; q--) {
					const erg_type *ty;
					if (c->el[q].kind != E_CUE ||
					    c->el[q].clause != clause ||
					    !c->lx->cues[c->el[q].ref].verb)
						continue;
					ty = erg_types_get(
					    erg_graph_types(c->g),
					    c->type_of_cue[c->el[q].ref]);
					if (!ty->directed && ty->polarity > 0 &&
					    cue_src[q] >= 0 && cue_src[q] != g) {
						h.group = cue_src[q];
						h.how = "subject of the visit";
						return h;
					}
					break;
				}
		}
		/* "the only EU member whose leader has met X": the
		 * modifier of the noun a relative pronoun follows is not
		 * what the pronoun stands for; the noun names nobody */
		if (cue->verb && g >= 0 && c->gr[g].last + 2 < ci &&
		    ((c->el[c->gr[g].last + 1].kind == E_WORD &&
		      !c->el[c->gr[g].last + 1].upper) ||
		     (c->el[c->gr[g].last + 1].kind == E_CUE &&
		      !c->lx->cues[c->el[c->gr[g].last + 1].ref].verb)) &&
		    c->el[c->gr[g].last + 2].kind == E_RELATIVE)
			return h;
		/* "close ties with Russia, growing trade with China": the
		 * object of a preposition is no subject of a verb */
		if (cue->verb && g >= 0 && c->gr[g].first > 0) {
			int p = c->gr[g].first - 1;
			bool coord = false;
			for (int k = c->gr[g].last + 1; k < ci; k++)
				coord |= c->el[k].kind == E_COORD;
			if (p > 0 && c->el[p].kind == E_DET)
				p--;
			if (c->el[p].kind == E_WORD &&
			    /* (but "..., with Kinshasa accusing Kigali":
			     * right before the verb after a comma, the
			     * subject of an absolute phrase) */
			    !(c->gr[g].last + 1 == ci && p > 0 &&
			      c->el[p - 1].kind == E_PUNCT &&
			      c->el[p - 1].punct == ',') &&
			    (span_role(c->lx, t, c->el[p].start, c->el[p].end,
				       LX_PREP_COMITATIVE) ||
			     (coord && span_role(c->lx, t, c->el[p].start,
						 c->el[p].end,
						 LX_PREP_OBLIQUE)))) {
				/* "X stood in solidarity with Cuba and
				 * denounced Y", "X ordered jets from France
				 * and bought ...": a verb coordinated after
				 * it looks further back */
				if (coord) {
					int g2 = -1;
					for (size_t f = 0; f < c->n_gr; f++)
						if (c->gr[f].last < c->gr[g].first &&
						    c->gr[f].clause == clause &&
						    !c->gr[f].event &&
						    (g2 < 0 || c->gr[f].last >
								   c->gr[g2].last))
							g2 = (int)f;
					g = g2;
				} else {
					g = friendly_noun_agent(c, g, p, ci,
								cue_src);
					if (g >= 0) {
						h.group = g;
						h.how = "agent of the noun "
							"phrase";
						return h;
					}
				}
			}
		}
		/* "Ethiopia, which has troops in Somalia fighting X": a
		 * place after a locative word is no subject of a verb;
		 * the group before it is, or the clause's */
		while (cue->verb && g >= 0 && c->gr[g].first > 0) {
			int p = c->gr[g].first - 1, g2 = -1, words = 0;
			if (p > 0 && c->el[p].kind == E_DET)
				p--;
			/* ("in the breakaway region of Somaliland"; `prep
			 * charge` is "of") */
			if (p > 2 && c->el[p].kind == E_WORD &&
			    span_role(c->lx, t, c->el[p].start, c->el[p].end,
				      LX_PREP_CHARGE)) {
				int q = p - 1;
				while (q > 0 && words < 3 &&
				       c->el[q].kind == E_WORD &&
				       !c->el[q].upper) {
					q--;
					words++;
				}
				if (words && q > 0 && c->el[q].kind == E_DET)
					p = q - 1;
			}
			/* (not "the authorities in Kabul", nor a possessor:
			 * "in view of Iran's support") */
			if (c->el[p].kind != E_LOCATIVE ||
			    (p > 0 && c->el[p - 1].kind == E_WORD &&
			     span_role(c->lx, t, c->el[p - 1].start,
				       c->el[p - 1].end, LX_PREP_SEAT)) ||
			    ((size_t)c->gr[g].last + 1 < c->n_el &&
			     c->el[c->gr[g].last + 1].kind == E_POSS))
				break;
			for (size_t f = 0; f < c->n_gr; f++)
				if (c->gr[f].last < c->gr[g].first &&
				    c->gr[f].clause == clause &&
				    !c->gr[f].event &&
				    (g2 < 0 || c->gr[f].last > c->gr[g2].last))
					g2 = (int)f;
			g = g2;
		}
		/* "backed armed opposition groups fighting the government":
		 * a non-state noun among the lower-case words right before
		 * the cue (verb or noun) is its subject, and no actor */
		{
			int k = ci - 1, words = 0,
			    lo = g >= 0 ? c->gr[g].last : -1;
			uint32_t r;
			while (k > lo && words < 3 &&
			       c->el[k].kind == E_WORD && !c->el[k].upper &&
			       !c->el[k].nonstate) {
				k--;
				words++;
			}
			/* (a noun cue too: "opposition") */
			if (words && k > lo && c->el[k].clause == clause &&
			    ((c->el[k].kind == E_WORD && c->el[k].nonstate) ||
			     (c->el[k].kind == E_CUE &&
			      match_has(c, &c->el[k], LX_NONSTATE, &r))))
				return h;
		}
		/* "Washington says the government has since blocked X":
		 * a determiner and a noun of authority, non-state or group
		 * between the actor and the verb (no conjunction,
		 * punctuation or infinitive) is the verb's subject */
		if (cue->verb && g >= 0) {
			bool noun = false;
			for (int k = ci - 1; k > c->gr[g].last; k--) {
				const elem *y = &c->el[k];
				if (y->kind == E_DET && noun &&
				    !span_role(c->lx, t, y->start, y->end,
					       LX_PREP_POSSESSIVE))
					return h;
				if (y->kind == E_MODAL || y->kind == E_PASSIVE ||
				    y->kind == E_DET)
					continue;
				/* (a subject pronoun after a comma: the
				 * pronoun's referent, below) */
				if (y->kind == E_OTHER && k > 0 &&
				    c->el[k - 1].kind == E_COORD &&
				    match_has(c, y, LX_PRONOUN, &(uint32_t){ 0 })) {
					g = -1;
					break;
				}
				/* (or a capitalised word opening a clause
				 * after ", and": "..., and Western
				 * governments have accused X") */
				if (((y->kind == E_WORD && y->upper) ||
				     y->kind == E_DISCARD) &&
				    noun && k > 1 &&
				    c->el[k - 1].kind == E_COORD &&
				    c->el[k - 2].kind == E_PUNCT &&
				    c->el[k - 2].punct == ',')
					return h;
				if (y->kind != E_WORD || y->upper ||
				    span_role(c->lx, t, y->start, y->end,
					      LX_PREP_INFINITIVE))
					break;
				noun |= y->nonstate ||
					span_role(c->lx, t, y->start, y->end,
						  LX_PREP_SEAT) ||
					span_role(c->lx, t, y->start, y->end,
						  LX_PREP_STANDIN) ||
					span_role(c->lx, t, y->start, y->end,
						  LX_PREP_GROUP);
			}
		}
		/* "A committee, co-chaired by India, Japan and France, is
		 * negotiating": an agent phrase closed by a comma is no
		 * subject of the verb after it */
		if (cue->verb && g >= 0 && c->gr[g].first > 0 &&
		    c->el[c->gr[g].first - 1].kind == E_WORD &&
		    span_role(c->lx, t, c->el[c->gr[g].first - 1].start,
			      c->el[c->gr[g].first - 1].end, LX_PREP_AGENT) &&
		    c->gr[g].last + 1 < ci &&
		    c->el[c->gr[g].last + 1].kind == E_PUNCT &&
		    c->el[c->gr[g].last + 1].punct == ',')
			return h;
		/* "prepare for coercion, including pressure on Taiwan's
		 * trade": an item of a list has no subject of the clause */
		if (!cue->verb && ci > 0 && c->el[ci - 1].kind == E_WORD &&
		    span_role(c->lx, t, c->el[ci - 1].start, c->el[ci - 1].end,
			      LX_PREP_INCLUSIVE))
			return h;
		/* "rebels backed by Rwanda": a non-state noun right before
		 * the verb is its subject, and no actor */
		if (cue->verb && ci > 0 && c->el[ci - 1].nonstate)
			return h;
		/* "incidents that Western governments blame on X": the
		 * subject of a verb in an object relative is the noun
		 * phrase after the relative word, not the actor before */
		if (cue->verb && g >= 0) {
			bool rel = false;
			int k0 = c->gr[g].last + 1;
			if (k0 < ci - 48)
				k0 = ci - 48;
			for (int k = k0; k + 1 < ci; k++) {
				const elem *y = &c->el[k + 1];
				if (c->el[k].kind == E_PUNCT &&
				    c->el[k].punct == ',')
					rel = false;
				else if (c->el[k].kind == E_RELATIVE &&
					 c->el[k - 1].kind != E_PUNCT &&
					 (y->kind == E_DET ||
					  y->kind == E_DISCARD || y->nonstate ||
					  (y->kind == E_WORD && y->upper)))
					rel = true;
			}
			if (rel)
				return h;
		}
		/* "according to UN experts, X supplied ...": the source
		 * of an attribution is no subject */
		if (cue->verb && g >= 0 && c->gr[g].first >= 2) {
			int p = c->gr[g].first - 1;
			if (p >= 2 && c->el[p].kind == E_DET)
				p--;
			if (c->el[p].kind == E_WORD && p >= 1 &&
			    span_role(c->lx, t, c->el[p].start, c->el[p].end,
				      LX_PREP_INFINITIVE) &&
			    c->el[p - 1].kind == E_WORD &&
			    span_role(c->lx, t, c->el[p - 1].start,
				      c->el[p - 1].end, LX_PREP_ATTRIB))
				g = -1;
		}
		/* "Madagascar's membership was suspended": the noun cue
		 * after a possessive is the verb's subject, not the
		 * possessive */
		if (cue->verb && g >= 0 && c->gr[g].last + 2 < ci &&
		    c->el[c->gr[g].last + 1].kind == E_POSS &&
		    c->el[c->gr[g].last + 2].kind == E_CUE &&
		    !c->lx->cues[c->el[c->gr[g].last + 2].ref].verb)
			return h;
		/* "Ukraine's drone attacks on Russian refineries have
		 * angered Washington": the target of an event noun before
		 * the verb (only words between) is no subject; the
		 * noun's source is */
		if (cue->verb && g >= 0 && (c->gr_used[g] & GR_TGT)) {
			int q = c->gr[g].first - 1;
			while (q >= 0 && c->el[q].clause == clause &&
			       (c->el[q].kind == E_WORD ||
				c->el[q].kind == E_OTHER ||
				c->el[q].kind == E_LOCATIVE ||
				c->el[q].kind == E_DET))
				q--;
			/* (a pair after "between" stays: "the agreement
			 * between X and Y alarmed Z") */
			if (q >= 0 && c->el[q].kind == E_CUE &&
			    c->el[q].clause == clause &&
			    !c->lx->cues[c->el[q].ref].verb) {
				int a = act_agent(c, c->gr[g].first, cue_src);
				if (a >= 0 && a != g)
					g = a;
			}
		}
		/* "X suspended its relations with Y in solidarity with Z":
		 * the object of an earlier cue is no subject of a noun
		 * (unless it opens a clause after "that": "regrets that
		 * China has announced a ban on ...") */
		if (!cue->verb && g >= 0 && (c->gr_used[g] & GR_TGT) &&
		    /* (nor the antecedent of a relative clause in between,
		     * targeted inside it: "Morocco, which the US backs,
		     * restored ties with Israel") */
		    !(c->gr[g].last + 2 < ci &&
		      c->el[c->gr[g].last + 1].kind == E_PUNCT &&
		      c->el[c->gr[g].last + 1].punct == ',' &&
		      c->el[c->gr[g].last + 2].kind == E_RELATIVE) &&
		    !(c->gr[g].first > 0 &&
		      (c->el[c->gr[g].first - 1].kind == E_RELATIVE ||
		       (c->gr[g].first > 1 &&
			c->el[c->gr[g].first - 1].kind == E_DET &&
			c->el[c->gr[g].first - 2].kind == E_RELATIVE)))) {
			int g2 = -1;
			for (size_t f = 0; f < c->n_gr; f++)
				if (c->gr[f].last < ci &&
				    c->gr[f].clause == clause &&
				    !c->gr[f].event &&
				    !(c->gr_used[f] & GR_TGT))
					g2 = (int)f;
			g = g2;
		}
		/* "Azerbaijan's closest ally": the source is the possessive,
		 * the target the antecedent */
		if (g >= 0 && g == src_group && clause >= REL_CLAUSE)
			g = -1;
		/* an event noun that is the object of a verb of another
		 * type has not that verb's subject ("China condemned the
		 * strikes on Y" is no conflict of China's) */
		if (!cue->verb) {
			int k = ci - 1, words = 0;
			bool inf = false;
			while (k >= 0 && words < 2 && c->el[k].kind == E_WORD &&
			       !c->el[k].upper) {
				inf |= span_role(c->lx, t, c->el[k].start,
						 c->el[k].end,
						 LX_PREP_INFINITIVE);
				k--;
				words++;
			}
			/* (a determiner may be missing: "opposed
			 * unilateral sanctions against X"; not an
			 * infinitive's object: "pledged to improve
			 * relations") */
			if (k >= 0 && c->el[k].kind != E_DET && words)
				k++;
			/* (right after the verb too for a neutral noun:
			 * "arrested members of Hamas" makes nobody a
			 * member) */
			if (!words && k >= 0 && c->el[k].kind == E_CUE &&
			    erg_types_get(erg_graph_types(c->g),
					  c->type_of_cue[c->el[ci].ref])
				    ->polarity == 0)
				k = ci;
			if (!inf && k > 0 &&
			    (c->el[k].kind == E_DET || words || k == ci) &&
			    c->el[k - 1].kind == E_CUE &&
			    c->lx->cues[c->el[k - 1].ref].verb &&
			    c->type_of_cue[c->el[k - 1].ref] !=
				c->type_of_cue[c->el[ci].ref])
				return h;
			/* (or a hostile noun right after a hostile verb:
			 * "Egypt condemned attacks on Israel") */
			if (!words && ci > 0 && c->el[ci - 1].kind == E_CUE &&
			    erg_types_get(erg_graph_types(c->g),
					  c->type_of_cue[c->el[ci].ref])
				    ->polarity < 0 &&
			    erg_types_get(erg_graph_types(c->g),
					  c->type_of_cue[c->el[ci - 1].ref])
				    ->polarity < 0 &&
			    c->lx->cues[c->el[ci - 1].ref].verb &&
			    c->type_of_cue[c->el[ci - 1].ref] !=
				c->type_of_cue[c->el[ci].ref])
				return h;
		}
		/* "X buys arms from A and B, to avoid depending on Y", "...
		 * so as not to depend on Y", "... without consulting Y": a
		 * verb in a purpose or adjunct phrase has the clause's
		 * subject (the source of the clause's verb before it, else
		 * its first name), not the nearest name before it */
		if (cue->verb && clause < REL_CLAUSE &&
		    adjunct_verb(c, t, ci)) {
			int a = -1;
			/* (the subject of the clause's first verb: not
			 * "Turkey angered Washington after buying ...", nor
			 * "X travelled to Y to meet Z, days after visiting
			 * W") */
			for (int q = ci - 1; q >= 0; q--)
				if (c->el[q].kind == E_CUE &&
				    c->el[q].clause == clause &&
				    c->lx->cues[c->el[q].ref].verb)
					a = c->lx->cues[c->el[q].ref].src[0].kind ==
							LX_SLOT_SUBJ
						? cue_src[q]
						: -1;
			/* (else the first name of the clause where a subject
			 * stands: opening it, or after a comma or a colon;
			 * none: "...: building ties with A and B, to avoid
			 * depending on Y" names no subject) */
			for (size_t f = 0; f < c->n_gr && a < 0; f++) {
				int k = c->gr[f].first - 1;
				if (c->gr[f].clause != clause ||
				    c->gr[f].event || c->gr[f].last >= ci)
					continue;
				if (k >= 0 && c->el[k].kind == E_DET)
					k--;
				if (k < 0 || c->el[k].kind == E_BOUNDARY ||
				    (c->el[k].kind == E_PUNCT &&
				     c->el[k].punct != '"'))
					a = (int)f;
				break;
			}
			if (a != g) {
				h.group = a;
				h.how = a >= 0 ? "subject of the clause" : NULL;
				return h;
			}
		}
		/* "X did A, accusing Y of ...": a verb right after a
		 * comma has the clause's subject */
		if (cue->verb && ci > 0 && c->el[ci - 1].kind == E_PUNCT &&
		    c->el[ci - 1].punct == ',' && clause < REL_CLAUSE) {
			/* (after ", and" the subject is the first group
			 * after it: "X sent aid to Y, and Z's minister, W,
			 * travelled ...") */
			int from = -1;
			for (int k = ci - 2; k > 0; k--)
				if (c->el[k].kind == E_COORD &&
				    c->el[k - 1].kind == E_PUNCT &&
				    c->el[k - 1].punct == ',' &&
				    c->el[k].clause == clause) {
					from = k;
					break;
				}
			for (size_t f = 0; f < c->n_gr; f++)
				if (c->gr[f].clause == clause &&
				    !c->gr[f].event && c->gr[f].last < ci &&
				    c->gr[f].first > from) {
					h.group = (int)f;
					h.how = "subject of the clause";
					return h;
				}
		}
		/* "a move condemned by most UN member states": a noun in
		 * an agent phrase has no subject of the clause */
		if (!cue->verb) {
			int k = ci - 1, n = 0;
			while (k >= 0 && n < 4 &&
			       (c->el[k].kind == E_DET ||
				is_participant(&c->el[k]) ||
				(c->el[k].kind == E_WORD && !c->el[k].upper))) {
				if (c->el[k].kind == E_WORD &&
				    span_role(c->lx, t, c->el[k].start,
					      c->el[k].end, LX_PREP_AGENT))
					return h;
				k--;
				n++;
			}
			if (k >= 0 && c->el[k].kind == E_WORD &&
			    span_role(c->lx, t, c->el[k].start, c->el[k].end,
				      LX_PREP_AGENT))
				return h;
		}
		/* a noun's modifier ("a NATO member") or possessor
		 * ("Finland became NATO's newest member") is not its
		 * subject: the group before it is */
		if (!cue->verb && g >= 0 && modifier_of(c, g, ci)) {
			int g2 = -1;
			for (size_t f = 0; f < c->n_gr; f++)
				if (c->gr[f].last < c->gr[g].first &&
				    c->gr[f].clause == clause &&
				    !c->gr[f].event)
					g2 = (int)f;
			g = g2;
		}
		/* "Australia has moved quickly: it signed ...", "Britain
		 * said it would send ...": a pronoun right before the verb
		 * with nobody before it in its clause is the nearest group
		 * before it in the sentence */
		if (g < 0) {
			int k = ci - 1, words = 0;
			uint32_t r;
			/* a noun: "it signed a security treaty with Y" */
			while (k >= 0 && words < (cue->verb ? 3 : 4) &&
			       (c->el[k].kind == E_MODAL ||
				c->el[k].kind == E_PASSIVE ||
				(!cue->verb && c->el[k].kind == E_DET) ||
				(c->el[k].kind == E_WORD && !c->el[k].upper))) {
				k--;
				words++;
			}
			if (k >= 0 && c->el[k].kind == E_OTHER &&
			    match_has(c, &c->el[k], LX_PRONOUN, &r)) {
				/* "X will deepen its ties with Y through Z,
				 * and it may buy ...": the latest source of
				 * a relation before it (no person), else the
				 * nearest group */
				bool src = false;
				for (size_t f = 0; f < c->n_gr; f++)
					if (c->gr[f].last < k &&
					    (c->gr_used[f] & GR_SRC) &&
					    !c->gr[f].event &&
					    c->gr[f].clause < REL_CLAUSE &&
					    who_kind(c, c->gr[f].m[0]) !=
						    ERG_KIND_PERSON) {
						g = (int)f;
						src = true;
					}
				/* not a possessor ("X's province, where
				 * it ...") */
				for (size_t f = 0; f < c->n_gr; f++)
					if (!src && c->gr[f].last < k &&
					    !c->gr[f].event &&
					    c->gr[f].clause < REL_CLAUSE &&
					    c->el[c->gr[f].last + 1].kind !=
						E_POSS &&
					    (g < 0 ||
					     c->gr[f].last > c->gr[g].last))
						g = (int)f;
				/* "X has always respected Y. It remains
				 * committed to dialogue with Y": the
				 * subject of the sentence before */
				if (g < 0 && c->opener[0] != WHO_NONE) {
					bool named = false;
					for (int q = 0; q < k; q++)
						named |= is_participant(&c->el[q]);
					if (!named)
						g = extra_group(c, c->opener[0], k);
				}
				if (g >= 0) {
					h.group = g;
					h.how = "subject (pronoun)";
					return h;
				}
			}
		}
		if (g < 0) {
			g = clause_subject(c, ci, clause, cue_src);
			if (g >= 0) {
				h.group = g;
				h.how = clause >= REL_CLAUSE
					    ? "antecedent of the relative"
					    : "subject of the clause before";
				return h;
			}
			/* "The strikes were supported by ...": an event
			 * noun opening the clause */
			if (cue->verb)
				for (int k = ci - 1;
				     k > 0 && c->el[k].clause == clause; k--)
					if (c->el[k].kind == E_CUE) {
						h.group = event_group(c, t, k);
						h.how = "event noun";
						break;
					}
			/* "The agreement, mediated by China, ...": an
			 * aside after an event noun has it as subject */
			if (cue->verb && h.group < 0 && clause >= REL_CLAUSE) {
				int cs = ci;
				while (cs > 0 && c->el[cs - 1].clause == clause)
					cs--;
				if (cs >= 2 && c->el[cs - 1].kind == E_PUNCT &&
				    c->el[cs - 1].punct == ',' &&
				    c->el[cs - 2].kind == E_CUE &&
				    (h.group = event_group(c, t, cs - 2)) >= 0)
					h.how = "event noun (antecedent)";
			}
			return h;
		}
		/* coordinated verb phrase: "X backed Y and criticized Z" */
		inf_verb = ci > 0 && c->el[ci - 1].kind == E_WORD &&
			   span_role(c->lx, t, c->el[ci - 1].start,
				     c->el[ci - 1].end, LX_PREP_INFINITIVE);
		for (int i = c->gr[g].last + 1; i < ci; i++) {
			int vq = -1;
			if (c->el[i].kind != E_COORD)
				continue;
			/* the first verb cue of the clause (at most 48
			 * elements back) before the
			 * coordinating word */
			for (int q = i - 1; q >= 0 && q >= i - 48; q--)
				if (c->el[q].kind == E_CUE &&
				    c->el[q].clause == clause &&
				    c->lx->cues[c->el[q].ref].verb)
					vq = q;
			/* "X's envoy said attacks by Y had killed ..., and
			 * accused Z": after ", and", a verb coordinated past
			 * a speech verb's clause has the speaker */
			if (vq >= 0 && i > 1 && c->el[i - 1].kind == E_PUNCT &&
			    c->el[i - 1].punct == ',' && i + 1 == ci) {
				int sp = -1, sg = -1;
				for (int q = vq - 1; q >= 0 && q >= vq - 24 &&
						     c->el[q].clause == clause;
				     q--)
					if (c->el[q].kind == E_SPEECH ||
					    (c->el[q].kind == E_WORD &&
					     span_role(c->lx, t, c->el[q].start,
						       c->el[q].end,
						       LX_PREP_SAYING))) {
						sp = q;
						break;
					}
				if (sp >= 0 &&
				    (sg = nearest_group_before(c, sp, clause)) >=
					    0 &&
				    c->gr[sg].last + 4 < sp)
					sg = -1;
				if (sg >= 0 && sg != g) {
					h.group = sg;
					h.how = "speaker of the clause before";
					return h;
				}
			}
			/* "X said that Y was attacking Z and accused W": a
			 * verb with no auxiliary of its own after a
			 * backshifted report ("was", "had been", "would")
			 * goes with the speech verb: the speaker */
			if (i == ci - 1 && cue->verb) {
				bool aux = false;
				for (int q = i - 1; q >= 0; q--) {
					if (c->el[q].kind == E_PASSIVE ||
					    c->el[q].kind == E_MODAL)
						aux = true;
					if (c->el[q].kind != E_SPEECH)
						continue;
					if (aux &&
					    (h.group = nearest_group_before(
						 c, q, c->el[q].clause - 1)) >=
						0) {
						h.how = "speaker (coordinated "
							"verb)";
						return h;
					}
					break;
				}
			}
			for (int pv = 1; pv >= 0; pv--)
				for (int q = ci - 1; q >= 0; q--)
					if (c->el[q].kind == E_CUE &&
					    cue_src[q] >= 0 &&
					    c->el[q].clause == clause &&
					    c->lx->cues[c->el[q].ref].verb ==
						(pv == 1) &&
					    /* (not an infinitive when this
					     * verb is none: "urged X to
					     * negotiate, and called on Y") */
					    !(q > 0 && !inf_verb && pv == 1 &&
					      c->el[q - 1].kind == E_WORD &&
					      span_role(c->lx, t,
							c->el[q - 1].start,
							c->el[q - 1].end,
							LX_PREP_INFINITIVE)) &&
					    /* "welcomes the support of X
					     * ..., and calls on Y": not a
					     * noun in a verb's object, nor
					     * one whose agent follows it */
					    !(pv == 0 &&
					      ((vq >= 0 && vq < q) ||
					       c->gr[cue_src[q]].first > q))) {
						h.group = cue_src[q];
						h.how = "subject of the "
							"coordinated verb";
						return h;
					}
			/* "the Arab Group supports the Palestinian people
			 * and called on Israel": the object of the verb
			 * before is not the subject of this one */
			if (vq >= 0 && vq < c->gr[g].first)
				return h;
			/* no earlier cue: the subject of the clause ("X
			 * ordered Y's troops out and ended its ..."), when
			 * the coordinating word starts the cue's phrase */
			if (ci - i > 4)
				break;
			for (int q = i + 1; q < ci; q++)
				if (!(c->el[q].kind == E_DET ||
				      c->el[q].kind == E_MODAL ||
				      (c->el[q].kind == E_WORD &&
				       !c->el[q].upper)))
					goto plain;
			for (size_t f = 0; f < c->n_gr; f++)
				if (c->gr[f].clause == clause &&
				    !c->gr[f].event) {
					/* (not an agent inside a noun
					 * phrase: "Welcomes the support of
					 * X ..., and calls on Y") */
					for (int q = c->gr[f].first - 1;
					     q >= 0 && q >= c->gr[f].first - 48 &&
					     c->el[q].clause == clause;
					     q--)
						if (c->el[q].kind == E_CUE)
							return h;
					if ((int)f != g) {
						h.group = (int)f;
						h.how = "subject of the "
							"coordinated verb";
						return h;
					}
					break;
				}
			break;
		}
	plain:
		h.group = g;
		h.how = "subject";
		return h;
	}
	case LX_SLOT_OBJ:
		/* "met Haftar in Benghazi and urged him to ...": an object
		 * pronoun right after the verb is the target of the
		 * sentence's relation before ("him", one: a single one) */
		if ((size_t)ci + 1 < c->n_el &&
		    c->el[ci + 1].kind == E_WORD &&
		    span_role(c->lx, t, c->el[ci + 1].start,
			      c->el[ci + 1].end, LX_PREP_OBJECTIVE)) {
			/* ("said Dodik was threatening Bosnia, and recalled
			 * that Washington had imposed sanctions on him":
			 * "him" is a person; the latest person named
			 * before, when that target is none) */
			if (span_role(c->lx, t, c->el[ci + 1].start,
				      c->el[ci + 1].end, LX_PREP_SINGULAR) &&
			    c->last_rel.n == 1 &&
			    c->last_rel.sent == c->n_sent &&
			    who_kind(c, c->last_rel.t[0]) != ERG_KIND_PERSON) {
				h.group = person_before(c, ci, src_group);
				if (h.group >= 0)
					h.how = "object pronoun (the person "
						"named before)";
				return h;
			}
			if (c->last_rel.n && c->last_rel.sent == c->n_sent &&
			    (c->last_rel.n == 1 ||
			     !span_role(c->lx, t, c->el[ci + 1].start,
					c->el[ci + 1].end, LX_PREP_SINGULAR))) {
				h.group = extra_group(c, c->last_rel.t[0],
						      ci + 1);
				for (int k = 1; h.group >= 0 &&
						k < c->last_rel.n;
				     k++)
					group_add(&c->gr[h.group],
						  c->last_rel.t[k]);
				h.how = "object pronoun";
			}
			return h;
		}
		/* "condemned the strikes (as a violation of Y's ...)": the
		 * event noun right after the verb names the object */
		/* ... not a friendly noun of the verb's own type: the
		 * parties to "mediated the talks" are not those of the
		 * latest meeting */
		/* (not for a neutral verb: "joined the sanctions against
		 * X" joins no party to them) */
		if (erg_types_get(erg_graph_types(c->g),
				  c->type_of_cue[c->el[ci].ref])
			    ->polarity != 0 &&
		    (h.group = event_after(c, t, ci, clause)) >= 0 &&
		    h.group != src_group &&
		    !(c->type_of_cue[c->el[c->gr[h.group].first].ref] ==
			  c->type_of_cue[c->el[ci].ref] &&
		      erg_types_get(erg_graph_types(c->g),
				    c->type_of_cue[c->el[ci].ref])
			      ->polarity > 0)) {
			h.how = "event noun";
			return h;
		}
		/* "criticized Western countries for freezing X's assets":
		 * a group noun that names no actor is the object (not
		 * before "of": "the member states of the EU") */
		for (size_t k = (size_t)ci + 1, words = 0;
		     k + 1 < c->n_el && words < 3; k++, words++) {
			const elem *y = &c->el[k], *z = &c->el[k + 1];
			if (y->kind == E_WORD &&
			    span_role(c->lx, t, y->start, y->end,
				      LX_PREP_GROUP)) {
				if (z->kind == E_WORD &&
				    (span_role(c->lx, t, z->start, z->end,
					       LX_PREP_CHARGE) ||
				     span_role(c->lx, t, z->start, z->end,
					       LX_PREP_INCLUSIVE)))
					break;
				if (z->kind == E_PUNCT && z->punct == ',')
					break;
				return h;
			}
			if (y->kind != E_DET && y->kind != E_DISCARD &&
			    y->kind != E_WORD)
				break;
		}
		/* "accused the government of going soft on Beijing": a
		 * noun phrase naming nobody before the charge's word is the
		 * accused; an actor after that word is in the deed */
		if (accusation_at(c, ci)) {
			size_t k = (size_t)ci + 1, words = 0;
			if (k < c->n_el && c->el[k].kind == E_DET)
				k++;
			while (k < c->n_el && words < 3 &&
			       c->el[k].kind == E_WORD && !c->el[k].upper &&
			       !span_role(c->lx, t, c->el[k].start,
					  c->el[k].end, LX_PREP_CHARGE)) {
				k++;
				words++;
			}
			if (words && k < c->n_el && c->el[k].kind == E_WORD &&
			    span_role(c->lx, t, c->el[k].start, c->el[k].end,
				      LX_PREP_CHARGE))
				return h;
		}
		h.group = group_after(c, t, ci, clause, win, true);
		h.how = "object";
		return h;
	case LX_SLOT_POSS: {
		int k = ci - 1, gap = 0;
		while (k >= 0 && gap < 4 &&
		       ((c->el[k].kind == E_WORD && !c->el[k].upper) ||
			c->el[k].kind == E_MODAL ||
			/* "Iran's direct and unprecedented attack" */
			(c->el[k].kind == E_COORD && k > 0 &&
			 c->el[k - 1].kind == E_WORD && !c->el[k - 1].upper) ||
			(c->el[k].kind == E_PUNCT && c->el[k].punct == '"'))) {
			k--;
			gap++;
		}
		if (k >= 0 && c->el[k].kind == E_POSS)
			k--;
		/* "we condemn its arms transfers to Russia": a possessive
		 * pronoun is the latest body named before it in the
		 * sentence (not the speaker "we", an anaphor, a person or a
		 * modifier such as "French troops"), the document's topic
		 * first */
		if (k >= 0 && c->el[k].kind == E_DET &&
		    match_has(c, &c->el[k], LX_POSSPRON, &(uint32_t){ 0 })) {
			/* "its" is one actor, not a list ("press Turkey
			 * and Egypt ... and condition its funding") */
			bool one = span_role(c->lx, t, c->el[k].start,
					     c->el[k].end, LX_PREP_SINGULAR);
			for (int q = k - 1; q >= 0; q--) {
				const elem *y = &c->el[q];
				uint32_t r;
				if (!is_participant(y) || y->group < 0 ||
				    (one && c->gr[y->group].n > 1) ||
				    /* (not inside a relative clause or
				     * aside before it: "the EU, which has
				     * funded Chad, said it would continue
				     * its partnership") */
				    (y->clause >= REL_CLAUSE &&
				     y->clause != c->el[k].clause &&
				     opens_relative(c, q)))
					continue;
				if (c->has_topic && y->who == c->topic) {
					h.group = y->group;
					break;
				}
				if (h.group >= 0 ||
				    y->alias_kind == LX_ALIAS_ADJ ||
				    match_has(c, y, LX_SELF, &r) ||
				    match_has(c, y, LX_ANAPHOR, &r) ||
				    who_kind(c, c->gr[y->group].m[0]) ==
					ERG_KIND_PERSON)
					continue;
				h.group = y->group;
			}
			/* "Its main trading partners are ...", opening a
			 * sentence that names nobody before it, in an
			 * article about a body: that body */
			if (h.group < 0 && c->has_topic) {
				bool named = false;
				for (int q = k - 1; q >= 0; q--)
					if (is_participant(&c->el[q]))
						named = true;
				if (!named)
					h.group = extra_group(c, c->topic, k);
			}
			/* the source's own ("X and its members"): none */
			if (h.group == src_group)
				h.group = -1;
			if (h.group >= 0)
				h.how = "possessive pronoun";
			return h;
		}
		if (k < 0 || !is_participant(&c->el[k]) || c->el[k].group < 0)
			return h;
		if (gap == 0 || c->el[k].poss ||
		    c->el[k].alias_kind == LX_ALIAS_ADJ ||
		    c->gr[c->el[k].group].compound) {
			h.group = c->el[k].group;
			h.how = "possessive/modifier";
		}
		return h;
	}
	case LX_SLOT_PREP: {
		size_t limit = c->el[ci].end + win;
		for (size_t i = (size_t)ci + 1; i < c->n_el; i++) {
			const elem *x = &c->el[i];
			size_t k;
			if (x->clause != clause || x->start > limit)
				break;
			/* a later cue owns what follows, unless it is a noun
			 * coordinated with this one ("dialogue and
			 * cooperation with Afghanistan") or the word a
			 * `need=` cue needs, of its type ("received $40
			 * billion in military aid from X") */
			if (x->kind == E_CUE &&
			    !(i == (size_t)ci + 2 && c->el[ci + 1].kind == E_COORD &&
			      !cue->verb && !c->lx->cues[x->ref].verb) &&
			    !(cue->need && !c->lx->cues[x->ref].verb &&
			      c->type_of_cue[x->ref] ==
				      c->type_of_cue[c->el[ci].ref]) &&
			    /* "brokered a truce between X and Y": the
			     * verb's object noun shares its sides */
			    !(i == (size_t)ci + 2 && c->el[ci + 1].kind == E_DET &&
			      cue->verb && !c->lx->cues[x->ref].verb &&
			      word_role(c->lx, sl->word, LX_PREP_BETWEEN)))
				break;
			/* "discussed the war in Ukraine with Erdogan": past
			 * a place of a hostile noun, the preposition is the
			 * verb's, not the noun's */
			if (!cue->verb && is_participant(x) && i > 0 &&
			    c->el[i - 1].kind == E_LOCATIVE &&
			    erg_types_get(erg_graph_types(c->g),
					  c->type_of_cue[c->el[ci].ref])
				    ->polarity < 0)
				break;
			if (!((x->kind == E_WORD || x->kind == E_OTHER ||
			       x->kind == E_LOCATIVE) &&
			      span_is(t, x->start, x->end, sl->word)))
				continue;
			/* "according to South Korean intelligence": a source
			 * quoted, no target */
			if (i > 0 && c->el[i - 1].kind == E_WORD &&
			    span_role(c->lx, t, c->el[i - 1].start,
				      c->el[i - 1].end, LX_PREP_ATTRIB))
				continue;
			k = i + 1;
			/* "sanctions against 12 Russian firms" */
			while (k < c->n_el && (c->el[k].kind == E_DET ||
					       (c->el[k].kind == E_WORD &&
						c->el[k].digits)))
				k++;
			/* a singular pronoun after the word: "recalled that
			 * Washington had imposed sanctions on him" (an
			 * `objective` one) is the latest person named before
			 * the cue in the sentence, "signed a trade pact with
			 * it" the latest state or body (other than the
			 * source), else nobody */
			if (k < c->n_el && !is_participant(&c->el[k]) &&
			    span_role(c->lx, t, c->el[k].start, c->el[k].end,
				      LX_PREP_SINGULAR)) {
				bool person = span_role(c->lx, t, c->el[k].start,
							c->el[k].end,
							LX_PREP_OBJECTIVE);
				h.group = person
					      ? person_before(c, ci, src_group)
					      : body_before(c, ci, src_group);
				if (h.group >= 0)
					h.how = person
						    ? "object pronoun (the "
						      "person named before)"
						    : "object pronoun (the "
						      "state or body named "
						      "before)";
				return h;
			}
			/* "a member of the Russian-led CSTO": the body
			 * after the modifier */
			if (k < c->n_el && led_modifier(c, t, k))
				k += 3;
			/* "solidarity with the people of Pakistan": the
			 * state a stand-in noun and its preposition name */
			/* (twice: "officials of the Government of
			 * Nicaragua") */
			for (int twice = 0; twice < 2 &&
			     k + 2 < c->n_el && c->el[k].kind == E_WORD &&
			     c->el[k + 1].kind == E_WORD &&
			     span_role(c->lx, t, c->el[k].start, c->el[k].end,
				       LX_PREP_STANDIN);
			     twice++) {
				/* "militants of the proscribed TTP" */
				size_t q = k + 2;
				if (q < c->n_el && c->el[q].kind == E_DET)
					q++;
				if (q + 1 < c->n_el &&
				    c->el[q].kind == E_WORD &&
				    !c->el[q].upper &&
				    is_participant(&c->el[q + 1]))
					q++;
				if (q < c->n_el && is_participant(&c->el[q])) {
					k = q;
					break;
				}
				if (!(q < c->n_el && c->el[q].kind == E_WORD &&
				      span_role(c->lx, t, c->el[q].start,
						c->el[q].end,
						LX_PREP_STANDIN))) {
					k = k + 2;
					break;
				}
				k = q;
			}
			/* "an agreement with the Export-Import Bank of
			 * China": an institution's capitalized name that no
			 * lexicon knows, then "of" and a state, is that
			 * state's */
			if (k + 2 < c->n_el && k > i + 1 &&
			    c->el[k - 1].kind == E_DET &&
			    c->el[k].kind == E_WORD && c->el[k].upper) {
				size_t q = k;
				while (q < c->n_el && q < k + 5 &&
				       ((c->el[q].kind == E_WORD &&
					 c->el[q].upper) ||
					(c->el[q].kind == E_PUNCT &&
					 c->el[q].punct == '-')))
					q++;
				if (q + 1 < c->n_el &&
				    c->el[q].kind == E_WORD &&
				    span_role(c->lx, t, c->el[q].start,
					      c->el[q].end, LX_PREP_CHARGE) &&
				    is_participant(&c->el[q + 1]) &&
				    c->el[q + 1].alias_kind != LX_ALIAS_ADJ &&
				    c->el[q + 1].group >= 0 &&
				    who_kind(c, c->gr[c->el[q + 1].group].m[0]) ==
					    ERG_KIND_STATE)
					k = q + 1;
			}
			/* `through=yes`: "a ban on imports of Japanese
			 * seafood", "tariffs on trade with China": a
			 * friendly noun right after the cue's word names the
			 * target, and is no relation of its own (not further
			 * on: "the veto was meant to silence reporting on
			 * arms deals between X and Y") */
			if (cue->through && i == (size_t)ci + 1 &&
			    k + 1 < c->n_el && c->el[k].kind == E_CUE &&
			    erg_types_get(erg_graph_types(c->g),
					  c->type_of_cue[c->el[k].ref])
				    ->polarity > 0) {
				size_t q = k + 1;
				if (q + 1 < c->n_el && c->el[q].kind == E_WORD &&
				    !c->el[q].upper)
					q++;
				if (q + 1 < c->n_el && c->el[q].kind == E_DET)
					q++;
				if (is_participant(&c->el[q]) &&
				    c->el[q].group >= 0 &&
				    c->el[q].group != src_group) {
					c->el[k].kind = E_WORD;
					k = q;
				}
			}
			if (k < c->n_el && is_participant(&c->el[k]) &&
			    c->el[k].group >= 0 && c->el[k].group != src_group) {
				h.group = c->el[k].group;
				h.between = word_role(c->lx, sl->word,
						      LX_PREP_BETWEEN);
				h.how = "preposition";
				h.word = sl->word;
				return h;
			}
			/* "support for the strikes" (not for a `direct` cue:
			 * "our commitment to a ceasefire") */
			if (!cue->direct &&
			    (h.group = event_after(c, t, (int)i, clause)) >= 0 &&
			    h.group != src_group) {
				h.how = "event noun";
				return h;
			}
			h.group = -1;
		}
		return h;
	}
	case LX_SLOT_TOPIC:
		/* "Bolivia became a full member in 2024", in an article
		 * about a body: that body */
		if (c->has_topic) {
			for (size_t g = 0; g < c->n_gr; g++)
				for (int a = 0; a < c->gr[g].n; a++)
					if (c->gr[g].m[a] == c->topic) {
						if ((int)g == src_group)
							return h;
						h.group = (int)g;
						h.how = "topic (named)";
						return h;
					}
			h.topic = true;
			h.how = "topic of the document";
		}
		return h;
	case LX_SLOT_FOCUS:
		/* "X visited Washington in June, the first such trip since
		 * 2019": a noun of the type of the sentence's relation
		 * before is that relation, not the dyad in focus */
		if (c->last_rel.n && c->last_rel.sent == c->n_sent &&
		    c->last_rel.type == c->type_of_cue[c->el[ci].ref])
			return h;
		if (c->has_focus && !target_word_after(c, t, ci)) {
			h.focus = true;
			h.how = "dyad in focus";
		}
		return h;
	case LX_SLOT_DISPUTE:
		/* "Spain offered to mediate": the two sides of the main
		 * dispute (not when a target word follows:
		 * "mediate between the government and the opposition") */
		if (!target_word_after(c, t, ci) && main_dispute(c)) {
			h.focus = true;
			h.dispute = true;
			h.how = "sides of the main dispute";
		}
		return h;
	case LX_SLOT_NEAR: {
		int best = -1;
		size_t bd = (size_t)-1;
		for (size_t g = 0; g < c->n_gr; g++) {
			size_t d;
			if ((int)g == src_group || c->gr[g].clause != clause ||
			    (c->gr_used[g] & GR_SRC) || c->gr[g].event ||
			    near_blocked(c, (int)g, ci) ||
			    own_state(c, src_group, (int)g))
				continue;
			/* "drills near the Polish border": a place */
			{
				int p = c->gr[g].first - 1;
				if (p > 0 && c->el[p].kind == E_DET)
					p--;
				if (p >= 0 && c->el[p].kind == E_LOCATIVE)
					continue;
			}
			d = c->gr[g].first > ci
				? c->el[c->gr[g].first].start - c->el[ci].end
				: c->el[ci].start - c->el[c->gr[g].last].end;
			if (d <= win && d < bd) {
				bd = d;
				best = (int)g;
			}
		}
		h.group = best;
		h.how = "nearest actor";
		return h;
	}
	}
	return h;
}

static erg_modality cue_modality(const ctx *c, const char *t, int ci,
				 const char **mcue,
				 size_t *mstart, size_t *mend)
{
	int best = -1, best_rank = 0;
	uint32_t best_ref = 0;
	size_t best_d = 0;
	int clause = c->el[ci].clause;
	bool quotes = false; /* (any quotation mark in the sentence) */
	/* only a match with a modality entry makes an E_MODAL element (or
	 * a cue that is a modality word too): without one in the sentence
	 * nothing below applies (most relations: two passes over the
	 * elements saved per cue) */
	if (!(c->sent_what & (1u << LX_MODAL)))
		return ERG_MOD_REPORTED;
	for (size_t i = 0; i < c->n_el && !quotes; i++)
		quotes = c->el[i].kind == E_PUNCT && c->el[i].punct == '"';
	for (size_t i = 0; i < c->n_el; i++) {
		const elem *x = &c->el[i];
		const lx_modal *md;
		uint32_t mref = x->ref;
		size_t d;
		/* a cue that is a modality word too ("urged Rwanda to
		 * impose ...") lends it to the other cues */
		if (x->kind == E_CUE && (int)i != ci && x->clause == clause &&
		    match_has(c, x, LX_MODAL, &mref))
			;
		else if (x->kind != E_MODAL || x->clause != clause)
			continue;
		md = &c->lx->modals[mref];
		/* "a deal with Israel ... is improbable": a modality word
		 * after a copula judges the subject phrase before it */
		if (md->scope == LX_SCOPE_AFTER && (int)i > ci) {
			bool pred = i > 0 && (c->el[i - 1].kind == E_PASSIVE ||
					      (c->el[i - 1].kind == E_WORD &&
					       !c->el[i - 1].upper));
			for (int k = ci + 1; pred && k < (int)i; k++)
				if (c->el[k].clause == clause &&
				    c->el[k].kind == E_CUE &&
				    c->lx->cues[c->el[k].ref].verb)
					pred = false;
			if (!pred || c->lx->cues[c->el[ci].ref].verb)
				continue;
		}
		if (md->scope == LX_SCOPE_BEFORE && (int)i < ci)
			continue;
		/* 'declared a "no limits" partnership': a modality word
		 * inside quotation marks that the cue is outside of */
		if (quotes) {
			int a = (int)i < ci ? (int)i : ci,
			    b = (int)i < ci ? ci : (int)i, before = 0,
			    between = 0;
			for (int k = 0; k < b; k++)
				if (c->el[k].kind == E_PUNCT &&
				    c->el[k].punct == '"') {
					before += k < (int)i;
					between += k > a;
				}
			if ((before & 1) && between)
				continue;
		}
		/* "agreed to end a dispute over Ethiopia's plans to build a
		 * port": a modality word right after a possessive is that
		 * noun phrase's, not a cue's before it or far after it
		 * ("X's plans to visit Y" are) */
		if (i > 0 && c->el[i - 1].kind == E_POSS &&
		    ((int)i > ci || ci - (int)i > 4))
			continue;
		/* "accused Britain of orchestrating the attack, a charge
		 * London denied": a denial in an apposition that names the
		 * accusation denies the deed, not the accusation */
		if ((int)i > ci && md->modality == ERG_MOD_DENIED &&
		    span_role(c->lx, t, c->el[ci].start, c->el[ci].end,
			      LX_PREP_ACCUSE)) {
			bool appos = false;
			for (int k = ci + 1; k + 2 < (int)i && !appos; k++)
				appos = c->el[k].kind == E_PUNCT &&
					c->el[k].punct == ',' &&
					c->el[k + 1].kind == E_DET &&
					c->el[k + 2].kind == E_WORD &&
					span_role(c->lx, t, c->el[k + 2].start,
						  c->el[k + 2].end,
						  LX_PREP_ACCUSE);
			if (appos)
				continue;
		}
		/* "warned Tokyo against it, saying it would retaliate": a
		 * modality word after a later speech verb is the speech's */
		if ((int)i > ci) {
			bool said = false;
			/* (so is one after a relative word or "that" after
			 * a verb: "warned Beijing that any attempt would be
			 * met with force", "signed a deal that would ...") */
			for (int k = ci + 1; k < (int)i && !said; k++)
				said = c->el[k].kind == E_SPEECH ||
				       (c->el[k].kind == E_RELATIVE &&
					c->lx->cues[c->el[ci].ref].verb) ||
				       (c->el[k].kind == E_WORD &&
					span_role(c->lx, t, c->el[k].start,
						  c->el[k].end, LX_PREP_SAYING));
			if (said)
				continue;
		}
		/* "said a round would be held in June and urged X to
		 * attend": a passive after the modality word, then a verb
		 * coordinated right after "and", is a verb of its own
		 * ("would host talks and invite X" shares it) */
		if ((int)i < ci && c->el[ci - 1].kind == E_COORD &&
		    c->lx->cues[c->el[ci].ref].verb) {
			bool passive = false;
			for (int k = (int)i + 1; k < ci - 1; k++)
				passive |= c->el[k].kind == E_PASSIVE;
			if (passive)
				continue;
		}
		d = (int)i < ci ? (size_t)(ci - (int)i) : (size_t)((int)i - ci);
		if (md->window && d > md->window)
			continue;
		if (best < 0 || md->rank > best_rank ||
		    (md->rank == best_rank && d < best_d)) {
			best = (int)i;
			best_ref = mref;
			best_rank = md->rank;
			best_d = d;
		}
	}
	if (best < 0)
		return ERG_MOD_REPORTED;
	*mcue = "";
	*mstart = c->el[best].start;
	*mend = c->el[best].end;
	return c->lx->modals[best_ref].modality;
}

#define DYADS_MAX 4096
#define DYAD_SLOTS 8192 /* power of two, twice DYADS_MAX */
/* a slot: index + 1 in its low DYAD_IBITS bits, a tag of the pair's hash
 * above (a probe reads the pair only when the tags agree) */
#define DYAD_IBITS 13
_Static_assert(DYADS_MAX < (1 << DYAD_IBITS), "dyad slot index bits");

/* Counts a dyad (persons stand for their states) and keeps the index of
 * the most frequent, latest on a tie. */
static erg_status dyad_note(ctx *c, who_t s, who_t t)
{
	who_t a = who_state(c, s), b = who_state(c, t);
	size_t h, i;
	uint32_t tag;
	if (a == WHO_NONE || b == WHO_NONE || a == b)
		return ERG_OK;
	if (a > b) {
		who_t x = a;
		a = b;
		b = x;
	}
	if (!c->dyad_slot &&
	    !(c->dyad_slot = calloc(DYAD_SLOTS, sizeof(uint32_t))))
		return nomem(c);
	c->dyad_clock++;
	h = (size_t)(((uint64_t)a * 0x9E3779B97F4A7C15ULL) ^
		     ((uint64_t)b * 0xC2B2AE3D27D4EB4FULL));
	h ^= h >> 29;
	tag = (uint32_t)((uint64_t)h >> (64 - (32 - DYAD_IBITS)));
	for (h &= DYAD_SLOTS - 1; c->dyad_slot[h]; h = (h + 1) & (DYAD_SLOTS - 1)) {
		if (c->dyad_slot[h] >> DYAD_IBITS != tag)
			continue;
		i = (c->dyad_slot[h] & ((1u << DYAD_IBITS) - 1)) - 1;
		if (c->dyads[i].a == a && c->dyads[i].b == b)
			goto found;
	}
	if (c->n_dyads >= DYADS_MAX)
		return ERG_OK; /* bounded: later new pairs are not counted */
	if (erg__grow((void **)&c->dyads, &c->cap_dyads, c->n_dyads + 1,
		      sizeof(*c->dyads)))
		return nomem(c);
	i = c->n_dyads++;
	c->dyads[i].a = a;
	c->dyads[i].b = b;
	c->dyads[i].n = 0;
	c->dyad_slot[h] = tag << DYAD_IBITS | ((uint32_t)i + 1);
found:
	c->dyads[i].n++;
	c->dyads[i].last = c->dyad_clock;
	if (c->n_dyads == 1 || c->dyads[i].n >= c->dyads[c->best_dyad].n)
		c->best_dyad = i;
	return ERG_OK;
}

/* Counts a hostile relation between two states or bodies. */
static void dispute_note(ctx *c, who_t a, who_t b)
{
	size_t i, low = 0;
	if (a == WHO_NONE || b == WHO_NONE || a == b)
		return;
	if (a > b) {
		who_t x = a;
		a = b;
		b = x;
	}
	c->dispute_clock++;
	for (i = 0; i < c->n_disputes; i++) {
		if (c->disputes[i].a == a && c->disputes[i].b == b)
			break;
		if (c->disputes[i].n < c->disputes[low].n)
			low = i;
	}
	if (i == c->n_disputes) {
		if (c->n_disputes < DISPUTES_MAX)
			c->n_disputes++;
		else
			i = low;
		c->disputes[i].a = a;
		c->disputes[i].b = b;
		c->disputes[i].n = 0;
	}
	c->disputes[i].n++;
	c->disputes[i].last = c->dispute_clock;
}

/* The sides of the main dispute so far (most hostile relations, then
 * the latest) into c->dispute; false when there is none. */
static bool main_dispute(ctx *c)
{
	size_t best = 0;
	if (!c->n_disputes)
		return false;
	for (size_t i = 1; i < c->n_disputes; i++)
		if (c->disputes[i].n > c->disputes[best].n ||
		    (c->disputes[i].n == c->disputes[best].n &&
		     c->disputes[i].last > c->disputes[best].last))
			best = i;
	c->dispute[0] = c->disputes[best].a;
	c->dispute[1] = c->disputes[best].b;
	return true;
}

static erg_status add_rel(ctx *c, const char *t, size_t s0, size_t s1,
			  long long off, who_t s, who_t tg, size_t type,
			  erg_modality mod, const char *date, int ci,
			  const char *how, size_t ms, size_t me)
{
	size_t si, ti, ri;
	erg_relation *r;
	erg_status st;
	bool directed;
	if (s == tg || s == WHO_NONE || tg == WHO_NONE)
		return ERG_OK;
	/* a person and the state they belong to ("President Ali called the
	 * move a threat to his country") */
	if ((who_kind(c, s) == ERG_KIND_PERSON && who_state(c, s) == tg) ||
	    (who_kind(c, tg) == ERG_KIND_PERSON && who_state(c, tg) == s))
		return ERG_OK;
	directed = erg_types_get(erg_graph_types(c->g), type)->directed;
	for (size_t i = 0; i < c->n_seen; i++)
		if (((c->seen[i].s == s && c->seen[i].t == tg) ||
		     (!directed && c->seen[i].s == tg && c->seen[i].t == s)) &&
		    c->seen[i].type == type && c->seen[i].mod == mod)
			return ERG_OK;
	if (c->n_seen >= MAX_REL_PER_SENTENCE)
		return ERG_OK;
	if (erg__grow((void **)&c->seen, &c->cap_seen, c->n_seen + 1,
		      sizeof(rel_key)))
		return nomem(c);
	/* the graph indices of both (ensure_actor, below): a random read,
	 * started now under the dyad's count */
	if (c->actor_idx) {
		if (s >= 0)
			__builtin_prefetch(&c->actor_idx[s]);
		if (tg >= 0)
			__builtin_prefetch(&c->actor_idx[tg]);
	}
	if ((st = dyad_note(c, s, tg)))
		return st;
	if (c->first_src == WHO_NONE &&
	    (who_kind(c, s) == ERG_KIND_STATE ||
	     who_kind(c, s) == ERG_KIND_ORGANIZATION))
		c->first_src = s;
	if (erg_types_get(erg_graph_types(c->g), type)->polarity < 0)
		dispute_note(c, who_state(c, s), who_state(c, tg));
	c->seen[c->n_seen].s = s;
	c->seen[c->n_seen].t = tg;
	c->seen[c->n_seen].type = type;
	c->seen[c->n_seen].mod = mod;
	c->n_seen++;
	if ((st = ensure_actor(c, s, &si)) || (st = ensure_actor(c, tg, &ti)))
		return st;
	if ((st = erg_graph_add_relation(c->g, si, ti, type, &ri, c->err)))
		return st;
	r = erg_graph_relation(c->g, ri);
	r->modality = mod;
	r->offset = off;
	/* the sentence holds no NUL (check_bytes) */
	if (erg_set_str(&r->doc, c->rel_doc) ||
	    !(r->evidence = erg__strndup(t + s0, s1 - s0)))
		return nomem(c);
	if (date) {
		if (erg_set_str(&r->date, date))
			return nomem(c);
	} else {
		if (erg__grow((void **)&c->undated, &c->cap_undated,
			      c->n_undated + 1, sizeof(size_t)))
			return nomem(c);
		c->undated[c->n_undated++] = ri;
	}
	if (c->opts && c->opts->explain) {
		erg_text_explain ex;
		char cue[256], mcue[128];
		const elem *x = &c->el[ci];
		size_t n = x->end - x->start;
		if (n >= sizeof(cue))
			n = sizeof(cue) - 1;
		memcpy(cue, t + x->start, n);
		cue[n] = '\0';
		n = me - ms;
		if (n >= sizeof(mcue))
			n = sizeof(mcue) - 1;
		memcpy(mcue, t + ms, n);
		mcue[n] = '\0';
		memset(&ex, 0, sizeof(ex));
		ex.relation = ri;
		ex.cue = cue;
		ex.rule = c->lx->cues[x->ref].rule;
		ex.how = how;
		ex.sentence = r->evidence;
		ex.modality_cue = mod == ERG_MOD_REPORTED ? NULL : mcue;
		c->opts->explain(c->opts->explain_userdata, c->g, &ex);
	}
	return ERG_OK;
}

/* A date of the main clauses starting at element i after a locative
 * word ("in 2023", "in March 2023"): an adjunct of time, not a modifier
 * ("the 2002 treaty") nor a bound ("since 2019"). */
static bool in_date(const ctx *c, const char *t, int i, char out[11])
{
	if (i < 1 || c->el[i - 1].kind != E_LOCATIVE ||
	    c->el[i].clause >= REL_CLAUSE)
		return false;
	return find_date(c, t, i, i + 1, DATE_MAIN, out);
}

/* Whether the verb cue at k is a passive followed by an actor as its
 * agent ("were condemned by Israel") */
static bool agent_after(const ctx *c, const char *t, int k)
{
	size_t a = (size_t)k + 1;
	if (k < 1 || c->el[k - 1].kind != E_PASSIVE || a + 1 >= c->n_el ||
	    c->el[a].kind != E_WORD ||
	    !span_role(c->lx, t, c->el[a].start, c->el[a].end, LX_PREP_AGENT))
		return false;
	a++;
	if (c->el[a].kind == E_DET && a + 1 < c->n_el)
		a++;
	return is_participant(&c->el[a]);
}

/* Whether element q is a cue of the main clauses. */
static bool main_cue(const ctx *c, int q)
{
	return c->el[q].kind == E_CUE && c->el[q].clause < REL_CLAUSE;
}

/* The date of the cue at ci in a sentence of several cues ("X
 * established relations with Y in 2007 and signed a pact with it in
 * 2023"): an `in_date` after the cue and before the next cue, else the
 * latest one before it after the cue before; false when neither holds
 * one, or when the sentence has one cue only (the main clauses' date is
 * the answer then). */
static bool cue_date(const ctx *c, const char *t, int ci, char out[11])
{
	int a = ci, b = ci + 1;
	while (a > 0 && !main_cue(c, a - 1))
		a--;
	while ((size_t)b < c->n_el && !main_cue(c, b))
		b++;
	if (a == 0 && (size_t)b >= c->n_el)
		return false;
	for (int i = ci + 1; i < b; i++)
		if (in_date(c, t, i, out))
			return true;
	for (int i = ci - 1; i >= a; i--)
		if (in_date(c, t, i, out))
			return true;
	return false;
}

/* The date of a sentence that names none: --date, else the document's. */
static const char *undated_date(const ctx *c)
{
	if (c->opts && c->opts->doc_date)
		return c->opts->doc_date;
	return c->doc_date[0] ? c->doc_date : NULL;
}

/* The actor the document is about so far: of the dyad in focus, the one
 * in more pairs (counted), when it leads and has three or more; else
 * WHO_NONE */
static who_t doc_hub(const ctx *c)
{
	const struct dyad *d;
	size_t na = 0, nb = 0;
	if (!c->n_dyads)
		return WHO_NONE;
	d = &c->dyads[c->best_dyad];
	for (size_t i = 0; i < c->n_dyads; i++) {
		const struct dyad *y = &c->dyads[i];
		if (y->a == d->a || y->b == d->a)
			na += y->n;
		if (y->a == d->b || y->b == d->b)
			nb += y->n;
	}
	if (na > nb && na >= 3)
		return d->a;
	if (nb > na && nb >= 3)
		return d->b;
	return WHO_NONE;
}

static void set_focus(ctx *c, who_t a, who_t b)
{
	c->focus[0] = a;
	c->focus[1] = b;
	c->has_focus = true;
}

/* The group accused in "X accused Y of arming ... and of sheltering ...":
 * for a verb cue right after "of", the first actor after the nearest
 * earlier hostile verb of the clause; -2 when no actor stands between
 * (the accused is nobody the lexicon knows); else -1. */
static int accused_of(const ctx *c, const char *t, int ci)
{
	int clause = c->el[ci].clause;
	if (ci < 2)
		return -1;
	/* (or a deed in an adjunct phrase of the charge: "accused X of
	 * escalating the war by supplying missiles to Y") */
	if (!(c->el[ci - 1].kind == E_WORD &&
	      span_role(c->lx, t, c->el[ci - 1].start, c->el[ci - 1].end,
			LX_PREP_CHARGE))) {
		int k = ci - 2;
		if (!adjunct_verb(c, t, ci))
			return -1;
		while (k >= 2 && k >= ci - 12 && c->el[k].clause == clause &&
		       !(c->el[k].kind == E_WORD &&
			 span_role(c->lx, t, c->el[k].start, c->el[k].end,
				   LX_PREP_CHARGE)))
			k--;
		if (k < 2 || c->el[k].kind != E_WORD ||
		    !span_role(c->lx, t, c->el[k].start, c->el[k].end,
			       LX_PREP_CHARGE))
			return -1;
		ci = k + 1;
	}
	for (int q = ci - 2; q >= 0 && q >= ci - 16; q--) {
		const elem *x = &c->el[q];
		if (x->clause != clause)
			return -1;
		if (x->kind != E_CUE)
			continue;
		if (!c->lx->cues[x->ref].verb ||
		    erg_types_get(erg_graph_types(c->g),
				  c->type_of_cue[x->ref])
			    ->polarity >= 0)
			return -1;
		for (int k = q + 1; k < ci - 1; k++)
			if (is_participant(&c->el[k]) && c->el[k].group >= 0)
				return c->el[k].group;
		/* "accused the mission of fighting ...": the accused
		 * is nobody the lexicon knows */
		return -2;
	}
	return -1;
}

/* Whether a target preposition of the cue follows it in its clause
 * ("Colombia and Brazil offered to mediate between the government and
 * the opposition", "held talks with the rebels"): then the target was
 * said and names no actor, and a subject list is not paired. */
static bool target_word_after(const ctx *c, const char *t, int ci)
{
	const lx_cue *cue = &c->lx->cues[c->el[ci].ref];
	size_t limit = c->el[ci].end + (size_t)cue->window * 8;
	for (int k = 0; k < cue->n_tgt; k++) {
		/* "to" also marks an infinitive ("announced a joint summit
		 * to ..."): it names a target only before a determiner
		 * ("his first trip to an Arab country") */
		bool inf;
		if (cue->tgt[k].kind != LX_SLOT_PREP)
			continue;
		inf = word_role(c->lx, cue->tgt[k].word, LX_PREP_INFINITIVE);
		for (size_t i = (size_t)ci + 1; i < c->n_el; i++) {
			const elem *x = &c->el[i];
			if (x->clause != c->el[ci].clause || x->start > limit)
				break;
			if (x->kind == E_WORD &&
			    span_is(t, x->start, x->end, cue->tgt[k].word) &&
			    (!inf || (i + 1 < c->n_el &&
				      c->el[i + 1].kind == E_DET)))
				return true;
		}
	}
	return false;
}

/* "The text, drafted by X and Y, ...", "Introducing the draft, the
 * representative of X ...": the first actors after a sponsor phrase,
 * else the last before it, sponsor the latest text put to a vote. */
static int note_sponsors(ctx *c)
{
	int found = -1;
	for (size_t k = 0; k < c->n_el; k++) {
		int g = -1;
		if (!c->el[k].sponsor)
			continue;
		for (size_t q = k + 1; q < c->n_el && g < 0; q++)
			if (is_participant(&c->el[q]) && c->el[q].group >= 0 &&
			    !c->gr[c->el[q].group].event)
				g = c->el[q].group;
		for (size_t q = k; q-- > 0 && g < 0;)
			if (is_participant(&c->el[q]) && c->el[q].group >= 0 &&
			    !c->gr[c->el[q].group].event)
				g = c->el[q].group;
		if (g < 0)
			continue;
		c->n_sponsor = c->gr[g].n;
		memcpy(c->sponsor, c->gr[g].m,
		       (size_t)c->gr[g].n * sizeof(who_t));
		found = (int)k;
	}
	return found;
}

/* A verb's object is a text put to a vote ("voted against the draft
 * resolution"): a motion word after at most a determiner and two
 * words. */
static bool object_is_motion(const ctx *c, int ci)
{
	int words = 0;
	for (size_t k = (size_t)ci + 1; k < c->n_el && words < 3; k++) {
		if (c->el[k].motion)
			return true;
		if (c->el[k].kind == E_DET)
			continue;
		if (c->el[k].kind != E_WORD || c->el[k].upper)
			return false;
		words++;
	}
	return false;
}

/* The topic of a document: its first actor, a body, when it is the whole
 * heading ("Mercosur") or the subject of a copula opening the text ("The
 * Shanghai Cooperation Organisation (SCO) is a ..."). Decided once, at
 * the first sentence naming an actor. */
static void find_topic(ctx *c, const char *t, size_t s0, size_t s1,
		       size_t mi, size_t mj)
{
	const lx_entry *first = NULL;
	size_t i, a = s0, b = s1;
	for (i = mi; i < mj && !first; i++) {
		lx_entry_it it = LX_ENTRY_IT(c->lx, &c->m.items[i]);
		for (const lx_entry *en; (en = erg__lx_entry_next(&it));)
			if (en->what == LX_ACTOR) {
				first = en;
				break;
			}
	}
	if (!first)
		return;
	c->topic_done = true;
	i--;
	if (who_kind(c, (who_t)first->ref) != ERG_KIND_ORGANIZATION ||
	    c->m.items[i].start > s0 + 4)
		return;
	while (a < b && isspace((unsigned char)t[a]))
		a++;
	while (b > a && (isspace((unsigned char)t[b - 1]) ||
			 ispunct((unsigned char)t[b - 1])))
		b--;
	if (c->m.items[i].start == a && c->m.items[i].end == b) {
		c->topic = (who_t)first->ref;
		c->has_topic = true;
		return;
	}
	for (size_t j = i + 1; j < mj; j++) {
		const lx_match *mt = &c->m.items[j];
		bool same = false;
		lx_entry_it it = LX_ENTRY_IT(c->lx, mt);
		for (const lx_entry *en; (en = erg__lx_entry_next(&it));) {
			if (en->what == LX_ACTOR && en->ref == first->ref)
				same = true;
			if (en->what == LX_PASSIVE && !same) {
				c->topic = (who_t)first->ref;
				c->has_topic = true;
				return;
			}
		}
		if (!same)
			return;
	}
}

/* "Finland joined NATO in 2023 and Sweden followed in 2024", "South
 * Africa joined in 1994, and Mauritius the following year": an ellipsis
 * phrase right after an actor group that opens its clause or follows a
 * coordinating word, with only a date after it, repeats the latest
 * relation (type, modality, targets) with that group as source. */
static erg_status ellipsis(ctx *c, const char *t, size_t s0, size_t s1,
			   long long off, int k, bool dated, bool rel_here,
			   const char *date)
{
	const elem *x = &c->el[k];
	const group *G;
	erg_status st;
	bool year = false;
	size_t i;
	int p;
	int g = dated ? x->group : k > 0 ? c->el[k - 1].group : -1;
	if (g < 0 || (!dated && !is_participant(&c->el[k - 1])) ||
	    !c->last_rel.n || c->gr_used[g] || c->gr[g].event)
		return ERG_OK;
	G = &c->gr[g];
	/* the word before the group, a determiner skipped */
	p = G->first - 1;
	if (p >= 0 && c->el[p].kind == E_DET)
		p--;
	if (p >= 0 && c->el[p].kind != E_COORD &&
	    !(c->el[p].kind == E_PUNCT && c->el[p].punct != '"') &&
	    c->el[p].kind != E_BOUNDARY)
		return ERG_OK;
	/* inside a sentence, the relation repeated is one of its own */
	if (p >= 0 && !rel_here)
		return ERG_OK;
	/* only a date after it; with no ellipsis phrase ("India and
	 * Pakistan became members in 2017, Iran in 2023 and Belarus in
	 * 2024"), a year after a locative word, then a comma, a
	 * coordinating word or the end */
	i = dated ? (size_t)G->last + 1 : (size_t)k + 1;
	/* "X voted against the text, together with Y and Z.": a
	 * conjunct after a comma and a coordinating word that ends the
	 * sentence shares the relation too */
	if (dated && p > 0 && c->el[p].kind == E_COORD &&
	    c->el[p - 1].kind == E_PUNCT && c->el[p - 1].punct == ',' &&
	    (i >= c->n_el ||
	     (c->el[i].kind == E_PUNCT &&
	      (c->el[i].punct == '.' || c->el[i].punct == '!')))) {
		i = c->n_el;
		year = true;
	}
	if (dated && !year && !(i < c->n_el && c->el[i].kind == E_LOCATIVE))
		return ERG_OK;
	for (; i < c->n_el; i++) {
		const elem *y = &c->el[i];
		if ((y->kind == E_PUNCT && y->punct != '"') ||
		    (dated && y->kind == E_COORD))
			break;
		if (!(y->kind == E_LOCATIVE || y->kind == E_MONTH ||
		      y->kind == E_DET || y->digits || y->ellip))
			return ERG_OK;
		if (y->digits)
			year = true;
	}
	if (dated && !year)
		return ERG_OK;
	c->el[k].ref = c->last_rel.cue; /* for --explain */
	for (int a = 0; a < G->n; a++)
		for (int b = 0; b < c->last_rel.n; b++)
			if ((st = add_rel(c, t, s0, s1, off, G->m[a],
					  c->last_rel.t[b], c->last_rel.type,
					  c->last_rel.mod, date, k,
					  "ellipsis: the latest relation again",
					  x->start, x->end)))
				return st;
	return ERG_OK;
}

/* "Russia criticized the move", "Morocco regretted the decision",
 * "Brazil condemned it": a verb cue of a directed type with a sign whose
 * object is a `deed` phrase or the pronoun "it" reacts to an earlier act:
 * the source of the latest relation between states or bodies that is no
 * reaction itself, not of the cue's own type ("condemned" does not react
 * to a condemnation) and not by the reacting side. Returns that actor or
 * WHO_NONE. */
/* Whether the phrase of element i (a cue or a deed) is an accusation:
 * its last folded word is a `prep accusation` word ("accused", "the
 * charges"). */
static bool accusation_at(const ctx *c, int i)
{
	const char *k, *w;
	if (i < 0 || (size_t)i >= c->n_el || c->el[i].match == SIZE_MAX ||
	    !c->lx->n_preps[LX_PREP_ACCUSE])
		return false;
	k = c->lx->keys[c->m.items[c->el[i].match].key];
	w = strrchr(k, ' ');
	return word_role(c->lx, w ? w + 1 : k, LX_PREP_ACCUSE);
}

/* Whether element k (a pronoun) is followed by a verb it is the subject
 * of: a verb cue, a modal, an infinitive's "to" ("urged it to stop") or
 * a departure word ("that they leave") */
static bool subject_of_next(const ctx *c, const char *t, int k)
{
	const elem *y;
	if ((size_t)k + 1 >= c->n_el)
		return false;
	y = &c->el[k + 1];
	return (y->kind == E_CUE && c->lx->cues[y->ref].verb) ||
	       y->kind == E_MODAL ||
	       (y->kind == E_WORD &&
		(span_role(c->lx, t, y->start, y->end, LX_PREP_INFINITIVE) ||
		 span_role(c->lx, t, y->start, y->end, LX_PREP_DEPARTURE)));
}

/* The target of a reaction whose object (element oi) is a deed or "it":
 * the source of the latest act that is no reaction, not of the type
 * `type` and not by the reacting side. */
static who_t deed_target(const ctx *c, const char *t, int oi, int src,
			 size_t type)
{
	const elem *o = oi >= 0 && oi < (int)c->n_el ? &c->el[oi] : NULL;
	uint32_t r;
	bool acc;
	if (!o || !(o->deed || match_has(c, o, LX_PRONOUN, &r)))
		return WHO_NONE;
	/* "demanded that they leave", "to help it fight terrorism": a
	 * pronoun that is the subject of a verb after it is an actor, not
	 * an act */
	if (!o->deed && (span_role(c->lx, t, o->start, o->end,
				   LX_PREP_NOMINATIVE) ||
			 subject_of_next(c, t, oi)))
		return WHO_NONE;
	/* "rejected the accusations": the latest accusation against the
	 * one who reacts */
	acc = o->deed && accusation_at(c, oi);
	for (size_t i = c->n_deeds; i-- > 0 && i + DEEDS_MAX >= c->n_deeds;) {
		const struct deed *d = &c->deeds[i % DEEDS_MAX];
		bool own = false, to_src = false;
		if (d->reaction || d->type == type || (acc && !d->accuse) ||
		    (d->neutral && !o->deed))
			continue;
		for (int a = 0; src >= 0 && a < c->gr[src].n; a++) {
			if (who_state(c, c->gr[src].m[a]) == d->s)
				own = true;
			if (who_state(c, c->gr[src].m[a]) == d->t)
				to_src = true;
		}
		if (acc && !to_src)
			continue;
		if (!own)
			return d->s;
	}
	return WHO_NONE;
}

/* Whether w is the source of a relation found in the sentence. */
static bool act_here(const ctx *c, who_t w)
{
	for (size_t i = 0; w != WHO_NONE && i < c->n_seen; i++)
		if (who_state(c, c->seen[i].s) == w)
			return true;
	return false;
}

/* A group for the target of a reaction (deed_target) placed after the
 * cue at element ci; -1 when there is none, -2 when out of memory. */
static int reaction_group(ctx *c, const char *t, int ci, int deed_at,
			  int src, size_t type)
{
	who_t w = deed_target(c, t, deed_at, src, type);
	int g;
	if (w == WHO_NONE)
		return -1;
	g = extra_group(c, w, ci + 1);
	return g < 0 ? -2 : g;
}

/* Whether a verb cue comes before element ci in its sentence. */
static bool verb_cue_before(const ctx *c, int ci)
{
	for (int q = 0; q < ci; q++)
		if (c->el[q].kind == E_CUE && verb_reading(c, &c->el[q]))
			return true;
	return false;
}

/* Whether the cue is in a sentence that opens with a capitalized word
 * (after any numbering: "1.", "A.", "(b)") and names nobody before the
 * cue: "2. Condemns the repression ...", "Calls on the Council ...". */
static bool opens_without_subject(const ctx *c, int ci)
{
	int k = 0;
	while (k < ci && (c->el[k].kind == E_PUNCT || c->el[k].digits ||
			  (c->el[k].kind == E_WORD &&
			   c->el[k].end - c->el[k].start == 1)))
		k++;
	if (!c->el[k].upper ||
	    !(c->el[k].kind == E_WORD || c->el[k].kind == E_CUE))
		return false;
	for (int q = k; q < ci; q++)
		if (is_participant(&c->el[q]) && c->el[q].group >= 0)
			return false;
	return true;
}

/* The state or body a sentence opens with as its subject ("Pakistan has
 * always respected ...", "The Council adopted ..."): not a possessive,
 * an adjective, a hyphenated modifier or a person. */
static who_t sentence_opener(const ctx *c, const char *t, size_t s0,
			     size_t s1, size_t mi, size_t mj)
{
	const lx_match *mt;
	const struct lx_keyinfo *ki;
	who_t w = WHO_NONE;
	lx_entry_it it;
	while (s0 < s1 && isspace((unsigned char)t[s0]))
		s0++;
	if (mi >= mj)
		return WHO_NONE;
	mt = &c->m.items[mi];
	/* "The United States", "The Council": a determiner may stand
	 * before */
	if (mt->start > s0 + 4 || mt->end >= s1 || t[mt->end] == '\'' ||
	    t[mt->end] == '-' || (unsigned char)t[mt->end] >= 0x80)
		return WHO_NONE;
	ki = &c->lx->ac.key_info[mt->key];
	if (!(ki->what & (1u << LX_ACTOR)))
		return WHO_NONE;
	if (ki->n == 1) {
		/* the one entry, from the key's summary (no read of the
		 * scattered entries: nearly every key) */
		if ((mt->ok & 1u) && ki->one_sub != LX_ALIAS_ADJ)
			w = (who_t)ki->ref;
		goto kind;
	}
	it = LX_ENTRY_IT(c->lx, mt);
	for (const lx_entry *en; (en = erg__lx_entry_next(&it));) {
		if (en->what != LX_ACTOR)
			return WHO_NONE;
		if (en->sub != LX_ALIAS_ADJ)
			w = (who_t)en->ref;
		break;
	}
kind:
	if (w == WHO_NONE || (who_kind(c, w) != ERG_KIND_STATE &&
			      who_kind(c, w) != ERG_KIND_ORGANIZATION))
		return WHO_NONE;
	return w;
}

/* "In a letter to the Security Council, X said ...", "During a visit to
 * Y, X signed ...": a noun cue in an opening phrase (a capitalized word
 * first, nobody named and no verb cue before its comma) has the actor
 * right after that comma as source; -1 if none. */
static const char fronted_how[] = "subject after the opening phrase";

static int fronted_subject(ctx *c, int ci, int tgt)
{
	size_t k;
	if (!c->el[0].upper ||
	    !(c->el[0].kind == E_WORD || c->el[0].kind == E_LOCATIVE))
		return -1;
	for (int q = 0; q < ci; q++)
		if (is_participant(&c->el[q]) ||
		    (c->el[q].kind == E_CUE && c->lx->cues[c->el[q].ref].verb))
			return -1;
	for (k = (size_t)ci + 1; k < c->n_el; k++) {
		if (c->el[k].kind == E_PUNCT && c->el[k].punct == ',')
			break;
		if (c->el[k].clause != c->el[ci].clause ||
		    (c->el[k].kind == E_CUE && c->lx->cues[c->el[k].ref].verb))
			return -1;
	}
	k++;
	if (k < c->n_el && c->el[k].kind == E_DET)
		k++;
	if (k >= c->n_el || !is_participant(&c->el[k]) || c->el[k].group < 0 ||
	    c->gr[c->el[k].group].event)
		return -1;
	/* "to the Security Council, Colombia said": the two names are
	 * no list ("with Poland, Lithuania and Latvia" is one); the group
	 * splits at the comma */
	if (c->gr[c->el[k].group].first < (int)k) {
		for (size_t q = k + 1;
		     q < c->n_el && (int)q <= c->gr[c->el[k].group].last; q++)
			if (c->el[q].kind == E_COORD)
				return -1;
		group *G = &c->gr[c->el[k].group];
		int before = 0, g;
		for (int q = G->first; q < (int)k; q++)
			if (is_participant(&c->el[q]))
				before++;
		if (before <= 0 || before >= G->n ||
		    (g = extra_group(c, G->m[before], (int)k)) < 0)
			return -1;
		G = &c->gr[c->el[k].group]; /* extra_group may move gr */
		for (int a = before + 1; a < G->n; a++)
			group_add(&c->gr[g], G->m[a]);
		c->gr[g].last = G->last;
		c->gr[g].clause = G->clause;
		G->n = before;
		for (int q = (int)k; q <= c->gr[g].last; q++)
			if (c->el[q].group == c->el[k].group &&
			    is_participant(&c->el[q]))
				c->el[q].group = g;
		G->last = (int)k - 1;
		while (G->last > G->first && !is_participant(&c->el[G->last]))
			G->last--;
	}
	if (c->el[k].group == tgt)
		return -1;
	return c->el[k].group;
}

/* "condemns the terrorist attack on ...": the hostile event noun that
 * is the object of the verb cue at ci (a determiner and at most two
 * words between), or -1 */
static int event_object(const ctx *c, int ci)
{
	int k = noun_after_det(c, ci);
	if (k < 0 || c->el[k].kind != E_CUE ||
	    c->lx->cues[c->el[k].ref].verb ||
	    erg_types_get(erg_graph_types(c->g), c->type_of_cue[c->el[k].ref])
		    ->polarity >= 0)
		return -1;
	return k;
}

/* Whether a word of `prep ROLE` follows the cue in its clause, within
 * ten elements for a verdict ("called the resolution politically
 * motivated", "called the move a direct threat"), else within the cue's
 * window and eight more ("the largest buyer of Russian weapons",
 * "provided the Syrian government with military support") */
static bool need_after(const ctx *c, const char *t, int ci, int role,
		       size_t limit)
{
	for (size_t k = (size_t)ci + 1; k < c->n_el && k <= (size_t)ci + limit;
	     k++) {
		if (c->el[k].clause != c->el[ci].clause)
			return false;
		if (c->el[k].kind == E_WORD || c->el[k].kind == E_CUE) {
			/* a phrase by its last word ("a key partner") */
			size_t a = c->el[k].end;
			while (a > c->el[k].start && t[a - 1] != ' ')
				a--;
			if (span_role(c->lx, t, a, c->el[k].end, role))
				return true;
		} else if (c->el[k].kind == E_ACTOR) {
			/* a person or official made by a title ("his Qatari
			 * counterpart (Sheikh Mohammed)"): any word */
			size_t a = c->el[k].start, b;
			while (a < c->el[k].end) {
				b = a;
				while (b < c->el[k].end && t[b] != ' ')
					b++;
				if (span_role(c->lx, t, a, b, role))
					return true;
				a = b + 1;
			}
		}
	}
	return false;
}

/* Whether one to `max` lower-case words and a determiner stand right
 * before element ci ("a new gas supply", "its water supply"). */
static bool det_words_before(const ctx *c, int ci, int max)
{
	int k = ci - 1, words = 0;
	while (k >= 0 && words < max && c->el[k].kind == E_WORD &&
	       !c->el[k].upper) {
		k--;
		words++;
	}
	return words && k >= 0 && c->el[k].kind == E_DET;
}

/* Whether every reading of the cue at ci needs a word after it (`need=`,
 * not a verdict) that is not there, or has an object as first target
 * and no actor after it: then it is a plain word from the start, no cue
 * between an earlier cue and its target ("pledged to provide non-lethal
 * equipment to X") */
static bool dud_cue(const ctx *c, const char *t, int ci)
{
	const lx_match *mt;
	int n = 0;
	lx_entry_it it;
	if (c->el[ci].match >= c->m.n)
		return false;
	mt = &c->m.items[c->el[ci].match];
	it = LX_ENTRY_IT(c->lx, mt);
	for (const lx_entry *en; (en = erg__lx_entry_next(&it));) {
		const lx_cue *cue;
		if (en->what != LX_CUE)
			continue;
		cue = &c->lx->cues[en->ref];
		n++;
		if (!cue->need || cue->need - 1 == LX_PREP_VERDICT)
			return false;
		if (need_after(c, t, ci, cue->need - 1,
			       (size_t)cue->window + 8) &&
		    !(cue->n_tgt && cue->tgt[0].kind == LX_SLOT_OBJ &&
		      group_after(c, t, ci, c->el[ci].clause,
				  (size_t)cue->window * 8, true) < 0))
			return false;
	}
	return n > 0;
}

/* "..., which expressed solidarity with X after the attack": a hostile
 * noun after a determiner names an earlier event, not a fight among the
 * members of the subject list */
static bool hostile_event_noun(const ctx *c, int ci)
{
	return !c->lx->cues[c->el[ci].ref].verb && ci > 0 &&
	       c->el[ci - 1].kind == E_DET &&
	       erg_types_get(erg_graph_types(c->g),
			     c->type_of_cue[c->el[ci].ref])
		       ->polarity < 0;
}

/* "should speak with one voice": a cue phrase ending in a comitative
 * word ("with") whose object is no actor; its subject list is not
 * paired */
static bool comitative_object(const ctx *c, const char *t, int ci)
{
	const elem *x = &c->el[ci];
	size_t a = x->end;
	while (a > x->start && t[a - 1] != ' ')
		a--;
	return a > x->start &&
	       span_role(c->lx, t, a, x->end, LX_PREP_COMITATIVE) &&
	       (size_t)ci + 1 < c->n_el && !is_participant(&c->el[ci + 1]);
}

static erg_status analyze_sentence(ctx *c, const para_buf *P, size_t s0,
				   size_t s1, size_t mi, size_t mj)
{
	const char *t = P->text.data;
	bool any_cue = false, any_title = false;
	bool rel_here = false; /* last_rel set in this sentence */
	bool motion_here = false; /* motion_rel set in this sentence */
	int spons_el;
	char date[11];
	bool has_date;
	char dmain[11], cdate[11]; /* the main clauses' date, a clause's */
	bool has_main = false;
	int *cue_src = NULL;
	int cue_src1[64]; /* cue_src of a sentence of up to 63 elements */
	int listed[ERG_KIND__COUNT]; /* lists of each kind made here */
	long long off;
	erg_status st = ERG_OK;

	c->sent_what = 0;
	for (size_t i = mi; i < mj; i++) {
		const lx_match *mt = &c->m.items[i];
		uint32_t what = c->lx->ac.key_info[mt->key].what;
		int bit = 0;
		c->sent_what |= what;
		if (!(what & ((1u << LX_CUE) | (1u << LX_SPONSOR) |
			      (1u << LX_TITLE) | (1u << LX_ELLIPSIS))))
			continue;
		/* (not erg__lx_entry_next: entries past the 32nd, which no
		 * bit of `ok` covers, count here too) */
		for (uint32_t e = c->lx->key_first[mt->key]; e != LX_NONE;
		     e = c->lx->entries[e].next, bit++) {
			if (bit < 32 && !(mt->ok & (1u << bit)))
				continue;
			if (c->lx->entries[e].what == LX_CUE ||
			    c->lx->entries[e].what == LX_SPONSOR)
				any_cue = true;
			/* an ellipsis phrase matters right after a name
			 * ("Sweden followed"), once a relation was made */
			if (c->lx->entries[e].what == LX_ELLIPSIS &&
			    c->last_rel.n && i > mi &&
			    (c->lx->ac.key_info[c->m.items[i - 1].key].what &
			     (1u << LX_ACTOR)) &&
			    c->m.items[i - 1].end + 1 >= mt->start)
				any_cue = true;
			if (c->lx->entries[e].what == LX_TITLE)
				any_title = true;
		}
	}
	if (!c->topic_done)
		find_topic(c, t, s0, s1, mi, mj);
	c->n_sent++;
	c->opener[0] = c->opener[1];
	c->opener[1] = sentence_opener(c, t, s0, s1, mi, mj);
	if (!any_cue && !any_title) {
		if (note_mentions(c, mi, mj))
			return nomem(c);
		/* a list named by apposition in a sentence with no cue
		 * ("The co-chairs, A and B, opened the session."): only
		 * when a name follows "NOUN, " with a `prep group` noun */
		for (size_t i = mi; i < mj; i++) {
			const lx_match *mt = &c->m.items[i];
			size_t we, ws;
			if (mt->start < s0 + 3 || t[mt->start - 2] != ',' ||
			    !(c->lx->ac.key_info[mt->key].what &
			      (1u << LX_ACTOR)))
				continue;
			we = ws = mt->start - 2;
			while (ws > s0 && isalpha((unsigned char)t[ws - 1]))
				ws--;
			if (!span_role(c->lx, t, ws, we, LX_PREP_GROUP))
				continue;
			if ((st = build_elements(c, t, s0, s1, mi, mj)))
				return st;
			for (size_t k = 0; k + 1 < c->n_el; k++)
				if (c->el[k].kind == E_DET &&
				    c->el[k + 1].kind == E_WORD)
					group_alias(c, t, k);
			break;
		}
		/* an untitled name may be introduced here and called by
		 * its last word in a later sentence with a cue */
		if (note_names(c, t, s0, s1, mi, mj))
			return nomem(c);
		return ERG_OK;
	}
	if ((st = build_elements(c, t, s0, s1, mi, mj)))
		return st;
	has_date = find_date(c, t, 0, (int)c->n_el, DATE_ANY, date);
	if ((st = resolve_persons(c, t, has_date ? date : undated_date(c),
				  any_title)) ||
	    (st = build_groups(c, t)))
		return st;
	/* (the clauses are known now: see dt below) */
	if (has_date)
		has_main = find_date(c, t, 0, (int)c->n_el, DATE_MAIN, dmain);
	if (erg__grow((void **)&c->gr_used, &c->cap_used, c->n_gr + 1,
		      sizeof(*c->gr_used)))
		return nomem(c);
	memset(c->gr_used, 0, (c->n_gr + 1) * sizeof(*c->gr_used));
	spons_el = note_sponsors(c);
	off = para_raw(P, s0);
	c->n_seen = 0;
	if (c->n_el < 64)
		cue_src = cue_src1;
	else if (!(cue_src = malloc((c->n_el + 1) * sizeof(int))))
		return nomem(c);
	for (size_t i = 0; i < c->n_el; i++)
		cue_src[i] = -1;
	for (size_t i = 0; i < c->n_el; i++)
		if (c->el[i].kind == E_CUE &&
		    /* (a verb glued by a hyphen to a lower-case word is
		     * part of a compound: "counter-terrorism") */
		    ((c->lx->cues[c->el[i].ref].verb &&
		      t[c->el[i].end] == '-' &&
		      t[c->el[i].end + 1] >= 'a' &&
		      t[c->el[i].end + 1] <= 'z') ||
		     dud_cue(c, t, (int)i))) {
			uint32_t r;
			/* (a modality word stays one: "revoked an
			 * agreement" negates it) */
			if (match_has(c, &c->el[i], LX_MODAL, &r)) {
				c->el[i].kind = E_MODAL;
				c->el[i].ref = r;
			} else {
				c->el[i].kind = E_WORD;
			}
		}

	for (size_t ci = 0; ci < c->n_el; ci++) {
		const elem *x = &c->el[ci];
		const lx_cue *cue;
		slot_hit S = { -1, false, false, NULL, NULL, false, false };
		slot_hit T = { -1, false, false, NULL, NULL, false, false };
		bool passive = false, reaction = false;
		int deed_at;
		size_t type;
		bool directed;
		erg_modality mod;
		const char *mc = NULL;
		size_t ms = 0, me = 0;
		const char *dt;
		char how[160];

		uint32_t alts[8];
		int n_alts = 0, alt = 0, sp, ev_g, accused = -1, T2 = -1;
		size_t before;
		if (x->ellip ||
		    (rel_here && is_participant(x) && x->group >= 0 &&
		     (c->gr[x->group].first == (int)ci ||
		      (c->gr[x->group].first == (int)ci - 1 &&
		       c->el[ci - 1].kind == E_DET)))) {
			if ((st = ellipsis(c, t, s0, s1, off, (int)ci,
					   !x->ellip, rel_here,
					   has_date ? date : undated_date(c))))
				goto done;
			continue;
		}
		if (x->kind != E_CUE)
			continue;
		/* a phrase may be several cues (noun and verb): try each */
		{
			const lx_match *mt = x->match < c->m.n
						 ? &c->m.items[x->match]
						 : NULL;
			if (mt) {
				lx_entry_it it = LX_ENTRY_IT(c->lx, mt);
				for (const lx_entry *en;
				     n_alts < 8 && (en = erg__lx_entry_next(&it));)
					if (en->what == LX_CUE)
						alts[n_alts++] = en->ref;
			}
			if (!n_alts)
				alts[n_alts++] = x->ref;
			/* after a determiner ("the continued attacks") a
			 * phrase is a noun: drop its verb readings */
			if (n_alts > 1) {
				int k = (int)ci - 1, words = 0, w = 0;
				bool noun = false;
				while (k >= 0 && words < 2 &&
				       c->el[k].kind == E_WORD &&
				       !c->el[k].upper) {
					k--;
					words++;
				}
				for (int a = 0; a < n_alts; a++)
					if (!c->lx->cues[alts[a]].verb)
						noun = true;
				/* (or after a verb, adjectives between or
				 * not: "opposed unilateral sanctions",
				 * "criticised attacks on X") */
				/* (not with an actor right after it: "denied
				 * backing M23" is a verb, a noun takes a
				 * preposition) */
				if (noun && k >= 0 &&
				    (c->el[k].kind == E_DET ||
				     /* (a possessive: "Moscow's support
				      * for Belgrade") */
				     c->el[k].kind == E_POSS ||
				     (c->el[k].kind == E_CUE &&
				      c->lx->cues[c->el[k].ref].verb &&
				      !(words == 0 && ci + 2 < c->n_el &&
					(is_participant(&c->el[ci + 1]) ||
					 (c->el[ci + 1].kind == E_DET &&
					  is_participant(&c->el[ci + 2]))))))) {
					for (int a = 0; a < n_alts; a++)
						if (!c->lx->cues[alts[a]].verb)
							alts[w++] = alts[a];
					n_alts = w;
				}
			}
		}
		/* "Western sanctions and the freezing of assets": before a
		 * coordinating word and no verb, a phrase is a noun */
		if (n_alts > 1 && ci + 2 < c->n_el &&
		    c->el[ci + 1].kind == E_COORD &&
		    !(c->el[ci + 2].kind == E_CUE &&
		      verb_reading(c, &c->el[ci + 2]))) {
			int w = 0;
			for (int a = 0; a < n_alts; a++)
				if (!c->lx->cues[alts[a]].verb)
					alts[w++] = alts[a];
			if (w)
				n_alts = w;
		}
		/* "a UN-backed security mission": a verb form glued by a
		 * hyphen to the word before is an adjective, whose object
		 * is the actor right after it or nobody ("the
		 * Algerian-backed Polisario Front" is backed by Algeria) */
		if (x->start > 1 && t[x->start - 1] == '-' &&
		    t[x->start - 2] != ' ' &&
		    !(ci + 1 < c->n_el && is_participant(&c->el[ci + 1]))) {
			int w = 0;
			for (int a = 0; a < n_alts; a++)
				if (!c->lx->cues[alts[a]].verb)
					alts[w++] = alts[a];
			if (!w)
				continue;
			n_alts = w;
		}
		/* "would visit Moscow": right after a modal a phrase is a
		 * verb: drop its noun readings */
		/* (so is one with an actor right after it: "will
		 * reportedly visit Moscow"; a noun takes a preposition) */
		if (n_alts > 1 &&
		    ((ci > 0 && c->el[ci - 1].kind == E_MODAL) ||
		     (ci + 1 < c->n_el && is_participant(&c->el[ci + 1]) &&
		      c->el[ci + 1].start == x->end + 1))) {
			int w = 0;
			for (int a = 0; a < n_alts; a++)
				if (c->lx->cues[alts[a]].verb)
					alts[w++] = alts[a];
			if (w)
				n_alts = w;
		}
		/* "a banned organisation": a verb form between a
		 * determiner and a noun is an adjective (after "its" it is
		 * a noun: "its transfers of missiles") */
		if (n_alts == 1 && c->lx->cues[alts[0]].verb && ci > 0 &&
		    c->el[ci - 1].kind == E_DET &&
		    !match_has(c, &c->el[ci - 1], LX_POSSPRON,
			       &(uint32_t){ 0 }) &&
		    ci + 1 < c->n_el &&
		    c->el[ci + 1].kind == E_WORD && !c->el[ci + 1].upper &&
		    !c->el[ci + 1].digits)
			continue;
		/* "air strikes on suspected smugglers": a verb form right
		 * after a noun cue's target preposition is an adjective */
		if (n_alts == 1 && c->lx->cues[alts[0]].verb && ci >= 2 &&
		    c->el[ci - 1].kind == E_WORD && !c->el[ci - 1].upper &&
		    c->el[ci - 2].kind == E_CUE &&
		    !c->lx->cues[c->el[ci - 2].ref].verb) {
			const lx_cue *nc = &c->lx->cues[c->el[ci - 2].ref];
			bool prep = false;
			for (int q = 0; q < nc->n_tgt; q++)
				prep |= nc->tgt[q].kind == LX_SLOT_PREP &&
					span_is(t, c->el[ci - 1].start,
						c->el[ci - 1].end,
						nc->tgt[q].word);
			if (prep)
				continue;
		}
		/* a verb form inside a noun phrase (a determiner and
		 * lower-case words before it) is no verb: "a new gas supply
		 * deal" (a noun cue right after: a modifier), "a threat to
		 * its water supply." (ending its clause: a noun) */
		if (n_alts == 1 && c->lx->cues[alts[0]].verb) {
			bool noun_next = ci + 1 < c->n_el &&
					 c->el[ci + 1].kind == E_CUE &&
					 !c->lx->cues[c->el[ci + 1].ref].verb;
			bool ends = ci + 1 >= c->n_el ||
				    (c->el[ci + 1].kind == E_PUNCT &&
				     c->el[ci + 1].punct != '-') ||
				    c->el[ci + 1].clause != x->clause;
			if ((noun_next && det_words_before(c, (int)ci, 3)) ||
			    (ends && det_words_before(c, (int)ci, 2)))
				continue;
		}
		/* "a normalisation deal with Israel": of two nouns in a row
		 * the first says the kind; the second is a word */
		if (!c->lx->cues[alts[0]].verb && ci + 1 < c->n_el &&
		    c->el[ci + 1].kind == E_CUE &&
		    !c->lx->cues[c->el[ci + 1].ref].verb &&
		    c->el[ci + 1].start == x->end + 1) {
			uint32_t r;
			if (!match_has(c, &c->el[ci + 1], LX_CUE, &r) ||
			    !c->lx->cues[r].verb)
				c->el[ci + 1].kind = E_WORD;
		}
	next_alt:
		/* each reading starts afresh: a noun reading that found a
		 * subject but no target leaves nothing for the verb's
		 * passive test ("Putin is likely to visit China") */
		S = (slot_hit){ -1, false, false, NULL, NULL, false, false };
		T = S;
		passive = false;
		before = c->n_seen;
		c->el[ci].ref = alts[alt];
		cue = &c->lx->cues[x->ref];
		type = c->type_of_cue[x->ref];
		/* "called the move a threat": no verdict, no relation;
		 * "the largest buyer of Russian oil": no arms */
		if (cue->need &&
		    !need_after(c, t, (int)ci, cue->need - 1,
				cue->need - 1 == LX_PREP_VERDICT
				    ? 10
				    : (size_t)cue->window + 8)) {
			if (++alt < n_alts)
				goto next_alt;
			if (cue->need - 1 != LX_PREP_VERDICT)
				c->el[ci].kind = E_WORD;
			continue;
		}
		directed = erg_types_get(erg_graph_types(c->g), type)->directed;
		/* passive: "Y was supplied by X" */
		if (cue->verb) {
			for (int k = (int)ci - 1; k >= 0 && k >= (int)ci - 3;
			     k--) {
				if (c->el[k].kind == E_PASSIVE) {
					passive = true;
					break;
				}
				if (!(c->el[k].kind == E_WORD ||
				      c->el[k].kind == E_MODAL))
					break;
			}
			/* "a ceremony hosted by X": a participle right
			 * before the agent word is passive too */
			if (ci + 1 < c->n_el && c->el[ci + 1].kind == E_WORD &&
			    span_role(c->lx, t, c->el[ci + 1].start,
				      c->el[ci + 1].end, LX_PREP_AGENT))
				passive = true;
			/* (an adverb between: "funded largely by X") */
			if (ci + 3 < c->n_el && c->el[ci + 1].kind == E_WORD &&
			    !c->el[ci + 1].upper && !c->el[ci + 1].digits &&
			    !c->el[ci + 1].deed && !c->el[ci + 1].nonstate &&
			    c->el[ci + 2].kind == E_WORD &&
			    span_role(c->lx, t, c->el[ci + 2].start,
				      c->el[ci + 2].end, LX_PREP_AGENT) &&
			    (is_participant(&c->el[ci + 3]) ||
			     (c->el[ci + 3].kind == E_DET && ci + 4 < c->n_el &&
			      is_participant(&c->el[ci + 4]))))
				passive = true;
		}
		if (passive) {
			lx_slot subj = { LX_SLOT_SUBJ, NULL };
			for (size_t k = 0;
			     k < c->lx->n_preps[LX_PREP_AGENT] && S.group < 0;
			     k++) {
				lx_slot by = { LX_SLOT_PREP,
					       c->lx->preps[LX_PREP_AGENT][k] };
				S = find_slot(c, t, (int)ci, &by, -1, cue_src);
			}
			if (S.group >= 0) {
				T = find_slot(c, t, (int)ci, &subj, S.group,
					      cue_src);
				/* "X's accession was welcomed by Sweden and
				 * criticised by Russia": the agent of the
				 * passive verb before is no subject; that
				 * verb's subject is */
				if (T.group >= 0 && c->gr[T.group].first > 1 &&
				    c->el[c->gr[T.group].first - 1].kind ==
					    E_WORD &&
				    span_role(c->lx, t,
					      c->el[c->gr[T.group].first - 1]
						      .start,
					      c->el[c->gr[T.group].first - 1].end,
					      LX_PREP_AGENT) &&
				    c->el[c->gr[T.group].first - 2].kind ==
					    E_CUE &&
				    c->lx->cues[c->el[c->gr[T.group].first - 2]
							.ref]
					    .verb &&
				    c->gr[T.group].last + 2 == (int)ci &&
				    c->el[ci - 1].kind == E_COORD)
					T = find_slot(c, t,
						      c->gr[T.group].first - 2,
						      &subj, S.group, cue_src);
				/* "The treaty was signed by Armenia and
				 * Azerbaijan": the text of an undirected
				 * relation signed by two or more is theirs,
				 * not the dyad in focus */
				if (T.group >= 0 && c->gr[S.group].n >= 2 &&
				    c->el[c->gr[T.group].first].kind ==
					    E_COLLECTIVE &&
				    !erg_types_get(erg_graph_types(c->g), type)
					     ->directed) {
					T.group = -1;
					T.how = NULL;
				}
				S.how = "passive agent";
			} else {
				passive = false;
			}
		}
		if (!passive) {
			for (int k = 0; k < cue->n_src && S.group < 0 &&
					!S.topic;
			     k++)
				S = find_slot(c, t, (int)ci, &cue->src[k], -1,
					      cue_src);
			for (int k = 0; k < cue->n_tgt && T.group < 0 &&
					!T.focus && !T.topic;
			     k++)
				T = find_slot(c, t, (int)ci, &cue->tgt[k],
					      S.group, cue_src);
		}
		/* "Sweden's NATO membership", "Turkey's EU accession
		 * talks": a noun whose modifier is its possessive slot's
		 * actor, after another possessive, relates that possessor
		 * (source) to the modifier (target) */
		if (!cue->verb && S.group >= 0 && T.group < 0 && !T.focus &&
		    S.how && !strcmp(S.how, "possessive/modifier")) {
			int f = c->gr[S.group].first;
			if (c->gr[S.group].last + 1 == (int)ci && f >= 2 &&
			    c->el[f - 1].kind == E_POSS &&
			    is_participant(&c->el[f - 2]) &&
			    c->el[f - 2].group >= 0 &&
			    c->el[f - 2].group != S.group) {
				T.group = S.group;
				T.how = "modifier";
				T.topic = false;
				S.group = c->el[f - 2].group;
				S.how = "possessive before a modifier";
			}
		}
		/* a source slot that is the document's topic, unnamed in
		 * the sentence ("Venezuela was suspended in 2016" in an
		 * article about a bloc) */
		if (S.group < 0 && S.topic) {
			if ((S.group = extra_group(c, c->topic, (int)ci)) < 0) {
				st = nomem(c);
				goto done;
			}
			S.topic = false;
			if (T.group >= 0 && c->gr[T.group].n == 1 &&
			    c->gr[T.group].m[0] == c->topic)
				T.group = -1;
		}
		/* "deployed troops to the Ukrainian border", "stationed
		 * troops on Lebanon's border": a basing cue's host after
		 * its preposition is no modifier of a place noun */
		if (cue->need == LX_PREP_BASING + 1 && T.group >= 0 &&
		    T.how && !strcmp(T.how, "preposition") &&
		    place_modifier(c, T.group))
			T.group = -1;
		/* "voted against the resolution and Chile abstained": the
		 * object is the text, not an actor after it */
		if (cue->verb && T.group >= 0 && T.how &&
		    !strcmp(T.how, "object") && object_is_motion(c, (int)ci))
			T.group = -1;
		/* "each government accused the other of violating the X
		 * treaty": the reciprocal is the object */
		if (cue->verb && ci + 1 < c->n_el && c->el[ci + 1].recip &&
		    S.group >= 0 && c->gr[S.group].n >= 2)
			T.group = -1;
		/* "Albanese met Xi, as the two countries work to repair
		 * relations": the members of a subject list of an
		 * undirected type are the sides; an actor near the cue
		 * that belongs to one of them is no third side ("a
		 * trilateral model that includes Beijing" is one) */
		if (!directed && S.group >= 0 && c->gr[S.group].n >= 2 &&
		    T.group >= 0 && T.how && !strcmp(T.how, "nearest actor") &&
		    c->gr[T.group].n == 1 &&
		    group_has_state(c, S.group,
				    who_state(c, c->gr[T.group].m[0]))) {
			T.group = -1;
			T.how = NULL;
		}
		/* "X signed a partnership with Y in 2022, and Z visited the
		 * following year": a friendly undirected verb with no
		 * object of its own has the target of the sentence's
		 * relation before */
		if (cue->verb && !passive && rel_here && S.group >= 0 &&
		    c->gr[S.group].n == 1 &&
		    T.group < 0 && !T.focus && !T.topic && !directed &&
		    erg_types_get(erg_graph_types(c->g), type)->polarity > 0 &&
		    !verb_has_object(c, (int)ci) &&
		    !target_word_after(c, t, (int)ci) &&
		    !((size_t)ci + 1 < c->n_el &&
		      (is_participant(&c->el[ci + 1]) ||
		       c->el[ci + 1].kind == E_CUE)) &&
		    c->last_rel.n == 1 &&
		    who_state(c, c->gr[S.group].m[0]) != c->last_rel.t[0]) {
			int g = extra_group(c, c->last_rel.t[0], (int)ci + 1);
			if (g < 0) {
				st = nomem(c);
				goto done;
			}
			T.group = g;
			T.how = "target of the relation before";
		}
		/* "In a letter to the Security Council, X said ...": the
		 * subject after an opening phrase */
		if (!cue->verb && S.group < 0 && !S.focus && !S.topic &&
		    erg_types_get(erg_graph_types(c->g), type)->polarity >= 0) {
			int g = fronted_subject(c, (int)ci, T.group);
			if (g >= 0) {
				S.group = g;
				S.how = fronted_how;
			}
		}
		/* "Russia criticized the move": a reaction to an earlier
		 * act */
		reaction = false;
		/* (passive: "The decision was condemned by X") */
		deed_at = (int)ci + 1;
		if (passive) {
			int k = (int)ci - 1, n = 0;
			while (k > 0 && n < 3 &&
			       (c->el[k].kind == E_PASSIVE ||
				c->el[k].kind == E_MODAL ||
				(c->el[k].kind == E_WORD && !c->el[k].upper &&
				 !c->el[k].deed))) {
				k--;
				n++;
			}
			deed_at = k >= 0 && k < (int)ci - 1 && c->el[k].deed &&
					  c->el[k].clause == c->el[ci].clause
				      ? k
				      : -1;
		} else if (S.group >= 0 && c->gr[S.group].first >= 2) {
			/* "France sold jets to India, a move (that)
			 * Pakistan condemned": the deed in apposition
			 * before the subject of an object relative */
			int k = c->gr[S.group].first - 1;
			bool gap = true;
			for (int q = c->gr[S.group].last + 1; q < (int)ci; q++)
				gap &= c->el[q].kind == E_MODAL ||
				       (c->el[q].kind == E_WORD &&
					!c->el[q].upper);
			if (k > 0 && c->el[k].kind == E_RELATIVE)
				k--;
			if (gap && k >= 1 && c->el[k].deed &&
			    c->el[k - 1].kind == E_PUNCT &&
			    c->el[k - 1].punct == ',' &&
			    !is_participant(&c->el[ci + 1 < c->n_el ? ci + 1
								     : ci]) &&
			    act_here(c, deed_target(c, t, k, S.group, type)))
				deed_at = k;
		}
		/* "X severed relations with Morocco, accusing it of ...": an
		 * object pronoun after the target of an earlier relation of
		 * the sentence with the same source (one actor) is that
		 * target ("Armenia left the CSTO, citing Russia's failure to
		 * defend it" is not Russia's defence of the CSTO) */
		if (cue->verb && !passive && T.group < 0 && !T.focus &&
		    S.group >= 0 && ci + 1 < c->n_el &&
		    !is_participant(&c->el[ci + 1]) &&
		    match_has(c, &c->el[ci + 1], LX_PRONOUN,
			      &(uint32_t){ 0 })) {
			for (size_t f = 0; f < c->n_gr; f++) {
				bool same = false;
				if (c->gr[f].last >= (int)ci ||
				    !(c->gr_used[f] & GR_TGT) ||
				    c->gr[f].event || c->gr[f].n != 1 ||
				    (int)f == S.group)
					continue;
				for (size_t r = 0; r < c->n_seen && !same; r++)
					for (int a = 0; a < c->gr[S.group].n;
					     a++)
						same |= c->seen[r].t ==
								c->gr[f].m[0] &&
							c->seen[r].s ==
								c->gr[S.group]
									.m[a];
				if (same) {
					T.group = (int)f;
					T.how = "object pronoun (the latest "
						"target)";
				}
			}
		}
		if (cue->verb && (!passive || deed_at >= 0) && T.group < 0 &&
		    !T.focus && S.group >= 0 && directed &&
		    erg_types_get(erg_graph_types(c->g), type)->polarity != 0) {
			if ((T.group = reaction_group(c, t, (int)ci, deed_at,
						      S.group, type)) < -1) {
				st = nomem(c);
				goto done;
			}
			if (T.group >= 0) {
				T.how = "the act reacted to";
				reaction = true;
			}
		}
		/* "urged both parties to negotiate": a demand made of both
		 * sides (a cue that is a modality word too) sets neither
		 * against the other */
		if (T.group >= 0 &&
		    c->el[c->gr[T.group].first].kind == E_COLLECTIVE) {
			uint32_t mref;
			if (match_has(c, x, LX_MODAL, &mref))
				T.group = -1;
		}
		/* "accused Belgrade of arming ... and of sheltering ...":
		 * the deed after "of" is the accused's, and alleged */
		if (cue->verb && !passive &&
		    (accused = accused_of(c, t, (int)ci)) >= 0) {
			S.group = accused;
			S.how = "the accused";
			if (T.group == accused)
				T.group = -1;
			/* "accused China of ramming its vessels": the
			 * possessive after the deed's verb is the accuser's */
			if (T.group < 0 && !T.focus && ci + 1 < c->n_el &&
			    c->el[ci + 1].kind == E_DET &&
			    match_has(c, &c->el[ci + 1], LX_POSSPRON,
				      &(uint32_t){ 0 }))
				for (int q = (int)ci - 2; q >= 0; q--)
					if (c->el[q].kind == E_CUE) {
						if (cue_src[q] >= 0 &&
						    cue_src[q] != accused) {
							T.group = cue_src[q];
							T.how = "the accuser "
								"(possessive)";
						}
						break;
					}
		} else if (accused == -2) {
			S.group = -1;
		}
		/* "the Houthis, whom Tehran supplies with missiles": in a
		 * relative clause with a subject of its own, a verb with no
		 * object has the antecedent as object */
		if (cue->verb && !passive && S.group >= 0 && T.group < 0 &&
		    !T.focus && x->clause >= REL_CLAUSE &&
		    x->clause < REL_TIGHT && S.how &&
		    !strcmp(S.how, "subject") &&
		    /* (the clause's first verb: "the EU, which has
		     * funded X's efforts to shelter refugees" is a
		     * relative whose subject is the antecedent) */
		    first_verb_of_clause(c, (int)ci)) {
			int a = clause_subject(c, (int)ci, x->clause, cue_src);
			if (a >= 0 && a != S.group) {
				T.group = a;
				T.how = "antecedent of the relative";
			}
			/* "Iran's attack against Israel, which the EU
			 * condemned", "X supplied drones to Y, which the
			 * EU condemned": a hostile verb reacts to the act
			 * that ends at the antecedent, so its target is the
			 * act's agent, not the act's object */
			if (a >= 0 &&
			    erg_types_get(erg_graph_types(c->g), type)
				    ->polarity < 0) {
				int ag = act_agent(c, c->gr[a].first, cue_src);
				if (ag >= 0 && ag != a && ag != S.group) {
					T.group = ag;
					T.how = "agent of the act (relative)";
				}
			}
		}
		/* reported speech: "X said that ... supports Y": with no
		 * source of its own, a cue after a speech phrase takes the
		 * speaker (the group before the phrase) */
		sp = speech_before(c, t, (int)ci);
		if (S.group < 0 && !S.focus && sp >= 0) {
			S.group = nearest_group_before(c, sp,
						       c->el[sp].clause - 1);
			S.how = "speaker";
			if (S.group >= 0 && S.group == T.group)
				S.group = -1;
			/* "X said it regretted the move" */
			if (cue->verb && !passive && S.group >= 0 &&
			    T.group < 0 && !T.focus && directed &&
			    erg_types_get(erg_graph_types(c->g), type)
				    ->polarity != 0) {
				if ((T.group = reaction_group(
					 c, t, (int)ci, (int)ci + 1, S.group,
					 type)) < -1) {
					st = nomem(c);
					goto done;
				}
				if (T.group >= 0) {
					T.how = "the act reacted to";
					reaction = true;
				}
			}
		}
		/* "1. Condemns the repression in X": a numbered paragraph
		 * of a resolution opens with its verb; the body of its
		 * preamble ("The European Parliament,"), or of "We,",
		 * speaks */
		/* (not a noun after a verb cue: in "Strongly condemns the
		 * terrorist attack on the Kosovo Police" the speaker made
		 * no attack) */
		if (S.group < 0 && !S.focus && c->self != WHO_NONE &&
		    opens_without_subject(c, (int)ci) &&
		    (cue->verb || !verb_cue_before(c, (int)ci))) {
			int g = extra_group(c, c->self, (int)ci);
			if (g < 0) {
				st = nomem(c);
				goto done;
			}
			S.group = g;
			S.how = "speaker of the document";
		}
		/* "Ties with Pakistan are also warming": a friendly noun
		 * opening the sentence with one actor after "with" and
		 * nobody else named has the actor the document is about
		 * (see doc_hub) as its other side */
		if (!cue->verb && ci == 0 && S.group < 0 && !S.focus &&
		    T.group >= 0 && c->gr[T.group].n == 1 && T.word &&
		    word_role(c->lx, T.word, LX_PREP_COMITATIVE) &&
		    erg_types_get(erg_graph_types(c->g), type)->polarity > 0) {
			who_t hub = doc_hub(c);
			bool alone = true;
			for (size_t k = 0; k < c->n_el; k++)
				alone &= !is_participant(&c->el[k]) ||
					 c->el[k].group == T.group;
			if (alone && hub != WHO_NONE &&
			    hub != c->gr[T.group].m[0] &&
			    who_kind(c, hub) == ERG_KIND_STATE) {
				if ((S.group = extra_group(c, hub, (int)ci)) < 0) {
					st = nomem(c);
					goto done;
				}
				S.how = "the actor the document is about";
			}
		}
		/* "relations between X and Y deteriorated": a friendly noun
		 * whose own phrase is the subject of a hostile verb takes
		 * the verb's type (and the verb says no more) */
		if (!cue->verb && (S.group >= 0 || T.group >= 0) &&
		    erg_types_get(erg_graph_types(c->g), type)->polarity > 0) {
			int k = (int)ci + 1;
			while ((size_t)k < c->n_el &&
			       c->el[k].clause == x->clause &&
			       c->el[k].kind != E_CUE &&
			       (!is_participant(&c->el[k]) ||
				c->el[k].group == T.group ||
				c->el[k].group == S.group)) {
				/* "... obligation and India has resisted":
				 * another clause, not the noun's verb */
				if (c->el[k].kind == E_COORD &&
				    !(T.group >= 0 &&
				      k > c->gr[T.group].first &&
				      k < c->gr[T.group].last))
					break;
				k++;
			}
			/* the verb follows the phrase (an auxiliary and an
			 * adverb may stand between: "ties have soured",
			 * "ties have since deteriorated") */
			int p = k - 1;
			for (int n = 0; n < 2 && p > (int)ci &&
					(c->el[p].kind == E_PASSIVE ||
					 (c->el[p].kind == E_WORD &&
					  !c->el[p].upper));
			     n++)
				p--;
			if ((size_t)k < c->n_el && c->el[k].kind == E_CUE &&
			    c->el[k].clause == x->clause &&
			    /* "In a letter to X, Y warned ...": the verb's
			     * subject is Y, not the letter */
			    !(S.how && !strcmp(S.how, fronted_how)) &&
			    (p == (int)ci || (is_participant(&c->el[p]) &&
					      c->el[p].group >= 0)) &&
			    c->lx->cues[c->el[k].ref].verb &&
			    /* "the agreement alarmed Canberra" is no
			     * change of the agreement's relation */
			    !verb_has_object(c, k) &&
			    /* nor is a reaction verb's, whose subject is
			     * its target ("X's ties with Y have raised
			     * alarm in Z") */
			    !reaction_verb(&c->lx->cues[c->el[k].ref]) &&
			    !((size_t)k + 1 < c->n_el &&
			      is_participant(&c->el[k + 1])) &&
			    /* nor a passive with an actor as agent ("X's
			     * arms sales to Y were condemned by Z": Z's
			     * reaction, read when the verb's turn comes) */
			    !agent_after(c, t, k) &&
			    erg_types_get(erg_graph_types(c->g),
					  c->type_of_cue[c->el[k].ref])
				    ->polarity < 0) {
				type = c->type_of_cue[c->el[k].ref];
				directed = erg_types_get(erg_graph_types(c->g),
							 type)
					       ->directed;
				c->el[k].kind = E_OTHER;
			}
		}
		/* "Eritrea joined Egypt and Somalia in a security pact":
		 * after a verb of neutral polarity the noun after the
		 * object gives the type */
		if (cue->verb && S.group >= 0 && T.group >= 0 &&
		    !T.between &&
		    erg_types_get(erg_graph_types(c->g), type)->polarity == 0) {
			size_t k = (size_t)c->gr[T.group].last + 1;
			int words = 0;
			if (k < c->n_el && c->el[k].kind == E_LOCATIVE) {
				k++;
				while (k < c->n_el && words < 3 &&
				       (c->el[k].kind == E_DET ||
					(c->el[k].kind == E_WORD &&
					 !c->el[k].upper))) {
					k++;
					words++;
				}
				if (k < c->n_el && c->el[k].kind == E_CUE &&
				    !c->lx->cues[c->el[k].ref].verb) {
					const erg_types *ty =
					    erg_graph_types(c->g);
					type = c->type_of_cue[c->el[k].ref];
					directed =
					    erg_types_get(ty, type)->directed;
					c->el[k].kind = E_OTHER;
				}
			}
		}
		/* "called on the Security Council to extend ...": an
		 * appeal to a body is of the cue's `body` type */
		if (c->alt_of_cue[x->ref].body != SIZE_MAX && T.group >= 0) {
			bool bodies = true;
			for (int a = 0; a < c->gr[T.group].n; a++)
				bodies &= who_kind(c, c->gr[T.group].m[a]) ==
					  ERG_KIND_ORGANIZATION;
			if (bodies) {
				type = c->alt_of_cue[x->ref].body;
				directed = erg_types_get(erg_graph_types(c->g),
							 type)
						   ->directed;
			}
		}
		/* "urged the Taliban to attend", "called on the leaders to
		 * meet": a demand to do something conciliatory (`prep
		 * conciliatory` after the cue) is of the cue's `soft` type */
		if (c->alt_of_cue[x->ref].soft != SIZE_MAX &&
		    need_after(c, t, (int)ci, LX_PREP_CONCILIATORY,
			       (size_t)cue->window + 8)) {
			type = c->alt_of_cue[x->ref].soft;
			directed = erg_types_get(erg_graph_types(c->g), type)
				       ->directed;
		}
		cue_src[ci] = S.group;
		/* "Egypt bought jets from France and criticised Ethiopia":
		 * of a verb whose subject is its target, the target is
		 * what a verb coordinated after it takes as subject */
		if (cue->verb && S.how && !strncmp(S.how, "preposition", 11) &&
		    T.group >= 0 && T.how && !strcmp(T.how, "subject"))
			cue_src[ci] = T.group;
		if (S.group >= 0)
			c->gr_used[S.group] |= GR_SRC;
		mod = cue_modality(c, t, (int)ci, &mc, &ms, &me);
		if (accused >= 0 && mod == ERG_MOD_REPORTED)
			mod = ERG_MOD_ALLEGED;
		/* the speech phrase's stance also outweighs a future or a
		 * possibility in what it reports ("denied that Putin would
		 * visit" is denied, "claimed that X could" alleged) */
		if ((mod == ERG_MOD_REPORTED || mod == ERG_MOD_PROJECTED ||
		     mod == ERG_MOD_HYPOTHETICAL) &&
		    sp >= 0 && c->el[sp].ref != ERG_MOD_REPORTED) {
			mod = (erg_modality)c->el[sp].ref;
			ms = c->el[sp].start;
			me = c->el[sp].end;
		}
		/* "Serbia does not recognise Kosovo": a stance of the
		 * cue's `negated` type, not a negated relation */
		if (mod == ERG_MOD_NEGATED &&
		    c->alt_of_cue[x->ref].negated != SIZE_MAX) {
			type = c->alt_of_cue[x->ref].negated;
			directed = erg_types_get(erg_graph_types(c->g), type)
				       ->directed;
			mod = ERG_MOD_REPORTED;
		}
		dt = has_date ? date : undated_date(c);
		/* "Seoul and Tokyo agreed to resume their currency swap,
		 * which was suspended in 2015": a date in a relative clause
		 * is that clause's; a relation of another clause has the
		 * main clauses' date, else none */
		if (has_date) {
			int cl = x->clause;
			if (cl >= REL_CLAUSE &&
			    find_date(c, t, 0, (int)c->n_el, cl, cdate))
				dt = cdate;
			else if (has_main && cue_date(c, t, (int)ci, cdate))
				dt = cdate;
			else
				dt = has_main ? dmain : undated_date(c);
		}
		how[0] = '\0';
		if (c->opts && c->opts->explain)
			snprintf(how, sizeof(how), "source: %s; target: %s%s",
				 S.how ? S.how : "-", T.how ? T.how : "-",
				 passive ? " (passive)" : "");
#define REL(a, b)                                                              \
	do {                                                                   \
		if ((st = add_rel(c, t, s0, s1, off, (a), (b), type, mod, dt, \
				  (int)ci, how, ms, me)))                      \
			goto done;                                             \
	} while (0)
		/* the actors an event noun of this type will stand for */
		ev_g = T.between ? T.group : S.group;
		if (!directed && S.group >= 0 && c->gr[S.group].compound &&
		    c->gr[S.group].n >= 2 && !hostile_event_noun(c, (int)ci)) {
			const group *G = &c->gr[S.group];
			for (int a = 0; a < G->n; a++)
				for (int b = a + 1; b < G->n; b++)
					REL(G->m[a], G->m[b]);
		} else if (T.between && T.group >= 0 && c->gr[T.group].n < 2 &&
			   (T2 = between_other(c, T.group)) < 0) {
			/* "relations between Israel and several Arab
			 * states": the other side is nobody named */
		} else if (T.between && T.group >= 0) {
			/* both sides in one list, or "between Saudi
			 * officials and Iranian diplomats": two */
			const group *B = &c->gr[T.group];
			who_t side[PAIRS_MAX + 1];
			int ns = 0;
			for (int a = 0; a < B->n && ns < PAIRS_MAX; a++)
				side[ns++] = B->m[a];
			if (B->n < 2)
				side[ns++] = c->gr[T2].m[0];
			for (int a = 0; a < ns; a++)
				for (int b = directed ? 0 : a + 1; b < ns; b++)
					if (a != b)
						REL(side[a], side[b]);
			/* "Angola mediated between X and Y": the subject of
			 * a verb with each side */
			if (cue->verb && S.group >= 0 && S.group != T.group &&
			    (B->n >= 2 || S.group != T2)) {
				const group *G = &c->gr[S.group];
				for (int a = 0; a < G->n; a++)
					for (int b = 0; b < ns; b++) {
						/* a state or body hosts the
						 * envoys' states ("China
						 * hosted talks between Saudi
						 * adviser X and Y") */
						who_t o = side[b];
						if (who_kind(c, G->m[a]) !=
							ERG_KIND_PERSON &&
						    who_state(c, o) !=
							WHO_NONE)
							o = who_state(c, o);
						if (G->m[a] != o)
							REL(G->m[a], o);
					}
			}
		} else if (S.group >= 0 && T.group < 0 && !T.focus &&
			   cue->verb && c->n_sponsor && directed &&
			   erg_types_get(erg_graph_types(c->g), type)
				   ->polarity != 0 &&
			   object_is_motion(c, (int)ci)) {
			/* "voted against the resolution": against its
			 * sponsors, when the text named them (a directed
			 * type with a sign: not "welcomed the resolution") */
			const group *G = &c->gr[S.group];
			for (int a = 0; a < G->n; a++)
				for (int b = 0; b < c->n_sponsor; b++)
					if (G->m[a] != c->sponsor[b])
						REL(G->m[a], c->sponsor[b]);
		} else if (S.group >= 0 && T.group < 0 && !T.focus && directed &&
			   c->gr[S.group].n >= 2 &&
			   (cue->mutual ||
			    (ci + 1 < c->n_el && c->el[ci + 1].recip))) {
			/* "X and Y accused each other", "the two sides
			 * blamed one another", "X and Y have been at
			 * odds" (a mutual cue): both ways */
			const group *G = &c->gr[S.group];
			for (int a = 0; a < G->n; a++)
				for (int b = 0; b < G->n; b++)
					if (a != b)
						REL(G->m[a], G->m[b]);
		} else if (S.group >= 0 && T.topic) {
			const group *G = &c->gr[S.group];
			for (int a = 0; a < G->n; a++)
				if (G->m[a] != c->topic)
					REL(G->m[a], c->topic);
		} else if (S.group >= 0 && T.focus && !T.dispute && S.how &&
			   !strcmp(S.how, "subject") &&
			   persons_of_pair(c, S.group)) {
			/* "the two foreign ministers, A and B, have exchanged
			 * visits": a subject list of people of both sides of
			 * the dyad in focus relate to each other (not agents:
			 * "trips by A, B, as well as C" went to the other
			 * side) */
			const group *G = &c->gr[S.group];
			for (int a = 0; a < G->n; a++)
				for (int b = a + 1; b < G->n; b++)
					if (who_state(c, G->m[a]) !=
					    who_state(c, G->m[b]))
						REL(G->m[a], G->m[b]);
		} else if (S.group >= 0 && T.focus) {
			const group *G = &c->gr[S.group];
			const who_t *pair = T.dispute ? c->dispute : c->focus;
			for (int a = 0; a < G->n; a++) {
				who_t s = G->m[a];
				const char *aff = who_aff(c, s);
				for (int f = 0; f < 2; f++) {
					who_t o = pair[f];
					if (o == s ||
					    (aff && strcmp(aff, who_id(c, o)) ==
							0))
						continue;
					if (aff || who_kind(c, s) !=
						       ERG_KIND_PERSON)
						REL(s, o);
				}
			}
		} else if (S.group >= 0 && T.group >= 0) {
			const group *G = &c->gr[S.group], *H = &c->gr[T.group];
			for (int a = 0; a < G->n; a++)
				for (int b = 0; b < H->n; b++)
					REL(G->m[a], H->m[b]);
			/* "X and Y exchanged letters with Z": X and Y
			 * too; not for hostile types ("X and Y struck Z"),
			 * a collective ("the three juntas drew closer to
			 * Moscow"), a target after another word ("sent
			 * envoys to Z") or a long list */
			if (!directed && G->n >= 2 && G->n <= PAIRS_MAX &&
			    T.word &&
			    word_role(c->lx, T.word, LX_PREP_COMITATIVE) &&
			    c->el[G->first].kind != E_COLLECTIVE &&
			    erg_types_get(erg_graph_types(c->g), type)
				    ->polarity >= 0)
				for (int a = 0; a < G->n; a++)
					for (int b = a + 1; b < G->n; b++)
						REL(G->m[a], G->m[b]);
		} else if (!directed && S.group >= 0 &&
			   /* (not a noun a list calls for: "A, B and C
			    * called for a ceasefire in Sudan") */
			   !(mod == ERG_MOD_PRESCRIBED && !cue->verb &&
			     c->el[c->gr[S.group].first].kind !=
				     E_COLLECTIVE) &&
			   !verb_has_object(c, (int)ci) &&
			   !target_word_after(c, t, (int)ci) &&
			   !comitative_object(c, t, (int)ci) &&
			   !hostile_event_noun(c, (int)ci) &&
			   !(S.group >= 0 && S.how && !strncmp(S.how, "subject", 7) &&
			     x->start - c->el[c->gr[S.group].last].end >
				 (size_t)cue->window * 12)) {
			/* "X and Y met": each pair, unless the list is a
			 * multilateral gathering ("the G7 ministers of A,
			 * B, C, D, E ... met") */
			const group *G = &c->gr[S.group];
			for (int a = 0; a < G->n && G->n <= PAIRS_MAX; a++)
				for (int b = a + 1; b < G->n; b++)
					REL(G->m[a], G->m[b]);
		}
#undef REL
		(void)mc;
		/* "condemns the attack on a post ...": the condemners wait
		 * for the attack's agent ("The attack was carried out by
		 * X" in the next sentences) */
		if (cue->verb && directed && c->n_seen == before &&
		    S.group >= 0 && T.group < 0 && !T.focus &&
		    erg_types_get(erg_graph_types(c->g), type)->polarity < 0) {
			int k = event_object(c, (int)ci);
			if (k >= 0) {
				const group *G = &c->gr[S.group];
				c->pending.n = 0;
				for (int a = 0; a < G->n; a++)
					c->pending.s[c->pending.n++] = G->m[a];
				c->pending.type = type;
				c->pending.ev_type = c->type_of_cue[c->el[k].ref];
				c->pending.sent = c->n_sent;
				c->pending.mod = mod;
			}
		}
		if (!cue->verb && c->pending.n && S.group >= 0 && S.word &&
		    word_role(c->lx, S.word, LX_PREP_AGENT) &&
		    type == c->pending.ev_type &&
		    c->n_sent - c->pending.sent <= 2) {
			const group *G = &c->gr[S.group];
			for (int p = 0; p < c->pending.n; p++)
				for (int a = 0; a < G->n; a++)
					if ((st = add_rel(
						 c, t, s0, s1, off, c->pending.s[p],
						 G->m[a], c->pending.type,
						 c->pending.mod, dt, (int)ci,
						 "the condemned event's agent",
						 ms, me)))
						goto done;
			c->pending.n = 0;
		}
		/* "a resolution censuring Iran": what the text does, for
		 * its sponsors */
		if (c->n_seen > before && ci > 0 && c->el[ci - 1].motion &&
		    directed) {
			c->motion_rel.n = 0;
			for (size_t i = before;
			     i < c->n_seen && c->motion_rel.n < GROUP_MAX; i++)
				c->motion_rel.t[c->motion_rel.n++] =
				    c->seen[i].t;
			c->motion_rel.type = type;
			c->motion_rel.mod = mod;
			c->motion_rel.cue = x->ref;
			motion_here = true;
		}
		if (c->n_seen == before && ++alt < n_alts)
			goto next_alt;
		/* "a treaty providing for mutual assistance": a cue that
		 * needs a word after it (`need=`, not a verdict) and related
		 * nobody is a plain word, no cue between a later cue and its
		 * actors */
		if (c->n_seen == before && cue->need &&
		    cue->need - 1 != LX_PREP_VERDICT)
			c->el[ci].kind = E_WORD;
		if (c->n_seen > before && S.group >= 0 && !S.focus) {
			const group *G = &c->gr[S.group];
			c->n_last_src = 0;
			for (int a = 0; a < G->n; a++)
				c->last_src[c->n_last_src++] = G->m[a];
		}
		if (c->n_seen > before && ev_g >= 0 && type < EV_TYPES) {
			struct event_mem *m = &c->ev[type];
			const group *G = &c->gr[ev_g];
			m->ns = 0;
			for (int a = 0; a < G->n; a++)
				m->s[m->ns++] = G->m[a];
			/* "Yoon and Kishida met Biden ... North Korea
			 * condemned the summit": a friendly event of an
			 * undirected type is its target's too, for a
			 * hostile verb (see event_group) */
			m->ns_subj = m->ns;
			if (!directed && !T.between && T.group >= 0 &&
			    T.group != ev_g && !T.focus &&
			    erg_types_get(erg_graph_types(c->g), type)
				    ->polarity > 0) {
				const group *H = &c->gr[T.group];
				for (int a = 0; a < H->n && m->ns < GROUP_MAX;
				     a++) {
					int q = 0;
					while (q < m->ns && m->s[q] != H->m[a])
						q++;
					if (q == m->ns)
						m->s[m->ns++] = H->m[a];
				}
			}
			if (x->match < c->m.n) {
				struct event_mem *q =
				    &c->ev[EV_TYPES + c->n_evk++ % EV_KEYS];
				/* (*q = *m without the unused members) */
				q->ns = m->ns;
				q->ns_subj = m->ns_subj;
				memcpy(q->s, m->s,
				       (size_t)m->ns * sizeof(m->s[0]));
				q->key = c->m.items[x->match].key;
			}
		}
		if (c->n_seen > before)
			refresh_collectives(c, (int)ci, before);
		if (c->n_seen > before && T.group >= 0)
			c->gr_used[T.group] |= GR_TGT;
		for (size_t i = before; i < c->n_seen; i++) {
			who_t a = who_state(c, c->seen[i].s),
			      b = who_state(c, c->seen[i].t);
			const erg_type *ty = erg_types_get(erg_graph_types(c->g),
							   type);
			struct deed *d;
			/* a decision of the verb's subject that is the
			 * relation's target ("the organisation admitted X":
			 * the organisation decided) */
			bool by_tgt = ty->polarity == 0 && ty->directed &&
				      !passive && T.how &&
				      !strncmp(T.how, "subject", 7);
			/* an act of one side: a directed type with a sign,
			 * or a hostile one ("the strikes") */
			if (a == WHO_NONE || b == WHO_NONE || a == b ||
			    (ty->polarity == 0 && !by_tgt) ||
			    (!ty->directed && ty->polarity > 0))
				continue;
			d = &c->deeds[c->n_deeds++ % DEEDS_MAX];
			d->s = by_tgt ? b : a;
			d->t = by_tgt ? a : b;
			d->type = type;
			d->reaction = reaction;
			d->neutral = by_tgt;
			d->accuse = accusation_at(c, (int)ci);
		}
		/* what an ellipsis repeats: a relation of a subject ("X
		 * joined Y"), not of an agent or possessive ("a ceremony
		 * hosted by Z") */
		if (c->n_seen > before && S.how && !passive &&
		    !strncmp(S.how, "subject", 7)) {
			rel_here = true;
			c->last_rel.type = type;
			c->last_rel.mod = mod;
			c->last_rel.cue = x->ref;
			c->last_rel.sent = c->n_sent;
			c->last_rel.n = 0;
			for (size_t i = before;
			     i < c->n_seen && c->last_rel.n < GROUP_MAX; i++) {
				int k = 0;
				while (k < c->last_rel.n &&
				       c->last_rel.t[k] != c->seen[i].t)
					k++;
				if (k == c->last_rel.n)
					c->last_rel.t[c->last_rel.n++] =
					    c->seen[i].t;
			}
		}
		/* a noun lends its source to a later coordinated verb only
		 * when it related somebody and its source is no modifier
		 * ("X's actions against Y, and reaffirmed ...") */
		if (!cue->verb && (c->n_seen == before || !S.how ||
				   !strncmp(S.how, "possessive", 10) ||
				   !strncmp(S.how, "preposition", 11)))
			cue_src[ci] = -1;
	}
	/* "a resolution censuring Iran ... The text, drafted by X and Y":
	 * the sponsors do what the text does */
	if (c->motion_rel.n && c->n_sponsor && (motion_here || spons_el >= 0)) {
		int k = spons_el >= 0 ? spons_el : 0;
		uint32_t save = c->el[k].ref;
		c->el[k].ref = c->motion_rel.cue; /* for --explain */
		for (int a = 0; a < c->n_sponsor; a++)
			for (int b = 0; b < c->motion_rel.n; b++)
				if ((st = add_rel(c, t, s0, s1, off, c->sponsor[a],
						  c->motion_rel.t[b],
						  c->motion_rel.type,
						  c->motion_rel.mod,
						  has_date ? date
							   : undated_date(c),
						  k, "sponsor of the text",
						  c->el[k].start, c->el[k].start)))
					goto done;
		c->el[k].ref = save;
	}
	/* the dyad in focus: the pair of non-persons most often in relations
	 * or named together so far (then the latest) */
	for (size_t g = 0; g < c->n_gr; g++) {
		const group *G = &c->gr[g];
		if (G->n >= 2 && c->el[G->first].kind != E_COLLECTIVE &&
		    who_kind(c, G->m[0]) != ERG_KIND_PERSON &&
		    who_kind(c, G->m[1]) != ERG_KIND_PERSON) {
			if ((st = dyad_note(c, G->m[0], G->m[1])))
				goto done;
			break;
		}
	}
	if (c->n_dyads)
		set_focus(c, c->dyads[c->best_dyad].a,
			  c->dyads[c->best_dyad].b);
	/* the latest list of each kind, for "the three countries" */
	memset(listed, 0, sizeof(listed));
	for (size_t g = 0; g < c->n_gr; g++) {
		const group *G = &c->gr[g];
		who_t l[GROUP_MAX];
		if (G->n < 2 || G->event ||
		    c->el[G->first].kind == E_COLLECTIVE)
			continue;
		for (int k = 0; k < ERG_KIND__COUNT; k++) {
			int n = 0;
			for (int a = 0; a < G->n; a++)
				if (who_kind(c, G->m[a]) == (erg_kind)k)
					l[n++] = G->m[a];
			if (n >= 2) {
				memcpy(c->list[k], l,
				       (size_t)n * sizeof(who_t));
				c->n_list[k] = listed[k] = n;
			}
		}
	}
	/* ... or every actor of a kind a friendly undirected relation of
	 * the sentence joined, when they are more ("Biden hosted Kishida
	 * and Yoon ... The three leaders condemned ...") */
	for (int k = 0; c->n_seen && k < ERG_KIND__COUNT; k++) {
		group J;
		joined_by(c, 0, k, true, &J);
		if (J.n >= 3 && J.n > listed[k]) {
			memcpy(c->list[k], J.m, (size_t)J.n * sizeof(who_t));
			c->n_list[k] = J.n;
		}
	}
done:
	if (cue_src != cue_src1)
		free(cue_src);
	return st;
}

/* ---- paragraphs ---- */

/* A bit per first byte of a folded word: a-z, else bit 26. */
static inline uint32_t abbrev_bit(unsigned char f)
{
	return f >= 'a' && f <= 'z' ? 1u << (f - 'a') : 1u << 26;
}

/* The start of the word that ends before t[i] (a full stop): the byte
 * after the last white space, '(' or '"' before i, else 0; *ascii: no
 * byte >= 0x80 in t[a..i). Why SSE2: every full stop of every paragraph
 * asks this (is the word an abbreviation?) and the byte loop over words
 * of five to twelve letters was the most costly line of the paragraph
 * split (1.6 % of the bench's instructions). One 16-byte load ending at
 * t[i] finds the last delimiter; the byte loop is kept for a word of 16
 * bytes or more, one with a byte >= 0x80 (isspace of such a byte
 * depends on the locale) and the first 16 bytes of a paragraph. */
static size_t stop_word_start(const char *t, size_t i, bool *ascii)
{
	size_t a = i;
#ifdef __SSE2__
	if (i >= 16) {
		__m128i v = _mm_loadu_si128(
		    (const __m128i *)(const void *)(t + i - 16));
		/* ' ', '\t'..'\r', '(' and '"' */
		__m128i d = _mm_or_si128(
		    _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8(' ')),
				 _mm_cmpeq_epi8(v, _mm_set1_epi8('('))),
		    _mm_or_si128(
			_mm_cmpeq_epi8(v, _mm_set1_epi8('"')),
			/* v - '\t' below 5, unsigned: signed compare
			 * with the sign bit flipped */
			_mm_cmplt_epi8(
			    _mm_sub_epi8(v, _mm_set1_epi8((char)('\t' + 128))),
			    _mm_set1_epi8((char)(-128 + 5)))));
		unsigned dm = (unsigned)_mm_movemask_epi8(d);
		unsigned hm = (unsigned)_mm_movemask_epi8(v);
		if (dm) {
			unsigned p = 31u - (unsigned)__builtin_clz(dm);
			if (!(hm >> p)) { /* (the delimiter is ASCII) */
				*ascii = true;
				return i - 16 + p + 1;
			}
		}
	}
#endif
	*ascii = true;
	while (a > 0 && !isspace((unsigned char)t[a - 1]) &&
	       t[a - 1] != '(' && t[a - 1] != '"') {
		a--;
		*ascii = *ascii && (unsigned char)t[a] < 0x80;
	}
	return a;
}

static bool sentence_end_at(const ctx *c, const char *t, size_t n, size_t i,
			    size_t *next)
{
	size_t j = i + 1;
	char ch = t[i];
	if (ch != '.' && ch != '!' && ch != '?')
		return false;
	/* closing quotes / brackets */
	for (;;) {
		if (j < n && (t[j] == '"' || t[j] == '\'' || t[j] == ')'))
			j++;
		else if (j + 2 < n && (unsigned char)t[j] == 0xE2 &&
			 (unsigned char)t[j + 1] == 0x80 &&
			 ((unsigned char)t[j + 2] == 0x9D ||
			  (unsigned char)t[j + 2] == 0x99))
			j += 3;
		else
			break;
	}
	if (j < n && !isspace((unsigned char)t[j]))
		return false;
	while (j < n && isspace((unsigned char)t[j]))
		j++;
	if (j < n) {
		int32_t cp;
		erg__utf8_decode((const unsigned char *)t + j, n - j, &cp);
		if (!(erg__cp_is_upper(cp) || (cp >= '0' && cp <= '9') ||
		      cp == '"' || cp == '(' || cp == 0x201C || cp == '\'' ||
		      cp == 0x2018 || !erg__cp_is_word(cp)))
			return false;
	}
	if (ch == '.') {
		/* the word that ends here: abbreviation or initial? */
		char f[64];
		size_t fl, dummy;
		bool ascii;
		size_t a = stop_word_start(t, i, &ascii);
		/* folding keeps the length of ASCII: a longer word than every
		 * abbreviation is none */
		if (i + 1 - a < sizeof(f) &&
		    (!ascii ||
		     (i + 1 - a <= c->abbrev_max &&
		      (c->abbrev_first[i + 1 - a] &
		       abbrev_bit((unsigned char)tolower(
			   (unsigned char)t[a])))))) {
			if (ascii) {
				/* erg__fold of ASCII without white space */
				fl = i + 1 - a;
				for (size_t k = 0; k < fl; k++)
					f[k] = (char)tolower(
					    (unsigned char)t[a + k]);
			} else {
				fl = erg__fold(t + a, i + 1 - a, f,
					       sizeof(f) - 1);
			}
			if (fl != (size_t)-1) {
				f[fl] = '\0';
				if (erg__strmap_get(&c->lx->abbrev_map, f,
						    &dummy) == 0)
					return false;
			}
		}
		if (i - a == 1 && isupper((unsigned char)t[a]))
			return false; /* an initial: "George W. Bush" */
	}
	*next = j;
	return true;
}

/* True if t[0..n) holds a '.', '!' or '?' followed by white space. */
static size_t next_stop(const char *t, size_t i, size_t n);

static bool has_sentence_end(const char *t, size_t n)
{
	/* t[n] is NUL: the stops found 16 bytes a step (next_stop) */
	for (size_t i = next_stop(t, 0, n); i + 1 < n;
	     i = next_stop(t, i + 1, n))
		if (isspace((unsigned char)t[i + 1]))
			return true;
	return false;
}

/* The first '.', '!' or '?' in t[i..n), else n; t[n] is NUL (a paragraph
 * buffer). strcspn scans 16 bytes a step; it stops at an embedded NUL
 * too, which is skipped. */
static size_t next_stop(const char *t, size_t i, size_t n)
{
	while (i < n) {
		i += strcspn(t + i, ".!?");
		if (i >= n || t[i] != '\0')
			break;
		i++;
	}
	return i < n ? i : n;
}

/* The preamble of a resolution or decision: a paragraph that is only a
 * body's name and a comma ("The European Parliament,", "The Security
 * Council,"), a determiner allowed before it. That body speaks the
 * document: it is the first person ("self") and the subject of its
 * numbered paragraphs ("1. Condemns ..."). */
static void find_preamble(ctx *c, const char *t, size_t n)
{
	size_t i = 0, a = 0;
	if (c->self != WHO_NONE)
		return;
	while (n && isspace((unsigned char)t[n - 1]))
		n--;
	if (!n || t[n - 1] != ',')
		return;
	n--;
	while (a < n && isspace((unsigned char)t[a]))
		a++;
	for (; i < c->m.n; i++) {
		const lx_match *mt = &c->m.items[i];
		uint8_t what = LX__KINDS;
		uint32_t ref = 0;
		if (mt->start != a)
			return;
		lx_entry_it it = LX_ENTRY_IT(c->lx, mt);
		for (const lx_entry *en; (en = erg__lx_entry_next(&it));)
			if ((en->what == LX_ACTOR || en->what == LX_DET) &&
			    what == LX__KINDS) {
				what = en->what;
				ref = en->ref;
			}
		if (what == LX_DET) {
			a = mt->end;
			while (a < n && isspace((unsigned char)t[a]))
				a++;
			continue;
		}
		if (what == LX_ACTOR && mt->end == n &&
		    who_kind(c, (who_t)ref) == ERG_KIND_ORGANIZATION)
			c->self = (who_t)ref;
		return;
	}
}

/* The speakers of a statement named in its heading after the agent word
 * ("Joint Statement by the President of the United States and the
 * President of France": the United States and France; "Statement by the
 * High Representative on behalf of the EU": the EU), before any
 * sentence: the document's "we" (at most two; a person stands for their
 * state). */
static void find_speakers(ctx *c, const char *t, size_t n)
{
	size_t i = 0, w = 0, by = SIZE_MAX;
	if (c->self != WHO_NONE || c->n_sent)
		return;
	/* the agent word */
	while (w < n && by == SIZE_MAX) {
		size_t e = w;
		while (e < n && isalpha((unsigned char)t[e]))
			e++;
		if (e > w && span_role(c->lx, t, w, e, LX_PREP_AGENT))
			by = e;
		w = e + 1;
	}
	if (by == SIZE_MAX)
		return;
	for (; i < c->m.n; i++) {
		const lx_match *mt = &c->m.items[i];
		lx_entry_it it;
		if (mt->start < by)
			continue;
		it = LX_ENTRY_IT(c->lx, mt);
		for (const lx_entry *en; (en = erg__lx_entry_next(&it));) {
			who_t a;
			if (en->what != LX_ACTOR)
				continue;
			a = who_state(c, (who_t)en->ref);
			if (a == WHO_NONE)
				a = (who_t)en->ref;
			if (c->self == WHO_NONE)
				c->self = a;
			else if (a != c->self)
				c->self2 = a;
			break;
		}
		if (c->self2 != WHO_NONE)
			return;
	}
}

/* A lead-in: a paragraph ending in ':' or a dash ("It is the sense of
 * Congress that the United States should-", "The ministers agreed
 * to:"). Returns its length without the mark, or 0. */
static size_t lead_in_len(const char *t, size_t n)
{
	while (n && isspace((unsigned char)t[n - 1]))
		n--;
	if (n && (t[n - 1] == ':' || t[n - 1] == '-'))
		n--;
	else if (n >= 3 && (unsigned char)t[n - 3] == 0xE2 &&
		 (unsigned char)t[n - 2] == 0x80 &&
		 ((unsigned char)t[n - 1] == 0x93 ||
		  (unsigned char)t[n - 1] == 0x94))
		n -= 3; /* en or em dash */
	else
		return 0;
	while (n && isspace((unsigned char)t[n - 1]))
		n--;
	return n;
}

/* A list item: "(1)", "(a)", "1.", "a)" or a bullet ("-", "*", a bullet
 * sign), then a space. Returns the offset of its text, or 0. */
static size_t item_text(const char *t, size_t n)
{
	size_t i = 0, k;
	while (i < n && isspace((unsigned char)t[i]))
		i++;
	if (i < n && t[i] == '(') {
		for (k = i + 1; k < n && k - i <= 5 && isalnum((unsigned char)t[k]);
		     k++)
			;
		if (k == i + 1 || k >= n || t[k] != ')')
			return 0;
		i = k + 1;
	} else if (i < n && (t[i] == '-' || t[i] == '*')) {
		i++;
	} else if (i + 2 < n && (unsigned char)t[i] == 0xE2 &&
		   (unsigned char)t[i + 1] == 0x80 &&
		   (unsigned char)t[i + 2] == 0xA2) {
		i += 3;
	} else {
		for (k = i; k < n && k - i < 3 && isalnum((unsigned char)t[k]);
		     k++)
			;
		if (k == i || k >= n || (t[k] != '.' && t[k] != ')'))
			return 0;
		i = k + 1;
	}
	if (i >= n || t[i] != ' ')
		return 0;
	while (i < n && t[i] == ' ')
		i++;
	return i < n ? i : 0;
}

static erg_status process_one(ctx *c, const para_buf *P);

/* A list item that continues the lead-in before it in lower case ("It is
 * the sense of Congress that the United States should-" ... "(1) work
 * with Japan ...; and" ... "(2) urge the Government of X to ...") is read
 * as one text with it: the lead-in gives its subject and modality. */
static erg_status process_para(ctx *c, const para_buf *P)
{
	const char *t = P->text.data;
	size_t n = P->text.len, at, ln;
	erg_status st;
	if (c->lead.text.len && (at = item_text(t, n)) &&
	    starts_lower(t + at, n - at) &&
	    c->lead.text.len + n + 1 < c->max_para * 2) {
		para_reset(&c->joined);
		if ((st = para_range(&c->joined, &c->lead, 0,
				     c->lead.text.len)) ||
		    (st = erg__buf_putc(&c->joined.text, ' ')) ||
		    (st = para_range(&c->joined, P, at, n)))
			return st == ERG_ENOMEM ? nomem(c) : st;
		return process_one(c, &c->joined);
	}
	if ((ln = lead_in_len(t, n))) {
		para_reset(&c->lead);
		if ((st = para_range(&c->lead, P, 0, ln)))
			return st == ERG_ENOMEM ? nomem(c) : st;
	} else if (!item_text(t, n)) {
		para_reset(&c->lead);
	}
	return process_one(c, P);
}

static erg_status process_one(ctx *c, const para_buf *P)
{
	const char *t = P->text.data;
	size_t n = P->text.len;
	bool skip = false;
	erg_status st;
	size_t s, mi;

	if (!n)
		return ERG_OK;
	c->m.n = 0;
	if ((st = erg__match_scan(c->lx, t, n, &c->m, c->err)))
		return st;
	/* boilerplate and document date */
	for (size_t i = 0; i < c->m.n; i++) {
		const lx_match *mt = &c->m.items[i];
		if (!(c->lx->ac.key_info[mt->key].what &
		      ((1u << LX_BOILER) | (1u << LX_DOCDATE))))
			continue;
		lx_entry_it it = LX_ENTRY_IT(c->lx, mt);
		for (const lx_entry *en; (en = erg__lx_entry_next(&it));) {
			uint8_t w = en->what;
			if (w == LX_BOILER)
				skip = true;
			if (w == LX_DOCDATE && !c->doc_date[0]) {
				size_t e2 = mt->end + 64 < n ? mt->end + 64 : n;
				size_t mj = i + 1;
				char d[11];
				while (mj < c->m.n && c->m.items[mj].start < e2)
					mj++;
				if ((st = build_elements(c, t, mt->end, e2,
							 i + 1, mj)))
					return st;
				if (find_date(c, t, 0,
					      c->n_el < 8 ? (int)c->n_el : 8,
					      DATE_ANY, d) &&
				    strlen(d) == 10)
					memcpy(c->doc_date, d, 11);
			}
		}
	}
	/* a paragraph without any sentence end is a heading or a caption;
	 * one whose last sentence lacks its full stop is still text */
	if (skip)
		return ERG_OK;
	if (!is_terminal_end(t, n) && !has_sentence_end(t, n) &&
	    !ends_clause(t, n)) {
		/* its names still count for later references ("THE
		 * COUNCIL OF THE EUROPEAN UNION" ... "The Union") */
		if (!c->topic_done)
			find_topic(c, t, 0, n, 0, c->m.n);
		find_preamble(c, t, n);
		find_speakers(c, t, n);
		if (note_mentions(c, 0, c->m.n))
			return nomem(c);
		return ERG_OK;
	}
	s = 0;
	mi = 0;
	while (s < n) {
		size_t e = n, next = n, mj;
		while (s < n && isspace((unsigned char)t[s]))
			s++;
		if (s >= n)
			break;
		for (size_t i = next_stop(t, s, n); i < n;
		     i = next_stop(t, i + 1, n)) {
			if (sentence_end_at(c, t, n, i, &next)) {
				/* not inside a phrase match (U.S.) */
				bool inside = false;
				for (size_t k = mi; k < c->m.n &&
						    c->m.items[k].start <= i;
				     k++)
					if (c->m.items[k].end > i + 1)
						inside = true;
				if (inside)
					continue;
				e = i + 1;
				break;
			}
		}
		if (e == n)
			next = n;
		while (mi < c->m.n && c->m.items[mi].start < s)
			mi++;
		mj = mi;
		while (mj < c->m.n && c->m.items[mj].start < e)
			mj++;
		/* trim closing quotes into the sentence */
		{
			size_t ee = e;
			while (ee < next && !isspace((unsigned char)t[ee]))
				ee++;
			if ((st = analyze_sentence(c, P, s, ee, mi, mj)))
				return st;
		}
		mi = mj;
		s = next;
	}
	return ERG_OK;
}

/* A finished paragraph: rejoin across page-break gaps, else process the
 * previous one. */
static erg_status para_done(ctx *c)
{
	erg_status st;
	para_buf tmp;
	if (!c->cur.text.len)
		return ERG_OK;
	if (c->have_prev && !is_terminal_end(c->prev.text.data,
					     c->prev.text.len) &&
	    starts_lower(c->cur.text.data, c->cur.text.len) &&
	    c->prev.text.len + c->cur.text.len + 1 < c->max_para) {
		if ((st = para_concat(&c->prev, &c->cur)))
			return st == ERG_ENOMEM ? nomem(c) : st;
		para_reset(&c->cur);
		return ERG_OK;
	}
	if (c->have_prev && (st = process_para(c, &c->prev)))
		return st;
	tmp = c->prev;
	c->prev = c->cur;
	c->cur = tmp;
	para_reset(&c->cur);
	c->have_prev = true;
	return ERG_OK;
}

static erg_status flush_all(ctx *c)
{
	erg_status st;
	if ((st = para_done(c)))
		return st;
	if (c->have_prev && (st = process_para(c, &c->prev)))
		return st;
	c->have_prev = false;
	para_reset(&c->prev);
	para_reset(&c->lead);
	return ERG_OK;
}

/* One line (without its newline) at document offset raw. */
static erg_status add_line(ctx *c, const char *s, size_t n, long long raw)
{
	erg_status st;
	size_t a = 0, i;
	while (n && (s[n - 1] == '\r' || isspace((unsigned char)s[n - 1])))
		n--;
	while (a < n && isspace((unsigned char)s[a]))
		a++;
	if (a == n)
		return para_done(c); /* blank line */
	if (c->cur.text.len + (n - a) + 1 >= c->max_para &&
	    (st = para_done(c)))
		return st;
	if (c->cur.text.len) {
		char *d = c->cur.text.data;
		size_t L = c->cur.text.len;
		if (L >= 2 && d[L - 1] == '-' && isalpha((unsigned char)d[L - 2]) &&
		    islower((unsigned char)s[a])) {
			c->cur.text.len--; /* end-of-line hyphenation */
			c->cur.text.data[c->cur.text.len] = '\0';
		} else if ((st = erg__buf_putc(&c->cur.text, ' '))) {
			return st == ERG_ENOMEM ? nomem(c) : st;
		}
	}
	/* copy, dropping ** and __ emphasis markers */
	if (!memchr(s + a, '*', n - a) && !memchr(s + a, '_', n - a)) {
		if ((st = para_put(&c->cur, s + a, n - a, raw + (long long)a)))
			return st == ERG_ENOMEM ? nomem(c) : st;
		return ERG_OK;
	}
	i = a;
	while (i < n) {
		size_t j = i;
		while (j < n && !((s[j] == '*' || s[j] == '_') && j + 1 < n &&
				  s[j + 1] == s[j]))
			j++;
		if ((st = para_put(&c->cur, s + i, j - i, raw + (long long)i)))
			return st == ERG_ENOMEM ? nomem(c) : st;
		i = j;
		while (i + 1 < n && (s[i] == '*' || s[i] == '_') &&
		       s[i + 1] == s[i])
			i += 2;
		if (i == n - 1 && (s[i] == '*' || s[i] == '_') && j != i)
			i++;
	}
	return ERG_OK;
}

static erg_status check_bytes(ctx *c, const char *data, size_t len,
			      long long base)
{
	size_t bad;
	const char *nul;
	/* one pass: a NUL anywhere is reported first (before invalid
	 * UTF-8 earlier in data). ASCII bytes are valid on their own and
	 * never continue a sequence: only the runs of bytes >= 0x80 need
	 * decoding (the ASCII between them, without NUL, 32 bytes a step) */
	for (size_t i = 0; i < len;) {
		size_t j;
#ifdef __SSE2__
		while (i + 32 <= len) {
			__m128i a = _mm_loadu_si128((const __m128i *)(data + i));
			__m128i b = _mm_loadu_si128(
			    (const __m128i *)(data + i + 16));
			__m128i z = _mm_setzero_si128();
			__m128i bad16 = _mm_or_si128(
			    _mm_or_si128(a, _mm_cmpeq_epi8(a, z)),
			    _mm_or_si128(b, _mm_cmpeq_epi8(b, z)));
			if (_mm_movemask_epi8(bad16))
				break;
			i += 32;
		}
#endif
		while (i < len && (unsigned char)data[i] < 0x80) {
			if (!data[i])
				goto nul;
			i++;
		}
		for (j = i; j < len && (unsigned char)data[j] >= 0x80; j++)
			;
		if (j > i && !erg__utf8_valid(data + i, j - i, &bad)) {
			if (memchr(data + j, '\0', len - j))
				goto nul;
			return erg_error_set(c->err, ERG_EPARSE, c->doc, 0, 0,
					     "invalid UTF-8 at byte offset %lld",
					     base + (long long)(i + bad));
		}
		i = j;
	}
	return ERG_OK;
nul:
	nul = memchr(data, '\0', len);
	return erg_error_set(c->err, ERG_EPARSE, c->doc, 0, 0,
			     "binary data (NUL byte at offset %lld): "
			     "not a text document",
			     base + (long long)(nul - data));
}

/* Feeds complete lines of data[0..len) (plain text); returns in *used how
 * many bytes were consumed (a trailing partial line stays unless final). */
static erg_status feed(ctx *c, const char *data, size_t len, long long base,
		       bool final, size_t *used)
{
	size_t i = 0;
	erg_status st;
	while (i < len) {
		const char *nl = memchr(data + i, '\n', len - i);
		size_t e, end = nl ? (size_t)(nl - data) : len;
		/* (a line longer than the cap is cut even when its end is
		 * in the buffer) */
		if (!nl || end - i >= c->max_para) {
			if (!nl && !final && len - i < c->max_para)
				break;
			/* a very long line: cut at a sentence end or space */
			e = end;
			if ((!nl && !final) || end - i >= c->max_para) {
				size_t lim = i + c->max_para / 2;
				size_t k;
				if (lim > end)
					lim = end;
				for (k = lim; k > i + 1; k--)
					if (data[k - 1] == ' ' &&
					    (data[k - 2] == '.' ||
					     data[k - 2] == '!' ||
					     data[k - 2] == '?'))
						break;
				if (k <= i + 1)
					for (k = lim; k > i + 1; k--)
						if (data[k - 1] == ' ')
							break;
				if (k <= i + 1) {
					k = lim;
					while (k > i + 1 &&
					       ((unsigned char)data[k] & 0xC0) ==
						   0x80)
						k--;
				}
				e = k;
			}
			if ((st = add_line(c, data + i, e - i,
					   base + (long long)i)) ||
			    (e < end && (st = para_done(c))))
				return st;
			i = e == end && nl ? e + 1 : e;
			continue;
		}
		e = (size_t)(nl - data);
		if ((st = add_line(c, data + i, e - i, base + (long long)i)))
			return st;
		i = e + 1;
	}
	*used = i;
	return ERG_OK;
}

static erg_status ctx_init(ctx *c, erg_graph *g, const erg_lexicon *lx,
			   const char *doc, const erg_text_opts *opts,
			   erg_error *err)
{
	const erg_types *types = erg_graph_types(g);
	memset(c, 0, sizeof(*c));
	c->g = g;
	c->lx = lx;
	c->opts = opts;
	c->err = err;
	c->doc = doc;
	c->rel_doc = opts && opts->doc_name ? opts->doc_name : doc;
	c->max_para = opts && opts->max_paragraph ? opts->max_paragraph
						  : DEFAULT_MAX_PARA;
	para_init(&c->cur, c->max_para);
	para_init(&c->prev, c->max_para * 2);
	para_init(&c->lead, c->max_para * 2);
	para_init(&c->joined, c->max_para * 2);
	erg__strmap_init(&c->person_map);
	erg__strmap_init(&c->sn_map);
	erg__strmap_init(&c->cand_map);
	for (int k = 0; k < ERG_KIND__COUNT; k++)
		c->recent[k][0] = c->recent[k][1] = WHO_NONE;
	c->self = c->self2 = WHO_NONE;
	c->first_org = WHO_NONE;
	c->first_src = WHO_NONE;
	c->opener[0] = c->opener[1] = WHO_NONE;
	c->m.max = c->max_para * 2 + 64;
	for (size_t i = 0; i < lx->n_abbrevs; i++) {
		size_t L = strlen(lx->abbrevs[i]);
		if (L > c->abbrev_max)
			c->abbrev_max = L;
		if (L && L < 64)
			c->abbrev_first[L] |=
			    abbrev_bit((unsigned char)lx->abbrevs[i][0]);
	}
	if (!lx->built)
		return erg_error_set(err, ERG_EINVAL, NULL, 0, 0,
				     "lexicon not built");
	if (lx->n_cues &&
	    (!(c->type_of_cue = malloc(lx->n_cues * sizeof(size_t))) ||
	     !(c->alt_of_cue =
		   malloc(lx->n_cues * sizeof(*c->alt_of_cue)))))
		return nomem(c);
	if (!(c->ev = calloc(EV_TYPES + EV_KEYS, sizeof(*c->ev))))
		return nomem(c);
	for (size_t i = 0; i < lx->n_cues; i++) {
		if (erg_types_find(types, lx->cues[i].type,
				   &c->type_of_cue[i]) != 0)
			return erg_lexicon_check_types(lx, types, err);
		struct cue_alt *A = &c->alt_of_cue[i];
		A->body = A->negated = A->soft = SIZE_MAX;
		if ((lx->cues[i].body &&
		     erg_types_find(types, lx->cues[i].body, &A->body) != 0) ||
		    (lx->cues[i].negated &&
		     erg_types_find(types, lx->cues[i].negated,
				    &A->negated) != 0) ||
		    (lx->cues[i].soft &&
		     erg_types_find(types, lx->cues[i].soft, &A->soft) != 0))
			return erg_lexicon_check_types(lx, types, err);
	}
	return ERG_OK;
}

static void ctx_free(ctx *c)
{
	para_free(&c->cur);
	para_free(&c->prev);
	para_free(&c->lead);
	para_free(&c->joined);
	free(c->m.items);
	free(c->el);
	free(c->gr);
	free(c->gr_used);
	for (size_t i = 0; i < c->n_persons; i++) {
		free(c->persons[i].id);
		free(c->persons[i].label);
		free(c->persons[i].aff);
	}
	free(c->persons);
	erg__strmap_free(&c->person_map);
	erg__strmap_free(&c->sn_map);
	for (size_t i = 0; i < c->n_sn; i++)
		free(c->sn_keys[i]);
	free(c->sn_keys);
	free(c->sn_who);
	erg__strmap_free(&c->cand_map);
	for (size_t i = 0; i < c->n_cand; i++) {
		free(c->cand_keys[i]);
		free(c->cand_names[i]);
	}
	free(c->cand_keys);
	free(c->cand_names);
	free(c->undated);
	free(c->seen);
	free(c->dyads);
	free(c->dyad_slot);
	free(c->actor_idx);
	free(c->type_of_cue);
	free(c->alt_of_cue);
	free(c->ev);
}

static erg_status finish(ctx *c)
{
	erg_status st = flush_all(c);
	const char *d = c->doc_date[0] ? c->doc_date : NULL;
	if (st)
		return st;
	if (c->opts && c->opts->doc_date)
		d = NULL; /* already applied */
	if (d)
		for (size_t i = 0; i < c->n_undated; i++)
			if (erg_set_str(&erg_graph_relation(c->g, c->undated[i])
					     ->date,
					d))
				return nomem(c);
	return ERG_OK;
}

/* html.c */
erg_status erg__html_text(const char *data, size_t len, const char *name,
			  char **out, size_t *out_len, char date[11],
			  erg_error *err);

static bool looks_html(const char *d, size_t n)
{
	size_t i = 0;
	if (n >= 3 && !memcmp(d, "\xEF\xBB\xBF", 3))
		i = 3;
	while (i < n && isspace((unsigned char)d[i]))
		i++;
	return n - i >= 5 && (d[i] == '<') &&
	       (!strncasecmp(d + i, "<!doctype html", n - i < 14 ? n - i : 14) ||
		!strncasecmp(d + i, "<html", 5) ||
		!strncasecmp(d + i, "<head", 5) ||
		!strncasecmp(d + i, "<body", 5) ||
		!strncasecmp(d + i, "<article", 8) ||
		!strncasecmp(d + i, "<!--", 4) || !strncasecmp(d + i, "<p>", 3));
}

static erg_text_format format_of(const char *path, const char *d, size_t n,
				  erg_text_format fmt)
{
	if (fmt != ERG_TEXT_AUTO)
		return fmt;
	if (path && (ends_with_ci(path, ".html") || ends_with_ci(path, ".htm") ||
		     ends_with_ci(path, ".xhtml")))
		return ERG_TEXT_HTML;
	if (path && (ends_with_ci(path, ".txt") || ends_with_ci(path, ".text") ||
		     ends_with_ci(path, ".md")))
		return ERG_TEXT_PLAIN;
	return d && looks_html(d, n) ? ERG_TEXT_HTML : ERG_TEXT_PLAIN;
}

erg_status erg_text_ingest_memory(erg_graph *g, const erg_lexicon *lx,
				  const char *data, size_t len,
				  const char *doc, erg_text_format fmt,
				  const erg_text_opts *opts, erg_error *err)
{
	ctx c;
	erg_status st;
	char *html = NULL;
	size_t used;

	if (!doc)
		doc = "<memory>";
	if ((st = ctx_init(&c, g, lx, doc, opts, err)))
		goto done;
	fmt = format_of(doc, data, len, fmt);
	if ((st = check_bytes(&c, data, len, 0)))
		goto done;
	if (fmt == ERG_TEXT_HTML) {
		size_t hl;
		if ((st = erg__html_text(data, len, doc, &html, &hl,
					 c.doc_date, err)))
			goto done;
		data = html;
		len = hl;
	}
	if (len >= 3 && !memcmp(data, "\xEF\xBB\xBF", 3)) {
		if ((st = feed(&c, data + 3, len - 3, 3, true, &used)))
			goto done;
	} else if ((st = feed(&c, data, len, 0, true, &used))) {
		goto done;
	}
	st = finish(&c);
done:
	ctx_free(&c);
	free(html);
	return st;
}

erg_status erg_text_ingest_file(erg_graph *g, const erg_lexicon *lx,
				const char *path, erg_text_format fmt,
				const erg_text_opts *opts, erg_error *err)
{
	erg_read_opts ro;
	bool is_stdin = strcmp(path, "-") == 0;
	const char *name = is_stdin ? "<stdin>" : path;
	FILE *fp = NULL;
	char *buf = NULL;
	size_t cap, len = 0, max_in, unchecked = 0, from;
	long long base = 0;
	ctx c;
	erg_status st;
	struct stat sb;
	size_t total = 0;
	bool first = true;

	if (opts)
		ro = opts->read;
	else
		erg_read_opts_init(&ro);
	max_in = ro.max_input_bytes ? ro.max_input_bytes : ((size_t)1 << 30);
	if (fmt == ERG_TEXT_AUTO && erg_text_is_document(path))
		fmt = format_of(path, NULL, 0, fmt);
	if (fmt == ERG_TEXT_HTML || fmt == ERG_TEXT_AUTO) {
		/* HTML (or unknown) is read whole: the DOM needs it */
		char *data;
		size_t dl;
		if ((st = erg_read_all(path, &ro, &data, &dl, err)))
			return st;
		st = erg_text_ingest_memory(g, lx, data, dl, name, fmt, opts,
					    err);
		free(data);
		return st;
	}
	if ((st = ctx_init(&c, g, lx, name, opts, err)))
		goto done;
	if (is_stdin) {
		fp = stdin;
	} else if (!(fp = fopen(path, "rb"))) {
		st = erg_error_set(err, ERG_EIO, name, 0, 0, "cannot open: %s",
				   strerror(errno));
		goto done;
	}
	if (fstat(fileno(fp), &sb) == 0) {
		if (S_ISDIR(sb.st_mode)) {
			st = erg_error_set(err, ERG_EIO, name, 0, 0,
					   "is a directory, not a file");
			goto done;
		}
		if (S_ISREG(sb.st_mode))
			total = (size_t)sb.st_size;
	}
	cap = c.max_para + READ_CHUNK;
	if (!(buf = malloc(cap + 1))) {
		st = nomem(&c);
		goto done;
	}
	for (;;) {
		size_t got = fread(buf + len, 1, cap - len, fp), used = 0,
		       skip = 0, chk;
		bool eof = got < cap - len;
		if (ferror(fp)) {
			st = erg_error_set(err, ERG_EIO, name, 0, 0,
					   "read error: %s", strerror(errno));
			goto done;
		}
		/* validate only complete UTF-8 sequences: a sequence cut by
		 * the read is checked with the next read, from its lead byte
		 * (the `unchecked` bytes at the end of buf[0..len)) */
		from = len - unchecked;
		chk = len + got;
		if (!eof) {
			size_t k = chk, back = 0;
			while (k > from && back < 3 &&
			       ((unsigned char)buf[k - 1] & 0xC0) == 0x80)
				k--, back++;
			if (k > from && (unsigned char)buf[k - 1] >= 0xC0)
				k--;
			chk = k;
		}
		if ((st = check_bytes(&c, buf + from, chk - from,
				      base + (long long)from)))
			goto done;
		len += got;
		unchecked = len - chk;
		if ((unsigned long long)base + len > max_in) {
			st = erg_error_set(err, ERG_ELIMIT, name, 0, 0,
					   "input is larger than the limit "
					   "(%zu bytes)",
					   max_in);
			goto done;
		}
		if (first && len >= 3 && !memcmp(buf, "\xEF\xBB\xBF", 3))
			skip = 3;
		first = false;
		if ((st = feed(&c, buf + skip, len - skip, base + (long long)skip,
			       eof, &used)))
			goto done;
		used += skip;
		memmove(buf, buf + used, len - used);
		len -= used;
		base += (long long)used;
		if (ro.progress)
			ro.progress(ro.progress_userdata, "ingesting",
				    (size_t)base, total);
		if (eof)
			break;
	}
	st = finish(&c);
done:
	if (fp && fp != stdin)
		fclose(fp);
	free(buf);
	ctx_free(&c);
	return st;
}

erg_status erg_text_read_file(erg_graph *g, const char *path,
			      const char *const *lexicons, size_t n_lexicons,
			      const erg_read_opts *opts, erg_error *err)
{
	erg_lexicon *lx = NULL;
	erg_text_opts to;
	erg_status st;
	erg_text_opts_init(&to);
	if (opts)
		to.read = *opts;
	if ((st = erg_lexicon_new_default_with(
		 &lx, lexicons, n_lexicons, opts ? opts->warn : NULL,
		 opts ? opts->warn_userdata : NULL, err)))
		return st;
	st = erg_text_ingest_file(g, lx, path, ERG_TEXT_AUTO, &to, err);
	erg_lexicon_free(lx);
	return st;
}
