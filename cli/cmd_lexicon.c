/* cmd_lexicon.c - `ergraph lexicon check FILE...`: validate lexicons. */
#include <stdio.h>
#include <string.h>

#include "cli.h"

static void help(void)
{
	printf("Usage: ergraph lexicon check FILE...\n"
	       "       ergraph lexicon stats\n\n"
	       "check: parses each FILE as a layer on top of the default "
	       "lexicon and\nreports the first error as FILE:LINE:COLUMN: "
	       "message (exit 1).\nstats: prints the size of the compiled-in "
	       "default lexicon.\n\n"
	       "Options:\n"
	       "  -q, --quiet   no warnings\n"
	       "  -h, --help    show this help\n");
}

static void on_warn(void *ud, const char *file, long line, const char *msg)
{
	const bool *quiet = ud;
	if (!*quiet)
		fprintf(stderr, "ergraph: warning: %s:%ld: %s\n", file, line,
			msg);
}

static void print_stats(const char *what, const erg_lexicon *lx)
{
	erg_lexicon_stats s;
	erg_lexicon_get_stats(lx, &s);
	printf("%s: %zu actors, %zu phrases (%zu meanings), %zu cues, "
	       "%zu automaton states\n",
	       what, s.actors, s.phrases, s.entries, s.cues, s.states);
}

int cmd_lexicon(int argc, char **argv)
{
	bool quiet = false;
	const char *sub;
	int first = 2, rc = CLI_EXIT_OK;
	erg_error err;
	erg_types *types = NULL;

	if (argc < 2 || !strcmp(argv[1], "-h") || !strcmp(argv[1], "--help")) {
		help();
		return argc < 2 ? CLI_EXIT_USAGE : CLI_EXIT_OK;
	}
	sub = argv[1];
	for (int i = 2; i < argc; i++) {
		if (!strcmp(argv[i], "-q") || !strcmp(argv[i], "--quiet")) {
			quiet = true;
			if (i == first)
				first++;
		} else if (!strcmp(argv[i], "-h") || !strcmp(argv[i], "--help")) {
			help();
			return CLI_EXIT_OK;
		}
	}
	erg_error_clear(&err);
	if (erg_types_new_default(&types, &err)) {
		cli_error(&err);
		return CLI_EXIT_ERROR;
	}
	if (!strcmp(sub, "stats")) {
		erg_lexicon *lx = NULL;
		if (erg_lexicon_new_default(&lx, &err)) {
			cli_error(&err);
			rc = CLI_EXIT_ERROR;
		} else {
			print_stats("default", lx);
		}
		erg_lexicon_free(lx);
	} else if (!strcmp(sub, "check")) {
		int n = 0;
		for (int i = 2; i < argc; i++) {
			erg_lexicon *lx = NULL;
			if (argv[i][0] == '-' && argv[i][1])
				continue;
			n++;
			if (erg_lexicon_new_default(&lx, &err)) {
				cli_error(&err);
				rc = CLI_EXIT_ERROR;
				break;
			}
			erg_lexicon_set_warn(lx, on_warn, &quiet);
			if (erg_lexicon_load(lx, argv[i], &err) ||
			    erg_lexicon_check_types(lx, types, &err)) {
				cli_error(&err);
				rc = CLI_EXIT_ERROR;
			} else if (!quiet) {
				print_stats(argv[i], lx);
			}
			erg_lexicon_free(lx);
		}
		if (!n)
			rc = cli_usage_error("lexicon", "check: no FILE");
	} else {
		rc = cli_usage_error("lexicon", "unknown subcommand '%s' "
						"(check, stats)",
				     sub);
	}
	erg_types_free(types);
	return rc;
}
