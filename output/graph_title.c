/*
 * graph_title.c - the title a network gives itself (see
 * title_internal.h).
 */
#include "title_internal.h"

#include <stdbool.h>
#include <stdint.h>

static bool blank(const char *s)
{
	for (; s && *s; s++)
		if (*s != ' ' && *s != '\t' && *s != '\n' && *s != '\r')
			return false;
	return true;
}

const char *erg__graph_title(const erg_graph *g)
{
	static const char *const keys[] = {"title", "name"};

	for (size_t k = 0; g && k < sizeof(keys) / sizeof(*keys); k++) {
		uint32_t key;
		const erg_value *v;
		if (erg_graph_find_key(g, ERG_DOMAIN_GRAPH, keys[k], &key) ||
		    erg_graph_key(g, key)->type != ERG_ATTR_STRING)
			continue;
		v = erg_attrs_get(erg_graph_attrs_c(g), key);
		if (v && !blank(v->s))
			return v->s;
	}
	return NULL;
}
