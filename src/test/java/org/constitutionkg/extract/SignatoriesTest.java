package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Who signed, in invented sentences of each construction: a title before a person's name is no part of it, nor is
 * the state the person signed for ("Premier Pavel Drugov for Vastria", a state the data may not know); two surnames of
 * persons named before, joined by "and", are two persons; an office ("Chairman of the Council") is no person: in
 * apposition to a person's name it speaks of that person.
 */
class SignatoriesTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "Treaty of Ytown|The treaty was signed by Chairman Arvid Kolstrup for Norland and Premier Pavel Drugov for Vastria.|Treaty_of_Ytown signedBy Pavel_Drugov",
        "Treaty of Ytown|The treaty was signed by Chairman Arvid Kolstrup for Norland and Premier Pavel Drugov for Vastria.|Treaty_of_Ytown signedBy Arvid_Kolstrup",
        "Treaty of Ytown|Chairman Arvid Kolstrup signed it for Norland.|Treaty_of_Ytown signedBy Arvid_Kolstrup",
        "Treaty of Ytown|Arvid Kolstrup for Norland, Pavel Drugov for Vastria and Mirko Stanec for Ossenia signed the Treaty of Ytown.|Treaty_of_Ytown signedBy Mirko_Stanec",
        "Treaty of Ytown|The Treaty of Ytown, which Premier Pavel Drugov signed for Vastria, was short.|Treaty_of_Ytown signedBy Pavel_Drugov",
        // two surnames (a surname of a person named in full before, who drafted it, is that person)
        "Treaty of Ytown|Ivan Petrov and Olga Smirnova drafted it. The Treaty of Ytown was signed by Petrov and Smirnova.|Treaty_of_Ytown signedBy Olga_Smirnova",
        "Treaty of Ytown|Ivan Petrov drafted it. Petrov and Smirnova signed the Treaty of Ytown in 1950.|Treaty_of_Ytown signedBy Ivan_Petrov",
        "Treaty of Ytown|Ivan Petrov drafted it. Petrov and Smirnova signed the Treaty of Ytown in 1950.|Treaty_of_Ytown signedBy Smirnova",
        // an office in apposition speaks of the person
        "Fifth Congress of Xland|The congress was chaired by Arvid Kolstrup, Chairman of the Grand Council.|Fifth_Congress_of_Xland chair Arvid_Kolstrup",
        "Fifth Congress of Xland|Arvid Kolstrup, Chairman of the Grand Council, who was elected chairman of the congress, spoke first.|Fifth_Congress_of_Xland chair Arvid_Kolstrup",
        "Treaty of Ytown|It was signed by Arvid Kolstrup, Chairman of the Grand Council, and Pavel Drugov.|Treaty_of_Ytown signedBy Pavel_Drugov",
        "Treaty of Ytown|Arvid Kolstrup, Premier of Norland, signed the Treaty of Ytown.|Treaty_of_Ytown signedBy Arvid_Kolstrup",
        // titles by their shape: several, hyphenated, abbreviated, before a name with a particle or a noble's land
        "Treaty of Ytown|It was signed by Chairman Arvid Kolstrup of the Grand Council and Foreign Minister Pavel Drugov.|Treaty_of_Ytown signedBy Arvid_Kolstrup",
        "Treaty of Ytown|It was signed by Chairman Arvid Kolstrup of the Grand Council and Foreign Minister Pavel Drugov.|Treaty_of_Ytown signedBy Pavel_Drugov",
        "Treaty of Ytown|Minister-President Count Jan Olver signed the Treaty of Ytown in 1866.|Treaty_of_Ytown signedBy Jan_Olver",
        "Treaty of Ytown|The treaty was signed by Dr. Vera Holm and Baron Karl von Arnim.|Treaty_of_Ytown signedBy Vera_Holm",
        "Treaty of Ytown|The treaty was signed by Dr. Vera Holm and Baron Karl von Arnim.|Treaty_of_Ytown signedBy Karl_von_Arnim",
        "Treaty of Ytown|The Treaty of Ytown, which Duke Otto of Westmark signed, was short.|Treaty_of_Ytown signedBy Otto_of_Westmark",
        "Treaty of Ytown|Its signatories were Privy Councillor Ida Lind and General Piet Maas.|Piet_Maas rdf:type Person",
        // a body's name with "for" stays whole
        "Grand Diet of Xland|The diet elected the Commission for Reform of Xland in 1930.|Commission_for_Reform_of_Xland electedBy Grand_Diet_of_Xland",
        // a signer and the state he signed for, "X of Y": the person
        "Treaty of Ytown|The treaty was signed by Ivo Marek of Norland, Vera Holm of Vastria and Jan Olver of Ossenia.|Treaty_of_Ytown signedBy Jan_Olver",
        "Treaty of Ytown|Vera Holm of Vastria signed the Treaty of Ytown in 1950.|Treaty_of_Ytown signedBy Vera_Holm",
        "Treaty of Ytown|It was signed by Ivo Marek of Norland in 1950.|Ivo_Marek rdf:type Person",
        "Treaty of Ytown|The Treaty of Ytown, which Ivo Marek of Norland signed, ended the war.|Treaty_of_Ytown signedBy Ivo_Marek",
        "Treaty of Ytown|It was signed by Vera Holm of the State Council of Norland.|Treaty_of_Ytown signedBy Vera_Holm",
    })
    void signersAreThePersons(String title, String sentence, String expected, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertStates(title, sentence, expected, tmp);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "Treaty of Ytown|The treaty was signed by Chairman Arvid Kolstrup for Norland and Premier Pavel Drugov for Vastria.|Treaty_of_Ytown signedBy Chairman_Arvid_Kolstrup_for_Norland",
        "Treaty of Ytown|Arvid Kolstrup for Norland, Pavel Drugov for Vastria and Mirko Stanec for Ossenia signed the Treaty of Ytown.|Treaty_of_Ytown signedBy Pavel_Drugov_for_Vastria_and_Mirko_Stanec_for_Ossenia",
        "Treaty of Ytown|Ivan Petrov drafted it. Petrov and Smirnova signed the Treaty of Ytown in 1950.|Treaty_of_Ytown signedBy Petrov_and_Smirnova",
        "Fifth Congress of Xland|The congress was chaired by Arvid Kolstrup, Chairman of the Grand Council.|Chairman_of_the_Grand_Council rdf:type Person",
        "Fifth Congress of Xland|The Chairman of the Grand Council chaired the congress.|Chairman_of_the_Grand_Council rdf:type Person",
        "Treaty of Ytown|It was signed by Arvid Kolstrup, Chairman of the Grand Council, and Pavel Drugov.|Treaty_of_Ytown signedBy Chairman_of_the_Grand_Council",
        "Treaty of Ytown|Arvid Kolstrup, Premier of Norland, signed the Treaty of Ytown.|Premier_of_Norland rdf:type Person",
        "Treaty of Ytown|It was signed by Chairman Arvid Kolstrup of the Grand Council and Foreign Minister Pavel Drugov.|Treaty_of_Ytown signedBy Arvid_Kolstrup_of_the_Grand_Council_and_Foreign_Minister_Pavel_Drugov",
        "Treaty of Ytown|Minister-President Count Jan Olver signed the Treaty of Ytown in 1866.|Treaty_of_Ytown signedBy Minister-President_Count_Jan_Olver",
        // the states whose heads signed are no signers, nor persons
        "Treaty of Ytown|The treaty was signed by the presidents of Norland, Vastria, Ossenia and Brell.|Treaty_of_Ytown signedBy Vastria",
        "Treaty of Ytown|The treaty was signed by the presidents of Norland, Vastria, Ossenia and Brell.|Vastria rdf:type Person",
        "Treaty of Ytown|It was signed by the heads of government of Norland and Vastria in 1950.|Treaty_of_Ytown signedBy Norland",
        "Treaty of Ytown|The presidents of Norland and Vastria signed the Treaty of Ytown.|Norland rdf:type Person",
        "Treaty of Ytown|The treaty was signed by Ivo Marek of Norland, Vera Holm of Vastria and Jan Olver of Ossenia.|Vera_Holm_of_Vastria rdf:type Person",
        "Treaty of Ytown|Ivo Marek of Norland and Vera Holm of Vastria signed the Treaty of Ytown in 1950.|Treaty_of_Ytown signedBy Ivo_Marek_of_Norland",
    })
    void noSignerIsAJoinedName(String title, String sentence, String unexpected, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertDoesNotState(title, sentence, unexpected, tmp);
    }
}
