package org.constitutionkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The language tag of a foreign name, from the letters only its language writes (invented names). */
class LanguageOfNameTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "Ústavný výbor Slovenskej republiky|sk",
        "Národná rada Západoslovenského kraja|sk",
        "Predsedníctvo Ľudovej rady|sk",
        "Zákon o pôde|sk",
        "Snemovňa národov Dravónie|sk",
        "Predsedníctvo Národnej rady|sk",
        "Tarvai Népköztársaság Minisztertanácsa|hu",
        "Kestriai Nemzetgyűlés|hu",
        "Ústavní výbor České republiky|cs",
        "Předsednictvo Národního shromáždění|cs",
        "Adunarea Națională a Provinciei|ro",
        "Consiliul de Stat al Țării|ro",
        "Országgyűlés elnöksége|hu",
        "Kuvendi Popullor i Shqipërisë|sq",
        "Verkhovna Rada — Верховна Рада України|uk",
        "Вярхоўны Савет Беларусі|be",
        // Uzbek writes ў with и (Belarusian never writes и), and ҳ; Tajik ҷ, ӣ, ӯ
        "Велмистон Олий Кенгаши Ўзбек|uz",
        "Ўрта Осиё Шўроси|uz",
        "Ҳукумат Велмистон|uz",
        "Шўрои Олии Ҷумҳурии Велм|tg",
        "Савет Міністраў Велміі|be",
        "Верховный Совет Союза|ru",
        // Bulgarian ъ is a vowel before a consonant; Russian writes it only as a sign before е, ё, ю, я
        "Велико събрание на Велмия|bg",
        "Държавен съвет на Остра|bg",
        "Министерски съвет|bg",
        "Съезд Советов Велмии|ru",
        "Объединённый совет|ru",
        "Государственный Совѣтъ|ru",
        "Улсын Их Хурал Монгол Улсын Үндсэн хууль|mn",
        "Скупштина Републике Србије — Народна скупштина Ђердапа|sr",
        "Собрание на Република Северна Македонија — Ѓорче|mk",
        "Landtag des Freistaates|de",
        "Sejm Ustawodawczy Rzeczypospolitej Polskiej — Zgromadzenie Narodowe Ziemi Łódzkiej|pl",
        "Savezna skupština Đakova|hr",
        "Saeimas priekšsēdētājs|lv",
        // Portuguese, Spanish and French by endings and words only they write, before letters they share with
        // others (Czech ú, German "des"; stop 51: A235 and A237 gave Spanish names as Czech, French ones as German)
        "Constituição Política da Velmânia|pt",
        "Conselho das Nações de Ostria|pt",
        "Constitución de la República de Norvia|es",
        "Asamblea de los Pueblos de Kelm|es",
        "Assemblée des Notables de Velm|fr",
        "Conseil des Anciens de Norvie|fr",
        "Chambre des pairs|fr",
        "Verfassung des Landes Kelm|de",
        "Rat des Volkes|de",
        "Ústavní soud Xlandu|cs",
        "Great Assembly of Villañueva|und",
        // č, š, ž are written by many languages: no guess from them alone
        "Narodna Skupština Xlanda|und",
        "Državni svet Norlanda|und",
        "Dogovor Morvečki|und",
    })
    void aForeignNameIsTaggedByTheLettersOfItsLanguage(String name, String tag) {
        assertEquals(tag, Lexicon.get().languageOf(name));
    }
}
