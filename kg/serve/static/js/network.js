// The call network: people on the filtered calls (the top N by number of calls), an edge per
// pair with its number of calls. Drawn with Cytoscape.js (vendor/cytoscape.min.js).
/* global cytoscape */
import { plural } from './dom.js';

const STYLE = [
  { selector: 'node', style: {
    'background-color': '#9aa5b1', width: 'data(size)', height: 'data(size)',
    'border-width': 1, 'border-color': '#fff', label: '', 'font-size': 13, color: '#1f2933',
    'text-valign': 'bottom', 'text-margin-y': 3, 'text-background-color': '#fff',
    'text-background-opacity': 0.8, 'text-background-padding': 1, 'min-zoomed-font-size': 7 } },
  { selector: 'node[?leader]', style: { 'background-color': '#2f6fb0' } },
  { selector: 'node.labelled, node:selected, node.hover', style: { label: 'data(name)' } },
  { selector: 'node.focus', style: { 'background-color': '#d9822b', 'border-color': '#8a4b0f', 'border-width': 2, label: 'data(name)' } },
  { selector: 'edge', style: {
    width: 'data(width)', 'line-color': '#7b8794', opacity: 0.7, 'curve-style': 'bezier' } },
  { selector: 'edge.labelled', style: { label: 'data(calls)', 'font-size': 10, color: '#52606d',
    'text-background-color': '#fff', 'text-background-opacity': 0.9, 'text-background-padding': 1 } },
  { selector: 'edge[held = 0]', style: { 'line-style': 'dashed', opacity: 0.5 } },
  { selector: 'edge.focus', style: { 'line-color': '#d9822b', opacity: 1 } },
];

const LABELLED = 30;  // beyond this many people only the busiest are named until hovered

export class Network {
  constructor(container, { onPerson, onPair }) {
    this.cy = cytoscape({ container, style: STYLE, minZoom: 0.1, maxZoom: 4,
      boxSelectionEnabled: false });
    this.cy.on('tap', 'node', (e) => onPerson(e.target.id()));
    this.cy.on('tap', 'edge', (e) => onPair(e.target.data('source'), e.target.data('target')));
    this.cy.on('mouseover', 'node', (e) => e.target.addClass('hover'));
    this.cy.on('mouseout', 'node', (e) => e.target.removeClass('hover'));
  }

  // people: [{person, name, calls, leader, country}], pairs: [{a, b, calls, held}]
  show(people, pairs, focus) {
    const most = Math.max(1, ...people.map((p) => p.calls));
    const elements = people.map((p, i) => ({
      data: { id: p.person, name: p.name, calls: p.calls, leader: p.leader, country: p.country || '',
        size: 14 + 36 * Math.sqrt(p.calls / most) },
      classes: [i < (people.length > 50 ? LABELLED / 2 : LABELLED) ? 'labelled' : '',
        focus.includes(p.person) ? 'focus' : ''].join(' '),
    }));
    const heaviest = Math.max(1, ...pairs.map((p) => p.calls));
    for (const p of pairs) {
      elements.push({
        data: { id: `${p.a} ${p.b}`, source: p.a, target: p.b, calls: p.calls, held: p.held,
          width: 1.5 + 6 * Math.sqrt(p.calls / heaviest),
          title: `${plural(p.calls, 'call')}, ${p.held} held` },
        classes: [pairs.length <= LABELLED ? 'labelled' : '',
          focus.includes(p.a) && focus.includes(p.b) ? 'focus' : ''].join(' '),
      });
    }
    this.cy.elements().remove();
    this.cy.add(elements);
    const layout = people.length <= 2
      ? { name: 'grid', padding: 60, animate: false }
      : { name: 'cose', animate: false, padding: 40, nodeRepulsion: () => 40000,
          idealEdgeLength: () => 90, numIter: people.length > 300 ? 400 : 1000, randomize: true };
    this.cy.layout(layout).run();
    this.cy.fit(undefined, 40);
  }

  resize() { this.cy.resize(); this.cy.fit(undefined, 40); }
}
