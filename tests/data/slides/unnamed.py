"""Prints the actors drawn unnamed in an ergraph SVG figure (empty: none).

Each drawn actor (a node not of the page: ergraph:*) must have a text, and
the SVG comment `labels=kept/all` must say every label was kept.
"""
import re
import sys

svg = open(sys.argv[1], encoding="utf-8").read()
bad = []
for m in re.finditer(r'<g id="node\d+" class="node[^"]*">\s*<title>([^<]*)</title>(.*?)</g>', svg, re.S):
    if not m.group(1).startswith("ergraph:") and "<text" not in m.group(2):
        bad.append(m.group(1))
c = re.search(r"labels=(\d+)/(\d+)", svg)
if not c or c.group(1) != c.group(2):
    bad.append("comment " + (c.group(0) if c else "missing"))
print(" ".join(bad))
