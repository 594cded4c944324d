/* cmd_slides.c - `ergraph slides`: the standard briefing figures and a
 * deck (erg_slides_write). */
#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

enum {
	OPT_TITLE = CLI_OPT__FIRST_PRIVATE,
	OPT_FOOTNOTE,
	OPT_SIZE,
	OPT_THEME,
	OPT_DPI,
	OPT_EGOS,
	OPT_EGO_DEPTH,
	OPT_ROWS,
	OPT_MAX_ACTORS,
	OPT_SIZE_BY
};

static void help(void)
{
	printf("Usage: ergraph slides [OPTIONS] INPUT... -o DIR\n\n"
	       "Writes the standard figures of a briefing into DIR, each as "
	       "SVG and PNG:\nthe overview, one per named layer (cooperation, "
	       "conflict, arms; an empty\nlayer is skipped), the ego network "
	       "of each of the top actors, and a ranked\ntable of the top "
	       "actors (also as Markdown); then DIR/deck.pdf with all of\n"
	       "them in order, one per page. Files are numbered in deck "
	       "order (01-overview.svg,\n02-layer-cooperation.svg, ...). A "
	       "figure keeps at most --max-actors actors,\nthe ones ranked "
	       "best.\n\n"
	       "Options:\n"
	       "  -o, --output DIR   output folder (created if missing)\n"
	       "  --title TEXT       the network's name in every title "
	       "(\"Russia-DPRK\n"
	       "                     network\" gives \"Russia-DPRK network: "
	       "conflict\n"
	       "                     layer\"); default: the network's title "
	       "attribute,\n"
	       "                     else none (\"Conflict layer\"; the "
	       "footnote names\n"
	       "                     the sources)\n"
	       "  --footnote TEXT    footnote of every figure (default: source "
	       "documents\n"
	       "                     and date range)\n"
	       "  --size PAGE        slide (16:9, default), slide43, a4, square\n"
	       "  --theme NAME       light (default), dark, or a theme file\n"
	       "  --dpi N            PNG resolution (default 200)\n"
	       "  -b, --by METRIC    rank actors by METRIC (default pagerank)\n"
	       "  --egos N           ego networks of the N top actors (default "
	       "5)\n"
	       "  --ego-depth N      steps of an ego network (default 1)\n"
	       "  --rows N           rows of the ranked table (default 10)\n"
	       "  --max-actors N     actors per figure at most (default 40)\n"
	       "  --size-by METRIC   node size by a metric of the whole view "
	       "(default:\n                     uniform)\n"
	       CLI_JOBS_HELP "\n" CLI_INPUT_HELP "\n" CLI_VIEW_HELP);
}

static int parse_num(const char *opt, const char *arg, unsigned long min,
		     unsigned long max, unsigned long *out)
{
	char *end;
	errno = 0;
	*out = strtoul(arg, &end, 10);
	if (end == arg || *end || errno || arg[0] == '-' || *out < min ||
	    *out > max) {
		cli_usage_error("slides", "%s: not a whole number from %lu to "
			       "%lu: '%s'", opt, min, max, arg);
		return -1;
	}
	return 0;
}

int cmd_slides(int argc, char **argv)
{
	static const struct option longopts[] = {
		CLI_OUTPUT_OPTION,
		{ "title", required_argument, NULL, OPT_TITLE },
		{ "footnote", required_argument, NULL, OPT_FOOTNOTE },
		{ "size", required_argument, NULL, OPT_SIZE },
		{ "theme", required_argument, NULL, OPT_THEME },
		{ "dpi", required_argument, NULL, OPT_DPI },
		CLI_BY_OPTION,
		{ "egos", required_argument, NULL, OPT_EGOS },
		{ "ego-depth", required_argument, NULL, OPT_EGO_DEPTH },
		{ "rows", required_argument, NULL, OPT_ROWS },
		{ "max-actors", required_argument, NULL, OPT_MAX_ACTORS },
		{ "size-by", required_argument, NULL, OPT_SIZE_BY },
		CLI_JOBS_OPTION,
		CLI_INPUT_OPTIONS,
		CLI_VIEW_OPTIONS,
		{ NULL, 0, NULL, 0 }
	};
	cli_cmd cc;
	cli_input *in = &cc.in;
	erg_slides_opts sopts;
	erg_read_opts ropts;
	const char **protect = NULL;
	unsigned long n;
	int c, rc = CLI_EXIT_USAGE;

	cli_cmd_init(&cc, "slides", help, argv);
	erg_slides_opts_init(&sopts);
	while ((c = getopt_long(argc, argv, ":o:b:j:l:qh", longopts, NULL)) !=
	       -1) {
		switch (c) {
		case OPT_TITLE:
			sopts.title = optarg;
			break;
		case OPT_FOOTNOTE:
			sopts.footnote = optarg;
			break;
		case OPT_SIZE:
			sopts.page = optarg;
			break;
		case OPT_THEME:
			sopts.theme = optarg;
			break;
		case OPT_DPI:
			if (parse_num("--dpi", optarg, 36, 1200, &n))
				goto done;
			sopts.dpi = (double)n;
			break;
		case OPT_EGOS:
			if (parse_num("--egos", optarg, 0, 100, &n))
				goto done;
			sopts.egos = (size_t)n;
			break;
		case OPT_EGO_DEPTH:
			if (parse_num("--ego-depth", optarg, 1, 10, &n))
				goto done;
			sopts.depth = (unsigned)n;
			break;
		case OPT_ROWS:
			if (parse_num("--rows", optarg, 1, 100, &n))
				goto done;
			sopts.table_rows = (size_t)n;
			break;
		case OPT_SIZE_BY: {
			erg_metric m;
			if (erg_metric_parse(optarg, &m) ||
			    m == ERG_METRIC_COMMUNITY) {
				rc = cli_usage_error("slides",
						     "--size-by: unknown metric "
						     "'%s'", optarg);
				goto done;
			}
			sopts.size_by = (int)m;
			break;
		}
		case OPT_MAX_ACTORS:
			if (parse_num("--max-actors", optarg, 2, 100000, &n))
				goto done;
			sopts.max_actors = (size_t)n;
			break;
		default:
			if (cli_cmd_option(&cc, c, optarg, &rc))
				goto done;
		}
	}
	if ((rc = cli_cmd_inputs(&cc, argc, argv, "DIR")) ||
	    (rc = cli_cmd_load(&cc)))
		goto done;
	sopts.rank_by = cc.by;
	sopts.jobs = cc.analyze.jobs;
	sopts.view = cc.view;
	/* no figure may replace an input */
	rc = CLI_EXIT_ERROR;
	protect = calloc(in->n_inputs + in->n_actors + in->n_types + 1,
			 sizeof(*protect));
	if (!protect) {
		cli_errorf("out of memory");
		goto done;
	}
	for (size_t i = 0; i < in->n_inputs; i++)
		protect[sopts.n_protect++] = in->inputs[i];
	for (size_t i = 0; i < in->n_actors; i++)
		protect[sopts.n_protect++] = in->actors[i];
	for (size_t i = 0; i < in->n_types; i++)
		protect[sopts.n_protect++] = in->types[i];
	sopts.protect = protect;
	cli_read_opts(in, &ropts);
	sopts.warn = ropts.warn;
	sopts.warn_userdata = ropts.warn_userdata;
	sopts.progress = ropts.progress;
	sopts.progress_userdata = ropts.progress_userdata;
	if (erg_slides_write(cc.g, &sopts, cc.output, &cc.err)) {
		rc = cli_cmd_fail(&cc);
		goto done;
	}
	cli_progress(in->quiet, NULL);
	rc = CLI_EXIT_OK;
done:
	free(protect);
	cli_cmd_free(&cc);
	return rc;
}
