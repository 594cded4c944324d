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

/* The relation s -> t of the type exists and has the date. */
static void assert_dated(const erg_graph *g, const char *s, const char *t,
			 const char *type, const char *date)
{
	const erg_relation *r = find_rel(g, s, t, type);
	assert_non_null(r);
	assert_non_null(r->date);
	assert_string_equal(r->date, date);
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
	/* the bar is 0.8 / 0.8; the rules hold the full score */
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
		/* the lead's batch 21 of session 8: 0.58 / 0.50 on its first
		 * run (07ac7ae); the lead's rules of the session were then
		 * written against its misses and against made-up sentences:
		 * 0.76 / 0.71 */
		{"held-out texts, twenty-first batch",
		 {"heldout21-encyclopedia-grain", "heldout21-news-srilanka",
		  "heldout21-unsc-afghanistan"},
		 0.7, 0.65},
		/* the lead's batch 22 of session 8, kept outside the
		 * repository until every rule of the session was merged: 0.64
		 * / 0.68 at 07ac7ae, 0.69 / 0.66 at the end (no transfer);
		 * no rule written for it */
		{"held-out texts, twenty-second batch",
		 {"heldout22-encyclopedia-mongolia", "heldout22-news-bangladesh",
		  "heldout22-readout-tunisia", "heldout22-resolution-kosovo"},
		 0.6, 0.6},
		/* session 9 (branch recall11): the helper's batch 23h, gold
		 * written before any run: 0.80 / 0.65 on its first run
		 * (1eb24e2), then the rules it prompted; the fourth text, a
		 * transfer check written after most of them, 1.00 / 0.59
		 * both at 1eb24e2 and after the rules */
		{"held-out texts, twenty-third batch (helper)",
		 {"heldout23h-news-chad", "heldout23h-unsc-bosnia",
		  "heldout23h-encyclopedia-iran-pakistan",
		  "heldout23h-analysis-algeria-france"},
		 0.9, 0.75},
		/* the lead's batch 23 of session 9, kept outside the
		 * repository until every rule of the session was merged: 0.73
		 * / 0.62 at 1eb24e2 and at the end (no transfer); no rule
		 * written for it */
		{"held-out texts, twenty-third batch (lead)",
		 {"heldout23-analysis-sweden-nato",
		  "heldout23-encyclopedia-indonesia",
		  "heldout23-news-australia-china",
		  "heldout23-news-hungary-ukraine"},
		 0.65, 0.55},
		/* session 10 (branch lex12): the helper's batch 24h, gold
		 * written before any run, a transfer measure of the cue
		 * inventory (no rule or cue written for it): 0.78 / 0.58 at
		 * 0119c75, 0.76 / 0.62 after the inventory */
		{"held-out texts, twenty-fourth batch (helper)",
		 {"heldout24h-news-fergana", "heldout24h-unsc-southsudan",
		  "heldout24h-encyclopedia-egypt-turkey"},
		 0.7, 0.55},
		/* the lead's batch 24 of session 10, kept outside the
		 * repository until every rule of the session was merged: 0.81
		 * / 0.56 at ba5684a, 0.79 / 0.56 at the end (no transfer); no
		 * rule written for it */
		{"held-out texts, twenty-fourth batch (lead)",
		 {"heldout24-news-kosovo-serbia", "heldout24-analysis-saudi-iran",
		  "heldout24-law-icc-sanctions", "heldout24-press-camp-david"},
		 0.72, 0.5},
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

/* A generality case of tests/data/text/generality.txt: a text, the
 * relations it must give ("+S T TYPE", "+S T TYPE MODALITY" to check its
 * modality too) and those it must not ("-S T TYPE"); `count` is the exact
 * number of relations, or -1 for any. `line` is the case's first line. */
typedef struct {
	char text[4096];
	char rel[16][128];
	int n_rel, count, line;
} rel_case;

static void check_case(erg_lexicon *lx, const rel_case *k, const char *file)
{
	erg_graph *g = ingest(lx, k->text);
	for (int i = 0; i < k->n_rel; i++) {
		char s[64], t[64], ty[64], mod[64];
		const erg_relation *r;
		int n = sscanf(k->rel[i] + 1, "%63s %63s %63s %63s", s, t, ty,
			       mod);
		if (n != 3 && n != 4)
			fprintf(stderr, "%s:%d: bad relation line: %s\n", file,
				k->line, k->rel[i]);
		assert_true(n == 3 || n == 4);
		r = find_rel(g, s, t, ty);
		if ((r != NULL) != (k->rel[i][0] == '+') ||
		    (r && n == 4 &&
		     strcmp(erg_modality_name(r->modality), mod)))
			fprintf(stderr, "%s:%d: %s: %s\n", file, k->line,
				k->rel[i], k->text);
		assert_true((r != NULL) == (k->rel[i][0] == '+'));
		if (r && n == 4)
			assert_string_equal(erg_modality_name(r->modality),
					    mod);
	}
	if (k->count >= 0 && erg_graph_relation_count(g) != (size_t)k->count)
		fprintf(stderr, "%s:%d: %zu relations, not %d: %s\n", file,
			k->line, erg_graph_relation_count(g), k->count, k->text);
	if (k->count >= 0)
		assert_int_equal(erg_graph_relation_count(g), k->count);
	erg_graph_free(g);
}

/* Runs every case of the file (format in its header); returns how many. */
static int run_cases(erg_lexicon *lx, const char *name)
{
	char *data = th_slurp(th_data(name), NULL), *p;
	rel_case k;
	int n = 0, lineno = 0;
	size_t tl = 0;
	bool in_case = false, para = false;
	assert_non_null(data);
	memset(&k, 0, sizeof(k));
	k.count = -1;
	for (p = data; *p;) {
		char *e = strchr(p, '\n');
		size_t len = e ? (size_t)(e - p) : strlen(p);
		lineno++;
		if (len == 0 || p[0] == '#') {
			/* a blank line ends a case */
			if (len == 0 && in_case) {
				check_case(lx, &k, name);
				n++;
				memset(&k, 0, sizeof(k));
				k.count = -1;
				in_case = false;
				tl = 0;
			}
		} else if (p[0] == '>') {
			/* text: lines joined with a space; ">" alone is a
			 * paragraph break */
			const char *w = p + 1;
			size_t wl = len - 1;
			if (wl && *w == ' ') {
				w++;
				wl--;
			}
			if (!in_case) {
				in_case = true;
				para = false;
				k.line = lineno;
			}
			if (!wl) {
				para = true;
			} else {
				const char *sep = !tl ? "" : para ? "\n\n" : " ";
				assert_true(tl + strlen(sep) + wl <
					    sizeof(k.text));
				memcpy(k.text + tl, sep, strlen(sep));
				tl += strlen(sep);
				memcpy(k.text + tl, w, wl);
				tl += wl;
				k.text[tl] = '\0';
				para = false;
			}
		} else if ((p[0] == '+' || p[0] == '-') && in_case &&
			   k.n_rel < 16 && len < sizeof(k.rel[0])) {
			memcpy(k.rel[k.n_rel], p, len);
			k.rel[k.n_rel++][len] = '\0';
		} else if (p[0] == '=' && in_case) {
			k.count = atoi(p + 1);
		} else {
			fprintf(stderr, "%s:%d: unexpected line: %.*s\n", name,
				lineno, (int)len, p);
			fail();
		}
		p = e ? e + 1 : p + len;
	}
	if (in_case) {
		check_case(lx, &k, name);
		n++;
	}
	free(data);
	return n;
}

/* Grammar rules for unseen text (sentences unlike the gold texts). */
static void test_text__generality_rules(void **state)
{
	erg_lexicon *lx = lexicon(true);
	erg_graph *g;

	/* the cases of the data file (about two hundred) */
	assert_true(run_cases(lx, "text/generality.txt") >= 195);

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
	assert_dated(g, "RUS", "PRK", "cooperation", "2023-11");
	erg_graph_free(g);

	/* a date in a relative clause is that clause's, not the main
	 * clause's */
	g = ingest(lx, "Seoul and Tokyo agreed to resume their currency swap, "
		       "which had been suspended in 2015. Russia, which "
		       "invaded Ukraine in 2022, signed a deal with Iran in "
		       "March 2024.");
	r = find_rel(g, "KOR", "JPN", "cooperation");
	assert_non_null(r);
	assert_true(r->date == NULL || strcmp(r->date, "2015") != 0);
	assert_dated(g, "RUS", "UKR", "conflict", "2022");
	assert_dated(g, "RUS", "IRN", "cooperation", "2024-03");
	erg_graph_free(g);

	/* coordinated verb phrases each with a date of their own; a date
	 * opening the sentence is every phrase's that names none */
	g = ingest(lx, "Bolivia established diplomatic relations with Iran in "
		       "2007 and signed a defence cooperation memorandum with "
		       "Tehran in 2023. In 2019, Ghana hosted Togo's president "
		       "and signed a trade deal with Benin.");
	assert_dated(g, "BOL", "IRN", "diplomacy", "2007");
	assert_dated(g, "BOL", "IRN", "military_cooperation", "2023");
	assert_dated(g, "GHA", "BEN", "cooperation", "2019");
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
