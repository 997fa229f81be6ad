// Adding articles: pasted text or uploaded files, posted with the API token (kept for this tab only).

import { el, link } from './dom.js';
import { t } from './i18n.js';
import { post } from './api.js';

export async function ingestPage(page, session) {
  page.appendChild(el('h1', null, t('ingest.title')));
  if (!session.writable) {
    page.appendChild(el('p', { class: 'notice', id: 'readonly' }, t('ingest.readonly')));
    return;
  }
  const token = el('input', { type: 'password', id: 'token', autocomplete: 'off',
    value: sessionStorage.getItem('tahaluf.token') || '' });
  const title = el('input', { type: 'text', id: 'title', dir: 'auto' });
  const published = el('input', { type: 'text', id: 'published', placeholder: 'YYYY-MM-DD', pattern: '\\d{4}-\\d{2}-\\d{2}' });
  const source = el('input', { type: 'text', id: 'source', dir: 'auto' });
  const text = el('textarea', { id: 'text', rows: 12, dir: 'auto' });
  const files = el('input', { type: 'file', id: 'files', multiple: true, accept: '.txt,.md,.html,.htm,text/*' });
  const results = el('ul', { class: 'ingest-results', id: 'ingest-results' });
  const form = el('form', { class: 'ingest' },
    el('label', null, t('ingest.token'), token),
    el('label', null, t('ingest.article_title'), title),
    el('label', null, t('ingest.text'), text),
    el('div', { class: 'row' }, el('label', null, t('ingest.published'), published),
      el('label', null, t('ingest.source'), source)),
    el('label', null, t('ingest.files'), files),
    el('button', { type: 'submit', id: 'submit' }, t('ingest.submit')));
  page.append(form, results);

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    sessionStorage.setItem('tahaluf.token', token.value);
    const articles = [];
    if (text.value.trim()) {
      articles.push({ label: title.value || text.value.trim().split('\n')[0],
        body: JSON.stringify({ title: title.value || null, text: text.value,
          published: published.value || null, source: source.value || null }) });
    }
    for (const file of files.files) {
      articles.push({ label: file.name, body: JSON.stringify({ title: null, text: await file.text(),
        published: published.value || null, source: source.value || file.name }) });
    }
    for (const a of articles) {
      try {
        const answer = await post('/api/documents', a.body, 'application/json', token.value);
        results.appendChild(el('li', { class: 'ok' }, t('ingest.' + answer.outcome), ': ',
          link('#/read/' + encodeURIComponent(answer.id), a.label), ' · ', answer.events + ' events'));
      } catch (error) {
        results.appendChild(el('li', { class: 'error' }, a.label, ': ',
          error.status === 401 ? t('ingest.unauthorized') : error.message));
      }
    }
  });
}
