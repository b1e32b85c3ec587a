// Runs theme/assets/search.js in Node.js for SearchScriptTests: node SearchHarness.js SCRIPT REQUEST.json
// The request names an index file to load, queries to search, texts to fold, and optionally a page (its
// ?q= and the attributes of #search-results) to render into a minimal fake document. Prints JSON.
"use strict";
const fs = require("fs");
const vm = require("vm");

const script = process.argv[2];
const request = JSON.parse(fs.readFileSync(process.argv[3], "utf8"));
globalThis.window = globalThis;

class FakeNode {
  constructor(tagName, text) {
    this.tagName = tagName;
    this.text = text === undefined ? null : text;
    this.attributes = {};
    this.childNodes = [];
    this.className = "";
    this.value = "";
  }
  setAttribute(name, value) { this.attributes[name] = String(value); }
  getAttribute(name) { return Object.prototype.hasOwnProperty.call(this.attributes, name) ? this.attributes[name] : null; }
  appendChild(child) { this.childNodes.push(child); return child; }
  get textContent() { return this.text !== null ? this.text : this.childNodes.map((c) => c.textContent).join(""); }
  set textContent(value) { this.childNodes = value === "" ? [] : [new FakeNode("#text", String(value))]; }
  get outerHTML() {
    if (this.text !== null) {
      return this.text.replace(/&/g, "&amp;").replace(/</g, "&lt;");
    }
    const attributes = Object.keys(this.attributes).sort().map((name) => ` ${name}="${this.attributes[name]}"`).join("");
    const className = this.className ? ` class="${this.className}"` : "";
    return `<${this.tagName}${className}${attributes}>${this.childNodes.map((c) => c.outerHTML).join("")}</${this.tagName}>`;
  }
}

let page = null;
if (request.page) {
  page = {
    "search-results": new FakeNode("div"),
    "search-status": new FakeNode("p"),
    "search-q": new FakeNode("input"),
  };
  Object.entries(request.page.attributes).forEach(([name, value]) => page["search-results"].setAttribute(name, value));
  globalThis.document = {
    readyState: "complete",
    getElementById: (id) => page[id] || null,
    createElement: (tagName) => new FakeNode(tagName),
    createTextNode: (text) => new FakeNode("#text", text),
    addEventListener: () => { throw new Error("the document is already loaded"); },
  };
  globalThis.location = { search: request.page.search };
}

if (request.index) {
  vm.runInThisContext(fs.readFileSync(request.index, "utf8"), { filename: request.index });
}
vm.runInThisContext(fs.readFileSync(script, "utf8"), { filename: script });

const search = window.InfoSiteGenSearch;
const index = window.InfoSiteGenSearchIndex;
process.stdout.write(JSON.stringify({
  docs: index ? index.docs : [],
  searches: (request.queries || []).map((query) =>
    search.search(index, query).map((r) => ({ url: r.url, title: r.title, score: r.score }))),
  forms: (request.texts || []).map((text) => ({ fold: search.fold(text), exact: search.exact(text), words: search.words(text) })),
  page: page && {
    input: page["search-q"].value,
    status: page["search-status"].textContent,
    results: page["search-results"].childNodes.map((c) => c.outerHTML).join(""),
  },
}));
