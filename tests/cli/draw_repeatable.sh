#!/usr/bin/env bash
# A drawing depends on its input only: the same network drawn with
# different heap layouts (glibc malloc tunables move where names are
# allocated) gives the same SVG byte for byte. cgraph's default object ids
# are name addresses, and Graphviz lays clusters out in id order, so
# before output/draw_ids.c the boxes of affiliated persons moved between
# runs.
source "$ERGRAPH_SOURCE_DIR/tests/cli_lib.sh"
A=(--actors "$EXAMPLE/actors.csv")
R=$EXAMPLE/relations.csv

expect_exit 0 "draw cooperation layer" -- "$ERGRAPH" draw "$R" "${A[@]}" \
  --layer cooperation -o "$TMP/ref.svg" --quiet
grep -q 'class="cluster"' "$TMP/ref.svg" && pass || fail "the layer has no boxes: the test checks nothing"
for tun in glibc.malloc.mmap_threshold=0 glibc.malloc.tcache_count=0 \
  glibc.malloc.mxfast=0:glibc.malloc.top_pad=0; do
  expect_exit 0 "draw with $tun" -- env GLIBC_TUNABLES=$tun "$ERGRAPH" draw "$R" \
    "${A[@]}" --layer cooperation -o "$TMP/again.svg" --quiet
  cmp -s "$TMP/ref.svg" "$TMP/again.svg" && pass ||
    fail "the drawing changed with the heap layout ($tun)"
done
expect_exit 0 "ego network" -- "$ERGRAPH" draw "$R" "${A[@]}" --focus PRK -o "$TMP/ego1.svg" --quiet
expect_exit 0 "ego network again" -- env GLIBC_TUNABLES=glibc.malloc.mmap_threshold=0 \
  "$ERGRAPH" draw "$R" "${A[@]}" --focus PRK -o "$TMP/ego2.svg" --quiet
cmp -s "$TMP/ego1.svg" "$TMP/ego2.svg" && pass || fail "the ego drawing changed with the heap layout"
finish
