/*
 * slurp.h - the benchmark tools' whole-file reader (scan.c, matches.c):
 * one translation unit each, compiled on their own by run.sh or by hand.
 */
#ifndef BENCH_INGEST_SLURP_H
#define BENCH_INGEST_SLURP_H

#include <stdio.h>
#include <stdlib.h>

/* The file at `path`, NUL-terminated, its length in *len; on failure a
 * message naming `prog` and exit(1). */
static char *slurp(const char *prog, const char *path, size_t *len)
{
	FILE *fp = fopen(path, "rb");
	char *d;
	long n;
	if (!fp || fseek(fp, 0, SEEK_END) || (n = ftell(fp)) < 0 ||
	    fseek(fp, 0, SEEK_SET) || !(d = malloc((size_t)n + 1)) ||
	    fread(d, 1, (size_t)n, fp) != (size_t)n) {
		fprintf(stderr, "%s: cannot read %s\n", prog, path);
		exit(1);
	}
	fclose(fp);
	d[n] = '\0';
	*len = (size_t)n;
	return d;
}

#endif
