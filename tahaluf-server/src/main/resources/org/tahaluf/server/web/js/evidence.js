// One event as evidence: the sentence it was read from, who said it, how sure, and the article.

import { el, link, dirOf } from './dom.js';
import { t, signWord, nameOf as localNameOf } from './i18n.js';

function localName(name) {
  return localNameOf({ name });
}

export function signClass(sign) {
  return sign > 0 ? 'coop' : sign < 0 ? 'conflict' : 'neutral';
}

export function evidenceItem(event, names) {
  const named = { [event.source]: event.source_name, [event.target]: event.target_name, [event.speaker]: event.speaker_name };
  const nameOf = (id) => (id && names && names[id]) || (id && named[id] ? localName(named[id]) : null) || id || '—';
  const article = event.article || {};
  return el('li', { class: 'evidence ' + signClass(event.sign), dataset: { event: event.id } },
    el('div', { class: 'evidence-head' },
      el('span', { class: 'badge ' + signClass(event.sign) }, signWord(event.sign)),
      el('span', { class: 'type' }, event.type),
      el('span', { class: 'dyad' }, nameOf(event.source), ' → ', nameOf(event.target)),
      event.day ? el('time', { datetime: event.day }, event.day) : null),
    el('blockquote', { class: 'sentence', dir: dirOf(article.language), lang: article.language || null },
      event.sentence_text || ''),
    el('div', { class: 'evidence-meta' },
      el('span', null, t('modality') + ': ', t('modality.' + event.modality)),
      event.speaker || event.speaker_text
        ? el('span', { class: 'speaker' }, t('speaker') + ': ',
          event.speaker_name ? localName(event.speaker_name) : el('bdi', null, event.speaker_text || event.speaker))
        : null,
      link('#/read/' + encodeURIComponent(article.id || event.document), t('read_article'),
        article.title ? ' — ' : '', article.title ? el('span', { dir: 'auto' }, article.title) : null)));
}
