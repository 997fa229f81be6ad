// The article reader: the text (right to left when Arabic) with actors and event triggers
// highlighted, each event listed beside its sentence; and the list of stored articles.

import { el, clear, link, dirOf } from './dom.js';
import { t, nameOf, signWord } from './i18n.js';
import { get } from './api.js';
import { signClass } from './evidence.js';

export async function readerPage(page, id) {
  const doc = await get('/api/documents/' + encodeURIComponent(id));
  const actors = Object.fromEntries(doc.actors.map((a) => [a.id, a]));
  const name = (actorId) => (actors[actorId] ? nameOf(actors[actorId]) : actorId || '—');
  const article = el('article', { class: 'reader', dir: dirOf(doc.language), lang: doc.language, id: 'reader' });
  for (const sentence of doc.sentences) {
    const events = doc.events.filter((e) => e.sentence === sentence.index);
    article.appendChild(el('div', { class: 'reader-row', dataset: { sentence: sentence.index } },
      el('p', { class: 'reader-text' }, highlighted(doc, sentence, events, name)),
      el('ul', { class: 'reader-events', dir: document.documentElement.dir, 'aria-label': t('reader.events') },
        events.map((e) => el('li', { class: signClass(e.sign), dataset: { event: e.id } },
          el('span', { class: 'badge ' + signClass(e.sign) }, signWord(e.sign)), ' ',
          el('strong', null, e.type), ' ', name(e.source), ' → ', name(e.target), ' · ',
          t('modality.' + e.modality),
          e.speaker || e.speaker_text ? [' · ', t('speaker'), ': ', e.speaker ? name(e.speaker) : e.speaker_text] : null)))));
  }
  page.appendChild(el('section', { class: 'reader-page' },
    el('h1', { dir: dirOf(doc.language) }, doc.title || doc.id),
    el('p', { class: 'muted' }, [doc.published, doc.source, doc.author].filter(Boolean).join(' · '),
      doc.copy_of ? [' · ', t('reader.copy_of'), ' ', link('#/read/' + encodeURIComponent(doc.copy_of), doc.copy_of)] : null),
    el('details', { class: 'reader-actors', open: true }, el('summary', null, t('reader.actors')),
      el('ul', null, doc.actors.filter((a) => a.kind !== 'location').map((a) => el('li', null,
        link('#/actor/' + encodeURIComponent(a.id), nameOf(a)))))),
    article));
}

/** A sentence's text as text nodes, with actor mentions and triggers wrapped in marks. */
function highlighted(doc, sentence, events, name) {
  const spans = [];
  for (const m of doc.mentions) {
    if (m.start >= sentence.start && m.end <= sentence.end) {
      spans.push({ start: m.start, end: m.end, cls: 'actor', actor: m.actor, title: name(m.actor) });
    }
  }
  for (const e of events) {
    if (e.trigger && e.trigger.start >= sentence.start && e.trigger.end <= sentence.end) {
      spans.push({ start: e.trigger.start, end: e.trigger.end, cls: 'trigger ' + signClass(e.sign), title: e.type });
    }
  }
  // longest first at each start; a span overlapping one already taken is dropped
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const taken = [];
  for (const s of spans) {
    if (!taken.length || s.start >= taken[taken.length - 1].end) taken.push(s);
  }
  const parts = [];
  let at = sentence.start;
  for (const s of taken) {
    if (s.start > at) parts.push(doc.text.slice(at, s.start));
    parts.push(el('mark', { class: s.cls, title: s.title, dataset: s.actor ? { actor: s.actor } : {} },
      doc.text.slice(s.start, s.end)));
    at = s.end;
  }
  if (at < sentence.end) parts.push(doc.text.slice(at, sentence.end));
  return parts;
}

export async function documentsPage(page) {
  const list = el('ul', { class: 'documents', id: 'documents' });
  const more = el('button', { type: 'button' }, t('documents.more'));
  let offset = 0;
  async function next() {
    const docs = await get('/api/documents', { offset, limit: 50 });
    offset += docs.length;
    for (const d of docs) {
      list.appendChild(el('li', null,
        link('#/read/' + encodeURIComponent(d.id), el('span', { dir: 'auto' }, d.title || d.id)),
        el('span', { class: 'muted' }, ' · ', [d.published, d.source, d.events + ' ' + t('events')]
          .filter(Boolean).join(' · '))));
    }
    more.hidden = docs.length < 50;
  }
  more.addEventListener('click', next);
  clear(page).appendChild(el('section', null, el('h1', null, t('documents.title')), list, more));
  await next();
}
