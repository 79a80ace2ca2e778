// Backsite's only script, a small enhancement: every page works without it.
// A "Print this sequence" button appears where the page offers one.
(function () {
  "use strict";
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
