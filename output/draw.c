/* draw.c - STUB: to be implemented. */
#include "ergraph/output.h"

void erg_draw_opts_init(erg_draw_opts *o)
{
}

erg_status erg_draw_fp(const erg_graph *g, const erg_draw_opts *opts,
		       erg_format fmt, FILE *fp, erg_error *err)
{
	return ERG_EUNSUPPORTED;
}

erg_status erg_draw_file(const erg_graph *g, const erg_draw_opts *opts,
			 erg_format fmt, const char *path, erg_error *err)
{
	return ERG_EUNSUPPORTED;
}
