// A stand-in for a client-side router (React Router, Vue Router…), as the widget meets
// them: the router keeps its own state in history.state ({ router, idx, key }), navigates
// with pushState, re-serialises the whole query with URLSearchParams on every navigation
// (so the widget's `1;v:map` becomes `1%3Bv%3Amap`), and renders from history.state on
// popstate. It records every state it finds, so a test can see whether one was wiped.
const seen = [];
let idx = history.state?.idx ?? 0;
if (!history.state?.router) history.replaceState({ router: true, idx, key: `k${idx}` }, '');

function render() {
  seen.push(history.state);
  const page = new URLSearchParams(location.search).get('page') || '1';
  document.querySelector('#where').textContent = `page ${page}`;
}

function navigate(page) {
  const url = new URL(location.href);
  url.searchParams.set('page', String(page));
  idx += 1;
  history.pushState({ router: true, idx, key: `k${idx}` }, '', url);
  render();
}

window.addEventListener('popstate', render);
document.querySelector('#next').addEventListener('click', () => navigate(idx + 2));
window.router = { navigate, seen };
render();
