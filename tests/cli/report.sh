# report.sh - `ergraph report`: the self-contained HTML report, on the
# example and on a hostile relation table, checked by an HTML parser and
# then in headless Chromium (sorting, filtering, no console error, nothing
# injected runs, a screenshot). Exits 77 (skipped) only when Chromium is not
# installed and every other check passed.
source "$ERGRAPH_SOURCE_DIR/tests/cli_lib.sh"

PY=/usr/bin/python3
HERE=$SRC/tests/cli
RDATA=$DATA/report
REL=$EXAMPLE/relations.csv
ACT=$EXAMPLE/actors.csv

# html_check FILE ARGS...: parses FILE with Python's html.parser and checks
# its structure (see the script below); prints failures, exits 1 on any.
html_check() {
  "$PY" - "$@" <<'EOF'
import html.parser, re, sys
path, args = sys.argv[1], sys.argv[2:]
text = open(path, encoding="utf-8").read()
class P(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags, self.handlers, self.data, self.rows = {}, [], [], {}
        self.stack, self.attrs = [], []
    def handle_starttag(self, tag, attrs):
        self.tags[tag] = self.tags.get(tag, 0) + 1
        for k, v in attrs:
            self.attrs.append(v or "")
            if k.lower().startswith("on"):
                self.handlers.append((tag, k))
            if k == "href" and v and not v.startswith("#"):
                self.handlers.append((tag, k + "=" + v))
            if k in ("src", "xlink:href"):
                self.handlers.append((tag, k))
        d = dict(attrs)
        if tag == "tr" and "data-type" in d:
            self.rows[d["data-type"]] = self.rows.get(d["data-type"], 0) + 1
    def handle_data(self, data):
        self.data.append(data)
p = P()
p.feed(text)
p.close()
page = "".join(p.data) + " " + " ".join(p.attrs)
bad = []
def want(cond, msg):
    if not cond:
        bad.append(msg)
want(text.startswith("<!DOCTYPE html>"), "no HTML5 doctype first")
want(p.tags.get("script", 0) == 1, "%d script elements" % p.tags.get("script", 0))
for t in ("img", "iframe", "object", "embed", "link", "base", "foreignobject", "image"):
    want(t not in p.tags, "a <%s> element" % t)
want(not p.handlers, "event handlers or external references: %s" % p.handlers[:5])
want("<?xml" not in text and "<!DOCTYPE svg" not in text, "an XML declaration or SVG doctype inside the page")
want(re.search(r"Content-Security-Policy\" content=\"default-src 'none'; script-src 'sha256-", text), "no strict CSP")
i = 0
while i < len(args):
    op, val = args[i], args[i + 1]
    i += 2
    if op == "--text":
        want(val in page, "text %r not in the page" % val)
    elif op == "--no-text":
        want(val not in page, "text %r in the page" % val)
    elif op == "--tag-count":
        tag, n = val.split("=")
        want(p.tags.get(tag, 0) == int(n), "%d <%s>, expected %s" % (p.tags.get(tag, 0), tag, n))
    elif op == "--rows":
        want(sum(p.rows.values()) == int(val), "%d relation rows, expected %s" % (sum(p.rows.values()), val))
    elif op == "--row-types":
        want(len(p.rows) == int(val), "%d relation types in rows, expected %s" % (len(p.rows), val))
for b in bad:
    print("  " + b)
sys.exit(1 if bad else 0)
EOF
}

check_html() {
  local desc=$1; shift
  if html_check "$@" >"$TMP/check" 2>&1; then pass; else
    fail "$desc:"; cat "$TMP/check" >&2; fi
}

# expected relation counts from the example table (negated ones are left
# out by default)
count_rows() {
  "$PY" - "$REL" "$@" <<'EOF'
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8")))
t = sys.argv[2] if len(sys.argv) > 2 else None
print(sum(1 for r in rows if r["modality"] != "negated" and (t is None or r["type"] == t)))
EOF
}

# ---- the example ----
OUT=$TMP/example.html
expect_exit 0 "report on the example" -- \
  "$ERGRAPH" report "$REL" --actors "$ACT" -o "$OUT" -q
first_doc=$("$PY" -c 'import csv,sys; print(next(csv.DictReader(open(sys.argv[1])))["doc"])' "$REL")
first_ev=$("$PY" -c 'import csv,sys; print(next(csv.DictReader(open(sys.argv[1])))["evidence"])' "$REL")
dates=$("$PY" -c 'import csv,sys; d=sorted(r["date"] for r in csv.DictReader(open(sys.argv[1])) if r["date"] and r["modality"]!="negated"); print(d[0])' "$REL")
check_html "example report" "$OUT" --text "Actor network report" \
  --text "$first_doc" --text "$first_ev" --text "Period: $dates" \
  --text "North Korea" --text "Pagerank" --tag-count svg=1 \
  --rows "$(count_rows)"

# title, view options and --no-diagram
expect_exit 0 "report with a view" -- \
  "$ERGRAPH" report "$REL" --actors "$ACT" --type diplomacy \
  --title "Diplomacy & <friends>" --no-diagram -o "$TMP/view.html" -q
check_html "report with --type diplomacy" "$TMP/view.html" \
  --text "Diplomacy & <friends>" --tag-count svg=0 \
  --rows "$(count_rows diplomacy)" --row-types 1 --text "View: types diplomacy"

# an actor selection (views: --focus, --top) is named under the title
expect_exit 0 "report with --focus" -- \
  "$ERGRAPH" report "$REL" --actors "$ACT" --focus "Kim Jong Un" \
  --no-diagram -o "$TMP/focus.html" -q
check_html "report with --focus" "$TMP/focus.html" \
  --text "Ego network of Kim Jong Un, depth 1" --text "Vladimir Putin" \
  --no-text "Ukraine"

# usage and input errors leave no file behind
expect_exit 2 "report without -o" -- "$ERGRAPH" report "$REL"
expect_err_match "no output" "report without -o"
expect_exit 2 "report with an unknown metric" -- \
  "$ERGRAPH" report "$REL" --by nonsense -o "$TMP/x.html"
# -b community: unlike the other commands, report takes it (the table is
# ranked by community, so its rows come community by community)
expect_exit 0 "report --by community" -- \
  "$ERGRAPH" report "$REL" --actors "$ACT" -b community --no-diagram \
  -o "$TMP/community.html" -q
check_html "report --by community" "$TMP/community.html" \
  --text "Leading actors by community"
expect_exit 1 "report on a missing input" -- \
  "$ERGRAPH" report "$TMP/missing.csv" -o "$TMP/missing.html"
expect_absent "$TMP/missing.html" "report on a missing input"
expect_exit 1 "report over its input" -- "$ERGRAPH" report "$REL" -o "$REL"
expect_exit 0 "report --help" -- "$ERGRAPH" report --help
if grep -q -- "--no-diagram" "$TMP/stdout"; then pass; else
  fail "report --help does not list --no-diagram"; fi

# ---- hostile text: everything shows literally, nothing becomes markup ----
HOST=$TMP/hostile.html
expect_exit 0 "report on hostile text" -- \
  "$ERGRAPH" report "$RDATA/hostile-relations.csv" \
  --actors "$RDATA/hostile-actors.csv" -o "$HOST" -q
PAYLOADS=(
  --text "He said <script>alert(1)</script> and left."
  --text '"><img src=x onerror=alert(1)> was posted'
  --text 'doc"><script>alert(3)</script>.txt'
  --text "</textarea></title></style></script><script>alert(2)</script>"
  --text "&amp; &lt;script&gt; &bogus; &#60;script&#62;"
  --text "Quote \"Q\" & 'Sons' <Ltd>"
  --text "<iframe src=x>"
  --text "javascript:alert(1)"
)
check_html "hostile report" "$HOST" "${PAYLOADS[@]}" --rows 6 --tag-count svg=1
if grep -qiE '<(script|img|iframe)[ >][^<]*alert' "$HOST"; then
  fail "hostile report: raw injected markup in the file"; else pass; fi

# ---- in a browser ----
CHROMIUM=$(command -v chromium || command -v chromium-browser || true)
if [[ -z $CHROMIUM ]]; then
  echo "SKIP: chromium is not installed (Debian package 'chromium'," \
    "see scripts/deps.sh): the browser checks did not run"
  finish || exit 1
  exit 77
fi

browse() {
  local desc=$1; shift
  if "$PY" "$HERE/report_browser.py" --chromium "$CHROMIUM" "$@" \
    >"$TMP/browser.out" 2>&1; then pass; else
    fail "$desc in Chromium:"; cat "$TMP/browser.out" >&2; fi
}
browse "example report" --html "$OUT" --screenshot "$TMP/example.png" \
  --expect-text "$first_ev"
PT=()
for ((i = 1; i < ${#PAYLOADS[@]}; i += 2)); do
  PT+=(--expect-text "${PAYLOADS[i]}")
done
browse "hostile report" --html "$HOST" --screenshot "$TMP/hostile.png" "${PT[@]}"
for f in "$TMP/example.png" "$TMP/hostile.png"; do
  if [[ -s $f && $(head -c 8 "$f" | od -An -tx1 | tr -d ' \n') == 89504e470d0a1a0a ]] &&
    (($(stat -c %s "$f") > 20000)); then pass; else
    fail "screenshot $f is missing or not a non-trivial PNG"; fi
done

finish
