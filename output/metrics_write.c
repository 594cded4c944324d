/* metrics_write.c - STUB: to be implemented. */
#include "ergraph/output.h"

int erg_table_format_parse(const char *s, erg_table_format *out)
{
	return -1;
}

erg_status erg_metrics_write_fp(const erg_graph *g, const erg_metrics *m,
				erg_metric rank_by, erg_table_format fmt,
				FILE *fp, erg_error *err)
{
	return ERG_EUNSUPPORTED;
}

erg_status erg_metrics_write_file(const erg_graph *g, const erg_metrics *m,
				  erg_metric rank_by, erg_table_format fmt,
				  const char *path, erg_error *err)
{
	return ERG_EUNSUPPORTED;
}
