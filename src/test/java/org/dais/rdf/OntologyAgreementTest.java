package org.dais.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps {@code ontology/dais.ttl}, {@code ontology/shapes.ttl} and {@link DAIS} in step. */
class OntologyAgreementTest {

    static final String ONTOLOGY = "ontology/dais.ttl";
    static final String SHAPES = "ontology/shapes.ttl";

    static Model ontology;
    /** Public static final Resource/Property fields of DAIS (NAMESPACE excluded), by field name. */
    static Map<String, Resource> fields;
    static Set<String> propertyFields;

    @BeforeAll
    static void load() throws IllegalAccessException {
        ontology = RDFDataMgr.loadModel(ONTOLOGY);
        fields = new LinkedHashMap<>();
        propertyFields = new HashSet<>();
        for (Field f : DAIS.class.getDeclaredFields()) {
            int m = f.getModifiers();
            if (!Modifier.isPublic(m) || !Modifier.isStatic(m) || !Modifier.isFinal(m)) continue;
            if (!Resource.class.isAssignableFrom(f.getType())) continue;
            if (f.getName().equals("NAMESPACE")) continue;
            fields.put(f.getName(), (Resource) f.get(null));
            if (Property.class.isAssignableFrom(f.getType())) propertyFields.add(f.getName());
        }
    }

    /** Every IRI in the dais: namespace that the ontology mentions, as subject, predicate or object. */
    static Set<String> daisIrisMentioned(Model m) {
        Set<String> iris = new TreeSet<>();
        m.listStatements().forEachRemaining(st -> {
            for (RDFNode n : List.of(st.getSubject(), st.getPredicate(), st.getObject())) {
                if (n.isURIResource() && n.asResource().getURI().startsWith(DAIS.NS)) iris.add(n.asResource().getURI());
            }
        });
        return iris;
    }

    static boolean isDeclaredClass(Resource r) {
        return ontology.contains(r, RDF.type, OWL.Class);
    }

    static boolean isDeclaredProperty(Resource r) {
        return ontology.contains(r, RDF.type, OWL.ObjectProperty) || ontology.contains(r, RDF.type, OWL.DatatypeProperty);
    }

    static Set<Resource> declaredDaisTerms() {
        Set<Resource> terms = new HashSet<>();
        for (Resource type : List.of(OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty, RDF.Property, RDFS.Class, OWL2.NamedIndividual)) {
            ontology.listSubjectsWithProperty(RDF.type, type).forEachRemaining(s -> {
                if (s.isURIResource() && s.getURI().startsWith(DAIS.NS)) terms.add(s);
            });
        }
        return terms;
    }

    @Test
    void daisHasTerms() {
        assertFalse(fields.isEmpty(), "no Resource/Property constants found in DAIS");
        assertFalse(propertyFields.isEmpty(), "no Property constants found in DAIS");
    }

    @Test
    void everyFieldIsDeclaredWithTheRightKind() {
        List<String> problems = new ArrayList<>();
        fields.forEach((name, r) -> {
            boolean isProperty = propertyFields.contains(name);
            if (isProperty && !isDeclaredProperty(r))
                problems.add(name + " <" + r.getURI() + "> is not declared owl:ObjectProperty or owl:DatatypeProperty");
            if (isProperty && isDeclaredClass(r))
                problems.add(name + " is a Property in DAIS but an owl:Class in the ontology");
            // A named individual (the summary's named graph) is a Resource constant too.
            if (!isProperty && !isDeclaredClass(r) && !ontology.contains(r, RDF.type, OWL2.NamedIndividual))
                problems.add(name + " <" + r.getURI() + "> is not declared owl:Class (or owl:NamedIndividual)");
            if (!isProperty && isDeclaredProperty(r))
                problems.add(name + " is a Resource in DAIS but a property in the ontology");
            if (isProperty && ontology.contains(r, RDF.type, OWL.ObjectProperty) && ontology.contains(r, RDF.type, OWL.DatatypeProperty))
                problems.add(name + " is declared both object and datatype property");
        });
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void everyOntologyTermHasAField() {
        Set<String> fieldIris = new HashSet<>();
        fields.values().forEach(r -> fieldIris.add(r.getURI()));
        Set<String> missing = new TreeSet<>(daisIrisMentioned(ontology));
        missing.removeAll(fieldIris);
        assertTrue(missing.isEmpty(), "dais: terms in " + ONTOLOGY + " without a constant in DAIS: " + missing);
        Set<String> declared = new TreeSet<>();
        declaredDaisTerms().forEach(r -> declared.add(r.getURI()));
        assertEquals(new TreeSet<>(fieldIris), declared, "declared dais: terms differ from DAIS constants");
    }

    @Test
    void fieldNameIsLocalName() {
        fields.forEach((name, r) -> {
            assertTrue(r.getURI().startsWith(DAIS.NS), name + " is not in the dais namespace: " + r.getURI());
            assertEquals(name, r.getURI().substring(DAIS.NS.length()), "field name vs IRI local name");
        });
    }

    @Test
    void everyTermHasEnglishLabelAndOneLineComment() {
        List<String> problems = new ArrayList<>();
        for (Resource term : declaredDaisTerms()) {
            String t = term.getURI().substring(DAIS.NS.length());
            List<Literal> labels = englishLiterals(term, RDFS.label);
            List<Literal> comments = englishLiterals(term, RDFS.comment);
            if (labels.size() != 1) problems.add(t + ": expected one @en rdfs:label, found " + labels.size());
            if (comments.size() != 1) problems.add(t + ": expected one @en rdfs:comment, found " + comments.size());
            for (Literal c : comments) {
                if (c.getLexicalForm().isBlank() || c.getLexicalForm().contains("\n"))
                    problems.add(t + ": rdfs:comment must be a single non-blank line");
            }
            for (Literal l : labels) {
                if (l.getLexicalForm().isBlank()) problems.add(t + ": blank rdfs:label");
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /** The facts export reads an organization class's label as the organization's kind. */
    @Test
    void organizationKindsAreTheAnalystLabels() {
        Map<Resource, String> kinds = new LinkedHashMap<>();
        kinds.put(DAIS.Party, "party");
        kinds.put(DAIS.PartyCommittee, "party committee");
        kinds.put(DAIS.CentralCommittee, "central committee");
        kinds.put(DAIS.ProvincialPartyCommittee, "provincial party committee");
        kinds.put(DAIS.CityPartyCommittee, "city party committee");
        kinds.put(DAIS.CountyPartyCommittee, "county party committee");
        kinds.put(DAIS.DistrictPartyCommittee, "district party committee");
        kinds.put(DAIS.PrimaryPartyCommittee, "primary party committee");
        kinds.put(DAIS.RiPartyCommittee, "ri party committee");
        kinds.put(DAIS.CentralCommitteeOrgan, "central committee organ");
        kinds.put(DAIS.State, "state");
        kinds.put(DAIS.StateOrgan, "state organ");
        kinds.put(DAIS.MilitaryOrgan, "military organ");
        kinds.put(DAIS.Ministry, "ministry");
        kinds.put(DAIS.School, "school");
        kinds.put(DAIS.Museum, "museum");
        kinds.put(DAIS.Enterprise, "enterprise");
        kinds.put(DAIS.Farm, "farm");
        kinds.put(DAIS.Mine, "mine");
        kinds.put(DAIS.Factory, "factory");
        kinds.put(DAIS.MassOrganization, "mass organization");
        kinds.put(DAIS.GovernmentAgency, "government agency");
        Resource orgOrganization = ontology.createResource("http://www.w3.org/ns/org#Organization");
        kinds.forEach((cls, kind) -> {
            List<Literal> labels = englishLiterals(cls, RDFS.label);
            assertEquals(1, labels.size(), cls.getLocalName());
            assertEquals(kind, labels.get(0).getLexicalForm(), cls.getLocalName());
            assertTrue(superClasses(cls).contains(orgOrganization), cls.getLocalName() + " is not a subclass of org:Organization");
        });
    }

    @Test
    void ontologyHeader() {
        List<Resource> onts = ontology.listSubjectsWithProperty(RDF.type, OWL.Ontology).toList();
        assertEquals(1, onts.size(), "exactly one owl:Ontology");
        Resource ont = onts.get(0);
        assertFalse(englishLiterals(ont, RDFS.label).isEmpty(), "ontology rdfs:label");
        assertFalse(englishLiterals(ont, RDFS.comment).isEmpty(), "ontology rdfs:comment");
        assertTrue(ont.hasProperty(DCTerms.title), "ontology dcterms:title");
        assertTrue(ont.hasProperty(OWL.versionInfo, "0.1.0"), "ontology owl:versionInfo 0.1.0");
    }

    @Test
    void subClassChainsResolve() {
        List<String> problems = new ArrayList<>();
        for (Resource term : declaredDaisTerms()) {
            if (!isDeclaredClass(term)) continue;
            String t = term.getLocalName();
            for (Statement st : term.listProperties(RDFS.subClassOf).toList()) {
                RDFNode sup = st.getObject();
                if (!sup.isURIResource()) {
                    problems.add(t + ": anonymous superclass");
                } else if (sup.asResource().getURI().startsWith(DAIS.NS) && !isDeclaredClass(sup.asResource())) {
                    problems.add(t + ": superclass " + sup + " is not a declared dais: class");
                }
            }
            // walking the chain must terminate without returning to the class
            if (superClasses(term).contains(term)) problems.add(t + ": subclass cycle");
        }
        // domains, ranges and super-properties that name dais: terms must name declared ones
        for (Resource term : declaredDaisTerms()) {
            if (!isDeclaredProperty(term)) continue;
            for (Property p : List.of(RDFS.domain, RDFS.range, RDFS.subPropertyOf)) {
                for (Statement st : term.listProperties(p).toList()) {
                    RDFNode o = st.getObject();
                    if (o.isURIResource() && o.asResource().getURI().startsWith(DAIS.NS)
                            && !(p.equals(RDFS.subPropertyOf) ? isDeclaredProperty(o.asResource()) : isDeclaredClass(o.asResource())))
                        problems.add(term.getLocalName() + " " + p.getLocalName() + " " + o + " is not declared");
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void shapesParseAndUseDeclaredTerms() {
        Graph g = RDFDataMgr.loadGraph(SHAPES);
        Shapes shapes;
        try {
            shapes = Shapes.parse(g);
        } catch (RuntimeException e) {
            fail(SHAPES + " is not valid SHACL: " + e.getMessage(), e);
            return;
        }
        assertTrue(shapes.numRootShapes() >= 6, "expected at least 6 root shapes, got " + shapes.numRootShapes());
        assertTrue(shapes.getTargetShapes().size() >= 6, "expected at least 6 targeted shapes");
        Set<String> undeclared = new TreeSet<>(daisIrisMentioned(RDFDataMgr.loadModel(SHAPES)));
        fields.values().forEach(r -> undeclared.remove(r.getURI()));
        assertTrue(undeclared.isEmpty(), "shapes use dais: terms the ontology does not declare: " + undeclared);
    }

    /** The values a shape's property constraint on {@code path} allows with sh:in, for the shape targeting {@code cls}. */
    static Set<String> allowed(Model shapes, Resource cls, Property path) {
        String q = "PREFIX sh: <http://www.w3.org/ns/shacl#> SELECT ?v WHERE { ?s sh:targetClass <" + cls.getURI() + "> ; "
                + "sh:property ?p . ?p sh:path <" + path.getURI() + "> ; sh:in/rdf:rest*/rdf:first ?v }";
        Set<String> values = new TreeSet<>();
        try (var exec = org.apache.jena.query.QueryExecutionFactory.create(
                "PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> " + q, shapes)) {
            exec.execSelect().forEachRemaining(row -> values.add(row.getLiteral("v").getString()));
        }
        return values;
    }

    @Test
    void theLeadersActivitiesAgreeWithTheExtractorsKindsAndRoles() {
        Model shapes = RDFDataMgr.loadModel(SHAPES);
        Resource schemaEvent = ontology.createResource("http://schema.org/Event");
        assertTrue(ontology.contains(DAIS.Activity, RDFS.subClassOf, schemaEvent), "an activity is a schema:Event, beside dais:Meeting");
        assertTrue(ontology.contains(DAIS.activityKind, RDFS.domain, DAIS.Activity));
        assertTrue(ontology.contains(DAIS.listRank, RDFS.domain, DAIS.Participation));
        assertEquals(new TreeSet<>(org.dais.extract.EventClaim.KINDS), allowed(shapes, DAIS.Activity, DAIS.activityKind),
                "the shape allows exactly the kinds the extractor reads (FACTS.md)");
        Set<String> roles = allowed(shapes, DAIS.Participation, DAIS.participationRole);
        assertTrue(roles.containsAll(org.dais.extract.AppearanceClaim.ROLES), "every appearance role is a participation role: " + roles);
        assertTrue(roles.containsAll(List.of("guided", "platform", "attended")), "the meeting roles stay");
        // participatedIn ranges over meetings and activities.
        String range = "PREFIX owl: <http://www.w3.org/2002/07/owl#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                + "ASK { <" + DAIS.participatedIn.getURI() + "> rdfs:range/owl:unionOf/rdf:rest*/rdf:first <" + DAIS.Activity.getURI() + "> }";
        try (var exec = org.apache.jena.query.QueryExecutionFactory.create(
                "PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> " + range, ontology)) {
            assertTrue(exec.execAsk(), "dais:participatedIn's range includes dais:Activity");
        }
    }

    static List<Literal> englishLiterals(Resource r, Property p) {
        List<Literal> out = new ArrayList<>();
        ontology.listObjectsOfProperty(r, p).forEachRemaining(o -> {
            if (o.isLiteral() && o.asLiteral().getLanguage().equalsIgnoreCase("en")) out.add(o.asLiteral());
        });
        return out;
    }

    /** Transitive named superclasses of {@code cls} in the ontology (not including cls unless there is a cycle). */
    static Set<Resource> superClasses(Resource cls) {
        Set<Resource> seen = new HashSet<>();
        List<Resource> todo = new ArrayList<>(List.of(cls));
        while (!todo.isEmpty()) {
            Resource c = todo.remove(todo.size() - 1);
            for (RDFNode s : ontology.listObjectsOfProperty(ontology.createResource(c.getURI()), RDFS.subClassOf).toList()) {
                if (s.isURIResource() && seen.add(s.asResource())) todo.add(s.asResource());
            }
        }
        return seen;
    }
}
