# ingest.sh - `ergraph ingest`, `ergraph lexicon check` and documents in
# `ergraph run`: output, explain, bad input (exit 1, no partial output).
source "$(dirname "$0")/../cli_lib.sh"

DOC=$ERGRAPH_SHARED/corpus/russia-dprk-ties-2024.txt
OUT=$TMP/brief.graphml

expect_exit 0 "ingest the brief" -- "$ERGRAPH" ingest -q "$DOC" -o "$OUT"
if grep -q '<edge ' "$OUT" && grep -q 'russia-dprk-ties-2024.txt' "$OUT"; then pass; else fail "no edges or no doc in GraphML"; fi
expect_exit 0 "explain" -- "$ERGRAPH" ingest -q --explain "$DOC"
if grep -q 'cue: "' "$TMP/stdout"; then pass; else fail "explain shows no cue"; fi

printf 'Russia condemned Japan on 5 June 2024.\n' > "$TMP/a.txt"
printf '<html><body><article><p>Germany criticized Russia.</p></article></body></html>\n' > "$TMP/b.html"
expect_exit 0 "run with documents" -- "$ERGRAPH" run -q "$TMP/a.txt" "$TMP/b.html" -o "$TMP/run"

# bad lexicons: file and line, exit 1, no output file
printf 'actor A state\n  alias Aa\nactor B state\n  alias Aa\n' > "$TMP/dup.lex"
expect_exit 1 "duplicate alias" -- "$ERGRAPH" ingest -q -l "$TMP/dup.lex" "$TMP/a.txt" -o "$TMP/x.graphml"
if grep -q 'dup.lex:4:' "$TMP/err"; then pass; else fail "no file:line in: $(cat "$TMP/err")"; fi
if [[ ! -e $TMP/x.graphml ]]; then pass; else fail "partial output written"; fi
printf 'actor A stat\n' > "$TMP/bad.lex"
expect_exit 1 "lexicon check syntax" -- "$ERGRAPH" lexicon check "$TMP/bad.lex"
if grep -q 'bad.lex:1:9:' "$TMP/err"; then pass; else fail "no file:line:col in: $(cat "$TMP/err")"; fi
expect_exit 0 "lexicon check ok" -- "$ERGRAPH" lexicon check "$DATA/lexicon/mini-world.lex"

# bad documents
: > "$TMP/empty.txt"
expect_exit 0 "empty document" -- "$ERGRAPH" ingest -q "$TMP/empty.txt" -o "$TMP/e.graphml"
printf 'ab\000cd' > "$TMP/bin.txt"
expect_exit 1 "binary document" -- "$ERGRAPH" ingest -q "$TMP/bin.txt" -o "$TMP/y.graphml"
if [[ ! -e $TMP/y.graphml ]]; then pass; else fail "partial output on binary"; fi
printf 'Russia \377 Japan.\n' > "$TMP/utf.txt"
expect_exit 1 "invalid UTF-8" -- "$ERGRAPH" ingest -q "$TMP/utf.txt" -o "$TMP/z.graphml"
if grep -q 'UTF-8' "$TMP/err"; then pass; else fail "no UTF-8 message"; fi
expect_exit 2 "no output" -- "$ERGRAPH" ingest "$TMP/a.txt"

finish
