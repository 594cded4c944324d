/* cmd_report.c - `ergraph report`: one self-contained HTML report. */
#include <stdio.h>
#include <string.h>

#include "cli.h"

enum {
	OPT_TITLE = CLI_OPT__FIRST_PRIVATE,
	OPT_SUBTITLE,
	OPT_ENGINE,
	OPT_THEME,
	OPT_NO_DIAGRAM
};

static void help(void)
{
	printf("Usage: ergraph report [OPTIONS] INPUT... -o REPORT.html\n\n"
	       "Writes one self-contained HTML page that opens without "
	       "network access:\nthe title, source documents and date range; "
	       "the network diagram (inline\nSVG, hover for evidence and "
	       "metrics); the ranked metrics table; every\nrelation with its "
	       "evidence (sentence, document, offset, date, modality,\ntype); "
	       "a filter by type, modality and text; tables sort by a click on "
	       "a\ncolumn header. All document text is escaped: nothing in a "
	       "document can\nrun in the page.\n\n"
	       "Options:\n"
	       "  -o, --output FILE  the HTML file to write ('-': standard "
	       "output)\n"
	       "  --title TEXT       page title (default: the network's name, "
	       "else\n"
	       "                     \"Actor network report\")\n"
	       "  --subtitle TEXT    line under the title (default: the actor "
	       "selection,\n"
	       "                     e.g. \"Ego network of Russia, depth 1\")\n"
	       "  -b, --by METRIC    rank the metrics table by METRIC (default "
	       "pagerank)\n"
	       "  --engine NAME      Graphviz layout engine for the diagram\n"
	       "  --theme NAME       diagram theme (light, dark or a theme "
	       "file)\n"
	       "  --no-diagram       leave the diagram out\n"
	       "  -j, --jobs N       processes for the path metrics (default: "
	       "the number\n                     of CPUs)\n\n" CLI_INPUT_HELP
	       "\n" CLI_VIEW_HELP);
}

/* Describes --focus and --top for the page's subtitle; false if
 * neither was given. */
static bool selection_text(const cli_input *in, char *buf, size_t size)
{
	int n = 0;
	buf[0] = '\0';
	if (in->focus)
		n = snprintf(buf, size, "Ego network of %s, depth %u",
			     in->focus, in->depth);
	if (in->top_set && n >= 0 && (size_t)n < size) {
		const char *by = erg_metric_name(in->top_by);
		snprintf(buf + n, size - (size_t)n, "%s%s %zu actors by %s",
			 n ? "; " : "", n ? "top" : "Top", in->top,
			 by ? by : "the chosen metric");
	}
	return buf[0] != '\0';
}

int cmd_report(int argc, char **argv)
{
	static const struct option longopts[] = {
	    {"output", required_argument, NULL, 'o'},
	    {"title", required_argument, NULL, OPT_TITLE},
	    {"subtitle", required_argument, NULL, OPT_SUBTITLE},
	    {"by", required_argument, NULL, 'b'},
	    {"engine", required_argument, NULL, OPT_ENGINE},
	    {"theme", required_argument, NULL, OPT_THEME},
	    {"no-diagram", no_argument, NULL, OPT_NO_DIAGRAM},
	    {"jobs", required_argument, NULL, 'j'},
	    CLI_INPUT_OPTIONS,
	    CLI_VIEW_OPTIONS,
	    {NULL, 0, NULL, 0}};
	cli_input in;
	erg_report_opts ropts;
	erg_draw_opts dopts;
	erg_analyze_opts aopts;
	erg_metric by = ERG_METRIC_PAGERANK;
	const char *output = NULL;
	erg_graph *g = NULL;
	erg_metrics *m = NULL;
	erg_view vstore;
	const erg_view *view = NULL;
	erg_error err;
	char sub[512];
	int c, rc = CLI_EXIT_USAGE;

	cli_input_init(&in);
	erg_report_opts_init(&ropts);
	erg_draw_opts_init(&dopts);
	erg_analyze_opts_init(&aopts);
	aopts.jobs = cli_default_jobs();
	erg_view_init(&vstore);
	erg_error_clear(&err);
	optind = 1;
	while ((c = getopt_long(argc, argv, "o:b:j:l:qh", longopts, NULL)) !=
	       -1) {
		int r = cli_input_option(&in, c, optarg);
		if (r < 0)
			goto done;
		if (r)
			continue;
		switch (c) {
		case 'o':
			output = optarg;
			break;
		case OPT_TITLE:
			ropts.title = optarg;
			break;
		case OPT_SUBTITLE:
			ropts.subtitle = optarg;
			break;
		case 'b':
			if (erg_metric_parse(optarg, &by)) {
				rc = cli_usage_error(
				    "report", "unknown metric '%s'", optarg);
				goto done;
			}
			break;
		case OPT_ENGINE:
			dopts.engine = optarg;
			break;
		case OPT_THEME:
			dopts.theme = optarg;
			break;
		case OPT_NO_DIAGRAM:
			ropts.diagram = false;
			break;
		case 'j':
			if (cli_parse_jobs("report", optarg, &aopts.jobs))
				goto done;
			break;
		case 'h':
			help();
			rc = CLI_EXIT_OK;
			goto done;
		default:
			rc = cli_usage_error("report", "invalid option");
			goto done;
		}
	}
	if ((rc = cli_take_inputs(&in, "report", argc, argv, output,
				  "REPORT.html")))
		goto done;
	if ((rc = cli_check_output(&in, output)))
		goto done;
	if ((rc = cli_load(&in, &g)))
		goto done;
	if ((rc = cli_view(&in, g, &vstore, &view)))
		goto done;
	if ((rc = cli_analyze(&in, g, view, &aopts, &m)))
		goto done;
	dopts.view = view;
	dopts.metrics = m;
	dopts.footnote = ""; /* the page names sources and dates */
	ropts.view = view;
	ropts.metrics = m;
	ropts.rank_by = (int)by;
	ropts.draw = &dopts;
	if (!ropts.subtitle && selection_text(&in, sub, sizeof(sub)))
		ropts.subtitle = sub;
	ropts.sources = (const char *const *)in.inputs;
	ropts.n_sources = in.n_inputs;
	cli_progress(in.quiet, "writing the report");
	if (erg_report_write_file(g, &ropts, output, &err)) {
		cli_progress(in.quiet, NULL);
		cli_error(&err);
		rc = CLI_EXIT_ERROR;
		goto done;
	}
	cli_progress(in.quiet, NULL);
	rc = CLI_EXIT_OK;
done:
	erg_metrics_free(m);
	erg_view_clear(&vstore);
	erg_graph_free(g);
	cli_input_free(&in);
	return rc;
}
