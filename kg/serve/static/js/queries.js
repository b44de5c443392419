// The SPARQL behind each view. Terms are those of ontology/kg.ttl (kg/rdf/vocab.py); the shape
// follows kg/query/named/*.rq: a call's outlets are the ones it is cited to (kg:reportedBy) and
// the publishers of the articles that mention it.
import { date, iri, select, str } from './sparql.js';

// The calls the filters let through, bound to ?call.
export function callsWhere(f) {
  const lines = ['?call a kg:Call ; kg:status ?fStatus .'];
  if (f.status) lines.push(`FILTER (?fStatus = ${iri(f.status)})`);
  if (f.leader) lines.push(`?call kg:participant ${iri(f.leader)} .`);
  if (f.with) lines.push(`?call kg:participant ${iri(f.with)} .`);
  if (f.country) lines.push(`FILTER EXISTS { ?call kg:participant/kg:country ${iri(f.country)} }`);
  if (f.from || f.to) {
    lines.push('?call schema:startDate ?fDate .');
    if (f.from) lines.push(`FILTER (?fDate >= ${date(f.from)})`);
    if (f.to) lines.push(`FILTER (?fDate <= ${date(f.to)})`);
  }
  return lines.join('\n  ');
}

const values = (name, iris) => `VALUES ?${name} { ${iris.map(iri).join(' ')} }`;

// --- choices for the filter bar ---------------------------------------------------------------

export const countries = () => select('countries', `
SELECT DISTINCT ?country ?name WHERE {
  ?person kg:country ?country .
  ?country rdfs:label ?name .
  FILTER EXISTS { ?call kg:participant ?person }
} ORDER BY ?name`);

export const statuses = () => select('statuses', `
SELECT ?status (COUNT(?call) AS ?calls) WHERE { ?call a kg:Call ; kg:status ?status }
GROUP BY ?status ORDER BY DESC(?calls)`);

export const dateExtent = () => select('dates', `
SELECT (MIN(?d) AS ?first) (MAX(?d) AS ?last) WHERE { ?call a kg:Call ; schema:startDate ?d }`);

// People on calls whose name or other name contains the text, most calls first.
export const findPeople = (text, limit = 20) => select('find', `
SELECT ?person ?name (COUNT(DISTINCT ?call) AS ?calls) WHERE {
  ?call a kg:Call ; kg:participant ?person .
  ?person rdfs:label ?name .
  FILTER EXISTS {
    ?person rdfs:label|skos:altLabel|schema:name ?alias .
    FILTER (CONTAINS(LCASE(STR(?alias)), LCASE(${str(text)})))
  }
} GROUP BY ?person ?name ORDER BY DESC(?calls) ?name LIMIT ${limit}`);

export const personName = (person) => select('person', `
SELECT ?name WHERE { ${iri(person)} rdfs:label ?name } LIMIT 1`);

// The shapes (ontology/shapes.ttl) give a call one kg:status and at most one schema:startDate,
// so callsWhere() yields one row per call and COUNT(?call) needs no DISTINCT (which costs
// several times more on large graphs) as long as nothing else multiplies the rows.

// --- summary -----------------------------------------------------------------------------------

export const summary = (f) => select('summary', `
SELECT (COUNT(?call) AS ?calls) (SUM(?noDate) AS ?undated) WHERE {
  ${callsWhere(f)}
  OPTIONAL { ?call schema:startDate ?anyDate }
  BIND (IF(BOUND(?anyDate), 0, 1) AS ?noDate)
}`);

export const peopleCount = (f) => select('summary-people', `
SELECT (COUNT(DISTINCT ?person) AS ?people) WHERE {
  ${callsWhere(f)}
  ?call kg:participant ?person .
}`);

export const articleCount = (f) => select('summary-articles', `
SELECT (COUNT(DISTINCT ?article) AS ?articles) WHERE {
  ${callsWhere(f)}
  ?article schema:mentions ?call .
}`);

// --- network -----------------------------------------------------------------------------------

// The `limit` people on the most filtered calls.
export const topPeople = (f, limit) => select('network-people', `
SELECT ?person ?calls (SAMPLE(?label) AS ?name) (SAMPLE(?countryName) AS ?country)
       (SAMPLE(?isLeader) AS ?leader) WHERE {
  {
    SELECT ?person (COUNT(?call) AS ?calls) WHERE {
      ${callsWhere(f)}
      ?call kg:participant ?person .
    } GROUP BY ?person ORDER BY DESC(?calls) ?person LIMIT ${limit}
  }
  ?person rdfs:label ?label .
  BIND (EXISTS { ?person a kg:Leader } AS ?isLeader)
  OPTIONAL { ?person kg:country/rdfs:label ?countryName }
} GROUP BY ?person ?calls ORDER BY DESC(?calls) ?person`);

// Calls between each pair of the given people, and how many of them took place.
export const pairs = (f, people) => select('network-pairs', `
SELECT ?a ?b (COUNT(?call) AS ?calls) (SUM(?took) AS ?held) WHERE {
  ${values('a', people)}
  ?call kg:participant ?a, ?b .
  FILTER (STR(?a) < STR(?b))
  ${values('b', people)}
  ${callsWhere(f)}
  BIND (IF(?fStatus = kg:Occurred, 1, 0) AS ?took)
} GROUP BY ?a ?b`);

// --- timeline ----------------------------------------------------------------------------------

// Calls per month (or per year: unit 4) of the filtered, dated calls.
export const histogram = (f, unit = 7) => select('timeline-histogram', `
SELECT ?period (COUNT(?call) AS ?calls) WHERE {
  ${callsWhere(f)}
  ?call schema:startDate ?day .
  BIND (SUBSTR(STR(?day), 1, ${unit}) AS ?period)
} GROUP BY ?period ORDER BY ?period`);

// A page of the filtered calls that have a date, in date order. Ties keep the engine's order,
// which is the same from one query to the next: sorting by the IRI as well costs twice as much.
export const datedPage = (f, offset, limit, newestFirst) => select('timeline-calls', `
SELECT ?call ?date ?status WHERE {
  ${callsWhere(f)}
  ?call schema:startDate ?date .
  BIND (LCASE(STRAFTER(STR(?fStatus), "#")) AS ?status)
} ORDER BY ${newestFirst ? 'DESC(?date)' : '?date'} LIMIT ${limit} OFFSET ${offset}`);

// A page of the filtered calls without a date (they come after the dated ones).
export const undatedPage = (f, offset, limit) => select('timeline-undated', `
SELECT ?call ?status WHERE {
  ${callsWhere(f)}
  FILTER NOT EXISTS { ?call schema:startDate ?anyDate }
  BIND (LCASE(STRAFTER(STR(?fStatus), "#")) AS ?status)
} ORDER BY ?call LIMIT ${limit} OFFSET ${offset}`);

export const callPeople = (calls) => select('timeline-people', `
SELECT ?call ?person ?name ?caller WHERE {
  ${values('call', calls)}
  ?call kg:participant ?person .
  ?person rdfs:label ?name .
  BIND (EXISTS { ?call kg:caller ?person } AS ?caller)
} ORDER BY ?name`);

export const callFacts = (calls) => select('timeline-facts', `
SELECT ?call (SAMPLE(?mediumName) AS ?medium) (SAMPLE(?mins) AS ?minutes)
       (GROUP_CONCAT(DISTINCT ?outletName; separator="\\u001f") AS ?outlets)
       (COUNT(DISTINCT ?ev) AS ?evidence) WHERE {
  ${values('call', calls)}
  OPTIONAL { ?call kg:medium ?m BIND (LCASE(STRAFTER(STR(?m), "#")) AS ?mediumName) }
  OPTIONAL { ?call kg:durationMinutes ?mins }
  OPTIONAL {
    { ?call kg:reportedBy ?outlet } UNION { ?article schema:mentions ?call ; schema:publisher ?outlet }
    ?outlet rdfs:label ?outletName .
  }
  OPTIONAL { { ?call kg:evidence ?ev } UNION { ?call kg:attribution/kg:evidence ?ev } }
} GROUP BY ?call`);

// --- a person ----------------------------------------------------------------------------------

export const personFacts = (person) => select('person-facts', `
SELECT ?name (SAMPLE(?isLeader) AS ?leader) (SAMPLE(?countryName) AS ?country)
       (SAMPLE(?title) AS ?role) (SAMPLE(?wd) AS ?wikidata) WHERE {
  ${iri(person)} rdfs:label ?name .
  BIND (EXISTS { ${iri(person)} a kg:Leader } AS ?isLeader)
  OPTIONAL { ${iri(person)} kg:country/rdfs:label ?countryName }
  OPTIONAL { ${iri(person)} schema:jobTitle ?title }
  OPTIONAL { ${iri(person)} <http://www.w3.org/2002/07/owl#sameAs> ?wd }
} GROUP BY ?name LIMIT 1`);

export const personCalls = (f) => select('person-calls', `
SELECT ?calls ?first ?last WHERE {
  { SELECT (COUNT(DISTINCT ?call) AS ?calls) WHERE { ${callsWhere(f)} } }
  { SELECT (MIN(?d) AS ?first) (MAX(?d) AS ?last) WHERE {
    ${callsWhere(f)}
    ?call schema:startDate ?d .
  } }
}`);

export const counterparts = (f, person, limit = 30) => select('person-counterparts', `
SELECT ?other ?name (COUNT(DISTINCT ?call) AS ?calls) WHERE {
  ${callsWhere(f)}
  ?call kg:participant ?other .
  FILTER (?other != ${iri(person)})
  ?other rdfs:label ?name .
} GROUP BY ?other ?name ORDER BY DESC(?calls) ?name LIMIT ${limit}`);

// --- a call ------------------------------------------------------------------------------------

export const callMain = (call) => select('call', `
SELECT ?label ?date ?status ?medium ?minutes ?duration ?callerName ?caller WHERE {
  ${iri(call)} a kg:Call ; kg:status ?s .
  BIND (LCASE(STRAFTER(STR(?s), "#")) AS ?status)
  OPTIONAL { ${iri(call)} rdfs:label ?label }
  OPTIONAL { ${iri(call)} schema:startDate ?date }
  OPTIONAL { ${iri(call)} kg:medium ?m BIND (LCASE(STRAFTER(STR(?m), "#")) AS ?medium) }
  OPTIONAL { ${iri(call)} kg:durationMinutes ?minutes }
  OPTIONAL { ${iri(call)} schema:duration ?duration }
  OPTIONAL { ${iri(call)} kg:caller ?caller . ?caller rdfs:label ?callerName }
} LIMIT 1`);

export const callParticipants = (call) => select('call-participants', `
SELECT ?person ?name (SAMPLE(?isLeader) AS ?leader) (SAMPLE(?countryName) AS ?country) WHERE {
  ${iri(call)} kg:participant ?person .
  ?person rdfs:label ?name .
  BIND (EXISTS { ?person a kg:Leader } AS ?isLeader)
  OPTIONAL { ?person kg:country/rdfs:label ?countryName }
} GROUP BY ?person ?name ORDER BY ?name`);

export const callOutlets = (call) => select('call-outlets', `
SELECT ?outlet ?name (SAMPLE(?k) AS ?kind) (MAX(?isCited) AS ?cited) (MAX(?isPublisher) AS ?published) WHERE {
  { ${iri(call)} kg:reportedBy ?outlet BIND (1 AS ?isCited) BIND (0 AS ?isPublisher) }
  UNION
  { ?article schema:mentions ${iri(call)} ; schema:publisher ?outlet BIND (0 AS ?isCited) BIND (1 AS ?isPublisher) }
  ?outlet rdfs:label ?name .
  OPTIONAL { ?outlet kg:outletKind ?k }
} GROUP BY ?outlet ?name ORDER BY ?name`);

// Every sentence behind the call and behind each of its attributions, with its article.
export const callEvidence = (call) => select('call-evidence', `
SELECT ?ev ?supports ?text ?start ?end ?article ?articleId ?url ?headline ?published ?publisher WHERE {
  { ${iri(call)} kg:evidence ?ev BIND ("the call" AS ?supports) }
  UNION
  { ${iri(call)} kg:attribution ?attr . ?attr kg:evidence ?ev ; kg:outlet/rdfs:label ?outletName .
    BIND (CONCAT("reported by ", ?outletName) AS ?supports) }
  ?ev kg:text ?text ; kg:startOffset ?start ; kg:endOffset ?end ; kg:inArticle ?article .
  OPTIONAL { ?article schema:identifier ?articleId }
  OPTIONAL { ?article schema:url ?url }
  OPTIONAL { ?article schema:headline ?headline }
  OPTIONAL { ?article schema:datePublished ?published }
  OPTIONAL { ?article schema:publisher/rdfs:label ?publisher }
} ORDER BY ?articleId STR(?article) ?start ?supports`);
