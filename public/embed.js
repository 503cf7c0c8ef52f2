/*
 * Screens across the border: optional resizer for embedded charts. Finds every
 * <iframe data-screens-embed>, and sets its height from the messages that iframe sends.
 * It accepts only messages of its own type, from the iframe it manages, from that iframe's
 * origin, and only a height: nothing else is read or changed on the host page.
 */
(function () {
  "use strict";
  var TYPE = "screens-embed:height";
  function manage(frame) {
    if (frame.getAttribute("data-screens-managed")) return;
    frame.setAttribute("data-screens-managed", "true");
    var origin;
    try {
      origin = new URL(frame.src, location.href).origin;
    } catch {
      return;
    }
    window.addEventListener("message", function (event) {
      if (event.source !== frame.contentWindow || event.origin !== origin) return;
      var data = event.data;
      if (!data || typeof data !== "object" || data.type !== TYPE) return;
      var height = Number(data.height);
      if (!isFinite(height) || height < 40 || height > 20000) return;
      frame.style.height = Math.ceil(height) + "px";
      frame.setAttribute("height", String(Math.ceil(height)));
    });
    var ping = function () {
      if (frame.contentWindow) frame.contentWindow.postMessage({ type: "screens-embed:ping" }, origin);
    };
    frame.addEventListener("load", ping);
    ping();
  }
  function scan() {
    var frames = document.querySelectorAll("iframe[data-screens-embed]");
    for (var i = 0; i < frames.length; i++) manage(frames[i]);
  }
  scan();
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", scan);
})();
