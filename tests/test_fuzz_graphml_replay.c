/*
 * test_fuzz_graphml_replay.c - replays the GraphML fuzz corpus
 * (tests/data/fuzz-graphml/) and the bad-input fixtures
 * (tests/data/graphml/bad/) through erg_graphml_read_memory: no crash, and
 * either ERG_OK or a negative status with a message.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ergraph.h"
#include "helpers.h"

static int replay_dir(const char *dir, int *n_ok)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	int n = 0;

	if (!d)
		fail_msg("cannot open %s", dir);
	while ((e = readdir(d))) {
		char path[4096];
		char *data;
		size_t len;
		erg_graph *g;
		erg_error err;
		erg_status st;

		if (e->d_name[0] == '.')
			continue;
		snprintf(path, sizeof(path), "%s/%s", dir, e->d_name);
		data = th_slurp(path, &len);
		if (!data)
			continue; /* a directory */
		assert_int_equal(erg_graph_new(&g, NULL, &err), ERG_OK);
		st = erg_graphml_read_memory(g, data, len, e->d_name, NULL,
					     &err);
		if (st > 0 || (st < 0 && (!err.message[0] || err.code != st)))
			fail_msg("%s: status %d, message '%s'", path, st,
				 err.message);
		for (size_t i = 0; st == ERG_OK &&
				   i < erg_graph_relation_count(g);
		     i++) {
			const erg_relation *r = erg_graph_relation_c(g, i);
			assert_true(r->source < erg_graph_actor_count(g));
			assert_true(r->target < erg_graph_actor_count(g));
		}
		if (st == ERG_OK)
			(*n_ok)++;
		erg_graph_free(g);
		free(data);
		n++;
	}
	closedir(d);
	return n;
}

static void test_fuzz_graphml_replay__corpus(void **state)
{
	int ok = 0;
	int n = replay_dir(th_data("fuzz-graphml"), &ok);
	assert_true(n >= 10);
	assert_true(ok >= 1); /* the seeds include valid files */
}

static void test_fuzz_graphml_replay__bad_fixtures(void **state)
{
	int ok = 0;
	int n = replay_dir(th_data("graphml/bad"), &ok);
	assert_true(n >= 13);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_fuzz_graphml_replay__corpus),
		cmocka_unit_test(test_fuzz_graphml_replay__bad_fixtures),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
