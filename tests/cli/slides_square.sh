#!/usr/bin/env bash
# `ergraph slides --size square`: the checks of slides_pages.sh on a square
# page (a test of its own: its own time budget under sanitizers).
PAGES=square
source "$ERGRAPH_SOURCE_DIR/tests/cli/slides_pages.sh"
