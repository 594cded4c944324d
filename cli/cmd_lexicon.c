/* cmd_lexicon.c - `ergraph lexicon check FILE...`: validate lexicons. */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static void help(void)
{
	printf("Usage: ergraph lexicon check [OPTIONS] FILE...\n"
	       "       ergraph lexicon stats\n\n"
	       "check: parses each FILE as a layer on top of the default "
	       "lexicon and\nreports the first error as FILE:LINE:COLUMN: "
	       "message (exit 1): syntax,\nan alias given twice in FILE, a "
	       "cue of an unknown relation type. It\nwarns where FILE takes "
	       "an alias over from the default for another actor\n(or from "
	       "a discard list); repeating the default is no warning. A "
	       "FILE\nthat is one of the compiled-in files "
	       "(lexicons/en.lex,\nlexicons/world/states.lex, ...) takes "
	       "that file's place instead, so that\nan edited copy is "
	       "checked against the rest of the default.\n"
	       "stats: prints the size of the compiled-in default lexicon.\n\n"
	       "Options:\n"
	       "  -q, --quiet   no warnings, and no size line after a check\n"
	       "  -h, --help    show this help\n");
}

static void print_stats(const char *what, const erg_lexicon *lx)
{
	erg_lexicon_stats s;
	erg_lexicon_get_stats(lx, &s);
	printf("%s: %zu actors, %zu phrases (%zu meanings), %zu cues, "
	       "%zu automaton states\n",
	       what, s.actors, s.phrases, s.entries, s.cues, s.states);
}

/* Checks one file: the default (without the compiled-in file it names)
 * with the file layered on top. Returns an exit code. */
static int check_file(cli_cmd *cc, const erg_types *types, const char *path)
{
	erg_read_opts ropts;
	erg_lexicon *lx = NULL;
	const char *left_out = NULL;
	int rc = CLI_EXIT_ERROR;

	cli_read_opts(&cc->in, &ropts);
	/* (the automaton is built once) */
	if (erg_lexicon_new_default_checking(&lx, path, &left_out, ropts.warn,
					     ropts.warn_userdata, &cc->err) ||
	    erg_lexicon_check_types(lx, types, &cc->err))
		goto fail;
	if (!cc->in.quiet) {
		print_stats(path, lx);
		if (left_out)
			printf("%s: checked in place of the compiled-in %s\n",
			       path, left_out);
	}
	rc = CLI_EXIT_OK;
	goto done;
fail:
	rc = cli_cmd_fail(cc);
done:
	erg_lexicon_free(lx);
	return rc;
}

int cmd_lexicon(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "quiet", no_argument, NULL, 'q' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	cli_cmd cc;
	erg_types *types = NULL;
	erg_lexicon *lx = NULL;
	const char *sub;
	int c, rc = CLI_EXIT_USAGE;

	cli_cmd_init(&cc, "lexicon", help, argv);
	while ((c = getopt_long(argc, argv, ":qh", longopts, NULL)) != -1)
		if (cli_cmd_option(&cc, c, optarg, &rc))
			goto done;
	if (optind >= argc) {
		rc = cli_usage_error("lexicon", "no subcommand (check, stats)");
		goto done;
	}
	sub = argv[optind++];
	if (!strcmp(sub, "stats")) {
		if (optind < argc) {
			rc = cli_usage_error("lexicon",
					     "stats: no FILE expected");
			goto done;
		}
		if (erg_lexicon_new_default(&lx, &cc.err)) {
			rc = cli_cmd_fail(&cc);
			goto done;
		}
		print_stats("default", lx);
		rc = CLI_EXIT_OK;
	} else if (!strcmp(sub, "check")) {
		if (optind >= argc) {
			rc = cli_usage_error("lexicon", "check: no FILE");
			goto done;
		}
		if (erg_types_new_default(&types, &cc.err)) {
			rc = cli_cmd_fail(&cc);
			goto done;
		}
		rc = CLI_EXIT_OK;
		for (int i = optind; i < argc; i++)
			if (check_file(&cc, types, argv[i]))
				rc = CLI_EXIT_ERROR;
	} else {
		rc = cli_usage_error("lexicon",
				     "unknown subcommand '%s' (check, stats)",
				     sub);
	}
done:
	erg_lexicon_free(lx);
	erg_types_free(types);
	cli_cmd_free(&cc);
	return rc;
}
