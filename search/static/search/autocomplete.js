// Title suggestions for the search box: an enhancement; the form works the same without it.
(function () {
  var input = document.querySelector("input[data-autocomplete]");
  var list = document.getElementById("search-suggestions");
  if (!input || !list || !window.fetch) return;
  var timer = null;
  input.addEventListener("input", function () {
    clearTimeout(timer);
    var value = input.value.trim();
    if (value.length < 2) return;
    timer = setTimeout(function () {
      fetch(input.dataset.autocomplete + "?q=" + encodeURIComponent(value), {
        headers: { Accept: "application/json" },
      })
        .then(function (response) { return response.ok ? response.json() : { results: [] }; })
        .then(function (data) {
          list.replaceChildren.apply(list, data.results.map(function (item) {
            var option = document.createElement("option");
            option.value = item.title;
            return option;
          }));
        })
        .catch(function () {});
    }, 200);
  });
})();
