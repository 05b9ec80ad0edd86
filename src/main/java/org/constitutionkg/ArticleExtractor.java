package org.constitutionkg;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.constitutionkg.article.Article;
import org.constitutionkg.article.Problem;
import org.constitutionkg.extract.Facts;
import org.constitutionkg.extract.Facts.Origin;
import org.constitutionkg.extract.InfoboxExtractor;
import org.constitutionkg.extract.InfoboxMapping;
import org.constitutionkg.extract.Lexicon;
import org.constitutionkg.extract.NameFinder;
import org.constitutionkg.extract.Normalizer;
import org.constitutionkg.extract.prose.ProseExtractor;
import org.constitutionkg.extract.prose.ProseRule;

/**
 * Extracts what one article states, generically: infobox fields through {@code infobox.tsv}, sentences through
 * {@code prose-rules.txt}. Entities are resolved later, across articles, by
 * {@link org.constitutionkg.extract.resolve.GraphBuilder}.
 * <pre>
 *   Facts f = new ArticleExtractor(problems::add).extract(article);
 * </pre>
 */
public final class ArticleExtractor {

    private static final Pattern CAPTION_SEPARATOR = Pattern.compile(",\\s*");

    private final Lexicon lexicon = Lexicon.get();
    private final NameFinder finder = new NameFinder(lexicon);
    private final Normalizer normalizer = new Normalizer(lexicon);
    private final InfoboxExtractor infobox;
    private final ProseExtractor prose;

    public ArticleExtractor(Consumer<Problem> problems) {
        Map<String, List<InfoboxMapping>> mappings = InfoboxMapping.load();
        this.infobox = new InfoboxExtractor(lexicon, finder, normalizer, mappings, problems);
        this.prose = new ProseExtractor(lexicon, finder, normalizer, ProseRule.load(lexicon), problems);
    }

    public Facts extract(Article article) {
        Facts facts = new Facts(article);
        prose.abbreviations(facts);
        facts.name(facts.subject(), article.title().text(), "en", Origin.TITLE,
                facts.source(article.title().line(), "= " + article.title().text() + " ="));
        if (article.caption() != null) {
            for (String n : captionNames(article.caption().text())) {
                facts.name(facts.subject(), n, lexicon.languageOrEnglish(n), Origin.DIRECT,
                        facts.source(article.caption().line(), article.caption().text()));
            }
        }
        infobox.names(facts);
        facts.subjectClass(subjectClass(facts));
        infobox.facts(facts);
        prose.extract(facts);
        return facts;
    }

    /** "A, B" names two things when each part starts with a capital; "X, of Y" is one name with a stray comma. */
    static List<String> captionNames(String caption) {
        List<String> out = new java.util.ArrayList<>();
        for (String part : CAPTION_SEPARATOR.split(caption)) {
            if (part.isBlank()) {
                continue;
            }
            if (!out.isEmpty() && !NameFinder.capitalised(part)) {
                out.set(out.size() - 1, out.get(out.size() - 1) + " " + part.strip());
            } else {
                out.add(part.strip());
            }
        }
        return out;
    }

    private String subjectClass(Facts facts) {
        for (String n : facts.subjectNames()) {
            var c = normalizer.classify(n, facts.abbreviations());
            if (c.isPresent()) {
                return c.get();
            }
        }
        return infobox.typeClass(facts.article()).or(() -> infobox.subjectClassHint(facts.article())).orElse(null);
    }
}
