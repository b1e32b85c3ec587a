// Filters the table of legal documents in place as the reader picks values.
// Without this script the same filters work as links to pre-built pages (the "Filter" list above the table).
(function () {
  "use strict";
  var form = document.querySelector("[data-law-filter]");
  var table = document.querySelector(".law-table");
  if (!form || !table || !table.tBodies.length) {
    return;
  }

  var rows = Array.prototype.slice.call(table.tBodies[0].rows);
  var status = form.querySelector("[data-law-filter-status]");
  var selects = Array.prototype.slice.call(form.querySelectorAll("select"));

  function apply() {
    var shown = 0;
    rows.forEach(function (row) {
      var match = selects.every(function (select) {
        return !select.value || row.getAttribute("data-" + select.name) === select.value;
      });
      row.hidden = !match;
      if (match) {
        shown += 1;
      }
    });
    // The form of the text that suits the total in the page's language (CLDR plural rules, as the build uses).
    var category = window.Intl && Intl.PluralRules
      ? new Intl.PluralRules(document.documentElement.lang).select(rows.length)
      : "other";
    var template = status.getAttribute("data-template-" + category) || status.getAttribute("data-template-other");
    status.textContent = template
      .replace("{0}", String(shown))
      .replace("{1}", String(rows.length));
  }

  form.addEventListener("change", apply);
  form.addEventListener("reset", function () {
    window.setTimeout(apply, 0);
  });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    apply();
  });
  form.hidden = false;
  // The in-place filter replaces the list of filter links, which stays for readers without JavaScript.
  var links = document.querySelector(".law-facets");
  if (links) {
    links.hidden = true;
  }
  apply();
})();
