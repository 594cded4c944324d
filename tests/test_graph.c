/* test_graph.c - the model and the type table. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "ergraph.h"
#include "helpers.h"
#include "util_internal.h"

static void test_graph__default_types(void **state)
{
	erg_types *t;
	erg_error err;
	size_t i;
	const char *expect[] = { "affiliation", "cooperation", "diplomacy",
				 "support", "alliance", "arms_transfer",
				 "military_cooperation", "criticism",
				 "opposition", "sanctions", "conflict",
				 "related" };
	assert_int_equal(erg_types_new_default(&t, &err), ERG_OK);
	assert_int_equal(erg_types_count(t), 12);
	for (i = 0; i < 12; i++)
		assert_int_equal(erg_types_find(t, expect[i], NULL), 0);
	assert_int_equal(erg_types_find(t, "sanctions", &i), 0);
	assert_int_equal(erg_types_get(t, i)->polarity, -1);
	assert_true(erg_types_get(t, i)->directed);
	assert_int_equal(erg_types_find(t, "cooperation", &i), 0);
	assert_int_equal(erg_types_get(t, i)->polarity, 1);
	assert_false(erg_types_get(t, i)->directed);
	erg_types_free(t);
}

static void test_graph__types_override_and_errors(void **state)
{
	erg_types *t;
	erg_error err;
	size_t i, n;
	const char ok[] = "# mine\nsupport\t-\tno\t#123456\t\nvisit\t+\tyes"
			  "\t#abcdef\t04\n";
	assert_int_equal(erg_types_new_default(&t, &err), ERG_OK);
	n = erg_types_count(t);
	assert_int_equal(erg_types_parse(t, ok, strlen(ok), "x.tsv", &err),
			 ERG_OK);
	assert_int_equal(erg_types_count(t), n + 1);
	assert_int_equal(erg_types_find(t, "support", &i), 0);
	assert_int_equal(erg_types_get(t, i)->polarity, -1);
	assert_string_equal(erg_types_get(t, i)->color, "#123456");

	const char bad[] = "a\t+\tno\t#000000\nb\t+\tmaybe\t#000000\n";
	assert_int_equal(erg_types_parse(t, bad, strlen(bad), "bad.tsv", &err),
			 ERG_EPARSE);
	assert_int_equal(err.line, 2);
	assert_int_equal(err.column, 5);
	assert_string_equal(err.file, "bad.tsv");
	/* unchanged on failure */
	assert_int_equal(erg_types_find(t, "a", NULL), -1);

	const char badcol[] = "a\t+\tno\tred\n";
	assert_int_equal(
		erg_types_parse(t, badcol, strlen(badcol), "c.tsv", &err),
		ERG_EPARSE);
	assert_non_null(strstr(err.message, "colour"));
	assert_int_equal(erg_types_load(t, "/nonexistent/types.tsv", &err),
			 ERG_EIO);

	/* old Mac line ends: a lone CR ends a row, errors name the row */
	const char cr[] = "# cr\rcr1\t+\tno\t#000001\rcr2\t+\tmaybe\t#000002\r";
	assert_int_equal(erg_types_parse(t, cr, strlen(cr), "cr.tsv", &err),
			 ERG_EPARSE);
	assert_int_equal(err.line, 3);
	const char crok[] = "cr1\t+\tno\t#000001\rcr2\t-\tyes\t#000002\r\n"
			    "cr3\t0\tno\t#000003";
	assert_int_equal(erg_types_parse(t, crok, strlen(crok), "cr.tsv", &err),
			 ERG_OK);
	assert_int_equal(erg_types_find(t, "cr2", &i), 0);
	assert_int_equal(erg_types_get(t, i)->polarity, -1);
	assert_int_equal(erg_types_find(t, "cr3", NULL), 0);

	/* invalid UTF-8: line and column (in characters) of the bad byte */
	const char u8[] = "ok\t+\tno\t#000001\r\n\xc3\xa9t\xff\t+\tno\t#0\n";
	assert_int_equal(erg_types_parse(t, u8, strlen(u8), "u8.tsv", &err),
			 ERG_EPARSE);
	assert_int_equal(err.line, 2);
	assert_int_equal(err.column, 3);
	erg_types_free(t);
}

static void test_graph__actors_relations_attrs(void **state)
{
	erg_graph *g;
	erg_error err;
	size_t a, b, c, r, ty;
	bool created;
	uint32_t k;
	erg_value v;

	assert_int_equal(erg_graph_new(&g, NULL, &err), ERG_OK);
	assert_int_equal(erg_graph_ensure_actor(g, "RUS", &a, &created, &err),
			 ERG_OK);
	assert_true(created);
	assert_int_equal(erg_graph_ensure_actor(g, "PRK", &b, NULL, &err), 0);
	assert_int_equal(erg_graph_ensure_actor(g, "RUS", &c, &created, &err),
			 0);
	assert_false(created);
	assert_int_equal(a, c);
	assert_string_equal(erg_graph_actor(g, a)->label, "RUS");
	assert_int_equal(erg_graph_ensure_actor(g, "", &c, NULL, &err),
			 ERG_EINVAL);

	assert_int_equal(erg_types_find(erg_graph_types(g), "cooperation", &ty),
			 0);
	assert_int_equal(erg_graph_add_relation(g, a, b, ty, &r, &err), 0);
	assert_int_equal(erg_graph_add_relation(g, a, b, ty, &r, &err), 0);
	assert_int_equal(erg_graph_relation_count(g), 2); /* parallel kept */
	assert_false(erg_graph_is_directed(g));
	assert_int_equal(erg_types_find(erg_graph_types(g), "support", &ty), 0);
	assert_int_equal(erg_graph_add_relation(g, b, a, ty, &r, &err), 0);
	assert_true(erg_graph_is_directed(g));
	assert_int_equal(erg_graph_relation(g, r)->modality, ERG_MOD_REPORTED);
	assert_true(erg_graph_relation(g, r)->weight == 1.0);
	assert_int_equal(erg_graph_relation(g, r)->offset, -1);
	assert_int_equal(erg_graph_add_relation(g, a, 99, ty, &r, &err),
			 ERG_EINVAL);

	assert_int_equal(erg_actor_set_aliases_joined(erg_graph_actor(g, a),
						      "Russia| Moscow |Russia"),
			 0);
	assert_int_equal(erg_graph_actor(g, a)->n_aliases, 2);
	assert_string_equal(erg_graph_actor(g, a)->aliases[1], "Moscow");

	assert_int_equal(erg_graph_define_key(g, ERG_DOMAIN_NODE, "region",
					      ERG_ATTR_STRING, false, &k, &err),
			 0);
	v.s = "Europe";
	assert_int_equal(erg_attrs_set(g, &erg_graph_actor(g, a)->attrs, k, v),
			 0);
	v.s = "Eurasia";
	assert_int_equal(erg_attrs_set(g, &erg_graph_actor(g, a)->attrs, k, v),
			 0);
	assert_string_equal(erg_attrs_get(&erg_graph_actor(g, a)->attrs, k)->s,
			    "Eurasia");
	assert_null(erg_attrs_get(&erg_graph_actor(g, b)->attrs, k));
	assert_int_equal(erg_graph_define_key(g, ERG_DOMAIN_NODE, "region",
					      ERG_ATTR_DOUBLE, false, &k, &err),
			 ERG_EINVAL);
	assert_int_equal(erg_graph_define_key(g, ERG_DOMAIN_NODE, "region",
					      ERG_ATTR_DOUBLE, true, &k, &err),
			 0);
	assert_null(erg_attrs_get(&erg_graph_actor(g, a)->attrs, k));
	erg_graph_free(g);
}

static void test_graph__values_dates_names(void **state)
{
	erg_value v;
	char buf[64];
	erg_modality m;
	erg_kind kd;

	assert_true(erg_date_valid("2023"));
	assert_true(erg_date_valid("2023-11"));
	assert_true(erg_date_valid("2023-09-13"));
	assert_true(erg_date_valid("2024-02-29"));
	assert_false(erg_date_valid("2023-02-29"));
	assert_false(erg_date_valid("2023-13"));
	assert_false(erg_date_valid("23-01-01"));
	assert_false(erg_date_valid("2023-9-1"));

	assert_int_equal(erg_value_parse(ERG_ATTR_BOOL, "TRUE", &v), 0);
	assert_int_equal(v.b, 1);
	assert_int_equal(erg_value_parse(ERG_ATTR_BOOL, "yes", &v), -1);
	assert_int_equal(erg_value_parse(ERG_ATTR_INT, " 42 ", &v), 0);
	assert_int_equal(v.i, 42);
	assert_int_equal(erg_value_parse(ERG_ATTR_INT, "4x", &v), -1);
	assert_int_equal(erg_value_parse(ERG_ATTR_DOUBLE, "0.1", &v), 0);
	assert_string_equal(erg_value_format(ERG_ATTR_DOUBLE, &v, buf,
					     sizeof(buf)),
			    "0.10000000000000001");
	assert_int_equal(erg_modality_parse("Alleged", &m), 0);
	assert_int_equal(m, ERG_MOD_ALLEGED);
	assert_int_equal(erg_modality_parse("rumoured", &m), -1);
	assert_int_equal(erg_kind_parse("organisation", &kd), 0);
	assert_int_equal(kd, ERG_KIND_ORGANIZATION);
	assert_int_equal(erg_format_from_path("a/b.GraphML"),
			 ERG_FORMAT_GRAPHML);
	assert_int_equal(erg_format_from_path("a.b/c"), ERG_FORMAT_UNKNOWN);
}

static void test_graph__error_cut_keeps_utf8(void **state)
{
	erg_error err;
	char big[2000];
	/* 'é' is two bytes: a message cut at an odd length must not end
	 * in half of one */
	for (size_t i = 0; i + 2 < sizeof(big); i += 2)
		memcpy(big + i, "\xc3\xa9", 2);
	big[sizeof(big) - 2] = '\0';
	for (int shift = 0; shift < 4; shift++) {
		erg_error_set(&err, ERG_EPARSE, "f", 1, 1, "%.*s%s", shift,
			      "xxxx", big);
		assert_true(erg__utf8_valid(err.message, strlen(err.message),
					    NULL));
		assert_true(strlen(err.message) >= sizeof(err.message) - 5);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_graph__default_types),
		cmocka_unit_test(test_graph__types_override_and_errors),
		cmocka_unit_test(test_graph__actors_relations_attrs),
		cmocka_unit_test(test_graph__values_dates_names),
		cmocka_unit_test(test_graph__error_cut_keeps_utf8),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
