/* test_text.c - text ingest: pipeline rules, readers, bad input and the
 * gold scores (tests/data/gold/README.md). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ergraph.h"
#include "helpers.h"

/* ---- helpers ---- */

static erg_lexicon *lexicon(bool need_world)
{
	erg_lexicon *lx = NULL;
	erg_error err;
	erg_graph *g;
	erg_status st = erg_lexicon_new_default(&lx, &err);
	if (st)
		fprintf(stderr, "default lexicon: %s:%ld: %s\n", err.file,
			err.line, err.message);
	assert_int_equal(st, ERG_OK);
	if (!need_world)
		return lx;
	/* the default world lexicon (lexicons/world/) is written in
	 * parallel; until it is there, the stand-in keeps the rule tests
	 * meaningful */
	assert_int_equal(erg_graph_new(&g, NULL, &err), ERG_OK);
	{
		const char *probe = "Russia and North Korea cooperate.";
		assert_int_equal(erg_text_ingest_memory(g, lx, probe,
							strlen(probe), "probe",
							ERG_TEXT_PLAIN, NULL,
							&err),
				 ERG_OK);
		if (erg_graph_relation_count(g) == 0) {
			fprintf(stderr, "note: no world lexicon compiled in; "
					"using tests/data/lexicon/"
					"mini-world.lex\n");
			assert_int_equal(
			    erg_lexicon_load(
				lx, th_data("lexicon/mini-world.lex"), &err),
			    ERG_OK);
		}
	}
	erg_graph_free(g);
	return lx;
}

static erg_graph *ingest(erg_lexicon *lx, const char *text)
{
	erg_graph *g;
	erg_error err;
	erg_status st;
	assert_int_equal(erg_graph_new(&g, NULL, &err), ERG_OK);
	st = erg_text_ingest_memory(g, lx, text, strlen(text), "t.txt",
				    ERG_TEXT_AUTO, NULL, &err);
	if (st)
		fprintf(stderr, "%s\n", err.message);
	assert_int_equal(st, ERG_OK);
	return g;
}

/* Finds a relation src -> tgt of `type` (either order if undirected). */
static const erg_relation *find_rel(const erg_graph *g, const char *s,
				    const char *t, const char *type)
{
	for (size_t i = 0; i < erg_graph_relation_count(g); i++) {
		const erg_relation *r = erg_graph_relation_c(g, i);
		const char *a = erg_graph_actor_c(g, r->source)->id;
		const char *b = erg_graph_actor_c(g, r->target)->id;
		const char *ty = erg_types_get(erg_graph_types(g), r->type)->name;
		if (strcmp(ty, type))
			continue;
		if ((!strcmp(a, s) && !strcmp(b, t)) ||
		    (!r->directed && !strcmp(a, t) && !strcmp(b, s)))
			return r;
	}
	return NULL;
}

/* ---- gold scoring ---- */

typedef struct {
	char *f[7];
} gold_row;

static bool alt_has(const char *alts, const char *v)
{
	size_t n = strlen(v);
	const char *p = alts;
	while (*p) {
		const char *e = strchr(p, '|');
		size_t l = e ? (size_t)(e - p) : strlen(p);
		if (l == n && !strncmp(p, v, n))
			return true;
		if (!e)
			break;
		p = e + 1;
	}
	return false;
}

static size_t load_gold(const char *path, gold_row **out, char **buf)
{
	size_t n = 0, len;
	char *text = th_slurp(path, &len), *line, *save = NULL;
	gold_row *rows = calloc(512, sizeof(gold_row));
	assert_non_null(text);
	assert_non_null(rows);
	for (line = strtok_r(text, "\n", &save); line;
	     line = strtok_r(NULL, "\n", &save)) {
		int k = 0;
		char *p = line;
		if (line[0] == '#' || !line[0])
			continue;
		while (k < 7) {
			char *tab = strchr(p, '\t');
			rows[n].f[k++] = p;
			if (!tab)
				break;
			*tab = '\0';
			p = tab + 1;
		}
		assert_true(k >= 6);
		n++;
	}
	*out = rows;
	*buf = text;
	return n;
}

static bool row_matches(const gold_row *r, const char *s, const char *t,
			const char *type, bool directed)
{
	bool any_dir = !directed || strcmp(r->f[3], "directed") != 0;
	if (!alt_has(r->f[2], type))
		return false;
	if (alt_has(r->f[0], s) && alt_has(r->f[1], t))
		return true;
	return any_dir && alt_has(r->f[0], t) && alt_has(r->f[1], s);
}

typedef struct {
	double precision, recall;
	size_t extracted, correct, required, found, negated_as_reported;
} score;

static score score_graph(const erg_graph *g, const char *gold_path,
			 bool verbose)
{
	gold_row *rows;
	char *buf;
	size_t n = load_gold(gold_path, &rows, &buf);
	bool *found = calloc(n, sizeof(bool));
	score sc;
	/* deduplicated triples */
	char (*seen)[200] = calloc(erg_graph_relation_count(g) + 1, 200);
	size_t n_seen = 0;
	memset(&sc, 0, sizeof(sc));
	for (size_t i = 0; i < erg_graph_relation_count(g); i++) {
		const erg_relation *r = erg_graph_relation_c(g, i);
		const char *a = erg_graph_actor_c(g, r->source)->id;
		const char *b = erg_graph_actor_c(g, r->target)->id;
		const char *ty = erg_types_get(erg_graph_types(g), r->type)->name;
		char key[200];
		bool dup = false, ok = false, neg = false, rep_ok = false;
		if (!r->directed && strcmp(a, b) > 0) {
			const char *x = a;
			a = b;
			b = x;
		}
		snprintf(key, sizeof(key), "%s %s %s", a, b, ty);
		for (size_t k = 0; k < n_seen; k++)
			if (!strcmp(seen[k], key))
				dup = true;
		for (size_t k = 0; k < n; k++) {
			if (!row_matches(&rows[k], a, b, ty, r->directed))
				continue;
			ok = true;
			found[k] = true;
			if (!strcmp(rows[k].f[4], "negated"))
				neg = true;
			if (alt_has(rows[k].f[4], "reported"))
				rep_ok = true;
		}
		/* reported, and only an improbable/negated reading exists */
		if (neg && !rep_ok && r->modality == ERG_MOD_REPORTED) {
			sc.negated_as_reported++;
			if (verbose)
				fprintf(stderr, "  NEGATED AS REPORTED: %s\n",
					key);
		}
		if (dup)
			continue;
		strcpy(seen[n_seen++], key);
		sc.extracted++;
		if (ok)
			sc.correct++;
		else if (verbose)
			fprintf(stderr, "  false positive: %s [%s] %s\n", key,
				erg_modality_name(r->modality),
				r->evidence ? r->evidence : "");
	}
	for (size_t k = 0; k < n; k++) {
		if (strcmp(rows[k].f[5], "yes"))
			continue;
		sc.required++;
		if (found[k])
			sc.found++;
		else if (verbose)
			fprintf(stderr, "  missed: %s %s %s\n", rows[k].f[0],
				rows[k].f[1], rows[k].f[2]);
	}
	sc.precision = sc.extracted ? (double)sc.correct / sc.extracted : 0;
	sc.recall = sc.required ? (double)sc.found / sc.required : 1;
	free(found);
	free(seen);
	free(rows);
	free(buf);
	return sc;
}

static score run_gold(erg_lexicon *lx, const char *doc, const char *gold,
		      const char *label)
{
	erg_graph *g;
	erg_error err;
	erg_status st;
	score sc;
	assert_int_equal(erg_graph_new(&g, NULL, &err), ERG_OK);
	st = erg_text_ingest_file(g, lx, doc, ERG_TEXT_AUTO, NULL, &err);
	if (st)
		fprintf(stderr, "%s: %s\n", doc, err.message);
	assert_int_equal(st, ERG_OK);
	sc = score_graph(g, gold, true);
	fprintf(stderr,
		"%s: precision %.2f (%zu/%zu) recall %.2f (%zu/%zu), "
		"negated-as-reported %zu\n",
		label, sc.precision, sc.correct, sc.extracted, sc.recall,
		sc.found, sc.required, sc.negated_as_reported);
	/* nothing from the byline, bio or contact block */
	for (size_t i = 0; i < erg_graph_relation_count(g); i++) {
		const erg_relation *r = erg_graph_relation_c(g, i);
		assert_non_null(r->evidence);
		assert_null(strstr(r->evidence, "research fellow"));
		assert_null(strstr(r->evidence, "Tel."));
		assert_null(strstr(r->evidence, "institutional position"));
		assert_true(r->offset >= 0);
		assert_string_equal(r->doc, doc);
	}
	erg_graph_free(g);
	return sc;
}

static void test_text__brief_gold(void **state)
{
	erg_lexicon *lx = lexicon(true);
	score sc = run_gold(lx, th_shared("corpus/russia-dprk-ties-2024.txt"),
			    th_data("gold/russia-dprk-ties-2024.gold.tsv"),
			    "brief");
	/* the issue's bar is 0.8 / 0.8; the rules hold the full score */
	assert_true(sc.precision >= 0.999);
	assert_true(sc.recall >= 0.999);
	assert_int_equal(sc.negated_as_reported, 0);
	erg_lexicon_free(lx);
}

/* Scores every text/NAME.txt against text/NAME.gold.tsv; returns the
 * pooled score (deduplicated triples summed over the texts). */
static score score_texts(erg_lexicon *lx, const char *const *names,
			 size_t n, const char *label)
{
	score all;
	memset(&all, 0, sizeof(all));
	for (size_t i = 0; i < n; i++) {
		char doc[256], gold[256];
		score sc;
		snprintf(doc, sizeof(doc), "text/%s.txt", names[i]);
		snprintf(gold, sizeof(gold), "%s", th_data(doc));
		snprintf(doc, sizeof(doc), "%s", gold);
		snprintf(gold, sizeof(gold), "text/%s.gold.tsv", names[i]);
		snprintf(gold, sizeof(gold), "%s", th_data(gold));
		sc = run_gold(lx, doc, gold, names[i]);
		all.correct += sc.correct;
		all.extracted += sc.extracted;
		all.found += sc.found;
		all.required += sc.required;
		all.negated_as_reported += sc.negated_as_reported;
	}
	all.precision = all.extracted ? (double)all.correct / all.extracted : 0;
	all.recall = all.required ? (double)all.found / all.required : 1;
	fprintf(stderr, "%s: precision %.2f (%zu/%zu) recall %.2f (%zu/%zu)\n",
		label, all.precision, all.correct, all.extracted, all.recall,
		all.found, all.required);
	return all;
}

static void test_text__own_texts_gold(void **state)
{
	static const char *const names[] = { "news-aid", "encyclopedia-nato",
					     "law-sanctions", "un-meeting",
					     "analysis-iran-drones",
					     "wiki-aukus" };
	erg_lexicon *lx = lexicon(true);
	score sc = score_texts(lx, names, sizeof(names) / sizeof(*names),
			       "own texts");
	/* floors a little under the scores of 28 November 2026 (0.98 /
	 * 0.91): they catch regressions */
	assert_true(sc.extracted && sc.precision >= 0.9);
	assert_true(sc.required && sc.recall >= 0.85);
	assert_int_equal(sc.negated_as_reported, 0);
	erg_lexicon_free(lx);
}

/* Held-out texts: written with their gold before the extractor ever ran
 * on them (first-run scores in tests/data/gold/README.md). The floors
 * catch regressions of the later rule changes. */
static void test_text__heldout_gold(void **state)
{
	/* each batch written after the rules for the one before; floors
	 * under the scores after the rule changes each batch prompted and
	 * the later general rules (in the comments: first run, then after;
	 * the first-run tables are in tests/data/gold/README.md) */
	static const struct {
		const char *label;
		const char *names[7];
		double min_precision, min_recall;
	} batches[] = {
		/* 0.87 / 0.17, then 0.93 / 0.78, 0.96 / 0.80 */
		{"held-out texts",
		 {"heldout-news-redsea", "heldout-brief-sahel",
		  "heldout-unsc-sudan", "heldout-encyclopedia-quad",
		  "heldout-press-japan-philippines", "heldout-law-myanmar"},
		 0.9, 0.75},
		/* 0.63 / 0.41, then 0.95 / 0.66, 1.00 / 0.72 */
		{"held-out texts, second batch",
		 {"heldout2-news-caucasus", "heldout2-analysis-taiwan",
		  "heldout2-unga-vote", "heldout2-press-treasury"},
		 0.9, 0.65},
		/* 0.31 / 0.47, then 1.00 / 0.85, 1.00 / 0.91 */
		{"held-out texts, third batch",
		 {"heldout3-encyclopedia-abraham", "heldout3-news-kashmir",
		  "heldout3-communique-g7"},
		 0.9, 0.85},
		/* 0.28 / 0.08, then 0.73 / 0.56, 0.83 / 0.72, 0.86 / 0.75
		 * (session 6) */
		{"held-out texts, fourth batch",
		 {"heldout4-news-venezuela", "heldout4-unsc-congo",
		  "heldout4-encyclopedia-sco"},
		 0.8, 0.7},
		/* 0.57 / 0.31, then 0.86 / 0.54, 0.92 / 0.65 (session 5) */
		{"held-out texts, fifth batch",
		 {"heldout5-news-horn", "heldout5-brief-gulf",
		  "heldout5-statement-georgia"},
		 0.8, 0.5},
		/* 0.72 / 0.30, then 0.91 / 0.74, 0.91 / 0.78 */
		{"held-out texts, sixth batch",
		 {"heldout6-news-balkans", "heldout6-brief-himalaya",
		  "heldout6-unsc-haiti", "heldout6-encyclopedia-mercosur"},
		 0.85, 0.72},
		/* 0.91 / 0.36, then 1.00 / 0.57, 1.00 / 0.71 */
		{"held-out texts, seventh batch",
		 {"heldout7-news-essequibo", "heldout7-analysis-pacific",
		  "heldout7-press-athens"},
		 0.9, 0.65},
		/* 0.67 / 0.39, then 0.97 / 0.79, 0.97 / 0.82, 1.00 / 0.85
		 * (session 6) */
		{"held-out texts, eighth batch",
		 {"heldout8-news-maghreb", "heldout8-unhrc-nicaragua",
		  "heldout8-encyclopedia-gcc"},
		 0.95, 0.8},
		/* 0.75 / 0.36, then 0.88 / 0.50, 0.96 / 0.86 */
		{"held-out texts, ninth batch",
		 {"heldout9-news-border", "heldout9-law-oil",
		  "heldout9-analysis-iraq"},
		 0.9, 0.8},
		/* 0.37 / 0.17, then 0.98 / 0.71 */
		{"held-out texts, tenth batch",
		 {"heldout10-news-quito", "heldout10-brief-arctic",
		  "heldout10-resolution-belarus",
		  "heldout10-encyclopedia-sadc"},
		 0.9, 0.65},
		/* the lead's batch: 1.00 / 0.45 at 5d07567, 0.94 / 0.59 at
		 * 46e6a58, both before any rule was written for it; 0.97 /
		 * 0.91 after the rules of session 5 (its misses were named
		 * in that session's brief) */
		{"held-out texts, eleventh batch",
		 {"heldout11-news-paracel", "heldout11-brief-arctic",
		  "heldout11-readout-iaea"},
		 0.9, 0.85},
		/* 0.65 / 0.24 on its first run (rules of bd38b4e), then 1.00 /
		 * 0.80 */
		{"held-out texts, twelfth batch",
		 {"heldout12-news-nile", "heldout12-analysis-kazakhstan",
		  "heldout12-statement-pakistan"},
		 0.9, 0.75},
		/* the lead's batch of session 5: 0.90 / 0.34 at bd38b4e and
		 * 0.91 / 0.34 after the session's recall rules, unseen; then
		 * 1.00 / 0.72 after the rules it prompted (branch recall6;
		 * tests/data/gold/README.md), so no longer held out; 1.00 /
		 * 0.75 after session 6 ("call on X to") */
		{"held-out texts, thirteenth batch",
		 {"heldout13-news-ottawa", "heldout13-brief-nile",
		  "heldout13-statement-eln"},
		 0.95, 0.7},
		/* session 6: 0.59 / 0.27 on its first run (rules of 164509c,
		 * before any rule was written for it), 0.94 / 0.60 after the
		 * rules and lexicon entries it prompted (branch recall8) */
		{"held-out texts, fourteenth batch",
		 {"heldout14-news-baltic", "heldout14-encyclopedia-turkic",
		  "heldout14-parliament-xinjiang", "heldout14-brief-libya"},
		 0.9, 0.55},
		/* the lead's batch 15 of session 6: 0.62 / 0.36 at 164509c,
		 * unseen; rules were then written for its misses (untitled
		 * names, a noun reading that failed, ", and" after one
		 * actor, ...) */
		{"held-out texts, fifteenth batch",
		 {"heldout15-brief-libya", "heldout15-encyclopedia-syria",
		  "heldout15-news-vietnam"},
		 0.65, 0.5},
		/* the lead's batch 16 of session 6, kept outside the
		 * repository until the session's rules were merged: 0.73 /
		 * 0.70 at 164509c, 0.74 / 0.74 at ec702d3 (the honest transfer
		 * of the session's rules) */
		{"held-out texts, sixteenth batch",
		 {"heldout16-news-caledonia", "heldout16-encyclopedia-csto",
		  "heldout16-press-eu-iran"},
		 0.7, 0.7},
		/* the lead's batch 17 of session 7: 0.80 / 0.71 at 427ccb6,
		 * unseen; then the rules it prompted (lead17) */
		{"held-out texts, seventeenth batch",
		 {"heldout17-news-horn", "heldout17-analysis-gulf",
		  "heldout17-statement-india"},
		 0.85, 0.75},
		/* the lead's batch 19 of session 7, kept outside the
		 * repository until the session's rules were merged: 0.92 /
		 * 0.55 at 427ccb6, 0.96 / 0.64 at e0b69b3 (the honest
		 * transfer of the session's rules); no rule written for it */
		{"held-out texts, nineteenth batch",
		 {"heldout19-encyclopedia-tigray", "heldout19-news-moldova",
		  "heldout19-statement-lebanon"},
		 0.9, 0.6},
		/* session 7 (branch recall9): 0.75 / 0.38 on its first run
		 * (rules of 427ccb6, before any rule was written for it;
		 * one negated relation came out as reported), then 0.93 /
		 * 0.78 after the rules it prompted; the fourth text, a
		 * transfer check written after half of them, 1.00 / 0.50
		 * on its first run, then 1.00 / 0.60; the fifth, a second
		 * check, 1.00 / 0.50, then 0.88 / 0.90; the sixth, a third,
		 * 0.67 / 0.70, then 0.80 / 0.80; all six 0.91 / 0.77 */
		{"held-out texts, eighteenth batch",
		 {"heldout18-unga-cuba", "heldout18-law-cambodia",
		  "heldout18-analysis-argentina",
		  "heldout18-statement-fukushima", "heldout18-news-maldives",
		  "heldout18-encyclopedia-colombia"},
		 0.85, 0.7},
		/* session 8 (branch recall10): 0.71 / 0.43 on its first run
		 * (rules of 07ac7ae, before any rule was written for it),
		 * then 0.90 / 0.84 after the rules it prompted; the fourth
		 * text, a transfer check written after most of them (gold
		 * first), 0.90 / 0.77 both at 07ac7ae and at cc14e15, then
		 * 1.00 / 0.77; all four 0.91 / 0.83 */
		{"held-out texts, twentieth batch",
		 {"heldout20-news-grain", "heldout20-encyclopedia-japan-korea",
		  "heldout20-unsc-afghanistan", "heldout20-brief-bangladesh"},
		 0.85, 0.75},
	};
	erg_lexicon *lx = lexicon(true);
	size_t negated_as_reported = 0;
	for (size_t b = 0; b < sizeof(batches) / sizeof(*batches); b++) {
		size_t n = 0;
		score sc;
		while (n < 7 && batches[b].names[n])
			n++;
		sc = score_texts(lx, batches[b].names, n, batches[b].label);
		assert_true(sc.extracted &&
			    sc.precision >= batches[b].min_precision);
		assert_true(sc.required && sc.recall >= batches[b].min_recall);
		negated_as_reported += sc.negated_as_reported;
	}
	/* nothing the text calls improbable comes out as reported */
	assert_int_equal(negated_as_reported, 0);
	erg_lexicon_free(lx);
}

/* examples/russia-dprk: the example layer and texts in our own words,
 * against gold written before the extractor ran on them */
static void test_text__examples_gold(void **state)
{
	static const char *names[] = { "summit-2023.txt", "treaty-2024.html",
				       "panel-veto-2024.txt" };
	erg_lexicon *lx = lexicon(true);
	erg_error err;
	size_t correct = 0, extracted = 0, found = 0, required = 0;
	char path[512];
	snprintf(path, sizeof(path), "%s",
		 th_data("../../examples/russia-dprk/russia-dprk.lex"));
	assert_int_equal(erg_lexicon_load(lx, path, &err), ERG_OK);
	for (size_t i = 0; i < sizeof(names) / sizeof(*names); i++) {
		char doc[512], gold[512], stem[64];
		score sc;
		snprintf(doc, sizeof(doc), "../../examples/russia-dprk/texts/%s",
			 names[i]);
		snprintf(doc, sizeof(doc), "%s", th_data(doc));
		snprintf(stem, sizeof(stem), "%.*s",
			 (int)(strchr(names[i], '.') - names[i]), names[i]);
		snprintf(gold, sizeof(gold), "gold/example-%s.gold.tsv", stem);
		snprintf(gold, sizeof(gold), "%s", th_data(gold));
		sc = run_gold(lx, doc, gold, stem);
		correct += sc.correct;
		extracted += sc.extracted;
		found += sc.found;
		required += sc.required;
		assert_int_equal(sc.negated_as_reported, 0);
	}
	fprintf(stderr, "examples: precision %.2f (%zu/%zu) recall %.2f "
			"(%zu/%zu)\n",
		extracted ? (double)correct / extracted : 0, correct,
		extracted, required ? (double)found / required : 1, found,
		required);
	assert_true(extracted && (double)correct / extracted >= 0.6);
	assert_true(required && (double)found / required >= 0.6);
	erg_lexicon_free(lx);
}

/* A generality case: a text, the relations it must give ("+S T TYPE",
 * "+S T TYPE MODALITY" to check its modality too) and those it must not
 * ("-S T TYPE"). */
typedef struct {
	const char *text;
	const char *rel[12];
	size_t count; /* 1 + the number of relations expected, 0: any */
} rel_case;

static void check_case(erg_lexicon *lx, const rel_case *k)
{
	erg_graph *g = ingest(lx, k->text);
	for (int i = 0; i < 12 && k->rel[i]; i++) {
		char s[64], t[64], ty[64], mod[64];
		const erg_relation *r;
		int n = sscanf(k->rel[i] + 1, "%63s %63s %63s %63s", s, t, ty,
			       mod);
		assert_true(n == 3 || n == 4);
		r = find_rel(g, s, t, ty);
		if ((r != NULL) != (k->rel[i][0] == '+') ||
		    (r && n == 4 &&
		     strcmp(erg_modality_name(r->modality), mod)))
			fprintf(stderr, "  %s: %s\n", k->rel[i], k->text);
		assert_true((r != NULL) == (k->rel[i][0] == '+'));
		if (r && n == 4)
			assert_string_equal(erg_modality_name(r->modality),
					    mod);
	}
	if (k->count && erg_graph_relation_count(g) != k->count - 1)
		fprintf(stderr, "  %zu relations, not %zu: %s\n",
			erg_graph_relation_count(g), k->count - 1, k->text);
	if (k->count)
		assert_int_equal(erg_graph_relation_count(g), k->count - 1);
	erg_graph_free(g);
}

/* Grammar rules for unseen text (sentences unlike the gold texts). */
static void test_text__generality_rules(void **state)
{
	static const rel_case cases[] = {
	    /* relative clause: its verbs take the antecedent as subject, and
	     * its actors are not the main verb's subject */
	    {"Turkey, which supplies drones to Ukraine, criticized "
	     "Greece over the islands.",
	     {"+TUR UKR arms_transfer", "+TUR GRC criticism",
	      "-UKR GRC criticism"}, 0},
	    /* an event noun stands for the actors of the latest relation of
	     * that phrase: object of a verb, subject of a passive */
	    {"Israel launched airstrikes against Hezbollah in "
	     "October. Egypt condemned the airstrikes. The "
	     "airstrikes were welcomed by Canada.",
	     {"+ISR HEZBOLLAH conflict", "+EGY ISR criticism",
	      "-EGY HEZBOLLAH criticism", "-EGY ISR conflict"}, 0},
	    /* an official named by office only acts for the state; she/he */
	    {"The representative of Brazil said that the council "
	     "must act. She condemned Venezuela for the arrests.",
	     {"+BRA VEN criticism"}, 0},
	    /* a collective of three: the latest list of its kind; no pairs
	     * inside a collective subject for a relation to a third */
	    {"Kenya, Ethiopia and Somalia met in Nairobi. The "
	     "three countries later drew closer to China.",
	     {"+KEN CHN cooperation", "+ETH CHN cooperation",
	      "+SOM CHN cooperation", "-KEN ETH cooperation"}, 0},
	    /* a clause opened by a boundary word keeps the subject */
	    {"Chile thanked Peru but criticized Bolivia.",
	     {"+CHL BOL criticism", "-PER BOL criticism"}, 0},
	    /* an untitled name no lexicon knows is a person once the text
	     * calls them by the last word alone; the full name met again
	     * is that person; a name after a determiner ("the Caesar Act")
	     * or glued to a hyphen ("Self-Defense Forces") is none */
	    {"The militia of Rafael Moreno took the port. Argentina "
	     "criticised Moreno in 2020. Chile later backed Rafael "
	     "Moreno.",
	     {"+ARG rafael_moreno criticism", "+CHL rafael_moreno support"},
	     0},
	    /* a phrase read as noun and verb: the verb reading starts
	     * afresh after the noun reading found no target */
	    {"Putin is likely to visit Beijing in May.",
	     {"+vladimir_putin CHN diplomacy"}, 0},
	    /* ", and" after one actor starts a clause: no list "Syria,
	     * and Faisal bin Farhan" */
	    {"Egypt sent aid to Syria, and Faisal bin Farhan travelled "
	     "to Damascus and met Assad.",
	     {"+EGY SYR support", "+faisal_bin_farhan bashar_al_assad "
	      "diplomacy", "-SYR bashar_al_assad diplomacy",
	      "-EGY faisal_bin_farhan support"}, 0},
	    /* "to" before a determiner names a place that is no actor:
	     * no dyad in focus stands in for it */
	    {"Russia signed a treaty with China in 2020. It was Putin's "
	     "first trip to an Arab country.",
	     {"+RUS CHN cooperation", "-vladimir_putin CHN diplomacy"}, 0},
	    /* after ", and" the subject of a verb after an apposition is
	     * the first actor after the "and" */
	    {"Arab states sent aid to Syria, and Saudi Arabia's foreign "
	     "minister, Prince Faisal bin Farhan, travelled to Damascus "
	     "in April 2023.",
	     {"+faisal_bin_farhan SYR diplomacy"}, 0},
	    /* a refusal in the future is negated, not hypothetical; a
	     * comparison names no partner */
	    {"Qatar said it would not normalise its own relations with "
	     "Syria. Japan and India signed a strategic partnership in "
	     "2014, putting Tokyo on par with Moscow.",
	     {"+QAT SYR cooperation negated", "+JPN IND cooperation",
	      "-JPN RUS cooperation", "-IND RUS cooperation"}, 0},
	    /* support nouns and verbs: a patron, aid provided */
	    {"Turkey remains Libya's principal military backer. Iran "
	     "provided military aid to Syria. South Korea must not "
	     "provide Russia with any pretext.",
	     {"+TUR LBY support", "+IRN SYR support", "-KOR RUS support"},
	     0},
	    /* "a coalition against X": the target follows the phrase; a
	     * speaker's framing ("what it calls") hides no object */
	    {"The United States led a coalition against the Islamic State "
	     "from 2014. Beijing has criticised what it calls U.S. "
	     "efforts to build a bloc.",
	     {"+USA ISIS opposition", "+CHN USA criticism"}, 0},
	    /* a hostile verb in a relative after an act reacts to the
	     * act: its target is the act's agent */
	    {"Russia supplied drones to Iran, which the EU condemned. "
	     "Japan's strike on Chile, which Peru criticised, ended the "
	     "talks.",
	     {"+RUS IRN arms_transfer", "+EU RUS criticism",
	      "-EU IRN criticism", "+PER JPN criticism",
	      "-PER CHL criticism"}, 0},
	    /* buying arms from a seller; help at a request; a commitment
	     * to a state's security; the host of an invitation */
	    {"Chile has since bought weapons from Spain and Brazil. Peru "
	     "sent troops to Bolivia at the request of President Luis "
	     "Arce. Canada remains committed to the security of Latvia. "
	     "Modi visited Tokyo at the invitation of Japan.",
	     {"+ESP CHL arms_transfer", "+BRA CHL arms_transfer",
	      "+PER luis_arce support", "+CAN LVA support",
	      "+JPN narendra_modi diplomacy",
	      "-narendra_modi JPN support"}, 0},
	    {"The Caesar Act took effect in 2020. Canada criticised the "
	     "Act. The Self-Defense Forces of Japan trained in Chile. "
	     "Peru hosted Forces of Chile.",
	     {"-CAN caesar_act criticism", "-PER defense_forces diplomacy"},
	     0},
	    /* friendly noun, hostile verb: the relation turns hostile */
	    {"Relations between Serbia and Kosovo deteriorated in "
	     "2023.",
	     {"+SRB XKX opposition", "-SRB XKX cooperation"}, 0},
	    /* hostile verb with a list subject: no conflict inside the list */
	    {"France and Britain carried out strikes against "
	     "ISIS in Syria.",
	     {"+FRA ISIS conflict", "+GBR ISIS conflict", "-FRA GBR conflict"}, 0},
	    /* "X-led" modifies what follows; an event noun of another type
	     * after the verb hides what follows it */
	    {"Armenia froze its participation in the Russian-led "
	     "CSTO. Poland condemned the shelling of Ukrainian "
	     "towns.",
	     {"+ARM CSTO opposition", "-ARM RUS opposition",
	      "-POL UKR criticism"}, 0},
	    /* "between X and <nobody named>" relates nobody; adjectives
	     * joined by "and" stay inside a possessive phrase; military
	     * drills around a state are pressure on it */
	    {"The accords normalized relations between Israel "
	     "and several states, brokered by Qatar. Greece "
	     "condemned Turkey's sudden and dangerous attack on "
	     "Cyprus. The PLA held drills around Taiwan.",
	     {"-QAT ISR cooperation", "+TUR CYP conflict", "-GRC CYP conflict",
	      "+CHN TWN opposition", "-CHN TWN military_cooperation"}, 0},
	    /* "It" before a verb: the source of the latest relation */
	    {"Egypt criticized Ethiopia over the dam. It also "
	     "accused Sudan of delays. It is unlikely that talks "
	     "resume.",
	     {"+EGY SDN criticism", "-ETH SDN criticism"}, 0},
	    /* "we" with no "We, the ..." is the first body named */
	    {"Statement on behalf of the OSCE\n\nWe condemn "
	     "Azerbaijan's blockade.",
	     {"+OSCE AZE criticism"}, 0},
	    /* the first person is the body named after the first "We,"; a
	     * long list that met makes no pairs */
	    {"We, the ASEAN foreign ministers of Indonesia, "
	     "Malaysia, Thailand, Vietnam and the Philippines, met "
	     "in Jakarta. We condemn the coup in Myanmar and "
	     "reaffirm our support for Timor-Leste.",
	     {"+ASEAN MMR criticism", "+ASEAN TLS support",
	      "-IDN MYS diplomacy"}, 0},
	    /* a trailing participle has the clause's subject; a modifier
	     * is no noun's subject; "X'" is a possessive; "with the support
	     * of"; a mediator relates to each side; "founded by" */
	    {"Canada expelled Iran's envoy, accusing Tehran of "
	     "plots. Turkey, a NATO member, objected. The rebels "
	     "took the city with the support of Uganda. M23 took "
	     "Goma with the support of Rwanda. Qatar "
	     "mediated between Israel and Hamas. IGAD was founded "
	     "in 1996 by Kenya and Uganda.",
	     {"+CAN IRN criticism", "+TUR NATO affiliation",
	      "-NATO TUR affiliation", "+RWA M23 support",
	      "+KEN IGAD affiliation", "+UGA IGAD affiliation",
	      "+QAT ISR diplomacy", "+QAT HAMAS diplomacy",
	      "+ISR HAMAS diplomacy"}, 0},
	    /* an anaphor naming its referent: the latest actor of its kind
	     * with that word in its name, also from a heading; an aside
	     * between commas; a restrictive relative right before its
	     * verb */
	    {"THE COUNCIL OF THE EUROPEAN UNION\n\nThe African Union met in "
	     "Addis Ababa. The Union, in a statement on Monday, condemned "
	     "Eritrea. Companies that supply arms to Sudan were named.",
	     {"+AU ERI criticism", "-EU ERI criticism"},
	     2},
	    /* "we" in a text that names no body names nobody */
	    {"We condemn Syria.", {NULL}, 1},
	    /* a name starting with an anaphor's words stays a name */
	    {"Niger joined the Alliance of Sahel States.",
	     {"+NER AES affiliation"},
	     0},
	    /* the topic of an article about a body: the target of a
	     * membership that names none, and "the organisation" */
	    {"ASEAN\n\nViet Nam became a full member in 1995. Timor-Leste "
	     "was admitted as an observer. The organisation criticised "
	     "Myanmar.",
	     {"+VNM ASEAN affiliation", "+ASEAN MMR criticism"},
	     0},
	    /* no topic when the heading says more than the name */
	    {"NATO chief visits Kyiv\n\nGreece became a full member in "
	     "1952.",
	     {"-GRC NATO affiliation"},
	     0},
	    /* the deed after "accused X of" is X's, and alleged */
	    {"Chad accused Libya of sheltering the rebels.",
	     {"+TCD LBY criticism", "-TCD LBY support"},
	     2},
	    {"Chad accused Libya of supplying drones to Sudan.",
	     {"+TCD LBY criticism", "+LBY SDN arms_transfer",
	      "-TCD SDN arms_transfer"},
	     3},
	    /* a state's adjective before a non-state group names no state */
	    {"Kenya imposed sanctions on Somali militants.",
	     {"-KEN SOM sanctions"},
	     1},
	    /* a demand of an actor is criticism of it; of both sides,
	     * of neither */
	    {"Norway urged Ethiopia to withdraw. Norway and Kenya met. "
	     "Chile urged both countries to negotiate.",
	     {"+NOR ETH criticism", "-CHL NOR criticism",
	      "-CHL KEN criticism"},
	     0},
	    /* a possessive pronoun is the latest body before it, not "we",
	     * an adjective or an anaphor */
	    {"We, the members of the Nordic Council, urge Iran to stop, and "
	     "we condemn its arms transfers to Sudan.",
	     {"+IRN SDN arms_transfer"},
	     0},
	    {"Niamey ordered French troops to leave the country and ended "
	     "its military cooperation with Canada.",
	     {"+NER CAN military_cooperation",
	      "-FRA CAN military_cooperation"},
	     0},
	    /* a vote against a text is against its sponsors, when named;
	     * else against nobody */
	    {"The draft resolution, tabled by Mexico, was put to a vote. "
	     "Peru voted against the resolution and Chile abstained.",
	     {"+PER MEX opposition", "-CHL MEX opposition"},
	     2},
	    {"Peru voted against the resolution.", {NULL}, 1},
	    /* "X alarmed Y": Y is critical of X's actors; the noun's own
	     * relation keeps its type (no flip before a verb with an
	     * object) */
	    {"The security agreement between Fiji and China alarmed "
	     "Canberra.",
	     {"+FJI CHN military_cooperation", "+AUS FJI criticism",
	      "+AUS CHN criticism", "-FJI CHN criticism"},
	     0},
	    {"Relations between Chile and Peru deteriorated.",
	     {"+CHL PER opposition", "-CHL PER cooperation"},
	     0},
	    /* recognition, coordination, differences */
	    {"Nauru switched diplomatic recognition from Taiwan to Beijing. "
	     "Canada should coordinate with Mexico. Spain raised its "
	     "differences with Morocco.",
	     {"+NRU CHN diplomacy", "-NRU TWN diplomacy",
	      "+CAN MEX cooperation", "+ESP MAR opposition"},
	     0},
	    /* cutting ties is opposition, not diplomacy; "invasion of";
	     * a verb inside a noun phrase is none; two nouns in a row */
	    {"Chad and Niger cut diplomatic ties with Libya. Iraq's invasion "
	     "of Kuwait shocked Oman. Italy signed a new gas supply deal "
	     "with Algeria. A Saudi normalisation deal with Israel stalled.",
	     {"+TCD LBY opposition", "-TCD LBY diplomacy",
	      "-TCD NER diplomacy", "+IRQ KWT conflict",
	      "+ITA DZA cooperation", "-ITA DZA arms_transfer",
	      "+SAU ISR diplomacy", "-SAU ISR cooperation"},
	     0},
	    /* "presented by" sponsors; a membership noun is no event */
	    {"The text was presented by Canada. Cuba voted against the text. "
	     "Bahrain, Kuwait and Oman founded the council. The GCC states "
	     "hosted the coalition forces.",
	     {"+CUB CAN opposition", "-GCC KWT diplomacy"},
	     0},
	    /* a subject list is not paired when the cue's target word
	     * follows and names no actor; "talks on X" is the matter */
	    {"Colombia and Brazil offered to mediate between the government "
	     "and the rebels. Chile and Peru held talks with the rebels. "
	     "Greece and Turkey opened talks on Cyprus.",
	     {"-COL BRA diplomacy", "-CHL PER diplomacy",
	      "-GRC CYP diplomacy", "+GRC TUR diplomacy"},
	     0},
	    /* "downgraded relations with" is opposition; "struck" is
	     * conflict but "struck a deal" cooperation; a verb form between
	     * an article and a noun is an adjective */
	    {"Laos downgraded relations with Vietnam. Thai jets struck "
	     "Cambodian targets. Chile struck a deal with Peru. Iraq "
	     "designated the PKK a banned organisation, a step Ankara "
	     "demanded.",
	     {"+LAO VNM opposition", "-LAO VNM cooperation",
	      "+THA KHM conflict", "+CHL PER cooperation",
	      "-CHL PER conflict", "-PKK TUR sanctions"},
	     0},
	    /* a reciprocal object: both ways */
	    {"Chile and Peru accused each other of spying.",
	     {"+CHL PER criticism", "+PER CHL criticism"},
	     3},
	    /* "ally of", "relied on" */
	    {"Hungary, a close ally of Serbia, relied on China for loans.",
	     {"+HUN SRB alliance", "+CHN HUN support"},
	     0},
	    /* the body of a resolution's preamble speaks its numbered
	     * paragraphs, which end in ';' */
	    {"The Security Council,\n\n1. Condemns Eritrea for its "
	     "support to the rebels;\n\n2. Expresses its full solidarity "
	     "with Kenya;",
	     {"+UNSC ERI criticism", "+UNSC KEN support"},
	     0},
	    /* a mediator with no sides named: the main dispute; with a
	     * target word naming nobody, none */
	    {"Peru expelled Chile's ambassador. Chile condemned Peru. "
	     "Ecuador offered to mediate. Uruguay offered to mediate "
	     "between the government and the rebels.",
	     {"+ECU PER diplomacy", "+ECU CHL diplomacy",
	      "-URY PER diplomacy", "-URY CHL diplomacy"},
	     0},
	    /* ", and" opens a new conjunct; a non-state noun before a verb
	     * is its subject; an object is no subject of a later noun */
	    {"Brazil and Chile condemned the coup, and Argentina recalled "
	     "its ambassador. Mali fought rebels backed by Algeria. "
	     "Guatemala cut ties with Taiwan in solidarity with China.",
	     {"-BRA ARG criticism", "-CHL ARG criticism",
	      "-DZA MLI support", "+GTM TWN opposition",
	      "+GTM CHN support", "-TWN CHN support"},
	     0},
	    /* the accused is nobody named: the deed has no source; "each
	     * side ... the other" */
	    {"Ghana and Togo clashed at the border. Each side blamed the "
	     "other. Kigali accused the mission of fighting alongside "
	     "Burundi.",
	     {"+GHA TGO criticism", "+TGO GHA criticism",
	      "-RWA BDI military_cooperation"},
	     0},
	    /* ellipsis: "followed", a dated conjunct; a participle before
	     * "by" is passive and no ellipsis repeats it */
	    {"Estonia joined NATO in 2004 and Latvia followed. Poland "
	     "joined the EU in 2004, and Croatia in 2013. Kenya signed a "
	     "deal with Uganda in a ceremony hosted by Rwanda. Tanzania "
	     "followed later that year.",
	     {"+LVA NATO affiliation", "+HRV EU affiliation",
	      "-POL HRV affiliation", "+TZA UGA cooperation",
	      "-TZA RWA diplomacy", "-KEN RWA diplomacy"},
	     0},
	    /* the topic as an unnamed source; a noun cue after a
	     * possessive is its verb's subject */
	    {"Mercosur\n\nMercosur is a trade bloc. Bolivia was suspended "
	     "in 2017. Peru's membership was suspended in 2019.",
	     {"+MERCOSUR BOL opposition", "+PER MERCOSUR affiliation",
	      "-MERCOSUR PER opposition"},
	     0},
	    /* a conjunct after ", together with" ending the sentence
	     * shares the relation */
	    {"The resolution, tabled by Georgia, passed. Armenia voted "
	     "against the resolution, together with Serbia and the Russian "
	     "Federation.",
	     {"+ARM GEO opposition", "+SRB GEO opposition",
	      "+RUS GEO opposition", "-ARM SRB opposition"},
	     0},
	    /* a reaction to "the move", "it": the source of the latest
	     * act between states of another type, not by the reacting
	     * side */
	    {"Serbia expelled Croatia's ambassador. Hungary criticized the "
	     "move. Japan imposed tariffs on South Korea. China condemned "
	     "it, and South Korea rejected the decision.",
	     {"+HUN SRB criticism", "-HUN HRV criticism",
	      "+CHN JPN criticism", "+KOR JPN opposition",
	      "-KOR CHN opposition"},
	     0},
	    /* a pronoun subject with nobody before it in its clause: the
	     * nearest group before it in the sentence */
	    {"Since May, Morocco has acted fast: it signed a defence pact "
	     "with Mauritania. Chile said it would reopen its embassy in "
	     "Caracas.",
	     {"+MAR MRT alliance", "+CHL VEN diplomacy"},
	     0},
	    /* a reciprocal is the object (nothing after it is); a
	     * conjunct inside a sentence repeats a relation of that
	     * sentence only; a meeting is no act to react to */
	    {"Chad and Sudan clashed. Each government accused the other of "
	     "violating the African Union charter. Kenya met Uganda in "
	     "Nairobi. The summit ended, and Somalia the following year. "
	     "China condemned the move.",
	     {"+TCD SDN criticism", "+SDN TCD criticism",
	      "-TCD AU criticism", "-SOM UGA diplomacy",
	      "-CHN KEN criticism", "-CHN UGA criticism"},
	     0},
	    /* "where" opens a relative clause; a pronoun subject is no
	     * possessor named before it */
	    {"The African Union sent a force to Somalia's southern region, "
	     "where it fought alongside Kenyan troops.",
	     {"+AU KEN military_cooperation",
	      "-SOM KEN military_cooperation"},
	     0},
	    /* a possessive pronoun opening a sentence in an article about
	     * a body; a locative word as a slot word */
	    {"ECOWAS\n\nThe bloc was founded in 1975. Its main trading "
	     "partners are China and India. ECOWAS has observer status "
	     "at the UN General Assembly.",
	     {"+ECOWAS CHN cooperation", "+ECOWAS IND cooperation",
	      "+ECOWAS UNGA affiliation"},
	     0},
	    /* session 5 (twelfth batch): a hyphenated given name after a
	     * title; the seat of a government; a stand-in noun before
	     * the actor ("the people of X") */
	    {"Polish Prime Minister Anne-Marie Kowalski visited Kenya. "
	     "The authorities in Tehran backed the Houthis. Turkey "
	     "expressed solidarity with the people of Morocco.",
	     {"+anne_marie_kowalski KEN diplomacy", "+IRN HOUTHIS support",
	      "+TUR MAR support"},
	     0},
	    /* verdicts: "called X a provocation" is criticism of the act's
	     * author; no verdict word, no relation */
	    {"Spain recognised Palestine in May. Israel called the move "
	     "a reward for terrorism. Brazil called Argentina a friend.",
	     {"+ISR ESP criticism", "-BRA ARG criticism"},
	     0},
	    /* the sponsors of a text do what it does */
	    {"The UN General Assembly adopted a resolution condemning "
	     "Myanmar. The text, tabled by Canada and Norway, passed "
	     "easily.",
	     {"+UNGA MMR criticism", "+CAN MMR criticism",
	      "+NOR MMR criticism"},
	     0},
	    /* a condemned event whose agent comes in the next sentence;
	     * a reaction to "the incident" */
	    {"Kenya condemned the attack on a market in Mogadishu. The "
	     "attack was claimed by al-Shabaab. A Chinese coast guard "
	     "vessel rammed a Philippine supply boat. Japan condemned "
	     "the incident.",
	     {"+KEN AL_SHABAAB criticism", "+CHN PHL conflict",
	      "+JPN CHN criticism"},
	     0},
	    /* an opening phrase before the subject; "It" after a sentence
	     * opened by a state; "Their" opening a sentence */
	    {"In a letter to the Security Council, Colombia warned of "
	     "famine. Norway has always respected the sovereignty of "
	     "Ukraine. It remains committed to cooperation with Kyiv.",
	     {"+COL UNSC diplomacy", "+NOR UKR cooperation"},
	     0},
	    {"Iran shielded the Houthis for years. Their statement, "
	     "which accused Israel of aggression, was read on "
	     "television.",
	     {"+IRN ISR criticism"},
	     0},
	    /* "A and B, and C and D" are two lists; the object of "with"
	     * is no verb's subject */
	    {"Ghana settled disputes with Togo and Benin, and Kenya and "
	     "Uganda signed a treaty of friendly relations. The bloc "
	     "seeks close ties with Russia, growing trade with China and "
	     "openness to the West.",
	     {"+KEN UGA cooperation", "-BEN KEN cooperation",
	      "-TGO UGA cooperation", "-RUS CHN cooperation"},
	     0},
	    /* quantities of weapons; support received from X; a protest
	     * lodged with X; a visit with the place left implicit; a
	     * statement's "we" */
	    {"Turkey delivered three planeloads of weapons to the Libyan "
	     "army. Ukraine welcomed the support it received from Japan. "
	     "Manila lodged a formal protest with Beijing.",
	     {"+TUR LBY arms_transfer", "+JPN UKR support",
	      "+PHL CHN criticism"},
	     0},
	    {"The EU signed a strategic partnership with Namibia in "
	     "2022, and German Chancellor Olaf Scholz visited the "
	     "following year.",
	     {"+EU NAM cooperation", "+olaf_scholz NAM diplomacy"},
	     0},
	    {"Statement by the Ministry\n\nLatvia strongly supports "
	     "Ukraine. We urge Russia to withdraw its troops.",
	     {"+LVA UKR support", "+LVA RUS criticism"},
	     0},
	    /* an aside after an event noun has it as subject */
	    {"Egypt and Sudan signed an agreement in 2015. The agreement, "
	     "brokered by the African Union, eased tensions.",
	     {"+AU EGY diplomacy", "+AU SDN diplomacy"},
	     0},
	    /* troops sent with a purpose of help */
	    {"In 2013 Chad sent troops to help Mali against the insurgents.",
	     {"+TCD MLI support"},
	     0},
	    /* wire phrasings: "drawing condemnation from X", "traded
	     * artillery fire", "recalled its ambassador to", "approved
	     * the sale of ... to", "suspended a treaty with" */
	    {"North Korea fired a missile into the sea, drawing "
	     "condemnation from Japan. India and Pakistan traded "
	     "artillery fire. France recalled its ambassador to Niger. "
	     "The United States approved the sale of fighter jets to "
	     "Turkey. Algeria suspended a friendship treaty with Spain.",
	     {"+JPN PRK criticism", "+IND PAK conflict", "+FRA NER opposition",
	      "+USA TUR arms_transfer", "+DZA ESP opposition"},
	     0},
	    /* a person's own state is no partner of his ("The Kremlin said
	     * Putin and Xi discussed cooperation"); "protested to",
	     * "suspended X", "withdrew its ambassador from" */
	    {"The Kremlin said Putin and Xi discussed energy cooperation by "
	     "phone. Iraq protested to Turkey over the airstrikes. The "
	     "African Union suspended Niger. Nigeria withdrew its "
	     "ambassador from Niamey.",
	     {"+vladimir_putin xi_jinping cooperation",
	      "-vladimir_putin RUS cooperation", "+IRQ TUR criticism",
	      "+AU NER opposition", "+NGA NER opposition"},
	     0},
	    /* "as a mediator between", "security guarantor", "export
	     * restrictions", "joint coast guard exercise" */
	    {"Turkey has positioned itself as a mediator between Russia "
	     "and Ukraine. Russia is Armenia's main security guarantor. "
	     "Japan imposed export restrictions on South Korea. The "
	     "Philippines and Vietnam held their first joint coast guard "
	     "exercise.",
	     {"+TUR RUS diplomacy", "+TUR UKR diplomacy",
	      "+RUS ARM military_cooperation", "+JPN KOR sanctions",
	      "+PHL VNM military_cooperation"},
	     0},
	    /* strained relations; a noun in an agent phrase has no subject
	     * ("a move condemned by most UN member states"); a case
	     * against X; providers, creditors, designations */
	    {"Relations between Georgia and Russia have been strained since "
	     "2008. In 2014 Russia annexed Crimea, a move condemned by most "
	     "UN member states. The Philippines won an arbitration case "
	     "against China. The United Kingdom is Ukraine's second-largest "
	     "provider of military assistance. China is the largest creditor "
	     "of Zambia. The United States designated the Houthis a "
	     "terrorist organisation.",
	     {"+GEO RUS opposition", "-GEO RUS cooperation",
	      "-RUS UN affiliation", "+PHL CHN opposition", "+GBR UKR support",
	      "+CHN ZMB support", "+USA HOUTHIS sanctions"},
	     0},
	    /* "pitted X against Y", "exchanged ambassadors", "the purchase
	     * of", "analysts believe" (alleged) */
	    {"The dispute has pitted Egypt against Ethiopia. Saudi Arabia "
	     "and Iran exchanged ambassadors in 2023. Turkey's purchase of "
	     "the Russian S-400 system angered Washington.",
	     {"+EGY ETH opposition", "+SAU IRN diplomacy",
	      "+TUR RUS cooperation"},
	     0},
	    /* an event noun after a verb and an adjective is a noun of its
	     * own, hiding what follows and not taking the verb's subject */
	    {"The representative of China said his delegation opposed "
	     "unilateral sanctions against Venezuela.",
	     {"-CHN VEN sanctions", "-CHN VEN opposition"},
	     0},
	    /* pledges, closed borders, ", angering X" */
	    {"Saudi Arabia pledged $2 billion to Egypt's central bank. "
	     "Poland closed its border with Belarus. Armenia recognised "
	     "the court's jurisdiction, angering Moscow.",
	     {"+SAU EGY support", "+POL BLR opposition", "+RUS ARM criticism"},
	     0},
	    /* a list named once by apposition, later by its noun phrase
	     * (in a sentence with no cue too); an undefined one is nobody */
	    {"The co-chairs, Norway and Japan, opened the session in "
	     "Geneva. On Friday the co-chairs condemned Myanmar over the "
	     "airstrikes. The sponsors criticized Laos.",
	     {"+NOR MMR criticism", "+JPN MMR criticism", "-NOR LAO criticism"},
	     3},
	    /* "between the Government of X and the Y (ABBR)": the name
	     * before a known abbreviation does not break the pair */
	    {"Talks between the Government of Rwanda and the Congolese "
	     "Revolutionary Army (M23) resumed in Doha.",
	     {"+RWA M23 diplomacy", "-RWA COD diplomacy"},
	     2},
	    /* a reaction to an accusation ("rejected the accusations")
	     * opposes the accuser */
	    {"Kenya accused Uganda of arming rebels in the north. Kampala "
	     "dismissed the allegations.",
	     {"+KEN UGA criticism", "+UGA KEN opposition"},
	     3},
	    /* a referral ("brought the case to X") is diplomacy with X, not
	     * opposition to it */
	    {"In 2018 Guyana brought the case to the International Court "
	     "of Justice.",
	     {"+GUY ICJ diplomacy", "-GUY ICJ opposition"},
	     2},
	    /* withdrawn aid is a sanction; "the Biden administration" is
	     * the leader's state (lexicon affiliation and `prep seat`) */
	    {"In 2023 the Biden administration froze assistance to Niger.",
	     {"+USA NER sanctions", "-joe_biden NER sanctions",
	      "-USA NER support"},
	     2},
	    /* "of X and of Y": a repeated preposition continues the list */
	    {"The envoys of Armenia and of Azerbaijan resumed their peace "
	     "talks in Almaty.",
	     {"+ARM AZE diplomacy"},
	     2},
	    /* session 6 (batch 14): a subject pronoun is no object ("what
	     * he called"); a friendly verb's object is not after "against";
	     * "its" stands for one actor, not the list before it */
	    {"Kenyan President William Ruto spoke in Nairobi on Monday. "
	     "Uganda condemned what he called an insult.",
	     {"-UGA william_ruto criticism"},
	     1},
	    /* session 7, lead's batch 17: a mutual cue relates the
	     * members of its subject both ways */
	    {"Serbia and Kosovo have been at odds over the northern "
	     "municipalities for years.",
	     {"+SRB XKX opposition", "+XKX SRB opposition"},
	     3},
	    {"Ankara and Athens traded accusations over airspace violations.",
	     {"+TUR GRC criticism", "+GRC TUR criticism"},
	     3},
	    /* "in support of X": the subject supports X */
	    {"France conducted air strikes against the Islamic State in "
	     "support of Iraqi forces.",
	     {"+FRA IRQ support", "-ISIS IRQ support", "+FRA ISIS conflict"},
	     3},
	    /* "X's rivals" are not X */
	    {"Qatar has courted Saudi Arabia's rivals.",
	     {"-QAT SAU diplomacy"},
	     1},
	    /* a name particle after a title */
	    {"Brazilian President Luiz Carlos da Rocha visited Angola.",
	     {"+luiz_carlos_da_rocha AGO diplomacy"},
	     2},
	    /* "talks between Colombian officials and ELN commanders": two
	     * sides with words between, and the host with each */
	    {"Norway hosted talks between Colombian officials and ELN "
	     "commanders.",
	     {"+NOR COL diplomacy", "+NOR ELN diplomacy",
	      "+COL ELN diplomacy"},
	     4},
	    /* a place after a locative word is no subject */
	    {"Turkey, which has troops in Iraq fighting the PKK, criticised "
	     "Sweden.",
	     {"+TUR PKK conflict", "-IRQ PKK conflict", "+TUR SWE criticism"},
	     3},
	    {"Kenya, which has soldiers in the south of Somalia fighting "
	     "al-Shabaab, condemned the attack.",
	     {"+KEN AL_SHABAAB conflict", "-SOM AL_SHABAAB conflict",
	      "-KEN SOM criticism"},
	     0},
	    /* a person and the state they serve are one side */
	    {"Kenyan President William Ruto and Tanzanian President Samia "
	     "Suluhu Hassan met in Arusha and welcomed Kenya's proposal.",
	     {"+william_ruto samia_suluhu_hassan diplomacy",
	      "-william_ruto KEN diplomacy"},
	     0},
	    /* an event noun: the act of a state's leader is the state's */
	    {"Ethiopian Prime Minister Abiy Ahmed signed a deal with Eritrea. "
	     "Egypt condemned the deal.",
	     {"+EGY ETH criticism", "-EGY abiy_ahmed criticism"},
	     0},
	    /* a verb form ending its clause after a determiner is a noun */
	    {"Iraq and Turkey have quarrelled over the Tigris dams, which "
	     "Baghdad sees as a threat to its water supply.",
	     {"-IRQ TUR arms_transfer"},
	     0},
	    /* a verb form right after a noun cue's target preposition is
	     * an adjective ("raids on suspected militants") */
	    {"Pakistan launched raids on suspected militants near the "
	     "Afghan border.",
	     {"-PAK AFG criticism"},
	     1},
	    /* a non-state noun before a cue is its subject; what follows
	     * is not the object of the verb before */
	    {"Turkey and Qatar backed armed rebel groups fighting the "
	     "government of Libya.",
	     {"-TUR QAT conflict", "-TUR LBY support", "-QAT LBY support"},
	     1},
	    /* a determiner and a noun of authority before the verb is its
	     * subject, not the actor before them */
	    {"London says the government has since detained Iran's envoy.",
	     {"-GBR IRN opposition"},
	     1},
	    /* a speech phrase and a determiner: the noun phrase, not the
	     * speaker, is the subject */
	    {"Moscow said that the sanctions against Iran were illegal.",
	     {"-RUS IRN sanctions"},
	     1},
	    /* "asked X for help": the request, no helper; "failing to"
	     * negates */
	    {"Mali asked ECOWAS for assistance after jihadists attacked "
	     "Niger's border posts.",
	     {"+MLI ECOWAS diplomacy", "-ECOWAS NER support",
	      "-ECOWAS NER conflict"},
	     0},
	    {"The African Union met in Addis Ababa. Kenya criticised the "
	     "bloc for failing to defend Somalia.",
	     {"+KEN AU criticism", "+AU SOM support negated"},
	     0},
	    /* a transfer verb alone, read only with a weapon word after it;
	     * a security mission to a state supports it */
	    {"NATO allies agreed to send more air defence interceptors to "
	     "Kyiv. China sent a letter to the UN. India sent its defence "
	     "minister to Moscow.",
	     {"+NATO UKR arms_transfer", "-CHN UN arms_transfer",
	      "-IND RUS arms_transfer"},
	     0},
	    /* a need cue whose need is not met is a plain word for the
	     * cues before it too */
	    {"Rwanda pledged to send troops to Mozambique.",
	     {"+RWA MOZ support", "-RWA MOZ arms_transfer"},
	     2},
	    {"Kenya will lead a multinational security mission to Haiti.",
	     {"+KEN HTI support projected"},
	     2},
	    /* "according to X" names no target; a weapons package for X;
	     * a place after a locative word is no nearest actor */
	    {"Iran has supplied Russia with drones, according to Ukrainian "
	     "intelligence.",
	     {"+IRN RUS arms_transfer", "-IRN UKR arms_transfer"},
	     2},
	    {"The Pentagon announced a new weapons package for Taiwan.",
	     {"+USA TWN arms_transfer"},
	     2},
	    {"China and Russia held joint naval drills near the Japanese "
	     "coast.",
	     {"+CHN RUS military_cooperation",
	      "-CHN JPN military_cooperation"},
	     2},
	    /* "no evidence that" negates; "pressure on X" opposes X, and
	     * "expect" projects */
	    {"There is no evidence that Iran has supplied missiles to the "
	     "Taliban.",
	     {"+IRN TALIBAN arms_transfer negated"},
	     2},
	    {"Analysts expect Moscow to increase its pressure on Chisinau.",
	     {"+RUS MDA opposition projected"},
	     2},
	    /* a restrictive relative after a non-state noun: neither its
	     * verb nor the verb before relates the actor after it */
	    {"Iran arms militants who attack Israel.",
	     {"-IRN ISR arms_transfer", "-IRN ISR conflict"},
	     1},
	    /* an item of a list after "including" has no subject */
	    {"Brussels and London should prepare for coercion, including "
	     "pressure on Ireland's exports.",
	     {"-EU IRL opposition", "-GBR IRL opposition"},
	     0},
	    /* an order to leave opposes; an infinitive's object keeps the
	     * subject ("pledged to improve relations") */
	    {"Mali ordered the UN peacekeepers to leave. Burkina Faso told "
	     "Russia's envoy that it was grateful.",
	     {"+MLI UN opposition", "-BFA RUS opposition"},
	     0},
	    {"Greece and Turkey pledged to improve relations.",
	     {"+GRC TUR cooperation"},
	     2},
	    /* the target of an event noun before a verb is no subject of
	     * it: the noun's agent is ("X's attacks on Y angered Z") */
	    {"Azerbaijan's strikes on Armenian villages have angered Paris.",
	     {"+FRA AZE criticism", "-FRA ARM criticism"},
	     0},
	    /* "strained its relations with X" opposes X */
	    {"Uganda strained its relations with Kenya by closing the "
	     "border.",
	     {"+UGA KEN opposition", "-UGA KEN cooperation"},
	     0},
	    /* "procure N helicopters from X" */
	    {"Poland will procure 96 Apache helicopters from the United "
	     "States.",
	     {"+USA POL arms_transfer projected"},
	     2},
	    /* a subject list of people of both sides of the dyad in focus
	     * relate to each other */
	    {"Russia and China signed a trade deal. The two foreign "
	     "ministers, Sergei Lavrov and Wang Yi, have exchanged visits.",
	     {"+sergei_lavrov wang_yi diplomacy",
	      "-sergei_lavrov CHN diplomacy", "-wang_yi RUS diplomacy"},
	     3},
	    /* "received a phone call from X"; "granted X access to bases"
	     * (`need=basing`); "accused X of arming Y" criticises X */
	    {"Qatar's emir received a phone call from the Egyptian "
	     "president. Papua New Guinea granted Australia access to two "
	     "naval bases. Chad accused Libya of arming the rebels of the "
	     "FACT.",
	     {"+EGY QAT diplomacy", "-QAT EGY support",
	      "+PNG AUS military_cooperation", "+TCD LBY criticism"},
	     0},
	    /* a demand governs what follows it, not what comes before */
	    {"Russia vetoed a Security Council resolution calling for a "
	     "ceasefire.",
	     {"+RUS UNSC opposition reported"},
	     2},
	    /* right after a modal a phrase is a verb ("would visit X"),
	     * even with a dyad in focus */
	    {"Turkey bought jets from Britain. Officials said that Xi "
	     "Jinping would visit Brasilia this year.",
	     {"+xi_jinping BRA diplomacy hypothetical",
	      "-xi_jinping TUR diplomacy"},
	     3},
	    {"Putin and Xi met in Beijing. Kim Jong Un will reportedly "
	     "visit Moscow next month.",
	     {"+kim_jong_un RUS diplomacy", "-kim_jong_un CHN diplomacy"},
	     3},
	    /* "the parties", "all parties": the dyad in focus */
	    {"Ecuador and Peru clashed over the border. Brazil mediated "
	     "between the parties.",
	     {"+BRA ECU diplomacy", "+BRA PER diplomacy"},
	     0},
	    /* a noun's possessor is not its subject */
	    {"Timor-Leste became ASEAN's eleventh member in 2025.",
	     {"+TLS ASEAN affiliation"},
	     2},
	    /* weapons received from X; X's arms exports to Y; Y's main
	     * supplier of drones */
	    {"Bangladesh received J-10 fighters from China. France's arms "
	     "exports to India grew. Turkey is Azerbaijan's main supplier "
	     "of drones.",
	     {"+CHN BGD arms_transfer", "-BGD CHN diplomacy",
	      "+FRA IND arms_transfer", "+TUR AZE arms_transfer"},
	     4},
	    /* "served as a facilitator of peace talks between X and Y";
	     * an offer is projected */
	    {"Qatar has served as a facilitator of peace talks between "
	     "Rwanda and Congo. Turkey offered to mediate between Somalia "
	     "and Ethiopia.",
	     {"+QAT RWA diplomacy", "+QAT COD diplomacy",
	      "+TUR SOM diplomacy projected"},
	     0},
	    /* hosting a base; "clashed over" an issue is a dispute */
	    {"Djibouti hosts a large Chinese naval base. Canberra and "
	     "Wellington have clashed over fishing quotas.",
	     {"+DJI CHN military_cooperation", "-DJI CHN diplomacy",
	      "+AUS NZL opposition", "+NZL AUS opposition",
	      "-AUS NZL conflict"},
	     4},
	    /* past a place of a hostile noun, "with" is the verb's */
	    {"Modi discussed the war in Ukraine with Netanyahu.",
	     {"-narendra_modi benjamin_netanyahu conflict"},
	     0},
	    /* intentions are projected; "fight for X" is on X's side */
	    {"The EU is preparing new sanctions against Belarus. Georgia "
	     "hopes to join the European Union.",
	     {"+EU BLR sanctions projected", "+GEO EU affiliation projected"},
	     3},
	    {"Thousands of Belarusian volunteers fight for Ukraine.",
	     {"+BLR UKR military_cooperation", "-BLR UKR conflict"},
	     2},
	    /* (the cause is Western Sahara's since the lexicon has it) */
	    {"Algeria supported the Sahrawi cause against Morocco's plan.",
	     {"-DZA MAR support", "+DZA ESH support"},
	     2},
	    {"Norway urged Sudan and Chad to hold talks and increased its "
	     "aid to Ethiopia.",
	     {"+NOR ETH support", "-SDN ETH support", "-TCD ETH support"},
	     0},
	    /* the subject of an object relative follows the relative
	     * word; the source after "according to" is no subject; a
	     * pronoun object ends the object search */
	    {"Poland and Lithuania reported incidents that many governments "
	     "blame on Belarus.",
	     {"-POL BLR criticism", "-LTU BLR criticism"},
	     1},
	    {"According to UN experts, the network supplied drones to the "
	     "Houthis.",
	     {"-UN HOUTHIS arms_transfer"},
	     1},
	    {"Brazil has endorsed it as a way to cut its reliance on Chinese "
	     "loans.",
	     {"-BRA CHN support"},
	     1},
	    /* "call on X to": pressure on a state, a request to a body
	     * (cue option body=); the object of a verb is not the subject
	     * of the verb coordinated with it; "A and B, and C said" is two
	     * conjuncts */
	    {"Norway called on the Security Council to extend the mission. "
	     "Sweden called on Myanmar to release prisoners.",
	     {"+NOR UNSC diplomacy", "-NOR UNSC criticism",
	      "+SWE MMR criticism"},
	     3},
	    {"The Arab Group supports the Palestinian people and called on "
	     "Israel to end the siege.",
	     {"-PSE ISR criticism"},
	     1},
	    {"The plan was rejected by Peru and Chile, and Bolivia said it "
	     "regretted the decision and criticized Ecuador.",
	     {"+BOL ECU criticism", "-PER ECU criticism",
	      "-CHL ECU criticism"},
	     2},
	    /* cue words of session 6: phone calls, assurances, "in
	     * concert with", counter-sanctions, "protested against",
	     * "admitted X" (not "admitted that"), "controlled by" */
	    {"Chile spoke by phone with Argentina on Monday. Brazil "
	     "reassured Paraguay. Ghana acted in concert with Togo. Moscow "
	     "announced counter-sanctions against Australia. Iran protested "
	     "against Bahrain's statement. ASEAN admitted Timor-Leste in "
	     "2025. Israel admitted that Syria was not involved. The Africa "
	     "Corps is controlled by Russia.",
	     {"+CHL ARG diplomacy", "+BRA PRY diplomacy",
	      "+GHA TGO cooperation", "+RUS AUS sanctions",
	      "+IRN BHR criticism", "+TLS ASEAN affiliation",
	      "+AFRICA_CORPS RUS affiliation"},
	     8},
	    /* "denied the accusations" opposes the accuser; "denied
	     * V-ing ... to X" relates nobody to X (a denied act) */
	    {"Kenya accused Somalia of harbouring militants. Mogadishu "
	     "denied the accusations. Iran denied supplying drones to "
	     "Russia.",
	     {"+KEN SOM criticism", "+SOM KEN opposition",
	      "-IRN RUS opposition"},
	     4},
	    /* "the Ministry of Foreign Affairs in Tehran" is the state
	     * (`prep seat`); a number before a target ("against 12 British
	     * firms") */
	    {"The Ministry of Foreign Affairs in Tehran announced sanctions "
	     "against 12 British firms. Pakistan imposed sanctions on nine "
	     "Afghan officials.",
	     {"+IRN GBR sanctions", "+PAK AFG sanctions"},
	     3},
	    /* the agent inside a noun phrase ("the support of X") is no
	     * subject of a verb coordinated after it */
	    {"The statement welcomes the support of Peru for the talks, and "
	     "calls on Bolivia to attend.",
	     {"-PER BOL criticism"},
	     1},
	    /* a decision of a body ("admitted X": a neutral type, the
	     * verb's subject the target) is an act reacted to by "the
	     * decision", also in the passive and after "said it"; not by
	     * "it" */
	    {"In 2023 NATO admitted Finland. The decision was condemned by "
	     "Russia, and Iran said it regretted the move. Belarus backed "
	     "it.",
	     {"+FIN NATO affiliation", "+RUS NATO criticism",
	      "+IRN NATO criticism", "-BLR NATO support"},
	     4},
	    /* a state's adjective opening a movement's name (`prep rebel`)
	     * is not the state; a state's own forces stay the state's */
	    {"Uganda criticized the Congolese Revolutionary Army over "
	     "attacks on its border. The Sudanese Armed Forces attacked the "
	     "RSF in Khartoum.",
	     {"-UGA COD criticism", "+SDN RSF conflict"},
	     2},
	    /* session 7, batch 18 and the earlier misses of recall9:
	     * `need=materiel`: a buyer of weapons is their receiver, of
	     * anything else a trading partner; a source of X's weapons
	     * their supplier */
	    {"India remains the largest buyer of French weapons. Japan is "
	     "the largest buyer of Australian coal. Turkey has become the "
	     "main supplier of Azerbaijan's drones.",
	     {"+FRA IND arms_transfer", "-FRA IND cooperation",
	      "+JPN AUS cooperation", "-AUS JPN arms_transfer",
	      "+TUR AZE arms_transfer"},
	     4},
	    /* "provide X with Y": weapons (`prep materiel`) or aid (`prep
	     * aid`), nothing else; a `need=` cue that related nobody is
	     * no cue between ("a pact providing for mutual defence") */
	    {"Qatar provided Hamas with financial support, and Iran "
	     "provided the Houthis with missiles. The rule provides Egypt "
	     "with a pretext. Greece has a pact with Cyprus providing for "
	     "mutual defence.",
	     {"+QAT HAMAS support", "+IRN HOUTHIS arms_transfer",
	      "+GRC CYP alliance"},
	     4},
	    /* an embargo is a sanction; "voted with X"; "raised concerns
	     * with X"; "described X as contrary to international law" */
	    {"The embargo imposed by Turkey against Armenia was lifted in "
	     "2024. Nicaragua voted with Russia on every resolution. Japan "
	     "raised concerns with Seoul about the fishing zone. Chile "
	     "described Peru's claim as contrary to international law.",
	     {"+TUR ARM sanctions", "-TUR ARM opposition",
	      "+NIC RUS cooperation", "+JPN KOR criticism",
	      "+CHL PER criticism"},
	     5},
	    /* admission, readmission, accession to a body; "suspended
	     * from" it */
	    {"Timor-Leste's admission to ASEAN was approved in 2022. The "
	     "accession of Finland to NATO followed. Mali was suspended "
	     "from the African Union in 2021.",
	     {"+TLS ASEAN affiliation", "+FIN NATO affiliation",
	      "+AU MLI opposition"},
	     4},
	    /* a lead-in ending in a dash or ':' and its list items in
	     * lower case read as one text ("...; and" is text too); a
	     * stand-in noun stretches an object's window ("urged the
	     * government of Haiti") */
	    {"It is the sense of Congress that the United States "
	     "should\xe2\x80\x94\n\n(1) work with Norway and Iceland on "
	     "Arctic research; and\n\n(2) urge the Government of Nicaragua "
	     "to release all political prisoners.\n\nThe European Union "
	     "calls on Serbia to:\n\n- normalise its relations with "
	     "Kosovo;\n\n- release the detained journalists.\n\nCanada "
	     "urged the government of Haiti to hold elections.",
	     {"+USA NOR cooperation prescribed",
	      "+USA ISL cooperation prescribed",
	      "+USA NIC criticism prescribed", "+EU SRB criticism",
	      "+SRB XKX cooperation prescribed", "+CAN HTI criticism"},
	     0},
	    /* "his/her country" (`prep personal`): the state of the
	     * person or official named before it in the sentence, else
	     * nobody; a person and their own state are no relation */
	    /* "this Act" is no untitled person ("this", "these" are
	     * determiners); "the member states of X" (`prep partitive`)
	     * is the body X */
	    {"Parliament passed the Baltic Energy Security Act in 2024. "
	     "Under this Act, Lithuania sanctioned Belarus. This Act also "
	     "aided Latvia. France will work with Chile and the member "
	     "states of the African Union on climate finance.",
	     {"+LTU BLR sanctions", "+FRA CHL cooperation",
	      "+FRA AU cooperation"},
	     4},
	    /* a verb coordinated after an object of "with" looks further
	     * back for its subject; "to buy N fighter jets from X" (a
	     * `prep materiel` word after the verb), not wheat */
	    {"Chile expressed solidarity with Ecuador and condemned Mexico. "
	     "Indonesia signed a contract in Paris to buy 42 Rafale fighter "
	     "jets from France. Egypt bought wheat from Ukraine.",
	     {"+CHL ECU support", "+CHL MEX criticism",
	      "-ECU MEX criticism", "+FRA IDN arms_transfer",
	      "-UKR EGY arms_transfer", "+EGY UKR cooperation"},
	     5},
	    /* trade: a commodity word after "buy" (`need=commodity`); an
	     * agreement revoked is negated */
	    {"Despite Western pressure, India has continued to buy "
	     "discounted Russian oil.",
	     {"+IND RUS cooperation"},
	     2},
	    {"Niger's junta revoked a military agreement with the United "
	     "States.",
	     {"+NER USA military_cooperation negated"},
	     2},
	    /* a privilege taken away (`need=privilege`) is a sanction;
	     * without one the verb keeps its other readings */
	    {"The United States stripped Rwanda of its trade preferences in "
	     "2018. The EU suspended Turkey's visa-free access. Mexico "
	     "suspended talks with Peru. Japan withdrew its troops from "
	     "Iraq.",
	     {"+USA RWA sanctions", "+EU TUR sanctions", "-EU TUR opposition",
	      "+MEX PER opposition", "-MEX PER sanctions",
	      "-JPN IRQ sanctions"},
	     0},
	    /* a ban is a sanction; a friendly noun or verb after a
	     * hostile cue's word ("a ban on imports of X", "tariffs on
	     * trade with X") names its target and relates nobody */
	    {"Qatar announced a total ban on imports of Egyptian cotton. "
	     "Washington imposed tariffs on trade with Brazil. India signed "
	     "a trade deal with Chile. Britain said the veto was meant to "
	     "silence reporting on arms deals between Russia and Iran. "
	     "Australia withdrew amid concern about its relations with "
	     "China.",
	     {"+QAT EGY sanctions", "-QAT EGY cooperation",
	      "+USA BRA sanctions", "-USA BRA cooperation",
	      "+IND CHL cooperation", "+RUS IRN arms_transfer",
	      "-GBR RUS opposition", "-AUS CHN criticism"},
	     0},
	    /* "the Council of Europe" is no anaphor "the Council" and
	     * a rest */
	    {"Russia was expelled from the Council of Europe in 2022. The "
	     "Council of the European Union sanctioned Iran. Canada joined "
	     "the Lima Group in 2017.",
	     {"+COE RUS opposition", "+EU_COUNCIL IRN sanctions",
	      "+CAN LIMA_GROUP affiliation", "-CAN PER affiliation"},
	     4},
	    /* "demanded (that)" is pressure on the object; a leader's
	     * possessive before a `prep seat` word ("Milei's government",
	     * "Erdogan's ministers") is the leader's state */
	    {"The Security Council adopted a resolution demanding that "
	     "Israel halt settlement activity. Milei's government demanded "
	     "the extradition of the Iranian officials. Erdogan's ministers "
	     "criticized Sweden.",
	     {"+UNSC ISR criticism", "+ARG IRN criticism",
	      "-javier_milei IRN criticism", "+TUR SWE criticism"},
	     4},
	    /* the object of a verb that opens a clause after "that" is
	     * the subject of a noun in it */
	    {"Poland regrets that Hungary has announced a ban on imports of "
	     "Ukrainian grain.",
	     {"+POL HUN criticism", "+HUN UKR sanctions",
	      "-POL UKR sanctions"},
	     3},
	    /* prompted by a second transfer check (wire news, not in the
	     * repository): "give X a loan" (`need=aid`), "ordered X's
	     * ambassador to leave" (`need=departure`), "described X as a
	     * key partner" (`need=esteem`, a phrase read by its last
	     * word), "a security assistance agreement with X", "insulting
	     * comments about X"; a `need` cue with no object is no cue
	     * from the start ("pledged to provide equipment to X") */
	    {"Britain agreed to give Ukraine a $2 billion loan. Mali ordered "
	     "the French ambassador to leave the country. Kuwait signed a "
	     "security assistance agreement with Turkey. Chinese diplomats "
	     "posted insulting comments about Lithuania. Kenya described "
	     "Japan as a key partner. Chile called Peru's claim a "
	     "provocation. The general ordered the troops to fire. Qatar "
	     "pledged to provide medical equipment to Sudan.",
	     {"+GBR UKR support", "+MLI FRA opposition",
	      "+KWT TUR military_cooperation", "+CHN LTU criticism",
	      "+KEN JPN cooperation", "+CHL PER criticism",
	      "+QAT SDN support"},
	     8},
	    /* prompted by a third transfer check (an encyclopedia
	     * article, not in the repository): a sentence-opening word
	     * (`prep opener`: "After") starts no untitled name; "the
	     * Venezuelan opposition" is no state (a cue that is a
	     * `nonstate` noun too); "severed diplomatic ties" with no
	     * "with" targets the dyad in focus */
	    {"After Bola Tinubu took office, Nigeria criticized Niger. "
	     "Tinubu met Macron in Paris. Chile supported the Venezuelan "
	     "opposition. Peru criticized Mexico. In 2022 Peru severed "
	     "diplomatic ties.",
	     {"+NGA NER criticism", "+bola_tinubu emmanuel_macron diplomacy",
	      "-CHL VEN support", "+PER MEX opposition"},
	     5},
	    /* a state's adjective before a `prep seat` word names the
	     * state in full ("talks between the Colombian government and
	     * the ELN") */
	    {"Talks between the Kenyan government and the Somali "
	     "authorities resumed. Norway hosted peace talks between the "
	     "Colombian government and the ELN.",
	     {"+KEN SOM diplomacy", "+COL ELN diplomacy"},
	     0},
	    /* an invitation to join is no membership yet */
	    {"Ukraine received an invitation to join NATO in 2008. Norway "
	     "would not take up the invitation to join the European Union. "
	     "Finland joined NATO in 2023.",
	     {"+UKR NATO affiliation hypothetical",
	      "+NOR EU affiliation negated", "+FIN NATO affiliation reported"},
	     4},
	    {"The representative of Armenia said that Azerbaijan's attacks "
	     "against her country had to stop. Germany criticized Russia. "
	     "Hungary's delegate said her country supported Georgia. Kenyan "
	     "President William Ruto called the raid a threat to his "
	     "country.",
	     {"+AZE ARM conflict", "+HUN GEO support", "-RUS GEO support",
	      "-william_ruto KEN criticism"},
	     5},
	    /* a lexicon person named in a sentence with no cue is called
	     * later by the first word of the name too ("Moon") */
	    {"Moon Jae-in won the election in 2017. Moon visited Beijing "
	     "in December.",
	     {"+moon_jae_in CHN diplomacy"},
	     2},
	    /* cue words of session 8 (branch recall10): plural allies with
	     * "of" only ("the United States and its allies" names none);
	     * "bans"; "tensions between", "strained relations between"
	     * (each side against the other); "appointed an ambassador
	     * to", "engage with", "accession talks with"; a trade title
	     * is no trade; "agreed with"; a trade cut off ("halted gas
	     * supplies to", "banned exports of X to Y", "suspended
	     * imports of Australian coal" is no trade); "echoed that
	     * call" repeats the latest relation; "sold" with a weapon
	     * word after it; "the de facto authorities" (a group) */
	    {"Kenya and Ghana are close allies of France. Russia accused "
	     "the United States and its allies of stalling the talks. Chile "
	     "imposed bans on imports of Peruvian fruit. Tensions between "
	     "Serbia and Croatia rose in May. The crisis has strained "
	     "relations between Algeria and Morocco.",
	     {"+FRA KEN alliance", "+FRA GHA alliance", "-USA RUS alliance",
	      "+CHL PER sanctions", "+SRB HRV opposition",
	      "+HRV SRB opposition", "+DZA MAR opposition"},
	     0},
	    {"Qatar appointed an ambassador to Egypt. The EU envoy said "
	     "Norway would continue to engage with the Houthis. Albania "
	     "opened accession talks with the European Union. Canadian "
	     "Trade Minister Mary Ng said Ottawa would not be pressured. "
	     "Chile agreed with Peru on a fisheries plan.",
	     {"+QAT EGY diplomacy", "+NOR HOUTHIS diplomacy",
	      "+ALB EU diplomacy", "-CAN mary_ng cooperation",
	      "+CHL PER cooperation"},
	     5},
	    {"Russia halted gas supplies to Bulgaria. India banned exports "
	     "of wheat to Bangladesh. China suspended imports of "
	     "Australian coal. The United Kingdom urged Iran to release the "
	     "tanker. France and Germany echoed that call. Russia and "
	     "Belarus reportedly sold combat drones to Mali. Russia hosted "
	     "the Taliban in Moscow in 2022. Uzbekistan said it would work "
	     "with the de facto authorities.",
	     {"+RUS BGR sanctions", "-RUS BGR arms_transfer",
	      "+IND BGD sanctions", "+CHN AUS sanctions",
	      "-CHN AUS cooperation", "+FRA IRN criticism",
	      "+DEU IRN criticism", "+RUS MLI arms_transfer alleged",
	      "+BLR MLI arms_transfer", "+UZB TALIBAN cooperation"},
	     0},
	    /* "protested" alone; "each", "every" are determiners ("each
	     * visit by X" is a noun, not a passive verb) */
	    {"Greece protested each visit by Turkish officials to the "
	     "island. India protested the visit by Chinese officials to "
	     "Nepal.",
	     {"+GRC TUR criticism", "-TUR GRC diplomacy",
	      "+IND CHN criticism", "+CHN NPL diplomacy"},
	     4},
	    /* a name after a locative word is a place, no untitled person
	     * ("met at Sharm Sheikh"); a place's name between a
	     * determiner and an event noun ("the Sharm Sheikh summit")
	     * leaves the noun standing for the latest relation */
	    {"Leaders of Egypt and Jordan met at Sharm Sheikh in May. Hamas "
	     "condemned the Sharm Sheikh summit.",
	     {"+EGY JOR diplomacy", "+HAMAS EGY criticism",
	      "+HAMAS JOR criticism", "-HAMAS sharm_sheikh criticism"},
	     4},
	    /* a speech phrase's stance outweighs a future or a possibility
	     * in what it reports */
	    {"Ankara denied that Erdogan would visit Cairo. Seoul claimed "
	     "that Pyongyang could attack Japan.",
	     {"+recep_tayyip_erdogan EGY diplomacy denied",
	      "+PRK JPN conflict alleged"},
	     3},
	    /* before a coordinating word and no verb, a phrase with noun
	     * and verb readings is a noun ("Western sanctions and the
	     * seizure of X" sanction nobody); before a verb it may be a
	     * verb ("attacks and occupies") */
	    {"China said that Western sanctions and the seizure of Iranian "
	     "tankers had raised prices. Russia attacks and occupies "
	     "Ukrainian towns.",
	     {"-CHN IRN sanctions", "+RUS UKR conflict"},
	     2},
	    /* a verb with no auxiliary right after "and" that follows a
	     * backshifted report ("said that X was launching ...") goes
	     * with the speech verb: its subject is the speaker */
	    {"Iraq's delegate said that the PKK was launching attacks "
	     "against Turkey from Syrian territory and accused Damascus of "
	     "helping the group.",
	     {"+IRQ SYR criticism", "-PKK SYR criticism",
	      "+SYR PKK support alleged"},
	     4},
	    /* an armed group named earlier in the same clause is not "the
	     * group" (the coordinated verb's subject is the speaker too) */
	    {"Hamas attacked Israel in October. Turkey said that Iran had "
	     "been arming Hezbollah and accused Qatar of hosting the group.",
	     {"+TUR QAT criticism", "+QAT HAMAS diplomacy",
	      "-QAT HEZBOLLAH diplomacy"},
	     4},
	    /* a refusal or failure reaches four words ("failed to reach a
	     * deal with X") */
	    {"Ethiopia failed to reach a deal with Egypt.",
	     {"+ETH EGY cooperation negated"},
	     2},
	    /* ", a move that angered X": a noun in apposition to the
	     * clause before stands for its act (its subject) */
	    {"Russia invaded Ukraine in 2022, a move that angered Germany. "
	     "Erdogan called Israel a terror state, a remark that infuriated "
	     "Jerusalem.",
	     {"+DEU RUS criticism", "+ISR recep_tayyip_erdogan criticism"},
	     0},
	    /* a deed right after a verb is its object; actors after it
	     * are not (its agent after "by" or "of" is); the apposition
	     * rule also takes a deed ("the move that ...") */
	    {"Kenya suspended the decision after Washington urged it to. "
	     "Poland protested the decision by Germany to build the "
	     "pipeline. India banned exports of rice to Nepal in July, the "
	     "move that alarmed Bangladesh.",
	     {"-KEN USA opposition", "+POL DEU criticism",
	      "+IND NPL sanctions", "+BGD IND criticism"},
	     0},
	    /* a deed with an adjective ("the unprecedented move") */
	    {"Iran attacked Israel in April. Britain condemned the "
	     "unprecedented move.",
	     {"+GBR IRN criticism", "-GBR ISR criticism"},
	     3},
	    /* an untitled name coordinated with a person is a person at
	     * once ("between Colombian envoy Otty Patino and Pablo
	     * Beltran"); a state hosting talks relates to the envoys'
	     * states */
	    {"Norway hosted talks between Colombian envoy Otty Patino and "
	     "Pablo Beltran in Oslo.",
	     {"+otty_patino pablo_beltran diplomacy", "+NOR COL diplomacy",
	      "-NOR otty_patino diplomacy"},
	     4},
	    /* object pronouns (`prep objective`: "him", "them") right
	     * after a verb: the target of the sentence's relation before
	     * ("him", also `singular`, a single one); none across
	     * sentences */
	    {"Kenyan officials met Abiy Ahmed in Nairobi and urged him to "
	     "withdraw. Qatar financed Hamas and supplied them with "
	     "rockets. Brazil criticized Argentina. Chile refused to meet "
	     "him.",
	     {"+KEN abiy_ahmed criticism", "+QAT HAMAS arms_transfer",
	      "+BRA ARG criticism"},
	     6},
	    /* a verb form glued by a hyphen ("UN-backed") is an adjective:
	     * its object is the actor right after it or nobody, and its
	     * modifier is no later noun's subject nor a verb's object */
	    {"Rwanda will send a UN-backed peacekeeping force to Somalia. "
	     "Sudan accused the Chadian-backed Popular Defence Forces of "
	     "raids. Western Sahara is claimed by the Algerian-backed "
	     "Polisario Front.",
	     {"+RWA SOM support", "-UN SOM support", "-SDN TCD criticism",
	      "+DZA POLISARIO support"},
	     0},
	    /* "killed", "captured", "seized" are fighting */
	    {"Sudanese troops killed dozens of Ethiopian farmers. "
	     "Azerbaijani forces captured the Armenian village of Nerkin "
	     "Hand. Police seized drugs worth millions.",
	     {"+SDN ETH conflict", "+AZE ARM conflict"},
	     3},
	    /* "relations ... were severed" turns the relation hostile;
	     * "the second-largest recipient of US military aid" */
	    {"Diplomatic relations between Chile and Bolivia were severed "
	     "in 1978. Egypt is the second-largest recipient of US military "
	     "aid. Malala was the recipient of the Nobel Prize.",
	     {"+CHL BOL opposition", "-CHL BOL diplomacy", "+USA EGY support"},
	     4},
	    /* a deed's agent after a participle ("the allegations made by
	     * X") is still the verb's object */
	    {"The delegate of Iran rejected the allegations made by the "
	     "United Kingdom.",
	     {"+IRN GBR opposition"},
	     2},
	    /* a ceasefire or truce between two sides; a mediator verb's
	     * object noun shares its sides ("brokered a truce between X
	     * and Y": the mediator with each) */
	    {"Members welcomed the ceasefire between Israel and Hezbollah. "
	     "Qatar brokered a deal between Rwanda and Congo.",
	     {"+ISR HEZBOLLAH cooperation", "+QAT RWA diplomacy",
	      "+QAT COD diplomacy", "+RWA COD cooperation"},
	     0},
	    /* an untitled name opening its clause with a title in
	     * apposition is a person at once ("Roza Otunbayeva, Special
	     * Representative of the Secretary-General, said ...") */
	    {"Volker Perthes, Special Representative of the "
	     "Secretary-General, criticized the RSF. On Monday, Hans "
	     "Grundberg, the special envoy, met the Houthis in Muscat.",
	     {"+volker_perthes RSF criticism",
	      "+hans_grundberg HOUTHIS diplomacy"},
	     3},
	    /* right after a verb a phrase with a noun reading is a noun
	     * ("criticised attacks on X" is no attack by the critic) */
	    {"Pakistani officials have condemned attacks on Sikhs in Canada.",
	     {"+PAK CAN criticism", "-PAK CAN conflict"},
	     2},
	    /* a collective of a kind ("the three countries") is a list of
	     * three or more named earlier in the same sentence; a list of
	     * two is not that list */
	    {"Canada filed complaints against Chile, Peru and Ecuador, days "
	     "after the three countries imposed tariffs on Canadian wheat. "
	     "In 2021 Kenya and Uganda took the dispute to the African "
	     "Union, which urged the three countries to resume talks.",
	     {"+CHL CAN sanctions", "+PER CAN sanctions",
	      "+ECU CAN sanctions"},
	     0},
	    /* "accused X of V-ing its N": the possessive after the deed's
	     * verb is the accuser's */
	    {"Vietnam accused China of ramming its fishing boats.",
	     {"+VNM CHN criticism", "+CHN VNM conflict alleged"},
	     3},
	    /* "sent a special envoy to", "dispatched a delegation to" */
	    {"Turkey sent a special envoy to Damascus and Baghdad. The EU "
	     "dispatched a delegation to Caracas.",
	     {"+TUR SYR diplomacy", "+TUR IRQ diplomacy", "+EU VEN diplomacy"},
	     0},
	    /* stand-in nouns twice ("officials of the Government of X");
	     * "officials", "companies", "entities" stand in */
	    {"Canada imposed visa restrictions on officials of the "
	     "Government of Nicaragua.",
	     {"+CAN NIC sanctions"},
	     2},
	    /* "shall" is an obligation (a bill, a treaty) */
	    {"The United States shall impose sanctions on the Government "
	     "of Iran.",
	     {"+USA IRN sanctions prescribed"},
	     2},
	    /* the speakers named in a statement's heading after "by" are
	     * its "we" (two of a joint statement) */
	    {"Joint Statement by the Prime Minister of Japan and the "
	     "President of Kenya\n\nThe two leaders met in Nairobi. We call "
	     "on Russia to end the war.",
	     {"+JPN RUS criticism", "+KEN RUS criticism"},
	     0},
	    /* "commend" is support */
	    {"Armenia and Azerbaijan signed a peace agreement. Germany "
	     "commended both governments for their courage.",
	     {"+DEU ARM support", "+DEU AZE support"},
	     0},
	    /* "launched drones at", "air strikes inside X", "to deter X" */
	    {"Iran launched missiles at Israeli bases. Turkey conducted air "
	     "strikes inside Syria. Britain sent a frigate to the Gulf to "
	     "deter Iran.",
	     {"+IRN ISR conflict", "+TUR SYR conflict", "+GBR IRN opposition"},
	     4},
	};
	erg_lexicon *lx = lexicon(true);
	erg_graph *g;

	for (size_t i = 0; i < sizeof(cases) / sizeof(*cases); i++)
		check_case(lx, &cases[i]);

	/* a day and month with no year take the document's year; a
	 * dateline names no actor */
	g = ingest(lx, "Published 5 June 2024\n\nBERLIN, June 5 - Germany "
		       "criticized Russia. Poland had criticized Belarus on 3 "
		       "March.");
	{
		const erg_relation *r = find_rel(g, "DEU", "RUS", "criticism");
		assert_non_null(r);
		assert_string_equal(r->date, "2024-06-05");
		r = find_rel(g, "POL", "BLR", "criticism");
		assert_non_null(r);
		assert_string_equal(r->date, "2024-03-03");
		assert_int_equal(erg_graph_relation_count(g), 2);
	}
	erg_graph_free(g);

	/* "improbable" after a copula judges the phrase before; an
	 * object relative; "joined X in a pact"; a verb with an object
	 * that names nobody pairs no subjects */
	g = ingest(lx, "A defence pact with Serbia, which seemed near, is "
		       "improbable. The militias, whom Iran funds, "
		       "attacked. Chad joined Niger and Mali in a security "
		       "pact. Kenya and Ghana welcomed the agreement.");
	{
		const erg_relation *r = NULL;
		for (size_t i = 0; i < erg_graph_relation_count(g); i++) {
			const erg_relation *q = erg_graph_relation_c(g, i);
			if (!strcmp(erg_graph_actor_c(g, q->source)->id,
				    "SRB") ||
			    !strcmp(erg_graph_actor_c(g, q->target)->id, "SRB"))
				r = q;
		}
		if (r)
			assert_int_equal(r->modality, ERG_MOD_NEGATED);
	}
	assert_non_null(find_rel(g, "TCD", "NER", "alliance"));
	assert_non_null(find_rel(g, "TCD", "MLI", "alliance"));
	assert_null(find_rel(g, "TCD", "NER", "affiliation"));
	assert_null(find_rel(g, "GHA", "KEN", "diplomacy"));
	erg_graph_free(g);
	erg_lexicon_free(lx);
}

/* ---- lexicon ---- */

static erg_status parse(const char *text, erg_error *err)
{
	erg_lexicon *lx;
	erg_status st;
	assert_int_equal(erg_lexicon_new(&lx, err), ERG_OK);
	st = erg_lexicon_parse(lx, text, strlen(text), "x.lex", err);
	erg_lexicon_free(lx);
	return st;
}

static void test_text__lexicon_errors(void **state)
{
	erg_error err;
	assert_int_equal(parse("# ok\nactor A state\n  alias Aa\n", &err),
			 ERG_OK);
	assert_int_equal(parse("actor A stat\n", &err), ERG_EINVAL);
	assert_string_equal(err.file, "x.lex");
	assert_int_equal(err.line, 1);
	assert_int_equal(err.column, 9);
	assert_int_equal(parse("actor A state\n  alias Aa | Bb\nactor B state\n"
			       "  alias Cc | Bb\n",
			       &err),
			 ERG_EINVAL);
	assert_int_equal(err.line, 4);
	assert_non_null(strstr(err.message, "defined twice"));
	assert_int_equal(parse("  alias X\n", &err), ERG_EPARSE);
	assert_int_equal(parse("bogus x\n", &err), ERG_EPARSE);
	assert_int_equal(parse("actor A state\n  alias a{b\n", &err),
			 ERG_EPARSE);
	assert_int_equal(parse("actor A state\n  role x B 2020-13..\n", &err),
			 ERG_EINVAL);
	assert_int_equal(parse("cue t verb src=nowhere : x\n", &err),
			 ERG_EPARSE);
	assert_int_equal(parse("modality reported : x\n", &err), ERG_EINVAL);
	/* grammatical words: a known role, one word each; slot "dispute" */
	assert_int_equal(parse("prep agent : by | per\n", &err), ERG_OK);
	assert_int_equal(parse("prep bogus : by\n", &err), ERG_EPARSE);
	assert_non_null(strstr(err.message, "agent"));
	/* the message lists every role, from the parser's table */
	assert_non_null(strstr(err.message, "standin"));
	assert_non_null(strstr(err.message, "verdict"));
	assert_int_equal(parse("prep seat : authorities\n", &err), ERG_OK);
	/* verdict cues */
	assert_int_equal(parse("cue criticism verb verdict=yes : called\n",
			       &err),
			 ERG_OK);
	/* need=ROLE takes a prep role's name */
	assert_int_equal(parse("cue arms_transfer noun need=materiel : buyer "
			       "of\n",
			       &err),
			 ERG_OK);
	assert_int_equal(parse("cue support verb need=bogus : gave\n", &err),
			 ERG_EINVAL);
	assert_non_null(strstr(err.message, "bogus"));
	assert_int_equal(parse("cue sanctions noun through=yes : ban\n", &err),
			 ERG_OK);
	assert_int_equal(parse("cue sanctions noun through=1 : ban\n", &err),
			 ERG_EINVAL);
	assert_int_equal(parse("cue criticism verb verdict=maybe : called\n",
			       &err),
			 ERG_EINVAL);
	assert_int_equal(parse("prep agent : by means\n", &err), ERG_EPARSE);
	assert_int_equal(parse("cue diplomacy verb tgt=dispute : x\n", &err),
			 ERG_OK);
	assert_int_equal(parse("actor A state\n  alias |\n", &err), ERG_EPARSE);
	/* titles name up to four roles; office maps a role to another */
	assert_int_equal(parse("title a,b : x\nactor A state\n"
			       "  office a b\n",
			       &err),
			 ERG_OK);
	assert_int_equal(parse("title a,b,c,d,e : x\n", &err), ERG_ELIMIT);
	assert_int_equal(parse("title a,,b : x\n", &err), ERG_EPARSE);
	assert_int_equal(parse("actor A state\n  office a\n", &err),
			 ERG_EPARSE);
	assert_int_equal(err.line, 2);
	/* escapes and alternation */
	assert_int_equal(parse("actor A state\n  alias A\\|B | C{,s} # c\n",
			       &err),
			 ERG_OK);
}

static void test_text__case_rules_and_folding(void **state)
{
	erg_lexicon *lx;
	erg_error err;
	erg_graph *g;
	const char *lex = "actor USA state\n  alias US | =Chad\n"
			  "actor TUR state\n  alias Türkiye\n"
			  "actor KOR state\n  adj Korean\n"
			  "discard Korean Peninsula\n"
			  "coord and\n"
			  "cue cooperation noun : talks\n";
	assert_int_equal(erg_lexicon_new(&lx, &err), ERG_OK);
	assert_int_equal(erg_lexicon_parse(lx, lex, strlen(lex), "l", &err),
			 ERG_OK);
	g = ingest(lx, "Let us hold talks with turkiye and chad.");
	assert_int_equal(erg_graph_relation_count(g), 0);
	erg_graph_free(g);
	g = ingest(lx, "US and Turkiye held talks.");
	assert_non_null(find_rel(g, "USA", "TUR", "cooperation"));
	erg_graph_free(g);
	g = ingest(lx, "The Korean Peninsula and Türkiye held talks.");
	assert_int_equal(erg_graph_relation_count(g), 0);
	erg_graph_free(g);
	erg_lexicon_free(lx);
}

static void test_text__rules(void **state)
{
	erg_lexicon *lx = lexicon(true);
	erg_graph *g;
	const erg_relation *r;

	/* passive voice and abbreviations */
	g = ingest(lx, "Dr. Smith spoke. Ukraine was supplied with shells by "
		       "the U.S. in Jan. 2023. Nothing else happened.");
	r = find_rel(g, "USA", "UKR", "arms_transfer");
	assert_non_null(r);
	assert_non_null(strstr(r->evidence, "Ukraine was supplied"));
	assert_null(strstr(r->evidence, "Nothing"));
	erg_graph_free(g);

	/* coordination -> symmetric pair; collective reference */
	g = ingest(lx, "Moscow and Pyongyang have exchanged letters. Both "
		       "countries signed a trade agreement in November 2023.");
	assert_non_null(find_rel(g, "RUS", "PRK", "diplomacy"));
	r = find_rel(g, "RUS", "PRK", "cooperation");
	assert_non_null(r);
	assert_string_equal(r->date, "2023-11");
	erg_graph_free(g);

	/* hyphenated dyad; titles make persons; a later bare surname */
	g = ingest(lx, "The Russia-DPRK summit took place on September 13, "
		       "2023. North Korea's Sports Minister Kim Il Guk met "
		       "Russian officials. Later, Kim Il Guk's visit to "
		       "Moscow drew attention. Guk's visit to Japan "
		       "followed.");
	r = find_rel(g, "RUS", "PRK", "diplomacy");
	assert_non_null(r);
	assert_string_equal(r->date, "2023-09-13");
	assert_non_null(find_rel(g, "kim_il_guk", "RUS", "diplomacy"));
	assert_non_null(find_rel(g, "kim_il_guk", "JPN", "diplomacy"));
	{
		size_t i;
		assert_int_equal(erg_graph_find_actor(g, "kim_il_guk", &i), 0);
		assert_int_equal(erg_graph_actor_c(g, i)->kind,
				 ERG_KIND_PERSON);
		assert_string_equal(erg_graph_actor_c(g, i)->affiliation,
				    "PRK");
	}
	erg_graph_free(g);

	/* modality */
	g = ingest(lx, "Evidence suggests that Iran supplied drones to "
		       "Russia. It is improbable that China will sanction "
		       "Russia. Japan should criticize China.");
	r = find_rel(g, "IRN", "RUS", "arms_transfer");
	assert_non_null(r);
	assert_int_equal(r->modality, ERG_MOD_ALLEGED);
	r = find_rel(g, "CHN", "RUS", "sanctions");
	assert_non_null(r);
	assert_int_equal(r->modality, ERG_MOD_NEGATED);
	r = find_rel(g, "JPN", "CHN", "criticism");
	assert_non_null(r);
	assert_int_equal(r->modality, ERG_MOD_PRESCRIBED);
	erg_graph_free(g);
	/* "refused to" negates what follows */
	g = ingest(lx, "Serbia has refused to impose sanctions on Russia.");
	r = find_rel(g, "SRB", "RUS", "sanctions");
	assert_non_null(r);
	assert_int_equal(r->modality, ERG_MOD_NEGATED);
	erg_graph_free(g);
	/* "analysts believe" hedges what follows */
	g = ingest(lx, "Several analysts believe Moscow supplied North Korea "
		       "with satellite technology.");
	r = find_rel(g, "RUS", "PRK", "arms_transfer");
	assert_non_null(r);
	assert_int_equal(r->modality, ERG_MOD_ALLEGED);
	erg_graph_free(g);

	/* reported speech: the speaker is the source when the reported
	 * clause names none; the speech phrase gives the modality */
	g = ingest(lx, "Japan said that it condemned the attack by Russia. "
		       "Germany claimed that it had supported Ukraine. "
		       "Iran denied that it supplied drones to Russia. "
		       "Poland said that the Visegrad Group backs Ukraine.");
	r = find_rel(g, "JPN", "RUS", "criticism");
	assert_non_null(r);
	assert_int_equal(r->modality, ERG_MOD_REPORTED);
	r = find_rel(g, "DEU", "UKR", "support");
	assert_non_null(r);
	assert_int_equal(r->modality, ERG_MOD_ALLEGED);
	r = find_rel(g, "IRN", "RUS", "arms_transfer");
	assert_non_null(r);
	assert_int_equal(r->modality, ERG_MOD_DENIED);
	assert_null(find_rel(g, "POL", "UKR", "support"));
	erg_graph_free(g);

	/* references: an anaphor is the latest actor of its kind; "the two
	 * leaders" the two latest persons; "the two countries" the dyad
	 * most often related so far, not the pair named last */
	g = ingest(lx, "NATO held a summit in Vilnius. Finland joined the "
		       "alliance in April 2023. Vladimir Putin met Xi "
		       "Jinping in May 2024, and the two leaders signed a "
		       "joint statement. Russia and China criticized "
		       "Japan. Washington and Seoul warned Beijing. The two "
		       "countries signed a trade agreement.");
	assert_non_null(find_rel(g, "FIN", "NATO", "affiliation"));
	assert_non_null(find_rel(g, "vladimir_putin", "xi_jinping",
				 "diplomacy"));
	assert_non_null(find_rel(g, "RUS", "CHN", "cooperation"));
	assert_null(find_rel(g, "USA", "KOR", "cooperation"));
	erg_graph_free(g);

	/* a relation earlier in the sentence counts for a collective later
	 * in it */
	g = ingest(lx, "Ukraine criticized Iran. Russia helped Iran, and the "
		       "two countries signed a trade agreement.");
	assert_non_null(find_rel(g, "RUS", "IRN", "cooperation"));
	assert_null(find_rel(g, "UKR", "IRN", "cooperation"));
	erg_graph_free(g);

	/* a capital after a locative word is a place */
	g = ingest(lx, "Joe Biden and Emmanuel Macron met in Rome. Rome "
		       "criticized Moscow.");
	assert_non_null(find_rel(g, "joe_biden", "emmanuel_macron",
				 "diplomacy"));
	assert_null(find_rel(g, "joe_biden", "ITA", "diplomacy"));
	assert_null(find_rel(g, "emmanuel_macron", "ITA", "diplomacy"));
	assert_non_null(find_rel(g, "ITA", "RUS", "criticism"));
	erg_graph_free(g);

	/* between X and Y */
	g = ingest(lx, "Talks between Russia and Ukraine resumed.");
	assert_non_null(find_rel(g, "RUS", "UKR", "diplomacy"));
	erg_graph_free(g);
	erg_lexicon_free(lx);
}

/* "the Russian president" -> the person holding the role on the date of
 * the sentence, else of the document (--date), else the present holder */
static void test_text__roles_by_date(void **state)
{
	erg_lexicon *lx;
	erg_error err;
	erg_graph *g;
	erg_text_opts o;
	const char *lex =
	    "actor RUS state Russia\n  alias Russia\n  adj Russian\n"
	    "actor JPN state Japan\n  alias Japan\n  adj Japanese\n"
	    "  office leader head_of_government\n"
	    "actor pa person Pa One\n  alias Pa One\n  affiliation RUS\n"
	    "  role head_of_state RUS 2000..2008-05-07\n"
	    "  role head_of_state 2012-05-07..\n"
	    "actor pb person Pb Two\n  alias Pb Two\n  affiliation RUS\n"
	    "  role head_of_state RUS 2008-05-07..2012-05-07\n"
	    "actor jk person Jk Three\n  alias Jk Three\n  affiliation JPN\n"
	    "  role head_of_state JPN 1989..\n"
	    "actor jp person Jp Four\n  alias Jp Four\n  affiliation JPN\n"
	    "  role head_of_government JPN 2021-10..\n"
	    "title head_of_state : president\n"
	    "title foreign_minister : foreign minister\n"
	    "title leader,head_of_state : leader\n"
	    "month 3 : March\n"
	    "cue diplomacy verb : visited\n";
	const erg_relation *r;
	assert_int_equal(erg_lexicon_new(&lx, &err), ERG_OK);
	assert_int_equal(erg_lexicon_parse(lx, lex, strlen(lex), "l", &err),
			 ERG_OK);
	/* sentence dates pick the holder; a later bare surname follows */
	g = ingest(lx, "In March 2010 the Russian president visited Japan. "
		       "In 2005 Russia's president visited Japan. "
		       "The Russian president visited Japan in 2015.");
	assert_non_null(find_rel(g, "pb", "JPN", "diplomacy"));
	assert_non_null(find_rel(g, "pa", "JPN", "diplomacy"));
	assert_null(find_rel(g, "RUS", "JPN", "diplomacy"));
	assert_int_equal(erg_graph_relation_count(g), 3);
	erg_graph_free(g);
	/* the document date; an office mapping (leader = head of government) */
	erg_text_opts_init(&o);
	o.doc_date = "2022-01-01";
	assert_int_equal(erg_graph_new(&g, NULL, &err), ERG_OK);
	{
		const char *t = "Japan's leader visited Russia's president. "
				"The Russian leader visited Japan.";
		assert_int_equal(erg_text_ingest_memory(g, lx, t, strlen(t),
							"d.txt", ERG_TEXT_PLAIN,
							&o, &err),
				 ERG_OK);
	}
	r = find_rel(g, "jp", "pa", "diplomacy");
	assert_non_null(r);
	assert_string_equal(r->date, "2022-01-01");
	/* "leader" falls back to head_of_state where no office maps it */
	assert_non_null(find_rel(g, "pa", "JPN", "diplomacy"));
	erg_graph_free(g);
	/* no date at all: the present holder; nobody holds it: the state */
	g = ingest(lx, "The Russian president visited Japan. Russia's "
		       "foreign minister visited Japan.");
	assert_non_null(find_rel(g, "pa", "JPN", "diplomacy"));
	assert_non_null(find_rel(g, "RUS", "JPN", "diplomacy"));
	erg_graph_free(g);
	erg_lexicon_free(lx);

	/* the default lexicon */
	lx = lexicon(true);
	g = ingest(lx, "In June 2024 the Russian president visited "
		       "Pyongyang, where North Korea's leader hosted him.");
	assert_non_null(find_rel(g, "vladimir_putin", "PRK", "diplomacy"));
	erg_graph_free(g);
	g = ingest(lx, "In May 2010 the Russian president visited China.");
	assert_non_null(find_rel(g, "dmitry_medvedev", "CHN", "diplomacy"));
	erg_graph_free(g);
	erg_lexicon_free(lx);
}

/* Random documents and lexicons built from pieces that exercise the scan
 * (phrases, case, non-ASCII folding, marks, white space runs, quotes) and
 * the analysis: every one must be read without error or crash (run under
 * the sanitizers too), and relations keep valid evidence offsets. */
static unsigned long long rng_state = 88172645463325252ULL;

static unsigned rnd(unsigned n)
{
	rng_state ^= rng_state << 13;
	rng_state ^= rng_state >> 7;
	rng_state ^= rng_state << 17;
	return (unsigned)(rng_state % n);
}

static void test_text__random_inputs(void **state)
{
	static const char *pieces[] = {
		"Russia", "North Korea", "the Russian president", "Türkiye",
		"TÜRKIYE", "Turkiye", "Côte d’Ivoire", "U.S.", "US", "us",
		"criticized", "supplied weapons to", "sanctions against",
		"visit to", "said that", "denied that", "the two countries",
		"the two leaders", "the alliance", "NATO", "Kim Jong Un",
		"Foreign Minister", "Sergei Lavrov", "Putin", "in", "Rome",
		"and", "the", "not", "could", "will", "in March 2024", "13",
		"September", "2023", ",", ".", ". ", "!", "?", ";", ":", "\"",
		"\xe2\x80\x9c", "\xe2\x80\x9d", "'s", "\xe2\x80\x99s", "-",
		"\xe2\x80\x94", "(", ")", "**", "__", " ", "  ", "\n", "\r\n",
		"\n\n", "\t", "e\xcc\x81", "\xcc\x81", "\xc3\x9f", "\xef\xac\x81",
		"\xe4\xb8\xad\xe5\x9b\xbd", "\xf0\x9f\x98\x80", "x", "Xx",
		"between", "by", "was", "Dr.", "Jan.", "Moscow-Pyongyang",
		"Russia-DPRK", "Republic of Korea", "the Kremlin"
	};
	static const char *lexp[] = {
		"actor A state\n", "actor B person Bee Bee\n", "  alias Aa | Ab\n",
		"  alias B{x,y}\n", "  adj Ay\n", "  capital Cap\n",
		"  role r A 2000..\n", "  office r s\n", "  affiliation A\n",
		"title r,s : chief\n", "cue cooperation verb : meets\n",
		"cue support noun src=poss tgt=+to : help\n",
		"modality negated rank=2 window=3 : not\n",
		"speech modality=alleged : claims\n", "collective person : both\n",
		"anaphor org : the body\n", "locative : in\n", "det : the\n",
		"coord : and\n", "month 1 : Jan\n", "discard : Aa Aa\n",
		"boundary : but\n", "# comment\n", "\n", "actor\n", "  alias\n",
		"cue nosuch verb : x\n", "title : x\n", "  alias =~\n",
		"actor C org\n  alias \xc3\xa9t\xc3\xa9\n"
	};
	erg_lexicon *lx = lexicon(true);
	char doc[4096], lex[2048];
	for (int round = 0; round < 300; round++) {
		erg_graph *g;
		erg_error err;
		erg_status st;
		size_t n = 0;
		int parts = 1 + (int)rnd(120);
		for (int k = 0; k < parts; k++) {
			const char *p = pieces[rnd(sizeof(pieces) / sizeof(*pieces))];
			size_t l = strlen(p);
			if (n + l + 1 >= sizeof(doc))
				break;
			memcpy(doc + n, p, l);
			n += l;
			if (rnd(3))
				doc[n++] = ' ';
		}
		assert_int_equal(erg_graph_new(&g, NULL, &err), ERG_OK);
		st = erg_text_ingest_memory(g, lx, doc, n, "r.txt",
					    ERG_TEXT_PLAIN, NULL, &err);
		assert_int_equal(st, ERG_OK);
		for (size_t i = 0; i < erg_graph_relation_count(g); i++) {
			const erg_relation *r = erg_graph_relation_c(g, i);
			assert_true(r->offset >= 0 && (size_t)r->offset < n);
		}
		/* the same bytes as HTML */
		st = erg_text_ingest_memory(g, lx, doc, n, "r.html",
					    ERG_TEXT_HTML, NULL, &err);
		assert_true(st == ERG_OK || st == ERG_EPARSE);
		erg_graph_free(g);
	}
	erg_lexicon_free(lx);
	/* random lexicons: parsed or refused with a line number */
	for (int round = 0; round < 300; round++) {
		erg_lexicon *l2;
		erg_error err;
		erg_status st;
		size_t n = 0;
		int parts = 1 + (int)rnd(12);
		for (int k = 0; k < parts; k++) {
			const char *p = lexp[rnd(sizeof(lexp) / sizeof(*lexp))];
			size_t l = strlen(p);
			if (n + l + 1 >= sizeof(lex))
				break;
			memcpy(lex + n, p, l);
			n += l;
		}
		lex[n] = '\0';
		assert_int_equal(erg_lexicon_new(&l2, &err), ERG_OK);
		st = erg_lexicon_parse(l2, lex, n, "r.lex", &err);
		if (st != ERG_OK) {
			assert_true(err.line > 0);
			assert_string_equal(err.file, "r.lex");
		} else {
			erg_graph *g;
			const char *t = "Aa meets Ab. Bee Bee claims Aa help to "
					"the body. Both meets Cap in Cap.";
			assert_int_equal(erg_graph_new(&g, NULL, &err), ERG_OK);
			st = erg_text_ingest_memory(g, l2, t, strlen(t), "t.txt",
						    ERG_TEXT_PLAIN, NULL, &err);
			assert_true(st == ERG_OK || st == ERG_EINVAL);
			erg_graph_free(g);
		}
		erg_lexicon_free(l2);
	}
}

/* ---- readers ---- */

static void test_text__pdf_text_and_boilerplate(void **state)
{
	erg_lexicon *lx = lexicon(true);
	const char *text =
	    "\xEF\xBB\xBF**Title: Russia and Japan**\r\n\r\n"
	    "Russia and North Korea have exchanged let-\r\nters of\r\n\r\n\r\n"
	    "\r\ncongratulations with **Japan**.\r\n\r\n"
	    "■ **John DOE** is a research fellow. Russia criticized Japan.\n\n"
	    "Tel. 82 2 2277 1683. Russia criticized China.\n";
	erg_graph *g = ingest(lx, text);
	const erg_relation *r = find_rel(g, "RUS", "PRK", "diplomacy");
	assert_non_null(r);
	assert_non_null(
	    strstr(r->evidence, "exchanged letters of congratulations with "
				"Japan."));
	assert_null(find_rel(g, "RUS", "JPN", "criticism"));
	assert_null(find_rel(g, "RUS", "CHN", "criticism"));
	/* offsets point into the original bytes */
	assert_int_equal(r->offset, (long long)(strstr(text, "Russia and "
							     "North") -
						      text));
	erg_graph_free(g);
	erg_lexicon_free(lx);
}

static void test_text__html(void **state)
{
	erg_lexicon *lx = lexicon(true);
	const char *html =
	    "<!DOCTYPE html><html><head><title>x</title>"
	    "<meta property=\"article:published_time\" "
	    "content=\"2024-06-05T10:00:00Z\">"
	    "<script>Russia criticized Japan.</script></head><body>"
	    "<nav>Russia criticized China.</nav><article><h1>Headline</h1>"
	    "<p>Germany criticized <b>Russia</b> on Monday.</p></article>"
	    "<footer>Japan criticized China.</footer></body></html>";
	erg_graph *g;
	erg_error err;
	const erg_relation *r;
	assert_int_equal(erg_graph_new(&g, NULL, &err), ERG_OK);
	assert_int_equal(erg_text_ingest_memory(g, lx, html, strlen(html),
						"a.html", ERG_TEXT_AUTO, NULL,
						&err),
			 ERG_OK);
	assert_int_equal(erg_graph_relation_count(g), 1);
	r = find_rel(g, "DEU", "RUS", "criticism");
	assert_non_null(r);
	assert_string_equal(r->date, "2024-06-05");
	erg_graph_free(g);
	erg_lexicon_free(lx);
}

static void test_text__bad_input(void **state)
{
	erg_lexicon *lx = lexicon(false);
	erg_graph *g;
	erg_error err;
	char path[512];
	char *big;
	/* 30 MB in one line; 2 MB under AddressSanitizer, which makes the
	 * pipeline some twenty times slower */
#if defined(__SANITIZE_ADDRESS__)
	size_t n = (size_t)2 << 20;
#else
	size_t n = (size_t)30 << 20;
#endif
	FILE *fp;

	assert_int_equal(erg_graph_new(&g, NULL, &err), ERG_OK);
	assert_int_equal(erg_text_ingest_memory(g, lx, "", 0, "e.txt",
						ERG_TEXT_AUTO, NULL, &err),
			 ERG_OK);
	assert_int_equal(erg_graph_relation_count(g), 0);
	assert_int_equal(erg_text_ingest_memory(g, lx, "ab\0cd", 5, "b.txt",
						ERG_TEXT_AUTO, NULL, &err),
			 ERG_EPARSE);
	assert_non_null(strstr(err.message, "binary"));
	assert_int_equal(erg_text_ingest_memory(g, lx, "ab\xff", 3, "u.txt",
						ERG_TEXT_AUTO, NULL, &err),
			 ERG_EPARSE);
	assert_non_null(strstr(err.message, "UTF-8"));
	/* one long line, streamed in bounded memory */
	snprintf(path, sizeof(path), "%s/long.txt", th_tmpdir());
	big = malloc(n);
	assert_non_null(big);
	for (size_t i = 0; i < n; i++)
		big[i] = "Russia criticized Japan. "[i % 25];
	fp = fopen(path, "wb");
	assert_non_null(fp);
	assert_int_equal(fwrite(big, 1, n, fp), n);
	fclose(fp);
	free(big);
	assert_int_equal(erg_text_ingest_file(g, lx, path, ERG_TEXT_PLAIN,
					      NULL, &err),
			 ERG_OK);
	/* every sentence of the line was read */
	assert_true(erg_graph_relation_count(g) >= n / 25 - 1);
	erg_graph_free(g);
	/* a line longer than the paragraph cap (1 MiB) whose newline is
	 * in the buffer is cut too, not refused */
	{
		size_t m = (size_t)3 << 19; /* 1.5 MiB */
		const char *tail = "\n\nChile criticized Peru.\n";
		char *mem = malloc(m + strlen(tail) + 1);
		assert_non_null(mem);
		for (size_t i = 0; i < m; i++)
			mem[i] = "Russia criticized Japan. "[i % 25];
		strcpy(mem + m, tail);
		assert_int_equal(erg_graph_new(&g, NULL, &err), ERG_OK);
		assert_int_equal(erg_text_ingest_memory(g, lx, mem, strlen(mem),
							"l.txt", ERG_TEXT_PLAIN,
							NULL, &err),
				 ERG_OK);
		assert_non_null(find_rel(g, "RUS", "JPN", "criticism"));
		assert_non_null(find_rel(g, "CHL", "PER", "criticism"));
		free(mem);
		erg_graph_free(g);
	}
	erg_lexicon_free(lx);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_text__lexicon_errors),
		cmocka_unit_test(test_text__case_rules_and_folding),
		cmocka_unit_test(test_text__rules),
		cmocka_unit_test(test_text__roles_by_date),
		cmocka_unit_test(test_text__random_inputs),
		cmocka_unit_test(test_text__pdf_text_and_boilerplate),
		cmocka_unit_test(test_text__html),
		cmocka_unit_test(test_text__bad_input),
		cmocka_unit_test(test_text__brief_gold),
		cmocka_unit_test(test_text__own_texts_gold),
		cmocka_unit_test(test_text__heldout_gold),
		cmocka_unit_test(test_text__generality_rules),
		cmocka_unit_test(test_text__examples_gold),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
