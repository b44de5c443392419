// Small DOM helpers. Text from the graph (names, sentences, headlines) only ever goes in as
// text nodes or attribute values, never as HTML.

export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2), value);
    else if (key === 'dataset') Object.assign(el.dataset, value);
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children) {
    if (child === undefined || child === null || child === false) continue;
    if (Array.isArray(child)) append(el, child);
    else el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

export function replace(el, ...children) {
  el.replaceChildren();
  append(el, children);
}

export function plural(n, one, many = one + 's') {
  return `${Number(n).toLocaleString('en')} ${Number(n) === 1 ? one : many}`;
}

// "https://w3id.org/newskg/ontology#Occurred" -> "occurred"
export function localName(iri) {
  return iri ? iri.slice(Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1).toLowerCase() : '';
}
