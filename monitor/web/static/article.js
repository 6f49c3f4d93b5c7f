// An article opened at one of its facts (/article/{id}?fact=N): the page scrolls to that fact's evidence, marked
// "current" by the server, and to its row in the list of facts beside the text.
"use strict";

(function () {
  function show() {
    var current = document.querySelector("mark.evidence.current");
    if (!current) {
      return;
    }
    current.scrollIntoView({ block: "center" });
    var row = document.getElementById("fact-row-" + current.getAttribute("data-fact"));
    if (row && row.parentElement) {
      var list = row.closest("aside");
      if (list && list.scrollHeight > list.clientHeight) {
        list.scrollTop = row.offsetTop - list.clientHeight / 2;
      }
    }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", show);
  } else {
    show();
  }
})();
