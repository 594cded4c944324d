/* test_view_select.c - named layers, actor selection (focus, top) and
 * sub-graphs of views. */
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

static size_t type_of(const erg_graph *g, const char *name)
{
	size_t t;
	assert_int_equal(erg_types_find(erg_graph_types(g), name, &t), 0);
	return t;
}

static size_t actor(erg_graph *g, const char *id)
{
	size_t a;
	erg_error err;
	assert_int_equal(erg_graph_ensure_actor(g, id, &a, NULL, &err), 0);
	return a;
}

static size_t rel(erg_graph *g, const char *s, const char *t,
		  const char *type)
{
	size_t r, a = actor(g, s), b = actor(g, t);
	erg_error err;
	assert_int_equal(
	    erg_graph_add_relation(g, a, b, type_of(g, type), &r, &err), 0);
	return r;
}

static bool has_type(const erg_view *v, const erg_graph *g, const char *name)
{
	size_t t = type_of(g, name);
	for (size_t i = 0; i < v->n_types; i++)
		if (v->types[i] == t)
			return true;
	return false;
}

/* The kept actors as a sorted, comma-separated list of ids. */
static const char *kept(const erg_view *v, const erg_graph *g)
{
	static char buf[256];
	const char *ids[32];
	size_t n = 0;
	buf[0] = '\0';
	for (size_t i = 0; i < erg_graph_actor_count(g) && n < 32; i++)
		if (erg_view_keeps_actor(v, i))
			ids[n++] = erg_graph_actor_c(g, i)->id;
	for (size_t i = 1; i < n; i++)
		for (size_t k = i; k > 0 && strcmp(ids[k - 1], ids[k]) > 0;
		     k--) {
			const char *t = ids[k];
			ids[k] = ids[k - 1];
			ids[k - 1] = t;
		}
	for (size_t i = 0; i < n; i++) {
		strcat(buf, i ? "," : "");
		strcat(buf, ids[i]);
	}
	return buf;
}

/*
 *   A -coop- B -coop- C -coop- D -conflict- E
 *   A -arms_transfer-> F          G (no relation)
 *   H -criticism-> A
 */
static erg_graph *fixture(void)
{
	erg_graph *g;
	erg_error err;
	erg_actor *a;

	assert_int_equal(erg_graph_new(&g, NULL, &err), 0);
	rel(g, "A", "B", "cooperation");
	rel(g, "B", "C", "cooperation");
	rel(g, "C", "D", "cooperation");
	rel(g, "D", "E", "conflict");
	rel(g, "A", "F", "arms_transfer");
	rel(g, "H", "A", "criticism");
	actor(g, "G");
	a = erg_graph_actor(g, actor(g, "A"));
	assert_int_equal(erg_actor_set_label(a, "Alpha Republic"), 0);
	assert_int_equal(erg_actor_add_alias(a, "Alphaland"), 0);
	a = erg_graph_actor(g, actor(g, "B"));
	assert_int_equal(erg_actor_set_label(a, "Bravo"), 0);
	assert_int_equal(erg_actor_add_alias(a, "Ältere Bank"), 0);
	return g;
}

static void test_view_select__layers(void **state)
{
	erg_graph *g = fixture();
	erg_view v;
	erg_error err;
	size_t i, n = erg_layers_count();
	bool seen[3] = {false, false, false};

	assert_true(n >= 3);
	for (i = 0; i < n; i++) {
		assert_non_null(erg_layer_name(i));
		assert_non_null(erg_layer_title(i));
		if (strcmp(erg_layer_name(i), "cooperation") == 0)
			seen[0] = true;
		if (strcmp(erg_layer_name(i), "conflict") == 0) {
			seen[1] = true;
			assert_string_equal(erg_layer_title(i),
					    "conflict layer");
		}
		if (strcmp(erg_layer_name(i), "arms") == 0)
			seen[2] = true;
	}
	assert_true(seen[0] && seen[1] && seen[2]);
	assert_null(erg_layer_name(n));
	assert_int_equal(erg_layer_find("CONFLICT", &i), 0);
	assert_string_equal(erg_layer_name(i), "conflict");
	assert_int_equal(erg_layer_find("war", &i), -1);

	/* cooperation = every positive type */
	erg_view_init(&v);
	assert_int_equal(erg_view_add_layer(&v, g, "cooperation", &err), 0);
	assert_int_equal(v.n_types, 6);
	assert_true(has_type(&v, g, "diplomacy"));
	assert_true(has_type(&v, g, "arms_transfer"));
	assert_false(has_type(&v, g, "conflict"));
	assert_false(has_type(&v, g, "related"));
	assert_true(erg_view_match(&v, g, erg_graph_relation_c(g, 0)));
	assert_false(erg_view_match(&v, g, erg_graph_relation_c(g, 3)));
	erg_view_clear(&v);

	/* conflict = every negative type */
	assert_int_equal(erg_view_add_layer(&v, g, "conflict", &err), 0);
	assert_int_equal(v.n_types, 4);
	assert_true(has_type(&v, g, "sanctions"));
	assert_true(has_type(&v, g, "criticism"));
	assert_false(erg_view_match(&v, g, erg_graph_relation_c(g, 0)));
	assert_true(erg_view_match(&v, g, erg_graph_relation_c(g, 3)));
	/* layers and --type add up, without duplicates */
	assert_int_equal(erg_view_add_layer(&v, g, "arms", &err), 0);
	assert_int_equal(v.n_types, 6);
	assert_int_equal(erg_view_add_type(&v, g, "arms_transfer", &err), 0);
	assert_int_equal(v.n_types, 6);
	assert_true(erg_view_match(&v, g, erg_graph_relation_c(g, 4)));
	assert_false(erg_view_match(&v, g, erg_graph_relation_c(g, 0)));

	/* unknown layer: the message lists the known ones */
	assert_int_equal(erg_view_add_layer(&v, g, "war", &err),
			 ERG_ENOTFOUND);
	assert_non_null(strstr(err.message, "'war'"));
	assert_non_null(strstr(err.message, "cooperation, conflict, arms"));
	assert_int_equal(v.n_types, 6); /* unchanged */
	erg_view_clear(&v);
	assert_null(v.types);
	erg_graph_free(g);
}

static void test_view_select__layer_follows_type_table(void **state)
{
	/* a layer defined by polarity picks up a user's negative type; one
	 * whose types are all missing is an error, not "everything" */
	const char *row = "feud\t-\tno\t#112233\t\n";
	erg_types *types;
	erg_graph *g;
	erg_view v;
	erg_error err;

	assert_int_equal(erg_types_new_default(&types, &err), 0);
	assert_int_equal(
	    erg_types_parse(types, row, strlen(row), "t.tsv", &err), 0);
	assert_int_equal(erg_graph_new(&g, types, &err), 0);
	erg_types_free(types);
	erg_view_init(&v);
	assert_int_equal(erg_view_add_layer(&v, g, "conflict", &err), 0);
	assert_int_equal(v.n_types, 5);
	assert_true(has_type(&v, g, "feud"));
	erg_view_clear(&v);
	erg_graph_free(g);

	row = "ally\t+\tno\t#112233\t\n";
	assert_int_equal(erg_types_new_empty(&types, &err), 0);
	assert_int_equal(
	    erg_types_parse(types, row, strlen(row), "t.tsv", &err), 0);
	assert_int_equal(erg_graph_new(&g, types, &err), 0);
	erg_types_free(types);
	assert_int_equal(erg_view_add_layer(&v, g, "arms", &err),
			 ERG_ENOTFOUND);
	assert_non_null(strstr(err.message, "arms_transfer"));
	assert_int_equal(v.n_types, 0);
	assert_int_equal(erg_view_add_layer(&v, g, "conflict", &err),
			 ERG_ENOTFOUND);
	assert_int_equal(erg_view_add_layer(&v, g, "cooperation", &err), 0);
	assert_int_equal(v.n_types, 1);
	erg_view_clear(&v);
	erg_graph_free(g);
}

static void test_view_select__find_actor(void **state)
{
	erg_graph *g = fixture();
	erg_error err;
	size_t i;

	assert_int_equal(erg_view_find_actor(g, "A", &i, &err), 0);
	assert_string_equal(erg_graph_actor_c(g, i)->id, "A");
	assert_int_equal(erg_view_find_actor(g, "b", &i, &err), 0);
	assert_string_equal(erg_graph_actor_c(g, i)->id, "B");
	assert_int_equal(erg_view_find_actor(g, "alpha REPUBLIC", &i, &err),
			 0);
	assert_string_equal(erg_graph_actor_c(g, i)->id, "A");
	assert_int_equal(erg_view_find_actor(g, "ALPHALAND", &i, &err), 0);
	assert_string_equal(erg_graph_actor_c(g, i)->id, "A");
	/* Unicode case folding: "ÄLTERE BANK" */
	assert_int_equal(
	    erg_view_find_actor(g, "\xc3\x84LTERE BANK", &i, &err), 0);
	assert_string_equal(erg_graph_actor_c(g, i)->id, "B");

	assert_int_equal(erg_view_find_actor(g, "Zulu", &i, &err),
			 ERG_ENOTFOUND);
	assert_non_null(strstr(err.message, "unknown actor 'Zulu'"));
	assert_int_equal(erg_view_find_actor(g, "", &i, &err), ERG_EINVAL);

	/* two actors share an alias: ambiguous, naming both */
	assert_int_equal(
	    erg_actor_add_alias(erg_graph_actor(g, actor(g, "C")), "twin"), 0);
	assert_int_equal(
	    erg_actor_add_alias(erg_graph_actor(g, actor(g, "D")), "Twin"), 0);
	assert_int_equal(erg_view_find_actor(g, "TWIN", &i, &err), ERG_EINVAL);
	assert_non_null(strstr(err.message, "ambiguous"));
	assert_non_null(strstr(err.message, "C, D"));
	/* an id wins over a label or alias at a later level */
	assert_int_equal(
	    erg_actor_add_alias(erg_graph_actor(g, actor(g, "E")), "a"), 0);
	assert_int_equal(erg_view_find_actor(g, "a", &i, &err), 0);
	assert_string_equal(erg_graph_actor_c(g, i)->id, "A");
	erg_graph_free(g);
}

static void test_view_select__focus(void **state)
{
	erg_graph *g = fixture();
	erg_view v;
	erg_error err;
	erg_aggregate agg;

	erg_view_init(&v);
	assert_int_equal(erg_view_focus(&v, g, "A", 1, &err), 0);
	assert_string_equal(kept(&v, g), "A,B,F,H");
	/* relations pass only when both ends are kept */
	assert_true(erg_view_match(&v, g, erg_graph_relation_c(g, 0)));
	assert_false(erg_view_match(&v, g, erg_graph_relation_c(g, 1)));
	assert_int_equal(erg_aggregate_build(&agg, g, &v, &err), 0);
	assert_int_equal(agg.n, 3);
	erg_aggregate_clear(&agg);
	assert_int_equal(erg_view_actor_count(&v, g), 4);
	erg_view_clear(&v);
	assert_null(v.keep);
	assert_true(erg_view_keeps_actor(&v, 3));
	assert_true(erg_view_keeps_actor(NULL, 3));

	/* depth 2, by label; either direction (H -> A) */
	assert_int_equal(erg_view_focus(&v, g, "bravo", 2, &err), 0);
	assert_string_equal(kept(&v, g), "A,B,C,D,F,H");
	erg_view_clear(&v);
	assert_int_equal(erg_view_focus(&v, g, "B", 0, &err), 0);
	assert_string_equal(kept(&v, g), "B");
	erg_view_clear(&v);
	/* an actor with no relation is its own ego network */
	assert_int_equal(erg_view_focus(&v, g, "G", 3, &err), 0);
	assert_string_equal(kept(&v, g), "G");
	assert_int_equal(erg_view_actor_count(&v, g), 0);
	erg_view_clear(&v);

	/* interaction with relation filters: only conflict relations */
	assert_int_equal(erg_view_add_layer(&v, g, "cooperation", &err), 0);
	assert_int_equal(erg_view_focus(&v, g, "C", 5, &err), 0);
	assert_string_equal(kept(&v, g), "A,B,C,D,F");
	erg_view_clear(&v);
	assert_int_equal(erg_view_add_type(&v, g, "conflict", &err), 0);
	assert_int_equal(erg_view_focus(&v, g, "D", 3, &err), 0);
	assert_string_equal(kept(&v, g), "D,E");
	erg_view_clear(&v);

	/* narrowing: focus within focus; an actor left out is an error */
	assert_int_equal(erg_view_focus(&v, g, "A", 1, &err), 0);
	assert_int_equal(erg_view_focus(&v, g, "B", 3, &err), 0);
	assert_string_equal(kept(&v, g), "A,B,F,H");
	assert_int_equal(erg_view_focus(&v, g, "E", 1, &err), ERG_EINVAL);
	assert_non_null(strstr(err.message, "'E'"));
	assert_string_equal(kept(&v, g), "A,B,F,H"); /* unchanged */
	assert_int_equal(erg_view_focus(&v, g, "nobody", 1, &err),
			 ERG_ENOTFOUND);
	erg_view_clear(&v);
	erg_graph_free(g);
}

/* Affiliation (the actors table's column) is a step of an ego network,
 * both ways: a state's ego holds its officials, a person's their state.
 *
 *   S (state) <- P, Q (persons, affiliated with S);  P -diplomacy- X;
 *   Q -criticism-> Y;  S -cooperation- T;  R affiliated with T
 */
static void test_view_select__focus_affiliation(void **state)
{
	erg_graph *g;
	erg_error err;
	erg_view v;
	static const char *const persons[][2] = {
	    {"P", "S"}, {"Q", "S"}, {"R", "T"}};

	(void)state;
	assert_int_equal(erg_graph_new(&g, NULL, &err), 0);
	rel(g, "P", "X", "diplomacy");
	rel(g, "Q", "Y", "criticism");
	rel(g, "S", "T", "cooperation");
	for (size_t i = 0; i < 3; i++) {
		erg_actor *a = erg_graph_actor(g, actor(g, persons[i][0]));
		a->kind = ERG_KIND_PERSON;
		assert_int_equal(erg_set_str(&a->affiliation, persons[i][1]),
				 0);
	}
	erg_view_init(&v);
	/* the state: its partner T and its officials P, Q (not T's R, two
	 * steps away) */
	assert_int_equal(erg_view_focus(&v, g, "S", 1, &err), 0);
	assert_string_equal(kept(&v, g), "P,Q,S,T");
	erg_view_clear(&v);
	/* a person: their partner and their state */
	assert_int_equal(erg_view_focus(&v, g, "P", 1, &err), 0);
	assert_string_equal(kept(&v, g), "P,S,X");
	erg_view_clear(&v);
	assert_int_equal(erg_view_focus(&v, g, "P", 2, &err), 0);
	assert_string_equal(kept(&v, g), "P,Q,S,T,X");
	erg_view_clear(&v);
	/* date bounds do not drop a standing affiliation */
	assert_int_equal(erg_view_set_since(&v, "2020", &err), 0);
	assert_int_equal(erg_view_focus(&v, g, "S", 1, &err), 0);
	assert_string_equal(kept(&v, g), "P,Q,S");
	erg_view_clear(&v);
	/* nor does a minimum weight */
	v.min_weight = 5;
	assert_int_equal(erg_view_focus(&v, g, "S", 1, &err), 0);
	assert_string_equal(kept(&v, g), "P,Q,S");
	erg_view_clear(&v);
	/* a type filter without the affiliation type follows relations
	 * only; with it, affiliations too */
	assert_int_equal(erg_view_add_type(&v, g, "diplomacy", &err), 0);
	assert_int_equal(erg_view_focus(&v, g, "P", 1, &err), 0);
	assert_string_equal(kept(&v, g), "P,X");
	erg_view_clear(&v);
	assert_int_equal(erg_view_add_type(&v, g, "diplomacy", &err), 0);
	assert_int_equal(erg_view_add_type(&v, g, "affiliation", &err), 0);
	assert_int_equal(erg_view_focus(&v, g, "P", 1, &err), 0);
	assert_string_equal(kept(&v, g), "P,S,X");
	erg_view_clear(&v);
	/* an earlier selection that left the state out is honoured */
	assert_int_equal(erg_view_focus(&v, g, "P", 0, &err), 0);
	assert_int_equal(erg_view_focus(&v, g, "P", 2, &err), 0);
	assert_string_equal(kept(&v, g), "P");
	erg_view_clear(&v);
	/* modality: only alleged relations; the affiliation is reported */
	assert_int_equal(erg_view_add_modality(&v, "alleged", &err), 0);
	assert_int_equal(erg_view_focus(&v, g, "S", 1, &err), 0);
	assert_string_equal(kept(&v, g), "S");
	erg_view_clear(&v);
	erg_graph_free(g);
}

static void test_view_select__top(void **state)
{
	erg_graph *g = fixture();
	erg_view v;
	erg_error err;
	erg_metrics *m;
	erg_analyze_opts o;

	erg_analyze_opts_init(&o);
	o.metrics = 1u << ERG_METRIC_DEGREE;
	assert_int_equal(erg_analyze(g, NULL, &o, &m, &err), 0);
	erg_view_init(&v);
	/* degrees: A 3, B 2, C 2, D 2, E 1, F 1, H 1, G 0; ties by label
	 * (A's label is "Alpha Republic", B's "Bravo") */
	assert_int_equal(
	    erg_view_top(&v, g, m, ERG_METRIC_DEGREE, 3, &err), 0);
	assert_string_equal(kept(&v, g), "A,B,C");
	erg_view_clear(&v);
	/* more than there are: only actors with a relation in the view */
	assert_int_equal(
	    erg_view_top(&v, g, m, ERG_METRIC_DEGREE, 100, &err), 0);
	assert_string_equal(kept(&v, g), "A,B,C,D,E,F,H");
	erg_view_clear(&v);
	assert_int_equal(erg_view_top(&v, g, m, ERG_METRIC_DEGREE, 0, &err),
			 0);
	assert_string_equal(kept(&v, g), "");
	erg_view_clear(&v);
	/* a metric that was not computed */
	assert_int_equal(
	    erg_view_top(&v, g, m, ERG_METRIC_PAGERANK, 3, &err), ERG_EINVAL);
	assert_non_null(strstr(err.message, "pagerank"));
	assert_null(v.keep);
	erg_metrics_free(m);

	/* top N of a filtered view, metrics computed on that view */
	assert_int_equal(erg_view_add_type(&v, g, "cooperation", &err), 0);
	assert_int_equal(erg_analyze(g, &v, &o, &m, &err), 0);
	assert_int_equal(
	    erg_view_top(&v, g, m, ERG_METRIC_DEGREE, 2, &err), 0);
	assert_string_equal(kept(&v, g), "B,C");
	erg_metrics_free(m);
	erg_view_clear(&v);

	/* focus then top: the best actors of the ego network */
	assert_int_equal(erg_analyze(g, NULL, &o, &m, &err), 0);
	assert_int_equal(erg_view_focus(&v, g, "D", 1, &err), 0);
	assert_int_equal(
	    erg_view_top(&v, g, m, ERG_METRIC_DEGREE, 2, &err), 0);
	assert_string_equal(kept(&v, g), "C,D");
	erg_metrics_free(m);
	erg_view_clear(&v);
	erg_graph_free(g);
}

static void test_view_select__subgraph(void **state)
{
	erg_graph *g = fixture(), *sg;
	erg_view v;
	erg_error err;
	uint32_t key, skey;
	erg_value val;
	size_t i;
	const erg_relation *r;
	erg_relation *r0 = erg_graph_relation(g, 0);

	assert_int_equal(erg_graph_set_name(g, "fixture"), 0);
	assert_int_equal(erg_graph_define_key(g, ERG_DOMAIN_NODE, "score",
					      ERG_ATTR_DOUBLE, false, &key,
					      &err),
			 0);
	val.d = 2.5;
	assert_int_equal(erg_attrs_set(g, &erg_graph_actor(g, 0)->attrs, key,
				       val),
			 0);
	assert_int_equal(erg_set_str(&r0->evidence, "They agreed."), 0);
	assert_int_equal(erg_set_str(&r0->date, "2024-01"), 0);
	r0->modality = ERG_MOD_ALLEGED;
	r0->weight = 2;
	/* B belongs to A, C to D */
	assert_int_equal(erg_set_str(&erg_graph_actor(g, 1)->affiliation, "A"),
			 0);
	assert_int_equal(erg_set_str(&erg_graph_actor(g, 2)->affiliation, "D"),
			 0);

	erg_view_init(&v);
	assert_int_equal(erg_view_focus(&v, g, "B", 1, &err), 0);
	assert_int_equal(erg_view_subgraph(&v, g, &sg, &err), 0);
	assert_string_equal(erg_graph_name(sg), "fixture");
	assert_int_equal(erg_graph_actor_count(sg), 3); /* A, B, C */
	assert_int_equal(erg_graph_relation_count(sg), 2);
	assert_string_equal(erg_graph_actor_c(sg, 0)->id, "A");
	assert_string_equal(erg_graph_actor_c(sg, 0)->label, "Alpha Republic");
	assert_int_equal(erg_graph_actor_c(sg, 0)->n_aliases, 1);
	assert_string_equal(erg_graph_actor_c(sg, 1)->affiliation, "A");
	assert_null(erg_graph_actor_c(sg, 2)->affiliation); /* D left out */
	assert_int_equal(erg_graph_find_key(sg, ERG_DOMAIN_NODE, "score",
					    &skey),
			 0);
	assert_non_null(erg_attrs_get(&erg_graph_actor_c(sg, 0)->attrs, skey));
	assert_true(
	    erg_attrs_get(&erg_graph_actor_c(sg, 0)->attrs, skey)->d == 2.5);
	r = erg_graph_relation_c(sg, 0);
	assert_string_equal(r->evidence, "They agreed.");
	assert_string_equal(r->date, "2024-01");
	assert_int_equal(r->modality, ERG_MOD_ALLEGED);
	assert_true(r->weight == 2);
	assert_int_equal(erg_graph_find_actor(sg, "C", &i), 0);
	assert_int_equal(erg_graph_relation_c(sg, 1)->target, i);
	erg_graph_free(sg);

	/* relation filters apply too; with no selection every actor stays */
	erg_view_clear(&v);
	assert_int_equal(erg_view_add_layer(&v, g, "conflict", &err), 0);
	assert_int_equal(erg_view_subgraph(&v, g, &sg, &err), 0);
	assert_int_equal(erg_graph_actor_count(sg), erg_graph_actor_count(g));
	assert_int_equal(erg_graph_relation_count(sg), 2);
	erg_graph_free(sg);
	erg_view_clear(&v);
	erg_graph_free(g);
}

static void test_view_select__copy(void **state)
{
	erg_graph *g = fixture();
	erg_view v, c;
	erg_error err;

	erg_view_init(&v);
	assert_int_equal(erg_view_add_layer(&v, g, "conflict", &err), 0);
	assert_int_equal(erg_view_focus(&v, g, "D", 1, &err), 0);
	assert_int_equal(erg_view_set_since(&v, "2020", &err), 0);
	assert_int_equal(erg_view_copy(&c, &v, &err), 0);
	assert_int_equal(c.n_types, v.n_types);
	assert_true(c.types != v.types);
	assert_true(c.keep != v.keep);
	assert_string_equal(c.since, "2020");
	assert_string_equal(kept(&c, g), kept(&v, g));
	/* deep: clearing the original leaves the copy whole */
	erg_view_clear(&v);
	assert_string_equal(kept(&c, g), "D,E"); /* conflict only */
	assert_true(has_type(&c, g, "conflict"));
	erg_view_clear(&c);
	/* NULL copies as "everything" */
	assert_int_equal(erg_view_copy(&c, NULL, &err), 0);
	assert_null(c.keep);
	assert_int_equal(c.n_types, 0);
	erg_graph_free(g);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_view_select__layers),
	    cmocka_unit_test(test_view_select__layer_follows_type_table),
	    cmocka_unit_test(test_view_select__find_actor),
	    cmocka_unit_test(test_view_select__focus),
	    cmocka_unit_test(test_view_select__focus_affiliation),
	    cmocka_unit_test(test_view_select__top),
	    cmocka_unit_test(test_view_select__subgraph),
	    cmocka_unit_test(test_view_select__copy),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
