/* graphml_read.c - STUB: to be implemented. */
#include "ergraph/ingest.h"

erg_status erg_graphml_read_memory(erg_graph *g, const char *data,
				   size_t len, const char *name,
				   const erg_read_opts *opts, erg_error *err)
{
	return ERG_EUNSUPPORTED;
}

erg_status erg_graphml_read_file(erg_graph *g, const char *path,
				 const erg_read_opts *opts, erg_error *err)
{
	return ERG_EUNSUPPORTED;
}
