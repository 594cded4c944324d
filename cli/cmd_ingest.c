/* cmd_ingest.c - `ergraph ingest`: documents in, GraphML out. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

enum { OPT_EXPLAIN = CLI_OPT__FIRST_PRIVATE + 20, OPT_DATE };

static void help(void)
{
	printf("Usage: ergraph ingest [OPTIONS] DOC... -o OUT.graphml\n\n"
	       "Extracts a typed, dated, evidence-backed actor network from "
	       "documents\n(.txt and other UTF-8 text, text extracted from PDFs, "
	       ".html/.htm) with\nthe default world lexicon plus any -l "
	       "lexicons, and writes it as GraphML.\n\n"
	       "Options:\n"
	       "  -o, --output OUT     GraphML output ('-': standard output)\n"
	       "  -l, --lexicon FILE   lexicon layered on the default; "
	       "repeatable\n"
	       "  --explain            print each relation with its sentence, "
	       "cue and rule\n"
	       "  --date DATE          date for relations the text leaves "
	       "undated (YYYY[-MM[-DD]])\n"
	       "  --types FILE         relation type table to add or override "
	       "types\n"
	       "  -q, --quiet          no progress or warnings on stderr\n"
	       "  -h, --help           show this help\n");
}

/* A large graph is not freed piece by piece when the process is about
 * to end (a million strings for 200 MB of text: about 0.14 cpu s), nor
 * the lexicon with it (about 50,000 blocks with a 12,000-alias lexicon);
 * they stay reachable from here. Builds with AddressSanitizer free them. */
#ifndef __SANITIZE_ADDRESS__
#define LEAVE_AT_EXIT 10000
static erg_graph *volatile left_at_exit; /* volatile: the store is kept */
static erg_lexicon *volatile lexicon_left_at_exit;
#endif

static void on_explain(void *ud, const erg_graph *g,
		       const erg_text_explain *ex)
{
	const erg_relation *r = erg_graph_relation_c(g, ex->relation);
	const erg_actor *s = erg_graph_actor_c(g, r->source);
	const erg_actor *t = erg_graph_actor_c(g, r->target);
	const erg_type *ty = erg_types_get(erg_graph_types(g), r->type);
	(void)ud;
	printf("%s %s %s %s [%s]%s%s\n", s->id, r->directed ? "->" : "--",
	       t->id, ty->name, erg_modality_name(r->modality),
	       r->date ? " " : "", r->date ? r->date : "");
	printf("  cue: \"%s\" rule: %s; %s", ex->cue, ex->rule, ex->how);
	if (ex->modality_cue)
		printf("; modality cue: \"%s\"", ex->modality_cue);
	printf("\n  %s:%lld: %s\n\n", r->doc ? r->doc : "-", r->offset,
	       ex->sentence);
}

int cmd_ingest(int argc, char **argv)
{
	static const struct option longopts[] = {
		CLI_OUTPUT_OPTION,
		{ "lexicon", required_argument, NULL, 'l' },
		{ "explain", no_argument, NULL, OPT_EXPLAIN },
		{ "date", required_argument, NULL, OPT_DATE },
		{ "types", required_argument, NULL, CLI_OPT_TYPES },
		{ "quiet", no_argument, NULL, 'q' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	cli_cmd cc;
	const char *output, *date = NULL;
	bool explain = false;
	erg_lexicon *lx = NULL;
	erg_text_opts to;
	int c, rc = CLI_EXIT_USAGE;

	/* documents only: no tables, actors or views (see cli_load) */
	cli_cmd_init(&cc, "ingest", help, argv);
	while ((c = getopt_long(argc, argv, ":o:l:qh", longopts, NULL)) != -1) {
		switch (c) {
		case OPT_EXPLAIN:
			explain = true;
			break;
		case OPT_DATE:
			if (!erg_date_valid(optarg)) {
				rc = cli_usage_error("ingest",
						     "--date: not a date: '%s'",
						     optarg);
				goto done;
			}
			date = optarg;
			break;
		default:
			if (cli_cmd_option(&cc, c, optarg, &rc))
				goto done;
		}
	}
	output = cc.output;
	/* --explain alone prints and writes nothing */
	if ((rc = cli_take_inputs(&cc.in, "ingest", argc, argv, output,
				  explain ? NULL : "OUT.graphml, or --explain")) ||
	    (rc = cli_cmd_check_outputs(&cc)) ||
	    (rc = cli_new_graph(&cc.in, &cc.g)))
		goto done;
	erg_text_opts_init(&to);
	cli_read_opts(&cc.in, &to.read);
	if (cli_lexicon(&cc.in, &to.read, &lx, &cc.err) ||
	    erg_lexicon_check_types(lx, erg_graph_types(cc.g), &cc.err))
		goto fail;
	to.doc_date = date;
	if (explain) {
		to.explain = on_explain;
		to.explain_userdata = NULL;
	}
	for (size_t i = 0; i < cc.in.n_inputs; i++)
		if (cli_ingest_document(&cc.in, cc.g, lx, cc.in.inputs[i], &to,
					&cc.err))
			goto fail;
	cli_progress(cc.in.quiet, NULL);
	if (output) {
		if (strcmp(output, "-") == 0) {
			if (erg_graphml_write_fp(cc.g, stdout, &cc.err))
				goto fail;
		} else if (erg_graphml_write_file(cc.g, output, &cc.err)) {
			goto fail;
		}
	}
	if (!cc.in.quiet && output && strcmp(output, "-"))
		fprintf(stderr, "ergraph: %zu actors, %zu relations -> %s\n",
			erg_graph_actor_count(cc.g),
			erg_graph_relation_count(cc.g), output);
	rc = CLI_EXIT_OK;
#ifndef __SANITIZE_ADDRESS__
	if (erg_graph_relation_count(cc.g) > LEAVE_AT_EXIT) {
		left_at_exit = cc.g;
		cc.g = NULL;
		lexicon_left_at_exit = lx;
		lx = NULL;
	}
#endif
	goto done;
fail:
	rc = cli_cmd_fail(&cc);
done:
	erg_lexicon_free(lx);
	cli_cmd_free(&cc);
	return rc;
}
