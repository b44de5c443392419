// The page's only way to the data: SPARQL SELECTs sent to the endpoint (through the explorer
// server's /sparql, which passes them on to Oxigraph's /query unchanged).

const PREFIXES = `PREFIX kg: <https://w3id.org/newskg/ontology#>
PREFIX schema: <https://schema.org/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
`;

let endpoint = 'sparql';
export const log = [];  // the last queries of each view, shown under "SPARQL behind this view"

export function setEndpoint(url) { endpoint = url; }

// Rows of plain values: {name: "Donald Trump", calls: 8}; integers become numbers.
export async function select(view, body) {
  const query = PREFIXES + body.trim() + '\n';
  const entry = log.find((e) => e.view === view);
  if (entry) entry.query = query; else log.push({ view, query });
  const res = await fetch(endpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/sparql-query', Accept: 'application/sparql-results+json' },
    body: query,
  });
  if (!res.ok) throw new Error(`SPARQL (${view}) answered ${res.status}: ${(await res.text()).slice(0, 300)}`);
  const json = await res.json();
  return json.results.bindings.map((b) => {
    const row = {};
    for (const [key, term] of Object.entries(b)) {
      const type = term.datatype || '';
      row[key] = /#(integer|int|long|decimal)$/.test(type) ? Number(term.value)
        : type.endsWith('#boolean') ? term.value === 'true' : term.value;
    }
    return row;
  });
}

// An IRI from the graph or the page's address, checked before it is put in a query.
export function iri(value) {
  if (!/^[a-z][a-z0-9+.-]*:[^\s<>"{}|\\^`]*$/i.test(value)) throw new Error(`not an IRI: ${value}`);
  return `<${value}>`;
}

export function str(value) {
  return '"' + String(value).replace(/\\/g, '\\\\').replace(/"/g, '\\"')
    .replace(/\n/g, '\\n').replace(/\r/g, '\\r') + '"';
}

export function date(value) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new Error(`not a date: ${value}`);
  return `"${value}"^^xsd:date`;
}
