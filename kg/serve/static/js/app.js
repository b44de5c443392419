// The explorer: filters in the address (#leader=...&status=...), and on every change the
// summary, the network, the timeline and the side panel asked again of the SPARQL endpoint.
import { h, localName, plural, replace } from './dom.js';
import { showCall, showPerson } from './details.js';
import { Network } from './network.js';
import * as Q from './queries.js';
import { log, setEndpoint } from './sparql.js';
import { drawCalls, drawHistogram } from './timeline.js';

const PAGE = 25;
const KEYS = ['leader', 'with', 'country', 'status', 'from', 'to', 'top', 'page', 'order', 'call'];
const $ = (id) => document.getElementById(id);

const state = { top: 100, page: 0, order: 'oldest' };
let generation = 0;
let network;

function readHash() {
  const params = new URLSearchParams(location.hash.slice(1));
  for (const key of KEYS) delete state[key];
  Object.assign(state, { top: 100, page: 0, order: 'oldest' });
  for (const key of KEYS) if (params.get(key)) state[key] = params.get(key);
  state.top = Math.min(1000, Math.max(5, Number(state.top) || 100));
  state.page = Math.max(0, Number(state.page) || 0);
}

function go(change) {
  const next = { ...state, ...change };
  if (!('page' in change)) next.page = 0;
  const params = new URLSearchParams();
  for (const key of KEYS) {
    if (next[key] !== undefined && next[key] !== null && next[key] !== ''
      && !(key === 'page' && !next.page) && !(key === 'top' && next.top === 100)
      && !(key === 'order' && next.order === 'oldest')) params.set(key, next[key]);
  }
  const hash = params.toString();
  busy(true);  // at once, so whoever waits for "ready" waits for this change
  if (location.hash.slice(1) === hash) refresh(); else location.hash = hash;
}

const filters = () => ({ leader: state.leader, with: state.with, country: state.country,
  status: state.status, from: state.from, to: state.to });

function busy(flag) {
  document.body.dataset.state = flag ? 'loading' : 'ready';
}

function fail(err) {
  document.body.dataset.state = 'error';
  replace($('error'), h('strong', {}, 'The SPARQL endpoint failed: '), String(err.message || err));
  $('error').hidden = false;
  console.error(err);
}

// What each view last drew, so that turning a page redraws the list only, and picking a call
// the side panel only.
const drawn = {};

async function refresh() {
  readHash();
  const mine = ++generation;
  busy(true);
  $('error').hidden = true;
  syncFilterBar();
  const f = JSON.stringify(filters());
  const keys = { network: `${f} ${state.top}`, histogram: f, list: `${f} ${state.page} ${state.order}` };
  const stale = (view) => drawn[view] !== keys[view];
  try {
    const counts = stale('network') || stale('histogram') || stale('list') ? Q.summary(filters()) : null;
    await Promise.all([
      stale('network') ? drawSummaryAndNetwork(mine, counts) : null,
      stale('histogram') || stale('list') ? drawTimeline(mine, counts, stale('histogram'), stale('list')) : null,
      drawSide(mine),
    ]);
    if (mine === generation) {
      Object.assign(drawn, keys);
      markSelectedCall();
      drawLog();
      busy(false);
    }
  } catch (err) {
    if (mine === generation) fail(err);
  }
}

function markSelectedCall() {
  for (const row of document.querySelectorAll('#calls-body tr')) {
    row.classList.toggle('selected', row.dataset.call === state.call);
  }
}

// --- filter bar --------------------------------------------------------------------------------

async function fillChoices() {
  const [countries, statuses, extent] = await Promise.all([Q.countries(), Q.statuses(), Q.dateExtent()]);
  $('f-country').append(...countries.map((c) => h('option', { value: c.country }, `${c.name} (${c.calls})`)));
  $('f-status').append(...statuses.map((s) => h('option', { value: s.status }, `${localName(s.status)} (${s.calls})`)));
  if (extent[0] && extent[0].first) {
    for (const id of ['f-from', 'f-to']) Object.assign($(id), { min: extent[0].first, max: extent[0].last });
    $('f-from').placeholder = extent[0].first;
    $('f-to').placeholder = extent[0].last;
  }
}

const names = new Map();  // IRI -> name, learnt from the answers

async function nameOf(person) {
  if (!names.has(person)) {
    const rows = await Q.personName(person);
    names.set(person, rows[0] ? rows[0].name : person);
  }
  return names.get(person);
}

async function syncFilterBar() {
  $('f-country').value = state.country || '';
  $('f-status').value = state.status || '';
  $('f-from').value = state.from || '';
  $('f-to').value = state.to || '';
  $('f-top').value = state.top;
  $('f-order').value = state.order;
  $('f-leader').value = state.leader ? await nameOf(state.leader) : '';
  const chip = $('f-with');
  if (state.with) {
    replace(chip, 'with ', await nameOf(state.with), ' ',
      h('button', { type: 'button', title: 'any counterpart', onclick: () => go({ with: null }) }, '×'));
    chip.hidden = false;
  } else chip.hidden = true;
}

let suggestions = [];
let typing;

function wireFilters() {
  $('filters').addEventListener('submit', (e) => e.preventDefault());
  const leader = $('f-leader');
  leader.addEventListener('input', () => {
    clearTimeout(typing);
    const text = leader.value.trim();
    const pick = suggestions.find((s) => s.name === leader.value);
    if (pick) { choose(pick); return; }
    if (text.length < 2) return;
    typing = setTimeout(async () => {
      suggestions = await Q.findPeople(text);
      replace($('leader-options'), suggestions.map((s) => h('option', { value: s.name }, plural(s.calls, 'call'))));
    }, 200);
  });
  leader.addEventListener('keydown', async (e) => {
    if (e.key !== 'Enter') return;
    e.preventDefault();
    const text = leader.value.trim();
    if (!text) { go({ leader: null, with: null, call: null }); return; }
    const found = suggestions.find((s) => s.name === leader.value) || (await Q.findPeople(text, 1))[0];
    if (found) choose(found);
  });
  function choose(s) {
    names.set(s.person, s.name);
    go({ leader: s.person, with: null, call: null });
  }
  $('f-country').addEventListener('change', (e) => go({ country: e.target.value }));
  $('f-status').addEventListener('change', (e) => go({ status: e.target.value }));
  $('f-from').addEventListener('change', (e) => go({ from: e.target.value }));
  $('f-to').addEventListener('change', (e) => go({ to: e.target.value }));
  $('f-top').addEventListener('change', (e) => go({ top: e.target.value }));
  $('f-order').addEventListener('change', (e) => go({ order: e.target.value, page: state.page }));
  $('f-clear').addEventListener('click', () => go(Object.fromEntries(KEYS.map((k) => [k, null]))));
  $('prev').addEventListener('click', () => go({ page: state.page - 1 }));
  $('next').addEventListener('click', () => go({ page: state.page + 1 }));
}

// --- views -------------------------------------------------------------------------------------

async function drawSummaryAndNetwork(mine, counts) {
  const f = filters();
  const [[s], [{ people: everyone }], [a], people] = await Promise.all([counts, Q.peopleCount(f),
    Q.articleCount(f), Q.topPeople(f, state.top)]);
  const pairs = people.length > 1 ? await Q.pairs(f, people.map((p) => p.person)) : [];
  if (mine !== generation) return;
  for (const p of people) names.set(p.person, p.name);
  replace($('summary'),
    h('span', { id: 'count-calls' }, plural(s.calls, 'call')), ' · ',
    h('span', { id: 'count-people' }, plural(everyone, 'person', 'people')), ' · ',
    h('span', { id: 'count-articles' }, plural(a.articles, 'article')));
  $('network-note').textContent = people.length < everyone
    ? `showing the ${plural(people.length, 'person', 'people')} on most calls of ${everyone.toLocaleString('en')}; narrow the filters or raise "show top" for more`
    : `${plural(people.length, 'person', 'people')}, ${plural(pairs.length, 'pair')}; dashed: no call of the pair took place`;
  network.show(people, pairs, [state.leader, state.with].filter(Boolean));
}

async function drawTimeline(mine, counts, histogram, list) {
  const f = filters();
  const [[s], months] = await Promise.all([counts, histogram ? Q.histogram(f, 7) : null]);
  const span = months && months.length ? monthsBetween(months[0].period, months[months.length - 1].period) : 0;
  const rows = span > 120 ? await Q.histogram(f, 4) : months;
  const pages = Math.max(1, Math.ceil(s.calls / PAGE));
  const page = Math.min(state.page, pages - 1);
  const calls = list ? await callPage(f, page * PAGE, s) : null;
  const iris = calls ? calls.map((c) => c.call) : [];
  const [people, facts] = iris.length ? await Promise.all([Q.callPeople(iris), Q.callFacts(iris)]) : [[], []];
  if (mine !== generation) return;
  if (histogram) {
    drawHistogram($('histogram'), rows, s.undated, (period) => go({
      from: `${period}${period.length === 4 ? '-01' : ''}-01`, to: lastDay(period) }));
    $('timeline-title').textContent = `Timeline: ${plural(s.calls, 'call')}`;
  }
  if (list) {
    $('people-head').textContent = state.leader ? 'with' : 'people';
    drawCalls($('calls-body'), calls, people, facts, [state.leader, state.with].filter(Boolean), state.call,
      (call) => go({ call, page: state.page }));
    $('page-info').textContent = s.calls
      ? `calls ${page * PAGE + 1}–${page * PAGE + calls.length} of ${s.calls.toLocaleString('en')} · page ${page + 1} of ${pages}`
      : 'no call matches the filters';
    $('prev').disabled = page === 0;
    $('next').disabled = page >= pages - 1;
  }
}

async function drawSide(mine) {
  const el = document.createElement('div');
  const onPerson = (person) => go({ leader: person, with: null, call: null });
  if (state.call) await showCall(el, state.call, { onPerson });
  else if (state.leader) await showPerson(el, state.leader, filters(), { onPerson });
  else {
    replace(el, h('h2', {}, 'newskg explorer'),
      h('p', {}, 'Click a person in the network to see their calls, a line between two people for the calls of the pair, or a call in the timeline for its evidence.'),
      h('p', {}, 'Blue: leaders; grey: other people on calls; dashed lines: planned, denied or attempted calls only.'));
  }
  if (mine === generation) replace($('details'), ...el.childNodes);
}

function drawLog() {
  replace($('sparql-log'), log.map((e) => h('details', {}, h('summary', {}, e.view), h('pre', {}, e.query))));
}

// The dated calls in date order, then the undated ones.
async function callPage(f, offset, counts) {
  const dated = counts.calls - counts.undated;
  const rows = offset < dated ? await Q.datedPage(f, offset, Math.min(PAGE, dated - offset), state.order === 'newest') : [];
  if (rows.length < PAGE && counts.undated) {
    rows.push(...await Q.undatedPage(f, Math.max(0, offset - dated), PAGE - rows.length));
  }
  return rows;
}

function monthsBetween(a, b) {
  const [ay, am] = a.split('-').map(Number);
  const [by, bm] = b.split('-').map(Number);
  return (by - ay) * 12 + (bm - am) + 1;
}

function lastDay(period) {
  if (period.length === 4) return `${period}-12-31`;
  const [y, m] = period.split('-').map(Number);
  return `${period}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
}

// --- start -------------------------------------------------------------------------------------

async function main() {
  busy(true);
  try {
    const config = await (await fetch('config.json')).json();
    setEndpoint(config.endpoint);
    $('query-page').href = config.query_page_url;
    $('endpoint').textContent = config.sparql_url;
    network = new Network($('network'), {
      onPerson: (person) => go({ leader: person, with: null, call: null }),
      onPair: (a, b) => go({ leader: a, with: b, call: null }),
    });
    window.kgExplorer = { network, state };
    wireFilters();
    fillChoices().then(syncFilterBar).catch(fail);  // the choices may come after the first views
  } catch (err) {
    fail(err);
    return;
  }
  window.addEventListener('hashchange', refresh);
  window.addEventListener('resize', () => network.resize());
  await refresh();
}

main();
