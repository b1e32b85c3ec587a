// Shows the print button of article and law pages and makes it print. Without JavaScript the button stays
// hidden and the browser's own print command gives the same result (the print stylesheet applies either way).
(function () {
  "use strict";
  var buttons = document.querySelectorAll("[data-print]");
  Array.prototype.forEach.call(buttons, function (button) {
    button.hidden = false;
    button.addEventListener("click", function () {
      window.print();
    });
  });
})();
