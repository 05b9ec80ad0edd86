package org.constitutionkg.extract;

import static org.constitutionkg.extract.ExtractionCases.assertInfobox;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A place value written as an address ("Council Room, Hall of Envoys, Nagaville, Ytown") is the building and where it
 * lies, not four places met in by turns (stop 51: A236 gave districts as meeting places); the address from the
 * building on is another name of it, as the text writes it. Invented values.
 */
class AddressesInInfoboxTest {

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', value = {
        "Meeting Place: Council Room, Hall of Envoys, Nagaville, Ytown|Assembly_of_Xland meetingPlace Hall_of_Envoys|true",
        "Meeting Place: Council Room, Hall of Envoys, Nagaville, Ytown|Hall_of_Envoys location Ytown|true",
        "Meeting Place: Council Room, Hall of Envoys, Nagaville, Ytown|Assembly_of_Xland meetingPlace Nagaville|false",
        "Meeting Place: Council Room, Hall of Envoys, Nagaville, Ytown|Assembly_of_Xland meetingPlace Council_Room|false",
        "Meeting Place: Hall of Envoys, Nagaville, Upper Ward, Ytown|Assembly_of_Xland meetingPlace Upper_Ward|false",
        "Meeting Place: Hall of Envoys, Nagaville, Upper Ward, Ytown|Assembly_of_Xland meetingPlace Hall_of_Envoys|true",
        "Meeting Place: Council Room, Hall of Envoys, Nagaville, Ytown|Hall_of_Envoys altLabel Hall of Envoys, Nagaville, Ytown|true",
        "Meeting Place: Hall of Envoys, Nagaville, Ytown|Hall_of_Envoys location Nagaville|true",
        // towns met in by turns stay towns
        "Meeting Place: Halvik, Strand, Kessa, Telmar|Assembly_of_Xland meetingPlace Kessa|true",
        "Meeting Place: Halvik, Strand, Kessa, Telmar|Assembly_of_Xland meetingPlace Halvik|true",
    })
    void anAddressIsABuildingAndWhereItLies(String field, String fact, boolean holds, @TempDir Path tmp)
            throws Exception {
        assertInfobox("Assembly of Xland", field, fact, holds, tmp);
    }
}
