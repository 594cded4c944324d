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
	       "  -j, --jobs N       processes for the path metrics (default: "
	       "the number\n                     of CPUs)\n\n" CLI_INPUT_HELP "\n" CLI_VIEW_HELP);
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
		{ "output", required_argument, NULL, 'o' },
		{ "title", required_argument, NULL, OPT_TITLE },
		{ "engine", required_argument, NULL, OPT_ENGINE },
		{ "no-draw", no_argument, NULL, OPT_NO_DRAW },
		{ "jobs", required_argument, NULL, 'j' },
		CLI_INPUT_OPTIONS,
		CLI_VIEW_OPTIONS,
		{ NULL, 0, NULL, 0 }
	};
	static const erg_format draw_fmts[] = { ERG_FORMAT_DOT, ERG_FORMAT_SVG,
						ERG_FORMAT_PNG };
	cli_input in;
	erg_draw_opts dopts;
	erg_analyze_opts aopts;
	const char *dir = NULL;
	char *paths[OUT__COUNT] = { NULL };
	erg_atomic *tmp[OUT__COUNT] = { NULL };
	FILE *fps[OUT__COUNT] = { NULL };
	bool draw = true;
	erg_graph *g = NULL;
	erg_metrics *m = NULL;
	erg_view vstore;
	const erg_view *view = NULL;
	erg_error err;
	int c, rc = CLI_EXIT_USAGE, n_out;

	cli_input_init(&in);
	erg_draw_opts_init(&dopts);
	erg_analyze_opts_init(&aopts);
	aopts.jobs = cli_default_jobs();
	erg_view_init(&vstore);
	erg_error_clear(&err);
	optind = 1;
	while ((c = getopt_long(argc, argv, "o:l:qhj:", longopts, NULL)) != -1) {
		int r = cli_input_option(&in, c, optarg);
		if (r < 0)
			goto done;
		if (r)
			continue;
		switch (c) {
		case 'o':
			dir = optarg;
			break;
		case OPT_TITLE:
			dopts.title = optarg;
			break;
		case OPT_ENGINE:
			dopts.engine = optarg;
			break;
		case OPT_NO_DRAW:
			draw = false;
			break;
		case 'j':
			if (cli_parse_jobs(argv[0], optarg, &aopts.jobs))
				goto done;
			break;
		case 'h':
			help();
			rc = CLI_EXIT_OK;
			goto done;
		default:
			rc = cli_usage_error("run", "invalid option");
			goto done;
		}
	}
	if ((rc = cli_take_inputs(&in, "run", argc, argv, dir, "DIR")))
		goto done;
	rc = CLI_EXIT_ERROR;
	n_out = draw ? OUT__COUNT : OUT_DOT;
	for (int i = 0; i < n_out; i++) {
		if (!(paths[i] = join(dir, out_names[i]))) {
			cli_errorf("out of memory");
			goto done;
		}
		if (cli_check_output(&in, paths[i]))
			goto done;
	}
	if ((rc = cli_load(&in, &g)))
		goto done;
	if ((rc = cli_view(&in, g, &vstore, &view)))
		goto done;
	rc = CLI_EXIT_ERROR;
	if (make_dir(dir))
		goto done;
	if ((rc = cli_analyze(&in, g, view, &aopts, &m)))
		goto done;
	rc = CLI_EXIT_ERROR;
	if (erg_metrics_attach(g, m, &err))
		goto fail;
	/* Every output goes to a temporary file first; they are renamed into
	 * place together at the end, so a failure leaves none behind. */
	cli_progress(in.quiet, "writing");
	for (int i = 0; i < n_out; i++)
		if (erg_atomic_open(&tmp[i], paths[i], &fps[i], &err))
			goto fail;
	if (erg_graphml_write_fp(g, fps[OUT_GRAPHML], &err) ||
	    erg_metrics_write_fp(g, m, ERG_METRIC_PAGERANK, ERG_TABLE_CSV,
				 fps[OUT_METRICS], &err))
		goto fail;
	dopts.view = view;
	if (n_out > OUT_DOT) {
		cli_progress(in.quiet, "drawing");
		if (erg_draw_many(g, &dopts, draw_fmts, fps + OUT_DOT,
				  (size_t)(n_out - OUT_DOT), &err))
			goto fail;
	}
	for (int i = 0; i < n_out; i++) {
		erg_atomic *a = tmp[i];
		tmp[i] = NULL;
		if (erg_atomic_commit(a, &err))
			goto fail;
	}
	cli_progress(in.quiet, NULL);
	if (!in.quiet) {
		printf("ergraph: %zu actors, %zu relations (%s)\n",
		       erg_graph_actor_count(g), erg_graph_relation_count(g),
		       m->directed ? "directed" : "undirected");
		for (int i = 0; i < n_out; i++)
			printf("wrote %s\n", paths[i]);
	}
	rc = CLI_EXIT_OK;
	goto done;
fail:
	cli_progress(in.quiet, NULL);
	cli_error(&err);
done:
	for (int i = 0; i < OUT__COUNT; i++) {
		erg_atomic_abort(tmp[i]);
		free(paths[i]);
	}
	erg_metrics_free(m);
	erg_view_clear(&vstore);
	erg_graph_free(g);
	cli_input_free(&in);
	return rc;
}
