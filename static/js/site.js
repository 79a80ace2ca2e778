// Backsite's only script, a small enhancement: every page works without it.
// A "Print this sequence" button appears where the page offers one, and the library's filters
// stand open on a wide screen (a phone keeps them folded behind "Filter").
(function () {
  "use strict";
  if (window.matchMedia("(min-width: 56rem)").matches) {
    document.querySelectorAll("details[data-open-wide]").forEach(function (details) {
      details.open = true;
    });
  }
  document.querySelectorAll("[data-print]").forEach(function (button) {
    var holder = button.closest("[hidden]");
    if (holder) {
      holder.hidden = false;
    }
    button.addEventListener("click", function () {
      window.print();
    });
  });
})();
