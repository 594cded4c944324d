/* read.c - STUB: to be implemented. */
#include "ergraph/ingest.h"

erg_format erg_format_sniff(const char *data, size_t len)
{
	return ERG_FORMAT_UNKNOWN;
}

void erg_read_opts_init(erg_read_opts *o)
{
}

erg_status erg_read_all(const char *path, const erg_read_opts *opts,
			char **out, size_t *out_len, erg_error *err)
{
	return ERG_EUNSUPPORTED;
}

erg_status erg_read_file(erg_graph *g, const char *path, erg_format fmt,
			 const erg_read_opts *opts, erg_error *err)
{
	return ERG_EUNSUPPORTED;
}
