/* test_table_write.c - relation and actor tables out, and back in. */
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

typedef erg_status (*write_fn)(const erg_graph *, char, FILE *, erg_error *);

/* Runs a writer into memory; returns malloc'ed text. */
static char *write_mem(write_fn fn, const erg_graph *g, char delim, size_t *len)
{
	char *buf = NULL;
	size_t n = 0;
	erg_error err;
	FILE *fp = open_memstream(&buf, &n);
	assert_non_null(fp);
	assert_int_equal(fn(g, delim, fp, &err), ERG_OK);
	fclose(fp);
	if (len)
		*len = n;
	return buf;
}

static size_t type_index(const erg_graph *g, const char *name)
{
	size_t t;
	assert_int_equal(erg_types_find(erg_graph_types(g), name, &t), 0);
	return t;
}

static size_t add_rel(erg_graph *g, const char *s, const char *t,
		      const char *type)
{
	size_t a, b, r;
	erg_error err;
	assert_int_equal(erg_graph_ensure_actor(g, s, &a, NULL, &err), ERG_OK);
	assert_int_equal(erg_graph_ensure_actor(g, t, &b, NULL, &err), ERG_OK);
	assert_int_equal(
	    erg_graph_add_relation(g, a, b, type_index(g, type), &r, &err),
	    ERG_OK);
	return r;
}

/* A graph exercising every field and awkward text. */
static erg_graph *sample_graph(uint32_t *k_src, uint32_t *k_score)
{
	erg_graph *g;
	erg_error err;
	erg_relation *r;
	erg_value v;
	size_t i;

	assert_int_equal(erg_graph_new(&g, NULL, &err), ERG_OK);
	assert_int_equal(erg_graph_define_key(g, ERG_DOMAIN_EDGE, "source url",
					      ERG_ATTR_STRING, false, k_src,
					      &err),
			 ERG_OK);
	assert_int_equal(erg_graph_define_key(g, ERG_DOMAIN_EDGE, "score",
					      ERG_ATTR_DOUBLE, false, k_score,
					      &err),
			 ERG_OK);

	i = add_rel(g, "USA", "Türkiye", "sanctions");
	r = erg_graph_relation(g, i);
	assert_int_equal(erg_set_str(&r->date, "2020-12-14"), ERG_OK);
	assert_int_equal(erg_set_str(&r->evidence,
				     "He said, \"enough\";\nthen left. "
				     "Ça va — 日本"),
			 ERG_OK);
	assert_int_equal(erg_set_str(&r->doc, "news, part 1.txt"), ERG_OK);
	assert_int_equal(erg_set_str(&r->id, "e1"), ERG_OK);
	r->offset = 1234;
	r->weight = 0.1;
	r->modality = ERG_MOD_ALLEGED;
	v.s = "https://example.org/?a=1,b=2";
	assert_int_equal(erg_attrs_set(g, &r->attrs, *k_src, v), ERG_OK);
	v.d = 1.0 / 3.0;
	assert_int_equal(erg_attrs_set(g, &r->attrs, *k_score, v), ERG_OK);

	i = add_rel(g, "Iran", "Hamas", "support");
	r = erg_graph_relation(g, i);
	assert_int_equal(erg_set_str(&r->evidence, "  padded\ttext  "), ERG_OK);
	r->weight = 3;
	r->directed = false; /* differs from the type */
	r->modality = ERG_MOD_NEGATED;

	i = add_rel(g, "EU", "Russia", "related");
	r = erg_graph_relation(g, i);
	r->weight = 1e-300;
	assert_int_equal(erg_set_str(&r->date, "2022"), ERG_OK);
	return g;
}

static void assert_same_relations(const erg_graph *a, const erg_graph *b)
{
	assert_int_equal(erg_graph_relation_count(a),
			 erg_graph_relation_count(b));
	for (size_t i = 0; i < erg_graph_relation_count(a); i++) {
		const erg_relation *x = erg_graph_relation_c(a, i);
		const erg_relation *y = erg_graph_relation_c(b, i);
		assert_string_equal(erg_graph_actor_c(a, x->source)->id,
				    erg_graph_actor_c(b, y->source)->id);
		assert_string_equal(erg_graph_actor_c(a, x->target)->id,
				    erg_graph_actor_c(b, y->target)->id);
		assert_string_equal(
		    erg_types_get(erg_graph_types(a), x->type)->name,
		    erg_types_get(erg_graph_types(b), y->type)->name);
		assert_int_equal(x->directed, y->directed);
		assert_int_equal(x->modality, y->modality);
		assert_true(x->weight == y->weight);
		assert_int_equal(x->offset, y->offset);
#define SAME_STR(f)                                                            \
	do {                                                                   \
		if (x->f)                                                      \
			assert_string_equal(x->f, y->f);                       \
		else                                                           \
			assert_null(y->f);                                     \
	} while (0)
		SAME_STR(date);
		SAME_STR(evidence);
		SAME_STR(doc);
		SAME_STR(id);
#undef SAME_STR
	}
}

static erg_graph *read_back(const char *text, size_t len, char delim,
			    bool predefine)
{
	erg_graph *g;
	erg_error err;
	assert_int_equal(erg_graph_new(&g, NULL, &err), ERG_OK);
	if (predefine)
		assert_int_equal(erg_graph_define_key(g, ERG_DOMAIN_EDGE,
						      "score", ERG_ATTR_DOUBLE,
						      false, NULL, &err),
				 ERG_OK);
	if (erg_table_read_memory(g, text, len, delim, "back", NULL, &err)) {
		fprintf(stderr, "read back: %s line %ld: %s\n%s\n", err.file,
			err.line, err.message, text);
		fail();
	}
	return g;
}

static void test_table_write__relations_round_trip(void **state)
{
	uint32_t k_src, k_score, k2;
	erg_graph *g = sample_graph(&k_src, &k_score), *h;
	size_t len;
	char *text = write_mem(erg_relations_write_fp, g, ',', &len);

	h = read_back(text, len, ',', true);
	assert_same_relations(g, h);
	assert_int_equal(
	    erg_graph_find_key(h, ERG_DOMAIN_EDGE, "source url", &k2), 0);
	assert_string_equal(
	    erg_attrs_get(&erg_graph_relation_c(h, 0)->attrs, k2)->s,
	    "https://example.org/?a=1,b=2");
	assert_int_equal(erg_graph_find_key(h, ERG_DOMAIN_EDGE, "score", &k2),
			 0);
	assert_true(erg_attrs_get(&erg_graph_relation_c(h, 0)->attrs, k2)->d ==
		    1.0 / 3.0);
	assert_null(erg_attrs_get(&erg_graph_relation_c(h, 1)->attrs, k2));
	erg_graph_free(h);
	free(text);

	text = write_mem(erg_relations_write_fp, g, '\t', &len);
	h = read_back(text, len, '\t', true);
	assert_same_relations(g, h);
	erg_graph_free(h);
	/* sniffed delimiter too */
	h = read_back(text, len, 0, false);
	assert_same_relations(g, h);
	erg_graph_free(h);
	free(text);
	erg_graph_free(g);
}

static void test_table_write__relations_exact_text(void **state)
{
	uint32_t k_src, k_score;
	erg_graph *g = sample_graph(&k_src, &k_score);
	char *text = write_mem(erg_relations_write_fp, g, ',', NULL);
	const char expect[] =
	    "source,target,type,date,modality,weight,evidence,doc,offset,"
	    "id,directed,source url,score\n"
	    "USA,Türkiye,sanctions,2020-12-14,alleged,0.1,\"He said, "
	    "\"\"enough\"\";\nthen left. Ça va — 日本\",\"news, part "
	    "1.txt\",1234,e1,true,\"https://example.org/?a=1,b=2\","
	    "0.3333333333333333\n"
	    "Iran,Hamas,support,,negated,3,\"  padded\ttext  \",,,,false,,\n"
	    "EU,Russia,related,2022,reported,1e-300,,,,,"
	    "false,,\n";
	assert_string_equal(text, expect);
	free(text);
	erg_graph_free(g);
}

static void test_table_write__minimal_header(void **state)
{
	erg_graph *g;
	erg_error err;
	char *text;

	assert_int_equal(erg_graph_new(&g, NULL, &err), ERG_OK);
	text = write_mem(erg_relations_write_fp, g, ',', NULL);
	assert_string_equal(text, "source,target,type,date,modality,weight,"
				  "evidence,doc,offset\n");
	free(text);
	add_rel(g, "A", "B", "cooperation");
	text = write_mem(erg_relations_write_fp, g, '\t', NULL);
	assert_string_equal(text, "source\ttarget\ttype\tdate\tmodality\t"
				  "weight\tevidence\tdoc\toffset\n"
				  "A\tB\tcooperation\t\treported\t1\t\t\t\n");
	free(text);
	erg_graph_free(g);
}

static void test_table_write__actors_round_trip(void **state)
{
	erg_graph *g, *h;
	erg_error err;
	erg_actor *a;
	size_t i;
	uint32_t k_pr, k_note, k2;
	erg_value v;
	char *text;
	size_t len;

	assert_int_equal(erg_graph_new(&g, NULL, &err), ERG_OK);
	assert_int_equal(erg_graph_define_key(g, ERG_DOMAIN_NODE, "pagerank",
					      ERG_ATTR_DOUBLE, false, &k_pr,
					      &err),
			 ERG_OK);
	assert_int_equal(erg_graph_define_key(g, ERG_DOMAIN_NODE, "note",
					      ERG_ATTR_STRING, false, &k_note,
					      &err),
			 ERG_OK);
	/* a free key clashing with a fixed column is not written */
	assert_int_equal(erg_graph_define_key(g, ERG_DOMAIN_NODE, "Label",
					      ERG_ATTR_STRING, false, NULL,
					      &err),
			 ERG_OK);
	assert_int_equal(erg_graph_ensure_actor(g, "Hezbollah", &i, NULL, &err),
			 ERG_OK);
	a = erg_graph_actor(g, i);
	a->kind = ERG_KIND_GROUP;
	assert_int_equal(erg_actor_set_aliases_joined(a, "Hizbullah|Party of "
							 "God"),
			 ERG_OK);
	assert_int_equal(erg_set_str(&a->affiliation, "Axis"), ERG_OK);
	v.d = 0.25;
	assert_int_equal(erg_attrs_set(g, &a->attrs, k_pr, v), ERG_OK);
	v.s = "Lebanese, Shia; \"Party\"";
	assert_int_equal(erg_attrs_set(g, &a->attrs, k_note, v), ERG_OK);
	assert_int_equal(erg_graph_ensure_actor(g, "Nasrallah", &i, NULL, &err),
			 ERG_OK);
	a = erg_graph_actor(g, i);
	a->kind = ERG_KIND_PERSON;
	assert_int_equal(erg_actor_set_label(a, "Hassan Nasrallah"), ERG_OK);

	text = write_mem(erg_actors_write_fp, g, ',', &len);
	assert_string_equal(text,
			    "id,label,kind,aliases,affiliation,pagerank,note\n"
			    "Hezbollah,Hezbollah,group,Hizbullah|Party of God,"
			    "Axis,0.25,\"Lebanese, Shia; \"\"Party\"\"\"\n"
			    "Nasrallah,Hassan Nasrallah,person,,,,\n");

	assert_int_equal(erg_graph_new(&h, NULL, &err), ERG_OK);
	assert_int_equal(
	    erg_actors_read_memory(h, text, len, ',', "a.csv", NULL, &err),
	    ERG_OK);
	assert_int_equal(erg_graph_actor_count(h), 2);
	for (i = 0; i < 2; i++) {
		const erg_actor *x = erg_graph_actor_c(g, i);
		const erg_actor *y = erg_graph_actor_c(h, i);
		assert_string_equal(x->id, y->id);
		assert_string_equal(x->label, y->label);
		assert_int_equal(x->kind, y->kind);
		assert_int_equal(x->n_aliases, y->n_aliases);
		for (size_t k = 0; k < x->n_aliases; k++)
			assert_string_equal(x->aliases[k], y->aliases[k]);
		if (x->affiliation)
			assert_string_equal(x->affiliation, y->affiliation);
		else
			assert_null(y->affiliation);
	}
	assert_int_equal(erg_graph_find_key(h, ERG_DOMAIN_NODE, "note", &k2),
			 0);
	assert_string_equal(
	    erg_attrs_get(&erg_graph_actor_c(h, 0)->attrs, k2)->s,
	    "Lebanese, Shia; \"Party\"");
	erg_graph_free(h);
	free(text);
	erg_graph_free(g);
}

static void test_table_write__fixture_round_trip(void **state)
{
	erg_graph *g, *h;
	erg_error err;
	char *text;
	size_t len;

	assert_int_equal(erg_graph_new(&g, NULL, &err), ERG_OK);
	assert_int_equal(erg_table_read_file(g, th_data("tables/relations.csv"),
					     0, NULL, &err),
			 ERG_OK);
	text = write_mem(erg_relations_write_fp, g, ',', &len);
	h = read_back(text, len, ',', false);
	assert_same_relations(g, h);
	erg_graph_free(h);
	free(text);
	erg_graph_free(g);
}

static void test_table_write__bad_delimiter(void **state)
{
	erg_graph *g;
	erg_error err;
	char *buf = NULL;
	size_t n = 0;
	FILE *fp;

	assert_int_equal(erg_graph_new(&g, NULL, &err), ERG_OK);
	fp = open_memstream(&buf, &n);
	assert_int_equal(erg_relations_write_fp(g, ';', fp, &err), ERG_EINVAL);
	assert_int_equal(erg_actors_write_fp(g, 0, fp, &err), ERG_EINVAL);
	fclose(fp);
	assert_int_equal(n, 0);
	free(buf);
	erg_graph_free(g);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_table_write__relations_round_trip),
	    cmocka_unit_test(test_table_write__relations_exact_text),
	    cmocka_unit_test(test_table_write__minimal_header),
	    cmocka_unit_test(test_table_write__actors_round_trip),
	    cmocka_unit_test(test_table_write__fixture_round_trip),
	    cmocka_unit_test(test_table_write__bad_delimiter),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
