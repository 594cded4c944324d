/*
 * brokerage.c - structural holes and brokerage (see ergraph/structure.h
 * and docs/metrics.md).
 *
 *  - constraint: igraph_constraint on the undirected collapse with the
 *    summed weights (Burt 1992): c_i = sum_j (p_ij + sum_q p_iq p_qj)^2,
 *    p_ij = w_ij / sum_k w_ik. NetworkX's nx.constraint gives the same
 *    values (checked on the karate club in tests/test_brokerage.c).
 *  - effective size (Burt 1992), from the definition, as NetworkX's
 *    nx.effective_size with weights: ES_i = sum_{j in N(i)} (1 - sum_{q
 *    in N(i), q != j} p_iq m_jq), m_jq = w_jq / max_k w_jk. Unweighted it
 *    reduces to Borgatti's n - 2t/n (t ties among the n neighbours).
 *    O(sum over i of sum over j in N(i) of deg(j)).
 *  - brokerage (Gould and Fernandez 1989): for every arc a -> b and
 *    b -> c with a != c and no arc a -> c, b is a broker of the role
 *    given by the groups of a, b and c (see erg_broker_role). Two
 *    actors share a group when both have one (>= 0) and it is the same.
 *    In an undirected network each open path a - b - c counts twice
 *    (a -> b -> c and c -> b -> a), as in sna::brokerage on a symmetric
 *    matrix.
 *  - articulation points and bridges: igraph_articulation_points and
 *    igraph_bridges on the undirected collapse (a pair joined by several
 *    relations is one tie, so it is a bridge when removing the pair's
 *    relations disconnects the network).
 */
#include "ergraph/structure.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "igraph_internal.h"
#include "signed_internal.h"
#include "util_internal.h"

static const char *role_names[ERG_BROKER__COUNT] = {
    "coordinator", "itinerant", "gatekeeper", "representative", "liaison"};

const char *erg_broker_role_name(erg_broker_role r)
{
	return (unsigned)r < ERG_BROKER__COUNT ? role_names[r] : NULL;
}

static erg_status oom(erg_error *err)
{
	return erg_error_set(err, ERG_ENOMEM, NULL, 0, 0, "out of memory");
}

erg_status erg_structure_groups_affiliation(const erg_graph *g, long *group,
					    erg_error *err)
{
	(void)err;
	for (size_t i = 0; i < erg_graph_actor_count(g); i++) {
		const erg_actor *a = erg_graph_actor_c(g, i);
		size_t k;
		if (a->affiliation &&
		    erg_graph_find_actor(g, a->affiliation, &k) == 0)
			group[i] = (long)k;
		else
			group[i] = (long)i;
	}
	return ERG_OK;
}

void erg_structure_free(erg_structure *s)
{
	if (!s)
		return;
	free(s->constraint);
	free(s->effective_size);
	for (int r = 0; r < ERG_BROKER__COUNT; r++)
		free(s->broker[r]);
	free(s->broker_total);
	free(s->articulation);
	free(s->bridges);
	free(s);
}

static erg_status alloc_result(erg_structure **out, size_t n)
{
	erg_structure *s = calloc(1, sizeof(*s));
	size_t k = n ? n : 1;
	bool ok;

	if (!s)
		return ERG_ENOMEM;
	s->n_actors = n;
	s->constraint = calloc(k, sizeof(double));
	s->effective_size = calloc(k, sizeof(double));
	s->broker_total = calloc(k, sizeof(double));
	s->articulation = calloc(k, sizeof(bool));
	ok = s->constraint && s->effective_size && s->broker_total &&
	     s->articulation;
	for (int r = 0; r < ERG_BROKER__COUNT; r++) {
		s->broker[r] = calloc(k, sizeof(double));
		ok = ok && s->broker[r];
	}
	if (!ok) {
		erg_structure_free(s);
		return ERG_ENOMEM;
	}
	*out = s;
	return ERG_OK;
}

typedef struct {
	const erg_graph *g;
	erg_structure *s;
	erg_aggregate agg;
	erg__pairs pairs;
	size_t nv;
	size_t *vertex_of, *actor_of;
	size_t *off, *adj; /* CSR of the undirected collapse */
	double *w;	   /* weight per adjacency entry */
	bool have_graph;
	igraph_t graph; /* the undirected collapse */
} ctx;

static erg_status build(ctx *c, erg_error *err)
{
	size_t n_actors = c->s->n_actors, *fill;
	igraph_vector_int_t edges;
	erg_status st;

	c->vertex_of = malloc((n_actors ? n_actors : 1) * sizeof(size_t));
	c->actor_of = malloc((n_actors ? n_actors : 1) * sizeof(size_t));
	if (!c->vertex_of || !c->actor_of)
		return oom(err);
	for (size_t i = 0; i < n_actors; i++)
		c->vertex_of[i] = SIZE_MAX;
	for (size_t i = 0; i < c->pairs.n; i++)
		c->vertex_of[c->pairs.items[i].u] =
		    c->vertex_of[c->pairs.items[i].v] = 0;
	for (size_t i = 0; i < c->agg.n; i++) /* actors with only loops */
		c->vertex_of[c->agg.items[i].source] = 0;
	for (size_t i = 0; i < n_actors; i++)
		if (c->vertex_of[i] != SIZE_MAX) {
			c->vertex_of[i] = c->nv;
			c->actor_of[c->nv++] = i;
		}
	c->s->n_vertices = c->nv;
	c->s->n_ties = c->pairs.n;
	c->off = calloc(c->nv + 1, sizeof(size_t));
	c->adj = malloc((2 * c->pairs.n + 1) * sizeof(size_t));
	c->w = malloc((2 * c->pairs.n + 1) * sizeof(double));
	fill = calloc(c->nv + 1, sizeof(size_t));
	if (!c->off || !c->adj || !c->w || !fill) {
		free(fill);
		return oom(err);
	}
	for (size_t i = 0; i < c->pairs.n; i++) {
		c->off[c->vertex_of[c->pairs.items[i].u] + 1]++;
		c->off[c->vertex_of[c->pairs.items[i].v] + 1]++;
	}
	for (size_t v = 0; v < c->nv; v++)
		c->off[v + 1] += c->off[v];
	for (size_t i = 0; i < c->pairs.n; i++) {
		size_t u = c->vertex_of[c->pairs.items[i].u];
		size_t v = c->vertex_of[c->pairs.items[i].v];
		size_t pu = c->off[u] + fill[u]++, pv = c->off[v] + fill[v]++;
		c->adj[pu] = v;
		c->w[pu] = c->pairs.items[i].weight;
		c->adj[pv] = u;
		c->w[pv] = c->pairs.items[i].weight;
	}
	free(fill);

	if (igraph_vector_int_init(&edges, 2 * (igraph_integer_t)c->pairs.n))
		return oom(err);
	for (size_t i = 0; i < c->pairs.n; i++) {
		VECTOR(edges)
		[2 * i] = (igraph_integer_t)c->vertex_of[c->pairs.items[i].u];
		VECTOR(edges)
		[2 * i + 1] =
		    (igraph_integer_t)c->vertex_of[c->pairs.items[i].v];
	}
	st = erg__igraph_status(
	    igraph_create(&c->graph, &edges, (igraph_integer_t)c->nv, false),
	    err, "graph construction");
	igraph_vector_int_destroy(&edges);
	if (st == ERG_OK)
		c->have_graph = true;
	return st;
}

static erg_status constraint(ctx *c, erg_error *err)
{
	igraph_vector_t res, w;
	erg_status st;

	if (c->nv == 0)
		return ERG_OK;
	if (igraph_vector_init(&res, 0))
		return oom(err);
	if (igraph_vector_init(&w, (igraph_integer_t)c->pairs.n)) {
		igraph_vector_destroy(&res);
		return oom(err);
	}
	for (size_t i = 0; i < c->pairs.n; i++)
		VECTOR(w)[i] = c->pairs.items[i].weight;
	st = erg__igraph_status(
	    igraph_constraint(&c->graph, &res, igraph_vss_all(), &w), err,
	    "constraint");
	for (size_t v = 0; st == ERG_OK && v < c->nv; v++) {
		double x = VECTOR(res)[v];
		c->s->constraint[c->actor_of[v]] = isfinite(x) ? x : 0.0;
	}
	igraph_vector_destroy(&res);
	igraph_vector_destroy(&w);
	return st;
}

static erg_status effective_size(ctx *c, erg_error *err)
{
	double *p = calloc(c->nv + 1, sizeof(double)); /* p_iq, 0 = not a
							  neighbour */
	double *maxw = calloc(c->nv + 1, sizeof(double));

	if (!p || !maxw) {
		free(p);
		free(maxw);
		return oom(err);
	}
	for (size_t j = 0; j < c->nv; j++)
		for (size_t k = c->off[j]; k < c->off[j + 1]; k++)
			if (c->w[k] > maxw[j])
				maxw[j] = c->w[k];
	for (size_t i = 0; i < c->nv; i++) {
		double total = 0, es = 0;
		for (size_t k = c->off[i]; k < c->off[i + 1]; k++)
			total += c->w[k];
		if (total <= 0)
			continue;
		for (size_t k = c->off[i]; k < c->off[i + 1]; k++)
			p[c->adj[k]] = c->w[k] / total;
		for (size_t k = c->off[i]; k < c->off[i + 1]; k++) {
			size_t j = c->adj[k];
			double r = 0;
			for (size_t l = c->off[j]; l < c->off[j + 1]; l++) {
				size_t q = c->adj[l];
				if (q != i && p[q] > 0)
					r += p[q] * c->w[l] / maxw[j];
			}
			es += 1.0 - r;
		}
		for (size_t k = c->off[i]; k < c->off[i + 1]; k++)
			p[c->adj[k]] = 0;
		c->s->effective_size[c->actor_of[i]] = es;
	}
	free(p);
	free(maxw);
	return ERG_OK;
}

/* ---- brokerage ---- */

typedef struct {
	size_t s, t;
} arc;

static int arc_cmp(const void *pa, const void *pb)
{
	const arc *x = pa, *y = pb;
	if (x->s != y->s)
		return x->s < y->s ? -1 : 1;
	return x->t < y->t ? -1 : x->t > y->t;
}

static int size_cmp(const void *pa, const void *pb)
{
	size_t x = *(const size_t *)pa, y = *(const size_t *)pb;
	return x < y ? -1 : x > y;
}

static bool same_group(const long *group, size_t x, size_t y)
{
	return group[x] >= 0 && group[x] == group[y];
}

static erg_status brokerage(ctx *c, const long *group, erg_error *err)
{
	arc *arcs = malloc((2 * c->agg.n + 1) * sizeof(arc));
	size_t na = 0, *out_off = NULL, *out_adj = NULL, *in_off = NULL,
	       *in_adj = NULL, *fill = NULL;
	erg_status st = ERG_OK;

	if (!arcs)
		return oom(err);
	for (size_t i = 0; i < c->agg.n; i++) {
		const erg_bundle *b = &c->agg.items[i];
		if (b->source == b->target)
			continue;
		arcs[na].s = b->source;
		arcs[na++].t = b->target;
		if (!b->directed) {
			arcs[na].s = b->target;
			arcs[na++].t = b->source;
		}
	}
	qsort(arcs, na, sizeof(arc), arc_cmp);
	{
		size_t m = 0;
		for (size_t i = 0; i < na; i++)
			if (!m || arcs[m - 1].s != arcs[i].s ||
			    arcs[m - 1].t != arcs[i].t)
				arcs[m++] = arcs[i];
		na = m;
	}
	c->s->n_arcs = na;
	out_off = calloc(c->s->n_actors + 1, sizeof(size_t));
	in_off = calloc(c->s->n_actors + 1, sizeof(size_t));
	out_adj = malloc((na + 1) * sizeof(size_t));
	in_adj = malloc((na + 1) * sizeof(size_t));
	fill = calloc(c->s->n_actors + 1, sizeof(size_t));
	if (!out_off || !in_off || !out_adj || !in_adj || !fill) {
		st = oom(err);
		goto done;
	}
	for (size_t i = 0; i < na; i++) {
		out_off[arcs[i].s + 1]++;
		in_off[arcs[i].t + 1]++;
	}
	for (size_t v = 0; v < c->s->n_actors; v++) {
		out_off[v + 1] += out_off[v];
		in_off[v + 1] += in_off[v];
	}
	for (size_t i = 0; i < na; i++) /* arcs sorted: out lists sorted */
		out_adj[out_off[arcs[i].s] + fill[arcs[i].s]++] = arcs[i].t;
	memset(fill, 0, (c->s->n_actors + 1) * sizeof(size_t));
	for (size_t i = 0; i < na; i++)
		in_adj[in_off[arcs[i].t] + fill[arcs[i].t]++] = arcs[i].s;
	for (size_t b = 0; b < c->s->n_actors; b++) {
		for (size_t i = in_off[b]; i < in_off[b + 1]; i++) {
			size_t a = in_adj[i];
			for (size_t k = out_off[b]; k < out_off[b + 1]; k++) {
				size_t cc = out_adj[k];
				erg_broker_role r;
				if (cc == a ||
				    bsearch(&cc, out_adj + out_off[a],
					    out_off[a + 1] - out_off[a],
					    sizeof(size_t), size_cmp))
					continue;
				if (same_group(group, a, b) &&
				    same_group(group, b, cc))
					r = ERG_BROKER_COORDINATOR;
				else if (same_group(group, a, cc))
					r = ERG_BROKER_ITINERANT;
				else if (same_group(group, b, cc))
					r = ERG_BROKER_GATEKEEPER;
				else if (same_group(group, a, b))
					r = ERG_BROKER_REPRESENTATIVE;
				else
					r = ERG_BROKER_LIAISON;
				c->s->broker[r][b]++;
				c->s->broker_total[b]++;
			}
		}
	}
	c->s->has_groups = true;
done:
	free(arcs);
	free(out_off);
	free(in_off);
	free(out_adj);
	free(in_adj);
	free(fill);
	return st;
}

/* ---- articulation points and bridges ---- */

static int bridge_cmp(const void *pa, const void *pb)
{
	const erg_bridge *x = pa, *y = pb;
	if (x->source != y->source)
		return x->source < y->source ? -1 : 1;
	return x->target < y->target ? -1 : x->target > y->target;
}

static erg_status cut_points(ctx *c, erg_error *err)
{
	igraph_vector_int_t res;
	erg_status st;

	if (c->nv == 0)
		return ERG_OK;
	if (igraph_vector_int_init(&res, 0))
		return oom(err);
	st = erg__igraph_status(igraph_articulation_points(&c->graph, &res),
				err, "articulation points");
	for (igraph_integer_t i = 0;
	     st == ERG_OK && i < igraph_vector_int_size(&res); i++) {
		c->s->articulation[c->actor_of[VECTOR(res)[i]]] = true;
		c->s->n_articulation++;
	}
	if (st == ERG_OK)
		st = erg__igraph_status(igraph_bridges(&c->graph, &res), err,
					"bridges");
	if (st == ERG_OK) {
		size_t nb = (size_t)igraph_vector_int_size(&res);
		c->s->bridges = malloc((nb ? nb : 1) * sizeof(erg_bridge));
		if (!c->s->bridges)
			st = oom(err);
		for (size_t i = 0; st == ERG_OK && i < nb; i++) {
			const erg__pair *p = &c->pairs.items[VECTOR(res)[i]];
			c->s->bridges[i].source = p->u;
			c->s->bridges[i].target = p->v;
		}
		if (st == ERG_OK) {
			c->s->n_bridges = nb;
			qsort(c->s->bridges, nb, sizeof(erg_bridge),
			      bridge_cmp);
		}
	}
	igraph_vector_int_destroy(&res);
	return st;
}

erg_status erg_structure_compute(const erg_graph *g, const erg_view *view,
				 const long *group, erg_structure **out,
				 erg_error *err)
{
	ctx c;
	erg_status st;

	*out = NULL;
	erg__igraph_init();
	memset(&c, 0, sizeof(c));
	c.g = g;
	if (alloc_result(&c.s, erg_graph_actor_count(g)))
		return oom(err);
	st = erg_aggregate_build(&c.agg, g, view, err);
	if (st == ERG_OK)
		st = erg__pairs_build(g, &c.agg, &c.pairs, err);
	if (st == ERG_OK)
		st = build(&c, err);
	if (st == ERG_OK)
		st = constraint(&c, err);
	if (st == ERG_OK)
		st = effective_size(&c, err);
	if (st == ERG_OK && group)
		st = brokerage(&c, group, err);
	if (st == ERG_OK)
		st = cut_points(&c, err);
	if (c.have_graph)
		igraph_destroy(&c.graph);
	erg_aggregate_clear(&c.agg);
	erg__pairs_clear(&c.pairs);
	free(c.vertex_of);
	free(c.actor_of);
	free(c.off);
	free(c.adj);
	free(c.w);
	if (st) {
		erg_structure_free(c.s);
		return st;
	}
	*out = c.s;
	return ERG_OK;
}
