/* cmd_draw.c - `ergraph draw`: a diagram as DOT, SVG, PNG or PDF. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

enum {
	OPT_TITLE = CLI_OPT__FIRST_PRIVATE,
	OPT_SUBTITLE,
	OPT_FOOTNOTE,
	OPT_ENGINE,
	OPT_NO_LEGEND,
	OPT_SIZE,
	OPT_THEME,
	OPT_SIZE_BY,
	OPT_DPI,
	OPT_NO_CLUSTERS
};

static void help(void)
{
	printf(
	    "Usage: ergraph draw [OPTIONS] INPUT... -o OUT\n\n"
	    "Draws the network with Graphviz, ready for a slide: the page "
	    "filled, a\ntitle, a legend of what is shown and a source line, "
	    "no text smaller than\n14 pt at the page's size. Node shape and "
	    "fill by actor kind, colour by\nrelation type (colour-blind "
	    "safe), solid lines for reported relations,\ndashed for alleged "
	    "or denied ones, dotted for projected, hypothetical or\n"
	    "prescribed ones; parallel relations of one type are one line "
	    "whose width\nfollows their number (shown as \xC3\x97n); persons "
	    "are drawn in a box with the\nstate or organization they are "
	    "affiliated with. In SVG, hovering a line\nshows its evidence, "
	    "documents and dates, hovering an actor its metrics.\nRelations "
	    "with a `diff` attribute (added, removed, changed) are drawn\n"
	    "highlighted, grey and dashed, or marked. The format comes from "
	    "OUT's\nextension (.dot .gv .svg .png .pdf).\n\n"
	    "Options:\n"
	    "  -o, --output OUT   output file ('-' with --format: standard "
	    "output)\n"
	    "  -F, --format FMT   dot, svg, png or pdf\n"
	    "  --size PAGE        slide (16:9, 13.33 x 7.5 in; default), "
	    "slide43,\n"
	    "                     a4 (landscape), square, or WxH in inches "
	    "(--page too)\n"
	    "  --theme THEME      light (default), dark, or a theme file "
	    "(see\n"
	    "                     lexicons/theme-light.tsv)\n"
	    "  --title TEXT       title at the top of the page\n"
	    "  --subtitle TEXT    line under the title\n"
	    "  --footnote TEXT    source line (default: the documents and "
	    "date range\n"
	    "                     of the relations drawn; '' for none)\n"
	    "  --size-by METRIC   node size by a metric (pagerank, "
	    "betweenness, degree,\n"
	    "                     ...); important actors keep their labels "
	    "first\n"
	    "  --engine NAME      Graphviz layout engine (dot, neato, sfdp, "
	    "fdp, circo,\n"
	    "                     twopi; default: chosen by size and shape: "
	    "dot or\n"
	    "                     fdp/neato up to 40 actors, neato up to "
	    "300, sfdp);\n"
	    "                     an engine asked for that leaves actors of "
	    "a small\n"
	    "                     network unnamed is an error (exit 1)\n"
	    "  --dpi N            PNG resolution (default 200)\n"
	    "  --no-legend        leave the legend out\n"
	    "  --no-clusters      no boxes around affiliated persons\n"
	    "  -j, --jobs N       processes for the metrics of --size-by and "
	    "the SVG\n"
	    "                     tooltips (default: the number of CPUs)\n\n"
	    CLI_INPUT_HELP "\n" CLI_VIEW_HELP);
}

static int parse_draw_format(const char *s, erg_format *out)
{
	static const char *names[] = { "dot", "svg", "png", "pdf", "gv" };
	static const erg_format fmts[] = { ERG_FORMAT_DOT, ERG_FORMAT_SVG,
					   ERG_FORMAT_PNG, ERG_FORMAT_PDF,
					   ERG_FORMAT_DOT };
	for (size_t i = 0; i < sizeof(names) / sizeof(*names); i++) {
		if (strcmp(s, names[i]) == 0) {
			*out = fmts[i];
			return 0;
		}
	}
	return -1;
}

int cmd_draw(int argc, char **argv)
{
	static const struct option longopts[] = {
		CLI_OUTPUT_OPTION,
		{ "format", required_argument, NULL, 'F' },
		{ "title", required_argument, NULL, OPT_TITLE },
		{ "subtitle", required_argument, NULL, OPT_SUBTITLE },
		{ "footnote", required_argument, NULL, OPT_FOOTNOTE },
		{ "engine", required_argument, NULL, OPT_ENGINE },
		{ "no-legend", no_argument, NULL, OPT_NO_LEGEND },
		{ "size", required_argument, NULL, OPT_SIZE },
		{ "page", required_argument, NULL, OPT_SIZE },
		{ "theme", required_argument, NULL, OPT_THEME },
		{ "size-by", required_argument, NULL, OPT_SIZE_BY },
		{ "dpi", required_argument, NULL, OPT_DPI },
		{ "no-clusters", no_argument, NULL, OPT_NO_CLUSTERS },
		CLI_JOBS_OPTION,
		CLI_INPUT_OPTIONS,
		CLI_VIEW_OPTIONS,
		{ NULL, 0, NULL, 0 }
	};
	cli_cmd cc;
	erg_draw_opts dopts;
	erg_metrics *m = NULL;
	erg_format fmt = ERG_FORMAT_UNKNOWN;
	erg_metric size_by;
	bool has_size_by = false;
	char *end;
	int c, rc = CLI_EXIT_USAGE;

	cli_cmd_init(&cc, "draw", help, argv);
	erg_draw_opts_init(&dopts);
	while ((c = getopt_long(argc, argv, ":o:F:l:j:qh", longopts, NULL)) !=
	       -1) {
		switch (c) {
		case 'F':
			if (parse_draw_format(optarg, &fmt)) {
				rc = cli_usage_error("draw",
						     "unknown format '%s' (dot, "
						     "svg, png, pdf)", optarg);
				goto done;
			}
			break;
		case OPT_TITLE:
			dopts.title = optarg;
			break;
		case OPT_SUBTITLE:
			dopts.subtitle = optarg;
			break;
		case OPT_FOOTNOTE:
			dopts.footnote = optarg;
			break;
		case OPT_ENGINE:
			dopts.engine = optarg;
			break;
		case OPT_NO_LEGEND:
			dopts.legend = false;
			break;
		case OPT_NO_CLUSTERS:
			dopts.clusters = false;
			break;
		case OPT_SIZE:
			dopts.page = optarg;
			break;
		case OPT_THEME:
			dopts.theme = optarg;
			break;
		case OPT_SIZE_BY:
			if (erg_metric_parse(optarg, &size_by)) {
				rc = cli_usage_error("draw",
						     "--size-by: unknown metric "
						     "'%s'", optarg);
				goto done;
			}
			has_size_by = true;
			break;
		case OPT_DPI:
			dopts.dpi = strtod(optarg, &end);
			if (end == optarg || *end || !(dopts.dpi >= 10) ||
			    dopts.dpi > 1200) {
				rc = cli_usage_error("draw",
						     "--dpi: not a number from "
						     "10 to 1200: '%s'", optarg);
				goto done;
			}
			break;
		default:
			if (cli_cmd_option(&cc, c, optarg, &rc))
				goto done;
		}
	}
	if ((rc = cli_take_inputs(&cc.in, "draw", argc, argv, cc.output,
				  "OUT")))
		goto done;
	if (fmt == ERG_FORMAT_UNKNOWN) {
		fmt = erg_format_from_path(cc.output);
		if (fmt != ERG_FORMAT_DOT && fmt != ERG_FORMAT_SVG &&
		    fmt != ERG_FORMAT_PNG && fmt != ERG_FORMAT_PDF) {
			rc = cli_usage_error("draw",
					     "cannot tell the format of '%s': "
					     "use .dot, .svg, .png or .pdf, or "
					     "--format", cc.output);
			goto done;
		}
	}
	if ((rc = cli_cmd_check_outputs(&cc)) || (rc = cli_cmd_load(&cc)))
		goto done;
	dopts.view = cc.view;
	/* metrics: for --size-by, and for the actors' tooltips in SVG */
	if (has_size_by || (fmt == ERG_FORMAT_SVG &&
			    erg_graph_actor_count(cc.g) <= 5000)) {
		if (!has_size_by)
			cc.analyze.metrics = (1u << ERG_METRIC_DEGREE) |
					     (1u << ERG_METRIC_STRENGTH) |
					     (1u << ERG_METRIC_PAGERANK) |
					     (1u << ERG_METRIC_BETWEENNESS) |
					     (1u << ERG_METRIC_EIGENVECTOR);
		if ((rc = cli_analyze(&cc.in, cc.g, cc.view, &cc.analyze, &m)))
			goto done;
		dopts.metrics = m;
		if (has_size_by)
			dopts.size_by = (int)size_by;
	}
	cli_progress(cc.in.quiet, "drawing");
	if (erg_draw_file(cc.g, &dopts, fmt, cc.output, &cc.err)) {
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
