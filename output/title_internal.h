/*
 * title_internal.h - the title a network gives itself (defined in
 * output/graph_title.c). Not part of the public API.
 */
#ifndef ERG_TITLE_INTERNAL_H
#define ERG_TITLE_INTERNAL_H

#include "ergraph/graph.h"

/* The network's own title, for the titles of figures and pages: the
 * graph-level string attribute "title", else "name" (NetworkX writes
 * G.graph["name"] so, igraph its graph attribute "name"), when it holds
 * more than spaces; NULL otherwise. The GraphML graph id
 * (erg_graph_name: "G" for ergraph, igraph and NetworkX alike) is an
 * identifier and never a title. The string belongs to the graph. */
const char *erg__graph_title(const erg_graph *g);

#endif
