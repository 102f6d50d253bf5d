// The 404 page (overrides/404.html), which a static host sends for every missing path
// of the site. It runs before Material's scripts, so that the search box looks in the
// reader's language (search_on_demand.js reads the page's lang).
//
// The path is <root><version>/<page>, or <root><page>; the page's language is read
// from its prefix (guide.core.paths.url_prefix: "" for Korean, "en/" for English).
// - Only the reader's language stays on the page, with its site name in the header
//   and the search box's placeholder.
// - A version that is not published (never, or no longer: /3.9/en/signals/), or no
//   version at all (/en/signals/): the reader goes to the same page in latest, if
//   latest has it.
// - A published version (/3.12/en/gone/): the page offers the same page in latest, if
//   latest has it, beside the home page.
// Published versions and aliases are those of mike's versions.json, beside the
// versions. Nothing is loaded from another host.
(function () {
  var data = JSON.parse(document.getElementById("__not_found").textContent);
  var latest = new URL(data.latest, location.href);
  var root = new URL("../", latest);
  var path = location.pathname;
  if (path.indexOf(root.pathname) !== 0) return;
  var rest = path.slice(root.pathname.length);
  var first = rest.split("/")[0];
  var VERSION = /^\d+\.\d+$/;
  var latestName = latest.pathname.slice(root.pathname.length, -1);

  function page(versioned) {
    return versioned ? rest.slice(first.length + 1) : rest;
  }

  function languageOf(pagePath) {
    var found = data.languages[0];  // the default language: no prefix
    data.languages.forEach(function (language) {
      if (language.prefix && pagePath.indexOf(language.prefix) === 0) {
        found = language;
      }
    });
    return found;
  }

  var reader = languageOf(page(VERSION.test(first) || first === latestName));
  document.documentElement.lang = reader.lang;
  document.title = reader.title;
  var sections = document.querySelectorAll("[data-not-found]");
  sections.forEach(function (section) {
    section.hidden = section.lang !== reader.lang;
  });
  document.querySelectorAll(".md-header__topic:first-child .md-ellipsis")
    .forEach(function (title) { title.textContent = reader.site_name; });
  document.querySelectorAll(".md-search__input").forEach(function (input) {
    input.placeholder = reader.search;
    input.setAttribute("aria-label", reader.search);
  });
  document.querySelectorAll("a.md-logo").forEach(function (logo) {
    logo.href = reader.home;
    logo.title = reader.site_name;
    logo.setAttribute("aria-label", reader.site_name);
  });

  fetch(new URL("versions.json", root))
    .then(function (response) { return response.ok ? response.json() : []; })
    .catch(function () { return []; })
    .then(function (versions) {
      var names = new Set();
      versions.forEach(function (v) {
        names.add(v.version);
        (v.aliases || []).forEach(function (alias) { names.add(alias); });
      });
      var published = names.has(first);
      var target = new URL(page(published || VERSION.test(first)), latest);
      if (target.pathname === path) return;  // missing in latest itself
      return fetch(target, { method: "HEAD" }).then(function (found) {
        if (!found.ok) return;
        var there = target.pathname + location.search + location.hash;
        if (!published) return location.replace(there);
        sections.forEach(function (section) {
          var same = section.querySelector("[data-not-found-same]");
          same.querySelector("a").href = there;
          same.hidden = false;
        });
      });
    })
    .catch(function () {});
})();
