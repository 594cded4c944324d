/* cmd_draw.c - `ergraph draw`: a diagram as DOT, SVG, PNG or PDF. */
#include <stdio.h>
#include <string.h>

#include "cli.h"

enum { OPT_TITLE = CLI_OPT__FIRST_PRIVATE, OPT_ENGINE, OPT_NO_LEGEND };

static void help(void)
{
	printf("Usage: ergraph draw [OPTIONS] INPUT... -o OUT\n\n"
	       "Draws the network with Graphviz: node shape by actor kind, "
	       "colour by\nrelation type, dashed lines for alleged or denied "
	       "relations, dotted for\nprojected, hypothetical or prescribed "
	       "ones, pen width by weight, and a\nlegend. The format comes "
	       "from OUT's extension (.dot .gv .svg .png .pdf).\n\n"
	       "Options:\n"
	       "  -o, --output OUT   output file ('-' with --format: standard "
	       "output)\n"
	       "  -F, --format FMT   dot, svg, png or pdf\n"
	       "  --title TEXT       title above the diagram\n"
	       "  --engine NAME      Graphviz layout engine (dot, neato, sfdp, "
	       "fdp,\n"
	       "                     circo, twopi; default: dot for small "
	       "networks,\n"
	       "                     sfdp for large ones)\n"
	       "  --no-legend        leave the legend out\n\n" CLI_INPUT_HELP
	       "\n" CLI_VIEW_HELP);
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
		{ "output", required_argument, NULL, 'o' },
		{ "format", required_argument, NULL, 'F' },
		{ "title", required_argument, NULL, OPT_TITLE },
		{ "engine", required_argument, NULL, OPT_ENGINE },
		{ "no-legend", no_argument, NULL, OPT_NO_LEGEND },
		CLI_INPUT_OPTIONS,
		CLI_VIEW_OPTIONS,
		{ NULL, 0, NULL, 0 }
	};
	cli_input in;
	erg_draw_opts dopts;
	erg_format fmt = ERG_FORMAT_UNKNOWN;
	const char *output = NULL;
	erg_graph *g = NULL;
	erg_view vstore;
	erg_error err;
	int c, rc = CLI_EXIT_USAGE;

	cli_input_init(&in);
	erg_draw_opts_init(&dopts);
	erg_view_init(&vstore);
	erg_error_clear(&err);
	optind = 1;
	while ((c = getopt_long(argc, argv, "o:F:l:qh", longopts, NULL)) != -1) {
		int r = cli_input_option(&in, c, optarg);
		if (r < 0)
			goto done;
		if (r)
			continue;
		switch (c) {
		case 'o':
			output = optarg;
			break;
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
		case OPT_ENGINE:
			dopts.engine = optarg;
			break;
		case OPT_NO_LEGEND:
			dopts.legend = false;
			break;
		case 'h':
			help();
			rc = CLI_EXIT_OK;
			goto done;
		default:
			rc = cli_usage_error("draw", "invalid option");
			goto done;
		}
	}
	if ((rc = cli_take_inputs(&in, "draw", argc, argv, output, "OUT")))
		goto done;
	if (fmt == ERG_FORMAT_UNKNOWN) {
		fmt = erg_format_from_path(output);
		if (fmt != ERG_FORMAT_DOT && fmt != ERG_FORMAT_SVG &&
		    fmt != ERG_FORMAT_PNG && fmt != ERG_FORMAT_PDF) {
			rc = cli_usage_error("draw",
					     "cannot tell the format of '%s': "
					     "use .dot, .svg, .png or .pdf, or "
					     "--format", output);
			goto done;
		}
	}
	if ((rc = cli_check_output(&in, output)))
		goto done;
	if ((rc = cli_load(&in, &g)))
		goto done;
	if ((rc = cli_view(&in, g, &vstore, &dopts.view)))
		goto done;
	cli_progress(in.quiet, "drawing");
	if (erg_draw_file(g, &dopts, fmt, output, &err)) {
		cli_progress(in.quiet, NULL);
		cli_error(&err);
		rc = CLI_EXIT_ERROR;
		goto done;
	}
	cli_progress(in.quiet, NULL);
	rc = CLI_EXIT_OK;
done:
	erg_view_clear(&vstore);
	erg_graph_free(g);
	cli_input_free(&in);
	return rc;
}
