// "¿Quién ya lo resolvió?" (templates/community/includes/similar_threads.html): while a member
// types the title of a new conversation, the conversations nearest to it, to read before
// posting, as Discourse and Stack Overflow do. An enhancement: without it the form works the
// same and the region stays empty. Asks once the typing pauses (DELAY) on a title long enough to
// mean something (MIN_LENGTH, as the server); only the answer to the latest question is shown,
// and the list is redrawn (and so announced) only when it changes.
(function () {
  "use strict";
  var DELAY = 400; // milliseconds after the last keystroke
  var MIN_LENGTH = 10; // characters; the server answers nothing for fewer
  if (!window.fetch) return;
  document.querySelectorAll("[data-similar-threads]").forEach(function (region) {
    var input = document.getElementById(region.dataset.titleField);
    var box = region.querySelector("section");
    var list = region.querySelector("ul");
    if (input && box && list) enhance(input, region.dataset.similarThreads, box, list);
  });

  function enhance(input, endpoint, box, list) {
    var timer = null;
    var asked = 0; // only the answer to the latest request is shown
    var shown = ""; // the URLs listed now, to leave an unchanged list alone

    function element(tag, className, text) {
      var node = document.createElement(tag);
      if (className) node.className = className;
      if (text) node.textContent = text; // text, never markup: titles are what members typed
      return node;
    }

    function entry(result) {
      var item = element("li", "result");
      var title = element("h3", "result-title");
      var link = element("a", "", result.title);
      link.href = result.url;
      link.target = "_blank"; // the form keeps what was typed
      link.rel = "noopener";
      title.appendChild(link);
      item.appendChild(title);
      if (result.space) item.appendChild(element("p", "meta", result.space));
      if (result.snippet) item.appendChild(element("p", "result-snippet", result.snippet));
      return item;
    }

    function show(results) {
      var urls = results.map(function (result) { return result.url; }).join(" ");
      if (urls === shown) return;
      shown = urls;
      list.replaceChildren.apply(list, results.map(entry));
      box.hidden = !results.length;
    }

    function ask(value) {
      var request = ++asked;
      fetch(endpoint + "?q=" + encodeURIComponent(value), {
        headers: { Accept: "application/json" },
        credentials: "same-origin",
      })
        .then(function (response) { return response.ok ? response.json() : { results: [] }; })
        .then(function (data) { if (request === asked) show(data.results || []); })
        .catch(function () {});
    }

    function typed() {
      var value = input.value.trim();
      clearTimeout(timer);
      if (value.length < MIN_LENGTH) {
        asked++; // an answer still on its way is for a title no longer there
        show([]);
        return;
      }
      timer = setTimeout(function () { ask(value); }, DELAY);
    }

    input.addEventListener("input", typed);
    if (input.value.trim().length >= MIN_LENGTH) typed(); // a form shown again, or a draft
  }
})();
