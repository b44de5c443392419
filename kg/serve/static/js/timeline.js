// The timeline: calls per month (per year over long spans) as bars, and the filtered calls one
// page at a time with their people, caller, medium, duration, outlets and evidence count.
import { h, localName, plural, replace } from './dom.js';

const SVG = 'http://www.w3.org/2000/svg';

function svg(tag, attrs = {}, text) {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  if (text !== undefined) el.textContent = text;
  return el;
}

function* periods(first, last) {  // "2024-11" .. "2025-02" -> every month between, or years
  if (first.length === 4) {
    for (let y = Number(first); y <= Number(last); y++) yield String(y);
    return;
  }
  let [y, m] = first.split('-').map(Number);
  const [ly, lm] = last.split('-').map(Number);
  while (y < ly || (y === ly && m <= lm)) {
    yield `${y}-${String(m).padStart(2, '0')}`;
    if (++m > 12) { m = 1; y++; }
  }
}

// rows: [{period, calls}] from SPARQL; onPick(period) narrows the dates to one bar.
export function drawHistogram(el, rows, undated, onPick) {
  el.replaceChildren();
  const width = el.clientWidth || 800;
  const height = 90;
  el.setAttribute('viewBox', `0 0 ${width} ${height}`);
  if (!rows.length) {
    el.append(svg('text', { x: 8, y: 40, class: 'empty' }, 'no dated call matches the filters'));
    return;
  }
  const counts = new Map(rows.map((r) => [r.period, r.calls]));
  const all = [...periods(rows[0].period, rows[rows.length - 1].period)];
  const most = Math.max(...rows.map((r) => r.calls));
  const step = (width - 16) / all.length;
  const bar = Math.max(1, Math.min(40, step - 2));
  all.forEach((period, i) => {
    const n = counts.get(period) || 0;
    const x = 8 + i * step + (step - bar) / 2;
    const barHeight = n ? Math.max(2, (height - 30) * n / most) : 0;
    const g = svg('g', { class: n ? 'bar' : 'bar empty', 'data-period': period });
    g.append(svg('title', {}, `${period}: ${plural(n, 'call')}`));
    g.append(svg('rect', { x: x - (step - bar) / 2, y: 0, width: step, height: height - 16, class: 'hit' }));
    g.append(svg('rect', { x, y: height - 16 - barHeight, width: bar, height: barHeight }));
    if (n && bar >= 14) g.append(svg('text', { x: x + bar / 2, y: height - 19 - barHeight, class: 'count' }, n));
    if (n) g.addEventListener('click', () => onPick(period));
    el.append(g);
  });
  const every = Math.ceil(all.length / Math.max(1, Math.floor(width / 70)));
  all.forEach((period, i) => {
    if (i % every === 0) el.append(svg('text', { x: 8 + i * step + step / 2, y: height - 3, class: 'axis' }, period));
  });
  if (undated) el.append(svg('text', { x: width - 8, y: 12, class: 'undated' }, `+ ${plural(undated, 'undated call')}`));
}

function outletList(text) {
  return text ? text.split('\u001f').filter(Boolean).sort((a, b) => a.localeCompare(b)) : [];
}

// calls: [{call, date, status}] of this page; people: [{call, person, name, caller}]; facts:
// [{call, medium, minutes, outlets, evidence}]; focus: the selected people (left out of "with").
export function drawCalls(tbody, calls, people, facts, focus, selected, onCall) {
  const byCall = new Map(calls.map((c) => [c.call, { people: [], facts: {} }]));
  for (const p of people) byCall.get(p.call)?.people.push(p);
  for (const f of facts) if (byCall.has(f.call)) byCall.get(f.call).facts = f;
  replace(tbody, calls.map((c) => {
    const { people: on, facts: f } = byCall.get(c.call);
    const others = focus.length ? on.filter((p) => !focus.includes(p.person)) : on;
    const caller = on.find((p) => p.caller);
    const outlets = outletList(f.outlets);
    const how = [f.medium, f.minutes ? `${f.minutes} min` : ''].filter(Boolean).join(', ');
    return h('tr', {
      class: c.call === selected ? 'call selected' : 'call', tabindex: 0, 'data-call': c.call,
      onclick: () => onCall(c.call), onkeydown: (e) => { if (e.key === 'Enter') onCall(c.call); },
    },
    h('td', { class: 'date' }, c.date || 'undated'),
    h('td', {}, h('span', { class: `status ${c.status}` }, c.status)),
    h('td', { class: 'people' }, others.map((p, i) => [i ? ', ' : '', p.name])),
    h('td', {}, caller ? caller.name : ''),
    h('td', {}, how),
    h('td', { class: 'outlets' }, outlets.join(', ')),
    h('td', { class: 'num' }, f.evidence ?? 0));
  }));
}

export function statusLabel(iri) { return localName(iri); }
