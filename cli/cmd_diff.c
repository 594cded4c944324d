/* cmd_diff.c - `ergraph diff A B`: relations added, removed and changed,
 * and rank changes, between two networks. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "ergraph/diff.h"

enum { OPT_TITLE = CLI_OPT__FIRST_PRIVATE, OPT_REPORT, OPT_SEED };

static void help(void)
{
	printf("Usage: ergraph diff [OPTIONS] A B\n\n"
	       "Compares network A (before) with network B (after): the "
	       "relations added,\nremoved and changed (type, direction, "
	       "weight, modality), and the actors whose\nrank moved. Actors "
	       "match by id; relations match as (source, target, type)\n"
	       "bundles of parallel relations, the ends of an undirected "
	       "type in either\norder. A pair of actors that lost one "
	       "bundle and gained one is reported as\none change of type. "
	       "View options apply to both networks.\n\n"
	       "Options:\n"
	       "  -f, --format FMT   text (default), json or md\n"
	       "  --report FILE      write the report to FILE (default: "
	       "standard output)\n"
	       "  -o, --output FILE  draw both networks in one diagram (.svg, "
	       ".png, .pdf\n"
	       "                     or .dot): added relations "
	       "highlighted, removed ones\n"
	       "                     grey; relations carry the attribute "
	       "diff\n"
	       "  --title TEXT       diagram title\n"
	       "  -b, --by METRIC    rank by METRIC (default pagerank)\n"
	       "  -n, --rows N       rank changes listed in text and md "
	       "(default 20; 0 = all).\n"
	       "                     Was -n, --top: --top is now the actor "
	       "selection below\n"
	       "                     (in each network)\n" CLI_SEED_HELP
		   CLI_JOBS_HELP "\n" CLI_INPUT_HELP "\n" CLI_VIEW_HELP);
}

static const char *base_name(const char *path)
{
	const char *s = strrchr(path, '/');
	return s ? s + 1 : path;
}

/* Loads input i of the command alone into *g and builds its view (the
 * view options and the actor selection apply to each network). */
static int load_one(cli_cmd *cc, size_t i, erg_graph **g, erg_view *store,
		    const erg_view **view)
{
	cli_input *in = &cc->in;
	const char **all = in->inputs;
	size_t n = in->n_inputs;
	int rc;

	in->inputs = all + i;
	in->n_inputs = 1;
	if (!in->jobs)
		in->jobs = cc->analyze.jobs;
	rc = cli_load(in, g);
	in->inputs = all;
	in->n_inputs = n;
	if (rc)
		return rc;
	return cli_view(in, *g, store, view);
}

int cmd_diff(int argc, char **argv)
{
	static const struct option longopts[] = {
	    {"format", required_argument, NULL, 'f'},
	    {"report", required_argument, NULL, OPT_REPORT},
	    {"output", required_argument, NULL, 'o'},
	    {"title", required_argument, NULL, OPT_TITLE},
	    CLI_BY_OPTION,
	    {"rows", required_argument, NULL, 'n'},
	    CLI_SEED_OPTION,
	    CLI_JOBS_OPTION,
	    CLI_INPUT_OPTIONS,
	    CLI_VIEW_OPTIONS,
	    {NULL, 0, NULL, 0}};
	cli_cmd cc;
	erg_diff_format fmt = ERG_DIFF_TEXT;
	erg_diff_opts dopts;
	erg_draw_opts draw;
	const char *title = NULL, *output;
	size_t top = 20;
	erg_format dfmt = ERG_FORMAT_UNKNOWN;
	erg_graph *b = NULL, *u = NULL;
	erg_diff *d = NULL;
	erg_view sb;
	const erg_view *vb = NULL;
	char heading[512];
	int c, rc = CLI_EXIT_USAGE;

	/* the report is the output, the diagram (-o) a second one; network
	 * A loads into cc.g, B beside it */
	cli_cmd_init(&cc, "diff", help, argv);
	cc.output = "-";
	erg_diff_opts_init(&dopts);
	erg_view_init(&sb);
	while ((c = getopt_long(argc, argv, ":f:o:b:n:l:qhj:", longopts,
				NULL)) != -1) {
		switch (c) {
		case 'f':
			if (erg_diff_format_parse(optarg, &fmt)) {
				rc = cli_usage_error("diff",
						     "unknown format '%s' "
						     "(text, json, md)",
						     optarg);
				goto done;
			}
			break;
		case OPT_REPORT:
			cc.output = optarg;
			break;
		case 'o':
			cc.output2 = optarg;
			break;
		case OPT_TITLE:
			title = optarg;
			break;
		case 'n': {
			char *end;
			unsigned long v;
			errno = 0;
			v = strtoul(optarg, &end, 10);
			if (end == optarg || *end || errno || *optarg == '-') {
				rc = cli_usage_error("diff",
						     "--rows: not a number: "
						     "'%s'",
						     optarg);
				goto done;
			}
			top = v;
			break;
		}
		default:
			if (cli_cmd_option(&cc, c, optarg, &rc))
				goto done;
		}
	}
	dopts.by = cc.by;
	output = cc.output2;
	if (argc - optind != 2) {
		rc = cli_usage_error("diff",
				     "expected two networks, A and B "
				     "(got %d)",
				     argc - optind);
		goto done;
	}
	if (output) {
		dfmt = erg_format_from_path(output);
		if (dfmt != ERG_FORMAT_SVG && dfmt != ERG_FORMAT_PNG &&
		    dfmt != ERG_FORMAT_PDF && dfmt != ERG_FORMAT_DOT) {
			rc = cli_usage_error("diff",
					     "-o draws a diagram: .svg, .png, "
					     ".pdf or .dot, not '%s'",
					     output);
			goto done;
		}
		if (strcmp(output, cc.output) == 0) {
			rc = cli_usage_error("diff",
					     "the report and the diagram "
					     "cannot both go to '%s'",
					     output);
			goto done;
		}
	}
	if ((rc = cli_cmd_inputs(&cc, argc, argv, NULL)))
		goto done;
	if ((rc = load_one(&cc, 0, &cc.g, &cc.vstore, &cc.view)) ||
	    (rc = load_one(&cc, 1, &b, &sb, &vb)))
		goto done;
	rc = CLI_EXIT_ERROR;
	dopts.analyze = &cc.analyze;
	cli_progress(cc.in.quiet, "comparing");
	if (erg_diff_build(&d, cc.g, cc.view, b, vb, &dopts, &cc.err))
		goto fail;
	cli_progress(cc.in.quiet, NULL);
	if (!cc.in.quiet && !d->computed)
		fprintf(stderr,
			"ergraph: warning: %s could not be computed: no rank "
			"changes\n",
			erg_metric_name(dopts.by));
	if (erg_diff_write_file(d, cc.in.inputs[0], cc.in.inputs[1], fmt, top,
				cc.output, &cc.err))
		goto fail;
	if (output) {
		if (erg_diff_graph(&u, d, cc.g, b, &cc.err))
			goto fail;
		erg_draw_opts_init(&draw);
		snprintf(heading, sizeof(heading), "%s \xE2\x86\x92 %s",
			 base_name(cc.in.inputs[0]),
			 base_name(cc.in.inputs[1]));
		draw.title = title ? title : heading;
		cli_progress(cc.in.quiet, "drawing");
		if (erg_draw_file(u, &draw, dfmt, output, &cc.err))
			goto fail;
		cli_progress(cc.in.quiet, NULL);
	}
	rc = CLI_EXIT_OK;
	goto done;
fail:
	rc = cli_cmd_fail(&cc);
done:
	erg_diff_free(d);
	erg_graph_free(u);
	erg_view_clear(&sb);
	erg_graph_free(b);
	cli_cmd_free(&cc);
	return rc;
}
