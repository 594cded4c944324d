/* atomic.c - STUB: to be implemented. */
#include "ergraph/output.h"

erg_status erg_atomic_open(erg_atomic **out, const char *path, FILE **fp,
			   erg_error *err)
{
	return ERG_EUNSUPPORTED;
}

erg_status erg_atomic_commit(erg_atomic *a, erg_error *err)
{
	return ERG_EUNSUPPORTED;
}

void erg_atomic_abort(erg_atomic *a)
{
}
