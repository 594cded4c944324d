/* view.c - STUB: to be implemented. */
#include "ergraph/analysis.h"

void erg_view_init(erg_view *v)
{
}

void erg_view_clear(erg_view *v)
{
}

erg_status erg_view_add_type(erg_view *v, const erg_graph *g,
			     const char *type_name, erg_error *err)
{
	return ERG_EUNSUPPORTED;
}

erg_status erg_view_add_modality(erg_view *v, const char *name,
				 erg_error *err)
{
	return ERG_EUNSUPPORTED;
}

erg_status erg_view_add_polarity(erg_view *v, const char *name,
				 erg_error *err)
{
	return ERG_EUNSUPPORTED;
}

erg_status erg_view_set_since(erg_view *v, const char *date, erg_error *err)
{
	return ERG_EUNSUPPORTED;
}

erg_status erg_view_set_until(erg_view *v, const char *date, erg_error *err)
{
	return ERG_EUNSUPPORTED;
}

bool erg_view_match(const erg_view *v, const erg_graph *g,
		    const erg_relation *r)
{
	return false;
}

erg_status erg_aggregate_build(erg_aggregate *out, const erg_graph *g,
			       const erg_view *view, erg_error *err)
{
	return ERG_EUNSUPPORTED;
}

void erg_aggregate_clear(erg_aggregate *a)
{
}
