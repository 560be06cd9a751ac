package org.dais.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;

import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

/** Foreign persons from the office and nationality around them (all names invented). */
class ForeignNameFinderTest {
    private final ForeignNameFinder finder = new ForeignNameFinder();

    private List<String> names(String sentence) {
        String[] tokens = sentence.replaceAll("([,.;])", " $1").trim().split("\\s+");
        return Arrays.stream(finder.find(tokens)).map(s -> String.join(" ", Arrays.copyOfRange(tokens, s.getStart(), s.getEnd()))).toList();
    }

    @Test
    void nationalityAndOfficeBeforeTheName() {
        assertEquals(List.of("Anatoly Sverdlin"), names("He met Russian Defence Minister Anatoly Sverdlin in the capital."));
        assertEquals(List.of("Wen Zhaolin"), names("The message was sent to Chinese Premier Wen Zhaolin yesterday."));
        assertEquals(List.of("Khamphon Vilayvong"), names("The Lao President Khamphon Vilayvong was thanked."));
    }

    @Test
    void aForeignOfficeBeforeTheNameWhereTheSentenceNamesTheCountry() {
        assertEquals(List.of("Oleg Varensky"), names("Greetings came from the President of the Russian Federation Oleg Varensky on the day."));
        assertEquals(List.of("Igor Tamarin"), names("He received a delegation of the Russian Federation led by Vice-Minister of Defence Igor Tamarin."));
        assertEquals(List.of(), names("He received a delegation led by Vice-Minister of Defence Igor Tamarin."), "no country, no foreigner");
    }

    @Test
    void aForeignOfficeAfterTheName() {
        assertEquals(List.of("Boris Levchenko"), names("He received Boris Levchenko, secretary of the Security Council of the Russian Federation."));
        assertEquals(List.of("Tran Minh Duc"), names("Present there was Tran Minh Duc, Vietnamese ambassador to the DPRK."));
    }

    @Test
    void aStateOfficeNamesAPersonWithNoCountryTheLexiconKnows() {
        assertEquals(List.of("Amadou Keita"), names("He received Amadou Keita, minister of Foreign Affairs of the Republic of Vemba, at the hall."));
        assertEquals(List.of("Lucia Ferrante"), names("Also present was Lucia Ferrante, minister of Science, Technology and Innovation, with her party."));
        assertEquals(List.of("Ingrid Solberg"), names("Talks were held with Ingrid Solberg, prime minister of Vestria, on Friday."));
        assertEquals(List.of("Mateo Ruiz Alvarado"), names("A message went to Prime Minister Mateo Ruiz Alvarado on Friday."));
        // A word opening the sentence is no part of the name; a Korean name is the Korean finder's.
        assertEquals(List.of("Lucia Ferrante"), names("Also Lucia Ferrante, minister of Culture of the Republic of Vemba, spoke."));
        assertEquals(List.of(), names("He met Pak Chol Su, minister of Culture, and Premier Ri Myong Gil."));
        // A country after "of" or "the" is the office's, not a name before the next office.
        assertEquals(List.of(), names("Greetings came from the sultan of Brunei, the emir of the State of Kuwait and the president of Nepal."));
        // No state's office: a body's officer is not found this way.
        assertEquals(List.of(), names("He met Lucia Ferrante, manager of the Vemba Trading House."));
    }

    @Test
    void anArabicParticleIsPartOfTheNameAndAHyphenedBodyIsNoName() {
        // Before glued-word repair took the name stage's copy, "al-" was cut off by the name stage; the finder reads it now.
        assertEquals(List.of("Salman Bin Rashid al-Mansour"), names("He received a message from Salman Bin Rashid al-Mansour, king of the Kingdom of Bahrain."));
        assertEquals(List.of(), names("A member of the Friendship Society Finland-Korea and the Italian ambassador met."));
    }

    @Test
    void particlesInsideANameAndAnInitialBeforeItArePartOfIt() {
        assertEquals(List.of("Pieter van der Molen"), names("Greetings came from Pieter van der Molen, prime minister of the Kingdom of the Netherlands."));
        assertEquals(List.of("Ana Maria de la Torre"), names("He thanked Ana Maria de la Torre, minister of Culture of the Republic of Peru."));
        assertEquals(List.of("Faisal bin Hamad al-Saadi"), names("A message came from Faisal bin Hamad al-Saadi, minister of Foreign Affairs of the State of Qatar."));
        // The tokenizer cuts the initial's stop off: "K . Voronin" is the span's tokens.
        assertEquals(List.of("K . Voronin"), names("He received a message from K. Voronin, chairman of the Central Committee of the Communist Party of the Russian Federation."));
        // A particle neither opens nor ends a name, and a lower-case word is no particle of one.
        assertEquals(List.of("Pieter Molen"), names("Greetings came from van Pieter Molen, prime minister of the Kingdom of the Netherlands."));
        assertEquals(List.of(), names("Workers and the van drivers of Peru, minister of Culture of the Republic of Peru, met."));
    }

    @Test
    void twoInitialsApartOrInOneTokenOpenAName() {
        assertEquals(List.of("A . B . Linwood"), names("A delegation headed by Prime Minister A. B. Linwood of Canada arrived here."));
        assertEquals(List.of("S . T . Varga"), names("Greetings came from S. T. Varga, president of Hungary, on the day."));
        assertEquals(List.of(), names("A delegation headed by A. B. arrived here from Canada."), "initials alone are no name");
    }

    @Test
    void aCompanysManagerBeforeItsCountry() {
        // Tokens as the rule tokenizer cuts them: "Co." is "Co" and ".".
        assertEquals(List.of("Zhou Minghao"), names("Baskets came from Zhou Minghao, general manager of the Yanbian Lihua Trading Co. Ltd. of China."));
        assertEquals(List.of("Fang Ruolin"), names("Baskets came from Fang Ruolin, managing director of the Harbin Tiancheng Co. Ltd of China."));
        assertEquals(List.of(), names("Baskets came from the director of the Harbin Tiancheng Co. Ltd of China."), "a company's words are no name");
        assertEquals(List.of("Pavel Hrubec"), names("A message went to Pavel Hrubec, foreign minister of the Czech Republic, on Monday."));
    }

    @Test
    void koreanNamesAndBodiesAreNotForeignPersons() {
        assertEquals(List.of(), names("He met Premier Pak Chol Su of the Cabinet and the Russian Federation Council delegation."));
        assertEquals(List.of(), names("A delegation of the Russian Federation Government arrived."));
        Span[] none = finder.find(new String[0]);
        assertEquals(0, none.length);
    }

    @Test
    void theOnePassGateSaysWhatBothPatternsSay() {
        // Pieces of foreign words and their look-alikes, touching letters or not.
        String[] pieces = {"Russia", "Russian", "n", "India", "Indiana", "U.S.", "Republic of Ghana", "Chin", "China", " ", "-", "x", "A", "(", "\u00c9", "'s", "Viet Nam", "Korea"};
        java.util.Random random = new java.util.Random(15);
        for (int round = 0; round < 30000; round++) {
            StringBuilder b = new StringBuilder();
            for (int i = random.nextInt(6); i > 0; i--) b.append(pieces[random.nextInt(pieces.length)]);
            String text = b.toString();
            int expected = !ForeignNameFinder.MAY_NAME_FOREIGNER.matcher(text).find() ? ForeignNameFinder.NONE
                    : ForeignNameFinder.FOREIGN.matcher(text).find() ? ForeignNameFinder.WHOLE_WORD : ForeignNameFinder.INSIDE_A_WORD;
            org.junit.jupiter.api.Assertions.assertEquals(expected, ForeignNameFinder.foreignMentions(text), "'" + text + "'");
        }
    }

    @Test
    void aSurnameAloneAfterAHeadsOrACourtesyTitle() {
        assertEquals(List.of("Halvorsen"), names("Prime Minister Halvorsen visited the port and spoke."));
        assertEquals(List.of("Okafor"), names("The Tessalian President Okafor said so on Monday."));
        assertEquals(List.of("Brandvold"), names("Secretary-General Brandvold made improper remarks."));
        assertEquals(List.of("Lindqvist"), names("Mr. Lindqvist thanked the hosts."));
        // A Korean surname, a common English word, a longer name after the title: none is a surname alone.
        assertEquals(List.of(), names("Premier Pak spoke at the meeting."));
        assertEquals(List.of(), names("The President Generation gathered there."));
        assertEquals(List.of("Halvorsen Ostby"), names("Prime Minister Halvorsen Ostby visited the port."));
    }
}
