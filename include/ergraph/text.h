/*
 * ergraph/text.h - text ingest: documents in, a typed, dated,
 * evidence-backed actor network out.
 *
 * A lexicon (docs/lexicon.md) declares actors, titles, relation cues,
 * modality cues and other word lists. The default lexicon is compiled in;
 * user lexicons layer on top. Ingest reads plain text (UTF-8, BOM, CRLF,
 * text extracted from PDFs) or HTML (article text only), splits sentences,
 * matches every lexicon phrase in one pass (Aho-Corasick over folded
 * bytes), and adds one relation per extracted (source, target, type) with
 * its modality, date and evidence (document, sentence, byte offset of the
 * sentence in the document) to an erg_graph. Actors taking part in a
 * relation are added with label, kind, aliases and affiliation.
 *
 * Plain text is streamed: memory is bounded by the lexicon, the graph and
 * the paragraph cap (a paragraph longer than the cap is cut at a sentence
 * end, else at a space). See docs/text-ingest.md.
 */
#ifndef ERGRAPH_TEXT_H
#define ERGRAPH_TEXT_H

#include <stdbool.h>
#include <stddef.h>

#include "common.h"
#include "graph.h"
#include "ingest.h"
#include "types.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct erg_lexicon erg_lexicon;

/* A new empty lexicon. */
erg_status erg_lexicon_new(erg_lexicon **out, erg_error *err);

/* A new lexicon holding the compiled-in default (every lexicons/NAME.lex, then
 * lexicons/world/NAME.lex). */
erg_status erg_lexicon_new_default(erg_lexicon **out, erg_error *err);

/* The default without the compiled-in file that `path` names (its name
 * under the source tree, "lexicons/en.lex", "lexicons/world/states.lex",
 * or a path ending in "/" and that name; NULL: none), so that an edited
 * copy of that file can be layered in its place (`ergraph lexicon check`).
 * `*left_out`, when not NULL, is set to the name of the file left out or
 * NULL (then the lexicon is the whole default). */
erg_status erg_lexicon_new_default_without(erg_lexicon **out,
					   const char *path,
					   const char **left_out,
					   erg_error *err);

/* What `ergraph lexicon check FILE` checks: the default without the
 * compiled-in file that `path` names, resolved to an absolute path (see
 * erg_lexicon_new_default_without), and the file at `path` layered on it
 * (messages name it as given), the automaton built once. `warn`
 * (may be NULL) receives the file's warnings and stays set. */
erg_status erg_lexicon_new_default_checking(erg_lexicon **out,
					    const char *path,
					    const char **left_out,
					    erg_warn_fn warn, void *userdata,
					    erg_error *err);

/* The default with the lexicon files paths[0..n) layered on it in order:
 * the lexicon erg_lexicon_new_default and then erg_lexicon_load of each
 * file give, with the automaton built once instead of once per layer.
 * `warn` (may be NULL) receives the layers' warnings and stays set. */
erg_status erg_lexicon_new_default_with(erg_lexicon **out,
					const char *const *paths, size_t n,
					erg_warn_fn warn, void *userdata,
					erg_error *err);

void erg_lexicon_free(erg_lexicon *lx);

/* Warnings while parsing (an alias taken over from an earlier layer, for
 * another actor or from a discard list to an actor or back). */
void erg_lexicon_set_warn(erg_lexicon *lx, erg_warn_fn fn, void *userdata);

/* Parses one lexicon layer from memory and adds it. `filename` names the
 * source in errors. Fails with ERG_EPARSE (syntax) or ERG_EINVAL (alias
 * defined twice in one file, unknown kind, bad date) naming file, line and
 * column; on failure the lexicon must be freed (it may hold part of the
 * layer). */
erg_status erg_lexicon_parse(erg_lexicon *lx, const char *data, size_t len,
			     const char *filename, erg_error *err);

/* Reads a file and parses it as erg_lexicon_parse does. */
erg_status erg_lexicon_load(erg_lexicon *lx, const char *path,
			    erg_error *err);

/* Checks that every cue names a type of `types`. ERG_EINVAL naming the
 * cue's file and line otherwise. */
erg_status erg_lexicon_check_types(const erg_lexicon *lx,
				   const erg_types *types, erg_error *err);

typedef struct {
	size_t actors;
	size_t phrases;  /* distinct folded phrases */
	size_t entries;  /* phrase meanings */
	size_t cues;
	size_t titles;
	size_t states;   /* automaton states */
} erg_lexicon_stats;

void erg_lexicon_get_stats(const erg_lexicon *lx, erg_lexicon_stats *out);

typedef enum {
	ERG_TEXT_AUTO = 0, /* from the extension, else the content */
	ERG_TEXT_PLAIN,
	ERG_TEXT_HTML
} erg_text_format;

/* What --explain shows for one extracted relation. Strings are valid only
 * during the callback. */
typedef struct {
	size_t relation;      /* index in the graph */
	const char *cue;      /* cue text as found */
	const char *rule;     /* rule name from the lexicon */
	const char *how;      /* how source and target were found */
	const char *sentence;
	const char *modality_cue; /* NULL when reported */
} erg_text_explain;

typedef void (*erg_text_explain_fn)(void *userdata, const erg_graph *g,
				    const erg_text_explain *ex);

typedef struct {
	erg_read_opts read;        /* warnings, progress, input cap */
	const char *doc_date;      /* date for undated relations, or NULL
				      (then the date found in the document) */
	erg_text_explain_fn explain;
	void *explain_userdata;
	size_t max_paragraph;      /* 0 = 1 MiB */
	const char *doc_name;      /* the relations' `doc`, or NULL (then the
				      name or path the document is given
				      by, which errors always name) */
} erg_text_opts;

void erg_text_opts_init(erg_text_opts *o);

/* True for paths ergraph reads as documents: .txt .text .md .html .htm
 * .xhtml (case-insensitive). */
bool erg_text_is_document(const char *path);

/* Extracts relations from a document in memory into `g`. `doc` names the
 * document in errors and in the relations' `doc` field. Empty input adds
 * nothing; binary input (NUL bytes) and invalid UTF-8 are ERG_EPARSE with
 * the offset. */
erg_status erg_text_ingest_memory(erg_graph *g, const erg_lexicon *lx,
				  const char *data, size_t len,
				  const char *doc, erg_text_format fmt,
				  const erg_text_opts *opts, erg_error *err);

/* Same from a file ("-" = standard input); plain text is streamed. */
erg_status erg_text_ingest_file(erg_graph *g, const erg_lexicon *lx,
				const char *path, erg_text_format fmt,
				const erg_text_opts *opts, erg_error *err);

/* Convenience for readers of many formats: the default lexicon plus the
 * `n_lexicons` files in `lexicons`, then erg_text_ingest_file. */
erg_status erg_text_read_file(erg_graph *g, const char *path,
			      const char *const *lexicons, size_t n_lexicons,
			      const erg_read_opts *opts, erg_error *err);

#ifdef __cplusplus
}
#endif
#endif
