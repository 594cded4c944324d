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
	       "  -n, --top N        the N actors ranked best over the whole "
	       "period\n"
	       "                     (default 10; 0 = every actor in the "
	       "table); this\n"
	       "                     --top only picks rows and lines: ranks "
	       "stay those of\n"
	       "                     the whole network (the actor selection "
	       "below does\n"
	       "                     not apply)\n"
	       "  -f, --format FMT   table format: csv (default), tsv, json "
	       "or md\n"
	       "  -t, --table FILE   write the table to FILE (default: "
	       "standard output)\n"
	       "  -o, --output FILE  draw the line chart of ranks to FILE "
	       "(.svg or .png)\n"
	       "  --title TEXT       chart title\n"
	       "  --palette FILE     chart colours and fonts (format of "
	       "lexicons/chart.tsv)\n"
	       "  --seed N           random seed for community detection "
	       "(default 42)\n"
	       "  -j, --jobs N       processes for the path metrics (default: "
	       "the number\n                     of CPUs)\n\n" CLI_INPUT_HELP
	       "\n" CLI_VIEW_HELP);
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
	    {"by", required_argument, NULL, 'b'},
	    {"top", required_argument, NULL, 'n'},
	    {"format", required_argument, NULL, 'f'},
	    {"table", required_argument, NULL, 't'},
	    {"output", required_argument, NULL, 'o'},
	    {"title", required_argument, NULL, OPT_TITLE},
	    {"palette", required_argument, NULL, OPT_PALETTE},
	    {"seed", required_argument, NULL, OPT_SEED},
	    {"jobs", required_argument, NULL, 'j'},
	    CLI_INPUT_OPTIONS,
	    CLI_VIEW_OPTIONS,
	    {NULL, 0, NULL, 0}};
	cli_input in;
	erg_window_spec spec;
	erg_table_format fmt = ERG_TABLE_CSV;
	erg_metric by = ERG_METRIC_PAGERANK;
	erg_analyze_opts aopts;
	erg_chart_opts copts;
	const char *window = "month", *step = NULL, *table = "-";
	const char *chart = NULL;
	size_t top = 10;
	erg_graph *g = NULL;
	erg_timeline *t = NULL;
	erg_view vstore;
	const erg_view *view = NULL;
	erg_error err;
	int c, rc = CLI_EXIT_USAGE;

	cli_input_init(&in);
	erg_window_spec_init(&spec);
	erg_analyze_opts_init(&aopts);
	erg_chart_opts_init(&copts);
	aopts.jobs = cli_default_jobs();
	erg_view_init(&vstore);
	erg_error_clear(&err);
	optind = 1;
	while ((c = getopt_long(argc, argv, "w:b:n:f:t:o:l:qhj:", longopts,
				NULL)) != -1) {
		int r = cli_input_option(&in, c, optarg);
		if (r < 0)
			goto done;
		if (r)
			continue;
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
		case 'b':
			if (erg_metric_parse(optarg, &by) ||
			    by == ERG_METRIC_COMMUNITY) {
				rc = cli_usage_error(
				    "timeline", "unknown metric '%s'", optarg);
				goto done;
			}
			break;
		case 'n':
			if (parse_size(optarg, &top)) {
				rc = cli_usage_error("timeline",
						     "--top: not a number: "
						     "'%s'",
						     optarg);
				goto done;
			}
			break;
		case 'f':
			if (erg_table_format_parse(optarg, &fmt)) {
				rc = cli_usage_error("timeline",
						     "unknown format '%s' "
						     "(csv, tsv, json, md)",
						     optarg);
				goto done;
			}
			break;
		case 't':
			table = optarg;
			break;
		case 'o':
			chart = optarg;
			break;
		case OPT_TITLE:
			copts.title = optarg;
			break;
		case OPT_PALETTE:
			copts.palette = optarg;
			break;
		case OPT_SEED:
			if (cli_parse_seed("timeline", optarg, &aopts.seed))
				goto done;
			break;
		case 'j':
			if (cli_parse_jobs("timeline", optarg, &aopts.jobs))
				goto done;
			break;
		case 'h':
			help();
			rc = CLI_EXIT_OK;
			goto done;
		default:
			rc = cli_usage_error("timeline", "invalid option");
			goto done;
		}
	}
	if (erg_window_spec_parse(&spec, window, step, &err)) {
		rc = cli_usage_error("timeline", "%s", err.message);
		goto done;
	}
	if (chart && erg_format_from_path(chart) != ERG_FORMAT_SVG &&
	    erg_format_from_path(chart) != ERG_FORMAT_PNG) {
		rc = cli_usage_error("timeline",
				     "the chart is SVG or PNG: -o needs a .svg "
				     "or .png file, not '%s'",
				     chart);
		goto done;
	}
	if (chart && strcmp(chart, table) == 0) {
		rc = cli_usage_error("timeline",
				     "the table and the chart cannot both go "
				     "to '%s'",
				     chart);
		goto done;
	}
	if ((rc = cli_take_inputs(&in, "timeline", argc, argv, NULL, NULL)))
		goto done;
	if ((rc = cli_check_output(&in, table)) ||
	    (chart && (rc = cli_check_output(&in, chart))))
		goto done;
	if ((rc = cli_load(&in, &g)))
		goto done;
	if ((rc = cli_view(&in, g, &vstore, &view)))
		goto done;
	rc = CLI_EXIT_ERROR;
	cli_progress(in.quiet, "analyzing windows");
	if (erg_timeline_build(&t, g, view, &spec, &aopts, by, &err))
		goto fail;
	cli_progress(in.quiet, NULL);
	if (!in.quiet && t->n_undated)
		fprintf(stderr,
			"ergraph: note: %zu undated relation%s left out of the "
			"timeline\n",
			t->n_undated, t->n_undated == 1 ? "" : "s");
	if (!in.quiet && t->n_unplaced)
		fprintf(stderr,
			"ergraph: note: %zu relation%s dated less precisely "
			"than the windows left out (--partial contained)\n",
			t->n_unplaced, t->n_unplaced == 1 ? "" : "s");
	if (!in.quiet && !t->n_windows)
		fprintf(stderr, "ergraph: note: no dated relation: the "
				"timeline is empty\n");
	for (size_t w = 0; !in.quiet && w < t->n_windows; w++)
		if (!t->windows[w].computed && t->windows[w].n_relations)
			fprintf(stderr,
				"ergraph: warning: %s: %s could not be "
				"computed\n",
				t->windows[w].label, erg_metric_name(by));
	if (erg_timeline_write_file(g, t, top, fmt, table, &err))
		goto fail;
	if (chart) {
		copts.top = top;
		if (erg_chart_write_file(g, t, &copts, chart, &err))
			goto fail;
	}
	rc = CLI_EXIT_OK;
	goto done;
fail:
	cli_progress(in.quiet, NULL);
	cli_error(&err);
done:
	erg_timeline_free(t);
	erg_view_clear(&vstore);
	erg_graph_free(g);
	cli_input_free(&in);
	return rc;
}
