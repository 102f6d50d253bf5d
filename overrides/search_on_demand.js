// Material asks for search/search_index.json (every page of both languages) as soon
// as a page loads, searched or not. This holds that request back until the reader
// goes to the search box (or follows a search result, whose ?h= highlighting needs
// the index), and sends it for search/search_index.<the page's language>.json, which
// hooks/search_by_language.py writes. Material 9 asks with XMLHttpRequest.
(function () {
  var open = XMLHttpRequest.prototype.open;
  var send = XMLHttpRequest.prototype.send;
  var INDEX = /\/search\/search_index\.json$/;
  var lang = document.documentElement.lang;
  var wanted = /[?&]h=/.test(location.search);
  var held = [];

  function want() {
    wanted = true;
    held.splice(0).forEach(function (go) { go(); });
  }

  XMLHttpRequest.prototype.open = function (method, url) {
    var args = Array.prototype.slice.call(arguments);
    this.searchIndex = INDEX.test(String(url));
    if (this.searchIndex) {
      args[1] = String(url).replace(INDEX, "/search/search_index." + lang + ".json");
    }
    return open.apply(this, args);
  };

  XMLHttpRequest.prototype.send = function () {
    var request = this, args = arguments;
    if (!request.searchIndex || wanted) return send.apply(request, args);
    held.push(function () { send.apply(request, args); });
  };

  function isSearch(event) {
    var target = event.target;
    return target.closest && target.closest("form[name=search], label[for=__search]");
  }
  ["focusin", "pointerover"].forEach(function (type) {
    document.addEventListener(type, function (event) {
      if (!wanted && isSearch(event)) want();
    });
  });
})();
