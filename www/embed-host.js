// Migration Atlas — host-page helper for the iframe embed. It sizes each
//   <iframe data-migration-atlas src="…/embed.html"></iframe>
// to its content, the way responsive iframe embeds do. Optional; it fetches nothing.
// It introduces itself to each frame (so the frame sends its height to this page's origin
// only) and takes heights only from its own frames, from the origin of their src.
// The introduction carries this page's address, so the frame's "Copy link" links to this
// page; a link that carries a view (?atlas=…) opens it in the first frame, scrolled into
// view.
(function () {
  function frames() {
    return Array.prototype.slice.call(document.querySelectorAll('iframe[data-migration-atlas]'));
  }
  function origin(frame) {
    try {
      return new URL(frame.src, location.href).origin;
    } catch (e) {
      return null;
    }
  }
  function introduce(frame) {
    var o = origin(frame);
    if (o && o !== 'null' && frame.contentWindow) {
      frame.contentWindow.postMessage({ type: 'migration-atlas:host', url: location.href }, o);
    }
  }
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object') return;
    var frame = frames().filter(function (f) { return f.contentWindow === event.source; })[0];
    if (!frame || event.origin !== origin(frame)) return;
    if (data.type === 'migration-atlas:frame') return introduce(frame);
    if (data.type !== 'migration-atlas:height') return;
    var height = Number(data.height);
    if (!isFinite(height) || height < 100 || height > 20000) return;
    frame.style.height = Math.ceil(height) + 'px';
  });
  // A shared link: the view goes to the first frame (reloaded with it), which is brought
  // into view. Read raw, as the frame writes it.
  var shared = /[?&]atlas=([^&#]*)/.exec(location.search);
  var first = frames()[0];
  if (shared && first && !/[?&]atlas=/.test(first.src)) {
    first.src += (first.src.indexOf('?') < 0 ? '?' : '&') + 'atlas=' + shared[1];
    first.scrollIntoView({ block: 'start' });
  }
  // Frames that asked before this script ran.
  frames().forEach(introduce);
})();
