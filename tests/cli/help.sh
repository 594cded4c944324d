#!/usr/bin/env bash
# --help on every command, --version, and the documented exit codes.
source "$ERGRAPH_SOURCE_DIR/tests/cli_lib.sh"

expect_exit 0 "--version" -- "$ERGRAPH" --version
grep -Eq '^ergraph [0-9]+\.[0-9]+\.[0-9]+$' "$TMP/stdout" && pass || fail "--version output"
expect_exit 0 "--help" -- "$ERGRAPH" --help
for cmd in run analyze draw convert; do
  expect_exit 0 "$cmd --help" -- "$ERGRAPH" "$cmd" --help
  grep -q "Usage: ergraph $cmd" "$TMP/stdout" && pass || fail "$cmd --help text"
  grep -q -- "--actors FILE" "$TMP/stdout" && pass || fail "$cmd --help lacks the input options"
done
finish
