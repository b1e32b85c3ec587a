/*
 * Site search in the reader's browser, with no server and no request: the build writes each language's
 * index as a script (search-index.vi.js, search-index.en.js) that assigns window.InfoSiteGenSearchIndex,
 * so the search page works from disk (file://) and in any folder of the portal.
 *
 * The search page provides these hooks, scripts last and in this order (no inline script or handler):
 *
 *   <form class="search-form" role="search" action="index.html" method="get">
 *     <label for="search-q">Tìm kiếm</label>
 *     <input type="search" name="q" id="search-q">
 *     <button type="submit">Tìm</button>
 *   </form>
 *   <p id="search-status" role="status"></p>
 *   <div id="search-results"
 *        data-root="../"                               the site root, relative to this page (en: "../../")
 *        data-text-results="{0} kết quả cho “{1}”"     {0} the number of results, {1} the query
 *        data-text-one="1 kết quả cho “{1}”"           optional: used instead when there is one result
 *        data-text-none="Không có kết quả cho “{1}”"
 *        data-text-more="Hiển thị {2} kết quả đầu tiên."   {2} how many are shown, when there are more
 *        data-text-unavailable="Chưa tải được chỉ mục tìm kiếm."
 *        data-date-format="dd/MM/yyyy"                 d dd M MM MMMM yyyy 'text'; without it, dates stay ISO
 *        data-months="January,February,…,December"     for MMMM
 *        data-kind-law="Văn bản pháp luật"             one per kind of document; without it the key is shown
 *        data-limit="100"></div>                       optional: most results shown (100)
 *   <script src="search-index.vi.js"></script>
 *   <script src="../assets/search.js"></script>
 *
 * The form submits to the page itself, which reads ?q= from its address, so every search can be linked.
 * Each result is an <li class="search-result"> of an <ol class="search-result-list">, holding
 * <a class="search-result-title">, <p class="search-result-meta"> (<span class="search-result-kind">,
 * <time class="search-result-date">) and <p class="search-result-summary">; the "more" note is
 * <p class="search-more">.
 *
 * Words are matched as generator/Writing/SearchFolding.cs defines them, and a test holds the two to agreement:
 * folded (no marks, đ → d, lower case) to find, exact (marks kept, the tone moved after the word as a VIQR
 * character, so hoà = hòa) to rank. The index format is described in docs/search.md.
 */
(function (root) {
  "use strict";

  var TONE_MARKS = "\u0300\u0301\u0309\u0303\u0323";
  var TONE_SUFFIXES = "`'?~.";
  var TONE_TAIL = /[`'?~.]+$/;
  // Unicode property classes where the browser has them; otherwise the Latin, Greek and Cyrillic letters,
  // which cover Vietnamese and English.
  var WORDS = pattern("[\\p{L}\\p{Nd}\\p{M}]+", "[0-9A-Za-z\\u00aa\\u00b5\\u00ba\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u052f\\u1e00-\\u1fff]+", "g");
  var WORD_CHAR = pattern("^[\\p{L}\\p{Nd}\\p{M}]$", "^[0-9A-Za-z\\u00aa\\u00b5\\u00ba\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u052f\\u1e00-\\u1fff]$", "");
  var MARKS = pattern("\\p{Mn}", "[\\u0300-\\u036f\\u0483-\\u0489]", "g");
  var COMBINING = pattern("^\\p{M}$", "^[\\u0300-\\u036f\\u3099\\u309a]$", "");
  // Chinese, Japanese and Korean (SearchFolding.IsPairedScript): indexed by characters and pairs of characters.
  var PAIRED = /[\u3005\u3040-\u30ff\u3130-\u318f\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7ff\uf900-\ufaff]|[\ud840-\ud8bf][\udc00-\udfff]/;
  var PAIRED_ONE = new RegExp("^(?:" + PAIRED.source + ")$");
  var SCORE = { exact: 8, whole: 4, exactPrefix: 2, prefix: 1, title: 3, exactTitle: 1 };
  var DIGITS = alphabet();

  function pattern(unicode, fallback, flags) {
    try {
      return new RegExp(unicode, flags + "u");
    } catch (e) {
      return new RegExp(fallback, flags);
    }
  }

  // The 90 digits of the index's number code: '#' to '~' except '<' and '\' (PostingsCode.cs).
  function alphabet() {
    var values = {};
    var next = 0;
    for (var code = 0x23; code <= 0x7e; code++) {
      if (code !== 0x3c && code !== 0x5c) {
        values[String.fromCharCode(code)] = next++;
      }
    }
    return values;
  }

  function fold(text) {
    return text.normalize("NFD").replace(MARKS, "").replace(/\u0111/g, "d").replace(/\u0110/g, "D")
      .normalize("NFC").toLowerCase();
  }

  function exact(text) {
    var decomposed = text.normalize("NFD").toLowerCase();
    var out = "";
    var tones = "";
    for (var i = 0; i < decomposed.length; i++) {
      var c = decomposed.charAt(i);
      var tone = TONE_MARKS.indexOf(c);
      if (tone >= 0) {
        tones += TONE_SUFFIXES.charAt(tone);
        continue;
      }
      if (/[\ud800-\udbff]/.test(c) && /[\udc00-\udfff]/.test(decomposed.charAt(i + 1))) {
        c += decomposed.charAt(++i);
      }
      if (!WORD_CHAR.test(c)) {
        out += tones;
        tones = "";
      }
      out += c;
    }
    return (out + tones).normalize("NFC");
  }

  // Full-width Latin and half-width katakana in their usual widths (SearchFolding.FoldWidths).
  function foldWidths(text) {
    return text.replace(/[\uff00-\uffef]/g, function (c) {
      return c.normalize("NFKC");
    });
  }

  function words(text) {
    var found = foldWidths(text).normalize("NFC").match(WORDS) || [];
    var result = [];
    for (var i = 0; i < found.length; i++) {
      if (PAIRED.test(found[i])) {
        pieces(found[i], result);
      } else {
        result.push(found[i]);
      }
    }
    return result;
  }

  // Each run of other letters whole; each paired character with its marks, then with the one before it.
  function pieces(word, out) {
    var units = [];
    var chars = Array.from(word);
    for (var i = 0; i < chars.length; i++) {
      if (units.length && COMBINING.test(chars[i])) {
        units[units.length - 1] += chars[i];
      } else {
        units.push(chars[i]);
      }
    }
    var run = "";
    var previous = null;
    for (var u = 0; u < units.length; u++) {
      if (PAIRED_ONE.test(Array.from(units[u])[0])) {
        if (run) {
          out.push(run);
          run = "";
        }
        out.push(units[u]);
        if (previous !== null) {
          out.push(previous + units[u]);
        }
        previous = units[u];
      } else {
        run += units[u];
        previous = null;
      }
    }
    if (run) {
      out.push(run);
    }
  }

  function foldExact(exactForm) {
    return fold(exactForm.replace(TONE_TAIL, ""));
  }

  var prepared = { index: null };

  function prepare(index) {
    if (prepared.index === index) {
      return prepared;
    }
    var keys = [];
    var groups = Object.create(null);
    var folds = [];
    var previous = "";
    var entries = index.terms ? index.terms.split(" ") : [];
    for (var i = 0; i < entries.length; i++) {
      previous = previous.slice(0, DIGITS[entries[i].charAt(0)]) + entries[i].slice(1);
      keys.push(previous);
      var folded = foldExact(previous);
      if (!groups[folded]) {
        groups[folded] = [];
        folds.push(folded);
      }
      groups[folded].push(i);
    }
    prepared = {
      index: index,
      keys: keys,
      codes: index.postings ? index.postings.split(" ") : [],
      documents: [],
      groups: groups,
      folds: folds,
      titles: []
    };
    return prepared;
  }

  function postings(p, key) {
    if (p.documents[key]) {
      return p.documents[key];
    }
    var code = p.codes[key] || "";
    var list = [];
    var i;
    if (code.charAt(0) === "!") {
      for (i = 1; i < code.length; i++) {
        for (var bit = 0; bit < 6; bit++) {
          if (DIGITS[code.charAt(i)] & (1 << bit)) {
            list.push((i - 1) * 6 + bit);
          }
        }
      }
    } else {
      var previous = -1;
      var value = 0;
      for (i = 0; i < code.length; i++) {
        var digit = DIGITS[code.charAt(i)];
        if (digit >= 45) {
          value = value * 45 + digit - 45;
        } else {
          previous += 1 + value * 45 + digit;
          list.push(previous);
          value = 0;
        }
      }
    }
    p.documents[key] = list;
    return list;
  }

  function queryWords(query) {
    var list = words(query);
    var result = [];
    for (var i = 0; i < list.length; i++) {
      var e = exact(list[i]);
      var base = e.replace(TONE_TAIL, "");
      var folded = fold(base);
      if (folded) {
        result.push({ fold: folded, exact: e, base: base, tone: e.slice(base.length), prefix: false });
      }
    }
    // The last word may still be being typed: "luat tre e" finds "em".
    if (result.length && WORD_CHAR.test(query.slice(-1))) {
      result[result.length - 1].prefix = true;
    }
    return result;
  }

  // A longer word that starts with the query word matches exactly when the query word is itself exact
  // so far: "ngư" is an exact start of "người", "hoa" of "hoan", but "hoa" is not an exact "hòa".
  function exactStart(key, word) {
    var base = key.replace(TONE_TAIL, "");
    return base.indexOf(word.base) === 0 &&
      (key.slice(base.length) === word.tone || (word.tone === "" && base.length > word.base.length));
  }

  // The best points each document earns for one query word.
  function wordScores(p, word) {
    var scores = Object.create(null);
    var folds = word.prefix ? p.folds : [word.fold];
    for (var f = 0; f < folds.length; f++) {
      var whole = folds[f] === word.fold;
      var members = p.groups[folds[f]];
      if (!members || (!whole && folds[f].indexOf(word.fold) !== 0)) {
        continue;
      }
      for (var m = 0; m < members.length; m++) {
        var key = p.keys[members[m]];
        var points = whole ? (key === word.exact ? SCORE.exact : SCORE.whole)
          : (exactStart(key, word) ? SCORE.exactPrefix : SCORE.prefix);
        var docs = postings(p, members[m]);
        for (var d = 0; d < docs.length; d++) {
          if (!(scores[docs[d]] >= points)) {
            scores[docs[d]] = points;
          }
        }
      }
    }
    return scores;
  }

  function titleScore(p, doc, word) {
    if (!p.titles[doc]) {
      p.titles[doc] = words(p.index.docs[doc][1]).map(function (w) {
        var e = exact(w);
        return { fold: foldExact(e), exact: e };
      });
    }
    var best = 0;
    p.titles[doc].forEach(function (t) {
      if (t.fold === word.fold || (word.prefix && t.fold.indexOf(word.fold) === 0)) {
        var exactly = t.exact === word.exact || (word.prefix && exactStart(t.exact, word));
        best = Math.max(best, SCORE.title + (exactly ? SCORE.exactTitle : 0));
      }
    });
    return best;
  }

  // Every document that has all the words of the query, best first: more points for whole words than
  // for starts, for words in the title, and most for words spelled with the marks the reader typed.
  // Equal scores keep the index's order, newest first.
  function search(index, query) {
    var p = prepare(index);
    var list = queryWords(query);
    var totals = null;
    var w;
    for (w = 0; w < list.length; w++) {
      var scores = wordScores(p, list[w]);
      var next = Object.create(null);
      for (var doc in (totals || scores)) {
        if (scores[doc] !== undefined) {
          next[doc] = (totals ? totals[doc] : 0) + scores[doc];
        }
      }
      totals = next;
    }
    for (var found in totals) {
      for (w = 0; w < list.length; w++) {
        totals[found] += titleScore(p, +found, list[w]);
      }
    }
    var results = [];
    for (var key in totals) {
      results.push({ doc: +key, score: totals[key] });
    }
    results.sort(function (a, b) {
      return b.score - a.score || a.doc - b.doc;
    });
    return results.map(function (r) {
      var d = index.docs[r.doc];
      return { url: d[0], title: d[1], summary: d[2], kind: d[3], date: d[4], score: r.score };
    });
  }

  function queryFrom(search) {
    var parts = (search || "").replace(/^\?/, "").split("&");
    for (var i = 0; i < parts.length; i++) {
      var eq = parts[i].indexOf("=");
      if (eq > 0 && decode(parts[i].slice(0, eq)) === "q") {
        return decode(parts[i].slice(eq + 1));
      }
    }
    return "";
  }

  function decode(text) {
    text = text.replace(/\+/g, " ");
    try {
      return decodeURIComponent(text);
    } catch (e) {
      return text;
    }
  }

  function format(template, count, query, shown) {
    var values = [String(count), query, String(shown)];
    return (template || "").replace(/\{([012])\}/g, function (all, n) {
      return values[n];
    });
  }

  function formatDate(iso, pattern, months) {
    var parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso || "");
    if (!parts || !pattern) {
      return iso || "";
    }
    var names = (months || "").split(",");
    return pattern.replace(/'[^']*'|yyyy|MMMM|MM|M|dd|d/g, function (token) {
      switch (token) {
        case "''": return "'";
        case "yyyy": return parts[1];
        case "MMMM": return names[+parts[2] - 1] || parts[2];
        case "MM": return parts[2];
        case "M": return String(+parts[2]);
        case "dd": return parts[3];
        case "d": return String(+parts[3]);
        default: return token.slice(1, -1);
      }
    });
  }

  function element(document, tag, className, text) {
    var node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (text) {
      node.textContent = text;
    }
    return node;
  }

  function render(document, container, result) {
    var item = element(document, "li", "search-result");
    var link = element(document, "a", "search-result-title", result.title);
    link.setAttribute("href", (container.getAttribute("data-root") || "") + result.url + "index.html");
    item.appendChild(link);
    var meta = element(document, "p", "search-result-meta");
    var kind = container.getAttribute("data-kind-" + result.kind) || result.kind;
    meta.appendChild(element(document, "span", "search-result-kind", kind));
    if (result.date) {
      meta.appendChild(document.createTextNode(" \u00b7 "));
      var time = element(document, "time", "search-result-date", formatDate(result.date,
        container.getAttribute("data-date-format"), container.getAttribute("data-months")));
      time.setAttribute("datetime", result.date);
      meta.appendChild(time);
    }
    item.appendChild(meta);
    if (result.summary) {
      item.appendChild(element(document, "p", "search-result-summary", result.summary));
    }
    return item;
  }

  function run(document, location, index) {
    var container = document.getElementById("search-results");
    var status = document.getElementById("search-status");
    var input = document.getElementById("search-q");
    if (!container) {
      return;
    }
    var query = queryFrom(location.search);
    var text = function (name) {
      return container.getAttribute("data-text-" + name) || "";
    };
    var say = function (message) {
      if (status) {
        status.textContent = message;
      }
    };
    if (input) {
      input.value = query;
    }
    container.textContent = "";
    if (!/\S/.test(query)) {
      say("");
      return;
    }
    if (!index || index.format !== 1) {
      say(text("unavailable"));
      return;
    }
    var results = search(index, query);
    var limit = parseInt(container.getAttribute("data-limit"), 10) || 100;
    var shown = Math.min(results.length, limit);
    if (!results.length) {
      say(format(text("none"), 0, query, 0));
      return;
    }
    say(format(results.length === 1 && text("one") ? text("one") : text("results"), results.length, query, shown));
    var list = element(document, "ol", "search-result-list");
    for (var i = 0; i < shown; i++) {
      list.appendChild(render(document, container, results[i]));
    }
    container.appendChild(list);
    if (shown < results.length) {
      container.appendChild(element(document, "p", "search-more", format(text("more"), results.length, query, shown)));
    }
  }

  root.InfoSiteGenSearch = { fold: fold, exact: exact, words: words, search: search, queryFrom: queryFrom, run: run };

  var document = root.document;
  if (document && root.location) {
    var start = function () {
      run(document, root.location, root.InfoSiteGenSearchIndex);
    };
    if (document.readyState === "loading") {
      document.addEventListener("DOMContentLoaded", start);
    } else {
      start();
    }
  }
})(typeof window !== "undefined" ? window : this);
