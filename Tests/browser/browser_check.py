#!/usr/bin/env python3
"""Loads NewsGraph HTML maps in headless Chromium and checks them after their scripts ran.

usage: browser_check.py CHROMIUM PAGE.html EXPECTED_NAME [--hostile] [--screenshot OUT.png]

1. `--dump-dom`: the serialised page holds the SVG map, the search box and the data, and
   (with --hostile) every hostile string is escaped text, never markup.
2. Through the DevTools protocol (over --remote-debugging-pipe, standard library only):
   the page has exactly its own two scripts, no event-handler attribute, no javascript: link,
   and no hostile payload ran; a real mouse click on EXPECTED_NAME's node fills the side
   panel with its relations and evidence; typing in the search box highlights matches.
   The screenshot is written when asked for.
Exits 0 when every check passes, 1 with the failed checks listed otherwise.
"""
import base64
import fcntl
import json
import os
import subprocess
import sys
import tempfile
import time

HOSTILE_MARKUP = ["<script>window.pwned", "<img src=x", "<svg onload", "</text><script"]
FAILURES = []


def check(condition, what):
    print(("ok   " if condition else "FAIL ") + what)
    if not condition:
        FAILURES.append(what)


def chromium_flags(profile):
    return ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--no-default-browser-check",
            "--disable-extensions", "--disable-background-networking", "--hide-scrollbars",
            f"--user-data-dir={profile}", "--window-size=1400,900"]


def dump_dom(chromium, url, hostile):
    with tempfile.TemporaryDirectory() as profile:
        dom = subprocess.run([chromium, *chromium_flags(profile), "--dump-dom", url],
                             capture_output=True, text=True, timeout=120).stdout
    check("<svg" in dom and 'class="node"' in dom, "dump-dom: the SVG map is in the page")
    check('id="search"' in dom, "dump-dom: the search box is in the page")
    check(dom.count("<script") == 2, f"dump-dom: exactly the page's two script elements ({dom.count('<script')})")
    if hostile:
        for marker in HOSTILE_MARKUP:
            check(marker not in dom.replace('<script type="application/json" id="newsgraph-data">', "").replace("<script>\n(function", ""),
                  f"dump-dom: no raw {marker!r} markup")
        check("&lt;script&gt;" in dom, "dump-dom: the hostile <script> is there as escaped text")


class DevTools:
    """A DevTools protocol client over Chromium's --remote-debugging-pipe (fds 3 and 4)."""

    def __init__(self, chromium, profile):
        to_browser_read, self.to_browser = os.pipe()
        self.from_browser, from_browser_write = os.pipe()

        def child_fds():
            # Move the pipe ends clear of 3 and 4 first, so that neither dup2 overwrites the other.
            read_end = fcntl.fcntl(to_browser_read, fcntl.F_DUPFD, 10)
            write_end = fcntl.fcntl(from_browser_write, fcntl.F_DUPFD, 10)
            os.dup2(read_end, 3)
            os.dup2(write_end, 4)

        self.process = subprocess.Popen([chromium, *chromium_flags(profile), "--remote-debugging-pipe", "about:blank"],
                                        preexec_fn=child_fds, close_fds=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(to_browser_read)
        os.close(from_browser_write)
        self.buffer = b""
        self.next_id = 0
        self.session = None

    def send(self, method, params=None, session=True):
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params or {}}
        if session and self.session:
            message["sessionId"] = self.session
        os.write(self.to_browser, json.dumps(message).encode() + b"\0")
        deadline = time.time() + 60
        while time.time() < deadline:
            while b"\0" not in self.buffer:
                chunk = os.read(self.from_browser, 65536)
                if not chunk:
                    raise RuntimeError("Chromium closed the DevTools pipe")
                self.buffer += chunk
            raw, self.buffer = self.buffer.split(b"\0", 1)
            reply = json.loads(raw)
            if reply.get("id") == self.next_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})
        raise RuntimeError(f"{method}: no answer in 60 s")

    def evaluate(self, expression):
        result = self.send("Runtime.evaluate", {"expression": expression, "returnByValue": True})
        if "exceptionDetails" in result:
            raise RuntimeError(f"page script failed: {result['exceptionDetails']}")
        return result["result"].get("value")

    def close(self):
        try:
            self.send("Browser.close", session=False)
        except Exception:
            pass
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()


def click(tools, x, y):
    for kind in ("mouseMoved", "mousePressed", "mouseReleased"):
        tools.send("Input.dispatchMouseEvent", {"type": kind, "x": x, "y": y, "button": "left", "clickCount": 1})


def interact(chromium, url, name, screenshot):
    with tempfile.TemporaryDirectory() as profile:
        tools = DevTools(chromium, profile)
        try:
            target = next(t for t in tools.send("Target.getTargets", session=False)["targetInfos"] if t["type"] == "page")
            tools.session = tools.send("Target.attachToTarget", {"targetId": target["targetId"], "flatten": True}, session=False)["sessionId"]
            tools.send("Page.enable")
            tools.send("Page.navigate", {"url": url})
            for _ in range(200):
                if tools.evaluate("document.readyState") == "complete":
                    break
                time.sleep(0.05)
            check(tools.evaluate("document.scripts.length") == 2, "devtools: the page runs only its own two scripts")
            check(tools.evaluate("window.pwned === undefined"), "devtools: no hostile payload ran")
            check(tools.evaluate("""Array.from(document.querySelectorAll('*')).every(e =>
                    Array.from(e.attributes).every(a => !a.name.toLowerCase().startsWith('on')))"""),
                  "devtools: no element has an event-handler attribute")
            check(tools.evaluate("""Array.from(document.querySelectorAll('a')).every(a =>
                    !/^\\s*javascript:/i.test(a.getAttribute('href') || a.getAttribute('xlink:href') || ''))"""),
                  "devtools: no javascript: link")
            position = tools.evaluate(f"""(() => {{
                const data = JSON.parse(document.getElementById('newsgraph-data').textContent);
                const entity = data.entities.find(e => e.name === {json.dumps(name)});
                if (!entity) return null;
                const shape = document.getElementById(entity.node).querySelector('ellipse, polygon, path');
                const r = shape.getBoundingClientRect();
                return [r.left + r.width / 2, r.top + r.height / 2];
            }})()""")
            check(position is not None, f"devtools: the map has a node for {name!r}")
            if position:
                click(tools, *position)
                time.sleep(0.3)
                title = tools.evaluate("document.getElementById('panel-title').textContent")
                check(title == name, f"devtools: clicking the node puts {name!r} in the panel title (got {title!r})")
                evidence = tools.evaluate("document.querySelectorAll('#panel-body .evidence').length")
                check((evidence or 0) > 0, f"devtools: the panel lists evidence sentences ({evidence})")
                selected = tools.evaluate("document.querySelectorAll('g.node.selected').length")
                check(selected == 1, "devtools: the clicked node is marked selected")
            tools.evaluate("document.getElementById('search').focus()")
            tools.send("Input.insertText", {"text": name[:4]})
            matches = tools.evaluate("document.querySelectorAll('g.node.match').length")
            status = tools.evaluate("document.getElementById('search-status').textContent")
            check((matches or 0) >= 1 and "match" in status, f"devtools: searching {name[:4]!r} highlights {matches} node(s), says {status!r}")
            before = tools.evaluate("document.querySelector('#map svg').getAttribute('viewBox')")
            tools.send("Input.dispatchMouseEvent", {"type": "mouseWheel", "x": 500, "y": 400, "deltaX": 0, "deltaY": -300})
            time.sleep(0.2)
            after = tools.evaluate("document.querySelector('#map svg').getAttribute('viewBox')")
            check(before != after, "devtools: the mouse wheel zooms the map")
            check(tools.evaluate("window.pwned === undefined"), "devtools: still no hostile payload ran after clicks")
            if screenshot:
                tools.evaluate("document.getElementById('reset').click()")
                shot = tools.send("Page.captureScreenshot", {"format": "png"})
                with open(screenshot, "wb") as out:
                    out.write(base64.b64decode(shot["data"]))
                print(f"screenshot: {screenshot}")
        finally:
            tools.close()


def main():
    args = sys.argv[1:]
    if len(args) < 3:
        sys.exit(__doc__)
    chromium, page, name = args[:3]
    hostile = "--hostile" in args
    screenshot = args[args.index("--screenshot") + 1] if "--screenshot" in args else None
    url = "file://" + os.path.abspath(page)
    dump_dom(chromium, url, hostile)
    interact(chromium, url, name, screenshot)
    if FAILURES:
        print(f"{len(FAILURES)} browser check(s) failed", file=sys.stderr)
        sys.exit(1)
    print("all browser checks passed")


if __name__ == "__main__":
    main()
