/*
 * tsv_table.h - a tiny reader of the TSV files of expected values under
 * tests/data (header row, then rows of tab-separated cells), shared by the
 * metric tests. Include after cmocka's headers, <string.h> and helpers.h.
 */
#ifndef ERG_TEST_TSV_TABLE_H
#define ERG_TEST_TSV_TABLE_H

#define MAX_COLS 32
#define MAX_ROWS 128

typedef struct {
	char *text;
	char *cols[MAX_COLS];
	size_t n_cols;
	char *cells[MAX_ROWS][MAX_COLS];
	size_t n_rows;
} table;

static __attribute__((unused)) void table_load(table *t, const char *name)
{
	char *p, *line;
	memset(t, 0, sizeof(*t));
	t->text = th_slurp(th_data(name), NULL);
	assert_non_null(t->text);
	p = t->text;
	while ((line = strsep(&p, "\n")) != NULL) {
		char *f;
		size_t n = 0;
		if (!*line || *line == '#')
			continue;
		char **dst = t->n_cols ? t->cells[t->n_rows] : t->cols;
		while ((f = strsep(&line, "\t")) != NULL) {
			assert_true(n < MAX_COLS);
			dst[n++] = f;
		}
		if (!t->n_cols) {
			t->n_cols = n;
		} else {
			assert_int_equal(n, t->n_cols);
			assert_true(++t->n_rows < MAX_ROWS);
		}
	}
}

static __attribute__((unused)) const char *table_get(const table *t, size_t row,
						     const char *col)
{
	for (size_t i = 0; i < t->n_cols; i++)
		if (strcmp(t->cols[i], col) == 0)
			return t->cells[row][i];
	fail_msg("no column %s", col);
	return NULL;
}

#endif
