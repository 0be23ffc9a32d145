/* The "Imprimir" button of a library item (templates/includes/actions/pdf.html): hidden in the
   HTML, since it needs this script, shown here. The print stylesheet is in site.css. */
(function () {
  "use strict";
  document.querySelectorAll("[data-print]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () { window.print(); });
  });
})();
