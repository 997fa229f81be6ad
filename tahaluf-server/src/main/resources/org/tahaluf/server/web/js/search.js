// Full-text search over the stored articles.

import { el, clear, link, dirOf } from './dom.js';
import { t } from './i18n.js';
import { get } from './api.js';

export async function searchPage(page, query) {
  const input = el('input', { type: 'search', id: 'q', value: query, placeholder: t('search.placeholder'),
    dir: 'auto', 'aria-label': t('search.title') });
  const results = el('ol', { class: 'results', id: 'results' });
  const form = el('form', { class: 'search', role: 'search' }, input, el('button', { type: 'submit' }, t('search.go')));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    location.hash = '#/search?q=' + encodeURIComponent(input.value.trim());
  });
  page.appendChild(el('section', null, el('h1', null, t('search.title')), form, results));
  if (!query) return;
  const hits = await get('/api/search', { q: query, limit: 50 });
  clear(results);
  if (!hits.length) results.appendChild(el('li', { class: 'muted' }, t('search.none')));
  for (const h of hits) {
    results.appendChild(el('li', null,
      link('#/read/' + encodeURIComponent(h.id), el('span', { dir: 'auto' }, h.title || h.id)),
      h.published ? el('span', { class: 'muted' }, ' · ', h.published) : null,
      h.snippet ? el('p', { class: 'sentence', dir: dirOf(h.language) }, h.snippet) : null));
  }
}
