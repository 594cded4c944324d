/* cmd_analyze.c - `ergraph analyze`: the ranked influence metrics table,
 * with signed (--signed) and brokerage (--brokerage) columns on request. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

enum {
	OPT_NORMALIZED = CLI_OPT__FIRST_PRIVATE,
	OPT_SEED,
	OPT_SIGNED,
	OPT_BROKERAGE,
	OPT_GROUPS
};

/* The option an extra column needs ("--signed", "--brokerage"), NULL if
 * `name` is not one. */
static const char *extra_needs(const char *name)
{
	static const char *const sign[] = {
	    "bloc",	    "side",	    "pos_degree", "neg_degree",
	    "pos_strength", "neg_strength", "pn_index",	  "pn_out",
	    "pn_in"};
	static const char *const structure[] = {
	    "constraint", "effective_size", "articulation", "coordinator",
	    "itinerant",  "gatekeeper",	    "representative", "liaison",
	    "brokerage"};
	for (size_t i = 0; i < sizeof(sign) / sizeof(sign[0]); i++)
		if (!strcmp(name, sign[i]))
			return "--signed";
	for (size_t i = 0; i < sizeof(structure) / sizeof(structure[0]); i++)
		if (!strcmp(name, structure[i]))
			return "--brokerage";
	return NULL;
}

static void help(void)
{
	printf("Usage: ergraph analyze [OPTIONS] INPUT...\n\n"
	       "Reads one or more networks (GraphML, CSV or TSV relation "
	       "tables; '-' is\nstandard input), computes influence metrics "
	       "with igraph and prints the\nactors ranked by a metric.\n\n"
	       "Options:\n"
	       CLI_FORMAT_HELP
	       "  -b, --by METRIC    rank by METRIC (default pagerank): degree,\n"
	       "                     in_degree, out_degree, strength, "
	       "in_strength,\n"
	       "                     out_strength, betweenness, closeness, "
	       "harmonic,\n"
	       "                     eigenvector, pagerank, hub, authority, "
	       "coreness;\n"
	       "                     with --signed also pos_degree, "
	       "neg_degree,\n                     pos_strength, "
	       "neg_strength, pn_index, pn_out, pn_in;\n"
	       "                     with --brokerage constraint, "
	       "effective_size,\n                     brokerage and the "
	       "role names (see docs/metrics.md)\n"
	       CLI_TABLE_OUTPUT_HELP
	       "  --normalized       normalise betweenness\n"
	       "  --seed N           random seed for community detection, "
	       "signed blocs\n                     and the frustration "
	       "heuristic (default 42)\n"
	       "  --signed           add signed analysis: positive/negative "
	       "degree and\n                     strength, PN index, "
	       "spinglass bloc and frustration side\n"
	       "                     per actor; balance, frustration index "
	       "and blocs in a\n                     summary. Relation "
	       "signs come from the type table\n"
	       "                     (neutral types are left out)\n"
	       "  --brokerage        add Burt's constraint and effective size, "
	       "articulation\n                     points, bridges and "
	       "Gould-Fernandez brokerage roles\n"
	       "  --groups G         brokerage groups: affiliation or blocs "
	       "(default: blocs\n                     with --signed, else "
	       "affiliation)\n"
	       CLI_METRICS_HELP CLI_JOBS_HELP "\n" CLI_INPUT_HELP "\n" CLI_VIEW_HELP);
}

int cmd_analyze(int argc, char **argv)
{
	static const struct option longopts[] = {
		CLI_FORMAT_OPTION,
		CLI_BY_OPTION,
		CLI_OUTPUT_OPTION,
		{ "normalized", no_argument, NULL, OPT_NORMALIZED },
		CLI_SEED_OPTION,
		CLI_METRICS_OPTION,
		CLI_JOBS_OPTION,
		{ "signed", no_argument, NULL, OPT_SIGNED },
		{ "brokerage", no_argument, NULL, OPT_BROKERAGE },
		{ "groups", required_argument, NULL, OPT_GROUPS },
		CLI_INPUT_OPTIONS,
		CLI_VIEW_OPTIONS,
		{ NULL, 0, NULL, 0 }
	};
	cli_cmd cc;
	erg_metric by = ERG_METRIC_PAGERANK;
	erg_metrics *m = NULL;
	bool want_signed = false, want_brokerage = false;
	const char *groups = NULL;
	erg_signed_opts sopts;
	erg_signed *sg = NULL;
	erg_structure *st = NULL;
	erg_metrics_extra extra;
	const char *by_extra = NULL;
	long *group = NULL;
	int c, rc = CLI_EXIT_USAGE;

	memset(&extra, 0, sizeof(extra));
	cli_cmd_init(&cc, "analyze", help, argv);
	cc.output = "-";
	while ((c = getopt_long(argc, argv, ":f:b:o:l:qhj:", longopts, NULL)) !=
	       -1) {
		switch (c) {
		case 'b':
			/* the metrics and the extra columns */
			by_extra = NULL;
			if (erg_metric_parse(optarg, &by) == 0)
				break;
			if (!extra_needs(optarg)) {
				rc = cli_usage_error("analyze",
						     "unknown metric '%s'",
						     optarg);
				goto done;
			}
			by_extra = optarg;
			break;
		case OPT_NORMALIZED:
			cc.analyze.normalized = true;
			break;
		case OPT_SIGNED:
			want_signed = true;
			break;
		case OPT_BROKERAGE:
			want_brokerage = true;
			break;
		case OPT_GROUPS:
			if (strcmp(optarg, "affiliation") &&
			    strcmp(optarg, "blocs")) {
				rc = cli_usage_error("analyze",
						     "--groups: 'affiliation' "
						     "or 'blocs', not '%s'",
						     optarg);
				goto done;
			}
			groups = optarg;
			break;
		default:
			if (cli_cmd_option(&cc, c, optarg, &rc))
				goto done;
		}
	}
	if (cc.analyze.metrics) /* the ranking metric is always computed */
		cc.analyze.metrics |= 1u << by;
	if ((rc = cli_cmd_inputs(&cc, argc, argv, NULL)) ||
	    (rc = cli_cmd_load(&cc)))
		goto done;
	if (by_extra && !strcmp(extra_needs(by_extra), "--signed") &&
	    !want_signed) {
		rc = cli_usage_error("analyze", "--by %s needs --signed",
				     by_extra);
		goto done;
	}
	if (by_extra && !strcmp(extra_needs(by_extra), "--brokerage") &&
	    !want_brokerage) {
		rc = cli_usage_error("analyze", "--by %s needs --brokerage",
				     by_extra);
		goto done;
	}
	extra.rank_by = by_extra;
	if (groups && !want_brokerage) {
		rc = cli_usage_error("analyze", "--groups needs --brokerage");
		goto done;
	}
	if (!groups)
		groups = want_signed ? "blocs" : "affiliation";
	if ((rc = cli_analyze(&cc.in, cc.g, cc.view, &cc.analyze, &m)))
		goto done;
	rc = CLI_EXIT_ERROR;
	erg_signed_opts_init(&sopts);
	sopts.seed = cc.analyze.seed;
	if (want_signed || (want_brokerage && !strcmp(groups, "blocs"))) {
		cli_progress(cc.in.quiet, "signed analysis");
		if (erg_signed_compute(cc.g, cc.view, &sopts, &sg, &cc.err))
			goto fail;
		if (want_signed)
			extra.sign = sg;
	}
	if (want_brokerage) {
		size_t n = erg_graph_actor_count(cc.g);
		group = malloc((n ? n : 1) * sizeof(*group));
		if (!group) {
			cli_errorf("out of memory");
			goto done;
		}
		if (!strcmp(groups, "blocs") && !sg->has_blocs) {
			if (!cc.in.quiet)
				fprintf(stderr,
					"ergraph: warning: no signed blocs "
					"(too many actors for spinglass): "
					"brokerage groups from affiliation\n");
			groups = "affiliation";
		}
		if (!strcmp(groups, "blocs"))
			memcpy(group, sg->bloc, n * sizeof(*group));
		else if (erg_structure_groups_affiliation(cc.g, group, &cc.err))
			goto fail;
		cli_progress(cc.in.quiet, "brokerage");
		if (erg_structure_compute(cc.g, cc.view, group, &st, &cc.err))
			goto fail;
		extra.structure = st;
		extra.groups = groups;
	}
	cli_progress(cc.in.quiet, NULL);
	if (erg_metrics_write_extra_file(cc.g, m, &extra, by, cc.format,
					 cc.output, &cc.err))
		goto fail;
	rc = CLI_EXIT_OK;
	goto done;
fail:
	rc = cli_cmd_fail(&cc);
done:
	free(group);
	erg_structure_free(st);
	erg_signed_free(sg);
	erg_metrics_free(m);
	cli_cmd_free(&cc);
	return rc;
}
