/* main.c - ergraph command dispatch. */
#include <stdio.h>
#include <string.h>

#include "cli.h"

static const struct {
	const char *name;
	int (*fn)(int, char **);
	const char *summary;
} commands[] = {
	{ "run", cmd_run,
	  "read, analyze and write GraphML, metrics, DOT, SVG and PNG" },
	{ "analyze", cmd_analyze, "print the ranked influence metrics table" },
	{ "draw", cmd_draw, "draw the network as DOT, SVG, PNG or PDF" },
	{ "convert", cmd_convert,
	  "convert between GraphML and CSV/TSV tables, or to DOT" },
	{ "ingest", cmd_ingest, "extract an actor network from documents" },
	{ "lexicon", cmd_lexicon, "check a lexicon file" },
	{ "slides", cmd_slides,
	  "the standard briefing figures (SVG, PNG) and deck.pdf" },
	{ "timeline", cmd_timeline,
	  "rank actors per time window: table and line chart" },
	{ "layers", cmd_layers,
	  "rank actors per relation type and modality set" },
	{ "diff", cmd_diff,
	  "relations and ranks that changed between two networks" },
	{ "report", cmd_report, "write a self-contained HTML report" },
};

static void usage(FILE *fp)
{
	fprintf(fp, "Usage: ergraph COMMAND [OPTIONS] [INPUT...]\n\n"
		    "Actor networks from writing about international "
		    "affairs.\n\nCommands:\n");
	for (size_t i = 0; i < sizeof(commands) / sizeof(*commands); i++)
		fprintf(fp, "  %-9s %s\n", commands[i].name,
			commands[i].summary);
	fprintf(fp, "\nRun 'ergraph COMMAND --help' for a command's options.\n"
		    "Options: -h, --help; -V, --version.\n"
		    "Exit codes: 0 ok, 1 input or processing error, 2 usage "
		    "error.\n");
}

int main(int argc, char **argv)
{
	if (argc < 2) {
		usage(stderr);
		return CLI_EXIT_USAGE;
	}
	if (strcmp(argv[1], "-h") == 0 || strcmp(argv[1], "--help") == 0 ||
	    strcmp(argv[1], "help") == 0) {
		usage(stdout);
		return CLI_EXIT_OK;
	}
	if (strcmp(argv[1], "-V") == 0 || strcmp(argv[1], "--version") == 0) {
		printf("ergraph %s\n", ERG_VERSION_STRING);
		return CLI_EXIT_OK;
	}
	for (size_t i = 0; i < sizeof(commands) / sizeof(*commands); i++)
		if (strcmp(argv[1], commands[i].name) == 0)
			return commands[i].fn(argc - 1, argv + 1);
	fprintf(stderr, "ergraph: unknown command '%s'\n", argv[1]);
	usage(stderr);
	return CLI_EXIT_USAGE;
}
