/*
 * draw_ids.c - object ids for the diagram's cgraph graphs in the order
 * names are first seen.
 *
 * cgraph's default id discipline makes a named object's id the address of
 * its interned name, and keeps subgraphs ordered by id. Graphviz lays
 * clusters out in that order, so the same network could come out with its
 * boxes placed differently from one run to the next, depending on where
 * malloc happened to put the names. This discipline numbers names in the
 * order they are first mapped instead (even ids, as cgraph expects of
 * named objects; anonymous objects get odd ones), so a drawing depends on
 * its input only.
 */
#include <stdlib.h>
#include <string.h>

#include "draw_internal.h"

typedef struct {
	Agraph_t *g;	  /* the root graph, whose string pool holds names */
	erg_strmap index; /* name -> position in names */
	char **names;	  /* cgraph strings: agwrite asks them if HTML */
	size_t n, cap;
	IDTYPE anon; /* next odd id */
	char *root_name; /* erg__draw_rename's, or NULL */
	IDTYPE root_id;
} seq_ids;

static void *ids_open(Agraph_t *g, Agdisc_t *disc)
{
	seq_ids *s = calloc(1, sizeof(*s));
	(void)disc;
	if (s) {
		s->g = g;
		erg__strmap_init(&s->index);
		s->anon = 1;
	}
	return s;
}

static long ids_map(void *state, int objtype, char *str, IDTYPE *id,
		    int createflag)
{
	seq_ids *s = state;
	size_t k;
	(void)objtype;
	if (!str) {
		*id = s->anon;
		s->anon += 2;
		return 1;
	}
	if (erg__strmap_get(&s->index, str, &k) == 0) {
		*id = (IDTYPE)(2 * (k + 1));
		return 1;
	}
	if (!createflag)
		return 0;
	if (s->n == s->cap) {
		size_t cap = s->cap ? 2 * s->cap : 64;
		char **p = realloc(s->names, cap * sizeof(*p));
		if (!p)
			return 0;
		s->names = p;
		s->cap = cap;
	}
	if (!(s->names[s->n] = agstrdup(s->g, str)))
		return 0;
	if (erg__strmap_put(&s->index, s->names[s->n], s->n)) {
		agstrfree(s->g, s->names[s->n]);
		return 0;
	}
	*id = (IDTYPE)(2 * ++s->n);
	return 1;
}

/* explicit ids (agidnode and the like): odd ones only, as cgraph's own */
static long ids_alloc(void *state, int objtype, IDTYPE request)
{
	(void)state;
	(void)objtype;
	return request % 2 == 1;
}

/* names live until the graph is closed (agclose then drops its whole
 * string pool) */
static void ids_free(void *state, int objtype, IDTYPE id)
{
	(void)state;
	(void)objtype;
	(void)id;
}

static char *ids_print(void *state, int objtype, IDTYPE id)
{
	seq_ids *s = state;
	if (objtype == AGRAPH && s->root_name && id == s->root_id)
		return s->root_name;
	if (id % 2 || id == 0 || id / 2 > s->n)
		return NULL;
	return s->names[id / 2 - 1];
}

static void ids_close(void *state)
{
	seq_ids *s = state;
	if (!s)
		return;
	free(s->names);
	erg__strmap_free(&s->index);
	free(s);
}

static void ids_register(void *state, int objtype, void *obj)
{
	(void)state;
	(void)objtype;
	(void)obj;
}

static Agiddisc_t seq_id_disc = { ids_open,  ids_map,   ids_alloc,
				  ids_free,  ids_print, ids_close,
				  ids_register };

static Agdisc_t seq_disc = { &AgMemDisc, &seq_id_disc, &AgIoDisc };

Agdisc_t *erg__draw_disc(void)
{
	return &seq_disc;
}

bool erg__draw_rename(Agraph_t *G, const char *name)
{
	seq_ids *s;
	IDTYPE id = AGID(G);
	char *copy;

	if (!G || agroot(G) != G || G->clos->disc.id != &seq_id_disc ||
	    !name || id % 2 || id == 0)
		return false;
	s = G->clos->state.id;
	if (!s || !(copy = agstrdup(G, (char *)name)))
		return false;
	/* names are shared by nodes and graphs: a node named as the graph
	 * ("G") keeps its name (the pool frees the copy at close) */
	s->root_name = copy;
	s->root_id = id;
	return true;
}
