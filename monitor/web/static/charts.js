// Draws each chart of a page with plotly: the data is in a <script type="application/json" class="chart-data"
// data-chart-for="ID"> block (no inline code: the Content-Security-Policy allows none). A click on a point opens
// the sentence its value was read from (the point's customdata: /article/{id}?fact=N).
"use strict";

(function () {
  function draw(block) {
    var target = document.getElementById(block.getAttribute("data-chart-for"));
    if (!target || typeof Plotly === "undefined") {
      return;
    }
    var figure = JSON.parse(block.textContent);
    var config = {
      displaylogo: false,
      responsive: true,
      locale: "vi",
      modeBarButtonsToRemove: ["select2d", "lasso2d", "autoScale2d"],
    };
    Plotly.newPlot(target, figure.data, figure.layout, config).then(function (plot) {
      plot.on("plotly_click", function (event) {
        var point = event.points && event.points[0];
        var link = point && point.customdata;
        if (typeof link === "string" && link.charAt(0) === "/" && link.charAt(1) !== "/") {
          window.location.assign(link);  // our own paths only
        }
      });
    });
  }

  function drawAll() {
    var blocks = document.querySelectorAll("script.chart-data[type='application/json']");
    for (var i = 0; i < blocks.length; i++) {
      draw(blocks[i]);
    }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", drawAll);
  } else {
    drawAll();
  }
})();
