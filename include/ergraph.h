/*
 * ergraph.h - umbrella header: actor networks from writing about
 * international affairs. Data flows ingest -> graph -> output.
 */
#ifndef ERGRAPH_H
#define ERGRAPH_H

#include "ergraph/common.h"
#include "ergraph/types.h"
#include "ergraph/graph.h"
#include "ergraph/analysis.h"
#include "ergraph/signed.h"
#include "ergraph/structure.h"
#include "ergraph/ingest.h"
#include "ergraph/output.h"
#include "ergraph/slides.h"
#include "ergraph/temporal.h"
#include "ergraph/diff.h"
#include "ergraph/text.h"

#endif
