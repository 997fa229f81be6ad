// The time window shared by the map, the hotspots and the brief: two sliders over the months in
// which the stored articles were published, opening on the server's default window.

import { el } from './dom.js';
import { t } from './i18n.js';
import { get } from './api.js';

/** The months of the store and the window to open with, as slider positions. */
export async function loadWindow() {
  const range = await get('/api/range');
  const months = [];
  if (range.first && range.last) {
    let [y, m] = range.first.slice(0, 7).split('-').map(Number);
    const [ey, em] = range.last.slice(0, 7).split('-').map(Number);
    while (y < ey || (y === ey && m <= em)) {
      months.push(y + '-' + String(m).padStart(2, '0'));
      m += 1;
      if (m > 12) { m = 1; y += 1; }
    }
  }
  const last = Math.max(0, months.length - 1);
  const from = range.default_from ? Math.max(0, months.indexOf(range.default_from.slice(0, 7))) : 0;
  const to = range.default_to ? Math.max(from, months.indexOf(range.default_to.slice(0, 7))) : last;
  return { months, from, to };
}

/** The query parameters of a window; the whole span is an open window, so undated events count too. */
export function windowParams(w) {
  if (!w.months.length || (w.from === 0 && w.to === w.months.length - 1)) return {};
  const [y, m] = w.months[w.to].split('-').map(Number);
  const lastDay = String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0');
  return { from: w.months[w.from] + '-01', to: w.months[w.to] + '-' + lastDay };
}

/** Two sliders (from, to) that call onChange when released. */
export function windowControl(w, onChange) {
  const max = Math.max(0, w.months.length - 1);
  const fromLabel = el('output', { id: 'from-label' }, w.months[w.from] || '');
  const toLabel = el('output', { id: 'to-label' }, w.months[w.to] || '');
  const fromSlider = el('input', { type: 'range', id: 'from', min: 0, max, value: w.from, 'aria-label': t('map.from') });
  const toSlider = el('input', { type: 'range', id: 'to', min: 0, max, value: w.to, 'aria-label': t('map.to') });
  fromSlider.addEventListener('input', () => { fromLabel.textContent = w.months[fromSlider.value]; });
  toSlider.addEventListener('input', () => { toLabel.textContent = w.months[toSlider.value]; });
  fromSlider.addEventListener('change', () => {
    w.from = Math.min(Number(fromSlider.value), w.to);
    fromSlider.value = w.from;
    fromLabel.textContent = w.months[w.from];
    onChange();
  });
  toSlider.addEventListener('change', () => {
    w.to = Math.max(Number(toSlider.value), w.from);
    toSlider.value = w.to;
    toLabel.textContent = w.months[w.to];
    onChange();
  });
  return el('fieldset', { class: 'window' }, el('legend', null, t('map.window')),
    el('label', null, t('map.from'), ' ', fromSlider, ' ', fromLabel),
    el('label', null, t('map.to'), ' ', toSlider, ' ', toLabel));
}
