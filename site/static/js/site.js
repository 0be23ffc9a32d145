/* Progressive enhancement only: every page works without this file. */
(function () {
  "use strict";
  // A municipality select marked with data-filter-by shows only the chosen department's options.
  document.querySelectorAll("select[data-filter-by]").forEach(function (select) {
    var department = document.getElementById(select.dataset.filterBy);
    if (!department) return;
    var groups = Array.prototype.slice.call(select.querySelectorAll("optgroup"));
    function update() {
      var label = department.selectedIndex > 0 ? department.options[department.selectedIndex].text : "";
      groups.forEach(function (group) {
        var match = !label || group.label === label;
        group.hidden = !match;
        group.disabled = !match;
      });
      var chosen = select.options[select.selectedIndex];
      if (chosen && chosen.parentNode.disabled) select.value = "";
    }
    department.addEventListener("change", update);
    update();
  });
})();
