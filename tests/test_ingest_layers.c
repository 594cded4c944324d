/* test_ingest_layers.c - the default lexicon with user layers and the
 * automaton built once (erg_lexicon_new_default_with) against the same
 * lexicon built layer by layer; relations named as they are made
 * (erg_text_opts.doc_name). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "helpers.h"
#include "text_internal.h"

static const char *layer1 = "actor ZZ_A state Zorvania\n"
			    "  alias Zorvania | Zorvan\n  adj Zorvanian\n";
/* takes "Zorvan" over from layer1: a warning */
static const char *layer2 = "actor ZZ_B state Belmorra\n"
			    "  alias Belmorra | Zorvan\n";

static const char *text =
    "Zorvania signed a treaty with Belmorra in March 2021. Russia "
    "criticized Zorvania. The Zorvanian minister visited Belmorra.";

/* names of the default lexicon */
static const char *news = "Russia criticized Ukraine in March 2021. China "
			  "signed a trade agreement with Brazil.";

static void on_warn(void *ud, const char *file, long line, const char *msg)
{
	(void)file, (void)line, (void)msg;
	++*(int *)ud;
}

static void scan_all(const erg_lexicon *lx, lx_matches *m)
{
	erg_error err;
	memset(m, 0, sizeof(*m));
	assert_int_equal(erg__match_scan(lx, text, strlen(text), m, &err),
			 ERG_OK);
}

static void test_ingest_layers__built_once_same_lexicon(void **state)
{
	char p1[512], p2[512];
	const char *paths[2] = { p1, p2 };
	erg_lexicon *a = NULL, *b = NULL;
	erg_lexicon_stats sa, sb;
	lx_matches ma, mb;
	erg_error err;
	int warns_a = 0, warns_b = 0;
	(void)state;
	snprintf(p1, sizeof(p1), "%s/layers1.lex", th_tmpdir());
	snprintf(p2, sizeof(p2), "%s/layers2.lex", th_tmpdir());
	assert_int_equal(th_write(p1, layer1), 0);
	assert_int_equal(th_write(p2, layer2), 0);

	/* layer by layer: the automaton is built three times */
	assert_int_equal(erg_lexicon_new_default(&a, &err), ERG_OK);
	erg_lexicon_set_warn(a, on_warn, &warns_a);
	assert_int_equal(erg_lexicon_load(a, p1, &err), ERG_OK);
	assert_int_equal(erg_lexicon_load(a, p2, &err), ERG_OK);
	/* at once */
	assert_int_equal(erg_lexicon_new_default_with(&b, paths, 2, on_warn,
						      &warns_b, &err),
			 ERG_OK);
	assert_int_equal(warns_a, 1);
	assert_int_equal(warns_b, 1);

	erg_lexicon_get_stats(a, &sa);
	erg_lexicon_get_stats(b, &sb);
	assert_true(sa.actors > 100);
	assert_int_equal(sa.actors, sb.actors);
	assert_int_equal(sa.phrases, sb.phrases);
	assert_int_equal(sa.entries, sb.entries);
	assert_int_equal(sa.cues, sb.cues);
	assert_int_equal(sa.titles, sb.titles);
	assert_int_equal(sa.states, sb.states);
	assert_int_equal(a->ac.n_tr, b->ac.n_tr);
	assert_memory_equal(a->ac.tr, b->ac.tr, a->ac.n_tr * sizeof(uint32_t));

	/* the same matches, the user's names among them */
	scan_all(a, &ma);
	scan_all(b, &mb);
	assert_true(ma.n >= 6);
	assert_int_equal(ma.n, mb.n);
	assert_memory_equal(ma.items, mb.items, ma.n * sizeof(lx_match));
	free(ma.items);
	free(mb.items);
	erg_lexicon_free(a);
	erg_lexicon_free(b);

	/* no files: the default itself */
	assert_int_equal(erg_lexicon_new_default_with(&b, NULL, 0, NULL, NULL,
						      &err),
			 ERG_OK);
	assert_int_equal(erg_lexicon_new_default(&a, &err), ERG_OK);
	erg_lexicon_get_stats(a, &sa);
	erg_lexicon_get_stats(b, &sb);
	assert_int_equal(sa.phrases, sb.phrases);
	assert_int_equal(sa.states, sb.states);
	erg_lexicon_free(a);
	erg_lexicon_free(b);
}

static void test_ingest_layers__errors_name_the_file(void **state)
{
	char good[512], bad[512], missing[512];
	const char *paths[3] = { good, bad, missing };
	erg_lexicon *lx = (erg_lexicon *)&lx;
	erg_error err;
	(void)state;
	snprintf(good, sizeof(good), "%s/layers-good.lex", th_tmpdir());
	snprintf(bad, sizeof(bad), "%s/layers-bad.lex", th_tmpdir());
	snprintf(missing, sizeof(missing), "%s/layers-none.lex", th_tmpdir());
	assert_int_equal(th_write(good, layer1), 0);
	assert_int_equal(th_write(bad, "# ok\nactor X stat\n"), 0);
	assert_int_equal(erg_lexicon_new_default_with(&lx, paths, 3, NULL,
						      NULL, &err),
			 ERG_EINVAL);
	assert_null(lx);
	assert_non_null(strstr(err.file, "layers-bad.lex"));
	assert_int_equal(err.line, 2);
	/* a file that cannot be read */
	paths[1] = missing;
	lx = (erg_lexicon *)&lx;
	assert_int_not_equal(erg_lexicon_new_default_with(&lx, paths, 2, NULL,
							  NULL, &err),
			     ERG_OK);
	assert_null(lx);
	assert_non_null(strstr(err.message, "layers-none.lex") ?
				strstr(err.message, "layers-none.lex") :
				strstr(err.file, "layers-none.lex"));
}

static void test_ingest_layers__doc_name(void **state)
{
	erg_lexicon *lx;
	erg_graph *g;
	erg_text_opts o;
	erg_error err;
	char path[512];
	size_t n1;
	(void)state;
	snprintf(path, sizeof(path), "%s/layers-doc.txt", th_tmpdir());
	assert_int_equal(th_write(path, news), 0);
	assert_int_equal(erg_lexicon_new_default(&lx, &err), ERG_OK);
	assert_int_equal(erg_graph_new(&g, NULL, &err), ERG_OK);
	erg_text_opts_init(&o);
	assert_null(o.doc_name);
	/* without a name: the path */
	assert_int_equal(erg_text_ingest_file(g, lx, path, ERG_TEXT_AUTO, &o,
					      &err),
			 ERG_OK);
	n1 = erg_graph_relation_count(g);
	assert_true(n1 >= 1);
	for (size_t i = 0; i < n1; i++)
		assert_string_equal(erg_graph_relation_c(g, i)->doc, path);
	/* with one: every relation of that document carries it */
	o.doc_name = "brief.txt";
	assert_int_equal(erg_text_ingest_file(g, lx, path, ERG_TEXT_AUTO, &o,
					      &err),
			 ERG_OK);
	assert_int_equal(erg_graph_relation_count(g), 2 * n1);
	for (size_t i = n1; i < 2 * n1; i++) {
		const erg_relation *r = erg_graph_relation_c(g, i);
		assert_string_equal(r->doc, "brief.txt");
		assert_string_equal(r->evidence,
				    erg_graph_relation_c(g, i - n1)->evidence);
	}
	/* in memory too; errors still name the document as given */
	assert_int_equal(erg_text_ingest_memory(g, lx, news, strlen(news),
						"mem", ERG_TEXT_PLAIN, &o,
						&err),
			 ERG_OK);
	assert_string_equal(
	    erg_graph_relation_c(g, erg_graph_relation_count(g) - 1)->doc,
	    "brief.txt");
	assert_int_equal(erg_text_ingest_memory(g, lx, "a\0b", 3, "mem",
						ERG_TEXT_PLAIN, &o, &err),
			 ERG_EPARSE);
	assert_string_equal(err.file, "mem");
	erg_graph_free(g);
	erg_lexicon_free(lx);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_ingest_layers__built_once_same_lexicon),
		cmocka_unit_test(test_ingest_layers__errors_name_the_file),
		cmocka_unit_test(test_ingest_layers__doc_name),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
