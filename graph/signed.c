/*
 * signed.c - signed analysis (see ergraph/signed.h and docs/metrics.md).
 *
 * The signed network is the undirected collapse of the view (one tie per
 * pair, value = sum of polarity x weight, sign = sign of the sum; see the
 * header). Its vertices are the actors with at least one tie, numbered in
 * actor order. From it:
 *  - degrees and strengths: positive and negative ties per actor and the
 *    sum of their |values|.
 *  - PN index (Everett and Borgatti 2014): with P and N the 0/1 matrices
 *    of positive and negative ties, A = P - 2N and n vertices,
 *    PN = (I - A/(2n-2))^-1 1, solved by LAPACK (igraph_lapack_dgesv) on
 *    a dense matrix. Directed variants (when a signed relation in the
 *    view is directed, A from the sign of each arc's sum):
 *    out-PN = (I - A A^T/(4(n-1)^2))^-1 (I + A/(2n-2)) 1 and in-PN with
 *    A^T A and A^T, as R's signnet::pn_index. Unweighted, as published.
 *  - balance: triangles listed by igraph_list_triangles; a triangle is
 *    balanced when the product of its three signs is positive (+++ and
 *    +--). The weighted ratio weighs each triangle by the product of its
 *    three |values|.
 *  - frustration index: the fewest ties violated by a partition into two
 *    sides (negative inside a side, positive across). Exact when the
 *    signed network has at most exact_max vertices: every bipartition in
 *    Gray-code order, each step flipping one vertex and updating the
 *    count with two popcounts, O(2^(n-1)). Beyond, a local search: from a
 *    random partition, flip any vertex with more violated than satisfied
 *    ties until none is left, then kick (flip a few random vertices) and
 *    search again, keeping the better; `restarts` seeded runs, best kept.
 *    The heuristic gives an upper bound, and says so.
 *  - blocs: igraph_community_spinglass with the negative-weights
 *    implementation (Traag and Bruggeman 2009; gamma = gamma- = 1) on
 *    each connected component of the signed network (spinglass needs a
 *    connected graph), weights = tie values; blocs are numbered over the
 *    whole network by decreasing size, ties by lowest actor index.
 *    Simulated annealing from temperature 1 to 0.01, cooling by 0.99 per
 *    step up to COOL_SLOW_MAX actors and 0.95 beyond; spinglass is slow
 *    (seconds for a few hundred actors), so beyond opts->blocs_max actors
 *    the blocs are skipped and erg_signed.blocs_skipped says so.
 * igraph's default RNG is reseeded with opts->seed before spinglass; the
 * heuristic uses its own xorshift generator seeded with opts->seed.
 */
#include "ergraph/signed.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "igraph_internal.h"
#include "signed_internal.h"
#include "util_internal.h"

#define EXACT_MAX_LIMIT 30
#define KICKS 20
/* spinglass cools by 0.99 per step (igraph's default) on components of
   up to this many actors, by 0.95 (five times faster) beyond */
#define COOL_SLOW_MAX 100

void erg_signed_opts_init(erg_signed_opts *o)
{
	memset(o, 0, sizeof(*o));
	o->seed = 42;
	o->exact_max = 24;
	o->restarts = 64;
	o->spins = 10;
	o->blocs = true;
	o->pn_max = 1000;
	o->blocs_max = 300;
}

/* ---- the undirected collapse (shared with brokerage.c) ---- */

static int pair_cmp(const void *pa, const void *pb)
{
	const erg__pair *x = pa, *y = pb;
	if (x->u != y->u)
		return x->u < y->u ? -1 : 1;
	if (x->v != y->v)
		return x->v < y->v ? -1 : 1;
	return 0;
}

erg_status erg__pairs_build(const erg_graph *g, const erg_aggregate *agg,
			    erg__pairs *out, erg_error *err)
{
	erg__pair *items;
	size_t n = 0;

	memset(out, 0, sizeof(*out));
	items = malloc((agg->n ? agg->n : 1) * sizeof(*items));
	if (!items)
		return erg_error_set(err, ERG_ENOMEM, NULL, 0, 0,
				     "out of memory");
	for (size_t i = 0; i < agg->n; i++) {
		const erg_bundle *b = &agg->items[i];
		const erg_type *ty = erg_types_get(erg_graph_types(g), b->type);
		int pol = ty ? ty->polarity : 0;

		if (!(isfinite(b->weight) && b->weight > 0)) {
			free(items);
			return erg_error_set(
			    err, ERG_EINVAL, NULL, 0, 0,
			    "relation %zu (%s %s %s) has weight %g: "
			    "analysis needs positive weights (filter the "
			    "others out with a minimum weight)",
			    b->first, erg_graph_actor_c(g, b->source)->id,
			    ty ? ty->name : "?",
			    erg_graph_actor_c(g, b->target)->id, b->weight);
		}
		if (pol)
			out->n_signed += b->count;
		else
			out->n_neutral += b->count;
		if (pol && b->directed)
			out->signed_directed = true;
		if (b->source == b->target)
			continue;
		items[n].u = b->source < b->target ? b->source : b->target;
		items[n].v = b->source < b->target ? b->target : b->source;
		items[n].net = pol * b->weight;
		items[n].weight = b->weight;
		items[n].has_signed = pol != 0;
		n++;
	}
	qsort(items, n, sizeof(*items), pair_cmp);
	out->n = 0;
	for (size_t i = 0; i < n; i++) {
		erg__pair *last = out->n ? &items[out->n - 1] : NULL;
		if (last && last->u == items[i].u && last->v == items[i].v) {
			last->net += items[i].net;
			last->weight += items[i].weight;
			last->has_signed |= items[i].has_signed;
		} else {
			items[out->n++] = items[i];
		}
	}
	out->items = items;
	return ERG_OK;
}

void erg__pairs_clear(erg__pairs *p)
{
	free(p->items);
	memset(p, 0, sizeof(*p));
}

/* ---- the signed network ---- */

typedef struct {
	size_t u, v;  /* vertex indices, u < v */
	int sign;     /* +1 or -1 */
	double value; /* signed sum */
} tie;

typedef struct {
	const erg_graph *g;
	const erg_signed_opts *opts;
	erg_signed *s;
	erg_aggregate agg;
	erg__pairs pairs;
	size_t nv;
	size_t *vertex_of; /* actor -> vertex or SIZE_MAX */
	size_t *actor_of;  /* vertex -> actor */
	tie *ties;
	size_t nt;
	/* CSR adjacency of the ties: neighbours of v are
	   adj[off[v]..off[v+1]) with their tie index */
	size_t *off, *adj, *adj_tie;
	int *side; /* per vertex, working partition */
} ctx;

static erg_status oom(erg_error *err)
{
	return erg_error_set(err, ERG_ENOMEM, NULL, 0, 0, "out of memory");
}

static erg_status alloc_result(erg_signed **out, size_t n)
{
	erg_signed *s = calloc(1, sizeof(*s));
	size_t k = n ? n : 1;

	if (!s)
		return ERG_ENOMEM;
	s->n_actors = n;
	s->pos_degree = calloc(k, sizeof(double));
	s->neg_degree = calloc(k, sizeof(double));
	s->pos_strength = calloc(k, sizeof(double));
	s->neg_strength = calloc(k, sizeof(double));
	s->pn_index = calloc(k, sizeof(double));
	s->pn_in = calloc(k, sizeof(double));
	s->pn_out = calloc(k, sizeof(double));
	s->bloc = malloc(k * sizeof(long));
	s->side = malloc(k * sizeof(long));
	if (!s->pos_degree || !s->neg_degree || !s->pos_strength ||
	    !s->neg_strength || !s->pn_index || !s->pn_in || !s->pn_out ||
	    !s->bloc || !s->side) {
		erg_signed_free(s);
		return ERG_ENOMEM;
	}
	for (size_t i = 0; i < n; i++)
		s->bloc[i] = s->side[i] = -1;
	s->ratio = s->weighted_ratio = 1.0;
	*out = s;
	return ERG_OK;
}

void erg_signed_free(erg_signed *s)
{
	if (!s)
		return;
	free(s->pos_degree);
	free(s->neg_degree);
	free(s->pos_strength);
	free(s->neg_strength);
	free(s->pn_index);
	free(s->pn_in);
	free(s->pn_out);
	free(s->bloc);
	free(s->side);
	free(s);
}

static erg_status build_ties(ctx *c, erg_error *err)
{
	size_t n_actors = c->s->n_actors;
	size_t *deg;

	c->vertex_of = malloc((n_actors ? n_actors : 1) * sizeof(size_t));
	c->actor_of = malloc((n_actors ? n_actors : 1) * sizeof(size_t));
	c->ties = malloc((c->pairs.n ? c->pairs.n : 1) * sizeof(tie));
	if (!c->vertex_of || !c->actor_of || !c->ties)
		return oom(err);
	for (size_t i = 0; i < n_actors; i++)
		c->vertex_of[i] = SIZE_MAX;
	for (size_t i = 0; i < c->pairs.n; i++) {
		const erg__pair *p = &c->pairs.items[i];
		if (!p->has_signed)
			continue;
		if (p->net == 0) {
			c->s->n_ambivalent++;
			continue;
		}
		c->vertex_of[p->u] = c->vertex_of[p->v] = 0;
	}
	for (size_t i = 0; i < n_actors; i++)
		if (c->vertex_of[i] != SIZE_MAX) {
			c->vertex_of[i] = c->nv;
			c->actor_of[c->nv++] = i;
		}
	c->s->n_vertices = c->nv;
	for (size_t i = 0; i < c->pairs.n; i++) {
		const erg__pair *p = &c->pairs.items[i];
		tie *t;
		if (!p->has_signed || p->net == 0)
			continue;
		t = &c->ties[c->nt++];
		t->u = c->vertex_of[p->u];
		t->v = c->vertex_of[p->v];
		t->sign = p->net > 0 ? 1 : -1;
		t->value = p->net;
		if (t->sign > 0)
			c->s->n_positive++;
		else
			c->s->n_negative++;
	}
	/* CSR adjacency */
	c->off = calloc(c->nv + 1, sizeof(size_t));
	c->adj = malloc((2 * c->nt + 1) * sizeof(size_t));
	c->adj_tie = malloc((2 * c->nt + 1) * sizeof(size_t));
	c->side = calloc(c->nv + 1, sizeof(int));
	deg = calloc(c->nv + 1, sizeof(size_t));
	if (!c->off || !c->adj || !c->adj_tie || !c->side || !deg) {
		free(deg);
		return oom(err);
	}
	for (size_t i = 0; i < c->nt; i++) {
		c->off[c->ties[i].u + 1]++;
		c->off[c->ties[i].v + 1]++;
	}
	for (size_t v = 0; v < c->nv; v++)
		c->off[v + 1] += c->off[v];
	for (size_t i = 0; i < c->nt; i++) {
		size_t u = c->ties[i].u, v = c->ties[i].v;
		size_t pu = c->off[u] + deg[u]++, pv = c->off[v] + deg[v]++;
		c->adj[pu] = v;
		c->adj_tie[pu] = i;
		c->adj[pv] = u;
		c->adj_tie[pv] = i;
	}
	free(deg);
	return ERG_OK;
}

static void degrees(ctx *c)
{
	erg_signed *s = c->s;
	for (size_t i = 0; i < c->nt; i++) {
		const tie *t = &c->ties[i];
		size_t a = c->actor_of[t->u], b = c->actor_of[t->v];
		if (t->sign > 0) {
			s->pos_degree[a]++;
			s->pos_degree[b]++;
			s->pos_strength[a] += t->value;
			s->pos_strength[b] += t->value;
		} else {
			s->neg_degree[a]++;
			s->neg_degree[b]++;
			s->neg_strength[a] -= t->value;
			s->neg_strength[b] -= t->value;
		}
	}
}

/* ---- PN index ---- */

/* Solves M x = b in place (x returned in b); false if M is singular. */
static erg_status solve(igraph_matrix_t *m, igraph_matrix_t *b, bool *ok,
			erg_error *err)
{
	igraph_vector_int_t ipiv;
	int info = 0;
	erg_status st;

	*ok = false;
	if (igraph_vector_int_init(&ipiv, igraph_matrix_nrow(m)))
		return oom(err);
	st = erg__igraph_status(igraph_lapack_dgesv(m, &ipiv, b, &info), err,
				"PN index (LAPACK dgesv)");
	(void)erg__igraph_last_warning();
	igraph_vector_int_destroy(&ipiv);
	if (st == ERG_OK && info == 0)
		*ok = true;
	for (igraph_integer_t i = 0; *ok && i < igraph_matrix_nrow(b); i++)
		if (!isfinite(MATRIX(*b, i, 0)))
			*ok = false;
	return st;
}

/* Directed PN: out (transpose = false) or in (true) into `res`. A is the
 * signed arc matrix (P - 2N). */
static erg_status pn_directed(const igraph_matrix_t *a, bool transpose,
			      double *res, bool *ok, erg_error *err)
{
	igraph_integer_t n = igraph_matrix_nrow(a);
	double k1 = 1.0 / (2.0 * (double)n - 2.0), k2 = k1 * k1;
	igraph_matrix_t m, b;
	igraph_integer_t *nz;
	erg_status st = ERG_OK;

	*ok = false;
	nz = malloc((size_t)n * sizeof(*nz));
	if (!nz)
		return oom(err);
	if (igraph_matrix_init(&m, n, n)) {
		free(nz);
		return oom(err);
	}
	if (igraph_matrix_init(&b, n, 1)) {
		igraph_matrix_destroy(&m);
		free(nz);
		return oom(err);
	}
	/* m = I - k2 (A A^T) for out, I - k2 (A^T A) for in. A is sparse:
	   (A A^T)_ij sums A_ik A_jk over the columns k where both are
	   non-zero, so each column (each row for A^T A) adds the products
	   of its non-zero entries: O(n^2 + sum of squared degrees) instead
	   of a dense O(n^3) product. */
	for (igraph_integer_t k = 0; k < n; k++) {
		igraph_integer_t cnt = 0;
		for (igraph_integer_t i = 0; i < n; i++)
			if ((transpose ? MATRIX(*a, k, i) : MATRIX(*a, i, k)))
				nz[cnt++] = i;
		for (igraph_integer_t x = 0; x < cnt; x++) {
			igraph_integer_t i = nz[x];
			double ai =
			    transpose ? MATRIX(*a, k, i) : MATRIX(*a, i, k);
			for (igraph_integer_t y = 0; y < cnt; y++) {
				igraph_integer_t j = nz[y];
				double aj = transpose ? MATRIX(*a, k, j)
						      : MATRIX(*a, j, k);
				MATRIX(m, i, j) -= k2 * ai * aj;
			}
		}
	}
	for (igraph_integer_t i = 0; i < n; i++) {
		double sum = 0;
		MATRIX(m, i, i) += 1.0;
		for (igraph_integer_t j = 0; j < n; j++)
			sum += transpose ? MATRIX(*a, j, i) : MATRIX(*a, i, j);
		MATRIX(b, i, 0) = 1.0 + k1 * sum;
	}
	st = solve(&m, &b, ok, err);
	for (igraph_integer_t i = 0; st == ERG_OK && *ok && i < n; i++)
		res[i] = MATRIX(b, i, 0);
	igraph_matrix_destroy(&m);
	igraph_matrix_destroy(&b);
	free(nz);
	return st;
}

static erg_status pn_index(ctx *c, erg_error *err)
{
	igraph_integer_t n = (igraph_integer_t)c->nv;
	double k1;
	igraph_matrix_t m, b, a;
	double *tmp = NULL;
	bool ok = false, have_a = false;
	erg_status st;

	if (c->nv < 2 || c->nv > c->opts->pn_max)
		return ERG_OK;
	k1 = 1.0 / (2.0 * (double)n - 2.0);
	if (igraph_matrix_init(&m, n, n))
		return oom(err);
	if (igraph_matrix_init(&b, n, 1)) {
		igraph_matrix_destroy(&m);
		return oom(err);
	}
	for (igraph_integer_t i = 0; i < n; i++) {
		MATRIX(m, i, i) = 1.0;
		MATRIX(b, i, 0) = 1.0;
	}
	for (size_t i = 0; i < c->nt; i++) {
		const tie *t = &c->ties[i];
		double x = -k1 * (t->sign > 0 ? 1.0 : -2.0);
		MATRIX(m, t->u, t->v) = x;
		MATRIX(m, t->v, t->u) = x;
	}
	st = solve(&m, &b, &ok, err);
	if (st || !ok)
		goto done;
	for (size_t i = 0; i < c->nv; i++)
		c->s->pn_index[c->actor_of[i]] = MATRIX(b, i, 0);
	c->s->pn_computed = true;
	if (!c->s->directed)
		goto done;

	/* directed: the sign of each arc's sum */
	if (igraph_matrix_init(&a, n, n)) {
		st = oom(err);
		goto done;
	}
	have_a = true;
	for (size_t i = 0; i < c->agg.n; i++) {
		const erg_bundle *bu = &c->agg.items[i];
		const erg_type *ty =
		    erg_types_get(erg_graph_types(c->g), bu->type);
		size_t s = c->vertex_of[bu->source];
		size_t t = c->vertex_of[bu->target];
		double x;
		if (!ty || !ty->polarity || s == SIZE_MAX || t == SIZE_MAX ||
		    s == t)
			continue;
		x = ty->polarity * bu->weight;
		MATRIX(a, s, t) += x;
		if (!bu->directed)
			MATRIX(a, t, s) += x;
	}
	for (igraph_integer_t i = 0; i < n; i++)
		for (igraph_integer_t j = 0; j < n; j++) {
			double x = MATRIX(a, i, j);
			MATRIX(a, i, j) = x > 0 ? 1.0 : x < 0 ? -2.0 : 0.0;
		}
	tmp = malloc((size_t)n * sizeof(double));
	if (!tmp) {
		st = oom(err);
		goto done;
	}
	st = pn_directed(&a, false, tmp, &ok, err);
	if (st == ERG_OK && ok)
		for (size_t i = 0; i < c->nv; i++)
			c->s->pn_out[c->actor_of[i]] = tmp[i];
	if (st == ERG_OK)
		st = pn_directed(&a, true, tmp, &ok, err);
	if (st == ERG_OK && ok)
		for (size_t i = 0; i < c->nv; i++)
			c->s->pn_in[c->actor_of[i]] = tmp[i];
done:
	free(tmp);
	if (have_a)
		igraph_matrix_destroy(&a);
	igraph_matrix_destroy(&m);
	igraph_matrix_destroy(&b);
	return st;
}

/* ---- balance ---- */

/* Index of the tie between vertices u and v, SIZE_MAX if none. */
static size_t find_tie(const ctx *c, size_t u, size_t v)
{
	for (size_t k = c->off[u]; k < c->off[u + 1]; k++)
		if (c->adj[k] == v)
			return c->adj_tie[k];
	return SIZE_MAX;
}

static erg_status balance(ctx *c, erg_error *err)
{
	igraph_vector_int_t edges, tri;
	igraph_t graph;
	double wb = 0, wall = 0;
	erg_status st;

	if (c->nt == 0)
		return ERG_OK;
	if (igraph_vector_int_init(&edges, 2 * (igraph_integer_t)c->nt))
		return oom(err);
	for (size_t i = 0; i < c->nt; i++) {
		VECTOR(edges)[2 * i] = (igraph_integer_t)c->ties[i].u;
		VECTOR(edges)[2 * i + 1] = (igraph_integer_t)c->ties[i].v;
	}
	st = erg__igraph_status(
	    igraph_create(&graph, &edges, (igraph_integer_t)c->nv, false), err,
	    "graph construction");
	igraph_vector_int_destroy(&edges);
	if (st)
		return st;
	if (igraph_vector_int_init(&tri, 0)) {
		igraph_destroy(&graph);
		return oom(err);
	}
	st = erg__igraph_status(igraph_list_triangles(&graph, &tri), err,
				"triangles");
	for (igraph_integer_t i = 0;
	     st == ERG_OK && i + 2 < igraph_vector_int_size(&tri); i += 3) {
		size_t a = (size_t)VECTOR(tri)[i],
		       b = (size_t)VECTOR(tri)[i + 1],
		       d = (size_t)VECTOR(tri)[i + 2];
		const tie *x = &c->ties[find_tie(c, a, b)];
		const tie *y = &c->ties[find_tie(c, b, d)];
		const tie *z = &c->ties[find_tie(c, a, d)];
		double w = fabs(x->value * y->value * z->value);

		c->s->triangles++;
		wall += w;
		if (x->sign * y->sign * z->sign > 0) {
			c->s->balanced++;
			wb += w;
		}
	}
	igraph_vector_int_destroy(&tri);
	igraph_destroy(&graph);
	if (c->s->triangles) {
		c->s->ratio = (double)c->s->balanced / (double)c->s->triangles;
		c->s->weighted_ratio = wall > 0 ? wb / wall : 1.0;
	}
	return st;
}

/* ---- frustration ---- */

/* Violated ties of vertex v under c->side. */
static size_t violated_at(const ctx *c, size_t v)
{
	size_t n = 0;
	for (size_t k = c->off[v]; k < c->off[v + 1]; k++) {
		const tie *t = &c->ties[c->adj_tie[k]];
		bool same = c->side[v] == c->side[c->adj[k]];
		n += (t->sign > 0) != same;
	}
	return n;
}

static size_t count_violated(const ctx *c)
{
	size_t n = 0;
	for (size_t i = 0; i < c->nt; i++) {
		const tie *t = &c->ties[i];
		bool same = c->side[t->u] == c->side[t->v];
		n += (t->sign > 0) != same;
	}
	return n;
}

static void frustration_exact(ctx *c)
{
	size_t n = c->nv;
	uint32_t pos[EXACT_MAX_LIMIT] = {0}, neg[EXACT_MAX_LIMIT] = {0};
	uint32_t mask = 0, best_mask = 0; /* bit v set: vertex v on side 1 */
	size_t f, best;
	uint64_t steps;

	for (size_t i = 0; i < c->nt; i++) {
		const tie *t = &c->ties[i];
		uint32_t *m = t->sign > 0 ? pos : neg;
		m[t->u] |= (uint32_t)1 << t->v;
		m[t->v] |= (uint32_t)1 << t->u;
	}
	/* all on side 0: every negative tie is violated */
	f = best = c->s->n_negative;
	/* vertex n-1 stays on side 0 (a partition and its mirror are the
	   same); Gray code over the other n-1 vertices */
	steps = n > 1 ? (uint64_t)1 << (n - 1) : 1;
	for (uint64_t i = 1; i < steps; i++) {
		unsigned k = (unsigned)__builtin_ctzll(i);
		uint32_t bit = (uint32_t)1 << k;
		uint32_t same = (mask & bit) ? mask : ~mask;
		uint32_t other = ~same;
		/* moving k: its ties to the old side flip status, and so do
		   those to the other side */
		long d = (long)__builtin_popcount(pos[k] & same) -
			 (long)__builtin_popcount(pos[k] & other) +
			 (long)__builtin_popcount(neg[k] & other) -
			 (long)__builtin_popcount(neg[k] & same);
		f = (size_t)((long)f + d);
		mask ^= bit;
		if (f < best) {
			best = f;
			best_mask = mask;
		}
	}
	for (size_t v = 0; v < n; v++)
		c->side[v] = (best_mask >> v) & 1;
	c->s->frustration = best;
	c->s->frustration_exact = true;
}

static uint64_t xorshift(uint64_t *state)
{
	uint64_t x = *state;
	x ^= x >> 12;
	x ^= x << 25;
	x ^= x >> 27;
	*state = x;
	return x * 0x2545F4914F6CDD1DULL;
}

/* Flips vertices with more violated than satisfied ties until none is
 * left; `viol` holds violated ties per vertex and is kept up to date.
 * Returns the new frustration. */
static size_t local_search(ctx *c, size_t *viol, size_t f)
{
	bool improved = true;
	while (improved) {
		improved = false;
		for (size_t v = 0; v < c->nv; v++) {
			size_t deg = c->off[v + 1] - c->off[v];
			if (2 * viol[v] <= deg)
				continue;
			f -= 2 * viol[v] - deg;
			c->side[v] ^= 1;
			viol[v] = deg - viol[v];
			for (size_t k = c->off[v]; k < c->off[v + 1]; k++) {
				const tie *t = &c->ties[c->adj_tie[k]];
				size_t w = c->adj[k];
				bool same = c->side[v] == c->side[w];
				if ((t->sign > 0) != same)
					viol[w]++;
				else
					viol[w]--;
			}
			improved = true;
		}
	}
	return f;
}

static erg_status frustration_heuristic(ctx *c, erg_error *err)
{
	size_t n = c->nv, best = SIZE_MAX;
	size_t *viol = malloc((n + 1) * sizeof(size_t));
	int *keep = malloc((n + 1) * sizeof(int));
	int *best_side = malloc((n + 1) * sizeof(int));
	uint64_t state = 0x9E3779B97F4A7C15ULL ^ (uint64_t)c->opts->seed;
	unsigned restarts = c->opts->restarts ? c->opts->restarts : 1;

	if (!viol || !keep || !best_side) {
		free(viol);
		free(keep);
		free(best_side);
		return oom(err);
	}
	if (!state)
		state = 1;
	for (unsigned r = 0; r < restarts; r++) {
		size_t f;
		for (size_t v = 0; v < n; v++)
			c->side[v] = (int)(xorshift(&state) >> 63);
		for (size_t v = 0; v < n; v++)
			viol[v] = violated_at(c, v);
		f = local_search(c, viol, count_violated(c));
		for (unsigned k = 0; k < KICKS; k++) {
			size_t flips = n / 20 + 1, g;
			memcpy(keep, c->side, n * sizeof(int));
			for (size_t j = 0; j < flips; j++)
				c->side[xorshift(&state) % n] ^= 1;
			for (size_t v = 0; v < n; v++)
				viol[v] = violated_at(c, v);
			g = local_search(c, viol, count_violated(c));
			if (g <= f)
				f = g;
			else
				memcpy(c->side, keep, n * sizeof(int));
		}
		if (f < best) {
			best = f;
			memcpy(best_side, c->side, n * sizeof(int));
		}
	}
	memcpy(c->side, best_side, n * sizeof(int));
	c->s->frustration = best;
	c->s->frustration_exact = false;
	free(viol);
	free(keep);
	free(best_side);
	return ERG_OK;
}

static erg_status frustration(ctx *c, erg_error *err)
{
	size_t lim = c->opts->exact_max;
	erg_status st = ERG_OK;

	if (lim > EXACT_MAX_LIMIT)
		lim = EXACT_MAX_LIMIT;
	if (c->nv == 0) {
		c->s->frustration_exact = true;
		return ERG_OK;
	}
	if (c->nv <= lim)
		frustration_exact(c);
	else
		st = frustration_heuristic(c, err);
	if (st)
		return st;
	/* side 0 is the side of the lowest actor */
	for (size_t v = 0; v < c->nv; v++)
		c->s->side[c->actor_of[v]] = c->side[v] ^ c->side[0];
	return ERG_OK;
}

/* ---- blocs ---- */

typedef struct {
	long id;
	size_t size;
	size_t first; /* lowest vertex */
} bloc_info;

static int bloc_cmp(const void *pa, const void *pb)
{
	const bloc_info *x = pa, *y = pb;
	if (x->size != y->size)
		return x->size > y->size ? -1 : 1;
	return x->first < y->first ? -1 : x->first > y->first;
}

/* Runs spinglass on the vertices of component `comp` (membership in
 * `cm`); writes raw bloc ids, starting at *next, into raw[]. */
static erg_status spinglass_component(ctx *c, const igraph_vector_int_t *cm,
				      igraph_integer_t comp, size_t size,
				      long *raw, long *next, erg_error *err)
{
	igraph_vector_int_t edges, memb, csize;
	igraph_vector_t w;
	igraph_t sub;
	size_t *local = NULL, *global = NULL, ne = 0, k = 0;
	igraph_real_t mod, temp;
	igraph_integer_t spins;
	erg_status st = ERG_OK;

	local = malloc(c->nv * sizeof(size_t));
	global = malloc(size * sizeof(size_t));
	if (!local || !global) {
		free(local);
		free(global);
		return oom(err);
	}
	for (size_t v = 0; v < c->nv; v++)
		if (VECTOR(*cm)[v] == comp) {
			local[v] = k;
			global[k++] = v;
		}
	for (size_t i = 0; i < c->nt; i++)
		ne += VECTOR(*cm)[c->ties[i].u] == comp;
	if (igraph_vector_int_init(&edges, 2 * (igraph_integer_t)ne)) {
		free(local);
		free(global);
		return oom(err);
	}
	if (igraph_vector_init(&w, (igraph_integer_t)ne)) {
		igraph_vector_int_destroy(&edges);
		free(local);
		free(global);
		return oom(err);
	}
	k = 0;
	for (size_t i = 0; i < c->nt; i++) {
		const tie *t = &c->ties[i];
		if (VECTOR(*cm)[t->u] != comp)
			continue;
		VECTOR(edges)[2 * k] = (igraph_integer_t)local[t->u];
		VECTOR(edges)[2 * k + 1] = (igraph_integer_t)local[t->v];
		VECTOR(w)[k++] = t->value;
	}
	st = erg__igraph_status(
	    igraph_create(&sub, &edges, (igraph_integer_t)size, false), err,
	    "graph construction");
	igraph_vector_int_destroy(&edges);
	if (st)
		goto out;
	igraph_vector_int_init(&memb, 0);
	igraph_vector_int_init(&csize, 0);
	spins = (igraph_integer_t)(c->opts->spins < 2 ? 2 : c->opts->spins);
	if ((size_t)spins > size)
		spins = (igraph_integer_t)size;
	st = erg__igraph_status(
	    igraph_community_spinglass(&sub, &w, &mod, &temp, &memb, &csize,
				       spins, false, 1.0, 0.01,
				       size <= COOL_SLOW_MAX ? 0.99 : 0.95,
				       IGRAPH_SPINCOMM_UPDATE_CONFIG, 1.0,
				       IGRAPH_SPINCOMM_IMP_NEG, 1.0),
	    err, "signed blocs (spinglass)");
	(void)erg__igraph_last_warning();
	if (st == ERG_OK) {
		long top = 0;
		for (size_t i = 0; i < size; i++) {
			long b = (long)VECTOR(memb)[i];
			raw[global[i]] = *next + b;
			if (b + 1 > top)
				top = b + 1;
		}
		*next += top;
	}
	igraph_vector_int_destroy(&memb);
	igraph_vector_int_destroy(&csize);
	igraph_destroy(&sub);
out:
	igraph_vector_destroy(&w);
	free(local);
	free(global);
	return st;
}

static erg_status blocs(ctx *c, erg_error *err)
{
	igraph_vector_int_t edges, cm, csz;
	igraph_integer_t ncomp = 0;
	igraph_t graph;
	long *raw = NULL, next = 0, *map = NULL;
	bloc_info *info = NULL;
	erg_status st;

	if (!c->opts->blocs || c->nv == 0)
		return ERG_OK;
	if (c->nv > c->opts->blocs_max) {
		c->s->blocs_skipped = true;
		return ERG_OK;
	}
	if (igraph_vector_int_init(&edges, 2 * (igraph_integer_t)c->nt))
		return oom(err);
	for (size_t i = 0; i < c->nt; i++) {
		VECTOR(edges)[2 * i] = (igraph_integer_t)c->ties[i].u;
		VECTOR(edges)[2 * i + 1] = (igraph_integer_t)c->ties[i].v;
	}
	st = erg__igraph_status(
	    igraph_create(&graph, &edges, (igraph_integer_t)c->nv, false), err,
	    "graph construction");
	igraph_vector_int_destroy(&edges);
	if (st)
		return st;
	igraph_vector_int_init(&cm, 0);
	igraph_vector_int_init(&csz, 0);
	st = erg__igraph_status(
	    igraph_connected_components(&graph, &cm, &csz, &ncomp, IGRAPH_WEAK),
	    err, "components");
	igraph_destroy(&graph);
	raw = malloc(c->nv * sizeof(long));
	if (st == ERG_OK && !raw)
		st = oom(err);
	igraph_rng_seed(igraph_rng_default(), (igraph_uint_t)c->opts->seed);
	for (igraph_integer_t k = 0; st == ERG_OK && k < ncomp; k++)
		st = spinglass_component(c, &cm, k, (size_t)VECTOR(csz)[k], raw,
					 &next, err);
	if (st)
		goto done;
	/* renumber: decreasing size, ties by lowest vertex */
	info = calloc((size_t)next + 1, sizeof(*info));
	map = malloc(((size_t)next + 1) * sizeof(long));
	if (!info || !map) {
		st = oom(err);
		goto done;
	}
	for (long b = 0; b < next; b++) {
		info[b].id = b;
		info[b].first = SIZE_MAX;
	}
	for (size_t v = 0; v < c->nv; v++) {
		bloc_info *bi = &info[raw[v]];
		bi->size++;
		if (v < bi->first)
			bi->first = v;
	}
	qsort(info, (size_t)next, sizeof(*info), bloc_cmp);
	c->s->n_blocs = 0;
	for (long b = 0; b < next; b++)
		if (info[b].size)
			map[info[b].id] = (long)c->s->n_blocs++;
	for (size_t v = 0; v < c->nv; v++)
		c->s->bloc[c->actor_of[v]] = map[raw[v]];
	for (size_t i = 0; i < c->nt; i++) {
		const tie *t = &c->ties[i];
		bool same = c->s->bloc[c->actor_of[t->u]] ==
			    c->s->bloc[c->actor_of[t->v]];
		if (t->sign < 0 && same)
			c->s->bloc_neg_within++;
		if (t->sign > 0 && !same)
			c->s->bloc_pos_between++;
	}
	c->s->has_blocs = true;
done:
	igraph_vector_int_destroy(&cm);
	igraph_vector_int_destroy(&csz);
	free(raw);
	free(map);
	free(info);
	return st;
}

/* ---- entry points ---- */

static void ctx_clear(ctx *c)
{
	erg_aggregate_clear(&c->agg);
	erg__pairs_clear(&c->pairs);
	free(c->vertex_of);
	free(c->actor_of);
	free(c->ties);
	free(c->off);
	free(c->adj);
	free(c->adj_tie);
	free(c->side);
}

erg_status erg_signed_compute(const erg_graph *g, const erg_view *view,
			      const erg_signed_opts *opts, erg_signed **out,
			      erg_error *err)
{
	erg_signed_opts defaults;
	ctx c;
	erg_status st;

	*out = NULL;
	if (!opts) {
		erg_signed_opts_init(&defaults);
		opts = &defaults;
	}
	erg__igraph_init();
	memset(&c, 0, sizeof(c));
	c.g = g;
	c.opts = opts;
	if (alloc_result(&c.s, erg_graph_actor_count(g)))
		return oom(err);
	st = erg_aggregate_build(&c.agg, g, view, err);
	if (st == ERG_OK)
		st = erg__pairs_build(g, &c.agg, &c.pairs, err);
	if (st)
		goto done;
	c.s->n_relations = c.pairs.n_signed;
	c.s->n_neutral = c.pairs.n_neutral;
	c.s->directed = c.pairs.signed_directed;
	st = build_ties(&c, err);
	if (st)
		goto done;
	degrees(&c);
	st = pn_index(&c, err);
	if (st == ERG_OK)
		st = balance(&c, err);
	if (st == ERG_OK)
		st = frustration(&c, err);
	if (st == ERG_OK)
		st = blocs(&c, err);
done:
	ctx_clear(&c);
	if (st) {
		erg_signed_free(c.s);
		return st;
	}
	*out = c.s;
	return ERG_OK;
}

erg_status erg_signed_violations(const erg_graph *g, const erg_view *view,
				 const long *group, size_t *neg_within,
				 size_t *pos_between, erg_error *err)
{
	erg_aggregate agg;
	erg__pairs pairs;
	erg_status st;

	*neg_within = *pos_between = 0;
	st = erg_aggregate_build(&agg, g, view, err);
	if (st)
		return st;
	st = erg__pairs_build(g, &agg, &pairs, err);
	erg_aggregate_clear(&agg);
	if (st)
		return st;
	for (size_t i = 0; i < pairs.n; i++) {
		const erg__pair *p = &pairs.items[i];
		bool same;
		if (!p->has_signed || p->net == 0 || group[p->u] < 0 ||
		    group[p->v] < 0)
			continue;
		same = group[p->u] == group[p->v];
		if (p->net < 0 && same)
			++*neg_within;
		if (p->net > 0 && !same)
			++*pos_between;
	}
	erg__pairs_clear(&pairs);
	return ERG_OK;
}
