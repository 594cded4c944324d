#!/usr/bin/env bash
# doc_names.sh - documents read by the CLI (ingest, and documents given to
# draw, run, ...) are named by their file name, not by the path on the
# command line: in the relations' `doc` (GraphML) and so in a diagram's
# footnote. Two documents with the same file name keep their paths.
source "$ERGRAPH_SOURCE_DIR/tests/cli_lib.sh"

mkdir -p "$TMP/a/deep" "$TMP/b" "$TMP/work"
printf 'Russia condemned Japan on 5 June 2024.\n' >"$TMP/a/deep/note.txt"
printf 'Germany criticized Russia on 6 June 2024.\n' >"$TMP/b/note.txt"
printf 'China criticized Japan on 7 June 2024.\n' >"$TMP/b/other.txt"

# doc values of a GraphML file, sorted, one a line
docs() {
  /usr/bin/python3 - "$1" <<'PY'
import sys, xml.etree.ElementTree as ET
ns = "{http://graphml.graphdrawing.org/xmlns}"
root = ET.parse(sys.argv[1]).getroot()
keys = {k.get("id") for k in root.iter(ns + "key") if k.get("attr.name") == "doc"}
print("\n".join(sorted({d.text or "" for d in root.iter(ns + "data") if d.get("key") in keys})))
PY
}
# the footnote of a DOT diagram (the graph's comment)
footnote() { sed -n 's/^[[:space:]]*comment="\(.*\)",\{0,1\}$/\1/p' "$1" | head -1; }

# a relative path with folders: the file name only
(cd "$TMP/work" && "$ERGRAPH" ingest -q ../a/deep/note.txt -o "$TMP/one.graphml") && pass ||
  fail "ingest ../a/deep/note.txt"
[[ $(docs "$TMP/one.graphml") == "note.txt" ]] && pass ||
  fail "ingest: doc is '$(docs "$TMP/one.graphml")', expected note.txt"
expect_exit 0 "draw the ingested network" -- "$ERGRAPH" draw -q "$TMP/one.graphml" -o "$TMP/one.dot"
f=$(footnote "$TMP/one.dot")
[[ $f == "Source: note.txt"* && $f != *deep* ]] && pass || fail "footnote: '$f'"

# a document drawn directly (cli_load): the same
(cd "$TMP/work" && "$ERGRAPH" draw -q ../a/deep/note.txt -o "$TMP/direct.dot") && pass ||
  fail "draw ../a/deep/note.txt"
f=$(footnote "$TMP/direct.dot")
[[ $f == "Source: note.txt"* ]] && pass || fail "draw on a document: footnote '$f'"

# two documents with one file name keep their paths; the third is named
expect_exit 0 "ingest two note.txt" -- "$ERGRAPH" ingest -q "$TMP/a/deep/note.txt" "$TMP/b/note.txt" "$TMP/b/other.txt" -o "$TMP/two.graphml"
want=$(printf '%s\n' "$TMP/a/deep/note.txt" "$TMP/b/note.txt" other.txt | sort)
[[ $(docs "$TMP/two.graphml") == "$want" ]] && pass ||
  fail "two note.txt: docs $(docs "$TMP/two.graphml" | tr '\n' ' ')"

# --explain still shows where the sentence was read
expect_exit 0 "explain" -- "$ERGRAPH" ingest -q --explain "$TMP/a/deep/note.txt"
grep -qF "$TMP/a/deep/note.txt:" "$TMP/stdout" && pass || fail "explain: no path: $(head -c 300 "$TMP/stdout")"

finish
