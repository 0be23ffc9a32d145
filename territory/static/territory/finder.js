/* Type-to-find for the municipality and entity fields (sign-up, profile). Progressive
   enhancement only: without this file the field is a plain text box the server resolves. It
   attaches a native <datalist> (announced by screen readers as suggestions) and fills it from
   the field's data-finder address as the person types. */
(function () {
  "use strict";
  var DELAY = 200;
  document.querySelectorAll("input[data-finder]").forEach(function (input, index) {
    var list = document.createElement("datalist");
    list.id = "finder-options-" + index;
    input.insertAdjacentElement("afterend", list);
    input.setAttribute("list", list.id);
    var timer = null;
    var asked = "";
    function fill(results) {
      while (list.firstChild) list.removeChild(list.firstChild);
      results.forEach(function (result) {
        var option = document.createElement("option");
        option.value = result.label;
        list.appendChild(option);
      });
    }
    function ask() {
      var query = input.value.trim();
      if (query.length < 2 || query === asked) return;
      asked = query;
      fetch(input.dataset.finder + "?q=" + encodeURIComponent(query), {
        headers: { Accept: "application/json" },
        credentials: "same-origin",
      })
        .then(function (response) { return response.ok ? response.json() : { results: [] }; })
        .then(function (data) { if (input.value.trim() === query) fill(data.results || []); })
        .catch(function () { /* offline: the field still works as plain text */ });
    }
    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(ask, DELAY);
    });
  });
})();
