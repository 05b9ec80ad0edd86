package org.constitutionkg;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.constitutionkg.article.Article;
import org.constitutionkg.article.Problem;
import org.constitutionkg.extract.Facts;
import org.constitutionkg.extract.Facts.Origin;
import org.constitutionkg.extract.InfoboxExtractor;
import org.constitutionkg.extract.InfoboxMapping;
import org.constitutionkg.extract.Lexicon;
import org.constitutionkg.extract.NameFinder;
import org.constitutionkg.extract.Normalizer;
import org.constitutionkg.extract.text.Values;
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
            for (String n : Values.names(article.caption().text())) {
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
