// Hotspots on a map drawn offline: country outlines from the bundled GeoJSON, places from the gazetteer.

import { el, clear, link } from './dom.js';
import { loadWindow, windowControl, windowParams } from './timewindow.js';
import { need } from './libs.js';
import { t, nameOf } from './i18n.js';
import { get } from './api.js';

const TRENDS = { rising: '▲', falling: '▼', stable: '■' };

export async function hotspotsPage(page) {
  // beside the modules, so it comes from the same versioned (long-cached) path as they do
  const outlinesUrl = new URL('../region.geojson', import.meta.url);
  const [outlines, w] = await Promise.all([fetch(outlinesUrl).then((r) => r.json()), loadWindow(), need('leaflet')]);
  const box = el('div', { class: 'leaflet-box', id: 'hotspot-map' });
  const list = el('ol', { class: 'hotspots', id: 'hotspot-list' });
  page.appendChild(el('section', null, el('h1', null, t('hotspots.title')),
    el('div', { class: 'controls' }, windowControl(w, () => draw())),
    el('div', { class: 'map-body' }, box, el('aside', { class: 'side' }, list))));

  const map = L.map(box, { attributionControl: false, zoomSnap: 0.25 }).setView([31, 40], 4.5);
  L.geoJSON(outlines, { style: { color: '#7b8794', weight: 1, fillColor: '#eef1f4', fillOpacity: 1 } }).addTo(map);
  const markers = L.layerGroup().addTo(map);
  setTimeout(() => map.invalidateSize(), 0);

  async function draw() {
    const [places, hotspots] = await Promise.all([get('/api/places', windowParams(w)), get('/api/hotspots', windowParams(w))]);
    markers.clearLayers();
    clear(list);
    show(places, hotspots);
  }

  function show(places, hotspots) {
    const biggest = Math.max(1, ...places.map((p) => p.events));
    for (const p of places) {
      const conflictShare = p.events ? p.conflict / p.events : 0;
      L.circleMarker([p.lat, p.lon], {
        radius: 4 + 16 * Math.sqrt(p.events / biggest), weight: 1, color: '#333',
        fillColor: conflictShare > 0.5 ? '#c0392b' : conflictShare > 0 ? '#e69f00' : '#2e8b57', fillOpacity: 0.7,
      }).bindTooltip(nameOf(p) + ' · ' + p.events + ' ' + t('hotspots.events_at')).addTo(markers);
    }
    for (const h of hotspots.slice(0, 40)) {
      if (h.lat !== undefined && h.lon !== undefined) {
        L.circleMarker([h.lat, h.lon], { radius: 10, weight: 3, color: '#8e44ad', fill: false }).addTo(markers);
      }
      const trend = h.trend ? TRENDS[h.trend] + ' ' + t('hotspots.trend.' + h.trend) : '';
      list.appendChild(el('li', { class: 'hotspot ' + (h.trend || '') },
        el('strong', null, h.name ? nameOf(h) : h.place_text || h.place), ' ',
        el('span', { class: 'trend' }, trend),
        el('div', { class: 'muted' }, (h.violent ?? 0) + ' ' + t('hotspots.violent'), ' · ',
          (h.threats ?? 0) + ' ' + t('hotspots.threats')),
        h.actors && h.actors.length ? el('div', null, h.actors.slice(0, 6).map((a, i) =>
          [i ? ', ' : '', link('#/actor/' + encodeURIComponent(a.id || a), a.name ? nameOf(a) : (a.id || a))])) : null));
    }
  }
  await draw();
}
