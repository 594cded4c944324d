/* common.c - shared CLI plumbing (see cli.h). */
#include "cli.h"

#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static int push(const char ***items, size_t *n, const char *s)
{
	const char **p = realloc(*items, (*n + 1) * sizeof(*p));
	if (!p) {
		cli_errorf("out of memory");
		return -1;
	}
	p[(*n)++] = s;
	*items = p;
	return 0;
}

static void cli_input_init(cli_input *in)
{
	memset(in, 0, sizeof(*in));
	in->depth = 1;
	in->top_by = ERG_METRIC_PAGERANK;
}

static void cli_input_free(cli_input *in)
{
	free(in->inputs);
	free(in->actors);
	free(in->types);
	free(in->lexicons);
	free(in->view_types);
	free(in->view_modalities);
	free(in->view_polarities);
	free(in->view_layers);
	memset(in, 0, sizeof(*in));
}

/* A whole decimal number from 0 to max. */
static int parse_count(const cli_input *in, const char *opt, const char *arg,
		       unsigned long max, unsigned long *out)
{
	char *end;
	errno = 0;
	*out = strtoul(arg, &end, 10);
	if (end == arg || *end || errno || arg[0] == '-' || *out > max) {
		cli_usage_error(in->cmd, "%s: not a whole number from 0 to %lu: "
			       "'%s'", opt, max, arg);
		return -1;
	}
	return 0;
}

/* Handles a shared input or view option. Returns 1 if `opt` was one, 0 if
 * not, and -1 (after printing a message) on a bad argument. */
static int cli_input_option(cli_input *in, int opt, const char *arg)
{
	unsigned long n;
	char *end;
	switch (opt) {
	case CLI_OPT_LAYER:
		in->has_view = true;
		return push(&in->view_layers, &in->n_view_layers, arg) ? -1 : 1;
	case CLI_OPT_FOCUS:
		if (!arg[0]) {
			cli_usage_error(in->cmd, "--focus: empty actor name");
			return -1;
		}
		in->focus = arg;
		return 1;
	case CLI_OPT_DEPTH:
		if (parse_count(in, "--depth", arg, 100, &n))
			return -1;
		in->depth = (unsigned)n;
		in->depth_set = true;
		return 1;
	case CLI_OPT_TOP:
		if (parse_count(in, "--top", arg, 1000000, &n))
			return -1;
		if (n == 0) {
			cli_usage_error(in->cmd,
					"--top: keep at least one actor");
			return -1;
		}
		in->top = (size_t)n;
		in->top_set = true;
		return 1;
	case CLI_OPT_TOP_BY:
		if (erg_metric_parse(arg, &in->top_by) ||
		    in->top_by == ERG_METRIC_COMMUNITY) {
			cli_usage_error(in->cmd,
					"--top-by: unknown metric '%s' (degree, "
					"in_degree, out_degree, strength, "
					"in_strength, out_strength, "
					"betweenness, closeness, harmonic, "
					"eigenvector, pagerank, hub, authority, "
					"coreness)",
					arg);
			return -1;
		}
		in->top_by_set = true;
		return 1;
	case CLI_OPT_ACTORS:
		return push(&in->actors, &in->n_actors, arg) ? -1 : 1;
	case CLI_OPT_TYPES:
		return push(&in->types, &in->n_types, arg) ? -1 : 1;
	case 'l':
		return push(&in->lexicons, &in->n_lexicons, arg) ? -1 : 1;
	case 'q':
		in->quiet = true;
		return 1;
	case CLI_OPT_TYPE:
		in->has_view = true;
		return push(&in->view_types, &in->n_view_types, arg) ? -1 : 1;
	case CLI_OPT_MODALITY:
		in->has_view = true;
		return push(&in->view_modalities, &in->n_view_modalities, arg)
			       ? -1
			       : 1;
	case CLI_OPT_POLARITY:
		in->has_view = true;
		return push(&in->view_polarities, &in->n_view_polarities, arg)
			       ? -1
			       : 1;
	case CLI_OPT_ALL_MODALITIES:
		in->all_modalities = true;
		return 1;
	case CLI_OPT_SINCE:
		in->has_view = true;
		in->since = arg;
		return 1;
	case CLI_OPT_UNTIL:
		in->has_view = true;
		in->until = arg;
		return 1;
	case CLI_OPT_MIN_WEIGHT:
		errno = 0;
		in->min_weight = strtod(arg, &end);
		if (end == arg || *end || errno || !isfinite(in->min_weight) ||
		    in->min_weight < 0) {
			cli_usage_error(in->cmd,
					"--min-weight: not a non-negative "
					"number: '%s'", arg);
			return -1;
		}
		in->has_view = true;
		return 1;
	default:
		return 0;
	}
}

/* Takes the remaining arguments as input files. */
static int cli_input_args(cli_input *in, int argc, char **argv)
{
	for (int i = 0; i < argc; i++)
		if (push(&in->inputs, &in->n_inputs, argv[i]))
			return -1;
	return 0;
}

int cli_take_inputs(cli_input *in, const char *cmd, int argc, char **argv,
		    const char *output, const char *need_output)
{
	if (optind >= argc)
		return cli_usage_error(cmd, "no input file");
	if (in->depth_set && !in->focus)
		return cli_usage_error(cmd, "--depth needs --focus");
	if (in->top_by_set && !in->top_set)
		return cli_usage_error(cmd, "--top-by needs --top");
	if (need_output && !output)
		return cli_usage_error(cmd, "no output (-o %s)", need_output);
	if (cli_input_args(in, argc - optind, argv + optind))
		return CLI_EXIT_ERROR;
	return CLI_EXIT_OK;
}

void cli_error(const erg_error *err)
{
	char buf[ERG_ERROR_MSG_MAX + ERG_ERROR_FILE_MAX + 64];
	erg_error_format(err, buf, sizeof(buf));
	fprintf(stderr, "ergraph: %s\n", buf);
}

void cli_errorf(const char *fmt, ...)
{
	va_list ap;
	fputs("ergraph: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

int cli_usage_error(const char *cmd, const char *fmt, ...)
{
	va_list ap;
	fprintf(stderr, "ergraph %s: ", cmd);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fprintf(stderr, "\nTry 'ergraph %s --help'.\n", cmd);
	return CLI_EXIT_USAGE;
}

/* A library error that is the command line's fault (an unknown --type,
 * --focus actor, ...), in the form of cli_usage_error. */
static int usage_error_err(const char *cmd, const erg_error *err)
{
	char buf[ERG_ERROR_MSG_MAX + ERG_ERROR_FILE_MAX + 64];
	erg_error_format(err, buf, sizeof(buf));
	return cli_usage_error(cmd, "%s", buf);
}

static void on_warn(void *ud, const char *file, long line, const char *msg)
{
	const cli_input *in = ud;
	if (in->quiet)
		return;
	if (file && *file && line > 0)
		fprintf(stderr, "ergraph: warning: %s:%ld: %s\n", file, line,
			msg);
	else if (file && *file)
		fprintf(stderr, "ergraph: warning: %s: %s\n", file, msg);
	else
		fprintf(stderr, "ergraph: warning: %s\n", msg);
}

static bool progress_enabled(bool quiet)
{
	return !quiet && isatty(STDERR_FILENO);
}

static void on_progress(void *ud, const char *what, size_t done, size_t total)
{
	(void)ud;
	if (total)
		fprintf(stderr, "\r\033[Kergraph: %s %3d%%", what,
			(int)(100.0 * (double)done / (double)total));
	else
		fprintf(stderr, "\r\033[Kergraph: %s %zu bytes", what, done);
	if (total && done >= total)
		fputs("\r\033[K", stderr);
}

void cli_progress(bool quiet, const char *what)
{
	if (!progress_enabled(quiet))
		return;
	if (what)
		fprintf(stderr, "\r\033[Kergraph: %s...", what);
	else
		fputs("\r\033[K", stderr);
}

void cli_read_opts(const cli_input *in, erg_read_opts *opts)
{
	erg_read_opts_init(opts);
	opts->warn = on_warn;
	opts->warn_userdata = (void *)in;
	if (progress_enabled(in->quiet)) {
		opts->progress = on_progress;
		opts->progress_userdata = NULL;
	}
}

erg_status cli_lexicon(const cli_input *in, const erg_read_opts *opts,
		       erg_lexicon **out, erg_error *err)
{
	return erg_lexicon_new_default_with(out, in->lexicons, in->n_lexicons,
					    opts->warn, opts->warn_userdata,
					    err);
}

/* Default for --jobs: the number of online CPUs. */
static unsigned cli_default_jobs(void)
{
	long n = sysconf(_SC_NPROCESSORS_ONLN);
	return n > 0 ? (unsigned)n : 1;
}

/* The name the relations of a document carry in their `doc` (what
 * footnotes, reports and the GraphML show): its file name, not the path
 * it was given by, unless another document input has the same file name
 * (then the path, so that the two stay apart). */
static const char *doc_name(const cli_input *in, const char *path)
{
	const char *b = strrchr(path, '/');

	b = b ? b + 1 : path;
	if (!*b)
		return path;
	for (size_t i = 0; i < in->n_inputs; i++) {
		const char *o = in->inputs[i], *ob = strrchr(o, '/');
		ob = ob ? ob + 1 : o;
		if (strcmp(o, path) != 0 && strcmp(ob, b) == 0 &&
		    erg_text_is_document(o))
			return path;
	}
	return b;
}

erg_status cli_ingest_document(const cli_input *in, erg_graph *g,
			       const erg_lexicon *lx, const char *path,
			       const erg_text_opts *opts, erg_error *err)
{
	size_t first = erg_graph_relation_count(g);
	const char *name = doc_name(in, path);
	erg_text_opts o = *opts;
	erg_status st;

	/* the relations take the name as they are made; --explain shows
	 * the path the document was given by, so they are renamed after */
	if (!o.explain)
		o.doc_name = name;
	st = erg_text_ingest_file(g, lx, path, ERG_TEXT_AUTO, &o, err);
	if (st || name == path || !o.explain)
		return st;
	for (size_t i = first; i < erg_graph_relation_count(g); i++) {
		erg_relation *r = erg_graph_relation(g, i);
		if (r->doc && strcmp(r->doc, path) == 0 &&
		    erg_set_str(&r->doc, name))
			return erg_error_set(err, ERG_ENOMEM, NULL, 0, 0,
					     "out of memory");
	}
	return ERG_OK;
}

/* --focus and --top: replaces *g by the selected actors and the relations
 * of the view between them. */
static int select_actors(const cli_input *in, erg_graph **g)
{
	erg_view v;
	const erg_view *vp;
	erg_metrics *m = NULL;
	erg_analyze_opts aopts;
	erg_graph *sub = NULL;
	erg_error err;
	int rc;

	erg_error_clear(&err);
	if ((rc = cli_view(in, *g, &v, &vp)))
		return rc;
	rc = CLI_EXIT_USAGE;
	if (in->focus && erg_view_focus(&v, *g, in->focus, in->depth, &err))
		goto fail;
	if (in->top_set) {
		erg_analyze_opts_init(&aopts);
		aopts.metrics = 1u << in->top_by;
		aopts.jobs = in->jobs ? in->jobs : cli_default_jobs();
		rc = CLI_EXIT_ERROR;
		cli_progress(in->quiet, "ranking actors");
		if (erg_analyze(*g, &v, &aopts, &m, &err) ||
		    erg_view_top(&v, *g, m, in->top_by, in->top, &err))
			goto fail;
		cli_progress(in->quiet, NULL);
	}
	rc = CLI_EXIT_ERROR;
	if (erg_view_subgraph(&v, *g, &sub, &err))
		goto fail;
	erg_graph_free(*g);
	*g = sub;
	erg_metrics_free(m);
	erg_view_clear(&v);
	return CLI_EXIT_OK;
fail:
	cli_progress(in->quiet, NULL);
	if (in->focus && err.code == ERG_ENOTFOUND)
		cli_usage_error(in->cmd, "--focus: %s", err.message);
	else if (rc == CLI_EXIT_USAGE)
		usage_error_err(in->cmd, &err);
	else
		cli_error(&err);
	erg_metrics_free(m);
	erg_view_clear(&v);
	return rc;
}

int cli_new_graph(const cli_input *in, erg_graph **out)
{
	erg_types *types = NULL;
	erg_error err;

	erg_error_clear(&err);
	*out = NULL;
	if (erg_types_new_default(&types, &err))
		goto fail;
	for (size_t i = 0; i < in->n_types; i++)
		if (erg_types_load(types, in->types[i], &err))
			goto fail;
	if (erg_graph_new(out, types, &err))
		goto fail;
	erg_types_free(types);
	return CLI_EXIT_OK;
fail:
	cli_error(&err);
	erg_types_free(types);
	return CLI_EXIT_ERROR;
}

int cli_load(cli_input *in, erg_graph **out)
{
	erg_lexicon *lx = NULL;
	erg_text_opts topts;
	erg_graph *g = NULL;
	erg_error err;
	erg_read_opts opts;
	int rc = CLI_EXIT_ERROR;

	erg_error_clear(&err);
	*out = NULL;
	if ((rc = cli_new_graph(in, &g)))
		return rc;
	rc = CLI_EXIT_ERROR;
	cli_read_opts(in, &opts);
	for (size_t i = 0; i < in->n_actors; i++)
		if (erg_actors_read_file(g, in->actors[i], &opts, &err))
			goto fail;
	for (size_t i = 0; i < in->n_inputs; i++) {
		cli_progress(in->quiet, "reading");
		if (!erg_text_is_document(in->inputs[i])) {
			if (erg_read_file(g, in->inputs[i], ERG_FORMAT_UNKNOWN,
					  &opts, &err))
				goto fail;
			continue;
		}
		/* the lexicon is built once, for the first document */
		if (!lx && cli_lexicon(in, &opts, &lx, &err))
			goto fail;
		erg_text_opts_init(&topts);
		topts.read = opts;
		if (cli_ingest_document(in, g, lx, in->inputs[i], &topts,
					&err))
			goto fail;
	}
	cli_progress(in->quiet, NULL);
	erg_lexicon_free(lx);
	*out = g;
	if (!in->focus && !in->top_set)
		return CLI_EXIT_OK;
	if ((rc = select_actors(in, out))) {
		erg_graph_free(*out);
		*out = NULL;
	}
	return rc;
fail:
	cli_progress(in->quiet, NULL);
	cli_error(&err);
	erg_lexicon_free(lx);
	erg_graph_free(g);
	*out = NULL;
	return rc;
}

int cli_view(const cli_input *in, const erg_graph *g, erg_view *v,
	     const erg_view **out)
{
	erg_error err;
	erg_error_clear(&err);
	erg_view_init(v);
	*out = NULL;
	/* Negated relations state that something does not hold: they are
	 * kept in the model and the GraphML, but left out of metrics and
	 * diagrams unless asked for. */
	if (!in->n_view_modalities && !in->all_modalities) {
		for (int m = 0; m < ERG_MOD__COUNT; m++)
			if (m != ERG_MOD_NEGATED)
				v->modalities |= 1u << m;
		*out = v;
	}
	if (!in->has_view)
		return CLI_EXIT_OK;
	for (size_t i = 0; i < in->n_view_types; i++)
		if (erg_view_add_type(v, g, in->view_types[i], &err))
			goto fail;
	for (size_t i = 0; i < in->n_view_modalities; i++)
		if (erg_view_add_modality(v, in->view_modalities[i], &err))
			goto fail;
	for (size_t i = 0; i < in->n_view_polarities; i++)
		if (erg_view_add_polarity(v, in->view_polarities[i], &err))
			goto fail;
	for (size_t i = 0; i < in->n_view_layers; i++)
		if (erg_view_add_layer(v, g, in->view_layers[i], &err))
			goto fail;
	if (in->since && erg_view_set_since(v, in->since, &err))
		goto fail;
	if (in->until && erg_view_set_until(v, in->until, &err))
		goto fail;
	v->min_weight = in->min_weight;
	*out = v;
	return CLI_EXIT_OK;
fail:
	usage_error_err(in->cmd, &err);
	erg_view_clear(v);
	return CLI_EXIT_USAGE;
}

static bool same_file(const char *a, const char *b)
{
	struct stat sa, sb;
	if (strcmp(a, "-") == 0 || strcmp(b, "-") == 0)
		return false;
	if (stat(a, &sa) || stat(b, &sb))
		return false;
	return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

static int check_list(const char **files, size_t n, const char *output)
{
	for (size_t i = 0; i < n; i++) {
		if (same_file(files[i], output)) {
			cli_errorf("%s: refusing to write over an input file",
				   output);
			return CLI_EXIT_ERROR;
		}
	}
	return CLI_EXIT_OK;
}

int cli_check_output(const cli_input *in, const char *output)
{
	if (check_list(in->inputs, in->n_inputs, output) ||
	    check_list(in->actors, in->n_actors, output) ||
	    check_list(in->types, in->n_types, output))
		return CLI_EXIT_ERROR;
	return CLI_EXIT_OK;
}

/* -j/--jobs: a number of processes from 1 to 1024. Returns 0 or, after
 * printing a usage message, -1. */
static int cli_parse_jobs(const char *cmd, const char *arg, unsigned *out)
{
	char *end;
	unsigned long v;
	errno = 0;
	v = strtoul(arg, &end, 10);
	if (end == arg || *end || errno || v < 1 || v > 1024) {
		cli_usage_error(cmd, "--jobs: not a number from 1 to 1024: '%s'",
				arg);
		return -1;
	}
	*out = (unsigned)v;
	return 0;
}

/* --seed: a non-negative whole number. Returns 0 or, after printing a
 * usage message, -1. */
static int cli_parse_seed(const char *cmd, const char *arg, unsigned long *out)
{
	char *end;
	unsigned long v;
	errno = 0;
	v = strtoul(arg, &end, 10);
	if (end == arg || *end || errno || arg[0] == '-') {
		cli_usage_error(cmd, "--seed: not a number: '%s'", arg);
		return -1;
	}
	*out = v;
	return 0;
}

/* --metrics: comma-separated metric names, or "all" (0: every metric).
 * Returns 0 or, after printing a usage message, -1. */
static int cli_parse_metrics(const char *cmd, const char *arg, unsigned *out)
{
	unsigned mask = 0;
	const char *p = arg;

	if (!strcmp(arg, "all")) {
		*out = 0;
		return 0;
	}
	for (;;) {
		size_t n = strcspn(p, ",");
		char name[32];
		erg_metric m;
		if (n == 0 || n >= sizeof(name)) {
			cli_usage_error(cmd, "--metrics: not a list of metric "
					     "names: '%s'", arg);
			return -1;
		}
		memcpy(name, p, n);
		name[n] = '\0';
		if (erg_metric_parse(name, &m) != 0) {
			cli_usage_error(cmd, "--metrics: unknown metric '%s'",
					name);
			return -1;
		}
		mask |= 1u << m;
		if (!p[n])
			break;
		p += n + 1;
	}
	*out = mask;
	return 0;
}

int cli_analyze(const cli_input *in, const erg_graph *g, const erg_view *view,
		const erg_analyze_opts *opts, erg_metrics **out)
{
	erg_error err;
	erg_error_clear(&err);
	cli_progress(in->quiet, "analyzing");
	if (erg_analyze(g, view, opts, out, &err)) {
		cli_progress(in->quiet, NULL);
		cli_error(&err);
		return CLI_EXIT_ERROR;
	}
	cli_progress(in->quiet, NULL);
	if (in->quiet)
		return CLI_EXIT_OK;
	for (int k = 0; k < ERG_METRIC__COUNT; k++) {
		bool wanted = !opts->metrics || (opts->metrics & (1u << k));
		if (wanted && !erg_metrics_has(*out, (erg_metric)k))
			fprintf(stderr,
				"ergraph: warning: %s left out: the network "
				"has no unique dominant eigenvector\n",
				erg_metric_name((erg_metric)k));
	}
	return CLI_EXIT_OK;
}

/* ---- the command prelude (cli_cmd) ---- */

void cli_cmd_init(cli_cmd *cc, const char *name, void (*help)(void),
		  char **argv)
{
	memset(cc, 0, sizeof(*cc));
	cc->name = name;
	cc->help = help;
	cc->argv = argv;
	cli_input_init(&cc->in);
	cc->in.cmd = name;
	cc->format = ERG_TABLE_CSV;
	cc->by = ERG_METRIC_PAGERANK;
	erg_analyze_opts_init(&cc->analyze);
	cc->analyze.jobs = cli_default_jobs();
	erg_view_init(&cc->vstore);
	erg_error_clear(&cc->err);
	optind = 1;
	opterr = 0;
}

/* A cluster of short options ("-qx") holding `c`. */
static bool short_cluster(const char *a, int c)
{
	return a && a[0] == '-' && a[1] && a[1] != '-' && c > 0 && c < 128 &&
	       strchr(a + 1, c);
}

/* Says what is wrong with the option getopt_long just refused (opterr is
 * off): `what` is ':' (no value) or '?'. A long option is named as
 * written, up to a '='; a short one as "-x" (argv[optind] is still its
 * cluster when the cluster goes on after it). */
static void refused_option(const cli_cmd *cc, int what)
{
	const char *prev = optind > 0 ? cc->argv[optind - 1] : NULL;
	bool is_long = prev && strncmp(prev, "--", 2) == 0 && prev[2];

	if (what == '?' && optopt && short_cluster(cc->argv[optind], optopt))
		is_long = false;
	if (!is_long && optopt > 0 && optopt < 128)
		cli_usage_error(cc->name, "%s '-%c'%s",
				what == ':' ? "option" : "invalid option",
				optopt, what == ':' ? " needs a value" : "");
	else if (!is_long)
		cli_usage_error(cc->name, "invalid option");
	else if (what == ':')
		cli_usage_error(cc->name, "option '%s' needs a value", prev);
	else if (optopt && strchr(prev, '='))
		cli_usage_error(cc->name, "option '%.*s' takes no value",
				(int)strcspn(prev, "="), prev);
	else
		cli_usage_error(cc->name, "invalid option '%.*s'",
				(int)strcspn(prev, "="), prev);
}

void cli_cmd_free(cli_cmd *cc)
{
	erg_view_clear(&cc->vstore);
	erg_graph_free(cc->g);
	cli_input_free(&cc->in);
	cc->g = NULL;
	cc->view = NULL;
}

bool cli_cmd_option(cli_cmd *cc, int opt, const char *arg, int *rc)
{
	int r = cli_input_option(&cc->in, opt, arg);

	*rc = CLI_EXIT_USAGE;
	if (r)
		return r < 0;
	switch (opt) {
	case 'o':
		cc->output = arg;
		return false;
	case 'f':
		if (erg_table_format_parse(arg, &cc->format)) {
			cli_usage_error(cc->name,
					"unknown format '%s' (csv, tsv, json, md)",
					arg);
			return true;
		}
		return false;
	case 'b':
		if (erg_metric_parse(arg, &cc->by) ||
		    cc->by == ERG_METRIC_COMMUNITY) {
			cli_usage_error(cc->name, "unknown metric '%s'", arg);
			return true;
		}
		return false;
	case CLI_OPT_SEED:
		return cli_parse_seed(cc->name, arg, &cc->analyze.seed) != 0;
	case 'j':
		return cli_parse_jobs(cc->name, arg, &cc->analyze.jobs) != 0;
	case CLI_OPT_METRICS:
		return cli_parse_metrics(cc->name, arg, &cc->analyze.metrics) !=
		       0;
	case 'h':
		cc->help();
		*rc = CLI_EXIT_OK;
		return true;
	case ':':
	default:
		refused_option(cc, opt == ':' ? ':' : '?');
		return true;
	}
}

int cli_cmd_check_outputs(const cli_cmd *cc)
{
	if ((cc->output && cli_check_output(&cc->in, cc->output)) ||
	    (cc->output2 && cli_check_output(&cc->in, cc->output2)))
		return CLI_EXIT_ERROR;
	return CLI_EXIT_OK;
}

int cli_cmd_inputs(cli_cmd *cc, int argc, char **argv,
		   const char *need_output)
{
	int rc = cli_take_inputs(&cc->in, cc->name, argc, argv, cc->output,
				 need_output);
	return rc ? rc : cli_cmd_check_outputs(cc);
}

int cli_cmd_load(cli_cmd *cc)
{
	int rc;
	if (!cc->in.jobs)
		cc->in.jobs = cc->analyze.jobs;
	if ((rc = cli_load(&cc->in, &cc->g)))
		return rc;
	return cli_view(&cc->in, cc->g, &cc->vstore, &cc->view);
}

int cli_cmd_fail(cli_cmd *cc)
{
	cli_progress(cc->in.quiet, NULL);
	cli_error(&cc->err);
	return CLI_EXIT_ERROR;
}
