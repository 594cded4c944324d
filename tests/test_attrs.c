/* test_attrs.c - free attributes of an element (erg_attrs_set/get): kept
 * sorted by key whatever the order they are set in, one value per key,
 * replaced in place, dropped when a key changes type; many keys. */
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

static erg_graph *new_graph(void)
{
	erg_graph *g = NULL;
	erg_error err;
	assert_int_equal(erg_graph_new(&g, NULL, &err), ERG_OK);
	return g;
}

static uint32_t key(erg_graph *g, const char *name, erg_attr_type t)
{
	uint32_t k;
	erg_error err;
	assert_int_equal(erg_graph_define_key(g, ERG_DOMAIN_NODE, name, t,
					      true, &k, &err),
			 ERG_OK);
	return k;
}

static void assert_sorted(const erg_attrs *a)
{
	for (uint32_t i = 1; i < a->n; i++)
		assert_true(a->items[i - 1].key < a->items[i].key);
}

static void test_attrs__any_order(void **state)
{
	erg_graph *g = new_graph();
	erg_attrs a = { NULL, 0, 0 };
	uint32_t k[5];
	static const int order[] = { 3, 0, 4, 1, 2 };
	erg_value v;
	(void)state;

	for (int i = 0; i < 5; i++) {
		char name[8];
		snprintf(name, sizeof(name), "k%d", i);
		k[i] = key(g, name, ERG_ATTR_INT);
	}
	assert_null(erg_attrs_get(&a, k[0]));
	for (int i = 0; i < 5; i++) {
		v.i = 10 * order[i];
		assert_int_equal(erg_attrs_set(g, &a, k[order[i]], v), ERG_OK);
		assert_sorted(&a);
	}
	assert_int_equal(a.n, 5);
	for (int i = 0; i < 5; i++)
		assert_int_equal(erg_attrs_get(&a, k[i])->i, 10 * i);
	/* setting again replaces, in place */
	v.i = 99;
	assert_int_equal(erg_attrs_set(g, &a, k[2], v), ERG_OK);
	assert_int_equal(a.n, 5);
	assert_int_equal(erg_attrs_get(&a, k[2])->i, 99);
	assert_int_equal(erg_attrs_get(&a, k[1])->i, 10);
	assert_int_equal(erg_attrs_get(&a, k[3])->i, 30);
	/* an unknown key */
	assert_int_equal(erg_attrs_set(g, &a, 1000, v), ERG_EINVAL);
	assert_null(erg_attrs_get(&a, 1000));
	free(a.items);
	erg_graph_free(g);
}

/* A key that changes type is dropped from every actor, the others stay
 * found. */
static void test_attrs__drop_on_type_change(void **state)
{
	erg_graph *g = new_graph();
	erg_error err;
	size_t ai;
	erg_actor *act;
	uint32_t ks, ki, kd;
	erg_value v;
	(void)state;

	assert_int_equal(erg_graph_ensure_actor(g, "A", &ai, NULL, &err),
			 ERG_OK);
	ks = key(g, "s", ERG_ATTR_STRING);
	ki = key(g, "i", ERG_ATTR_INT);
	kd = key(g, "d", ERG_ATTR_DOUBLE);
	act = erg_graph_actor(g, ai);
	v.d = 2.5;
	assert_int_equal(erg_attrs_set(g, &act->attrs, kd, v), ERG_OK);
	v.s = "text";
	assert_int_equal(erg_attrs_set(g, &act->attrs, ks, v), ERG_OK);
	v.i = 7;
	assert_int_equal(erg_attrs_set(g, &act->attrs, ki, v), ERG_OK);
	assert_sorted(&act->attrs);
	/* "i" becomes a string: its value goes */
	assert_int_equal(key(g, "i", ERG_ATTR_STRING), ki);
	assert_int_equal(act->attrs.n, 2);
	assert_sorted(&act->attrs);
	assert_null(erg_attrs_get(&act->attrs, ki));
	assert_string_equal(erg_attrs_get(&act->attrs, ks)->s, "text");
	assert_true(erg_attrs_get(&act->attrs, kd)->d == 2.5);
	erg_graph_free(g);
}

/* Many keys set backwards, forwards and in the middle: every value is
 * found, and each key once. */
static void test_attrs__many_keys(void **state)
{
	enum { N = 600 };
	erg_graph *g = new_graph();
	erg_attrs a = { NULL, 0, 0 };
	uint32_t k[N];
	erg_value v;
	(void)state;

	for (int i = 0; i < N; i++) {
		char name[16];
		snprintf(name, sizeof(name), "c%d", i);
		k[i] = key(g, name, ERG_ATTR_INT);
	}
	for (int i = N - 1; i >= 0; i -= 2) { /* odd ones, backwards */
		v.i = i;
		assert_int_equal(erg_attrs_set(g, &a, k[i], v), ERG_OK);
	}
	for (int i = 0; i < N; i += 2) { /* even ones, forwards */
		v.i = i;
		assert_int_equal(erg_attrs_set(g, &a, k[i], v), ERG_OK);
	}
	assert_int_equal(a.n, N);
	assert_sorted(&a);
	for (int i = 0; i < N; i++)
		assert_int_equal(erg_attrs_get(&a, k[i])->i, i);
	free(a.items);
	erg_graph_free(g);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_attrs__any_order),
		cmocka_unit_test(test_attrs__drop_on_type_change),
		cmocka_unit_test(test_attrs__many_keys),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
