// A linked-data client dais did not write (Comunica) walks from one person to another through the
// served IRIs alone: person -> a meeting it took part in -> another person who spoke or took part
// there -> that person's name. Each step dereferences the IRI the previous step found (content
// negotiation; no SPARQL endpoint). Prints the path, one IRI or name a line; exits 1 if it breaks.
// usage: node follow-links.js COMUNICA_DIR PERSON_IRI
const path = require('path');
const { QueryEngine } = require(path.join(process.argv[2], 'node_modules', '@comunica', 'query-sparql'));
const start = process.argv[3];
const DAIS = 'https://w3id.org/dais/ontology#';

async function values(engine, source, query) {
  const bindings = await engine.queryBindings(query, { sources: [source] });
  return (await bindings.toArray()).map(b => b.get('x').value);
}

(async () => {
  const engine = new QueryEngine();
  const meetings = await values(engine, start,
    `SELECT DISTINCT ?x { { ?p <${DAIS}participant> <${start}> ; <${DAIS}participatedIn> ?x } UNION { ?s <${DAIS}speaker> <${start}> ; <${DAIS}deliveredAt> ?x } }`);
  if (meetings.length === 0) throw new Error(`no meeting linked from ${start}`);
  console.log(start);
  console.log(meetings[0]);
  const others = (await values(engine, meetings[0],
    `SELECT DISTINCT ?x { { ?s <${DAIS}speaker> ?x } UNION { ?p <${DAIS}participant> ?x } }`)).filter(x => x !== start);
  if (others.length === 0) throw new Error(`no other person linked from ${meetings[0]}`);
  console.log(others[0]);
  const names = await values(engine, others[0], `SELECT ?x { <${others[0]}> <http://xmlns.com/foaf/0.1/name> ?x }`);
  if (names.length === 0) throw new Error(`no name at ${others[0]}`);
  console.log(names[0]);
})().catch(e => { console.error(e.message || e); process.exit(1); });
