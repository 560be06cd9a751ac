package org.dais.rdf;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.ORG;

/** The ontology class of an organization, read from the words of its canonical name. */
public final class OrganizationKinds {
    private OrganizationKinds() {}

    private record Rule(Pattern pattern, Resource type) {}

    private static final List<Rule> RULES = List.of(
            rule("^Workers' Party of Korea$", DAIS.Party),
            rule("^WPK Central Committee$|^Central Committee of the .*Party", DAIS.CentralCommittee),
            rule("^(?:Presidium of the )?Political Bureau|^Secretariat of|Department of the WPK Central|^.*Department of the WPK Central Committee$|^Central (?:Inspection|Auditing) Commission", DAIS.CentralCommitteeOrgan),
            rule("(?i)primary (?:party )?committee", DAIS.PrimaryPartyCommittee),
            rule("People's Committee", DAIS.StateOrgan),
            rule("(?:Provincial|Municipal) (?:Party )?Committee(?:$| of the (?:Workers' Party of Korea|WPK)$)", DAIS.ProvincialPartyCommittee),
            rule("City (?:Party )?Committee(?:$| of the (?:Workers' Party of Korea|WPK)$)", DAIS.CityPartyCommittee),
            rule("County (?:Party )?Committee(?:$| of the (?:Workers' Party of Korea|WPK)$)", DAIS.CountyPartyCommittee),
            rule("District (?:Party )?Committee(?:$| of the (?:Workers' Party of Korea|WPK)$)", DAIS.DistrictPartyCommittee),
            rule("(?i)\\bri party committee$", DAIS.RiPartyCommittee),
            rule("Party Committee$", DAIS.PartyCommittee),
            // An organ of a mass organization is the organization's ("Central Standing Committee of the Union of X in Japan"), no state organ.
            rule("^(?:[A-Z][\\w'-]* )*(?:Committee|Department|Bureau|Council)(?: of the (?:[A-Z][\\w'-]* )*(?:Committee|Department|Bureau|Council))*"
                    + " of the (?:[A-Z][\\w'-]* )*(?:Union|League|Federation|Association)\\b(?: of (?:[A-Z][\\w'-]* ?)+)?(?: in (?:the )?[A-Z][\\w ]+)?$", DAIS.MassOrganization),
            // A mass organization's central organ printed with its short name first ("Sokhu Central Standing Committee").
            rule("Central Standing (?:Committee|Council|Management Board)(?: of the (?:[A-Z][\\w'-]* )*(?:Committee|Department|Bureau|Council))?$", DAIS.MassOrganization),
            rule("^(?:[A-Z][\\w'-]* )*Department of the (?:[A-Z][\\w'-]* )*Central Standing (?:Committee|Council)$", DAIS.MassOrganization),
            rule("^Democratic People's Republic of Korea$", DAIS.State),
            rule("Central Military Commission|Korean People's Army|Ministry of (?:National|People's Armed Forces|Defence)|General Political Bureau|General Staff|Military Commission", DAIS.MilitaryOrgan),
            rule("^Ministry of|Ministry$", DAIS.Ministry),
            rule("Supreme People's Assembly|State Affairs Commission|National Defence Commission|^Cabinet|People's Committee|Standing Committee|Funeral Committee", DAIS.StateOrgan),
            // The head noun decides: "Institute" is a research body, and "Schoolchildren's ... Factory" is a factory.
            rule("\\b(?:School|University|College|Academy)(?:$| of | No\\.)", DAIS.School),
            rule("Museum", DAIS.Museum),
            rule("Farm$", DAIS.Farm),
            rule("Mine$|Colliery$", DAIS.Mine),
            // A complex is a works only when it makes something: a health, science, sports or service complex is none (and a greenhouse complex farms).
            rule("\\bGreenhouse (?:Farm|Complex)$", DAIS.Farm),
            rule("\\b(?:Health|Sci-Tech|Science|Sports?|Service|Medical|Cultural|Recreation|Amusement|Welfare|Exhibition|Commercial|Hotel|Housing|Memorial|Leisure|Shopping)\\s+Complex$", ORG.Organization),
            rule("Factory$|Complex$|Works$|Mill$|Plant$", DAIS.Factory),
            rule("Company$|Station$|Enterprise$|Corporation$|Shop", DAIS.Enterprise),
            rule("Union$|League$|Federation$|Association$", DAIS.MassOrganization),
            rule("Bureau|Agency|Commission|Committee", DAIS.GovernmentAgency));

    private static Rule rule(String regex, Resource type) { return new Rule(Pattern.compile(regex), type); }

    /**
     * Names already classified: the same bodies recur in article after article, and each was tried
     * against up to 25 patterns. Bounded, so an archive of many distinct names cannot grow it without end.
     */
    private static final Map<String, Resource> CLASSIFIED = new ConcurrentHashMap<>();
    private static final int MAX_CLASSIFIED = 20_000;

    public static Resource classify(String canonicalName) {
        Resource known = CLASSIFIED.get(canonicalName);
        if (known != null) return known;
        Resource type = ORG.Organization;
        for (Rule r : RULES) {
            if (r.pattern().matcher(canonicalName).find()) {
                type = r.type();
                break;
            }
        }
        if (CLASSIFIED.size() < MAX_CLASSIFIED) CLASSIFIED.put(canonicalName, type);
        return type;
    }
}
