package org.dais.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Names as written (invented names): spelling variants of one romanization meet, other spellings are kept. */
class PersonNamesTest {
    @Test
    void romanizationVariantsMeetButOtherSpellingsAreKeptAsWritten() {
        assertEquals("Ri Song Gwon", PersonNames.canonical("Ri Song-gwon"));
        assertEquals("Jong Ung Sik", PersonNames.canonical("Chŏng Ŭng-sik"));
        // The South's spellings name the South's people: never respelled as Pak, Yun or Ri.
        assertEquals("Park Myong Sun", PersonNames.canonical("Park Myong Sun"));
        assertEquals("Yoon Tae Ho", PersonNames.canonical("Yoon Tae Ho"));
        assertEquals("Lee Chang Sok", PersonNames.canonical("Lee Chang Sok"));
        // Inner capitals of a foreign name stay.
        assertEquals("Alan McKenzie", PersonNames.canonical("Alan McKenzie"));
        // A particle inside a foreign name stays lower case; a given name's last syllable does not.
        assertEquals("Pieter van der Molen", PersonNames.canonical("Pieter van der Molen"));
        assertEquals("Faisal bin Hamad al Saadi", PersonNames.canonical("Faisal bin Hamad al-Saadi"));
        assertEquals("Kim Tu Da", PersonNames.canonical("Kim Tu-da"));
    }

    @Test
    void initialsAndASurnameAreTheOneFullNameOfTheArticleWithThem() {
        Map<String, String> persons = new LinkedHashMap<>();
        persons.put("Viktor Ilyich Varensky", "Viktor Ilyich Varensky");
        persons.put("Viktor Varensky", "Viktor Varensky");
        persons.put("V. Varensky", "V. Varensky");
        persons.put("A.B. Linwood", "A.B. Linwood");
        persons.put("Alan Brook Linwood", "Alan Brook Linwood");
        persons.put("T. Orban", "T. Orban");
        persons.put("Tamas Orban", "Tamas Orban");
        persons.put("Tibor Orban", "Tibor Orban");
        persons.put("K. Marsh", "K. Marsh");
        persons.put("Lena Marsh", "Lena Marsh");
        KeyResolver.fullForeignNames(persons);
        assertEquals("Viktor Ilyich Varensky", persons.get("V. Varensky"));
        assertEquals("Alan Brook Linwood", persons.get("A.B. Linwood"));
        // Two full names with the initial: which one is meant is not known, so the initialled form stays.
        assertEquals("T. Orban", persons.get("T. Orban"));
        // Another initial is another person.
        assertEquals("K. Marsh", persons.get("K. Marsh"));
    }

    @Test
    void aForeignNameIsItsFullestFormInTheArticle() {
        Map<String, String> persons = new LinkedHashMap<>();
        persons.put("Ivan Sokolov", "Ivan Sokolov");
        persons.put("Ivan Petrovich Sokolov", "Ivan Petrovich Sokolov");
        persons.put("Anna Sokolova", "Anna Sokolova");
        persons.put("Kim Chol", "Kim Chol");
        persons.put("Kim Yong Chol", "Kim Yong Chol");
        KeyResolver.fullForeignNames(persons);
        assertEquals("Ivan Petrovich Sokolov", persons.get("Ivan Sokolov"));
        assertEquals("Anna Sokolova", persons.get("Anna Sokolova"));
        // Korean names are not shortened forms of each other: Kim Chol is not Kim Yong Chol.
        assertEquals("Kim Chol", persons.get("Kim Chol"));
    }

    @Test
    void aSurnameAloneIsTheOneFullNameEndingOrPinyinBeginningWithIt() {
        Map<String, String> persons = new java.util.LinkedHashMap<>();
        for (String n : java.util.List.of("Halvar Ostby", "Ostby", "Gao Wenming", "Gao", "Lund", "Mira Lund", "Per Lund", "Okafor")) persons.put(n, n);
        KeyResolver.fullForeignNames(persons);
        assertEquals("Halvar Ostby", persons.get("Ostby"));
        assertEquals("Gao Wenming", persons.get("Gao"), "pinyin: the surname comes first");
        assertEquals("Lund", persons.get("Lund"), "two full names end with it: which is meant is not known");
        assertEquals("Okafor", persons.get("Okafor"), "no full name: as printed");
    }
}
