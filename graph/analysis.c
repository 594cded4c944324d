/* analysis.c - STUB: to be implemented. */
#include "ergraph/analysis.h"

const char *erg_metric_name(erg_metric m)
{
	return NULL;
}

int erg_metric_parse(const char *name, erg_metric *out)
{
	return -1;
}

bool erg_metric_is_integer(erg_metric m)
{
	return false;
}

void erg_analyze_opts_init(erg_analyze_opts *o)
{
}

erg_status erg_analyze(const erg_graph *g, const erg_view *view,
		       const erg_analyze_opts *opts, erg_metrics **out,
		       erg_error *err)
{
	return ERG_EUNSUPPORTED;
}

void erg_metrics_free(erg_metrics *m)
{
}

erg_status erg_metrics_attach(erg_graph *g, const erg_metrics *m,
			      erg_error *err)
{
	return ERG_EUNSUPPORTED;
}

erg_status erg_metrics_rank(const erg_graph *g, const erg_metrics *m,
			    erg_metric by, size_t **out, erg_error *err)
{
	return ERG_EUNSUPPORTED;
}
