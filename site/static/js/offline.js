/* Reading offline (issue 31), the page's side; the service worker is sw.js (siteconf/offline.py).
 *
 * - registers the worker and shows "Guardar para consultar sin conexión" where it can work;
 * - lists "Mis guardados" (what this browser keeps) with the date and size of each;
 * - on a copy served offline, shows "Sin conexión: versión guardada el …";
 * - offline, stops forms that need the network and keeps the reply being written (only the
 *   textarea of a form marked data-offline-draft), offered again once the page opens online;
 * - signing out removes the pages saved while signed in, and the drafts; so does the next page
 *   that says no one is signed in (data-member="0" on this script's tag).
 *
 * Progressive enhancement only: without this file every page reads as usual. The interface is
 * Spanish only; the texts shown on any page are here, those of the save button in its template.
 */
(function () {
  "use strict";

  var TEXT = {
    banner: "Sin conexión: versión guardada el ",
    needsNetwork: "Necesita conexión para enviar. Lo que escribió se conserva.",
    draftRestored: "Recuperamos el borrador que escribió sin conexión.",
    saving: "Guardando…",
    saveFailed: "No se pudo guardar esta página. Inténtelo de nuevo con conexión.",
    removed: "Se quitó de sus guardados.",
    savedOn: "Guardada el ",
    withPdf: "con PDF",
    remove: "Quitar",
    removeLabel: "Quitar «%s» de sus guardados",
    unsupported:
      "Este navegador no permite guardar páginas para consultarlas sin conexión. Use un navegador actualizado, como Chrome, Firefox, Edge o Safari.",
  };
  var MONTHS = "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(" ");
  var DRAFT = "redatt-draft:";

  var config = (document.currentScript && document.currentScript.dataset) || {};
  var body = document.body;
  var offlineCopy = body.hasAttribute("data-offline-copy");
  var worker = "serviceWorker" in navigator && "caches" in window && window.isSecureContext;

  // --- Words and numbers in the site's style ---------------------------------------------------

  function fecha(iso) {
    var day = new Date(iso);
    return day.getDate() + " de " + MONTHS[day.getMonth()] + " de " + day.getFullYear();
  }

  function size(bytes) {
    if (bytes < 1024) return bytes + " bytes";
    var kb = bytes / 1024;
    var text = kb < 1024 ? kb.toFixed(1) + " KB" : (kb / 1024).toFixed(1) + " MB";
    return text.replace(".", ",");
  }

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }

  // --- Talking to the worker ---------------------------------------------------------------------

  function ask(message, timeout) {
    /* Sends `message` to the active worker; resolves to its answer. */
    var answer = navigator.serviceWorker.ready.then(function (registration) {
      return new Promise(function (resolve, reject) {
        var channel = new MessageChannel();
        channel.port1.onmessage = function (event) {
          if (event.data.ok) resolve(event.data.result);
          else reject(new Error(event.data.error));
        };
        registration.active.postMessage(message, [channel.port2]);
      });
    });
    if (!timeout) return answer;
    return Promise.race([
      answer,
      new Promise(function (resolve, reject) {
        setTimeout(reject, timeout);
      }),
    ]);
  }

  if (worker) {
    navigator.serviceWorker.register(config.sw || "/sw.js", { scope: "/" }).catch(function () {});
  }

  // --- The banner on a copy served offline -------------------------------------------------------

  if (body.dataset.offlineSaved) {
    var banner = element("p", "notice offline-banner", TEXT.banner + fecha(body.dataset.offlineSaved));
    banner.setAttribute("role", "status");
    var main = document.querySelector("main .wrap") || document.querySelector("main") || body;
    main.insertBefore(banner, main.firstChild);
  }

  // --- "Guardar para consultar sin conexión" -----------------------------------------------------

  function pageFiles() {
    var urls = [];
    var files = document.querySelectorAll(
      "link[rel~=stylesheet][href], link[rel~=icon][href], link[rel=manifest][href], script[src], img"
    );
    Array.prototype.forEach.call(files, function (node) {
      var url = node.tagName === "IMG" ? node.currentSrc || node.src : node.href || node.src;
      if (url) urls.push(url);
    });
    return urls;
  }

  function saveBox(box) {
    var url = box.dataset.url || location.pathname;
    var title = box.dataset.title || document.title;
    var saveButton = box.querySelector("[data-offline-action=save]");
    var removeButton = box.querySelector("[data-offline-action=remove]");
    var unsaved = box.querySelector("[data-offline-unsaved]");
    var state = box.querySelector("[data-offline-state]");
    var status = box.querySelector("[data-offline-status]");

    function show(record) {
      // Paragraphs are hidden, not the buttons: the stylesheet gives buttons a display of their own.
      unsaved.hidden = Boolean(record);
      state.hidden = !record;
      box.hidden = false;
    }

    ask({ type: "status", url: url }).then(show, function () {});
    saveButton.addEventListener("click", function () {
      saveButton.disabled = true;
      status.textContent = TEXT.saving;
      ask({ type: "save", url: url, title: title, files: pageFiles() })
        .then(
          function (record) {
            status.textContent = size(record.bytes) + (record.pdf ? ", " + TEXT.withPdf : "") + ".";
            show(record);
          },
          function () {
            status.textContent = TEXT.saveFailed;
          }
        )
        .then(function () {
          saveButton.disabled = false;
        });
    });
    removeButton.addEventListener("click", function () {
      ask({ type: "remove", url: url }).then(function () {
        status.textContent = TEXT.removed;
        show(null);
        saveButton.focus();
      });
    });
  }

  if (worker) Array.prototype.forEach.call(document.querySelectorAll("[data-offline-save]"), saveBox);

  // --- "Mis guardados" ---------------------------------------------------------------------------

  function savedItem(record, list, empty) {
    var item = element("li", "saved-item");
    var link = element("a", "", record.title);
    link.href = record.url;
    var facts = [TEXT.savedOn + fecha(record.saved), size(record.bytes)];
    if (record.pdf) facts.push(TEXT.withPdf);
    var remove = element("button", "link-button", TEXT.remove);
    remove.type = "button";
    remove.setAttribute("aria-label", TEXT.removeLabel.replace("%s", record.title));
    remove.addEventListener("click", function () {
      ask({ type: "remove", url: record.url }).then(function () {
        item.remove();
        if (!list.children.length) empty.hidden = false;
      });
    });
    item.appendChild(link);
    item.appendChild(element("span", "meta", " " + facts.join(" · ") + " "));
    item.appendChild(remove);
    return item;
  }

  var saved = document.querySelector("[data-offline-list]");
  if (saved) {
    var noScript = document.querySelector("[data-offline-nojs]");
    if (!worker) {
      noScript.textContent = TEXT.unsupported;
    } else {
      noScript.hidden = true;
      var list = saved.querySelector("[data-offline-items]");
      var empty = saved.querySelector("[data-offline-empty]");
      ask({ type: "list" }).then(function (records) {
        records.forEach(function (record) {
          list.appendChild(savedItem(record, list, empty));
        });
        empty.hidden = records.length > 0;
        saved.hidden = false;
      });
    }
  }

  // --- Forms offline, and the reply kept ---------------------------------------------------------

  function note(form, text, role) {
    var paragraph = form.querySelector(".offline-note") || element("p", "notice offline-note");
    paragraph.setAttribute("role", role);
    paragraph.textContent = text;
    form.insertBefore(paragraph, form.firstChild);
  }

  function actionPath(form) {
    // getAttribute: a field named "action" or "method" would hide the form's own properties.
    return new URL(form.getAttribute("action") || location.href, location.href).pathname;
  }

  function draftKey(form) {
    return DRAFT + actionPath(form);
  }

  function draftField(form) {
    return form.hasAttribute("data-offline-draft") ? form.querySelector("textarea") : null;
  }

  function keepDraft(form, field) {
    try {
      if (field.value.trim()) localStorage.setItem(draftKey(form), field.value);
      else localStorage.removeItem(draftKey(form));
    } catch (error) {
      /* storage full or refused: the text stays in the textarea */
    }
  }

  function forgetDraft(form) {
    try {
      localStorage.removeItem(draftKey(form));
    } catch (error) {
      /* nothing kept */
    }
  }

  function forgetDrafts() {
    try {
      Object.keys(localStorage).forEach(function (key) {
        if (key.indexOf(DRAFT) === 0) localStorage.removeItem(key);
      });
    } catch (error) {
      /* nothing kept */
    }
  }

  var signOutPaths = (config.signout || "").split(" ").filter(Boolean);

  function signOut(form) {
    /* Removes what was saved while signed in, then signs out (whatever the worker answers). */
    forgetDrafts();
    var submit = function () {
      HTMLFormElement.prototype.submit.call(form);
    };
    if (!worker) return submit();
    ask({ type: "clear", memberOnly: true }, 3000).then(submit, submit);
  }

  document.addEventListener(
    "submit",
    function (event) {
      var form = event.target;
      if (signOutPaths.indexOf(actionPath(form)) !== -1) {
        event.preventDefault();
        signOut(form);
        return;
      }
      if ((form.getAttribute("method") || "").toLowerCase() !== "post") return;
      var field = draftField(form);
      if (navigator.onLine) {
        if (field) forgetDraft(form);
        return;
      }
      event.preventDefault();
      if (field) keepDraft(form, field);
      note(form, TEXT.needsNetwork, "alert");
    },
    true
  );

  Array.prototype.forEach.call(document.querySelectorAll("form[data-offline-draft]"), function (form) {
    var field = draftField(form);
    if (!field) return;
    field.addEventListener("input", function () {
      if (!navigator.onLine) keepDraft(form, field);
    });
    if (!navigator.onLine || offlineCopy) return;
    var kept = null;
    try {
      kept = localStorage.getItem(draftKey(form));
    } catch (error) {
      return;
    }
    if (kept && !field.value.trim()) {
      field.value = kept;
      note(form, TEXT.draftRestored, "status");
    }
  });

  // --- Nobody signed in: nothing saved while signed in stays -------------------------------------

  if (config.member === "0" && !offlineCopy) {
    forgetDrafts();
    if (worker && navigator.serviceWorker.controller) ask({ type: "clear", memberOnly: true }).catch(function () {});
  }
})();
