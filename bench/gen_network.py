#!/usr/bin/python3
"""Generate a synthetic actor network as GraphML in ergraph's format.

The network is directed (edgedefault="directed"), with typed, weighted,
dated relations carrying a modality and a line of evidence, like the
networks ergraph builds from news text:

  * actors are spread over a few communities of unequal size;
  * relation endpoints are drawn by preferential attachment (an urn of
    past endpoints mixed with uniform picks), so degrees follow a
    heavy-tailed, power-law-like distribution with a few hubs;
  * most relations stay inside a community; relations inside one lean to
    positive types, relations across communities to negative ones;
  * some relations repeat an earlier pair (parallel relations: the same
    actors meeting again, or another type on the same pair).

The relation type names, polarities and directedness come from
lexicons/types.tsv (see --types), never from this script. Only the Python
standard library is used. Output is deterministic for a given --seed.

Usage: gen_network.py [--actors N] [--relations M] [--seed S]
                      [--communities K] [--types FILE] -o FILE
"""

import argparse
import datetime
import math
import os
import random
import sys
from xml.sax.saxutils import escape, quoteattr

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_TYPES = os.path.join(HERE, "..", "lexicons", "types.tsv")

# Actor kinds and modalities are ergraph's fixed enums (graph.h), not
# domain lexicon data; the shares are the generator's own choice.
KINDS = [("person", 0.46), ("state", 0.05), ("organization", 0.26),
	 ("group", 0.17), ("other", 0.06)]
MODALITIES = [("reported", 0.70), ("alleged", 0.11), ("denied", 0.05),
	      ("projected", 0.05), ("hypothetical", 0.03),
	      ("prescribed", 0.03), ("negated", 0.03)]

SYLLABLES = ("ka ri to na mo le sa vi du ra el an or is ul ba ne qu "
	     "zo ta mi ko ha ve lo ar en si po da ju").split()
PERSON_FIRST = ("Amina Boris Chen Dara Elif Farid Greta Hana Ivan Jamal "
		"Kofi Lena Mateo Nadia Omar Priya Quentin Rosa Sergei Tariq "
		"Ursula Viktor Wen Yusuf Zara").split()
ORG_WORDS = ("Council Agency Union Bank Forum Commission Institute "
	     "Alliance Company Ministry Fund Authority").split()
GROUP_WORDS = ("Front Brigade Movement Army Militia Legion Guard "
	       "Resistance Battalion").split()
OTHER_WORDS = ("Pipeline Summit Accord Port Corridor Treaty").split()


def read_types(path):
	"""Return [(name, polarity, directed)] from a types.tsv table."""
	types = []
	header = None
	with open(path, encoding="utf-8") as f:
		for line in f:
			line = line.rstrip("\n")
			if not line.strip() or line.startswith("#"):
				continue
			cols = line.split("\t")
			if header is None:
				header = [c.strip().lower() for c in cols]
				continue
			row = dict(zip(header, cols))
			name = row.get("name", "").strip()
			if not name:
				continue
			types.append((name, row.get("polarity", "0").strip(),
				      row.get("directed", "yes").strip().lower()
				      in ("yes", "true", "1")))
	if not types:
		sys.exit("gen_network: no relation types in %s" % path)
	return types


def weighted_choice(rng, pairs):
	x = rng.random() * sum(w for _, w in pairs)
	for v, w in pairs:
		x -= w
		if x < 0:
			return v
	return pairs[-1][0]


def make_name(rng, kind, used):
	for _ in range(100):
		word = "".join(rng.choice(SYLLABLES)
			       for _ in range(rng.randint(2, 3))).capitalize()
		if kind == "person":
			name = "%s %s" % (rng.choice(PERSON_FIRST), word)
		elif kind == "state":
			name = "Republic of %s" % word if rng.random() < 0.3 \
				else word + "ia"
		elif kind == "organization":
			name = "%s %s" % (word, rng.choice(ORG_WORDS))
		elif kind == "group":
			name = "%s %s" % (word, rng.choice(GROUP_WORDS))
		else:
			name = "%s %s" % (word, rng.choice(OTHER_WORDS))
		if name not in used:
			used.add(name)
			return name
	name = "%s %d" % (name, len(used))
	used.add(name)
	return name


EVIDENCE = {
	"+": ["{a} and {b} agreed to deepen {t} after talks in {m}.",
	      "{a} pledged {t} with {b}, officials said in {m}.",
	      "Sources describe growing {t} between {a} and {b} since {m}."],
	"-": ["{a} was accused of {t} against {b} in {m}.",
	      "{a} announced {t} targeting {b} in {m}.",
	      "Clashes marked by {t} pitted {a} against {b} in {m}."],
	"0": ["{a} is linked to {b} ({t}), according to a {m} report.",
	      "A {m} report notes {t} between {a} and {b}."],
}


def main():
	ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
	ap.add_argument("--actors", type=int, default=5000)
	ap.add_argument("--relations", type=int, default=25000)
	ap.add_argument("--seed", type=int, default=1)
	ap.add_argument("--communities", type=int, default=6)
	ap.add_argument("--types", default=DEFAULT_TYPES)
	ap.add_argument("-o", "--output", required=True)
	a = ap.parse_args()
	if a.actors < 2 or a.relations < 0 or a.communities < 1:
		ap.error("need --actors >= 2, --relations >= 0, "
			 "--communities >= 1")

	rng = random.Random(a.seed)
	types = read_types(a.types)
	by_pol = {p: [t for t in types if t[1] == p] for p in "+-0"}

	# Actors: kind, label, community (sizes ~ 1/rank, at least 2 actors).
	n = a.actors
	k = min(a.communities, n // 2) or 1
	shares = [1.0 / (i + 1) for i in range(k)]
	comm_of = [weighted_choice(rng, list(enumerate(shares)))
		   for _ in range(n)]
	members = [[] for _ in range(k)]
	for v, c in enumerate(comm_of):
		members[c].append(v)
	for c in range(k):	# no empty community
		if not members[c]:
			v = rng.randrange(n)
			members[comm_of[v]].remove(v)
			comm_of[v] = c
			members[c].append(v)
	used = set()
	kind_of = [weighted_choice(rng, KINDS) for _ in range(n)]
	label_of = [make_name(rng, kind_of[v], used) for v in range(n)]

	# Endpoint urns (global and per community) for preferential attachment.
	urn = []
	curn = [[] for _ in range(k)]

	def pick(c):
		pool = members[c] if c is not None else None
		u = curn[c] if c is not None else urn
		if not u or rng.random() < 0.35:
			return rng.choice(pool) if pool else rng.randrange(n)
		return rng.choice(u)

	start = datetime.date(2015, 1, 1).toordinal()
	span = datetime.date(2024, 12, 31).toordinal() - start
	pairs = []
	out = []
	w = out.append
	w('<?xml version="1.0" encoding="UTF-8"?>\n')
	w('<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
	  'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
	  'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns '
	  'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n')
	for key, dom, typ in (("label", "node", "string"),
			      ("kind", "node", "string"),
			      ("type", "edge", "string"),
			      ("modality", "edge", "string"),
			      ("date", "edge", "string"),
			      ("weight", "edge", "double"),
			      ("evidence", "edge", "string"),
			      ("symmetric", "edge", "boolean")):
		w('  <key id="%s" for="%s" attr.name="%s" attr.type="%s"/>\n'
		  % (key, dom, key, typ))
	w('  <graph id="bench" edgedefault="directed">\n')
	for v in range(n):
		w('    <node id="a%d">\n'
		  '      <data key="label">%s</data>\n'
		  '      <data key="kind">%s</data>\n'
		  '    </node>\n' % (v, escape(label_of[v]), kind_of[v]))

	for e in range(a.relations):
		if pairs and rng.random() < 0.08:
			s, t = rng.choice(pairs)	# parallel relation
			if rng.random() < 0.3:
				s, t = t, s
		else:
			s = pick(None)
			inside = rng.random() < 0.8
			c = comm_of[s] if inside else rng.randrange(k)
			t = s
			for _ in range(20):
				t = pick(c)
				if t != s:
					break
			if t == s:
				t = (s + 1 + rng.randrange(n - 1)) % n
			pairs.append((s, t))
			urn.extend((s, t))
			curn[comm_of[s]].append(s)
			curn[comm_of[t]].append(t)
		same = comm_of[s] == comm_of[t]
		pol = weighted_choice(rng, [("+", 0.65 if same else 0.25),
					    ("-", 0.20 if same else 0.60),
					    ("0", 0.15)])
		cand = by_pol[pol] or types
		name, tpol, directed = cand[min(len(cand) - 1,
					       int(rng.paretovariate(1.2)) - 1)
					   if rng.random() < 0.5
					   else rng.randrange(len(cand))]
		day = datetime.date.fromordinal(start + rng.randrange(span + 1))
		weight = round(min(10.0, max(0.05,
					     rng.lognormvariate(0.0, 0.6))), 3)
		mod = weighted_choice(rng, MODALITIES)
		sent = rng.choice(EVIDENCE.get(tpol, EVIDENCE["0"])).format(
			a=label_of[s], b=label_of[t],
			t=name.replace("_", " "), m=day.strftime("%B %Y"))
		w('    <edge id="e%d" source="a%d" target="a%d">\n'
		  '      <data key="type">%s</data>\n'
		  '      <data key="modality">%s</data>\n'
		  '      <data key="date">%s</data>\n'
		  '      <data key="weight">%s</data>\n'
		  '      <data key="evidence">%s</data>\n'
		  '      <data key="symmetric">%s</data>\n'
		  '    </edge>\n'
		  % (e, s, t, escape(name), mod, day.isoformat(), repr(weight),
		     escape(sent), "false" if directed else "true"))
	w('  </graph>\n</graphml>\n')

	data = "".join(out)
	if a.output == "-":
		sys.stdout.write(data)
	else:
		tmp = a.output + ".tmp"
		with open(tmp, "w", encoding="utf-8") as f:
			f.write(data)
		os.replace(tmp, a.output)
	return 0


if __name__ == "__main__":
	sys.exit(main())
