#!/usr/bin/env python3
"""Measures how soon a running `serve` shows an edit: the time from saving a file to the server's reload
event, and to a fetched page that contains the change. Used by bench/serve.sh; prints one line per edit
and the medians.

Usage: serve_latency.py BASE_URL FILE PAGE_PATH EDITS [--theme | --front-matter]
  FILE       the file to edit: a content article (its body, or with --front-matter its title), or with
             --theme a Razor template
  PAGE_PATH  the page to fetch, relative to BASE_URL (for example articles/p00001/)
"""
import http.client
import statistics
import sys
import time
import urllib.parse
import urllib.request


def open_events(base):
    url = urllib.parse.urlsplit(base)
    connection = http.client.HTTPConnection(url.hostname, url.port, timeout=60)
    connection.request("GET", "/__infositegen/events")
    response = connection.getresponse()
    response.readline()  # the comment that opens the stream
    response.readline()
    return connection, response


def wait_reload(response):
    while True:
        line = response.readline()
        if not line:
            raise SystemExit("the event stream closed")
        if line.startswith(b"event: reload"):
            response.readline()  # data
            response.readline()  # blank line ending the event
            return


def fetch_until(url, marker, deadline):
    while time.monotonic() < deadline:
        with urllib.request.urlopen(url, timeout=60) as page:
            if marker.encode() in page.read():
                return True
    return False


def main():
    base, path, page, edits = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    theme = "--theme" in sys.argv
    front_matter = "--front-matter" in sys.argv
    with open(path, encoding="utf-8") as f:
        original = f.read()
    to_event, to_page = [], []
    _, events = open_events(base)
    try:
        for n in range(edits):
            marker = f"serve-bench-{n}-{time.time_ns()}"
            # A template gets the marker at the end of <main>; an article in its title or at the end of its body.
            if theme:
                text = original.replace("</main>", f"<p>{marker}</p></main>", 1)
            elif front_matter:
                text = original.replace('title: "', f'title: "{marker} ', 1)
            else:
                text = original + f"\n\n{marker}\n"
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
            saved = time.monotonic()
            wait_reload(events)
            reloaded = time.monotonic()
            if not fetch_until(base + page, marker, saved + 60):
                raise SystemExit(f"the page never showed {marker}")
            shown = time.monotonic()
            to_event.append((reloaded - saved) * 1000)
            to_page.append((shown - saved) * 1000)
            print(f"edit {n + 1}: reload event {to_event[-1]:7.1f} ms, page shows the change {to_page[-1]:7.1f} ms", flush=True)
            time.sleep(0.3)
    finally:
        with open(path, "w", encoding="utf-8") as f:
            f.write(original)
        # Let the server announce the restored file before another measurement listens for reloads.
        time.sleep(1.5)
    print(f"median of {edits}: reload event {statistics.median(to_event):.1f} ms, page shows the change {statistics.median(to_page):.1f} ms")


if __name__ == "__main__":
    main()
