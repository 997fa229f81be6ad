// The alliance map: actors coloured by bloc, signed weighted edges, a time window and filters.

import { el, clear, link } from './dom.js';
import { t, nameOf, signWord } from './i18n.js';
import { get } from './api.js';
import { evidenceItem, signClass } from './evidence.js';
import { loadWindow, windowControl, windowParams } from './timewindow.js';
import { need } from './libs.js';

const BLOC_COLOURS = ['#4e79a7', '#f28e2b', '#59a14f', '#b07aa1', '#76b7b2', '#edc948', '#ff9da7', '#9c755f', '#bab0ac'];
const EVENT_TYPES = ['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST', 'ACCUSE',
  'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT'];

export async function mapPage(page) {
  // the library loads while the window and the graph are asked for: on a first visit it is 430 kB
  const library = need('cytoscape');
  const [w, stats] = await Promise.all([loadWindow(), get('/api/stats')]);
  const state = { country: '', kind: '', type: '', top: 30 };
  const graphBox = el('div', { id: 'graph', class: 'graph', role: 'img', 'aria-label': t('map.title') });
  const side = el('aside', { id: 'edge-panel', class: 'side' }, el('p', { class: 'hint' }, t('map.hint')));
  const relations = el('ul', { id: 'relations', class: 'relations' });
  const summary = el('p', { class: 'summary', id: 'graph-summary' });
  const topSelect = el('select', { id: 'top' }, [30, 60, 100, 150].map((n) =>
    el('option', { value: n, selected: n === state.top }, String(n))), el('option', { value: 0 }, t('map.all')));
  const countrySelect = el('select', { id: 'country' }, el('option', { value: '' }, t('map.any')));
  const kindSelect = el('select', { id: 'kind' }, el('option', { value: '' }, t('map.any')));
  const typeSelect = el('select', { id: 'type' }, el('option', { value: '' }, t('map.any')),
    EVENT_TYPES.map((type) => el('option', { value: type }, type)));

  page.appendChild(el('section', { class: 'map-page' },
    el('h1', null, t('map.title')),
    el('div', { class: 'controls' },
      windowControl(w, () => load()),
      el('label', null, t('map.top'), ' ', topSelect),
      el('label', null, t('map.country'), ' ', countrySelect),
      el('label', null, t('map.kind'), ' ', kindSelect),
      el('label', null, t('map.type'), ' ', typeSelect),
      el('ul', { class: 'legend' },
        el('li', { class: 'coop' }, t('map.legend.cooperation')),
        el('li', { class: 'conflict' }, t('map.legend.conflict')),
        el('li', { class: 'ambivalent' }, t('map.legend.ambivalent')))),
    summary,
    el('div', { class: 'map-body' }, graphBox, side),
    el('h2', null, t('map.relations')), relations));

  if (!stats.events) {
    summary.textContent = t('empty.store');
    await library;
    return;
  }
  let graph = null;
  let cy = null;

  const window_ = () => windowParams(w);

  async function load() {
    [graph] = await Promise.all([get('/api/graph', window_()), library]);
    const countries = [...new Set(graph.nodes.map((n) => n.country).filter(Boolean))].sort();
    const kinds = [...new Set(graph.nodes.map((n) => n.kind).filter(Boolean))].sort();
    refill(countrySelect, countries, (c) => c, state.country);
    refill(kindSelect, kinds, (k) => t('kind.' + k), state.kind);
    await draw();
  }

  async function draw() {
    let edges = graph.edges;
    if (state.type) {
      const ofType = new Set((await get('/api/events', { ...window_(), type: state.type, limit: 5000 })).map((e) => e.id));
      edges = edges.filter((e) => (e.events || []).some((id) => ofType.has(id)));
    }
    const byId = Object.fromEntries(graph.nodes.map((n) => [n.id, n]));
    const keep = (n) => n && (!state.country || n.country === state.country) && (!state.kind || n.kind === state.kind);
    if (state.country || state.kind) {
      // an edge stays when one end matches: the matching actors with their partners
      edges = edges.filter((e) => keep(byId[e.source]) || keep(byId[e.target]));
    }
    let shown = new Set(edges.flatMap((e) => [e.source, e.target]));
    if (!state.type) graph.nodes.filter(keep).forEach((n) => shown.add(n.id));
    if (state.top && shown.size > state.top) {
      // the strongest actors only: a map of hundreds of actors cannot be read
      const strongest = graph.nodes.filter((n) => shown.has(n.id))
        .sort((a, b) => (b.strength || 0) - (a.strength || 0)).slice(0, state.top);
      shown = new Set(strongest.map((n) => n.id));
      edges = edges.filter((e) => shown.has(e.source) && shown.has(e.target));
    }
    const nodes = graph.nodes.filter((n) => shown.has(n.id));
    performance.mark('tahaluf-draw-start');
    summary.textContent = nodes.length + ' ' + t('map.nodes') + ' · ' + edges.length + ' ' + t('map.edges');
    render(nodes, edges);
    performance.measure('tahaluf-render', 'tahaluf-draw-start');
    listRelations(edges, byId);
  }

  function render(nodes, edges) {
    if (cy) cy.destroy();
    const strongest = Math.max(1e-9, ...nodes.map((n) => n.strength || 0));
    cy = cytoscape({
      container: graphBox,
      elements: [
        ...nodes.map((n) => ({ data: { id: n.id, label: nameOf(n), bloc: n.bloc ?? 0, kind: n.kind,
          size: 16 + 18 * Math.sqrt((n.strength || 0) / strongest) } })),
        ...edges.map((e) => ({ data: {
          id: e.source + '~' + e.target, source: e.source, target: e.target, sign: e.sign,
          ambivalent: e.ambivalent ? 1 : 0, width: 1.5 + Math.log2(1 + (e.weight || 1)) * 1.5 } })),
      ],
      style: [
        { selector: 'node', style: {
          'background-color': (n) => BLOC_COLOURS[Math.abs(n.data('bloc') || 0) % BLOC_COLOURS.length],
          label: 'data(label)', 'font-family': 'Noto Sans Arabic, sans-serif', 'font-size': 13, 'min-zoomed-font-size': 0, color: '#1d2733',
          'text-wrap': 'wrap', 'text-max-width': 120,
          'text-valign': 'bottom', 'text-margin-y': 4,
          'text-background-color': '#ffffff', 'text-background-opacity': 0.8, 'text-background-padding': 2,
          width: 'data(size)', height: 'data(size)' } },
        { selector: 'node[kind = "person"]', style: { shape: 'ellipse' } },
        { selector: 'node[kind = "armed_group"]', style: { shape: 'diamond' } },
        { selector: 'node[kind = "government"], node[kind = "state"]', style: { shape: 'round-rectangle' } },
        { selector: 'edge', style: { width: 'data(width)', 'curve-style': 'bezier', opacity: 0.85 } },
        { selector: 'edge[sign > 0]', style: { 'line-color': '#2e8b57' } },
        { selector: 'edge[sign < 0]', style: { 'line-color': '#c0392b' } },
        { selector: 'edge[sign = 0]', style: { 'line-color': '#8a8f98' } },
        { selector: 'edge[ambivalent = 1]', style: { 'line-color': '#e69f00', 'line-style': 'dashed' } },
        { selector: ':selected', style: { 'overlay-color': '#1f6feb', 'overlay-opacity': 0.25, 'overlay-padding': 6 } },
      ],
      // a circle first, so the force layout starts from the same place every time: the same data, the same map
      layout: { name: 'circle', padding: 30 },
      wheelSensitivity: 0.3,
    });
    performance.mark('tahaluf-layout-start');
    // fewer iterations for large maps: the layout is what a large map's page waits for
    cy.layout({ name: 'cose', animate: false, randomize: false, nodeRepulsion: () => 120000,
      idealEdgeLength: () => 90, nodeOverlap: 40, gravity: 0.8, numIter: nodes.length > 25 ? 200 : 1500,
      padding: 40 }).run();
    performance.measure('tahaluf-layout', 'tahaluf-layout-start');
    cy.on('tap', 'edge', (evt) => showEdge(evt.target.data('source'), evt.target.data('target')));
    cy.on('tap', 'node', (evt) => { location.hash = '#/actor/' + encodeURIComponent(evt.target.id()); });
    window.tahalufMap = cy; // lets the browser tests read what is drawn
  }

  function listRelations(edges, byId) {
    clear(relations);
    const sorted = [...edges].sort((a, b) => (b.weight || 0) - (a.weight || 0));
    for (const e of sorted) {
      const kind = e.ambivalent ? 'ambivalent' : signClass(e.sign);
      relations.appendChild(el('li', null, el('button', {
        type: 'button', class: 'relation ' + kind, dataset: { source: e.source, target: e.target, sign: e.sign },
        onclick: () => showEdge(e.source, e.target),
      }, nameOf(byId[e.source]), ' — ', nameOf(byId[e.target]), ': ',
      e.ambivalent ? t('ambivalent') : signWord(e.sign),
      ' (', String(Math.round((e.cooperation || 0) * 10) / 10), ' / ', String(Math.round((e.conflict || 0) * 10) / 10), ')')));
    }
  }

  async function showEdge(source, target) {
    if (cy) {
      cy.elements().unselect();
      cy.getElementById(source + '~' + target).select();
    }
    const byId = Object.fromEntries(graph.nodes.map((n) => [n.id, n]));
    const names = Object.fromEntries(graph.nodes.map((n) => [n.id, nameOf(n)]));
    const edge = graph.edges.find((e) => e.source === source && e.target === target) || {};
    clear(side).appendChild(el('p', { class: 'hint' }, t('loading')));
    const events = await get('/api/events', { ...window_(), actor: source, other: target, fold: 'true', limit: 100 });
    clear(side).append(
      el('h2', null, nameOf(byId[source]), ' — ', nameOf(byId[target])),
      el('p', { class: 'edge-sign ' + (edge.ambivalent ? 'ambivalent' : signClass(edge.sign)) },
        edge.ambivalent ? t('ambivalent') : signWord(edge.sign), ' · ', events.length + ' ' + t('events')),
      link('#/dyad/' + encodeURIComponent(source) + '/' + encodeURIComponent(target), t('edge.open_dyad')),
      el('h3', null, t('edge.evidence')),
      el('ul', { class: 'evidence-list', id: 'edge-evidence' }, events.map((e) => evidenceItem(e, names))));
  }

  topSelect.addEventListener('change', () => { state.top = Number(topSelect.value); draw(); });
  countrySelect.addEventListener('change', () => { state.country = countrySelect.value; draw(); });
  kindSelect.addEventListener('change', () => { state.kind = kindSelect.value; draw(); });
  typeSelect.addEventListener('change', () => { state.type = typeSelect.value; draw(); });
  await load();
}

function refill(select, values, label, selected) {
  clear(select).appendChild(el('option', { value: '' }, t('map.any')));
  for (const v of values) select.appendChild(el('option', { value: v, selected: v === selected }, label(v)));
}
