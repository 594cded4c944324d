/* test_atomic.c - atomic output files. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ergraph.h"
#include "helpers.h"

/* Number of entries in `dir` whose name starts with `prefix`. */
static int count_prefixed(const char *dir, const char *prefix)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	int n = 0;
	assert_non_null(d);
	while ((e = readdir(d)))
		if (strncmp(e->d_name, prefix, strlen(prefix)) == 0)
			n++;
	closedir(d);
	return n;
}

static void test_atomic__commit_writes_and_renames(void **state)
{
	char path[4096];
	erg_atomic *a;
	FILE *fp;
	erg_error err;
	char *text;
	struct stat st;
	mode_t um;

	snprintf(path, sizeof(path), "%s/out.txt", th_tmpdir());
	unlink(path);
	assert_int_equal(erg_atomic_open(&a, path, &fp, &err), ERG_OK);
	assert_non_null(fp);
	fputs("hello\n", fp);
	/* nothing visible under the target name before commit */
	assert_false(th_exists(path));
	assert_int_equal(count_prefixed(th_tmpdir(), ".out.txt."), 1);
	assert_int_equal(erg_atomic_commit(a, &err), ERG_OK);
	text = th_slurp(path, NULL);
	assert_non_null(text);
	assert_string_equal(text, "hello\n");
	free(text);
	assert_int_equal(count_prefixed(th_tmpdir(), ".out.txt."), 0);

	/* permissions of a normally created file */
	um = umask(022);
	umask(um);
	assert_int_equal(stat(path, &st), 0);
	assert_int_equal(st.st_mode & 0777, 0666 & ~um);
}

static void test_atomic__replace_keeps_mode(void **state)
{
	char path[4096];
	erg_atomic *a;
	FILE *fp;
	erg_error err;
	char *text;
	struct stat st;

	snprintf(path, sizeof(path), "%s/keep.txt", th_tmpdir());
	assert_int_equal(th_write(path, "old contents\n"), 0);
	assert_int_equal(chmod(path, 0640), 0);
	assert_int_equal(erg_atomic_open(&a, path, &fp, &err), ERG_OK);
	fputs("new", fp);
	/* the old file is untouched until commit */
	text = th_slurp(path, NULL);
	assert_string_equal(text, "old contents\n");
	free(text);
	assert_int_equal(erg_atomic_commit(a, &err), ERG_OK);
	text = th_slurp(path, NULL);
	assert_string_equal(text, "new");
	free(text);
	assert_int_equal(stat(path, &st), 0);
	assert_int_equal(st.st_mode & 0777, 0640);
}

static void test_atomic__abort_leaves_nothing(void **state)
{
	char path[4096];
	erg_atomic *a;
	FILE *fp;
	erg_error err;
	char *text;

	snprintf(path, sizeof(path), "%s/aborted.txt", th_tmpdir());
	unlink(path);
	assert_int_equal(erg_atomic_open(&a, path, &fp, &err), ERG_OK);
	fputs("partial", fp);
	erg_atomic_abort(a);
	assert_false(th_exists(path));
	assert_int_equal(count_prefixed(th_tmpdir(), ".aborted.txt."), 0);

	/* aborting over an existing file keeps it */
	assert_int_equal(th_write(path, "keep"), 0);
	assert_int_equal(erg_atomic_open(&a, path, &fp, &err), ERG_OK);
	fputs("partial", fp);
	erg_atomic_abort(a);
	text = th_slurp(path, NULL);
	assert_string_equal(text, "keep");
	free(text);
	assert_int_equal(count_prefixed(th_tmpdir(), ".aborted.txt."), 0);

	erg_atomic_abort(NULL);
}

static void test_atomic__missing_directory(void **state)
{
	char path[4096];
	erg_atomic *a = (erg_atomic *)&a;
	FILE *fp = stdin;
	erg_error err;

	snprintf(path, sizeof(path), "%s/no/such/dir/out.txt", th_tmpdir());
	assert_int_equal(erg_atomic_open(&a, path, &fp, &err), ERG_EIO);
	assert_null(a);
	assert_null(fp);
	assert_int_equal(err.code, ERG_EIO);
	assert_non_null(strstr(err.message, "cannot create"));
	assert_non_null(strstr(err.message, path));
	assert_non_null(strstr(err.message, "No such file or directory"));

	/* a folder as target */
	assert_int_equal(erg_atomic_open(&a, th_tmpdir(), &fp, &err), ERG_EIO);
	assert_non_null(strstr(err.message, th_tmpdir()));
	assert_int_equal(erg_atomic_open(&a, "", &fp, &err), ERG_EINVAL);
}

static void test_atomic__disk_full(void **state)
{
	erg_atomic *a;
	FILE *fp;
	erg_error err;
	char block[8192];

	if (!th_exists("/dev/full"))
		skip();
	/* /dev/full is written directly (no folder beside it); every write
	 * fails with ENOSPC, which commit must report. */
	assert_int_equal(erg_atomic_open(&a, "/dev/full", &fp, &err), ERG_OK);
	memset(block, 'x', sizeof(block));
	fwrite(block, 1, sizeof(block), fp);
	assert_int_equal(erg_atomic_commit(a, &err), ERG_EIO);
	assert_non_null(strstr(err.message, "/dev/full"));
	assert_non_null(strstr(err.message, "No space left on device"));
}

static void test_atomic__dev_null_and_stdout(void **state)
{
	erg_atomic *a;
	FILE *fp;
	erg_error err;

	assert_int_equal(erg_atomic_open(&a, "/dev/null", &fp, &err), ERG_OK);
	fputs("discarded", fp);
	assert_int_equal(erg_atomic_commit(a, &err), ERG_OK);
	assert_true(th_exists("/dev/null"));

	assert_int_equal(erg_atomic_open(&a, "-", &fp, &err), ERG_OK);
	assert_ptr_equal(fp, stdout);
	assert_int_equal(erg_atomic_commit(a, &err), ERG_OK);
	/* stdout stays open */
	assert_int_equal(fflush(stdout), 0);
	assert_int_equal(erg_atomic_open(&a, "-", &fp, &err), ERG_OK);
	erg_atomic_abort(a);
}

static void test_atomic__relative_path(void **state)
{
	char cwd[4096];
	erg_atomic *a;
	FILE *fp;
	erg_error err;
	char *text;

	assert_non_null(getcwd(cwd, sizeof(cwd)));
	assert_int_equal(chdir(th_tmpdir()), 0);
	assert_int_equal(erg_atomic_open(&a, "rel.txt", &fp, &err), ERG_OK);
	fputs("rel", fp);
	assert_int_equal(count_prefixed(".", ".rel.txt."), 1);
	assert_int_equal(erg_atomic_commit(a, &err), ERG_OK);
	text = th_slurp("rel.txt", NULL);
	assert_string_equal(text, "rel");
	free(text);
	assert_int_equal(chdir(cwd), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_atomic__commit_writes_and_renames),
	    cmocka_unit_test(test_atomic__replace_keeps_mode),
	    cmocka_unit_test(test_atomic__abort_leaves_nothing),
	    cmocka_unit_test(test_atomic__missing_directory),
	    cmocka_unit_test(test_atomic__disk_full),
	    cmocka_unit_test(test_atomic__dev_null_and_stdout),
	    cmocka_unit_test(test_atomic__relative_path),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
