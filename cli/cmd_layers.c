/* cmd_layers.c - `ergraph layers`: how each actor's rank moves between
 * layers of one network (relation types, modality sets). */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "ergraph/temporal.h"

enum {
	OPT_MODALITY_SETS = CLI_OPT__FIRST_PRIVATE,
	OPT_NO_TYPES,
	OPT_NO_NAMED,
	OPT_SEED
};

#define DEFAULT_MODALITY_SETS "reported;reported,alleged,projected"

static void help(void)
{
	printf("Usage: ergraph layers [OPTIONS] INPUT...\n\n"
	       "Analyses the network layer by layer and prints, for every "
	       "actor, its rank\nand value in each layer: \"all\" (every "
	       "relation the view keeps), one\nlayer per relation type "
	       "present (type:conflict, ...), one per named layer\n"
	       "(layer:cooperation, layer:conflict, layer:arms: "
	       "lexicons/layers.tsv) and one\nper modality set "
	       "(modality:reported, ...). Rows follow the rank in \"all\"; "
	       "an empty cell\nmeans the actor has no relation in that "
	       "layer. In Markdown each rank is\nfollowed by its move "
	       "against \"all\" (+2: two places higher).\n\n"
	       "Options:\n"
	       "  -b, --by METRIC    rank by METRIC (default pagerank)\n"
	       "  --modality-sets S  modality sets separated by ';', "
	       "modalities in a set by\n"
	       "                     ',' (default \"" DEFAULT_MODALITY_SETS
	       "\";\n"
	       "                     \"\" for none)\n"
	       "  --no-types         no per-type layers\n"
	       "  --no-named         no named layers\n"
	       "  -f, --format FMT   csv (default), tsv, json or md\n"
	       "  -o, --output FILE  write the table to FILE (default: "
	       "standard output)\n"
	       "  --seed N           random seed for community detection "
	       "(default 42)\n"
	       "  -j, --jobs N       processes for the path metrics (default: "
	       "the number\n                     of CPUs)\n\n" CLI_INPUT_HELP
	       "\n" CLI_VIEW_HELP);
}

/* Adds one modality-set layer per ';'-separated set. */
static erg_status add_sets(erg_layerset *ls, const char *sets, erg_error *err)
{
	const char *p = sets;
	erg_status st = ERG_OK;

	while (*p && !st) {
		size_t n = strcspn(p, ";");
		char *set = malloc(n + 1);
		if (!set)
			return erg_error_set(err, ERG_ENOMEM, NULL, 0, 0,
					     "out of memory");
		memcpy(set, p, n);
		set[n] = '\0';
		st = erg_layerset_add_modality_set(ls, set, err);
		free(set);
		p += n;
		if (*p == ';')
			p++;
	}
	return st;
}

int cmd_layers(int argc, char **argv)
{
	static const struct option longopts[] = {
	    {"by", required_argument, NULL, 'b'},
	    {"modality-sets", required_argument, NULL, OPT_MODALITY_SETS},
	    {"no-types", no_argument, NULL, OPT_NO_TYPES},
	    {"no-named", no_argument, NULL, OPT_NO_NAMED},
	    {"format", required_argument, NULL, 'f'},
	    {"output", required_argument, NULL, 'o'},
	    {"seed", required_argument, NULL, OPT_SEED},
	    {"jobs", required_argument, NULL, 'j'},
	    CLI_INPUT_OPTIONS,
	    CLI_VIEW_OPTIONS,
	    {NULL, 0, NULL, 0}};
	cli_input in;
	erg_table_format fmt = ERG_TABLE_CSV;
	erg_metric by = ERG_METRIC_PAGERANK;
	erg_analyze_opts aopts;
	const char *output = "-", *sets = DEFAULT_MODALITY_SETS;
	bool types = true, named = true;
	erg_graph *g = NULL;
	erg_layerset *ls = NULL;
	erg_view vstore;
	const erg_view *view = NULL;
	erg_error err;
	int c, rc = CLI_EXIT_USAGE;

	cli_input_init(&in);
	erg_analyze_opts_init(&aopts);
	aopts.jobs = cli_default_jobs();
	erg_view_init(&vstore);
	erg_error_clear(&err);
	optind = 1;
	while ((c = getopt_long(argc, argv, "b:f:o:l:qhj:", longopts, NULL)) !=
	       -1) {
		int r = cli_input_option(&in, c, optarg);
		if (r < 0)
			goto done;
		if (r)
			continue;
		switch (c) {
		case 'b':
			if (erg_metric_parse(optarg, &by) ||
			    by == ERG_METRIC_COMMUNITY) {
				rc = cli_usage_error(
				    "layers", "unknown metric '%s'", optarg);
				goto done;
			}
			break;
		case OPT_MODALITY_SETS:
			sets = optarg;
			break;
		case OPT_NO_TYPES:
			types = false;
			break;
		case OPT_NO_NAMED:
			named = false;
			break;
		case 'f':
			if (erg_table_format_parse(optarg, &fmt)) {
				rc = cli_usage_error("layers",
						     "unknown format '%s' "
						     "(csv, tsv, json, md)",
						     optarg);
				goto done;
			}
			break;
		case 'o':
			output = optarg;
			break;
		case OPT_SEED:
			if (cli_parse_seed("layers", optarg, &aopts.seed))
				goto done;
			break;
		case 'j':
			if (cli_parse_jobs("layers", optarg, &aopts.jobs))
				goto done;
			break;
		case 'h':
			help();
			rc = CLI_EXIT_OK;
			goto done;
		default:
			rc = cli_usage_error("layers", "invalid option");
			goto done;
		}
	}
	if ((rc = cli_take_inputs(&in, "layers", argc, argv, NULL, NULL)))
		goto done;
	if ((rc = cli_check_output(&in, output)))
		goto done;
	if ((rc = cli_load(&in, &g)))
		goto done;
	if ((rc = cli_view(&in, g, &vstore, &view)))
		goto done;
	rc = CLI_EXIT_ERROR;
	if (erg_layerset_new(&ls, g, view, &err) ||
	    (types && erg_layerset_add_types(ls, &err)) ||
	    (named && erg_layerset_add_named(ls, &err)))
		goto fail;
	if (add_sets(ls, sets, &err)) {
		rc = CLI_EXIT_USAGE;
		goto fail;
	}
	cli_progress(in.quiet, "analyzing layers");
	if (erg_layerset_compute(ls, &aopts, by, &err))
		goto fail;
	cli_progress(in.quiet, NULL);
	for (size_t i = 0; !in.quiet && i < erg_layerset_count(ls); i++) {
		const erg_layerset_layer *l = erg_layerset_get(ls, i);
		if (!l->computed && l->n_relations)
			fprintf(stderr,
				"ergraph: warning: layer %s: %s could not be "
				"computed\n",
				l->name, erg_metric_name(by));
	}
	if (erg_layerset_write_file(g, ls, fmt, output, &err))
		goto fail;
	rc = CLI_EXIT_OK;
	goto done;
fail:
	cli_progress(in.quiet, NULL);
	cli_error(&err);
done:
	erg_layerset_free(ls);
	erg_view_clear(&vstore);
	erg_graph_free(g);
	cli_input_free(&in);
	return rc;
}
