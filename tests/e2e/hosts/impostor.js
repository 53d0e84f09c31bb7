// Keeps telling its sibling frame (the iframe embed) "I am your host": the embed must
// ignore it, since only its parent may introduce itself.
setInterval(() => {
  const embed = window.parent.frames[0];
  if (embed && embed !== window) embed.postMessage({ type: 'migration-atlas:host' }, '*');
}, 100);
