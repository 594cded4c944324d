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
	       "  --title TEXT       page title (default: the network's title "
	       "attribute,\n"
	       "                     else \"Actor network report\")\n"
	       "  --subtitle TEXT    line under the title (default: the actor "
	       "selection,\n"
	       "                     e.g. \"Ego network of Russia, depth 1\")\n"
	       "  -b, --by METRIC    rank the metrics table by METRIC (default "
	       "pagerank)\n"
	       "  --engine NAME      Graphviz layout engine for the diagram\n"
	       "  --theme NAME       diagram theme (light, dark or a theme "
	       "file)\n"
	       "  --no-diagram       leave the diagram out\n"
	       CLI_JOBS_HELP "\n" CLI_INPUT_HELP "\n" CLI_VIEW_HELP);
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
	    CLI_OUTPUT_OPTION,
	    {"title", required_argument, NULL, OPT_TITLE},
	    {"subtitle", required_argument, NULL, OPT_SUBTITLE},
	    CLI_BY_OPTION,
	    {"engine", required_argument, NULL, OPT_ENGINE},
	    {"theme", required_argument, NULL, OPT_THEME},
	    {"no-diagram", no_argument, NULL, OPT_NO_DIAGRAM},
	    CLI_JOBS_OPTION,
	    CLI_INPUT_OPTIONS,
	    CLI_VIEW_OPTIONS,
	    {NULL, 0, NULL, 0}};
	cli_cmd cc;
	erg_report_opts ropts;
	erg_draw_opts dopts;
	erg_metrics *m = NULL;
	char sub[512];
	int c, rc = CLI_EXIT_USAGE;

	cli_cmd_init(&cc, "report", help, argv);
	erg_report_opts_init(&ropts);
	erg_draw_opts_init(&dopts);
	while ((c = getopt_long(argc, argv, ":o:b:j:l:qh", longopts, NULL)) !=
	       -1) {
		switch (c) {
		case OPT_TITLE:
			ropts.title = optarg;
			break;
		case OPT_SUBTITLE:
			ropts.subtitle = optarg;
			break;
		case 'b':
			/* unlike the shared -b, community too: the table
			 * then groups the actors by community */
			if (erg_metric_parse(optarg, &cc.by)) {
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
		default:
			if (cli_cmd_option(&cc, c, optarg, &rc))
				goto done;
		}
	}
	if ((rc = cli_cmd_inputs(&cc, argc, argv, "REPORT.html")) ||
	    (rc = cli_cmd_load(&cc)))
		goto done;
	if ((rc = cli_analyze(&cc.in, cc.g, cc.view, &cc.analyze, &m)))
		goto done;
	dopts.view = cc.view;
	dopts.metrics = m;
	dopts.footnote = ""; /* the page names sources and dates */
	ropts.view = cc.view;
	ropts.metrics = m;
	ropts.rank_by = (int)cc.by;
	ropts.draw = &dopts;
	if (!ropts.subtitle && selection_text(&cc.in, sub, sizeof(sub)))
		ropts.subtitle = sub;
	ropts.sources = (const char *const *)cc.in.inputs;
	ropts.n_sources = cc.in.n_inputs;
	cli_progress(cc.in.quiet, "writing the report");
	if (erg_report_write_file(cc.g, &ropts, cc.output, &cc.err)) {
		rc = cli_cmd_fail(&cc);
		goto done;
	}
	cli_progress(cc.in.quiet, NULL);
	rc = CLI_EXIT_OK;
done:
	erg_metrics_free(m);
	cli_cmd_free(&cc);
	return rc;
}
