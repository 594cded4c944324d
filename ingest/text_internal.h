/*
 * text_internal.h - lexicon tables, the phrase automaton and folding shared
 * by lexicon.c, match.c and text.c. Not part of the public API.
 */
#ifndef ERG_TEXT_INTERNAL_H
#define ERG_TEXT_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "ergraph/text.h"
#include "util_internal.h"

#define LX_NONE UINT32_MAX
#define LX_PHRASE_MAX 255 /* folded bytes */
#define LX_LINE_MAX 4096
#define LX_PHRASES_MAX 1000000

/* What a phrase entry means. */
enum {
	LX_ACTOR,
	LX_DISCARD,
	LX_TITLE,
	LX_CUE,
	LX_MODAL,
	LX_COLLECTIVE,
	LX_COORD,
	LX_PASSIVE,
	LX_BOUNDARY,
	LX_DET,
	LX_MONTH,
	LX_DOCDATE,
	LX_BOILER,
	LX_SPEECH, /* ref: erg_modality of the speech act, or ERG_MOD_REPORTED */
	LX_ANAPHOR, /* ref: erg_kind of the actor referred to */
	LX_LOCATIVE,
	LX_RELATIVE, /* relative pronoun: "Iran, which ..." */
	LX_SELF,     /* first person plural: "We condemn ..." */
	LX_PRONOUN,  /* "it", "they" before a verb */
	LX_NONSTATE, /* "gangs" after a state's adjective: not the state */
	LX_POSSPRON, /* "its", "their": a possessive pronoun */
	LX_MOTION,   /* "the resolution": a text put to a vote */
	LX_SPONSOR,  /* "drafted by": who put the text forward */
	LX_RECIP,    /* "each other": a reciprocal object */
	LX_DISTRIB,  /* "each side": the dyad in focus before a reciprocal */
	LX_ELLIPSIS, /* "followed", "the following year": the latest
		      * relation again, for the actor right before */
	LX_DEED,     /* "the move", "the decision": an earlier act, as
		      * the object of a reaction */
	LX__KINDS
};

/* Grammatical words with a role of their own (`prep ROLE : LIST`): plain
 * folded words the pipeline compares with the word before or after a
 * cue, not phrases of the automaton. */
enum {
	LX_PREP_AGENT,      /* "by": the agent of a passive or event noun */
	LX_PREP_BETWEEN,    /* "between": both sides named after it */
	LX_PREP_CHARGE,     /* "of" in "accused X of V-ing" */
	LX_PREP_INFINITIVE, /* "to" that may mark an infinitive */
	LX_PREP_COMITATIVE, /* "with": a target shared by a subject list */
	LX_PREP_SEAT,       /* "authorities" in "the authorities in Kabul":
			     * the capital after it is the state */
	LX_PREP_STANDIN,    /* "people" in "the people of Pakistan": the
			     * actor after it and one word stands */
	LX_PREP_VERDICT,    /* "threat", "motivated": what a `verdict` cue
			     * needs after it ("called the move a threat") */
	LX_PREP_GROUP,      /* "countries", "guarantors": a noun naming a
			     * list by apposition ("The guarantor countries,
			     * A, B and C, ...") */
	LX_PREP_ACCUSE,     /* "accused", "charges": an accusation and the
			     * deed naming it ("rejected the charges") */
	LX_PREP_NOMINATIVE, /* "he", "she": a subject pronoun, never a
			     * verb's object ("condemned what she called") */
	LX_PREP_ADVERSE,    /* "against": what follows is no friendly
			     * verb's object ("defend X against Y") */
	LX_PREP_SINGULAR,   /* "its": a possessive pronoun that stands for
			     * one actor, not a list */
	LX_PREP_ATTRIB,     /* "according" (to X): a source quoted, no
			     * subject */
	LX_PREP_REBEL,      /* "Revolutionary", "Liberation": in a name
			     * after a state's adjective, a movement's name
			     * ("the Congolese Revolutionary Army") */
	LX_PREP_RIVAL,      /* "rivals": after a possessive, others than the
			     * possessor ("courted Ethiopia's rivals") */
	LX_PREP_PARTICLE,   /* "al", "bin", "de": a lower-case word inside
			     * a person's name ("Abdel Fattah al-Sisi") */
	LX_PREP_POSSESSIVE, /* "his", "her": a possessive determiner, which
			     * refers back ("said that his delegation") */
	LX_PREP_COMMODITY,  /* "oil", "grain": what `need=commodity` needs
			     * after it ("buy discounted Russian oil") */
	LX_PREP_BASING,     /* "bases": what `need=basing` needs after it
			     * ("granted the US access to military bases") */
	LX_PREP_INCLUSIVE,  /* "including": a noun cue right after it is an
			     * item of a list, with no subject of the
			     * clause ("including pressure on Taiwan") */
	LX_PREP_MATERIEL,   /* "weapons", "jets": what a `need=materiel`
			     * cue needs after it ("the largest buyer of
			     * Russian weapons") */
	LX_PREP_AID,        /* "support", "aid": what a `need=aid` cue
			     * needs after it ("provided X with military
			     * support") */
	LX_PREP_PERSONAL,   /* "his", "her": opening a state anaphor, the
			     * state of the latest person ("the
			     * representative of Ukraine ... her country") */
	LX_PREP_PARTITIVE,  /* "of" after a collective of states: "the
			     * member states of ASEAN" are ASEAN */
	LX_PREP_PRIVILEGE,  /* "access", "preferences": what a
			     * `need=privilege` cue needs after it
			     * ("withdrew X's preferential access") */
	LX_PREP_DEPARTURE,  /* "leave", "withdraw": `need=departure`
			     * ("ordered X's troops to leave") */
	LX_PREP_ESTEEM,     /* "partner", "friend": `need=esteem`
			     * ("described X as a key partner") */
	LX_PREP_OPENER,     /* "After", "When": a capitalized word opening a
			     * sentence that starts no untitled name
			     * ("After Gustavo Petro took office") */
	LX_PREP_SAYING,     /* "said", "told": a speech verb without "that"
			     * ("X's envoy said attacks by Y ..., and
			     * accused Z": Z's accuser is the speaker) */
	LX_PREP_PEER,       /* "counterpart": `need=peer` ("called his
			     * Qatari counterpart" is a phone call) */
	LX_PREP_OBJECTIVE,  /* "him", "them": an object pronoun, the
			     * target of the sentence's relation before
			     * ("met Haftar and urged him to ...") */
	LX_PREP_ADJUNCT,    /* "without", "after": right before a verb, a
			     * phrase whose subject is the clause's ("X
			     * signed a deal with Y without consulting Z") */
	LX_PREP_PURPOSE,    /* "order", "as" before "to": a purpose whose
			     * subject is the clause's ("so as not to
			     * depend on Z") */
	LX_PREP_CONCILIATORY, /* "meet", "attend": after a `soft=` cue, a
			       * conciliatory demand ("urged X to attend") */
	LX_PREP_ORIGIN,     /* "made", "built": after an actor and a hyphen,
			     * the maker of what follows ("Swedish-made
			     * jets"), no led modifier */
	LX_PREP_SOURCE,     /* "from": an actor after it is no object of a
			     * friendly verb ("support from X") */
	LX_PREP_OBLIQUE,    /* "from", "to": an actor after one is no
			     * subject of a verb coordinated after it
			     * ("ordered jets from France and bought
			     * submarines from Korea") */
	LX_PREP__N
};

enum { LX_CASE_CAPS = 0, LX_CASE_EXACT, LX_CASE_ANY };
enum { LX_ALIAS_NAME = 0, LX_ALIAS_ADJ, LX_ALIAS_CAPITAL };

/* One meaning of one phrase. Entries sharing a folded key are chained. */
typedef struct {
	uint8_t what;    /* LX_* */
	uint8_t caserule;
	uint8_t sub;     /* alias kind for LX_ACTOR */
	uint8_t has_upper;
	uint32_t ref;    /* actor, title, cue, modal index; month number */
	uint32_t sig;    /* offset of the case signature in lx->sigs */
	uint16_t sig_len;
	uint16_t file;   /* index in lx->files */
	uint32_t line;
	uint32_t next;   /* next entry with the same key, LX_NONE at the end */
} lx_entry;

typedef struct {
	uint32_t role;  /* index in lx->roles */
	char *of;       /* actor id or NULL (= affiliation) */
	char from[11];  /* partial ISO date or "" */
	char to[11];
} lx_role;

/* `office ROLE AS` on a state or body: its ROLE is whoever holds AS of it
 * ("leader" = "head_of_government" in a parliamentary state). */
typedef struct {
	uint32_t role, as; /* role indices */
} lx_office;

/* A `title` line: the roles it names, tried in order when a title with no
 * name after it is resolved by date. */
#define LX_TITLE_ROLES 4
typedef struct {
	uint32_t role[LX_TITLE_ROLES];
	uint8_t n;
} lx_title;

typedef struct {
	char *id;
	char *label;
	erg_kind kind;
	char *affiliation;
	char **aliases; /* name aliases as written (for GraphML) */
	size_t n_aliases, cap_aliases;
	lx_role *roles;
	size_t n_roles, cap_roles;
	lx_office *offices;
	size_t n_offices, cap_offices;
	uint32_t file, line;
} lx_actor;

enum { LX_SLOT_SUBJ, LX_SLOT_OBJ, LX_SLOT_POSS, LX_SLOT_PREP, LX_SLOT_FOCUS,
       LX_SLOT_NEAR, LX_SLOT_TOPIC, LX_SLOT_DISPUTE };

typedef struct {
	uint8_t kind;  /* LX_SLOT_* */
	char *word;    /* folded preposition for LX_SLOT_PREP */
} lx_slot;

#define LX_SLOTS_MAX 8

typedef struct {
	char *type;    /* relation type name */
	bool verb;
	uint8_t need; /* 1 + the LX_PREP_* role a word of which must follow
		       * the cue in its clause for it to relate, 0 none:
		       * `verdict=yes` ("called the move a threat"),
		       * `need=materiel` ("buyer of Russian weapons") */
	bool mutual;  /* with no target, the members of a subject list
		       * relate both ways ("X and Y have been at odds") */
	bool through; /* `through=yes`: a friendly cue right after its
		       * preposition names its target ("a ban on imports
		       * of X") */
	bool direct;  /* `direct=yes`: only an actor named after the
		       * preposition is the target, never the sides of an
		       * event noun there ("commitment to a ceasefire") */
	lx_slot src[LX_SLOTS_MAX];
	lx_slot tgt[LX_SLOTS_MAX];
	uint8_t n_src, n_tgt;
	uint16_t window;
	char *body;    /* type when every target is a body (kind org), or
			* NULL: "called on the Council to act" is diplomacy,
			* "called on Iran to stop" criticism */
	char *negated; /* type of the stance a negated cue states, or
			* NULL: "does not recognise Kosovo" is opposition,
			* not negated support */
	char *soft;    /* type of a demand to do something conciliatory
			* (`prep conciliatory` after the cue), or NULL:
			* "urged the Taliban to attend" is diplomacy */
	char *rule;
	char *phrase;  /* first phrase as written (for --explain) */
} lx_cue;

enum { LX_SCOPE_BOTH = 0, LX_SCOPE_AFTER, LX_SCOPE_BEFORE };

typedef struct {
	erg_modality modality;
	int rank;
	uint16_t window; /* 0 = whole clause */
	uint8_t scope;
} lx_modal;

/* Trie over folded bytes (byte classes), as records in one array `tr`,
 * numbered depth first so that a chain of single-child states (the tail
 * of most phrases) lies in consecutive words: a walk along a phrase reads
 * memory in order. A state is the offset s of its record:
 *
 *   tr[s]      header: LX_TR_DENSE, the number of key words that follow
 *              (LX_TR_KEYW: 0, 2 or 4), sparse edge count (low 16 bits)
 *   tr[s+1]    with key words: the key ending here (LX_TR_KEYMASK),
 *              | LX_TR_CASE when some entry's case rule must look at the
 *              text, | LX_TR_CASE1 when that is one entry whose rule is
 *              checked from the next two words
 *   tr[s+2]    the entries (bits, as lx_match.ok) that pass whatever the
 *              case
 *   tr[s+3]    with 4 key words: the 'U' positions of that entry's case
 *              signature (bit i: letter i), whose length is <= 32
 *   tr[s+4]    its signature length | case rule << 8 | entry bit << 16
 *   then       with LX_TR_DENSE: the offset of its row in drow
 *              (n_classes values); else (class, edge value) pairs
 *
 * Edge values are (child << 1) | (child ends a key), 0 = none (the root,
 * state 0, is nobody's child). Matches are whole words, so the scan walks
 * the trie from word starts only, and only from words that are the first
 * word of some key (`fw`, a one-hash Bloom filter). See match.c. */
#define LX_TR_DENSE 0x10000u
#define LX_TR_KEYW(h) (((h) >> 17) & 7u)
#define LX_TR_CASE 0x80000000u
#define LX_TR_CASE1 0x40000000u
#define LX_TR_KEYMASK 0x3FFFFFFFu

/* Eight bytes of text at a time (x: in memory order on a little-endian
 * machine, LX_SWAR_LE): bit 7 of each byte that is an ASCII letter or
 * digit, and in *digit of each that is a digit. No sum carries across
 * bytes. The phrase scan hashes words with it (match.c) and the sentence
 * analysis steps over words with it (text.c). */
#if defined(__GNUC__) && defined(__BYTE_ORDER__) &&                           \
    __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
#define LX_SWAR_LE 1
#else
#define LX_SWAR_LE 0
#endif
#define LX_ALL80 0x8080808080808080ULL

static inline uint64_t lx_alnum8(uint64_t x, uint64_t *digit)
{
	const uint64_t all01 = 0x0101010101010101ULL, all20 = all01 * 0x20;
	uint64_t y = x & ~LX_ALL80, lc = y | all20;
	uint64_t letter = (lc + (0x80 - 'a') * all01) &
			  ~(lc + (0x7F - 'z') * all01);
	uint64_t dig = (y + (0x80 - '0') * all01) & ~(y + (0x7F - '9') * all01);
	*digit = dig & ~x & LX_ALL80;
	return (letter | dig) & ~x & LX_ALL80;
}

typedef struct {
	uint32_t *tr;      /* records */
	size_t n_tr;
	uint32_t *drow;    /* dense rows, n_classes each */
	uint64_t *fw;      /* bit set of the hashes of the keys' first words */
	size_t fw_mask;    /* fw has fw_mask + 1 bits */
	/* first words: a check (high half of the hash) and the trie state
	 * after them, so that a walk starts after the word (open
	 * addressing, check 0 = empty) */
	struct lx_first {
		uint32_t check, state;
	} *first;
	size_t first_mask;
	uint64_t fw_seed;  /* hash seed of fw and first */
	/* per key: `what` has bit (1 << LX_*) set for the meaning of each
	 * of its entries, whatever their case rules, so that a reader
	 * looking for some meanings skips a match whose key has none of
	 * them without reading its entries (which are scattered in
	 * memory); a key with one entry (n == 1, the common case) has that
	 * entry's meaning, alias kind and ref here too */
	struct lx_keyinfo {
		uint32_t what;
		uint32_t ref;
		uint8_t one_what, one_sub, n; /* n: entries, 2 = two or more */
	} *key_info;
	/* per lexicon actor (as they were at the build): its kind, read
	 * without touching the large actor records (erg__lx_kind) */
	uint8_t *actor_kind;
	size_t n_actor_kind;
	uint8_t cls[256];
	uint8_t kind[256];  /* byte kinds for the scan (match.c) */
	uint8_t word[256];  /* ASCII letters and digits lower-cased, other
			     * ASCII 0, bytes >= 0x80 0x80 */
	uint32_t n_states;
	uint32_t n_classes;
	uint32_t space_cls;
	bool swar; /* words hashed eight bytes a step (match.c) */
} lx_ac;

struct erg_lexicon {
	/* phrase keys: folded text -> first entry */
	char **keys;
	uint32_t *key_len;
	uint32_t *key_first;
	size_t n_keys, cap_keys;
	erg_strmap key_map;

	lx_entry *entries;
	size_t n_entries, cap_entries;
	char *sigs;
	size_t n_sigs, cap_sigs;

	lx_actor *actors;
	size_t n_actors, cap_actors;
	erg_strmap actor_map;

	char **roles;  /* role names */
	size_t n_roles, cap_roles;
	erg_strmap role_map;
	lx_title *titles; /* entry ref of LX_TITLE -> its roles */
	size_t n_titles, cap_titles;

	lx_cue *cues;
	size_t n_cues, cap_cues;
	lx_modal *modals;
	size_t n_modals, cap_modals;

	char **preps[LX_PREP__N]; /* folded words per LX_PREP_* role */
	size_t n_preps[LX_PREP__N], cap_preps[LX_PREP__N];
	/* the first byte of each of those words, in order: span_role
	 * scans these bytes instead of the scattered words */
	char *prep_first[LX_PREP__N];
	/* the set of those first bytes (bit b of word b / 64): most words of
	 * a text start with no byte of a small role, and span_role and
	 * word_role answer them without the scan */
	uint64_t prep_firsts[LX_PREP__N][4];

	char **abbrevs; /* folded */
	size_t n_abbrevs, cap_abbrevs;
	erg_strmap abbrev_map;

	char **files;
	size_t n_files, cap_files;

	/* surname (folded last word of a lexicon person's name) -> index in
	 * surnames */
	erg_strmap surname_map;
	char **surnames;
	uint32_t *surname_actor; /* per surname: actor or LX_NONE */
	size_t n_surnames, cap_surnames;

	lx_ac ac;
	bool built;
	erg_warn_fn warn;
	void *warn_ud;
};

/* Kind of lexicon actor a. */
static inline erg_kind erg__lx_kind(const erg_lexicon *lx, uint32_t a)
{
	if (lx->built && a < lx->ac.n_actor_kind)
		return (erg_kind)lx->ac.actor_kind[a];
	return lx->actors[a].kind;
}

/* Folds UTF-8 text for matching (see docs/lexicon.md, section 2) into
 * `out` (capacity `cap`); returns the folded length, or (size_t)-1 when it
 * does not fit. Runs of white space become one space; leading and trailing
 * space are dropped. */
size_t erg__fold(const char *s, size_t n, char *out, size_t cap);

/* Folds one code point into `out` (at least 32 bytes); returns the byte
 * count (0 for a dropped mark). */
size_t erg__fold_cp(int32_t cp, char *out);

/* Decodes one UTF-8 code point at s[0..n); returns its length (1 for an
 * invalid byte, with *cp = 0xFFFD). */
size_t erg__utf8_decode(const unsigned char *s, size_t n, int32_t *cp);

/* Case signature of UTF-8 text: one 'U' or 'l' per cased letter, into
 * out (capacity cap); returns the length (truncated at cap). */
size_t erg__case_sig(const char *s, size_t n, char *out, size_t cap);

/* True if code point cp is a letter or digit (word character). */
bool erg__cp_is_word(int32_t cp);
bool erg__cp_is_upper(int32_t cp);

/* Builds the automaton from lx->keys. */
erg_status erg__ac_build(erg_lexicon *lx, erg_error *err);
void erg__ac_free(lx_ac *ac);

/* A phrase match in text: byte range [start, end) and key. `ok` has bit i
 * set when the i-th entry of the key's chain passes its case rule. */
typedef struct {
	size_t start, end;
	uint32_t key;
	uint32_t ok;
} lx_match;

/* Walks the entries of a match's key that pass their case rule (the first
 * 32 of the chain: `ok` has one bit each):
 *     lx_entry_it it = LX_ENTRY_IT(lx, mt);
 *     for (const lx_entry *en; (en = erg__lx_entry_next(&it));) ... */
typedef struct {
	const erg_lexicon *lx;
	const lx_match *mt;
	uint32_t e;
	int bit;
} lx_entry_it;
#define LX_ENTRY_IT(lexicon, match)                                            \
	((lx_entry_it){ (lexicon), (match), (lexicon)->key_first[(match)->key], 0 })

static inline const lx_entry *erg__lx_entry_next(lx_entry_it *it)
{
	while (it->e != LX_NONE && it->bit < 32) {
		const lx_entry *en = &it->lx->entries[it->e];
		bool ok = it->mt->ok & (1u << it->bit);
		it->e = en->next;
		it->bit++;
		if (ok)
			return en;
	}
	return NULL;
}

typedef struct {
	lx_match *items;
	size_t n, cap;
	size_t max; /* cap on the number of matches */
} lx_matches;

/* Scans text[0..n) and appends every whole-word match that passes a case
 * rule, then keeps the leftmost-longest non-overlapping ones (in order). */
erg_status erg__match_scan(const erg_lexicon *lx, const char *text, size_t n,
			   lx_matches *out, erg_error *err);

/* Makes a person id slug (lower-case ASCII words joined by '_') of a name
 * into out (capacity cap). Returns the length, 0 if nothing is left. */
size_t erg__slug(const char *name, size_t n, char *out, size_t cap);

/* Index of actor id in the lexicon, or LX_NONE. */
uint32_t erg__lexicon_actor(const erg_lexicon *lx, const char *id);

#endif
