/* Copy buttons of the share links (templates/includes/share_links.html). Progressive enhancement:
   without this file the address and the text sit in read-only fields, to select and copy. */
(function () {
  "use strict";
  function copy(field) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(field.value);
    }
    return new Promise(function (resolve, reject) {
      field.select();
      try {
        if (document.execCommand("copy")) resolve(); else reject();
      } catch (error) {
        reject(error);
      }
    });
  }
  document.querySelectorAll("button[data-copy]").forEach(function (button) {
    var field = document.getElementById(button.dataset.copy);
    var status = document.getElementById(button.dataset.copyStatus);
    if (!field || button.dataset.copyReady) return;
    button.dataset.copyReady = "1";
    button.hidden = false;
    function say(message) {
      if (!status) return;
      status.textContent = "";  // a repeated message is announced again
      window.setTimeout(function () { status.textContent = message; }, 50);
    }
    button.addEventListener("click", function () {
      copy(field).then(
        function () { say(button.dataset.copied); },
        function () {
          field.focus();
          field.select();
          say("No se pudo copiar: quedó seleccionado, cópielo con Ctrl+C.");
        }
      );
    });
  });
})();
