package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A lead-in of chairs with a qualifier of two words ("Its last two chairmen were:", "Its first three chairmen were:")
 * lists the body's chairs as one of one word does; a qualifier of another office in either word ("Its first deputy
 * chairmen were:", "Its two deputy chairmen were:") lists none. Invented names, in a section that names no chairs.
 */
class CountedChairListsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '#', value = {
        "Its last two chairmen were:#Council_of_Ministers_of_Velmar chair Ana_Holm#true",
        "Its first three chairmen were:#Council_of_Ministers_of_Velmar chair Ivo_Marek#true",
        "Its chairmen were:#Council_of_Ministers_of_Velmar chair Ana_Holm#true",
        "Its first deputy chairmen were:#Council_of_Ministers_of_Velmar chair Ana_Holm#false",
        "Its two deputy chairmen were:#Council_of_Ministers_of_Velmar chair Ivo_Marek#false",
    })
    void chairsListed(String leadIn, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertArticle("= Council of Ministers of Velmar =\n\nThe Council of Ministers of Velmar was the "
                + "government of Velmar from 1950 to 1990.\n\n== History ==\nIn 1989 it lost power. " + leadIn
                + "\n- Ivo Marek (1989–1990)\n- Ana Holm (1990)\n", fact, holds, tmp);
    }
}
