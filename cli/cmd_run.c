/* cmd_run.c - `ergraph run`: the main job, from inputs to every output. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cli.h"

enum { OPT_TITLE = CLI_OPT__FIRST_PRIVATE, OPT_ENGINE, OPT_NO_DRAW };

static void help(void)
{
	printf("Usage: ergraph run [OPTIONS] INPUT... -o DIR\n\n"
	       "Reads the inputs into one network, computes every influence "
	       "metric and\nwrites into DIR:\n"
	       "  network.graphml  the network with metrics as node attributes\n"
	       "  metrics.csv      actors ranked by PageRank, every metric\n"
	       "  network.dot      the diagram as Graphviz DOT\n"
	       "  network.svg      the diagram as SVG\n"
	       "  network.png      the diagram as PNG\n\n"
	       "Options:\n"
	       "  -o, --output DIR   output folder (created if missing)\n"
	       "  --title TEXT       diagram title\n"
	       "  --engine NAME      Graphviz layout engine\n"
	       "  --no-draw          skip network.dot, network.svg and "
	       "network.png\n"
	       CLI_METRICS_HELP CLI_JOBS_HELP "\n" CLI_INPUT_HELP "\n" CLI_VIEW_HELP);
}

/* Creates `dir` and its missing parents (mkdir -p). */
static int make_dir(const char *dir)
{
	struct stat st;
	char *path;
	int rc = 0;

	if (stat(dir, &st) == 0) {
		if (S_ISDIR(st.st_mode))
			return 0;
		cli_errorf("%s: exists and is not a folder", dir);
		return -1;
	}
	if (!(path = strdup(dir))) {
		cli_errorf("out of memory");
		return -1;
	}
	for (char *p = path + 1;; p++) {
		bool end = *p == '\0';
		if (*p != '/' && !end)
			continue;
		*p = '\0';
		if (mkdir(path, 0777) != 0 && errno != EEXIST) {
			cli_errorf("%s: cannot create folder: %s", path,
				   strerror(errno));
			rc = -1;
			break;
		}
		if (end)
			break;
		*p = '/';
	}
	free(path);
	if (!rc && (stat(dir, &st) != 0 || !S_ISDIR(st.st_mode))) {
		cli_errorf("%s: cannot create folder", dir);
		rc = -1;
	}
	return rc;
}

static char *join(const char *dir, const char *name)
{
	size_t n = strlen(dir) + strlen(name) + 2;
	char *p = malloc(n);
	if (p)
		snprintf(p, n, "%s/%s", dir, name);
	return p;
}

enum { OUT_GRAPHML, OUT_METRICS, OUT_DOT, OUT_SVG, OUT_PNG, OUT__COUNT };
static const char *out_names[OUT__COUNT] = { "network.graphml", "metrics.csv",
					     "network.dot", "network.svg",
					     "network.png" };

int cmd_run(int argc, char **argv)
{
	static const struct option longopts[] = {
		CLI_OUTPUT_OPTION,
		{ "title", required_argument, NULL, OPT_TITLE },
		{ "engine", required_argument, NULL, OPT_ENGINE },
		{ "no-draw", no_argument, NULL, OPT_NO_DRAW },
		CLI_METRICS_OPTION,
		CLI_JOBS_OPTION,
		CLI_INPUT_OPTIONS,
		CLI_VIEW_OPTIONS,
		{ NULL, 0, NULL, 0 }
	};
	static const erg_format draw_fmts[] = { ERG_FORMAT_DOT, ERG_FORMAT_SVG,
						ERG_FORMAT_PNG };
	cli_cmd cc;
	erg_draw_opts dopts;
	const char *dir;
	char *paths[OUT__COUNT] = { NULL };
	erg_atomic *tmp[OUT__COUNT] = { NULL };
	FILE *fps[OUT__COUNT] = { NULL };
	bool draw = true;
	erg_graph *g;
	erg_metrics *m = NULL;
	int c, rc = CLI_EXIT_USAGE, n_out;

	cli_cmd_init(&cc, "run", help, argv);
	erg_draw_opts_init(&dopts);
	while ((c = getopt_long(argc, argv, ":o:l:qhj:", longopts, NULL)) != -1) {
		switch (c) {
		case OPT_TITLE:
			dopts.title = optarg;
			break;
		case OPT_ENGINE:
			dopts.engine = optarg;
			break;
		case OPT_NO_DRAW:
			draw = false;
			break;
		default:
			if (cli_cmd_option(&cc, c, optarg, &rc))
				goto done;
		}
	}
	if (cc.analyze.metrics) /* metrics.csv is ranked by PageRank */
		cc.analyze.metrics |= 1u << ERG_METRIC_PAGERANK;
	/* -o is a folder: the files in it are the outputs */
	dir = cc.output;
	if ((rc = cli_take_inputs(&cc.in, "run", argc, argv, dir, "DIR")))
		goto done;
	rc = CLI_EXIT_ERROR;
	n_out = draw ? OUT__COUNT : OUT_DOT;
	for (int i = 0; i < n_out; i++) {
		if (!(paths[i] = join(dir, out_names[i]))) {
			cli_errorf("out of memory");
			goto done;
		}
		if (cli_check_output(&cc.in, paths[i]))
			goto done;
	}
	if ((rc = cli_cmd_load(&cc)))
		goto done;
	g = cc.g;
	rc = CLI_EXIT_ERROR;
	if (make_dir(dir))
		goto done;
	if ((rc = cli_analyze(&cc.in, g, cc.view, &cc.analyze, &m)))
		goto done;
	rc = CLI_EXIT_ERROR;
	if (erg_metrics_attach(g, m, &cc.err))
		goto fail;
	/* Every output goes to a temporary file first; they are renamed into
	 * place together at the end, so a failure leaves none behind. */
	cli_progress(cc.in.quiet, "writing");
	for (int i = 0; i < n_out; i++)
		if (erg_atomic_open(&tmp[i], paths[i], &fps[i], &cc.err))
			goto fail;
	if (erg_graphml_write_fp(g, fps[OUT_GRAPHML], &cc.err) ||
	    erg_metrics_write_fp(g, m, ERG_METRIC_PAGERANK, ERG_TABLE_CSV,
				 fps[OUT_METRICS], &cc.err))
		goto fail;
	dopts.view = cc.view;
	if (n_out > OUT_DOT) {
		cli_progress(cc.in.quiet, "drawing");
		if (erg_draw_many(g, &dopts, draw_fmts, fps + OUT_DOT,
				  (size_t)(n_out - OUT_DOT), &cc.err))
			goto fail;
	}
	for (int i = 0; i < n_out; i++) {
		erg_atomic *a = tmp[i];
		tmp[i] = NULL;
		if (erg_atomic_commit(a, &cc.err))
			goto fail;
	}
	cli_progress(cc.in.quiet, NULL);
	if (!cc.in.quiet) {
		printf("ergraph: %zu actors, %zu relations (%s)\n",
		       erg_graph_actor_count(g), erg_graph_relation_count(g),
		       m->directed ? "directed" : "undirected");
		for (int i = 0; i < n_out; i++)
			printf("wrote %s\n", paths[i]);
	}
	rc = CLI_EXIT_OK;
	goto done;
fail:
	rc = cli_cmd_fail(&cc);
done:
	for (int i = 0; i < OUT__COUNT; i++) {
		erg_atomic_abort(tmp[i]);
		free(paths[i]);
	}
	erg_metrics_free(m);
	cli_cmd_free(&cc);
	return rc;
}
