package org.dais.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.dais.extract.EventClaim;
import org.dais.extract.Extraction;
import org.dais.ingest.DocumentException;
import org.dais.ingest.DocumentReaders;
import org.dais.rdf.IriMinter;

/**
 * Ceremonies reported without the leader (forms of the 2024 feed, in invented wording): a
 * ground-breaking, completion, inauguration or house-moving ceremony is an occasion of kind
 * ceremony with its place and day, and those present and its speakers attended it; no one led
 * it. A digest's retelling, a ceremony referred to ("since the first ceremony was held"), an
 * exhibition opened "with due ceremony" and a rally are none.
 */
class ActivityCeremonyFormsTest {
    private static final Pipeline PIPELINE = new Pipeline(new IriMinter(IriMinter.DEFAULT_BASE));

    /** kind@start@place of every occasion, then person@role@kind of every appearance, sorted. */
    private static List<String> read(String headline, String body) throws DocumentException {
        String article = headline + "\n\nPyongyang, May 6 (KCNA) -- " + body.replace("\\n", "\n") + "\n-0-\n";
        Extraction x = PIPELINE.extract(new DocumentReaders().read("2031-05-06_ceremony.txt", article.getBytes(StandardCharsets.UTF_8)));
        Map<Integer, String> kinds = x.events().stream().collect(Collectors.toMap(EventClaim::id, EventClaim::kind));
        return Stream.concat(
                x.events().stream().map(e -> e.kind() + "@" + e.start() + "@" + (e.place() == null ? "" : e.place())),
                x.appearances().stream().map(a -> a.person() + "@" + a.role() + "@" + kinds.get(a.event()))).sorted().toList();
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            // Subject of 'took place', those present after it, the speaker as subject of 'made a speech'.
            "Hotel Construction Begins | A ground-breaking ceremony for the new hotel took place at the Sindok Hotel site on May 3. "
                    + "Present there were Tak Chun Hwa, chairman of the city people's committee, and builders. "
                    + "Pyon Gwang Sok, manager of the construction enterprise, made a speech at the ceremony. "
                    + "| Pyon Gwang Sok@attended@ceremony, Tak Chun Hwa@attended@ceremony, ceremony@2031-05-03@Sindok Hotel site",
            // Named only in the list of those present; the place is the one the article opens with, held 'on the spot'.
            "New Houses at Wonbong Farm | Farmers at the Wonbong Farm in Sonsan County have moved into new houses. "
                    + "Present at the ceremony for moving into the houses were Kye Myong Sun, secretary of the county committee, and farmers. "
                    + "Ro Chang Ik, chairman of the county people's committee, made a congratulatory address. "
                    + "| Kye Myong Sun@attended@ceremony, Ro Chang Ik@attended@ceremony, ceremony@null@Wonbong Farm",
            "New Houses at Wonbong Farm | Farmers at the Wonbong Farm in Sonsan County have moved into new houses. "
                    + "A ceremony of moving into the houses took place on the spot on Monday. "
                    + "Speeches were made by Ro Chang Ik and Kye Myong Sun. "
                    + "| Kye Myong Sun@attended@ceremony, Ro Chang Ik@attended@ceremony, ceremony@2031-05-05@Wonbong Farm",
            // Its day given only by the sentence before: the day of the talks it was held beside.
            "Ministers Meet | Talks between the foreign ministers of two countries took place in Veltria on May 4. "
                    + "Prior to the talks, the ministers attended a ceremony held at the Ostby Memorial Hall to unveil a plaque. "
                    + "| ceremony@2031-05-04@Ostby Memorial Hall",
            // A day long before the article, recalled by the sentence before, is no day of the ceremony.
            "Plaque Unveiled | The plaque says that the first envoys arrived at the Ostby Memorial Hall on May 4, 1951. "
                    + "A ceremony was held at the Ostby Memorial Hall to unveil the plaque. "
                    + "| ceremony@null@Ostby Memorial Hall",
            // "Attending its inaugural ceremony on D were": the works the article opened with, on that day.
            "New Pumping Station | Sonsan County has newly built a pumping station for supplying water to the fields of the Taeryong plain. "
                    + "Attending its inaugural ceremony on May 4 were Kye Myong Sun, chairman of the county people's committee, and farmers. "
                    + "Ro Chang Ik, manager of the county irrigation office, made an inaugural address. "
                    + "| Kye Myong Sun@attended@ceremony, Ro Chang Ik@attended@ceremony, ceremony@2031-05-04@",
            // An envoy attending a foreign state's ceremony; the town is no part of the hall's name.
            "Envoy at Inauguration | Kye Myong Sun, ambassador to the republic, as special envoy, attended the inaugural ceremony of the president "
                    + "held at the National Palace in Lomar on May 2. "
                    + "| Kye Myong Sun@attended@ceremony, ceremony@2031-05-02@National Palace",
            // The place ends before the wire's 'here' and the manner.
            "Fair Closes | A closing ceremony took place at the Ryusong Hall here with splendour on May 4. | ceremony@2031-05-04@Ryusong Hall",
            // 'Present at a ceremony ...' as at 'the ceremony': named only in the list, at the place the article opens with.
            "Villagers Move In | New dwelling houses have appeared at the Tokhyon Farm in Sonsan County. "
                    + "Present at a ceremony for moving into those houses were Ro Chang Ik, chairman of the county people's committee, and farmers. "
                    + "| Ro Chang Ik@attended@ceremony, ceremony@null@Tokhyon Farm",
            "Villagers Move In | New dwelling houses have appeared at the Tokhyon Farm in Sonsan County. "
                    + "Attending the ceremony for moving into the houses were Ro Chang Ik, chairman of the county people's committee, and farmers. "
                    + "| Ro Chang Ik@attended@ceremony, ceremony@null@Tokhyon Farm",
            // 'Attending a ceremony ...', at some villages of a named farm: the farm's ceremony.
            "Villagers Move In | New dwelling houses have been built at some villages of the Tokhyon Farm, Sonsan County. "
                    + "Attending a ceremony for moving into those houses were Ro Chang Ik, chairman of the county people's committee, and farmers. "
                    + "| Ro Chang Ik@attended@ceremony, ceremony@null@Tokhyon Farm",
            // A wreath-laying that opens the article, 'before' its tower, on a weekday: the ceremony's place and day.
            "Floral Tribute Paid | Members of the visiting trade delegation laid a wreath before the Friendship Monument on Wednesday. "
                    + "Present at the wreath-laying ceremony were Ro Chang Ik, vice-minister of External Trade, and members of the delegation. "
                    + "| Ro Chang Ik@attended@ceremony, ceremony@2031-04-30@Friendship Monument",
    })
    void aCeremonyWithoutHim(String headline, String body, String expected) throws DocumentException {
        assertEquals(List.of(expected.split(",\\s*")), read(headline, body), body);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            // His arrival told in a 'when' clause is at the ceremony in hand, not one referred to.
            "Launchers Handed Over | Kim Jong Un, general secretary of the WPK, praised the munition workers. A ceremony for handing over new launchers to the units took place on May 4. "
                    + "When Kim Jong Un appeared at the venue of the ceremony, all the participants cheered. "
                    + "| Kim Jong Un@led@ceremony, ceremony@2031-05-04@",
            // His speech there says he was at it.
            "Launchers Handed Over | Kim Jong Un, general secretary of the WPK, praised the munition workers. A ceremony for handing over new launchers to the units took place on May 4. "
                    + "Kim Jong Un made a speech at the ceremony. "
                    + "| Kim Jong Un@led@ceremony, ceremony@2031-05-04@",
    })
    void hisCeremony(String headline, String body, String expected) throws DocumentException {
        assertEquals(List.of(expected.split(",\\s*")), read(headline, body), body);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            // A digest retells other reports (read there), bulleted or not.
            "Press Review | Following are major news items in leading newspapers here on Monday:\\n"
                    + "A ceremony for moving into new houses took place at the Wonbong Farm on May 4.",
            // Referred to, not reported.
            "Houses for Farmers | New houses have been built at many farms since the first ceremony for moving into them was held at the Wonbong Farm in February.",
            // An exhibition that opened 'with due ceremony' names no ceremony; a rally is no ceremony.
            "Fair Opens | The national fair of light industry goods opened with due ceremony at the Ryusong Hall on May 4.",
            "Rally Held | A rally took place in the city square on May 4 to denounce the war drills.",
            // Flowers laid before a monument, with no ceremony reported: no occasion.
            "Tribute Paid | Staff members of the embassy laid flowers before the Friendship Monument on Wednesday and bowed.",
            // Neither a day nor a place: nothing to tell it from another.
            "Floodgate Built | The province built a floodgate, and its inaugural ceremony took place.",
    })
    void noCeremony(String headline, String body) throws DocumentException {
        assertEquals(List.of(), read(headline, body), body);
    }
}
