package org.dais.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import org.dais.extract.MeetingName;
import org.dais.extract.MeetingNames;

/** IRIs that survive a move (a prefix swap) and meeting slugs a reader can read. Invented names only. */
class IriMinterTest {
    static final String MOVED = "https://kg.example.net/data/id/";

    static MeetingName meeting(String canonical) {
        String key = MeetingNames.key(canonical);
        return new MeetingName(canonical, key, canonical, key, null, "plenary meeting", false, null, null);
    }

    @Test
    void hashedIrisAreAPrefixSwapWhenTheBaseMoves() {
        IriMinter home = new IriMinter(IriMinter.DEFAULT_BASE);
        IriMinter moved = new IriMinter(MOVED);
        // A tenure is hashed from its post's IRI, which carries the base.
        String tenureHome = home.tenure("pak su ryon", home.post("Director", "Bureau of Orchards"), "article-9.txt");
        String tenureMoved = moved.tenure("pak su ryon", moved.post("Director", "Bureau of Orchards"), "article-9.txt");
        assertEquals(tenureHome.substring(IriMinter.DEFAULT_BASE.length()), tenureMoved.substring(MOVED.length()));
        assertTrue(tenureMoved.startsWith(MOVED + "tenure/"));
        // Different facts still differ.
        assertNotEquals(tenureHome, home.tenure("pak su ryon", home.post("Director", "Bureau of Fisheries"), "article-9.txt"));
        for (String kind : new String[] {"speech", "participation", "evidence"}) {
            String a = switch (kind) {
                case "speech" -> home.speech("x", "report", "k");
                case "participation" -> home.participation("x", "attended", "k", "s");
                default -> home.evidence("s", "1", "9");
            };
            String b = switch (kind) {
                case "speech" -> moved.speech("x", "report", "k");
                case "participation" -> moved.participation("x", "attended", "k", "s");
                default -> moved.evidence("s", "1", "9");
            };
            assertEquals(a.substring(IriMinter.DEFAULT_BASE.length()), b.substring(MOVED.length()), kind);
        }
    }

    @Test
    void meetingSlugsReadInTheNamesOrder() {
        IriMinter iris = new IriMinter(MOVED);
        String iri = iris.meeting(meeting("Ninth Plenary Meeting of the Eleventh Central Committee of the Workers' Party of Korea"));
        assertEquals(MOVED + "meeting/9-plenary-meeting-11-central-committee", iri);
        assertEquals(MOVED + "meeting/3-seminar-managers-provincial-orchard-bureaus",
                iris.meeting(meeting("Third Seminar for Managers of Provincial Orchard Bureaus")));
        assertEquals(iri + "/day-2", iris.session(meeting("Ninth Plenary Meeting of the Eleventh Central Committee of the WPK"), 2));
    }

    @Test
    void spellingsOfOneMeetingGetOneIri() {
        IriMinter iris = new IriMinter(IriMinter.DEFAULT_BASE);
        String a = iris.meeting(meeting("Ninth Plenary Meeting of the Eleventh Central Committee of the Workers' Party of Korea"));
        String b = iris.meeting(meeting("9th Plenary Meeting of the 11th Central Committee of the WPK"));
        assertEquals(a, b);
    }

    @Test
    void theOldWordBagIriIsKnownForRedirects() {
        IriMinter iris = new IriMinter(IriMinter.DEFAULT_BASE);
        String name = "Third Seminar for Managers of Provincial Orchard Bureaus";
        assertEquals(IriMinter.DEFAULT_BASE + "meeting/3-bureaus-managers-orchard-provincial-seminar", iris.legacyMeeting(name));
        assertEquals(iris.meeting(MeetingNames.key(name)), iris.legacyMeeting(name), "the key-only IRI is the old one");
    }

    @Test
    void theBaseForAServerNamesItsPort() {
        assertEquals("http://localhost:41234/id/", IriMinter.baseFor("localhost", 41234));
        assertEquals("http://localhost:8080/id/", IriMinter.baseFor("0.0.0.0", 8080));
        assertEquals("http://[::1]:8080/id/", IriMinter.baseFor("::1", 8080));
        assertEquals("http://kg.example.net:80/id/", IriMinter.baseFor("kg.example.net", 80));
    }
}
