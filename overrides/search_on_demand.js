{#- Search costs nothing until a reader searches. Material starts its search worker
    (assets/javascripts/workers/search.*.js, 12 KiB) and asks for
    search/search_index.json (every page of both languages) as soon as a page loads,
    searched or not. This holds both back until the reader goes to the search box (or
    follows a search result, whose ?h= highlighting needs the index): the worker is
    created then, with whatever Material sent it meanwhile, and the index request is
    sent for search/search_index.<the page's language>.json, which
    hooks/search_by_language.py writes. Material 9 asks with XMLHttpRequest and talks to
    the worker through addEventListener and postMessage. -#}
(function () {
  var open = XMLHttpRequest.prototype.open;
  var send = XMLHttpRequest.prototype.send;
  var RealWorker = window.Worker;
  var INDEX = /\/search\/search_index\.json$/;
  var WORKER = /\/workers\/search\.[^/]*\.js$/;
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

  {#- Stands for the search worker until it is wanted, then hands over to it. -#}
  function LaterWorker(url, options) {
    var real = null, listeners = [], messages = [];
    this.addEventListener = function () {
      var args = Array.prototype.slice.call(arguments);
      listeners.push(args);
      if (real) real.addEventListener.apply(real, args);
    };
    this.removeEventListener = function (type, listener) {
      listeners = listeners.filter(function (l) {
        return l[0] !== type || l[1] !== listener;
      });
      if (real) real.removeEventListener.apply(real, arguments);
    };
    this.postMessage = function () {
      var args = Array.prototype.slice.call(arguments);
      if (real) real.postMessage.apply(real, args);
      else messages.push(args);
    };
    this.terminate = function () {
      if (real) real.terminate();
      messages = [];
    };
    function start() {
      real = new RealWorker(url, options);
      listeners.forEach(function (l) { real.addEventListener.apply(real, l); });
      messages.splice(0).forEach(function (m) { real.postMessage.apply(real, m); });
    }
    if (wanted) start();
    else held.push(start);
  }

  window.Worker = function (url, options) {
    if (WORKER.test(String(url))) return new LaterWorker(url, options);
    return new RealWorker(url, options);
  };
  window.Worker.prototype = RealWorker.prototype;

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
