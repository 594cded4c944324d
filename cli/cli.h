/*
 * cli.h - shared pieces of the ergraph command-line tool: exit codes,
 * the input options every network-reading command takes, view options,
 * and diagnostics. The CLI uses only the public API (ergraph.h).
 */
#ifndef ERGRAPH_CLI_H
#define ERGRAPH_CLI_H

#include <getopt.h>
#include <stdbool.h>
#include <stddef.h>

#include "ergraph.h"

/* Exit codes (documented in ergraph(1)). */
#define CLI_EXIT_OK 0
#define CLI_EXIT_ERROR 1 /* input or processing error */
#define CLI_EXIT_USAGE 2 /* bad command line */

/* Long-option codes shared by every command that reads a network. */
enum {
	CLI_OPT_ACTORS = 1000,
	CLI_OPT_TYPES,
	CLI_OPT_QUIET,
	CLI_OPT_HELP,
	CLI_OPT_TYPE,
	CLI_OPT_MODALITY,
	CLI_OPT_POLARITY,
	CLI_OPT_SINCE,
	CLI_OPT_UNTIL,
	CLI_OPT_MIN_WEIGHT,
	CLI_OPT_ALL_MODALITIES,
	CLI_OPT_LAYER,
	CLI_OPT_FOCUS,
	CLI_OPT_DEPTH,
	CLI_OPT_TOP,
	CLI_OPT_TOP_BY,
	CLI_OPT_SEED,
	CLI_OPT_METRICS,
	CLI_OPT__FIRST_PRIVATE = 1100
};

/* getopt_long entries for the shared input and view options; commands
 * append them to their own tables with CLI_INPUT_OPTIONS and
 * CLI_VIEW_OPTIONS. */
#define CLI_INPUT_OPTIONS                                                      \
	{ "actors", required_argument, NULL, CLI_OPT_ACTORS },                 \
	{ "types", required_argument, NULL, CLI_OPT_TYPES },                   \
	{ "lexicon", required_argument, NULL, 'l' },                           \
	{ "quiet", no_argument, NULL, 'q' },                                   \
	{ "help", no_argument, NULL, 'h' }
#define CLI_VIEW_OPTIONS                                                       \
	{ "type", required_argument, NULL, CLI_OPT_TYPE },                     \
	{ "modality", required_argument, NULL, CLI_OPT_MODALITY },             \
	{ "polarity", required_argument, NULL, CLI_OPT_POLARITY },             \
	{ "since", required_argument, NULL, CLI_OPT_SINCE },                   \
	{ "until", required_argument, NULL, CLI_OPT_UNTIL },                   \
	{ "min-weight", required_argument, NULL, CLI_OPT_MIN_WEIGHT },         \
	{ "all-modalities", no_argument, NULL, CLI_OPT_ALL_MODALITIES },     \
	{ "layer", required_argument, NULL, CLI_OPT_LAYER },                   \
	{ "focus", required_argument, NULL, CLI_OPT_FOCUS },                   \
	{ "depth", required_argument, NULL, CLI_OPT_DEPTH },                   \
	{ "top", required_argument, NULL, CLI_OPT_TOP },                       \
	{ "top-by", required_argument, NULL, CLI_OPT_TOP_BY }

/* getopt_long entries for options several commands take in the same
 * sense; cli_cmd_option handles them (-o into output, -f a table format,
 * -b a metric other than community, --seed and -j into analyze). */
#define CLI_OUTPUT_OPTION { "output", required_argument, NULL, 'o' }
#define CLI_FORMAT_OPTION { "format", required_argument, NULL, 'f' }
#define CLI_BY_OPTION { "by", required_argument, NULL, 'b' }
#define CLI_SEED_OPTION { "seed", required_argument, NULL, CLI_OPT_SEED }
#define CLI_JOBS_OPTION { "jobs", required_argument, NULL, 'j' }
#define CLI_METRICS_OPTION                                                     \
	{ "metrics", required_argument, NULL, CLI_OPT_METRICS }

/* Help lines of those options, where commands word them alike. */
#define CLI_FORMAT_HELP                                                        \
	"  -f, --format FMT   csv (default), tsv, json or md\n"
#define CLI_TABLE_OUTPUT_HELP                                                  \
	"  -o, --output FILE  write the table to FILE (default: standard "     \
	"output)\n"
#define CLI_SEED_HELP                                                          \
	"  --seed N           random seed for community detection (default "  \
	"42)\n"
#define CLI_METRICS_HELP                                                       \
	"  --metrics LIST     metrics to compute, comma-separated names as in\n" \
	"                     the table's header, or all (the default); leave\n" \
	"                     out betweenness, closeness and harmonic to skip\n" \
	"                     the all-pairs path searches on a large network\n"
#define CLI_JOBS_HELP                                                          \
	"  -j, --jobs N       processes for the path metrics (default: the "   \
	"number\n                     of CPUs)\n"

/* Help text for the shared options. */
#define CLI_INPUT_HELP                                                         \
	"Input options:\n"                                                     \
	"  --actors FILE      actors table (id,label,kind,aliases,affiliation);\n" \
	"                     repeatable\n"                                     \
	"  --types FILE       relation type table to add or override types;\n"  \
	"                     repeatable\n"                                     \
	"  -l, --lexicon FILE lexicon for document inputs (.txt .html .htm),\n" \
	"                     layered on the default; repeatable\n"           \
	"  -q, --quiet        no progress or warnings on stderr\n"             \
	"  -h, --help         show this help\n"
#define CLI_VIEW_HELP                                                          \
	"View options (filter relations; repeat to allow several values):\n"  \
	"  --type T           keep relations of type T\n"                      \
	"  --modality M       keep relations with modality M (reported,\n"     \
	"                     alleged, denied, projected, hypothetical,\n"     \
	"                     prescribed, negated)\n"                          \
	"  --polarity P       keep relations whose type has polarity P (+, -, 0)\n" \
	"  --since DATE       keep relations dated on or after DATE (YYYY[-MM[-DD]])\n" \
	"  --until DATE       keep relations dated on or before DATE\n"        \
	"  --min-weight W     keep relations of weight W or more\n"              \
	"  --all-modalities   keep negated relations too (by default they are\n" \
	"                     left out: the text says they do not hold)\n"   \
	"  --layer NAME       keep the relations of a named layer: cooperation\n" \
	"                     (positive types), conflict (negative types), arms\n" \
	"                     (arms_transfer, military_cooperation); adds to --type\n" \
	"Actor selection (after the filters above; the command then works on\n" \
	"the selected actors as a network of their own):\n"                  \
	"  --focus ACTOR      the ego network of ACTOR (id, label or alias, any\n" \
	"                     case): actors within --depth steps of it\n"     \
	"  --depth N          steps from the --focus actor (default 1)\n"     \
	"  --top N            the N actors ranked best by --top-by, computed on\n" \
	"                     the filtered network (a slide stays readable up\n" \
	"                     to about 40)\n"                                   \
	"  --top-by METRIC    metric for --top (default pagerank)\n"

typedef struct {
	const char *cmd; /* the command ("draw"), for usage messages */
	const char **inputs;
	size_t n_inputs;
	const char **actors;
	size_t n_actors;
	const char **types;
	size_t n_types;
	const char **lexicons; /* for document inputs */
	size_t n_lexicons;
	bool quiet;
	/* view options, applied once the graph (and its types) exist */
	const char **view_types;
	size_t n_view_types;
	const char **view_modalities;
	size_t n_view_modalities;
	const char **view_polarities;
	size_t n_view_polarities;
	const char *since;
	const char *until;
	double min_weight;
	bool all_modalities;
	bool has_view;
	const char **view_layers;
	size_t n_view_layers;
	/* actor selection, applied by cli_load */
	const char *focus;
	unsigned depth;       /* default 1 */
	bool depth_set;
	size_t top;           /* 0: none */
	bool top_set;
	erg_metric top_by;    /* default pagerank */
	bool top_by_set;
	unsigned jobs;        /* for --top's metrics; 0 = the number of CPUs */
} cli_input;

/* After option parsing: requires at least one input in argv[optind..]
 * and, when `need_output` names what -o gives ("OUT", "DIR"), an output;
 * then takes the inputs. Returns CLI_EXIT_OK or, after printing, an exit
 * code. */
int cli_take_inputs(cli_input *in, const char *cmd, int argc, char **argv,
		    const char *output, const char *need_output);

/* Reads the type tables, actor tables and inputs into a new graph.
 * With --focus or --top the graph returned is the selection only (the
 * kept actors and the relations of the view between them, see
 * erg_view_subgraph), so that every command draws, analyses or writes
 * just those actors; --top ranks them by metrics computed on the view.
 * Returns an exit code; on failure prints one message. */
int cli_load(cli_input *in, erg_graph **out);

/* Builds the view from the view options (after cli_load): relation
 * filters and layers (the actor selection is applied by cli_load).
 * Returns an exit code. `*out` is NULL when no view option was given. */
int cli_view(const cli_input *in, const erg_graph *g, erg_view *storage,
	     const erg_view **out);

/* Fails (prints, returns CLI_EXIT_ERROR) when `output` is one of the
 * inputs (same file), so that no command ever writes over its input. */
int cli_check_output(const cli_input *in, const char *output);

/* The prelude every command shares: its input, view and common options,
 * the network it loads and the view of it. A command inits one, hands
 * the options its own switch does not take to cli_cmd_option, then calls
 * cli_cmd_inputs and cli_cmd_load (or the steps they are made of), and
 * frees it at the end:
 *
 *	cli_cmd cc;
 *	cli_cmd_init(&cc, "layers", help, argv);
 *	while ((c = getopt_long(argc, argv, ":b:f:o:l:qhj:", longopts,
 *				NULL)) != -1) {
 *		switch (c) {
 *		case OPT_MINE: ...; break;
 *		default:
 *			if (cli_cmd_option(&cc, c, optarg, &rc))
 *				goto done;
 *		}
 *	}
 *	if ((rc = cli_cmd_inputs(&cc, argc, argv, NULL)) ||
 *	    (rc = cli_cmd_load(&cc)))
 *		goto done;
 *	... cc.g, cc.view, cc.analyze, cc.output ...
 * done:
 *	cli_cmd_free(&cc);
 */
typedef struct {
	const char *name;         /* the command ("layers"), for messages */
	void (*help)(void);       /* prints the command's --help */
	char **argv;              /* the command's arguments (messages) */
	cli_input in;             /* inputs, view and actor selection */
	const char *output;       /* -o; NULL unless the command sets a default */
	const char *output2;      /* a second file the command writes, or NULL */
	erg_table_format format;  /* -f (default csv) */
	erg_metric by;            /* -b (default pagerank) */
	erg_analyze_opts analyze; /* --seed, -j (default: the number of CPUs) */
	erg_graph *g;             /* after cli_cmd_load */
	erg_view vstore;
	const erg_view *view;     /* the view of g (see cli_view) */
	erg_error err;            /* for the command's own library calls */
} cli_cmd;

/* Sets the defaults and resets getopt (optind = 1, and opterr = 0:
 * cli_cmd_option says what is wrong with an option, naming it; the
 * command's optstring starts with ':' so that a missing value is told
 * from an unknown option). */
void cli_cmd_init(cli_cmd *cc, const char *name, void (*help)(void),
		  char **argv);
void cli_cmd_free(cli_cmd *cc);

/* Takes an option the command's own switch did not: the input and view
 * options, -o, -f, -b, --seed, -j, and -h (prints the help). Returns false
 * to go on parsing, true when the command ends with exit code *rc: 0
 * after --help, CLI_EXIT_USAGE (after a message) on a bad argument, an
 * unknown option ("invalid option '--x'") or a missing value ("option
 * '-o' needs a value"). */
bool cli_cmd_option(cli_cmd *cc, int opt, const char *arg, int *rc);

/* cli_take_inputs with cc->output, then cli_cmd_check_outputs. */
int cli_cmd_inputs(cli_cmd *cc, int argc, char **argv,
		   const char *need_output);
/* cli_check_output for cc->output and cc->output2 (those set). */
int cli_cmd_check_outputs(const cli_cmd *cc);
/* Loads cc->g (cli_load, --top's metrics with cc->analyze.jobs processes)
 * and builds cc->view (cli_view). Returns an exit code. */
int cli_cmd_load(cli_cmd *cc);
/* After a failed library call: clears the progress line, prints cc->err
 * and returns CLI_EXIT_ERROR. */
int cli_cmd_fail(cli_cmd *cc);

/* The default type table with the --types tables over it, and an empty
 * graph of those types (what cli_load reads into). Returns an exit code;
 * prints on failure. */
int cli_new_graph(const cli_input *in, erg_graph **out);
/* The default lexicon with the --lexicon layers over it, warnings going
 * to `opts`'s printer. */
erg_status cli_lexicon(const cli_input *in, const erg_read_opts *opts,
		       erg_lexicon **out, erg_error *err);

/* erg_text_ingest_file, then the new relations of the document named by
 * its file name rather than the path given (the path when another input
 * has the same file name): footnotes and reports name the document, not
 * where the command line found it. */
erg_status cli_ingest_document(const cli_input *in, erg_graph *g,
			       const erg_lexicon *lx, const char *path,
			       const erg_text_opts *opts, erg_error *err);

/* Diagnostics on stderr: "ergraph: <msg>". */
void cli_error(const erg_error *err);
void cli_errorf(const char *fmt, ...)
#if defined(__GNUC__)
	__attribute__((format(printf, 1, 2)))
#endif
	;
/* "ergraph CMD: <msg>\nTry 'ergraph CMD --help'." and CLI_EXIT_USAGE. */
int cli_usage_error(const char *cmd, const char *fmt, ...)
#if defined(__GNUC__)
	__attribute__((format(printf, 2, 3)))
#endif
	;

/* Runs erg_analyze with progress on stderr and a warning for each metric
 * that could not be computed. Returns an exit code; prints on failure. */
int cli_analyze(const cli_input *in, const erg_graph *g, const erg_view *view,
		const erg_analyze_opts *opts, erg_metrics **out);

/* Read options wired to the CLI's warning and progress printers. */
void cli_read_opts(const cli_input *in, erg_read_opts *opts);
/* Progress on stderr when it is a terminal and not quiet. */
void cli_progress(bool quiet, const char *what);

int cmd_analyze(int argc, char **argv);
int cmd_draw(int argc, char **argv);
int cmd_convert(int argc, char **argv);
int cmd_run(int argc, char **argv);
int cmd_ingest(int argc, char **argv);
int cmd_lexicon(int argc, char **argv);
int cmd_timeline(int argc, char **argv);
int cmd_layers(int argc, char **argv);
int cmd_diff(int argc, char **argv);
int cmd_slides(int argc, char **argv);
int cmd_report(int argc, char **argv);

#endif
