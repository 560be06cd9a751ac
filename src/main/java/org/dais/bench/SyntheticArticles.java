package org.dais.bench;

import java.util.List;
import java.util.Random;

/**
 * Articles in the genre, generated from generic inventories (romanized surnames and syllables,
 * titles, kinds of meeting and of body): any count, the same text for the same seed. For
 * benchmarks only; they carry the sentence forms the extractor reads, at realistic lengths.
 */
public final class SyntheticArticles {
    private static final List<String> SURNAMES = List.of("Kim", "Ri", "Pak", "Choe", "Jong", "Kang", "Jo", "Han", "Ryu", "Hyon",
            "Ma", "Pyon", "Sok", "Ju", "Ko", "Yun", "Hwang", "Cha", "Paek", "O", "Ham", "Sin", "Jang", "Rim", "Kwak", "Tak");
    private static final List<String> SYLLABLES = List.of("Chol", "Song", "Myong", "Il", "Yong", "Kwang", "Jin", "Su", "Ho", "Nam",
            "Hyok", "Sok", "Chun", "Gil", "Tae", "Un", "Hui", "Sun", "Gwon", "Ryong", "Bok", "Sik", "Hak", "Min", "Dok", "Rim", "Guk");
    private static final List<String> PLACES = List.of("Pukchang", "Kumya", "Ryongsong", "Taehung", "Hwasong", "Unjon", "Kosan",
            "Sonbong", "Yomju", "Kujang", "Tongsin", "Ryonggang", "Sakju", "Hyangsan", "Changsong", "Oro", "Toksong", "Myongchon");
    private static final List<String> LEVELS = List.of("County", "City", "District");
    private static final List<String> KINDS = List.of("Plenary Meeting", "Enlarged Meeting", "Conference", "Consultative Meeting");
    private static final List<String> BODIES = List.of("Central Committee of the Workers' Party of Korea",
            "Political Bureau of the Central Committee of the Workers' Party of Korea", "Central Military Commission of the WPK");
    private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December");
    private static final String FILLER = "The participants discussed in depth the practical ways for improving the work of the Party "
            + "organizations and for bringing about a fresh turn in the economic work and the people's living standard, reviewing "
            + "the achievements and shortcomings revealed in the work of the past period with a critical eye.";

    private final long seed;

    public SyntheticArticles(long seed) {
        this.seed = seed;
    }

    /** Article number {@code i}: its text depends only on the seed and i. */
    public String article(int i) {
        Random r = new Random(seed * 1_000_003L + i);
        int year = 2013 + r.nextInt(12), month = r.nextInt(12), day = 2 + r.nextInt(26);
        int ordinal = 1 + r.nextInt(20), term = 6 + r.nextInt(4);
        String kind = pick(r, KINDS), body = pick(r, BODIES);
        StringBuilder b = new StringBuilder(4096);
        b.append(ordinal).append(ordinalSuffix(ordinal)).append(' ').append(kind).append(" of ").append(term).append("th ")
                .append(body.replace("of the ", "")).append(" Held\n\n");
        b.append("Pyongyang, ").append(MONTHS.get(month)).append(' ').append(day).append(" (KCNA) -- The ").append(ordinal)
                .append(ordinalSuffix(ordinal)).append(' ').append(kind).append(" of the ").append(term).append("th ").append(body)
                .append(" was held on ").append(MONTHS.get(month)).append(' ').append(day - 1).append(", Juche ").append(year - 1911)
                .append(" (").append(year).append(").\n\n");
        b.append(person(r)).append(", general secretary of the Workers' Party of Korea, guided the meeting.\n\n");
        b.append("The platform was taken by ");
        int platform = 3 + r.nextInt(6);
        for (int k = 0; k < platform; k++) b.append(k == 0 ? "" : k == platform - 1 ? " and " : ", ").append(person(r));
        b.append(".\n\n");
        String reporter = person(r);
        b.append(reporter).append(", member of the Presidium of the Political Bureau and secretary of the WPK Central Committee, made a report.\n\n");
        b.append("Speeches were made by ");
        int speakers = 2 + r.nextInt(8);
        for (int k = 0; k < speakers; k++) {
            String place = pick(r, PLACES), level = pick(r, LEVELS);
            b.append(k == 0 ? "" : k == speakers - 1 ? ", and " : ", ").append(person(r)).append(", chief secretary of the ")
                    .append(place).append(' ').append(level).append(" Party Committee");
        }
        b.append(".\n\n");
        for (int k = 0; k < 3 + r.nextInt(6); k++) b.append(FILLER).append("\n\n");
        b.append("The meeting dealt with organizational matters.\n\n");
        b.append(person(r)).append(" was elected member of the Political Bureau of the WPK Central Committee.\n\n");
        return b.toString();
    }

    private static String person(Random r) {
        return pick(r, SURNAMES) + " " + pick(r, SYLLABLES) + " " + pick(r, SYLLABLES);
    }

    private static <T> T pick(Random r, List<T> list) {
        return list.get(r.nextInt(list.size()));
    }

    private static String ordinalSuffix(int n) {
        int m100 = n % 100, m10 = n % 10;
        return (m100 >= 11 && m100 <= 13) ? "th" : m10 == 1 ? "st" : m10 == 2 ? "nd" : m10 == 3 ? "rd" : "th";
    }
}
