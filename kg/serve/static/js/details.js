// The side panel: a person (who they are, their calls under the filters, their counterparts)
// or a call (participants, caller, date, status, medium, duration, outlets, evidence).
import { h, plural, replace } from './dom.js';
import * as Q from './queries.js';

export async function showPerson(el, person, filters, { onPerson }) {
  const [facts, stats, others] = await Promise.all([
    Q.personFacts(person), Q.personCalls(filters), Q.counterparts(filters, person),
  ]);
  const who = facts[0] || { name: person };
  const s = stats[0] || { calls: 0 };
  const span = s.first ? (s.first === s.last ? s.first : `${s.first} to ${s.last}`) : 'no dated call';
  replace(el,
    h('h2', { id: 'person-name' }, who.name),
    h('p', { class: 'kind' }, [who.leader ? 'leader' : 'person', who.role, who.country].filter(Boolean).join(' · '),
      who.wikidata ? [' · ', h('a', { href: who.wikidata, target: '_blank', rel: 'noopener' }, 'Wikidata')] : ''),
    h('p', { id: 'person-stats' }, `${plural(s.calls, 'call')} under the filters (${span})`),
    h('h3', {}, 'Talked with'),
    others.length
      ? h('ul', { id: 'counterparts', class: 'counterparts' }, others.map((o) => h('li', {},
        h('a', { href: '#', 'data-person': o.other,
          onclick: (e) => { e.preventDefault(); onPerson(o.other); } }, o.name),
        ` ${plural(o.calls, 'call')}`)))
      : h('p', {}, 'nobody on these calls'),
    h('p', { class: 'hint' }, 'Pick a call in the timeline below for its evidence.'));
}

export async function showCall(el, call, { onPerson }) {
  const [main, people, outlets, evidence] = await Promise.all([
    Q.callMain(call), Q.callParticipants(call), Q.callOutlets(call), Q.callEvidence(call),
  ]);
  if (!main.length) { replace(el, h('p', {}, `no call ${call} in the graph`)); return; }
  const c = main[0];
  const duration = c.minutes ? `${c.minutes} min` : (c.duration || '');
  const row = (label, value) => (value ? h('tr', {}, h('th', {}, label), h('td', {}, value)) : null);
  const person = (p) => h('a', { href: '#', 'data-person': p.person,
    onclick: (e) => { e.preventDefault(); onPerson(p.person); } }, p.name);
  replace(el,
    h('h2', { id: 'call-title' }, c.label || 'Call'),
    h('table', { class: 'facts', id: 'call-facts' },
      row('date', c.date || 'undated'),
      row('status', h('span', { class: `status ${c.status}` }, c.status)),
      row('participants', people.map((p, i) => [i ? ', ' : '', person(p),
        p.country ? h('span', { class: 'muted' }, ` (${p.country})`) : ''])),
      row('caller', c.callerName || 'not said'),
      row('medium', c.medium || 'not said'),
      row('duration', duration || 'not said'),
      row('outlets', outlets.length ? outlets.map((o, i) => [i ? ', ' : '', o.name,
        h('span', { class: 'muted' }, o.cited && o.published ? ' (cited, publisher)'
          : o.cited ? ' (cited)' : ' (publisher)')]) : 'none')),
    h('h3', {}, `Evidence: ${plural(sentences(evidence), 'sentence')}`),
    h('div', { id: 'evidence', class: 'evidence' }, byArticle(evidence).map((a) => h('section', { class: 'article' },
      h('h4', {}, articleLink(a)),
      h('p', { class: 'source' }, [a.published, a.publisher, a.articleId !== title(a) ? a.articleId : '']
        .filter(Boolean).join(' · ')),
      h('ol', {}, a.sentences.map((e) => h('li', { 'data-start': e.start },
        h('blockquote', {}, e.text),
        h('div', { class: 'source' }, `characters ${e.start}–${e.end} · supports ${e.supports.join(', ')}`))))))),
    h('p', { class: 'iri' }, call));
}

// Sentences grouped by article; one entry per sentence, as the call and its attributions
// often rest on the same one.
function byArticle(rows) {
  const articles = new Map();
  for (const r of rows) {
    if (!articles.has(r.article)) articles.set(r.article, { ...r, sentences: new Map() });
    const found = articles.get(r.article).sentences;
    const key = `${r.start} ${r.end}`;
    if (!found.has(key)) found.set(key, { text: r.text, start: r.start, end: r.end, supports: [] });
    if (!found.get(key).supports.includes(r.supports)) found.get(key).supports.push(r.supports);
  }
  return [...articles.values()].map((a) => ({ ...a, sentences: [...a.sentences.values()] }));
}

function sentences(rows) {
  return new Set(rows.map((r) => `${r.article} ${r.start} ${r.end}`)).size;
}

const title = (a) => a.headline || a.articleId || a.article;

function articleLink(a) {
  return a.url ? h('a', { href: a.url, target: '_blank', rel: 'noopener noreferrer', class: 'article-link' }, title(a))
    : h('span', { class: 'article-link', title: 'the graph has no URL for this article' }, title(a));
}
