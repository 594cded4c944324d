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

static void on_warn(void *ud, const char *file, long line, const char *msg)
{
	const bool *quiet = ud;
	if (*quiet)
		return;
	if (file && line > 0)
		fprintf(stderr, "ergraph: warning: %s:%ld: %s\n", file, line,
			msg);
	else
		fprintf(stderr, "ergraph: warning: %s\n", msg);
}

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
		{ "output", required_argument, NULL, 'o' },
		{ "lexicon", required_argument, NULL, 'l' },
		{ "explain", no_argument, NULL, OPT_EXPLAIN },
		{ "date", required_argument, NULL, OPT_DATE },
		{ "types", required_argument, NULL, CLI_OPT_TYPES },
		{ "quiet", no_argument, NULL, 'q' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	const char *output = NULL, *date = NULL;
	const char **lexicons = NULL, **types = NULL;
	size_t n_lex = 0, n_types = 0;
	bool explain = false, quiet = false;
	erg_lexicon *lx = NULL;
	erg_types *tt = NULL;
	erg_graph *g = NULL;
	erg_error err;
	erg_text_opts to;
	int c, rc = CLI_EXIT_USAGE;

	erg_error_clear(&err);
	lexicons = calloc((size_t)argc + 1, sizeof(*lexicons));
	types = calloc((size_t)argc + 1, sizeof(*types));
	if (!lexicons || !types) {
		cli_errorf("out of memory");
		rc = CLI_EXIT_ERROR;
		goto done;
	}
	optind = 1;
	while ((c = getopt_long(argc, argv, "o:l:qh", longopts, NULL)) != -1) {
		switch (c) {
		case 'o':
			output = optarg;
			break;
		case 'l':
			lexicons[n_lex++] = optarg;
			break;
		case CLI_OPT_TYPES:
			types[n_types++] = optarg;
			break;
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
		case 'q':
			quiet = true;
			break;
		case 'h':
			help();
			rc = CLI_EXIT_OK;
			goto done;
		default:
			rc = cli_usage_error("ingest", "bad option");
			goto done;
		}
	}
	if (optind >= argc) {
		rc = cli_usage_error("ingest", "no input document");
		goto done;
	}
	if (!output && !explain) {
		rc = cli_usage_error("ingest", "no output: use -o OUT.graphml "
					       "or --explain");
		goto done;
	}
	for (int i = optind; i < argc; i++)
		if (output && strcmp(output, "-") && strcmp(output, argv[i]) == 0) {
			cli_errorf("output '%s' is also an input", output);
			rc = CLI_EXIT_ERROR;
			goto done;
		}
	rc = CLI_EXIT_ERROR;
	if (erg_types_new_default(&tt, &err))
		goto fail;
	for (size_t i = 0; i < n_types; i++)
		if (erg_types_load(tt, types[i], &err))
			goto fail;
	if (erg_graph_new(&g, tt, &err) ||
	    erg_lexicon_new_default(&lx, &err))
		goto fail;
	erg_lexicon_set_warn(lx, on_warn, &quiet);
	for (size_t i = 0; i < n_lex; i++)
		if (erg_lexicon_load(lx, lexicons[i], &err))
			goto fail;
	if (erg_lexicon_check_types(lx, erg_graph_types(g), &err))
		goto fail;
	erg_text_opts_init(&to);
	{
		cli_input tmp;
		cli_input_init(&tmp);
		tmp.quiet = quiet;
		cli_read_opts(&tmp, &to.read);
	}
	to.read.warn = on_warn;
	to.read.warn_userdata = &quiet;
	if (quiet)
		to.read.progress = NULL;
	to.doc_date = date;
	if (explain) {
		to.explain = on_explain;
		to.explain_userdata = NULL;
	}
	for (int i = optind; i < argc; i++)
		if (erg_text_ingest_file(g, lx, argv[i], ERG_TEXT_AUTO, &to,
					 &err))
			goto fail;
	cli_progress(quiet, NULL);
	if (output) {
		if (strcmp(output, "-") == 0) {
			if (erg_graphml_write_fp(g, stdout, &err))
				goto fail;
		} else if (erg_graphml_write_file(g, output, &err)) {
			goto fail;
		}
	}
	if (!quiet && output && strcmp(output, "-"))
		fprintf(stderr, "ergraph: %zu actors, %zu relations -> %s\n",
			erg_graph_actor_count(g), erg_graph_relation_count(g),
			output);
	rc = CLI_EXIT_OK;
	goto done;
fail:
	cli_progress(quiet, NULL);
	cli_error(&err);
	rc = CLI_EXIT_ERROR;
done:
	erg_lexicon_free(lx);
	erg_graph_free(g);
	erg_types_free(tt);
	free(lexicons);
	free(types);
	return rc;
}
