// Frames the iframe embed given by ?src=, and with ?impostor= a second frame that tries to
// introduce itself to the embed as its host. Records every message this page receives.
const params = new URLSearchParams(location.search);
window.received = [];
const frame = document.createElement('iframe');
frame.setAttribute('data-migration-atlas', '');
frame.id = 'embed';
frame.title = 'Migration Atlas';
frame.src = params.get('src');
window.addEventListener('message', (event) => {
  window.received.push({ type: event.data?.type, origin: event.origin, fromEmbed: event.source === frame.contentWindow });
});
document.body.append(frame);
if (params.has('impostor')) {
  const impostor = document.createElement('iframe');
  impostor.id = 'impostor';
  impostor.title = 'impostor';
  impostor.src = params.get('impostor');
  document.body.append(impostor);
}
