#!/usr/bin/env bash
# lexicon.sh - `ergraph lexicon check` and `stats`: a file of the default
# (or a copy of one) is checked without warnings about itself, an edited
# default file takes its compiled-in copy's place, a layer warns only where
# it gives an alias to another actor, errors carry file:line:column, and
# usage errors exit 2.
source "$ERGRAPH_SOURCE_DIR/tests/cli_lib.sh"

LEX=$SRC/lexicons

# expect_no_warning DESC: the last stderr is empty
expect_quiet_err() {
  if [[ ! -s $TMP/err ]]; then pass; else
    fail "$1: stderr: $(head -c 400 "$TMP/err")"; fi
}

# every compiled-in file: no warning, and the size line says it took the
# place of its compiled-in copy (as given, and through a relative path)
for f in "$LEX/en.lex" "$LEX"/world/*.lex; do
  name=${f#"$SRC/"}
  expect_exit 0 "check $name" -- "$ERGRAPH" lexicon check "$f"
  expect_quiet_err "check $name"
  grep -qF "checked in place of the compiled-in $name" "$TMP/stdout" && pass ||
    fail "check $name: no 'in place of' line: $(cat "$TMP/stdout")"
done
(cd "$LEX" && "$ERGRAPH" lexicon check en.lex >"$TMP/stdout" 2>"$TMP/err")
[[ $? -eq 0 ]] && pass || fail "check en.lex from lexicons/: exit $?"
expect_quiet_err "check en.lex from lexicons/"
grep -qF "in place of the compiled-in lexicons/en.lex" "$TMP/stdout" && pass ||
  fail "check en.lex from lexicons/: not in place of its copy"

# the size of a default file checked in its place is the default's
expect_exit 0 "stats" -- "$ERGRAPH" lexicon stats
want=$(sed 's/^default: //' "$TMP/stdout")
expect_exit 0 "check en.lex -> size" -- "$ERGRAPH" lexicon check "$LEX/en.lex"
got=$(head -1 "$TMP/stdout" | sed 's/^[^:]*: //')
[[ $got == "$want" ]] && pass || fail "en.lex in place: '$got', default: '$want'"

# a copy elsewhere is a layer over the whole default: repeating it is no
# warning
mkdir -p "$TMP/copy"
cp "$LEX/en.lex" "$LEX/world/states.lex" "$TMP/copy/"
expect_exit 0 "check copies" -- "$ERGRAPH" lexicon check "$TMP/copy/en.lex" "$TMP/copy/states.lex"
expect_quiet_err "check copies"
grep -q "in place of" "$TMP/stdout" && fail "check copies: a copy took a default file's place" || pass

# an edited default file in the source layout: its changes are checked
# against the rest of the default, never against its old self
mkdir -p "$TMP/tree/lexicons/world"
sed 's/^\(  alias Russia\b.*\)$/\1 | Rossiyskaya/' "$LEX/world/states.lex" >"$TMP/tree/lexicons/world/states.lex"
grep -q 'Rossiyskaya' "$TMP/tree/lexicons/world/states.lex" || fail "fixture: no alias line for Russia"
printf 'actor ZZ state Zedland\n  alias Zedland | Korean War\n' >>"$TMP/tree/lexicons/world/states.lex"
expect_exit 0 "check edited states.lex" -- "$ERGRAPH" lexicon check "$TMP/tree/lexicons/world/states.lex"
grep -qF "in place of the compiled-in lexicons/world/states.lex" "$TMP/stdout" && pass ||
  fail "edited states.lex: not in place of its copy"
# the one real override: a discard phrase of en.lex given to an actor
[[ $(grep -c warning "$TMP/err") -eq 1 ]] && pass ||
  fail "edited states.lex: expected one warning: $(head -c 600 "$TMP/err")"
expect_err_match "^ergraph: warning: .*states\.lex:[0-9]+: alias 'Korean War' taken over from lexicons/en\.lex:[0-9]+\$" "edited states.lex"

# a user layer: an alias of a default actor given to another actor warns;
# the same actor again does not; -q silences
printf 'actor XX state Xland\n  alias Xland | Russia\n' >"$TMP/other.lex"
expect_exit 0 "layer taking an alias over" -- "$ERGRAPH" lexicon check "$TMP/other.lex"
[[ $(grep -c warning "$TMP/err") -eq 1 ]] && pass ||
  fail "layer: expected one warning: $(head -c 600 "$TMP/err")"
expect_err_match "^ergraph: warning: .*other\.lex:2: alias 'Russia' taken over from lexicons/world/states\.lex:[0-9]+\$" "layer"
printf 'actor RUS state\n  alias Russia | Rossiya\n' >"$TMP/same.lex"
expect_exit 0 "layer repeating an alias" -- "$ERGRAPH" lexicon check "$TMP/same.lex"
expect_quiet_err "layer repeating an alias"
expect_exit 0 "check -q" -- "$ERGRAPH" lexicon check -q "$TMP/other.lex"
expect_quiet_err "check -q"
[[ ! -s $TMP/stdout ]] && pass || fail "check -q printed: $(cat "$TMP/stdout")"

# errors: file:line:column, exit 1; the other files are still checked
printf 'actor A state\n  alias Aa\nactor B state\n  alias Bb | Aa\n' >"$TMP/dup.lex"
expect_exit 1 "duplicate in the file" -- "$ERGRAPH" lexicon check "$TMP/dup.lex" "$TMP/same.lex"
expect_err_match "^ergraph: .*dup\.lex:4:[0-9]+: alias 'Aa' defined twice \(first at line 2, for A\)\$" "duplicate in the file"
grep -q "same.lex: " "$TMP/stdout" && pass || fail "the file after a bad one was not checked"
printf 'cue frobnicates verb src=subj tgt=obj : frobnicate{,s,d}\n' >"$TMP/cue.lex"
expect_exit 1 "cue of an unknown type" -- "$ERGRAPH" lexicon check "$TMP/cue.lex"
expect_err_match "cue\.lex:1(:[0-9]+)?: cue: unknown relation type 'frobnicates'" "cue of an unknown type"
printf 'cue cooperation verb src=subj tgt=bogus : frobnicated\n' >"$TMP/slot.lex"
expect_exit 1 "unknown slot" -- "$ERGRAPH" lexicon check "$TMP/slot.lex"
expect_err_match "slot\.lex:1:[0-9]+: unknown slot 'bogus' \(subj, obj, poss, focus, dispute, topic, near, \+WORD\)\$" "unknown slot"
expect_exit 1 "missing file" -- "$ERGRAPH" lexicon check "$TMP/none.lex"
expect_err_match "none\.lex" "missing file"

# usage: exit 2, "ergraph lexicon: MSG" and the hint
usage() { # DESC MSG-REGEX -- ARGS...
  local desc=$1 re=$2; shift 3
  expect_exit 2 "$desc" -- "$ERGRAPH" lexicon "$@" || return
  expect_err_match "$re" "$desc"
  expect_err_match "^Try 'ergraph lexicon --help'\.\$" "$desc hint"
}
usage "no subcommand" "^ergraph lexicon: no subcommand \(check, stats\)\$" --
usage "unknown subcommand" "^ergraph lexicon: unknown subcommand 'frob' \(check, stats\)\$" -- frob
usage "check without FILE" "^ergraph lexicon: check: no FILE\$" -- check
usage "stats with a FILE" "^ergraph lexicon: stats: no FILE expected\$" -- stats "$TMP/same.lex"
usage "unknown option" "^ergraph lexicon: invalid option '--bogus'\$" -- check --bogus "$TMP/same.lex"
expect_exit 0 "lexicon --help" -- "$ERGRAPH" lexicon --help
grep -q "^Usage: ergraph lexicon" "$TMP/stdout" && pass || fail "lexicon --help: no usage line"
expect_exit 0 "lexicon check -h" -- "$ERGRAPH" lexicon check -h

finish
