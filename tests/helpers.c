/* helpers.c - see helpers.h. */
#include "helpers.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static const char *env_or(const char *name, const char *fallback)
{
	const char *v = getenv(name);
	return v && *v ? v : fallback;
}

const char *th_data(const char *name)
{
	static char buf[4096];
	snprintf(buf, sizeof(buf), "%s/%s",
		 env_or("ERGRAPH_TEST_DATA", "tests/data"), name);
	return buf;
}

const char *th_shared(const char *name)
{
	static char buf[4096];
	snprintf(buf, sizeof(buf), "%s/%s",
		 env_or("ERGRAPH_SHARED", "../shared"), name);
	return buf;
}

const char *th_tmpdir(void)
{
	static char buf[4096];
	if (!buf[0]) {
		snprintf(buf, sizeof(buf), "%s/ergraph-test-XXXXXX",
			 env_or("TMPDIR", "/tmp"));
		if (!mkdtemp(buf)) {
			perror("mkdtemp");
			abort();
		}
	}
	return buf;
}

char *th_slurp(const char *path, size_t *len)
{
	FILE *fp = fopen(path, "rb");
	char *buf = NULL;
	size_t n = 0, cap = 0;
	if (!fp)
		return NULL;
	for (;;) {
		size_t r;
		if (n + 4097 > cap) {
			char *p;
			cap = cap ? cap * 2 : 8192;
			p = realloc(buf, cap);
			if (!p) {
				free(buf);
				fclose(fp);
				return NULL;
			}
			buf = p;
		}
		r = fread(buf + n, 1, cap - n - 1, fp);
		n += r;
		if (r == 0)
			break;
	}
	fclose(fp);
	if (!buf && !(buf = malloc(1)))
		return NULL;
	buf[n] = '\0';
	if (len)
		*len = n;
	return buf;
}

int th_write(const char *path, const char *text)
{
	FILE *fp = fopen(path, "wb");
	if (!fp)
		return -1;
	fputs(text, fp);
	return fclose(fp);
}

int th_exists(const char *path)
{
	struct stat st;
	return stat(path, &st) == 0;
}
