/* test_table_read.c - relation and actor tables (CSV/TSV) into the model. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "ergraph.h"
#include "helpers.h"

static erg_graph *new_graph(void)
{
	erg_graph *g;
	erg_error err;
	assert_int_equal(erg_graph_new(&g, NULL, &err), ERG_OK);
	return g;
}

/* Reads `text` as a relation table into a fresh graph; returns the status
 * and leaves the graph in *out (or frees it when out is NULL). */
static erg_status read_text(const char *text, char delim, erg_error *err,
			    erg_graph **out)
{
	erg_graph *g = new_graph();
	erg_status st;
	erg_error_clear(err);
	st = erg_table_read_memory(g, text, strlen(text), delim, "t.csv", NULL,
				   err);
	if (out)
		*out = g;
	else
		erg_graph_free(g);
	return st;
}

static const char *actor_id(const erg_graph *g, size_t i)
{
	return erg_graph_actor_c(g, i)->id;
}

static const char *type_name(const erg_graph *g, const erg_relation *r)
{
	return erg_types_get(erg_graph_types(g), r->type)->name;
}

static void test_table_read__csv_fixture(void **state)
{
	erg_graph *g = new_graph();
	erg_error err;
	const erg_relation *r;
	size_t i;
	uint32_t k;

	assert_int_equal(erg_table_read_file(g, th_data("tables/relations.csv"),
					     0, NULL, &err),
			 ERG_OK);
	assert_int_equal(erg_graph_relation_count(g), 4);
	assert_int_equal(erg_graph_actor_count(g), 6);
	assert_int_equal(erg_graph_find_actor(g, "Türkiye", &i), 0);

	r = erg_graph_relation_c(g, 0);
	assert_string_equal(actor_id(g, r->source), "USA");
	assert_string_equal(actor_id(g, r->target), "Türkiye");
	assert_string_equal(type_name(g, r), "sanctions");
	assert_string_equal(r->date, "2020-12-14");
	assert_int_equal(r->modality, ERG_MOD_REPORTED);
	assert_true(r->weight == 2.0);
	assert_string_equal(r->evidence, "The US imposed sanctions on Türkiye, "
					 "citing the S-400 purchase.");
	assert_string_equal(r->doc, "news1.txt");
	assert_int_equal(r->offset, 120);
	assert_string_equal(r->id, "e1");
	assert_int_equal(
	    erg_graph_find_key(g, ERG_DOMAIN_EDGE, "source_url", &k), 0);
	assert_int_equal(erg_graph_key(g, k)->type, ERG_ATTR_STRING);
	assert_string_equal(erg_attrs_get(&r->attrs, k)->s,
			    "https://example.org/a");

	r = erg_graph_relation_c(g, 1);
	assert_string_equal(type_name(g, r), "arms_transfer");
	assert_string_equal(r->date, "2019-07");
	assert_string_equal(r->evidence,
			    "Officials said \"deliveries began\" in July.");
	assert_true(r->weight == 1.0);
	assert_int_equal(r->offset, -1);
	assert_null(erg_attrs_get(&r->attrs, k)); /* empty cell: unset */

	r = erg_graph_relation_c(g, 2);
	assert_string_equal(actor_id(g, r->source), "Hezbollah");
	assert_int_equal(r->modality, ERG_MOD_ALLEGED);
	assert_true(r->weight == 0.5);
	assert_string_equal(r->evidence, "Line one\nline two, with comma");
	assert_int_equal(r->offset, 0);
	assert_null(r->id);
	assert_null(r->date);
	assert_string_equal(erg_attrs_get(&r->attrs, k)->s,
			    "https://example.org/b?x=1,2");

	r = erg_graph_relation_c(g, 3);
	assert_string_equal(type_name(g, r), "related"); /* empty type */
	assert_null(r->evidence);
	assert_null(r->doc);
	erg_graph_free(g);
}

static void test_table_read__tsv_fixture(void **state)
{
	erg_graph *g = new_graph();
	erg_error err;
	const erg_relation *r;
	uint32_t k;

	assert_int_equal(erg_table_read_file(g, th_data("tables/relations.tsv"),
					     0, NULL, &err),
			 ERG_OK);
	assert_int_equal(erg_graph_relation_count(g), 2);
	r = erg_graph_relation_c(g, 0);
	assert_string_equal(type_name(g, r), "alliance");
	assert_string_equal(r->date, "1951");
	assert_string_equal(r->evidence, "security\ttreaty");
	r = erg_graph_relation_c(g, 1);
	assert_string_equal(type_name(g, r), "criticism"); /* any case */
	assert_null(r->date);
	assert_int_equal(erg_graph_find_key(g, ERG_DOMAIN_EDGE, "region", &k),
			 0);
	assert_string_equal(erg_attrs_get(&r->attrs, k)->s, "Asia");
	erg_graph_free(g);
}

static void test_table_read__bom_crlf_and_header_case(void **state)
{
	erg_graph *g;
	erg_error err;
	const erg_relation *r;
	const char text[] = "\xEF\xBB\xBF Source ,TARGET,Type,Evidence\r\n"
			    "A,B,support,\"two\r\nlines\"\r\n\r\n"
			    "C,D,conflict,x\r\n";

	assert_int_equal(read_text(text, ',', &err, &g), ERG_OK);
	assert_int_equal(erg_graph_relation_count(g), 2);
	assert_int_equal(erg_graph_find_actor(g, "A", NULL), 0);
	assert_int_equal(erg_graph_find_actor(g, "D", NULL), 0);
	r = erg_graph_relation_c(g, 0);
	assert_string_equal(r->evidence, "two\r\nlines");
	r = erg_graph_relation_c(g, 1);
	assert_string_equal(r->evidence, "x"); /* no stray \r */
	erg_graph_free(g);
}

static void test_table_read__delimiter_sniffed(void **state)
{
	erg_graph *g;
	erg_error err;
	assert_int_equal(
	    read_text("source\ttarget\ttype\nA,1\tB\tsupport\n", 0, &err, &g),
	    ERG_OK);
	assert_int_equal(erg_graph_find_actor(g, "A,1", NULL), 0);
	erg_graph_free(g);
	assert_int_equal(
	    read_text("source,target,type\nA\t1,B,support\n", 0, &err, &g),
	    ERG_OK);
	assert_int_equal(erg_graph_find_actor(g, "A\t1", NULL), 0);
	erg_graph_free(g);
}

static void test_table_read__missing_required_column(void **state)
{
	erg_error err;
	assert_int_equal(
	    read_text("source,target,date\nA,B,2020\n", ',', &err, NULL),
	    ERG_EPARSE);
	assert_string_equal(err.file, "t.csv");
	assert_int_equal(err.line, 1);
	assert_non_null(strstr(err.message, "missing required column 'type'"));
	assert_non_null(strstr(err.message, "source, target, date"));

	assert_int_equal(
	    read_text("\n\nfrom,to,type\nA,B,x\n", ',', &err, NULL),
	    ERG_EPARSE);
	assert_int_equal(err.line, 3);
	assert_non_null(
	    strstr(err.message, "missing required column 'source'"));
}

static void test_table_read__row_width_line_numbers(void **state)
{
	erg_error err;
	/* the quoted field spans lines 3-4, so the short row is line 6 */
	const char few[] = "source,target,type,evidence\n"
			   "A,B,support,x\n"
			   "A,B,support,\"multi\n"
			   "line\"\n"
			   "\n"
			   "C,D\n";
	const char many[] = "source,target,type\nA,B,support\nA,B,support,x\n";

	assert_int_equal(read_text(few, ',', &err, NULL), ERG_EPARSE);
	assert_int_equal(err.line, 6);
	assert_string_equal(err.message, "row has 2 fields, header has 4");
	assert_int_equal(read_text(many, ',', &err, NULL), ERG_EPARSE);
	assert_int_equal(err.line, 3);
	assert_string_equal(err.message, "row has 4 fields, header has 3");
}

static void test_table_read__unknown_type(void **state)
{
	erg_error err;
	assert_int_equal(read_text("source,target,type\nA,B,support\n"
				   "A,B,friendship\n",
				   ',', &err, NULL),
			 ERG_EINVAL);
	assert_int_equal(err.line, 3);
	assert_int_equal(err.column, 3);
	assert_non_null(
	    strstr(err.message, "unknown relation type 'friendship'"));
	assert_non_null(strstr(err.message, "cooperation"));
	assert_non_null(strstr(err.message, "--types FILE"));
}

static void test_table_read__custom_type(void **state)
{
	erg_graph *g = new_graph();
	erg_error err;
	const char types[] = "visit\t+\tyes\t#123456\t\n";
	const char text[] = "source,target,type\nA,B,visit\n";
	assert_int_equal(erg_types_parse(erg_graph_types_mut(g), types,
					 strlen(types), "types.tsv", &err),
			 ERG_OK);
	assert_int_equal(erg_table_read_memory(g, text, strlen(text), ',',
					       "t.csv", NULL, &err),
			 ERG_OK);
	assert_string_equal(type_name(g, erg_graph_relation_c(g, 0)), "visit");
	erg_graph_free(g);
}

static void test_table_read__bad_values(void **state)
{
	erg_error err;
	assert_int_equal(read_text("source,target,type,modality\n"
				   "A,B,support,rumoured\n",
				   ',', &err, NULL),
			 ERG_EINVAL);
	assert_int_equal(err.line, 2);
	assert_int_equal(err.column, 4);
	assert_non_null(strstr(err.message, "unknown modality 'rumoured'"));
	assert_non_null(strstr(err.message, "alleged"));
	assert_non_null(strstr(err.message, "negated"));

	assert_int_equal(read_text("source,target,type,date\n"
				   "A,B,support,2020-13-01\n",
				   ',', &err, NULL),
			 ERG_EINVAL);
	assert_int_equal(err.line, 2);
	assert_int_equal(err.column, 4);
	assert_non_null(strstr(err.message, "invalid date '2020-13-01'"));
	assert_int_equal(read_text("source,target,type,date\nA,B,support,"
				   "12/03/2020\n",
				   ',', &err, NULL),
			 ERG_EINVAL);

	const char *bad_weights[] = {"abc", "-1", "inf", "nan", "1e999", "2x"};
	for (size_t i = 0; i < sizeof(bad_weights) / sizeof(*bad_weights);
	     i++) {
		char text[128];
		snprintf(text, sizeof(text),
			 "source,target,type,weight\nA,B,support,%s\n",
			 bad_weights[i]);
		assert_int_equal(read_text(text, ',', &err, NULL), ERG_EINVAL);
		assert_int_equal(err.line, 2);
		assert_int_equal(err.column, 4);
		assert_non_null(strstr(err.message, "invalid weight"));
	}
	erg_graph *g;
	assert_int_equal(read_text("source,target,type,weight\nA,B,support,0\n"
				   "A,B,support, 1.5e2 \n",
				   ',', &err, &g),
			 ERG_OK);
	assert_true(erg_graph_relation_c(g, 0)->weight == 0.0);
	assert_true(erg_graph_relation_c(g, 1)->weight == 150.0);
	erg_graph_free(g);

	assert_int_equal(read_text("source,target,type,offset\nA,B,support,"
				   "12.5\n",
				   ',', &err, NULL),
			 ERG_EINVAL);
	assert_non_null(strstr(err.message, "invalid offset"));
	assert_int_equal(
	    read_text("source,target,type\n,B,support\n", ',', &err, NULL),
	    ERG_EINVAL);
	assert_int_equal(err.line, 2);
	assert_non_null(strstr(err.message, "empty source"));
	assert_int_equal(
	    read_text("source,target,type\nA,  ,support\n", ',', &err, NULL),
	    ERG_EINVAL);
	assert_non_null(strstr(err.message, "empty target"));
}

static void test_table_read__invalid_utf8_and_binary(void **state)
{
	erg_error err;
	erg_graph *g = new_graph();
	const char bad[] = "source,target,type\nA,B,support\nA,\xC3\x28x,"
			   "support\n";
	const char junk[] = "source,target,type\nA,B,\0\x01\x02";

	assert_int_equal(read_text(bad, ',', &err, NULL), ERG_EPARSE);
	assert_int_equal(err.line, 3);
	assert_int_equal(err.column, 3);
	assert_non_null(strstr(err.message, "UTF-8"));

	assert_int_equal(erg_table_read_memory(g, junk, sizeof(junk) - 1, ',',
					       "junk.bin", NULL, &err),
			 ERG_EPARSE);
	assert_int_equal(err.line, 2);
	assert_non_null(strstr(err.message, "binary"));
	erg_graph_free(g);
}

static void test_table_read__empty_and_header_only(void **state)
{
	erg_error err;
	erg_graph *g;
	assert_int_equal(read_text("", ',', &err, NULL), ERG_EPARSE);
	assert_non_null(strstr(err.message, "empty file"));
	assert_int_equal(read_text("\xEF\xBB\xBF\n  \r\n\n", 0, &err, NULL),
			 ERG_EPARSE);
	assert_non_null(strstr(err.message, "empty file"));
	assert_int_equal(read_text("source,target,type\n", ',', &err, &g),
			 ERG_OK);
	assert_int_equal(erg_graph_relation_count(g), 0);
	erg_graph_free(g);
	/* rows of empty cells are blank rows */
	assert_int_equal(
	    read_text("source,target,type\n,,\nA,B,\n,,\n", ',', &err, &g),
	    ERG_OK);
	assert_int_equal(erg_graph_relation_count(g), 1);
	erg_graph_free(g);
}

static void test_table_read__quoting_errors(void **state)
{
	erg_error err;
	assert_int_equal(read_text("source,target,type\nA,B,support\n"
				   "A,B \"x\",support\n",
				   ',', &err, NULL),
			 ERG_EPARSE);
	assert_int_equal(err.line, 3);
	assert_non_null(strstr(err.message, "quot"));
	assert_int_equal(read_text("source,target,type\nA,B,support\n"
				   "A,\"B\nC,support\n",
				   ',', &err, NULL),
			 ERG_EPARSE);
	assert_int_equal(err.line, 3);
	assert_non_null(strstr(err.message, "unterminated"));
}

static void test_table_read__duplicate_and_unnamed_columns(void **state)
{
	erg_error err;
	erg_graph *g;
	assert_int_equal(read_text("source,target,type,Source\nA,B,support,C\n",
				   ',', &err, NULL),
			 ERG_EPARSE);
	assert_int_equal(err.line, 1);
	assert_non_null(strstr(err.message, "duplicate column"));
	/* pandas writes an unnamed index column first: ignored */
	assert_int_equal(
	    read_text(",source,target,type\n0,A,B,support\n", ',', &err, &g),
	    ERG_OK);
	assert_int_equal(erg_graph_relation_count(g), 1);
	assert_string_equal(actor_id(g, 0), "A");
	assert_int_equal(erg_graph_key_count(g), 0);
	erg_graph_free(g);
}

static void test_table_read__typed_existing_key(void **state)
{
	erg_graph *g = new_graph();
	erg_error err;
	uint32_t k;
	const char ok[] = "source,target,type,score\nA,B,support,2.5\n"
			  "A,B,support,\n";
	const char bad[] = "source,target,type,score\nA,B,support,high\n";

	assert_int_equal(erg_graph_define_key(g, ERG_DOMAIN_EDGE, "score",
					      ERG_ATTR_DOUBLE, false, &k, &err),
			 ERG_OK);
	assert_int_equal(
	    erg_table_read_memory(g, ok, strlen(ok), ',', "t.csv", NULL, &err),
	    ERG_OK);
	assert_true(erg_attrs_get(&erg_graph_relation_c(g, 0)->attrs, k)->d ==
		    2.5);
	assert_null(erg_attrs_get(&erg_graph_relation_c(g, 1)->attrs, k));
	assert_int_equal(erg_table_read_memory(g, bad, strlen(bad), ',',
					       "t.csv", NULL, &err),
			 ERG_EINVAL);
	assert_int_equal(err.line, 2);
	assert_int_equal(err.column, 4);
	assert_non_null(strstr(err.message, "score"));
	erg_graph_free(g);
}

static void test_table_read__directed_column(void **state)
{
	erg_error err;
	erg_graph *g;
	assert_int_equal(read_text("source,target,type,directed\n"
				   "A,B,cooperation,true\nA,B,support,no\n"
				   "A,B,support,\n",
				   ',', &err, &g),
			 ERG_OK);
	assert_true(erg_graph_relation_c(g, 0)->directed);
	assert_false(erg_graph_relation_c(g, 1)->directed);
	assert_true(erg_graph_relation_c(g, 2)->directed); /* from type */
	erg_graph_free(g);
	assert_int_equal(read_text("source,target,type,directed\n"
				   "A,B,support,maybe\n",
				   ',', &err, NULL),
			 ERG_EINVAL);
}

static void test_table_read__actors(void **state)
{
	erg_graph *g = new_graph();
	erg_error err;
	size_t i;
	const erg_actor *a;
	uint32_t k;

	assert_int_equal(
	    erg_actors_read_file(g, th_data("tables/actors.csv"), NULL, &err),
	    ERG_OK);
	assert_int_equal(erg_graph_actor_count(g), 4);
	assert_int_equal(erg_graph_find_actor(g, "Hezbollah", &i), 0);
	a = erg_graph_actor_c(g, i);
	assert_int_equal(a->kind, ERG_KIND_GROUP);
	assert_int_equal(a->n_aliases, 3);
	assert_string_equal(a->aliases[0], "Hizbullah");
	assert_string_equal(a->aliases[1], "Party of God");
	assert_string_equal(a->aliases[2], "Hizballah");
	/* refers to an actor defined later: kept as given */
	assert_string_equal(a->affiliation, "Axis");
	assert_int_equal(erg_graph_find_key(g, ERG_DOMAIN_NODE, "country", &k),
			 0);
	assert_string_equal(erg_attrs_get(&a->attrs, k)->s, "Lebanon");

	assert_int_equal(erg_graph_find_actor(g, "Nasrallah", &i), 0);
	a = erg_graph_actor_c(g, i);
	assert_string_equal(a->label, "Hassan Nasrallah");
	assert_int_equal(a->kind, ERG_KIND_PERSON);
	assert_string_equal(a->affiliation, "Hezbollah");

	assert_int_equal(erg_graph_find_actor(g, "Axis", &i), 0);
	a = erg_graph_actor_c(g, i);
	assert_int_equal(a->kind, ERG_KIND_ORGANIZATION);
	assert_int_equal(a->n_aliases, 0);
	assert_null(a->affiliation);
	assert_null(erg_attrs_get(&a->attrs, k));

	assert_int_equal(erg_graph_find_actor(g, "USA", &i), 0);
	assert_int_equal(erg_graph_actor_c(g, i)->kind, ERG_KIND_STATE);
	erg_graph_free(g);
}

static void test_table_read__actors_errors(void **state)
{
	erg_graph *g = new_graph();
	erg_error err;
	const char noid[] = "name,kind\nA,person\n";
	const char emptyid[] = "id,kind\nA,person\n ,state\n";

	assert_int_equal(
	    erg_actors_read_file(g, th_data("tables/actors_badkind.csv"), NULL,
				 &err),
	    ERG_EINVAL);
	assert_int_equal(err.line, 3);
	assert_int_equal(err.column, 3);
	assert_non_null(strstr(err.message, "unknown actor kind 'militia'"));
	assert_non_null(strstr(err.message, "person"));
	assert_non_null(strstr(err.file, "actors_badkind.csv"));

	assert_int_equal(erg_actors_read_memory(g, noid, strlen(noid), 0,
						"a.csv", NULL, &err),
			 ERG_EPARSE);
	assert_non_null(strstr(err.message, "missing required column 'id'"));
	assert_int_equal(erg_actors_read_memory(g, emptyid, strlen(emptyid), 0,
						"a.csv", NULL, &err),
			 ERG_EINVAL);
	assert_int_equal(err.line, 3);
	erg_graph_free(g);
}

static void test_table_read__merge_tables(void **state)
{
	erg_graph *g = new_graph();
	erg_error err;
	size_t i;
	const char more[] = "source,target,type\nHezbollah,Israel,conflict\n"
			    "USA,Israel,support\n";

	assert_int_equal(erg_table_read_file(g, th_data("tables/relations.csv"),
					     0, NULL, &err),
			 ERG_OK);
	assert_int_equal(
	    erg_actors_read_file(g, th_data("tables/actors.csv"), NULL, &err),
	    ERG_OK);
	/* USA, Hezbollah shared; Nasrallah and Axis added */
	assert_int_equal(erg_graph_actor_count(g), 8);
	assert_int_equal(erg_graph_find_actor(g, "USA", &i), 0);
	assert_string_equal(erg_graph_actor_c(g, i)->label, "United States");
	assert_int_equal(erg_table_read_memory(g, more, strlen(more), ',',
					       "more.csv", NULL, &err),
			 ERG_OK);
	assert_int_equal(erg_graph_actor_count(g), 9);
	assert_int_equal(erg_graph_relation_count(g), 6);
	assert_int_equal(erg_graph_relation_c(g, 5)->source, i);
	erg_graph_free(g);
}

static void test_table_read__foreign_event_tables(void **state)
{
	erg_graph *g = new_graph();
	erg_error err;

	assert_int_equal(
	    erg_table_read_file(
		g, th_shared("eventdata/icews_events.2018.sample.tab"), 0, NULL,
		&err),
	    ERG_EPARSE);
	assert_int_equal(err.line, 1);
	assert_non_null(
	    strstr(err.message, "missing required column 'source'"));
	assert_non_null(strstr(err.message, "Source Name"));
	assert_int_equal(erg_table_read_file(
			     g, th_shared("eventdata/gdelt2_events_sample.csv"),
			     0, NULL, &err),
			 ERG_EPARSE);
	assert_non_null(
	    strstr(err.message, "missing required column 'source'"));
	assert_non_null(strstr(err.message, "GLOBALEVENTID"));
	assert_int_equal(erg_graph_relation_count(g), 0);
	erg_graph_free(g);
}

static void count_warn(void *ud, const char *file, long line,
		       const char *message)
{
	(*(int *)ud)++;
	assert_string_equal(file, "w.csv");
	assert_int_equal(line, 1);
	assert_non_null(strstr(message, "no name"));
}

static void test_table_read__limits_and_warnings(void **state)
{
	erg_graph *g = new_graph();
	erg_error err;
	erg_read_opts opts;
	int warnings = 0;
	const char text[] = "source,target,type,\nA,B,support,\n";

	erg_read_opts_init(&opts);
	opts.max_input_bytes = 10;
	assert_int_equal(erg_table_read_memory(g, text, strlen(text), ',',
					       "w.csv", &opts, &err),
			 ERG_ELIMIT);
	opts.max_input_bytes = 0;
	opts.warn = count_warn;
	opts.warn_userdata = &warnings;
	assert_int_equal(erg_table_read_memory(g, text, strlen(text), ',',
					       "w.csv", &opts, &err),
			 ERG_OK);
	assert_int_equal(warnings, 1);
	erg_graph_free(g);
}

static void test_table_read__large_table_is_fast(void **state)
{
	const size_t rows = 100000;
	size_t cap = rows * 96 + 64, len = 0;
	char *text = malloc(cap);
	erg_graph *g = new_graph();
	erg_error err;
	clock_t t0;
	double secs;

	assert_non_null(text);
	len += (size_t)snprintf(text, cap,
				"source,target,type,date,weight,evidence\n");
	for (size_t i = 0; i < rows; i++)
		len += (size_t)snprintf(
		    text + len, cap - len,
		    "actor%zu,actor%zu,support,2021-05-0%zu,"
		    "%zu.5,\"row %zu, quoted\"\n",
		    i % 5000, (i * 7) % 5003, i % 9 + 1, i % 10, i);
	t0 = clock();
	assert_int_equal(
	    erg_table_read_memory(g, text, len, ',', "big.csv", NULL, &err),
	    ERG_OK);
	secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
	assert_int_equal(erg_graph_relation_count(g), rows);
	assert_int_equal(erg_graph_actor_count(g), 5003);
	assert_string_equal(erg_graph_relation_c(g, rows - 1)->evidence,
			    "row 99999, quoted");
	/* generous even under sanitizers; typically ~0.1 s */
	assert_true(secs < 3.0);
	free(text);
	erg_graph_free(g);
}

static void test_table_read__cr_only_line_ends(void **state)
{
	erg_error err;
	erg_graph *g;
	assert_int_equal(read_text("source,target,type\rA,B,support\r"
				   "C,\"x\ry\",support\r",
				   ',', &err, &g),
			 ERG_OK);
	assert_int_equal(erg_graph_relation_count(g), 2);
	assert_int_equal(erg_graph_find_actor(g, "x\ry", NULL), 0);
	erg_graph_free(g);
	assert_int_equal(read_text("source,target,type\rA,B,support\r"
				   "C,\"x\ry\",support\rC,D\r",
				   ',', &err, NULL),
			 ERG_EPARSE);
	assert_int_equal(err.line, 5);
}

static void test_table_read__actors_table_as_relations(void **state)
{
	erg_graph *g = new_graph();
	erg_error err;
	assert_int_equal(
	    erg_table_read_file(g, th_data("tables/actors.csv"), 0, NULL, &err),
	    ERG_EPARSE);
	assert_non_null(
	    strstr(err.message, "missing required column 'source'"));
	assert_non_null(strstr(err.message, "actors table"));
	erg_graph_free(g);
}

/* Deterministic mutations of a fixture: the readers must never crash, and
 * every failure must be a parse or value error with a message. */
static void test_table_read__mutations_fail_cleanly(void **state)
{
	size_t len;
	char *orig = th_slurp(th_data("tables/relations.csv"), &len);
	char *buf = malloc(len + 64);
	unsigned long long seed = 42;
	static const char pool[] = ",\"\n\r\t\0\xC3\xFF|x ";
	int ok = 0, failed = 0;

	assert_non_null(orig);
	assert_non_null(buf);
	for (int it = 0; it < 3000; it++) {
		size_t n = len;
		erg_graph *g = new_graph();
		erg_error err;
		erg_status st;

		memcpy(buf, orig, len);
		for (int m = 0; m < 1 + it % 4; m++) {
			size_t at;
			seed = seed * 6364136223846793005ULL +
			       1442695040888963407ULL;
			at = (size_t)(seed >> 33) % (n ? n : 1);
			switch ((seed >> 20) % 3) {
			case 0: /* replace a byte */
				buf[at] =
				    pool[(seed >> 8) % (sizeof(pool) - 1)];
				break;
			case 1: /* truncate */
				n = at;
				break;
			default: /* insert a byte */
				memmove(buf + at + 1, buf + at, n - at);
				buf[at] =
				    pool[(seed >> 8) % (sizeof(pool) - 1)];
				n++;
				break;
			}
		}
		st = (it % 2 ? erg_table_read_memory : erg_actors_read_memory)(
		    g, buf, n, it % 3 == 0 ? 0 : ',', "m.csv", NULL, &err);
		if (st == ERG_OK) {
			ok++;
		} else {
			failed++;
			assert_true(st == ERG_EPARSE || st == ERG_EINVAL);
			assert_true(err.message[0] != '\0');
			assert_string_equal(err.file, "m.csv");
		}
		erg_graph_free(g);
	}
	assert_true(ok > 0);
	assert_true(failed > 0);
	free(buf);
	free(orig);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_table_read__csv_fixture),
	    cmocka_unit_test(test_table_read__tsv_fixture),
	    cmocka_unit_test(test_table_read__bom_crlf_and_header_case),
	    cmocka_unit_test(test_table_read__delimiter_sniffed),
	    cmocka_unit_test(test_table_read__missing_required_column),
	    cmocka_unit_test(test_table_read__row_width_line_numbers),
	    cmocka_unit_test(test_table_read__unknown_type),
	    cmocka_unit_test(test_table_read__custom_type),
	    cmocka_unit_test(test_table_read__bad_values),
	    cmocka_unit_test(test_table_read__invalid_utf8_and_binary),
	    cmocka_unit_test(test_table_read__empty_and_header_only),
	    cmocka_unit_test(test_table_read__quoting_errors),
	    cmocka_unit_test(test_table_read__duplicate_and_unnamed_columns),
	    cmocka_unit_test(test_table_read__typed_existing_key),
	    cmocka_unit_test(test_table_read__directed_column),
	    cmocka_unit_test(test_table_read__actors),
	    cmocka_unit_test(test_table_read__actors_errors),
	    cmocka_unit_test(test_table_read__merge_tables),
	    cmocka_unit_test(test_table_read__foreign_event_tables),
	    cmocka_unit_test(test_table_read__limits_and_warnings),
	    cmocka_unit_test(test_table_read__large_table_is_fast),
	    cmocka_unit_test(test_table_read__cr_only_line_ends),
	    cmocka_unit_test(test_table_read__actors_table_as_relations),
	    cmocka_unit_test(test_table_read__mutations_fail_cleanly),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
