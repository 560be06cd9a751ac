package org.dais.pipeline;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.dais.extract.Extraction;
import org.dais.ingest.DocumentException;
import org.dais.ingest.DocumentReaders;
import org.dais.rdf.IriMinter;

/**
 * Offices in the forms other outlets and years print them (invented persons, bodies and places): envoys abroad,
 * titles printed before the name, a bare title with the body of the others named with it, ministers of any rank,
 * a local body named by its kind after the article named its place, lists sharing one title.
 */
class OfficeFormsTest {
    private static final Pipeline PIPELINE = new Pipeline(new IriMinter(IriMinter.DEFAULT_BASE));

    /** person | title | organization of every office the article is read to report. */
    private static List<String> offices(String body) throws DocumentException {
        String article = "Officials Named\n\nPyongyang, March 4 (KCNA) -- " + body + "\n-0-\n";
        Extraction x = PIPELINE.extract(new DocumentReaders().read("2016-03-04_offices.txt", article.getBytes(StandardCharsets.UTF_8)));
        return x.offices().stream().map(o -> o.person() + " | " + o.office().title() + " | " + o.office().organization()).distinct().sorted().toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
            // The DPRK's own envoy abroad, after the name and before it.
            "Kang Chol Min, DPRK ambassador to the Republic of Tessaly, laid a wreath at the monument. # Kang Chol Min | ambassador to the Republic of Tessaly | Democratic People's Republic of Korea",
            "DPRK Ambassador Pom Chol Su presented his credentials to the president of the Republic of Tessaly on Friday. # Pom Chol Su | ambassador to the Republic of Tessaly | Democratic People's Republic of Korea",
            "DPRK Ambassador Jon Myong Hui has presented her credentials to the King of Ostmark. # Jon Myong Hui | ambassador to Ostmark | Democratic People's Republic of Korea",
            "DPRK Ambassador to Ostmark Yun Hye Gyong presented her credentials on Monday. # Yun Hye Gyong | ambassador to Ostmark | Democratic People's Republic of Korea",
            // A head's title printed before the name, with its body.
            "The delegation was led by General Director of the Civil Seaports Administration Pyon Jae Sok. # Pyon Jae Sok | general director | Civil Seaports Administration",
            "Minister of Coastal Shipping Tae Hyong Gu opened the new berth. # Tae Hyong Gu | minister | Ministry of Coastal Shipping",
            // A bare title: the body is that of the others named with the person.
            "Chairwoman Kim Ok Sim and members of the Kalmaru Women's Association welcomed them. # Kim Ok Sim | chairwoman | Kalmaru Women's Association",
            "Chairperson Ri Hyang Suk and members of the Association of Korean Fishermen in Mongolia greeted him. # Ri Hyang Suk | chairperson | Association of Korean Fishermen in Mongolia",
            "They were welcomed by Rector Ju Hak Song and other teaching staff members of the Tongrim University of Mining. # Ju Hak Song | rector | Tongrim University of Mining",
            // A foreign minister is the minister of the state's foreign affairs, printed after the name or before it.
            "Present there were Sin Kyong Ran, foreign minister of the DPRK, and officials concerned. # Sin Kyong Ran | minister | Ministry of Foreign Affairs",
            "DPRK Foreign Minister Sin Kyong Ran made a speech. # Sin Kyong Ran | minister | Ministry of Foreign Affairs",
            "They were seen off by Vice Foreign Minister Kye Hak Rim at the airport. # Kye Hak Rim | vice-minister | Ministry of Foreign Affairs",
            "A message went to Lidia Moreau, foreign minister of Mongolia, on Friday. # Lidia Moreau | minister | Ministry of Foreign Affairs of Mongolia",
            "Accompanying her were Vice-minister Jan Kowalik and other officials of the Foreign Ministry of the Republic of Tessaly. # Jan Kowalik | vice-minister | Foreign Ministry of the Republic of Tessaly",
            // A bare title, the others after a comma; titles printed before names of one body.
            "Present were Secretary General Mun Tok Ho, and other members of the Tongrim Writers Union. # Mun Tok Ho | secretary general | Tongrim Writers Union",
            "They were met by Manager Pae Sung Il and Deputy Manager Yun Chol of the Kalmaru Trading Company. # Yun Chol | deputy manager | Kalmaru Trading Company",
            // A minister of any rank heads a ministry of the portfolio named; the state's name is no portfolio.
            "Talks were held with Lidia Moreau, executive deputy minister of Trade of the Republic of Ostmark. # Lidia Moreau | executive deputy minister | Ministry of Trade of the Republic of Ostmark",
            // A portfolio of fields listed with commas is one ministry's name, not cut at the first comma.
            "A delegation led by Lidia Moreau, vice-minister of Energy, Mining and Water Resources of the Republic of Ostmark, arrived. "
                    + "# Lidia Moreau | vice-minister | Ministry of Energy, Mining and Water Resources of the Republic of Ostmark",
            "Present was Tak Chol Ho, minister of Culture, Sports and Tourism, and other officials. # Tak Chol Ho | minister | Ministry of Culture, Sports and Tourism",
            // A local body named by its kind is the one of the place the article named, by another of its bodies too.
            "Present were Ri Tong Chol, chief secretary of the Unjong County Committee of the WPK, and Han Kum Ok, chairwoman of the county people's committee. "
                    + "# Han Kum Ok | chairwoman | Unjong County People's Committee",
            "Ma Chun Sik, chairman of the Kumgol Provincial People's Committee, and Sok Yong Dae, chairman of the provincial rural economy committee, spoke. "
                    + "# Sok Yong Dae | chairman | Kumgol Provincial Rural Economy Committee",
            // An unnamed unit of a body, and a title between two names.
            "Ho Yun Bok, head of a department of the Kalmaru Medical University, spoke. # Ho Yun Bok | department head | Kalmaru Medical University",
            "Present were Kye Man Sop, vice-premier of the Cabinet, Chairwoman Sin Ok Ran of the Tongrim Weavers Union, and others. # Sin Ok Ran | chairwoman | Tongrim Weavers Union",
            // A Party primary committee, however printed, is the unit's: the WPK is no body of the unit's.
            "Pak Chol Ung, secretary of the primary committee of the Workers' Party of Korea of the Sokhu Textile Mill, made a report. "
                    + "# Pak Chol Ung | secretary of the primary Party committee | Sokhu Textile Mill",
            "Pak Chol Ung, secretary of the primary WPK committee of the Sokhu Textile Mill, made a report. "
                    + "# Pak Chol Ung | secretary of the primary Party committee | Sokhu Textile Mill",
            // "the youth league" is the one league the article names, even after the title.
            "Present were Ri Yong Sik, chairman of the Central Committee of the youth league, and others. Members of the Kalmaru Working Youth League pledged. "
                    + "# Ri Yong Sik | chairman | Central Committee of the Kalmaru Working Youth League",
            // An unnamed unit of a brigade, as an unnamed department: the unit's word is the title's.
            "Jo Hyon Bin, commander of a battalion of the Tongrim Youth Shock Brigade, made a speech. # Jo Hyon Bin | battalion commander | Tongrim Youth Shock Brigade",
            // A monarch printed before the name holds his state's crown as a president holds its presidency.
            "A message of greeting went to King Sverre Dahl of Norway on its national day. # Sverre Dahl | king | Norway",
            "Queen Solveig Arna of Denmark received the credentials of the new envoy. # Solveig Arna | queen | Denmark",
            "He sent a message to Emir Faisal Nadir of Qatar. # Faisal Nadir | emir | Qatar",
            "A message went to Sultan Hassan Idris of Oman on Friday. # Hassan Idris | sultan | Oman",
            "A message went to Grand Duke Felix Armand of Luxembourg. # Felix Armand | grand duke | Luxembourg",
            // A country ending in "-an" is a state, not read as a nationality adjective.
            "A message went to President Omar Saleh of Sudan on Friday. # Omar Saleh | president | Sudan",
            // A list sharing a plural title; an appointment to the post another was relieved of.
            "Kim Chol Hwan, Pak Yong Il and Jon Sun Hwa, vice-ministers of Inland Fisheries, were there. # Jon Sun Hwa | vice-minister | Ministry of Inland Fisheries",
            "Ko Thae Ryong was released from his post as chairman of the Tongrim City People's Committee and Yun Pok Sil was appointed to the post. "
                    + "# Yun Pok Sil | chairman | Tongrim City People's Committee",
    })
    void readAsItsOffice(String body, String expected) throws DocumentException {
        List<String> read = offices(body);
        assertTrue(read.contains(expected.strip()), body + " -> " + read);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
            // The vice-premier is no chairwoman of the Cabinet: the capitalised title is the next name's.
            "Present were Kye Man Sop, vice-premier of the Cabinet, Chairwoman Sin Ok Ran of the Tongrim Weavers Union, and others. # Kye Man Sop | chairwoman | Cabinet of the DPRK",
            // A local body of no place named is no office.
            "Present was Ri Tong Chol, secretary of the county committee of the Workers' Party of Korea. # Ri Tong Chol | secretary of the county committee | Workers' Party of Korea",
            "Kim Chol Hwan and Jon Sun Hwa, vice-chairmen of the Provincial People's Committee, were there. # Jon Sun Hwa | vice-chairman | Provincial People's Committee",
            // A unit's league committee is the unit's post, not the named league's.
            "Kye Sun Ok, secretary of the youth league committee of the Tongrim Rolling Stock Works, spoke. The Kalmaru Working Youth League pledged. "
                    + "# Kye Sun Ok | secretary | Kalmaru Working Youth League committee of the Tongrim Rolling Stock Works",
            // Two leagues named: "the youth league" is neither, and stays as printed.
            "Present were Ri Yong Sik, chairman of the Central Committee of the youth league, and others. The Kalmaru Working Youth League and the Tongrim Youth League pledged. "
                    + "# Ri Yong Sik | chairman | Central Committee of the Kalmaru Working Youth League",
            "Pak Chol Ung, secretary of the primary committee of the Workers' Party of Korea of the Sokhu Textile Mill, made a report. "
                    + "# Pak Chol Ung | secretary of the primary committee | Workers' Party of Korea of the Sokhu Textile Mill",
            // Officials of a body named by a common noun only: no body.
            "Chairwoman Kim Ok Sim and officials of the association welcomed them. # Kim Ok Sim | chairwoman | association",
            "They were seen off by Vice Foreign Minister Kye Hak Rim at the airport. # Kye Hak Rim | minister | Ministry of Foreign Affairs",
            // The first field alone is no ministry; a generic item after a body is still cut off ("..., Party officials and ...").
            "Present was Tak Chol Ho, minister of Culture, Sports and Tourism, and other officials. # Tak Chol Ho | minister | Ministry of Culture",
            "Present were Tak Chol Ho, chairman of the Kumgol Provincial People's Committee, Party officials and working people. "
                    + "# Tak Chol Ho | chairman | Kumgol Provincial People's Committee, Party officials and working people",
            // A foreign minister's title before the name is the state's office, not a DPRK ministry.
            "The talks were held with Minister of Trade Lidia Moreau of the Republic of Ostmark. # Lidia Moreau | minister | Ministry of Trade",
            // A bare envoy's country is only the one whose head received the credentials.
            "DPRK Ambassador Pom Chol Su met the president of the Republic of Tessaly on Friday. # Pom Chol Su | ambassador to the Republic of Tessaly | Democratic People's Republic of Korea",
            "Ambassador Pom Chol Su presented his credentials to the president of the Republic of Tessaly. # Pom Chol Su | ambassador to the Republic of Tessaly | Democratic People's Republic of Korea",
    })
    void notReadAs(String body, String absent) throws DocumentException {
        List<String> read = offices(body);
        assertFalse(read.contains(absent.strip()), body + " -> " + read);
    }
}
