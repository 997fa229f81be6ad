// A dyad over time: cooperation and conflict per period, the detected shifts, and every event's evidence.

import { el, link } from './dom.js';
import { t, nameOf } from './i18n.js';
import { get } from './api.js';
import { signedBars } from './charts.js';
import { evidenceItem } from './evidence.js';
import { need } from './libs.js';

export async function dyadPage(page, a, b) {
  const [series, events] = await Promise.all([
    get('/api/dyads/' + encodeURIComponent(a) + '/' + encodeURIComponent(b)),
    get('/api/events', { actor: a, other: b, fold: 'true', limit: 300 }),
    need('echarts'),
  ]);
  const names = { [a]: nameOf({ id: a, name: series.a_name }), [b]: nameOf({ id: b, name: series.b_name }) };
  const points = (series.points || []).map((p) => ({
    label: (p.start || p.month || '').slice(0, 7), cooperation: round(p.cooperation), conflict: round(p.conflict) }));
  const shifts = series.shifts || [];
  const chart = el('div', { class: 'chart', id: 'dyad-chart' });
  page.appendChild(el('section', { class: 'dyad-page' },
    el('h1', null, link('#/actor/' + encodeURIComponent(a), names[a]), ' — ',
      link('#/actor/' + encodeURIComponent(b), names[b])),
    el('p', { class: 'muted' }, t('dyad.title')),
    chart,
    el('h2', null, t('dyad.shifts')),
    shifts.length
      ? el('ul', { class: 'shifts', id: 'shifts' }, shifts.map((s) => el('li', null, shiftText(s))))
      : el('p', { class: 'muted' }, t('dyad.no_shifts')),
    el('h2', null, t('dyad.events')),
    el('ul', { class: 'evidence-list', id: 'dyad-evidence' }, events.map((e) => evidenceItem(e, names)))));
  signedBars(chart, points, shifts.map((s) => ({ label: String(s.at || s.start || s.date || '').slice(0, 7),
    name: shiftText(s) })));
}

function round(x) {
  return Math.round((x || 0) * 100) / 100;
}

/** A shift as the analytics report it: when, and from what to what. */
function shiftText(s) {
  const when = s.at || s.start || s.date || '';
  const from = s.from !== undefined ? s.from : s.before;
  const to = s.to !== undefined ? s.to : s.after;
  return [when, from !== undefined ? String(from) + ' → ' + String(to) : '', s.kind || s.direction || '']
    .filter(Boolean).join(' · ');
}
