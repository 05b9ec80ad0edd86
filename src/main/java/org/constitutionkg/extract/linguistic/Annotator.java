package org.constitutionkg.extract.linguistic;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.regex.Pattern;

import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

/**
 * The linguistic layer of prose extraction, from Apache OpenNLP and its Universal Dependencies English models (the
 * {@code opennlp-models-*-en} artifacts): a sentence becomes tokens with their character spans, universal
 * part-of-speech tags and lemmas. The models are read once; each thread has its own tools (they are not
 * thread-safe, the models are).
 * <pre>
 *   Annotated a = Annotator.get().annotate("The council was abolished in 1934.");
 *   a.lemma(3);   // "abolish"
 *   a.tag(3);     // "VERB"
 * </pre>
 */
public final class Annotator {

    private static final String TOKENS = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    private static final String POS = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    private static final String LEMMAS = "/opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";

    /** A number written in digits, with its thousands separators or decimals: "1922", "2,215", "3.5". */
    private static final Pattern NUMBER = Pattern.compile("\\d{1,3}(?:[,.]\\d{3})+|\\d+(?:\\.\\d+)?");

    private final TokenizerModel tokenizerModel;
    private final POSModel posModel;
    private final LemmatizerModel lemmatizerModel;
    private final ThreadLocal<Tools> tools;
    /**
     * Lemmas found, by word and tag: a word is lemmatized alone (its tag its only context), so one word with one tag
     * has one lemma, and the model need not be asked twice (it was a tenth of a large build's time). Bounded: past
     * {@link #LEMMAS_KEPT} words it keeps what it has and asks the model for the rest.
     */
    private final java.util.concurrent.ConcurrentHashMap<String, String> lemmas = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int LEMMAS_KEPT = 200_000;

    private record Tools(TokenizerME tokenizer, POSTaggerME tagger, LemmatizerME lemmatizer) {
    }

    private Annotator() {
        tokenizerModel = fast(load(TOKENS, TokenizerModel::new));
        posModel = greedy(load(POS, POSModel::new));
        lemmatizerModel = load(LEMMAS, LemmatizerModel::new);
        tools = ThreadLocal.withInitial(() -> new Tools(new TokenizerME(tokenizerModel), new POSTaggerME(posModel),
                new LemmatizerME(lemmatizerModel)));
    }

    private interface ModelReader<M> {
        M read(InputStream in) throws IOException;
    }

    /**
     * The tokenizer with OpenNLP's alphanumeric shortcut: a run of letters and digits between spaces is one token
     * without asking the model at each of its characters (the model file leaves the shortcut off). Half the
     * tokenizer's time; on the corpus and the audit sets (6,462 lines) it splits only "100px" and "meetingPlace"
     * (layout leftovers) otherwise.
     */
    private static TokenizerModel fast(TokenizerModel model) {
        return new TokenizerModel(model.getMaxentModel(), new java.util.HashMap<>(),
                new opennlp.tools.tokenize.TokenizerFactory(model.getLanguage(), model.getAbbreviations(), true, null));
    }

    /**
     * The tagger with a beam of one (the model file asks for three): half the tagger's time, and on the corpus and
     * the audit sets (7,506 sentences, 104,713 tokens) not one tag differs.
     */
    private static POSModel greedy(POSModel model) {
        return new POSModel(model.getLanguage(), model.<opennlp.tools.ml.model.MaxentModel>getArtifact("pos.model"), 1,
                new java.util.HashMap<>(), model.getFactory());
    }

    private static <M> M load(String resource, ModelReader<M> reader) {
        try (InputStream in = Annotator.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing OpenNLP model " + resource + " (opennlp-models-*-en)");
            }
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read OpenNLP model " + resource, e);
        }
    }

    private static final class Holder {
        static final Annotator INSTANCE = new Annotator();
    }

    /** A word of a past participle's ending: "known", "regarded", "taken", "written", "chosen", "given". */
    private static final Pattern PARTICIPLE = Pattern.compile("\\p{Ll}{2,}(?:ed|own|ken|tten|osen|iven)");

    /** The tags of closed word classes, none of whose words ends in -ed (a subordinator may: "provided that"). */
    private static final java.util.Set<String> CLOSED = java.util.Set.of("CCONJ", "DET", "PRON", "ADP");

    /** The demonstratives, which the tagger may take for pronouns or subordinators before a noun in -ing. */
    private static final java.util.Set<String> DEMONSTRATIVES = java.util.Set.of("this", "that", "these", "those");

    /** Nouns in -ing that stand after a name as its second noun ("the Diet building", "a Council meeting"). */
    private static final java.util.Set<String> ING_NOUNS = org.constitutionkg.extract.Lexicon.lowerWords("ing-nouns.txt");

    /** Whether a word opens with a capital, past a hyphen the tokenizer left on it ("-General" of "Estates-General"). */
    private static boolean capitalised(String word) {
        String w = word.startsWith("-") || word.startsWith("–") ? word.substring(1) : word;
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0));
    }

    /** The annotator of the English models (loaded on first use). */
    public static Annotator get() {
        return Holder.INSTANCE;
    }

    /**
     * Tokens and tags of one sentence; lemmas are found when asked for, token by token (the lemmatizer costs ten
     * times the tagger over a whole sentence, and only verbs need one).
     */
    public Annotated annotate(String sentence) {
        Tools t = tools.get();
        Span[] spans = t.tokenizer().tokenizePos(sentence);
        String[] words = Span.spansToStrings(spans, sentence);
        // the tagger's features see a number's digits, and it tags some numbers ("2,215") as names, and the noun after
        // them too: it is shown every number as one shape, and a number is a number
        String[] shaped = words.clone();
        boolean[] number = new boolean[words.length];
        for (int i = 0; i < shaped.length; i++) {
            number[i] = NUMBER.matcher(words[i]).matches();
            if (number[i]) {
                shaped[i] = "100";
            }
        }
        String[] tags = t.tagger().tag(shaped);
        for (int i = 0; i < shaped.length; i++) {
            if (number[i]) {
                tags[i] = "NUM";
            }
        }
        // it tags some adverbs before a participle as adjectives ("is commonly called", "was formally titled"), which
        // hides the verb group: a word in -ly right before a verb modifies the verb
        // and some after a verb as prepositions ("called simply the Charter"): no English preposition ends in -ly
        for (int i = 0; i < words.length; i++) {
            boolean ly = words[i].length() > 4 && words[i].endsWith("ly") && Character.isLowerCase(words[i].charAt(0));
            if (ly && (tags[i].equals("ADP") || tags[i].equals("ADJ") && i + 1 < words.length
                    && tags[i + 1].equals("VERB"))) {
                tags[i] = "ADV";
            }
        }
        // it takes a verb after a name with a numeral for a word of a closed class ("King Ivo II annulled" as a
        // conjunction): no conjunction, determiner, pronoun or preposition ends in -ed, a past form does
        for (int i = 0; i < words.length; i++) {
            if (CLOSED.contains(tags[i]) && words[i].length() > 4 && words[i].endsWith("ed")
                    && words[i].chars().allMatch(Character::isLowerCase)) {
                tags[i] = "VERB";
            }
        }
        // after an auxiliary and an adverb it takes some participles for adjectives ("is often known simply as", "was
        // widely regarded as"): a word of a participle's ending there, before an adverb or a preposition, is the verb
        for (int i = 2; i + 1 < words.length; i++) {
            if (tags[i].equals("ADJ") && tags[i - 1].equals("ADV") && tags[i - 2].equals("AUX")
                    && (tags[i + 1].equals("ADV") || tags[i + 1].equals("ADP"))
                    && PARTICIPLE.matcher(words[i]).matches()) {
                tags[i] = "VERB";
            }
        }
        // after a capitalised noun it takes a participle for the second noun of a compound ("a Landsting consisting
        // of A and B", "the Diet sitting in X"): a word in -ing between a name and a preposition is a verb, unless a
        // noun of that form ("building", "meeting": ING_NOUNS)
        for (int i = 1; i + 1 < words.length; i++) {
            if (tags[i].equals("NOUN") && tags[i + 1].equals("ADP") && words[i].length() > 5 && words[i].endsWith("ing")
                    && Character.isLowerCase(words[i].charAt(0)) && capitalised(words[i - 1])
                    && (tags[i - 1].equals("NOUN") || tags[i - 1].equals("PROPN") || words[i - 1].startsWith("-"))
                    && !ING_NOUNS.contains(words[i].toLowerCase(java.util.Locale.ROOT))) {
                tags[i] = "VERB";
            }
        }
        // after a preposition and a determiner it takes the noun of a phrase in -ing for a verb ("At that sitting the
        // assembly adopted", "at the same meeting", "during the following sitting"), which makes a clause of the
        // phrase and hides the sentence's own: a word in -ing that a preposition's determiner opens, and that no noun
        // follows (then it is the phrase's head), is a noun; the demonstrative before it a determiner
        for (int i = 2; i < words.length; i++) {
            if (!tags[i].equals("VERB") || !words[i].endsWith("ing") || words[i].length() < 5
                    || !Character.isLowerCase(words[i].charAt(0))
                    || i + 1 < words.length && (tags[i + 1].equals("NOUN") || tags[i + 1].equals("ADJ"))) {
                continue;
            }
            int j = i - 1;
            while (j > 0 && (tags[j].equals("ADJ") || (tags[j].equals("VERB") || tags[j].equals("NOUN"))
                    && words[j].endsWith("ing"))) {
                j--;
            }
            boolean determiner = tags[j].equals("DET") || DEMONSTRATIVES.contains(words[j].toLowerCase(
                    java.util.Locale.ROOT));
            if (j >= 1 && determiner && tags[j - 1].equals("ADP")) {
                tags[j] = "DET";
                for (int k = j + 1; k < i; k++) {
                    tags[k] = "ADJ"; // ("the following sitting")
                }
                tags[i] = "NOUN";
            }
        }
        LemmatizerME lemmatizer = t.lemmatizer();
        return new Annotated(sentence, spans, words, tags, new String[words.length],
                i -> lemma(lemmatizer, words[i], tags[i]));
    }

    private String lemma(LemmatizerME lemmatizer, String word, String tag) {
        String key = word + '\t' + tag;
        String lemma = lemmas.get(key);
        if (lemma == null) {
            lemma = lemmatizer.lemmatize(new String[] {word}, new String[] {tag})[0];
            if (lemmas.size() < LEMMAS_KEPT) {
                lemmas.put(key, lemma);
            }
        }
        return lemma;
    }
}
