/*
 * atomic.c - atomic output files (see ergraph/output.h).
 *
 * A target is written through a temporary file created with mkstemp in
 * the target's own folder ("<dir>/.<name>.XXXXXX"), so that the final
 * rename(2) never crosses a file system. On commit the stream is flushed,
 * fsync'ed and closed, every error (a full disk shows up here) is checked,
 * the file gets the permissions a plain fopen(3) would have given it (the
 * mode of the file it replaces, else 0666 minus the umask) and is renamed
 * over the target. Any failure removes the temporary file.
 *
 * Two targets are not renamed over: "-" is standard output (commit only
 * flushes it), and an existing non-regular file such as /dev/null or a
 * FIFO is opened and written directly, since there is no folder to put a
 * temporary file in beside it.
 */
#include "ergraph/output.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "util_internal.h"

typedef enum { MODE_TEMP, MODE_STDOUT, MODE_DIRECT } atomic_mode;

struct erg_atomic {
	FILE *fp;
	char *path; /* target */
	char *tmp;  /* temporary file (MODE_TEMP) */
	atomic_mode mode;
	mode_t perm; /* permissions for the committed file */
};

/* The process umask without changing it for other threads: Linux reports
 * it in /proc/self/status; elsewhere fall back to the umask() pair. */
static mode_t current_umask(void)
{
	FILE *f = fopen("/proc/self/status", "r");
	char line[256];
	mode_t m;

	if (f) {
		while (fgets(line, sizeof(line), f)) {
			unsigned int v;
			if (sscanf(line, "Umask: %o", &v) == 1) {
				fclose(f);
				return (mode_t)v;
			}
		}
		fclose(f);
	}
	m = umask(022);
	umask(m);
	return m;
}

static void atomic_free(erg_atomic *a)
{
	free(a->path);
	free(a->tmp);
	free(a);
}

erg_status erg_atomic_open(erg_atomic **out, const char *path, FILE **fp,
			   erg_error *err)
{
	erg_atomic *a = NULL;
	struct stat st;
	const char *slash, *base;
	int fd = -1;
	erg_status rc = ERG_OK;

	*out = NULL;
	*fp = NULL;
	if (!path || !path[0])
		return erg_error_set(err, ERG_EINVAL, NULL, 0, 0,
				     "empty output path");
	a = calloc(1, sizeof(*a));
	if (!a || !(a->path = erg__strdup(path)))
		goto oom;

	if (strcmp(path, "-") == 0) {
		a->mode = MODE_STDOUT;
		a->fp = stdout;
		goto ok;
	}

	if (stat(path, &st) == 0) {
		if (S_ISDIR(st.st_mode)) {
			rc = erg_error_set(err, ERG_EIO, NULL, 0, 0,
					   "cannot create '%s': %s", path,
					   strerror(EISDIR));
			goto done;
		}
		if (!S_ISREG(st.st_mode)) {
			a->mode = MODE_DIRECT;
			a->fp = fopen(path, "w");
			if (!a->fp) {
				rc = erg_error_set(err, ERG_EIO, NULL, 0, 0,
						   "cannot open '%s': %s", path,
						   strerror(errno));
				goto done;
			}
			goto ok;
		}
		a->perm = st.st_mode & 07777;
	} else {
		a->perm = 0666 & ~current_umask();
	}

	slash = strrchr(path, '/');
	base = slash ? slash + 1 : path;
	if (!base[0]) {
		rc = erg_error_set(err, ERG_EIO, NULL, 0, 0,
				   "cannot create '%s': %s", path,
				   strerror(EISDIR));
		goto done;
	}
	{
		size_t dlen = slash ? (size_t)(slash - path) + 1 : 0;
		size_t blen = strlen(base);
		a->tmp = malloc(dlen + blen + sizeof(".") + sizeof(".XXXXXX"));
		if (!a->tmp)
			goto oom;
		memcpy(a->tmp, path, dlen);
		a->tmp[dlen] = '.';
		memcpy(a->tmp + dlen + 1, base, blen);
		memcpy(a->tmp + dlen + 1 + blen, ".XXXXXX", sizeof(".XXXXXX"));
	}
	fd = mkstemp(a->tmp);
	if (fd < 0) {
		rc = erg_error_set(err, ERG_EIO, NULL, 0, 0,
				   "cannot create '%s': %s", path,
				   strerror(errno));
		goto done;
	}
	a->fp = fdopen(fd, "w");
	if (!a->fp) {
		int e = errno;
		close(fd);
		unlink(a->tmp);
		rc = erg_error_set(err, ERG_EIO, NULL, 0, 0,
				   "cannot create '%s': %s", path, strerror(e));
		goto done;
	}
	a->mode = MODE_TEMP;
ok:
	*out = a;
	*fp = a->fp;
	a = NULL;
done:
	if (a)
		atomic_free(a);
	return rc;
oom:
	rc = erg_error_set(err, ERG_ENOMEM, NULL, 0, 0, "out of memory");
	goto done;
}

/* fsync the folder holding `path` so that the rename survives a crash;
 * best effort. */
static void sync_dir(const char *path)
{
	const char *slash = strrchr(path, '/');
	char *dir;
	int fd;

	if (!slash)
		dir = erg__strdup(".");
	else if (slash == path)
		dir = erg__strdup("/");
	else
		dir = erg__strndup(path, (size_t)(slash - path));
	if (!dir)
		return;
	fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (fd >= 0) {
		(void)fsync(fd);
		close(fd);
	}
	free(dir);
}

erg_status erg_atomic_commit(erg_atomic *a, erg_error *err)
{
	erg_status rc = ERG_OK;
	int e = 0;

	if (!a)
		return erg_error_set(err, ERG_EINVAL, NULL, 0, 0,
				     "no open output file");

	if (a->mode == MODE_STDOUT) {
		if (fflush(a->fp) != 0 || ferror(a->fp))
			rc = erg_error_set(err, ERG_EIO, NULL, 0, 0,
					   "cannot write to standard output: "
					   "%s",
					   strerror(errno ? errno : EIO));
		atomic_free(a);
		return rc;
	}

	if (fflush(a->fp) != 0 || ferror(a->fp))
		e = errno ? errno : EIO;
	if (!e && a->mode == MODE_TEMP) {
		if (fsync(fileno(a->fp)) != 0)
			e = errno;
		else if (fchmod(fileno(a->fp), a->perm) != 0)
			e = errno;
	}
	if (fclose(a->fp) != 0 && !e)
		e = errno ? errno : EIO;
	a->fp = NULL;
	if (e) {
		rc = erg_error_set(err, ERG_EIO, NULL, 0, 0,
				   "cannot write '%s': %s", a->path,
				   strerror(e));
		goto done;
	}
	if (a->mode == MODE_TEMP) {
		if (rename(a->tmp, a->path) != 0) {
			rc = erg_error_set(err, ERG_EIO, NULL, 0, 0,
					   "cannot replace '%s': %s", a->path,
					   strerror(errno));
			goto done;
		}
		free(a->tmp);
		a->tmp = NULL;
		sync_dir(a->path);
	}
done:
	if (a->tmp)
		unlink(a->tmp);
	atomic_free(a);
	return rc;
}

void erg_atomic_abort(erg_atomic *a)
{
	if (!a)
		return;
	if (a->mode == MODE_STDOUT) {
		fflush(a->fp);
	} else if (a->fp) {
		fclose(a->fp);
		if (a->mode == MODE_TEMP && a->tmp)
			unlink(a->tmp);
	}
	atomic_free(a);
}
