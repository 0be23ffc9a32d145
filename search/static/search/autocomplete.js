// Title suggestions for search boxes (templates/search/includes/search_box.html): an
// enhancement, the forms work the same without it. Each box becomes an ARIA 1.2 combobox with a
// listbox of titles: arrow keys move through them, Enter or a click opens the chosen one, Escape
// or leaving the box closes the list.
(function () {
  "use strict";
  if (!window.fetch) return;
  document.querySelectorAll("input[data-autocomplete]").forEach(function (input) {
    var list = document.getElementById(input.dataset.suggestions);
    if (list) enhance(input, list);
  });

  function enhance(input, list) {
    var items = [];
    var active = -1;
    var timer = null;
    var asked = 0; // only the answer to the latest request is shown
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-controls", list.id);
    input.setAttribute("aria-expanded", "false");

    function show(results) {
      items = results;
      list.replaceChildren.apply(list, results.map(function (item, n) {
        var option = document.createElement("li");
        option.id = list.id + "-" + n;
        option.setAttribute("role", "option");
        option.textContent = item.title;
        return option;
      }));
      list.hidden = !results.length;
      input.setAttribute("aria-expanded", results.length ? "true" : "false");
      highlight(-1);
    }

    function close() {
      clearTimeout(timer);
      asked++;
      show([]);
    }

    function highlight(n) {
      active = n;
      Array.prototype.forEach.call(list.children, function (option, i) {
        option.setAttribute("aria-selected", i === n ? "true" : "false");
      });
      if (n < 0) {
        input.removeAttribute("aria-activedescendant");
      } else {
        input.setAttribute("aria-activedescendant", list.children[n].id);
        list.children[n].scrollIntoView({ block: "nearest" });
      }
    }

    function open(n) {
      window.location.assign(items[n].url);
    }

    input.addEventListener("input", function () {
      var value = input.value.trim();
      if (value.length < 2) return close();
      clearTimeout(timer);
      timer = setTimeout(function () {
        var request = ++asked;
        fetch(input.dataset.autocomplete + "?q=" + encodeURIComponent(value), {
          headers: { Accept: "application/json" },
        })
          .then(function (response) { return response.ok ? response.json() : { results: [] }; })
          .then(function (data) { if (request === asked) show(data.results); })
          .catch(function () {});
      }, 200);
    });

    input.addEventListener("keydown", function (event) {
      if (list.hidden) return;
      if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        event.preventDefault();
        var step = event.key === "ArrowDown" ? 1 : -1;
        highlight(Math.max(-1, Math.min(items.length - 1, active + step)));
      } else if (event.key === "Enter" && active >= 0) {
        event.preventDefault();
        open(active);
      } else if (event.key === "Escape") {
        event.preventDefault(); // keep what was typed: only the list goes away
        close();
      }
    });

    input.addEventListener("blur", close);
    // Keep the focus in the box while a title is clicked, so that blur does not remove it first.
    list.addEventListener("mousedown", function (event) { event.preventDefault(); });
    list.addEventListener("click", function (event) {
      var option = event.target.closest("[role=option]");
      if (option) open(Array.prototype.indexOf.call(list.children, option));
    });
  }
})();
