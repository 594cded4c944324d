/*
 * phases.c - CPU time of each phase of `ergraph ingest`, through the
 * public API, on the benchmark corpus (bench/ingest/run.sh builds and
 * runs it).
 *
 *   phases LEXICON CORPUS OUT.graphml
 *
 * Phases: the lexicon (the default one plus LEXICON, automaton built),
 * the library ingest (erg_text_ingest_file: reading, matching, analysis,
 * the graph) and the GraphML writer. Prints CPU seconds (user + system of
 * this process) and MB of corpus per CPU second for each.
 */
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/stat.h>

#include "ergraph.h"

static double cpu(void)
{
	struct rusage ru;
	getrusage(RUSAGE_SELF, &ru);
	return (double)ru.ru_utime.tv_sec + (double)ru.ru_utime.tv_usec / 1e6 +
	       (double)ru.ru_stime.tv_sec + (double)ru.ru_stime.tv_usec / 1e6;
}

static void row(const char *what, double s, double mb)
{
	printf("  %-28s %7.2f cpu s %8.0f MB/cpu-s\n", what, s,
	       s > 0 ? mb / s : 0.0);
}

int main(int argc, char **argv)
{
	erg_types *tt = NULL;
	erg_graph *g = NULL;
	erg_lexicon *lx = NULL;
	erg_text_opts to;
	erg_error err;
	struct stat sb;
	double t0, t1, t2, t3, mb;
	int rc = 1;

	if (argc != 4) {
		fprintf(stderr, "usage: phases LEXICON CORPUS OUT.graphml\n");
		return 2;
	}
	if (stat(argv[2], &sb)) {
		fprintf(stderr, "phases: cannot stat %s\n", argv[2]);
		return 1;
	}
	mb = (double)sb.st_size / 1e6;
	erg_error_clear(&err);
	t0 = cpu();
	if (erg_types_new_default(&tt, &err) || erg_graph_new(&g, tt, &err) ||
	    erg_lexicon_new_default(&lx, &err) ||
	    erg_lexicon_load(lx, argv[1], &err) ||
	    erg_lexicon_check_types(lx, erg_graph_types(g), &err))
		goto fail;
	t1 = cpu();
	erg_text_opts_init(&to);
	if (erg_text_ingest_file(g, lx, argv[2], ERG_TEXT_AUTO, &to, &err))
		goto fail;
	t2 = cpu();
	if (erg_graphml_write_file(g, argv[3], &err))
		goto fail;
	t3 = cpu();
	printf("phases (%.1f MB, %zu actors, %zu relations):\n", mb,
	       erg_graph_actor_count(g), erg_graph_relation_count(g));
	row("lexicon load + automaton", t1 - t0, mb);
	row("library ingest", t2 - t1, mb);
	row("GraphML write", t3 - t2, mb);
	row("total", t3 - t0, mb);
	rc = 0;
	goto done;
fail:
	fprintf(stderr, "phases: %s\n", err.message);
done:
	erg_lexicon_free(lx);
	erg_graph_free(g);
	erg_types_free(tt);
	return rc;
}
