// The web app's shell: navigation, the language switch and a router over the URL's hash.

import { el, clear } from './dom.js';
import { loadMessages, lang, setLang, t } from './i18n.js';
import { get } from './api.js';
import { mapPage } from './map.js';
import { actorPage } from './actor.js';
import { dyadPage } from './dyad.js';
import { readerPage, documentsPage } from './reader.js';
import { hotspotsPage } from './hotspots.js';
import { briefPage } from './brief.js';
import { searchPage } from './search.js';
import { ingestPage } from './ingest.js';

const routes = [
  [/^#\/map$/, () => mapPage],
  [/^#\/actor\/(.+)$/, (m) => (page) => actorPage(page, decodeURIComponent(m[1]))],
  [/^#\/dyad\/([^/]+)\/([^/]+)$/, (m) => (page) => dyadPage(page, decodeURIComponent(m[1]), decodeURIComponent(m[2]))],
  [/^#\/read\/(.+)$/, (m) => (page) => readerPage(page, decodeURIComponent(m[1]))],
  [/^#\/documents$/, () => documentsPage],
  [/^#\/hotspots$/, () => hotspotsPage],
  [/^#\/brief$/, () => briefPage],
  [/^#\/search(?:\?q=(.*))?$/, (m) => (page) => searchPage(page, m[1] ? decodeURIComponent(m[1]) : '')],
  [/^#\/ingest$/, () => ingestPage],
];

const NAV = [['#/map', 'nav.map'], ['#/documents', 'nav.documents'], ['#/hotspots', 'nav.hotspots'],
  ['#/brief', 'nav.brief'], ['#/search', 'nav.search'], ['#/ingest', 'nav.ingest']];

let session = { writable: false };

function renderShell() {
  const nav = clear(document.getElementById('nav'));
  const here = location.hash.split('/').slice(0, 2).join('/');
  for (const [href, key] of NAV) {
    nav.appendChild(el('a', { href, class: here === href ? 'current' : null }, t(key)));
  }
  document.getElementById('lang-switch').textContent = t('lang.switch');
  document.getElementById('foot').textContent = 'Tahaluf · تحالف — ' + t('app.tagline');
  document.title = 'Tahaluf · تحالف';
}

async function route() {
  if (!location.hash || location.hash === '#' || location.hash === '#/') {
    location.replace('#/map');
    return;
  }
  renderShell();
  const page = clear(document.getElementById('page'));
  page.dataset.ready = 'false';
  for (const [pattern, make] of routes) {
    const match = location.hash.match(pattern);
    if (match) {
      try {
        await make(match)(page, session);
      } catch (error) {
        clear(page).appendChild(el('p', { class: 'error', role: 'alert' }, t('error') + ': ' + error.message));
      }
      page.dataset.ready = 'true';
      performance.mark('tahaluf-ready');
      return;
    }
  }
  location.replace('#/map');
}

async function start() {
  // both at once: neither needs the other, and each is a round trip before the first page
  const [, known] = await Promise.all([loadMessages(), get('/api/session').catch(() => ({ writable: false }))]);
  session = known;
  setLang(lang());
  document.getElementById('lang-switch').addEventListener('click', () => {
    setLang(lang() === 'ar' ? 'en' : 'ar');
    route();
  });
  window.addEventListener('hashchange', route);
  route();
}

start();
