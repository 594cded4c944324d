#!/usr/bin/python3
"""report_browser.py - opens an ergraph HTML report in headless Chromium and
checks it as a reader would use it (used by tests/cli/report.sh).

Chromium is driven through the DevTools protocol over --remote-debugging-pipe
(file descriptors 3 and 4, NUL-separated JSON), so that only the Python
standard library is needed. Before the page loads, alert/confirm/prompt are
replaced by functions that count calls, so that any injected script that
runs is seen. Checks:
  - the page loads, its own script ran (data-ready), no console error, no
    uncaught exception, no CSP violation or failed load (Log.entryAdded
    errors: the page must not reach for the network);
  - a real mouse click on a column header of the metrics table sorts it:
    the order changes and is ascending by actor, a second click reverses it;
  - a real click on a filter check box hides relations, and fades the
    diagram's lines of exactly those relations (by type, by modality);
  - no injected code ran, the DOM holds exactly one script element and no
    img, iframe, object or embed element, and no element carries an event
    handler attribute (on*);
  - with --expect-text, each given string appears literally in the page text
    (escaped, not stripped);
  - a screenshot (1400x1000) is written to --screenshot.
Prints one line per failed check and exits 1 if any failed, 0 otherwise.
"""
import argparse
import base64
import fcntl
import json
import os
import pathlib
import select
import subprocess
import shutil
import struct
import sys
import tempfile
import time
import zlib

failures = []


def fail(msg):
    failures.append(msg)
    print("FAIL: " + msg, file=sys.stderr)


class Browser:
    def __init__(self, chromium, profile, timeout):
        self.deadline = time.monotonic() + timeout
        to_chrome_r, self.to_chrome = os.pipe()
        self.from_chrome, from_chrome_w = os.pipe()

        def fds():
            # move both ends above 4 first, in case one is already 3 or 4;
            # dup2 makes 3 and 4 inheritable, everything Python opened
            # is not (PEP 446), so nothing else reaches Chromium
            a = fcntl.fcntl(to_chrome_r, fcntl.F_DUPFD, 10)
            b = fcntl.fcntl(from_chrome_w, fcntl.F_DUPFD, 10)
            os.dup2(a, 3)
            os.dup2(b, 4)
            os.close(a)
            os.close(b)

        self.log = open(os.path.join(profile, "chromium.log"), "wb")
        self.proc = subprocess.Popen(
            [chromium, "--headless=new", "--no-sandbox", "--disable-gpu",
             "--remote-debugging-pipe", "--user-data-dir=" + profile,
             "--no-first-run", "--no-default-browser-check",
             "--disable-extensions", "--disable-background-networking",
             "--disable-dev-shm-usage",
             "--disable-component-update", "--disable-sync",
             "--window-size=1400,1000", "--hide-scrollbars",
             "about:blank"],
            stdin=subprocess.DEVNULL, stdout=self.log, stderr=self.log,
            preexec_fn=fds, close_fds=False)
        os.close(to_chrome_r)
        os.close(from_chrome_w)
        self.buf = b""
        self.next_id = 0
        self.events = []

    def _read_message(self):
        while b"\0" not in self.buf:
            left = self.deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError("Chromium did not answer in time")
            r, _, _ = select.select([self.from_chrome], [], [], left)
            if not r:
                continue
            chunk = os.read(self.from_chrome, 1 << 20)
            if not chunk:
                raise EOFError("Chromium closed the pipe")
            self.buf += chunk
        msg, self.buf = self.buf.split(b"\0", 1)
        return json.loads(msg)

    def call(self, method, params=None, session=None):
        self.next_id += 1
        mid = self.next_id
        msg = {"id": mid, "method": method, "params": params or {}}
        if session:
            msg["sessionId"] = session
        data = json.dumps(msg).encode() + b"\0"
        while data:
            n = os.write(self.to_chrome, data)
            data = data[n:]
        while True:
            m = self._read_message()
            if m.get("id") == mid:
                if "error" in m:
                    raise RuntimeError("%s: %s" % (method, m["error"]))
                return m.get("result", {})
            self.events.append(m)

    def wait_event(self, method):
        for i, m in enumerate(self.events):
            if m.get("method") == method:
                del self.events[i]
                return m
        while True:
            m = self._read_message()
            if m.get("method") == method:
                return m
            self.events.append(m)

    def close(self):
        try:
            self.call("Browser.close")
        except Exception:
            pass
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        os.close(self.to_chrome)
        os.close(self.from_chrome)
        self.log.close()


GUARD = """
window.__ergInjected = 0;
(function () {
  function hit() { window.__ergInjected++; }
  window.alert = hit; window.confirm = hit; window.prompt = hit;
})();
"""


def png_pixels(png):
    """Width, height and RGB rows of an 8-bit RGB or RGBA PNG."""
    if png[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG file")
    pos, idat, hdr = 8, b"", None
    while pos < len(png):
        n = struct.unpack(">I", png[pos:pos + 4])[0]
        kind, body = png[pos + 4:pos + 8], png[pos + 8:pos + 8 + n]
        if kind == b"IHDR":
            hdr = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
        pos += 12 + n
    w, h, depth, ctype, _, _, interlace = hdr
    if depth != 8 or ctype not in (2, 6) or interlace:
        raise ValueError("unexpected PNG layout %s" % (hdr,))
    bpp = 3 if ctype == 2 else 4
    raw, stride, rows, prev = zlib.decompress(idat), w * bpp, [], None
    for y in range(h):
        f = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        up = prev or bytearray(stride)
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            c = up[i - bpp] if i >= bpp else 0
            b = up[i]
            if f == 1:
                line[i] = (line[i] + a) & 255
            elif f == 2:
                line[i] = (line[i] + b) & 255
            elif f == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                pr = a if pa <= pb and pa <= pc else b if pb <= pc else c
                line[i] = (line[i] + pr) & 255
        rows.append([tuple(line[i:i + 3]) for i in range(0, stride, bpp)])
        prev = line
    return w, h, rows


def check_png(png):
    """The screenshot shows a rendered page, not a blank or error page."""
    try:
        w, h, rows = png_pixels(png)
    except Exception as e:
        fail("screenshot: %s" % e)
        return
    if (w, h) != (1400, 1000):
        fail("screenshot is %dx%d, expected 1400x1000" % (w, h))
        return
    colours = set()
    for y in range(0, h, 4):
        colours.update(rows[y][::4])
    if len(colours) < 64:
        fail("screenshot has only %d colours: not a rendered report" %
             len(colours))
    def share(y0, y1, test):
        px = [p for y in range(y0, y1, 5) for p in rows[y][::5]]
        return sum(1 for p in px if test(sum(p))) / len(px)

    dark = share(0, 150, lambda v: v < 200)  # the header band
    if dark < 0.8:
        fail("screenshot: the header is not dark (%.0f%% dark pixels)" %
             (100 * dark))
    light = share(400, h, lambda v: v > 600)  # the cards below
    if light < 0.6:
        fail("screenshot: the page body is not light (%.0f%% light "
             "pixels)" % (100 * light))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--chromium", default="chromium")
    ap.add_argument("--html", required=True)
    ap.add_argument("--screenshot", required=True)
    ap.add_argument("--expect-text", action="append", default=[])
    ap.add_argument("--timeout", type=float, default=90)
    args = ap.parse_args()

    profile = tempfile.mkdtemp(prefix="ergraph-chromium-")
    b = Browser(args.chromium, profile, args.timeout)
    try:
        run(b, args)
    except Exception as e:  # a broken page or browser is a failure
        fail("browser session: %s: %s" % (type(e).__name__, e))
    finally:
        b.close()
    if failures:
        sys.stderr.write("chromium log: %s\n" %
                         os.path.join(profile, "chromium.log"))
    else:
        shutil.rmtree(profile, ignore_errors=True)
    return 1 if failures else 0


def run(b, args):
    target = b.call("Target.createTarget", {"url": "about:blank"})
    s = b.call("Target.attachToTarget",
               {"targetId": target["targetId"], "flatten": True})["sessionId"]
    for m in ("Page.enable", "Runtime.enable", "Log.enable"):
        b.call(m, session=s)
    b.call("Emulation.setDeviceMetricsOverride",
           {"width": 1400, "height": 1000, "deviceScaleFactor": 1,
            "mobile": False}, session=s)
    b.call("Page.addScriptToEvaluateOnNewDocument", {"source": GUARD},
           session=s)
    url = pathlib.Path(os.path.abspath(args.html)).as_uri()
    nav = b.call("Page.navigate", {"url": url}, session=s)
    if nav.get("errorText"):
        fail("navigation: " + nav["errorText"])
        return
    b.wait_event("Page.loadEventFired")

    def js(expr):
        r = b.call("Runtime.evaluate",
                   {"expression": expr, "returnByValue": True,
                    "awaitPromise": True}, session=s)
        if "exceptionDetails" in r:
            raise RuntimeError("evaluating %r: %s" %
                               (expr[:60], r["exceptionDetails"]))
        return r["result"].get("value")

    def click(selector):
        rect = js("""(function () {
          var e = document.querySelector(%s);
          if (!e) return null;
          e.scrollIntoView({block: 'center', behavior: 'instant'});
          var r = e.getBoundingClientRect();
          return [r.left + r.width / 2, r.top + r.height / 2];
        })()""" % json.dumps(selector))
        if not rect:
            fail("no element %s to click" % selector)
            return False
        for t in ("mouseMoved", "mousePressed", "mouseReleased"):
            b.call("Input.dispatchMouseEvent",
                   {"type": t, "x": rect[0], "y": rect[1],
                    "button": "left" if t != "mouseMoved" else "none",
                    "clickCount": 1}, session=s)
        return True

    if js("document.documentElement.getAttribute('data-ready')") != "1":
        fail("the page's script did not run (data-ready unset)")

    actors = ("Array.from(document.querySelectorAll("
              "'#metrics-table tbody tr')).map(function (r) "
              "{ return r.cells[1].getAttribute('data-v'); })")
    before = js(actors)
    if not before:
        fail("the metrics table has no rows")
    elif click("#metrics-table thead th:nth-child(2) button"):
        after = js(actors)
        want = sorted(before, key=lambda x: x.lower())
        if after == before:
            fail("clicking the Actor header did not change the order")
        elif [x.lower() for x in after] != [x.lower() for x in want]:
            fail("after one click the actors are not in ascending order: "
                 "%s" % after[:6])
        if js("document.querySelector('#metrics-table thead "
              "th:nth-child(2)').getAttribute('aria-sort')") != "ascending":
            fail("the sorted header is not marked aria-sort=ascending")
        click("#metrics-table thead th:nth-child(2) button")
        again = js(actors)
        if [x.lower() for x in again] != [x.lower() for x in want][::-1]:
            fail("a second click does not reverse the order")
        # back to the ranking: the Rank column, ascending
        click("#metrics-table thead th:nth-child(1) button")
        click("#metrics-table thead th:nth-child(1) button")
        if js(actors) != before:
            fail("sorting by rank ascending does not restore the ranking")

    shown = ("document.querySelectorAll('#relations tbody tr:not([hidden])')"
             ".length")
    total = js("document.querySelectorAll('#relations tbody tr').length")
    if not total:
        fail("the relations table has no rows")
    elif click("#filters fieldset[data-group=type] input[type=checkbox]"):
        n = js(shown)
        if not (0 <= n < total):
            fail("unchecking a type shows %s of %s relations" % (n, total))
        click("#filters fieldset[data-group=type] input[type=checkbox]")
        if js(shown) != total:
            fail("checking the type again does not show every relation")

    # the filter fades the diagram's lines of the relations it hides:
    # a line carries r<type>_<modality> per relation (see draw.c)
    diagram_check = """(function (off) {
      var bad = 0, faded = 0, lines = 0;
      document.querySelectorAll('figure.diagram g.edge').forEach(
        function (e) {
          var typed = false, on = false;
          e.classList.forEach(function (t) {
            var m = /^r(\\d+)_(\\d+)$/.exec(t);
            if (!m) return;
            typed = true;
            if (off.indexOf('t' + m[1]) < 0 && off.indexOf('m' + m[2]) < 0)
              on = true;
          });
          if (!typed) return;
          lines++;
          var isOff = e.classList.contains('erg-off');
          if (isOff) faded++;
          if (isOff === on) bad++;
        });
      return [lines, faded, bad];
    })(%s)"""
    for group, prefix in (("type", "t"), ("mod", "m")):
        # a value of this group that some line of the diagram carries
        value = js("""(function () {
          var boxes = document.querySelectorAll(
            '#filters fieldset[data-group=%s] input[type=checkbox]');
          for (var i = 0; i < boxes.length; i++) {
            var v = boxes[i].value.slice(1);
            var re = new RegExp('%s' === 't' ? '^r' + v + '_' : '_' + v + '$');
            var hit = Array.from(document.querySelectorAll(
              'figure.diagram g.edge')).some(function (e) {
                return Array.from(e.classList).some(function (t) {
                  return /^r\\d+_\\d+$/.test(t) && re.test(t); });
              });
            if (hit) return boxes[i].value;
          }
          return null;
        })()""" % (group, prefix))
        if not value:
            fail("no line of the diagram carries a %s of the filter" % group)
            continue
        sel = "#filters input[value=%s]" % value
        if not click(sel):
            continue
        lines, faded, bad = js(diagram_check % json.dumps([value]))
        if not lines:
            fail("the diagram's lines carry no relation classes")
        if faded == 0:
            fail("unchecking %s faded no line of the diagram" % value)
        if bad:
            fail("unchecking %s: %d of %d lines faded wrongly" %
                 (value, bad, lines))
        if js("document.querySelectorAll('figure.diagram g.node.erg-off')"
              ".length") is None:
            fail("cannot read the diagram's actors")
        click(sel)
        lines, faded, bad = js(diagram_check % json.dumps([]))
        if faded or bad:
            fail("checking %s again leaves %d lines faded" % (value, faded))

    # an actor's name in the metrics table filters the relations to it
    if total and click("#metrics-table tbody tr:last-child td:nth-child(2)"):
        name = js("document.getElementById('q').value")
        n = js(shown)
        if not name or not (0 < n < total):
            fail("clicking an actor shows %s of %s relations (search %r)" %
                 (n, total, name))
        js("var q = document.getElementById('q'); q.value = ''; "
           "q.dispatchEvent(new Event('input'))")
        if js(shown) != total:
            fail("clearing the search does not show every relation")

    # full size and back
    if js("!!document.getElementById('zoom')") and click("#zoom"):
        w = js("""(function () {
          var svg = document.querySelector('figure.diagram svg');
          return [svg.getBoundingClientRect().width,
                  svg.viewBox.baseVal.width * 4 / 3];
        })()""")
        if abs(w[0] - w[1]) > 2:
            fail("full size shows the diagram %.0f px wide, expected %.0f" %
                 (w[0], w[1]))
        click("#zoom")
        if js("document.querySelector('figure.diagram')"
              ".classList.contains('full')"):
            fail("a second click on the zoom button does not fit the "
                 "diagram again")

    if js("window.__ergInjected") != 0:
        fail("injected code ran (alert/confirm/prompt called)")
    counts = js("""({
      scripts: document.scripts.length,
      bad: document.querySelectorAll('img, iframe, object, embed, '
        + 'foreignObject, image, link, base, form').length,
      handlers: Array.from(document.querySelectorAll('*')).filter(
        function (e) { return Array.from(e.attributes).some(
          function (a) { return /^on/i.test(a.name); }); }).length,
      svg: document.querySelectorAll('figure.diagram svg').length
    })""")
    if counts["scripts"] != 1:
        fail("%d script elements, expected the page's own one" %
             counts["scripts"])
    if counts["bad"]:
        fail("%d injected img/iframe/object/... elements" % counts["bad"])
    if counts["handlers"]:
        fail("%d elements carry an on* event handler" % counts["handlers"])
    if counts["svg"] != 1:
        fail("expected one inline SVG diagram, found %d" % counts["svg"])
    text = js("document.body.innerText + ' ' + Array.from("
              "document.querySelectorAll('[title], [data-v]')).map("
              "function (e) { return (e.getAttribute('title') || '') + ' ' "
              "+ (e.getAttribute('data-v') || ''); }).join(' ')")
    for t in args.expect_text:
        if t not in text:
            fail("the page does not show %r literally" % t)

    js("window.scrollTo({top: 0, left: 0, behavior: 'instant'})")
    time.sleep(0.2)
    shot = b.call("Page.captureScreenshot", {"format": "png"}, session=s)
    png = base64.b64decode(shot["data"])
    with open(args.screenshot, "wb") as f:
        f.write(png)
    check_png(png)

    # console errors, exceptions, CSP violations, failed loads
    for m in b.events:
        meth = m.get("method")
        p = m.get("params", {})
        if meth == "Runtime.exceptionThrown":
            fail("uncaught exception: %s" %
                 p.get("exceptionDetails", {}).get("text"))
        elif meth == "Runtime.consoleAPICalled" and p.get("type") in (
                "error", "assert"):
            fail("console error: %s" %
                 " ".join(str(a.get("value", a.get("description")))
                          for a in p.get("args", [])))
        elif meth == "Log.entryAdded" and p.get("entry", {}).get(
                "level") == "error":
            fail("browser error: %s" % p["entry"].get("text"))


if __name__ == "__main__":
    sys.exit(main())
