// An actor's page: profile, dated roles and affiliations, partners and adversaries, timeline.

import { el, link } from './dom.js';
import { t, nameOf } from './i18n.js';
import { get } from './api.js';
import { signedBars } from './charts.js';
import { need } from './libs.js';

export async function actorPage(page, id) {
  const [profile] = await Promise.all([get('/api/actors/' + encodeURIComponent(id)), need('echarts')]);
  const actor = profile.actor;
  const other = (actor.name || {})[document.documentElement.lang === 'ar' ? 'en' : 'ar'];
  const partners = profile.partners.filter((p) => p.sign > 0);
  const adversaries = profile.partners.filter((p) => p.sign < 0);
  const chart = el('div', { class: 'chart', id: 'actor-timeline' });
  page.appendChild(el('section', { class: 'actor-page' },
    el('h1', null, nameOf(actor), other ? el('span', { class: 'other-name' }, ' · ', el('bdi', null, other)) : null),
    el('dl', { class: 'profile' },
      el('dt', null, t('actor.kind')), el('dd', null, t('kind.' + actor.kind)),
      actor.country ? [el('dt', null, t('actor.country')), el('dd', null, actor.country)] : null,
      actor.wikidata ? [el('dt', null, 'Wikidata'), el('dd', null, actor.wikidata)] : null,
      el('dt', null, 'id'), el('dd', null, el('code', null, actor.id))),
    el('div', { class: 'columns' },
      el('div', null,
        el('h2', null, t('actor.roles')), roles(profile.roles),
        el('h2', null, t('actor.ties')), ties(profile.ties)),
      el('div', null,
        el('h2', null, t('actor.partners')), partnerList(actor.id, partners, 'coop'),
        el('h2', null, t('actor.adversaries')), partnerList(actor.id, adversaries, 'conflict'))),
    el('h2', null, t('actor.timeline')), chart));
  signedBars(chart, profile.timeline.map((p) => ({ label: p.month, cooperation: p.cooperation, conflict: p.conflict })));
}

function roles(list) {
  if (!list.length) return el('p', { class: 'muted' }, t('actor.none'));
  return el('ul', { class: 'roles' }, list.map((r) => el('li', null,
    link('#/actor/' + encodeURIComponent(r.subject), nameOf({ id: r.subject, name: r.subject_name })), ' ',
    el('em', null, t('relation.' + r.relation)), ' ',
    link('#/actor/' + encodeURIComponent(r.object), nameOf({ id: r.object, name: r.object_name })), ' · ',
    t('actor.from'), ' ', r.from || '?', ' ', t('actor.to'), ' ', r.to || t('actor.open'),
    r.note ? el('div', { class: 'muted', dir: 'ltr', lang: 'en' }, r.note) : null)));
}

function ties(list) {
  if (!list.length) return el('p', { class: 'muted' }, t('actor.none'));
  return el('ul', { class: 'roles' }, list.slice(0, 30).map((r) => el('li', null,
    link('#/actor/' + encodeURIComponent(r.source), nameOf({ id: r.source, name: r.source_name })), ' ',
    el('em', null, t('relation.' + r.kind)), ' ',
    link('#/actor/' + encodeURIComponent(r.target), nameOf({ id: r.target, name: r.target_name })),
    el('blockquote', { class: 'sentence', dir: 'auto' }, r.sentence_text || ''),
    link('#/read/' + encodeURIComponent(r.document), t('read_article')))));
}

function partnerList(id, list, kind) {
  if (!list.length) return el('p', { class: 'muted' }, t('actor.none'));
  return el('ul', { class: 'partners ' + kind }, list.map((p) => el('li', null,
    link('#/actor/' + encodeURIComponent(p.actor.id), nameOf(p.actor)), ' ',
    el('span', { class: 'counts' }, '+' + p.cooperation, ' / −' + p.conflict),
    ' ', link('#/dyad/' + encodeURIComponent(id) + '/' + encodeURIComponent(p.actor.id), '↗'))));
}
