/* table_write.c - STUB: to be implemented. */
#include "ergraph/output.h"

erg_status erg_relations_write_fp(const erg_graph *g, char delim, FILE *fp,
				  erg_error *err)
{
	return ERG_EUNSUPPORTED;
}

erg_status erg_actors_write_fp(const erg_graph *g, char delim, FILE *fp,
			       erg_error *err)
{
	return ERG_EUNSUPPORTED;
}
