// Migration Atlas — host-page helper for the iframe embed. It sizes each
//   <iframe data-migration-atlas src="…/embed.html"></iframe>
// to its content, the way responsive iframe embeds do. Optional; it fetches nothing.
(function () {
  function frames() {
    return Array.prototype.slice.call(document.querySelectorAll('iframe[data-migration-atlas]'));
  }
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || data.type !== 'migration-atlas:height') return;
    var height = Number(data.height);
    if (!isFinite(height) || height < 100 || height > 20000) return;
    frames().forEach(function (frame) {
      if (frame.contentWindow === event.source) frame.style.height = Math.ceil(height) + 'px';
    });
  });
})();
