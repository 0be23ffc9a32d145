/* Red ATT's service worker (issue 31), served at /sw.js by siteconf.offline so it covers the site.
 *
 * Online, every request goes to the network as usual. Offline, a page that was saved is answered
 * from Cache Storage (marked so offline.js shows "Sin conexión: versión guardada el …"), any other
 * page with the offline page, which links to "Mis guardados".
 *
 * Caches: "redatt-shell-<v>" holds the offline page, "Mis guardados" and the files they load,
 * kept at install; each saved page has its own "redatt-saved:<path>" with its HTML, PDF, images,
 * stylesheet and scripts, plus its record (title, address, date, bytes, whether it was saved while
 * signed in) as JSON, so removing a page is deleting one cache.
 *
 * Only answers the server marks with `X-Offline: allowed` are kept (siteconf/offline.py decides),
 * and never one that says `Cache-Control: private` or `no-store`. The page's own files (stylesheet,
 * scripts, images) need only be same-origin and not private.
 */
"use strict";

var SHELL = "redatt-shell-v1"; // bump when the shell's layout changes: older shells are deleted
var SAVED = "redatt-saved:";
var RECORD = "/offline-record.json"; // a saved page's record, inside its own cache
var OFFLINE_PAGE = "/sin-conexion/";
var SAVED_LIST = "/mis-guardados/";
var KEPT_PATHS = /^\/(static|media)\/|\/pdf\/$/;
var MATCH = { ignoreSearch: true, ignoreVary: true };

// --- What may be kept --------------------------------------------------------------------------

function offlineMark(response) {
  /* "allowed" or "member" when the server lets this answer be kept, "" otherwise. */
  if (!response || response.status !== 200 || response.type !== "basic") return "";
  var cacheControl = (response.headers.get("Cache-Control") || "").toLowerCase();
  if (/private|no-store/.test(cacheControl)) return "";
  var mark = (response.headers.get("X-Offline") || "").toLowerCase();
  if (mark.split(";")[0].trim() !== "allowed") return "";
  return /;\s*member/.test(mark) ? "member" : "allowed";
}

function mayKeepFile(response) {
  if (!response || response.status !== 200 || response.type !== "basic") return false;
  return !/private|no-store/.test((response.headers.get("Cache-Control") || "").toLowerCase());
}

function sameOrigin(url) {
  try {
    return new URL(url, self.location.href).origin === self.location.origin;
  } catch (error) {
    return false;
  }
}

function pathOf(url) {
  return new URL(url, self.location.href).pathname;
}

// --- Keeping ----------------------------------------------------------------------------------

function keep(cache, url, response) {
  /* Stores a copy and resolves to its size in bytes. */
  return response
    .clone()
    .blob()
    .then(function (body) {
      return cache.put(url, response).then(function () {
        return body.size;
      });
    });
}

function keepFiles(cache, urls) {
  /* Each same-origin file that answers and is not private; resolves to their total size. */
  var unique = urls.filter(function (url, index) {
    return sameOrigin(url) && urls.indexOf(url) === index;
  });
  return Promise.all(
    unique.map(function (url) {
      return fetch(url, { credentials: "same-origin" })
        .then(function (response) {
          return mayKeepFile(response) ? keep(cache, url, response) : 0;
        })
        .catch(function () {
          return 0;
        });
    })
  ).then(function (sizes) {
    return sizes.reduce(function (sum, size) {
      return sum + size;
    }, 0);
  });
}

function filesIn(html) {
  /* The stylesheet, scripts, icon and manifest a page of the site loads. */
  var found = [];
  var pattern = /<(?:link|script)\b[^>]*?\s(?:href|src)="([^"]+)"/g;
  var match;
  while ((match = pattern.exec(html))) {
    var url = match[1].replace(/&amp;/g, "&");
    if (/\.(css|js|svg|webmanifest)(\?|$)/.test(url)) found.push(url);
  }
  return found;
}

function keepShell() {
  /* The offline page and "Mis guardados" as anyone sees them (asked without cookies), and their
  files. Run at install (each new version of this file), and when a page is saved if an install
  made offline left the shell incomplete. */
  return caches.open(SHELL).then(function (cache) {
    return Promise.all(
      [OFFLINE_PAGE, SAVED_LIST].map(function (url) {
        return fetch(url, { credentials: "omit", cache: "no-cache" }).then(function (response) {
          if (offlineMark(response) !== "allowed") return;
          return response
            .clone()
            .text()
            .then(function (html) {
              return cache.put(url, response).then(function () {
                return keepFiles(cache, filesIn(html));
              });
            });
        });
      })
    );
  });
}

function shellComplete() {
  return caches.open(SHELL).then(function (cache) {
    return Promise.all([cache.match(OFFLINE_PAGE), cache.match(SAVED_LIST)]).then(function (hits) {
      return Boolean(hits[0] && hits[1]);
    });
  });
}

function save(data) {
  /* Saves one page (data: url, title, files) with its PDF; resolves to its record. */
  var path = pathOf(data.url);
  var name = SAVED + path;
  return caches
    .delete(name)
    .then(function () {
      var page = fetch(path, { credentials: "same-origin", cache: "no-cache" });
      return Promise.all([page, caches.open(name)]);
    })
    .then(function (answers) {
      var response = answers[0];
      var cache = answers[1];
      var mark = offlineMark(response);
      if (!mark) throw new Error("not-allowed");
      var pdf = fetch(path + "pdf/", { credentials: "same-origin" })
        .then(function (answer) {
          return offlineMark(answer) ? keep(cache, path + "pdf/", answer) : 0;
        })
        .catch(function () {
          return 0;
        });
      return Promise.all([keep(cache, path, response), keepFiles(cache, data.files || []), pdf]).then(
        function (sizes) {
          var record = {
            url: path,
            title: String(data.title || path).slice(0, 300),
            saved: new Date().toISOString(),
            bytes: sizes[0] + sizes[1] + sizes[2],
            pdf: sizes[2] > 0,
            member: mark === "member",
          };
          var json = new Response(JSON.stringify(record), {
            headers: { "Content-Type": "application/json" },
          });
          return cache.put(RECORD, json).then(function () {
            return record;
          });
        }
      );
    })
    .catch(function (error) {
      return caches.delete(name).then(function () {
        throw error;
      });
    });
}

// --- Reading what is saved ---------------------------------------------------------------------

function recordOf(name) {
  /* The record of a saved page, or null (caches.open would create a missing cache: ask first). */
  return caches
    .has(name)
    .then(function (exists) {
      return exists ? caches.open(name).then(function (cache) {
        return cache.match(RECORD);
      }) : null;
    })
    .then(function (response) {
      return response ? response.json() : null;
    });
}

function savedNames() {
  return caches.keys().then(function (names) {
    return names.filter(function (name) {
      return name.indexOf(SAVED) === 0;
    });
  });
}

function list() {
  return savedNames()
    .then(function (names) {
      return Promise.all(names.map(recordOf));
    })
    .then(function (records) {
      return records
        .filter(Boolean)
        .sort(function (a, b) {
          return a.saved < b.saved ? 1 : -1;
        });
    });
}

function clear(memberOnly) {
  /* Removes every saved page, or only those saved while signed in. */
  return savedNames().then(function (names) {
    return Promise.all(
      names.map(function (name) {
        return recordOf(name).then(function (record) {
          if (!memberOnly || !record || record.member) return caches.delete(name);
        });
      })
    );
  });
}

// --- Answering ----------------------------------------------------------------------------------

function fromCache(request) {
  /* A navigation that failed: the saved copy (marked with its date), a shell page, or the
  offline page. The mark is an attribute on <body>; offline.js turns it into the banner. */
  var path = pathOf(request.url);
  return caches.match(request, MATCH).then(function (hit) {
    if (!hit) {
      return caches.match(OFFLINE_PAGE, MATCH).then(function (page) {
        return page ? marked(page, "") : Response.error();
      });
    }
    return recordOf(SAVED + path)
      .catch(function () {
        return null;
      })
      .then(function (record) {
        return marked(hit, record ? record.saved : "");
      });
  });
}

function marked(response, saved) {
  if ((response.headers.get("Content-Type") || "").indexOf("text/html") !== 0) return response;
  return response.text().then(function (html) {
    var attributes = ' data-offline-copy=""' + (saved ? ' data-offline-saved="' + saved + '"' : "");
    return new Response(html.replace("<body", "<body" + attributes), {
      status: 200,
      headers: { "Content-Type": response.headers.get("Content-Type") },
    });
  });
}

self.addEventListener("install", function (event) {
  event.waitUntil(
    keepShell()
      .catch(function () {})
      .then(function () {
        return self.skipWaiting();
      })
  );
});

self.addEventListener("activate", function (event) {
  event.waitUntil(
    caches
      .keys()
      .then(function (names) {
        return Promise.all(
          names
            .filter(function (name) {
              return name.indexOf("redatt-shell-") === 0 && name !== SHELL;
            })
            .map(function (name) {
              return caches.delete(name);
            })
        );
      })
      .then(function () {
        return self.clients.claim();
      })
  );
});

self.addEventListener("fetch", function (event) {
  var request = event.request;
  if (request.method !== "GET" || !sameOrigin(request.url)) return;
  var path = pathOf(request.url);
  if (path.indexOf("/admin/") === 0) return;
  if (request.mode === "navigate") {
    event.respondWith(
      fetch(request).catch(function () {
        return fromCache(request);
      })
    );
  } else if (KEPT_PATHS.test(path)) {
    event.respondWith(
      fetch(request).catch(function () {
        return caches.match(request, MATCH).then(function (hit) {
          return hit || Response.error();
        });
      })
    );
  }
});

self.addEventListener("message", function (event) {
  /* Requests from offline.js, answered on the port that came with them. */
  var data = event.data || {};
  var port = event.ports && event.ports[0];
  var work;
  if (data.type === "save") {
    work = save(data).then(function (record) {
      return shellComplete()
        .then(function (complete) {
          return complete || keepShell();
        })
        .catch(function () {})
        .then(function () {
          return record;
        });
    });
  } else if (data.type === "status") {
    work = recordOf(SAVED + pathOf(data.url));
  } else if (data.type === "list") {
    work = list();
  } else if (data.type === "remove") {
    work = caches.delete(SAVED + pathOf(data.url));
  } else if (data.type === "clear") {
    work = clear(Boolean(data.memberOnly));
  } else {
    return;
  }
  event.waitUntil(
    work.then(
      function (result) {
        if (port) port.postMessage({ ok: true, result: result });
      },
      function (error) {
        if (port) port.postMessage({ ok: false, error: String(error && error.message) });
      }
    )
  );
});
