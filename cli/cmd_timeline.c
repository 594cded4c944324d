/* cmd_timeline.c - `ergraph timeline`: ranks per time window, as a table
 * and a line chart. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "ergraph/temporal.h"

enum {
	OPT_STEP = CLI_OPT__FIRST_PRIVATE,
	OPT_CUMULATIVE,
	OPT_PARTIAL,
	OPT_TITLE,
	OPT_PALETTE,
	OPT_SEED
};

static void help(void)
{
	printf("Usage: ergraph timeline [OPTIONS] INPUT...\n\n"
	       "Places the dated relations of the network in time windows, "
	       "ranks the actors\nof each window by a metric and prints a "
	       "table of (window, actor, metric,\nvalue, rank); -o draws the "
	       "ranks of the top actors over time as an SVG\nline chart. "
	       "Undated relations are left out (counted on stderr).\n\n"
	       "Options:\n"
	       "  -w, --window W     day, month (default), quarter, year, or "
	       "a length:\n"
	       "                     a number and d, m, q or y (6m, 2q, 1y, "
	       "10d)\n"
	       "  --step S           sliding windows: a new window every S "
	       "(1m, 1q, 7d);\n"
	       "                     default: the window's length (no "
	       "overlap)\n"
	       "  --cumulative       each window holds everything from the "
	       "first date to\n"
	       "                     its end\n"
	       "  --partial RULE     where a partial date goes: overlap "
	       "(default: every\n"
	       "                     window its period overlaps; \"2023\" "
	       "counts in each\n"
	       "                     month of 2023) or contained (only "
	       "windows holding its\n"
	       "                     whole period; \"2023\" counts in year "
	       "windows only)\n"
	       "  -b, --by METRIC    rank by METRIC (default pagerank)\n"
	       "  -n, --rows N       the N actors ranked best over the whole "
	       "period, as\n"
	       "                     rows of the table and lines of the chart "
	       "(default\n"
	       "                     10; 0 = every actor in the table); ranks "
	       "stay those\n"
	       "                     of the whole network. Was also --top: "
	       "--top is now\n"
	       "                     the actor selection below (ranks within "
	       "it)\n"
	       "  -f, --format FMT   table format: csv (default), tsv, json "
	       "or md\n"
	       "  -t, --table FILE   write the table to FILE (default: "
	       "standard output)\n"
	       "  -o, --output FILE  draw the line chart of ranks to FILE "
	       "(.svg or .png)\n"
	       "  --title TEXT       chart title\n"
	       "  --palette FILE     chart colours and fonts (format of "
	       "lexicons/chart.tsv)\n" CLI_SEED_HELP CLI_JOBS_HELP
	       "\n" CLI_INPUT_HELP "\n" CLI_VIEW_HELP);
}

static int parse_size(const char *arg, size_t *out)
{
	char *end;
	unsigned long long v;
	if (*arg < '0' || *arg > '9')
		return -1;
	errno = 0;
	v = strtoull(arg, &end, 10);
	if (end == arg || *end || errno || v > 1000000)
		return -1;
	*out = (size_t)v;
	return 0;
}

int cmd_timeline(int argc, char **argv)
{
	static const struct option longopts[] = {
	    {"window", required_argument, NULL, 'w'},
	    {"step", required_argument, NULL, OPT_STEP},
	    {"cumulative", no_argument, NULL, OPT_CUMULATIVE},
	    {"partial", required_argument, NULL, OPT_PARTIAL},
	    CLI_BY_OPTION,
	    {"rows", required_argument, NULL, 'n'},
	    CLI_FORMAT_OPTION,
	    {"table", required_argument, NULL, 't'},
	    {"output", required_argument, NULL, 'o'},
	    {"title", required_argument, NULL, OPT_TITLE},
	    {"palette", required_argument, NULL, OPT_PALETTE},
	    CLI_SEED_OPTION,
	    CLI_JOBS_OPTION,
	    CLI_INPUT_OPTIONS,
	    CLI_VIEW_OPTIONS,
	    {NULL, 0, NULL, 0}};
	cli_cmd cc;
	erg_window_spec spec;
	erg_chart_opts copts;
	const char *window = "month", *step = NULL;
	size_t top = 10;
	erg_timeline *t = NULL;
	int c, rc = CLI_EXIT_USAGE;

	/* the table is the output, the chart a second one */
	cli_cmd_init(&cc, "timeline", help, argv);
	cc.output = "-";
	erg_window_spec_init(&spec);
	erg_chart_opts_init(&copts);
	while ((c = getopt_long(argc, argv, ":w:b:n:f:t:o:l:qhj:", longopts,
				NULL)) != -1) {
		switch (c) {
		case 'w':
			window = optarg;
			break;
		case OPT_STEP:
			step = optarg;
			break;
		case OPT_CUMULATIVE:
			spec.cumulative = true;
			break;
		case OPT_PARTIAL:
			if (erg_partial_rule_parse(optarg, &spec.partial)) {
				rc = cli_usage_error("timeline",
						     "unknown --partial rule "
						     "'%s' (overlap, "
						     "contained)",
						     optarg);
				goto done;
			}
			break;
		case 'n':
			if (parse_size(optarg, &top)) {
				rc = cli_usage_error("timeline",
						     "--rows: not a number: "
						     "'%s'",
						     optarg);
				goto done;
			}
			break;
		case 't':
			cc.output = optarg;
			break;
		case 'o':
			cc.output2 = optarg;
			break;
		case OPT_TITLE:
			copts.title = optarg;
			break;
		case OPT_PALETTE:
			copts.palette = optarg;
			break;
		default:
			if (cli_cmd_option(&cc, c, optarg, &rc))
				goto done;
		}
	}
	if (erg_window_spec_parse(&spec, window, step, &cc.err)) {
		rc = cli_usage_error("timeline", "%s", cc.err.message);
		goto done;
	}
	if (cc.output2 && erg_format_from_path(cc.output2) != ERG_FORMAT_SVG &&
	    erg_format_from_path(cc.output2) != ERG_FORMAT_PNG) {
		rc = cli_usage_error("timeline",
				     "the chart is SVG or PNG: -o needs a .svg "
				     "or .png file, not '%s'",
				     cc.output2);
		goto done;
	}
	if (cc.output2 && strcmp(cc.output2, cc.output) == 0) {
		rc = cli_usage_error("timeline",
				     "the table and the chart cannot both go "
				     "to '%s'",
				     cc.output2);
		goto done;
	}
	if ((rc = cli_cmd_inputs(&cc, argc, argv, NULL)) ||
	    (rc = cli_cmd_load(&cc)))
		goto done;
	rc = CLI_EXIT_ERROR;
	cli_progress(cc.in.quiet, "analyzing windows");
	if (erg_timeline_build(&t, cc.g, cc.view, &spec, &cc.analyze, cc.by,
			       &cc.err))
		goto fail;
	cli_progress(cc.in.quiet, NULL);
	if (!cc.in.quiet && t->n_undated)
		fprintf(stderr,
			"ergraph: note: %zu undated relation%s left out of the "
			"timeline\n",
			t->n_undated, t->n_undated == 1 ? "" : "s");
	if (!cc.in.quiet && t->n_unplaced)
		fprintf(stderr,
			"ergraph: note: %zu relation%s dated less precisely "
			"than the windows left out (--partial contained)\n",
			t->n_unplaced, t->n_unplaced == 1 ? "" : "s");
	if (!cc.in.quiet && !t->n_windows)
		fprintf(stderr, "ergraph: note: no dated relation: the "
				"timeline is empty\n");
	for (size_t w = 0; !cc.in.quiet && w < t->n_windows; w++)
		if (!t->windows[w].computed && t->windows[w].n_relations)
			fprintf(stderr,
				"ergraph: warning: %s: %s could not be "
				"computed\n",
				t->windows[w].label, erg_metric_name(cc.by));
	if (erg_timeline_write_file(cc.g, t, top, cc.format, cc.output,
				    &cc.err))
		goto fail;
	if (cc.output2) {
		copts.top = top;
		if (erg_chart_write_file(cc.g, t, &copts, cc.output2, &cc.err))
			goto fail;
	}
	rc = CLI_EXIT_OK;
	goto done;
fail:
	rc = cli_cmd_fail(&cc);
done:
	erg_timeline_free(t);
	cli_cmd_free(&cc);
	return rc;
}
