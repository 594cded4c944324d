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
	       "  --no-named         no named layers\n" CLI_FORMAT_HELP
		   CLI_TABLE_OUTPUT_HELP CLI_SEED_HELP CLI_JOBS_HELP
	       "\n" CLI_INPUT_HELP "\n" CLI_VIEW_HELP);
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
	    CLI_BY_OPTION,
	    {"modality-sets", required_argument, NULL, OPT_MODALITY_SETS},
	    {"no-types", no_argument, NULL, OPT_NO_TYPES},
	    {"no-named", no_argument, NULL, OPT_NO_NAMED},
	    CLI_FORMAT_OPTION,
	    CLI_OUTPUT_OPTION,
	    CLI_SEED_OPTION,
	    CLI_JOBS_OPTION,
	    CLI_INPUT_OPTIONS,
	    CLI_VIEW_OPTIONS,
	    {NULL, 0, NULL, 0}};
	cli_cmd cc;
	const char *sets = DEFAULT_MODALITY_SETS;
	bool types = true, named = true;
	erg_layerset *ls = NULL;
	int c, rc = CLI_EXIT_USAGE;

	cli_cmd_init(&cc, "layers", help, argv);
	cc.output = "-";
	while ((c = getopt_long(argc, argv, ":b:f:o:l:qhj:", longopts, NULL)) !=
	       -1) {
		switch (c) {
		case OPT_MODALITY_SETS:
			sets = optarg;
			break;
		case OPT_NO_TYPES:
			types = false;
			break;
		case OPT_NO_NAMED:
			named = false;
			break;
		default:
			if (cli_cmd_option(&cc, c, optarg, &rc))
				goto done;
		}
	}
	if ((rc = cli_cmd_inputs(&cc, argc, argv, NULL)) ||
	    (rc = cli_cmd_load(&cc)))
		goto done;
	rc = CLI_EXIT_ERROR;
	if (erg_layerset_new(&ls, cc.g, cc.view, &cc.err) ||
	    (types && erg_layerset_add_types(ls, &cc.err)) ||
	    (named && erg_layerset_add_named(ls, &cc.err)))
		goto fail;
	if (add_sets(ls, sets, &cc.err)) {
		rc = cli_usage_error("layers", "--modality-sets: %s",
				     cc.err.message);
		goto done;
	}
	cli_progress(cc.in.quiet, "analyzing layers");
	if (erg_layerset_compute(ls, &cc.analyze, cc.by, &cc.err))
		goto fail;
	cli_progress(cc.in.quiet, NULL);
	for (size_t i = 0; !cc.in.quiet && i < erg_layerset_count(ls); i++) {
		const erg_layerset_layer *l = erg_layerset_get(ls, i);
		if (!l->computed && l->n_relations)
			fprintf(stderr,
				"ergraph: warning: layer %s: %s could not be "
				"computed\n",
				l->name, erg_metric_name(cc.by));
	}
	if (erg_layerset_write_file(cc.g, ls, cc.format, cc.output, &cc.err))
		goto fail;
	rc = CLI_EXIT_OK;
	goto done;
fail:
	rc = cli_cmd_fail(&cc);
done:
	erg_layerset_free(ls);
	cli_cmd_free(&cc);
	return rc;
}
