/* cmd_convert.c - `ergraph convert`: GraphML <-> CSV/TSV tables, -> DOT. */
#include <stdio.h>
#include <string.h>

#include "cli.h"

enum { OPT_TO = CLI_OPT__FIRST_PRIVATE, OPT_ACTORS_OUT };

static void help(void)
{
	printf("Usage: ergraph convert [OPTIONS] INPUT... -o OUT\n\n"
	       "Converts networks between GraphML and CSV/TSV relation tables, "
	       "or writes\nthem as Graphviz DOT. Several inputs are merged into "
	       "one network. The\noutput format comes from OUT's extension "
	       "(.graphml .csv .tsv .dot) or --to.\n\n"
	       "Options:\n"
	       "  -o, --output OUT      output file ('-': standard output, "
	       "needs --to)\n"
	       "  -t, --to FMT          graphml, csv, tsv or dot\n"
	       "  --actors-out FILE     with a CSV/TSV output, also write the "
	       "actors table\n"
	       "                        (id,label,kind,aliases,affiliation) to "
	       "FILE\n\n" CLI_INPUT_HELP);
}

static erg_format parse_to(const char *s)
{
	if (strcmp(s, "graphml") == 0)
		return ERG_FORMAT_GRAPHML;
	if (strcmp(s, "csv") == 0)
		return ERG_FORMAT_CSV;
	if (strcmp(s, "tsv") == 0)
		return ERG_FORMAT_TSV;
	if (strcmp(s, "dot") == 0 || strcmp(s, "gv") == 0)
		return ERG_FORMAT_DOT;
	return ERG_FORMAT_UNKNOWN;
}

typedef erg_status (*table_writer)(const erg_graph *, char, FILE *,
				   erg_error *);

static erg_status write_table(const erg_graph *g, table_writer fn, char delim,
			      const char *path, erg_error *err)
{
	erg_atomic *a = NULL;
	FILE *fp;
	erg_status st = erg_atomic_open(&a, path, &fp, err);
	if (st)
		return st;
	st = fn(g, delim, fp, err);
	if (st) {
		erg_atomic_abort(a);
		return st;
	}
	return erg_atomic_commit(a, err);
}

int cmd_convert(int argc, char **argv)
{
	static const struct option longopts[] = {
		CLI_OUTPUT_OPTION,
		{ "to", required_argument, NULL, 't' },
		{ "actors-out", required_argument, NULL, OPT_ACTORS_OUT },
		CLI_INPUT_OPTIONS,
		{ NULL, 0, NULL, 0 }
	};
	cli_cmd cc;
	erg_format fmt = ERG_FORMAT_UNKNOWN;
	const char *output;
	erg_status st = ERG_OK;
	int c, rc = CLI_EXIT_USAGE;

	cli_cmd_init(&cc, "convert", help, argv);
	while ((c = getopt_long(argc, argv, ":o:t:l:qh", longopts, NULL)) != -1) {
		switch (c) {
		case 't':
			fmt = parse_to(optarg);
			if (fmt == ERG_FORMAT_UNKNOWN) {
				rc = cli_usage_error("convert",
						     "unknown format '%s' "
						     "(graphml, csv, tsv, dot)",
						     optarg);
				goto done;
			}
			break;
		case OPT_ACTORS_OUT:
			cc.output2 = optarg;
			break;
		default:
			if (cli_cmd_option(&cc, c, optarg, &rc))
				goto done;
		}
	}
	output = cc.output;
	if ((rc = cli_take_inputs(&cc.in, "convert", argc, argv, output,
				  "OUT")))
		goto done;
	if (fmt == ERG_FORMAT_UNKNOWN) {
		fmt = erg_format_from_path(output);
		if (fmt != ERG_FORMAT_GRAPHML && fmt != ERG_FORMAT_CSV &&
		    fmt != ERG_FORMAT_TSV && fmt != ERG_FORMAT_DOT) {
			rc = cli_usage_error("convert",
					     "cannot tell the format of '%s': "
					     "use .graphml, .csv, .tsv or .dot, "
					     "or --to", output);
			goto done;
		}
	}
	if (cc.output2 && fmt != ERG_FORMAT_CSV && fmt != ERG_FORMAT_TSV) {
		rc = cli_usage_error("convert",
				     "--actors-out goes with a CSV or TSV "
				     "output");
		goto done;
	}
	if ((rc = cli_cmd_check_outputs(&cc)) || (rc = cli_cmd_load(&cc)))
		goto done;
	switch (fmt) {
	case ERG_FORMAT_GRAPHML:
		st = erg_graphml_write_file(cc.g, output, &cc.err);
		break;
	case ERG_FORMAT_CSV:
	case ERG_FORMAT_TSV: {
		char delim = fmt == ERG_FORMAT_TSV ? '\t' : ',';
		st = write_table(cc.g, erg_relations_write_fp, delim, output,
				 &cc.err);
		if (!st && cc.output2)
			st = write_table(cc.g, erg_actors_write_fp, delim,
					 cc.output2, &cc.err);
		break;
	}
	default: {
		erg_draw_opts dopts;
		erg_draw_opts_init(&dopts);
		st = erg_draw_file(cc.g, &dopts, ERG_FORMAT_DOT, output,
				   &cc.err);
		break;
	}
	}
	rc = st ? cli_cmd_fail(&cc) : CLI_EXIT_OK;
done:
	cli_cmd_free(&cc);
	return rc;
}
