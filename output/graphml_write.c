/* graphml_write.c - STUB: to be implemented. */
#include "ergraph/output.h"

erg_status erg_graphml_write_fp(const erg_graph *g, FILE *fp,
				erg_error *err)
{
	return ERG_EUNSUPPORTED;
}

erg_status erg_graphml_write_file(const erg_graph *g, const char *path,
				  erg_error *err)
{
	return ERG_EUNSUPPORTED;
}
