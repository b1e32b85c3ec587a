#!/usr/bin/env python3
"""Turns a corpus of ../shared/bench/gen_corpus.py into one in Vietnamese and Chinese (zh-Hans), for measuring the
search index of a language written without spaces.

Every English word becomes a fixed Chinese 'word' of one to three characters drawn from the 2,500 most common
CJK ideographs by a hash, and the spaces between words are dropped. The characters are not Chinese text, but the
index sees what it sees in Chinese: a few thousand characters, and pairs of them that repeat as words repeat. The
pairs across word boundaries are as varied as hashing makes them, so the index comes out larger than it would for
real text of that many words.

Usage: cjk_corpus.py SOURCE_CORPUS OUT
"""
import hashlib
import os
import re
import shutil
import sys

# The CJK Unified Ideographs block in order is not a frequency list; its first 2,500 code points cover everyday
# characters well enough for a size estimate.
POOL = [chr(0x4E00 + i * 7 % 0x5000) for i in range(2500)]


def word_of(english):
    digest = hashlib.sha256(english.lower().encode()).digest()
    length = (1, 2, 2, 2, 3)[digest[0] % 5]
    return "".join(POOL[int.from_bytes(digest[1 + 2 * i:3 + 2 * i], "big") % len(POOL)] for i in range(length))


WORD = re.compile(r"[A-Za-z]+(?:'[a-z]+)?")
LINK = re.compile(r"(\]\([^)]*\))")


def translate(text):
    # Link targets stay as they are (with .zh-Hans.md for .en.md); words elsewhere become Chinese, spaces between
    # them go.
    parts = LINK.split(text)
    out = []
    for i, part in enumerate(parts):
        if i % 2 == 1:
            out.append(part.replace(".en.md", ".zh-Hans.md"))
        else:
            translated = WORD.sub(lambda m: word_of(m.group(0)), part)
            out.append(re.sub(r"(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])", "", translated))
    return "".join(out)


def convert_item(text):
    _, front, body = text.split("---\n", 2)
    lines = []
    for line in front.splitlines():
        key, _, value = line.partition(": ")
        lines.append(f"{key}: {translate(value)}" if key in ("title", "summary") else line)
    return "---\n" + "\n".join(lines) + "\n---\n" + translate(body)


def main(source, out):
    if os.path.exists(out):
        shutil.rmtree(out)
    os.makedirs(os.path.join(out, "articles"))
    with open(os.path.join(source, "site.yml"), encoding="utf-8") as f:
        site = f.read().replace("languages: [vi, en]", "languages: [vi, zh-Hans]").replace(" en: ", " zh-Hans: ")
    with open(os.path.join(out, "site.yml"), "w", encoding="utf-8") as f:
        f.write(site)
    for name in sorted(os.listdir(os.path.join(source, "articles"))):
        with open(os.path.join(source, "articles", name), encoding="utf-8") as f:
            text = f.read()
        if name.endswith(".en.md"):
            name, text = name.replace(".en.md", ".zh-Hans.md"), convert_item(text)
        with open(os.path.join(out, "articles", name), "w", encoding="utf-8") as f:
            f.write(text)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
