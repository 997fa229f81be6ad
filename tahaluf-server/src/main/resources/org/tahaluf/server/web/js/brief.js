// The brief of the analytics, its Markdown rendered as DOM (headings, lists, paragraphs, bold) without markup injection.

import { el, clear } from './dom.js';
import { loadWindow, windowControl, windowParams } from './timewindow.js';
import { t, lang } from './i18n.js';
import { get } from './api.js';

export async function briefPage(page) {
  const w = await loadWindow();
  const body = el('div', { id: 'brief-body' });
  page.appendChild(el('section', { class: 'brief', id: 'brief' }, el('h1', null, t('brief.title')),
    el('div', { class: 'controls' }, windowControl(w, () => draw())), body));
  async function draw() {
    const brief = await get('/api/brief', { ...windowParams(w), lang: lang() });
    clear(body).append(...markdown(brief.markdown || ''));
  }
  await draw();
}

function markdown(text) {
  const out = [];
  let list = null;
  for (const line of text.split('\n')) {
    const heading = line.match(/^(#{1,4})\s+(.*)$/);
    const item = line.match(/^\s*[-*]\s+(.*)$/);
    if (item) {
      if (!list) { list = el('ul'); out.push(list); }
      list.appendChild(el('li', null, inline(item[1])));
      continue;
    }
    list = null;
    if (heading) out.push(el('h' + Math.min(4, heading[1].length + 1), null, inline(heading[2])));
    else if (line.trim()) out.push(el('p', { dir: 'auto' }, inline(line)));
  }
  return out;
}

/** **bold**, _emphasis_ and [text](#/link) within a line; everything else is text. */
function inline(line) {
  const parts = [];
  const pattern = /\*\*([^*]+)\*\*|\[([^\]]+)\]\((#\/[^)\s]*)\)|(?:^|(?<=\s))_([^_]+)_(?=\s|$)/g;
  let at = 0;
  let m;
  while ((m = pattern.exec(line))) {
    if (m.index > at) parts.push(line.slice(at, m.index));
    if (m[1] !== undefined) parts.push(el('strong', null, m[1]));
    else if (m[4] !== undefined) parts.push(el('em', null, m[4]));
    else parts.push(el('a', { href: m[3] }, m[2]));
    at = m.index + m[0].length;
  }
  if (at < line.length) parts.push(line.slice(at));
  return parts;
}
