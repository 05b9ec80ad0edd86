package org.constitutionkg.extract.prose;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.constitutionkg.extract.Discourse;
import org.constitutionkg.extract.Facts;
import org.constitutionkg.extract.Facts.NameRef;
import org.constitutionkg.extract.Facts.Origin;
import org.constitutionkg.extract.text.Values;
import org.constitutionkg.extract.Facts.Ref;
import org.constitutionkg.extract.Facts.Source;
import org.constitutionkg.extract.Lexicon;
import org.constitutionkg.extract.NameFinder;
import org.constitutionkg.extract.Normalizer;
import org.constitutionkg.extract.OntologyClasses;
import org.constitutionkg.extract.frames.FrameMatcher;
import org.constitutionkg.extract.text.DateParser;
import org.constitutionkg.extract.text.Patterns;
import org.constitutionkg.extract.text.Sentences;

/**
 * Reads what a sentence says in parentheses after a name: its names in other languages (labelled, in another script,
 * transliterated), its abbreviation (bound to the phrase it spells), another name in quotes, a later name ("later the
 * State Committee"), what it replaced ("instead of ...") and where it met.
 */
final class Asides {

    /** An abbreviation's letters: "CPSU", "CoM", "U.S.S.R.", "B-VG" (a hyphen between its letters). */
    private static final String ABBR = "\\p{Lu}(?:-?\\p{Ll}?[\\p{Lu}.]){1,9}\\p{Ll}?"; // (and "VSNKh": a last lower-case letter)
    private static final Pattern ABBREVIATION = Pattern.compile(ABBR);
    /** An abbreviation, then another name after ", also" ("or" may name another body): "VMRC, also the Velm Milkom". */
    private static final Pattern ABBREVIATION_ALSO = Pattern.compile(
            "(" + ABBR + "),\\s+also\\s+(?:the\\s+)?(\\p{Lu}.*)");
    /** An abbreviation of one or two words: "CPSU", "ЦИК ХССР". */
    private static final Pattern ABBREVIATIONS = Pattern.compile(ABBR + "(?: " + ABBR + ")?");
    private static final Pattern LABELLED = Pattern.compile("([\\p{L}.\\-'’ ]{2,30}?):\\s+");
    /** A remark that is another name in quotes: "(or "little charter")", "(also "the old law")". */
    private static final Pattern OR_QUOTED = Pattern.compile(
            "(?:or|also|also called|also known as) [\"“](?:the )?([^\"“”]{2,60})[\"”]");
    /** What follows a name up to a remark when it is a description in apposition to it: ", a provisional statute". */
    private static final Pattern APPOSITION = Pattern.compile(", (?:a|an|the) [\\p{Ll}\\s-]{2,60}");
    /** The text before a remark ends with what a verb of naming calls "it": "historians refer to it as ...". */
    private static final Pattern NAMING_IT = Pattern.compile("(?i)(?:\\bit\\b[^()]{0,40}?\\b(?:known|called|"
            + "referred to|termed|dubbed|styled)|\\b(?:refer(?:s|red)? to|call(?:s|ed)?|know(?:s)?) it)(?: as)? "
            + "[^,;()]{1,60}$");
    /** Two spellings or two names of one thing in one language: "A / B", "A or B" (the second capitalised). */
    private static final Pattern SLASH = Pattern.compile("\\s+/\\s+|,? or (?=\\p{Lu})");
    /** A comma before the next "Language: " label. */
    private static final Pattern LABEL_SEPARATOR = Pattern.compile(",\\s*(?=[\\p{L}.\\- ]{2,30}:\\s)");
    private static final Pattern COMMA = Pattern.compile(",\\s+");
    /** An adverb that marks the name after it as a later name of the place before ("today Kelmov", "now Kelmov"). */
    private static final Pattern NAMING_ADVERB = Pattern.compile("^(?:today|nowadays|now)\\s+");
    private static final Pattern MEETING = Pattern.compile(
            "(?s)(?:which (?:was )?)?(?:held|convened|met|took place|opened|assembled)\\b.*");
    private static final Pattern LATER = Pattern.compile(FrameMatcher.LATER + "\\b");
    /**
     * A preposition right before a name: "adopted by the Diet (instead of the Senate)" says who acted, "sent to the
     * Senate (instead of ...)" where to; neither that one body replaced another.
     */
    private static final Pattern GOVERNED = Pattern.compile("\\b(?:by|to|in|at|from|with|for|of|on|into|before) "
            + "(?:the |a |an )?$");
    /** A remark that gives another name, unquoted: "(also called the Vardo Protocol)", "(also known as X)". */
    private static final Pattern ALSO = Pattern.compile(
            "^(?:(?:(?:" + Lexicon.NAMING_ADVERBS_BEFORE_VERB + "|often|also) )?(?:also )?(?:called|known(?: " + Lexicon.NAMING_ADVERBS + ")? as|named|termed|titled|styled|referred to"
            + "(?: " + Lexicon.NAMING_ADVERBS + ")? as|shortened to|abbreviated (?:to|as))(?: " + Lexicon.NAMING_ADVERBS
            + ")?|" + Lexicon.NAMING_ADVERBS
            + "|a\\.k\\.a\\.?) ((?:the )?(?:\\d{4} )?\\p{Lu}[^()]*)$");
    /**
     * Another name said after a labelled name and a comma, with a verb of naming: "Swedish: Riksens ständer, later
     * called Ståndsriksdagen", "..., also known as Stora rådet" (a name of the same thing, in the label's language).
     */
    private static final Pattern NAMED_AFTER = Pattern.compile(",\\s*(?:(?:later|subsequently|afterwards|now|today|"
            + "since \\d{4}|from \\d{4}) )?(?=\\p{Ll})" + ALSO.pattern().substring(1));
    /** A phrase of time that ends a name said with a verb of naming: "until 1918", "from 1920", "after 1867". */
    private static final Pattern WHEN_AFTER = Pattern.compile(
            "\\s+(?:until|till|from|since|after|before|in|between)\\s+(?:\\d{1,2} )?(?:\\p{L}+ )?\\d{4}.*$");
    /** A remark that gives a former name: "(formerly the X)", "(until September 1990 the X)", "(before 1990: X)". */
    private static final Pattern FORMER = Pattern.compile("^(?:formerly|originally|previously|(?:until|till|before|up to)"
            + " (?:(?:\\d{1,2} )?(?:" + DateParser.MONTH + ") )?\\d{4})[,:]? ((?:the )?\\p{Lu}.*)$");
    /** A remark that says what the name before it took the place of: "(instead of the Senate, ...)". */
    private static final Pattern INSTEAD = Pattern.compile("^(?:instead of|in place of|replacing) ");
    /** A pronunciation guide in slashes that opens a remark: "/de/, ". */
    private static final Pattern PRONUNCIATION = Pattern.compile("^/[^/]{1,40}/[,;]?\\s*");
    /** A remark that is one phrase in quotes. */
    private static final Pattern QUOTED = Pattern.compile("^[\"“‘'](\\p{Lu}[^\"“”‘’]{1,60})[\"”’']$");

    private final Lexicon lexicon;
    private final NameFinder finder;
    private final Normalizer normalizer;
    private final FrameReader frames;
    private final SentenceRules rules;
    private final Map<String, String> languageNames;

    Asides(Lexicon lexicon, NameFinder finder, Normalizer normalizer, FrameReader frames, SentenceRules rules) {
        this.lexicon = lexicon;
        this.finder = finder;
        this.normalizer = normalizer;
        this.frames = frames;
        this.rules = rules;
        this.languageNames = lexicon.languageNames();
    }

    /** One remark in parentheses after the text before it. */
    void read(ReadingState st, Sentences.Aside a, String leadName, Source src) {
        List<NameFinder.Span> before = NameFinder.withWhole(a.before(), finder.all(a.before()), st.ownName);
        if (leadName != null && (st.ownName == null || leadName.length() > st.ownName.length())) {
            before = NameFinder.withWhole(a.before(), before, leadName); // (the subject's long official name)
        }
        if (a.content().isEmpty()) {
            return;
        }
        if (before.isEmpty() || before.get(before.size() - 1).end() != a.before().length()) {
            if (NAMING_IT.matcher(a.before()).find() && LABELLED.matcher(a.content().strip()).lookingAt()) {
                // "historians refer to it as the great charter (German: ...)": the gloss names what "it" is
                labelled(st.facts, st.current(), a.content().strip(), null, src);
            }
            Matcher quoted = OR_QUOTED.matcher(a.content().strip());
            if (!before.isEmpty() && quoted.matches()) {
                // "the Land Act of 1911, a provisional statute (or "little charter"),": a name of the thing the
                // description stands in apposition to
                NameFinder.Span last = before.get(before.size() - 1);
                String apposition = a.before().substring(last.end());
                if (APPOSITION.matcher(apposition).matches() && fits(apposition, last.text(), st.facts)) {
                    st.facts.nickname(refOf(st, last.text(), leadName), quoted.group(1), "en", src);
                }
            }
            return;
        }
        if (alsoNamed(st, a.content(), refOf(st, before.get(before.size() - 1).text(), leadName), src)) {
            return;
        }
        Matcher quoted = OR_QUOTED.matcher(a.content().strip());
        if (quoted.matches()) {
            // "the Charter of Xland (or "paper crown")"
            st.facts.nickname(refOf(st, before.get(before.size() - 1).text(), leadName), quoted.group(1), "en", src);
            return;
        }
        String spanName = before.get(before.size() - 1).text();
        Ref spanTarget = refOf(st, spanName, leadName);
        // "X, officially the Protocol on the Termination of A, B and C (Ostrian: ...)": the remark closes the
        // subject's official name, whose end the name finder cut at a comma or an "and"
        boolean official = spanTarget instanceof NameRef && OFFICIALLY.matcher(a.before()).find()
                && normalizer.classify(spanName, st.facts.abbreviations()).isEmpty();
        // "The president of Xland (Xish: ...)" in the article on the "President of Xland": the subject's name in lower
        // case closes before the remark, not merely the state's name at its end
        boolean subjectInLowerCase = !official && !st.facts.subject().equals(spanTarget)
                && st.facts.subjectNames().stream().anyMatch(n -> n.length() > spanName.length()
                        && a.before().length() >= n.length() && a.before().regionMatches(true,
                                a.before().length() - n.length(), n, 0, n.length())
                        && (a.before().length() == n.length() || a.before().regionMatches(true,
                                a.before().length() - n.length() - 4, "the ", 0, 4)));
        String name = official || subjectInLowerCase ? st.facts.article().title().text() : spanName;
        Ref target = official || subjectInLowerCase ? st.facts.subject() : spanTarget;
        if (MEETING.matcher(a.content()).matches()) {
            // "the First Congress (held from 3 to 9 May 1921 in Ytown)": read as the sentence it shortens
            String text = name + (a.content().startsWith("which ") ? ", " : " was ") + a.content();
            frames.read(st.facts, text, finder.all(text), src, st::subjectOf, st::current, st.discourse, true);
            return;
        }
        if (LATER.matcher(a.content()).lookingAt()) {
            // "the State Commission (later the State Committee)": read as the sentence it shortens
            frames.read(st.facts, name + ", " + a.content(), finder.all(name + ", " + a.content()), src,
                    st::subjectOf, st::current, st.discourse, true);
            return;
        }
        if (formerName(st, target, a.content(), src)) {
            return;
        }
        Matcher instead = INSTEAD.matcher(a.content());
        String beforeName = a.before().substring(0, before.get(before.size() - 1).start());
        if (instead.lookingAt() && !GOVERNED.matcher(beforeName).find()) {
            // "a Supreme Council (instead of a Congress of Councils, which ...)": read as "X replaced Y"
            String text = name + " replaced " + a.content().substring(instead.end());
            frames.read(st.facts, text, finder.all(text), src, st::subjectOf, st::current, st.discourse, true);
            return;
        }
        String prevLang = null;
        Ref current = target;
        for (String part : withAbbreviationsApart(a.content().split(";"))) {
            if (EMPTY_LABEL.matcher(part).matches()) {
                continue; // "(Malay: Kesatuan Malaya; Jawi: )": a label whose name the text lost names nothing
            }
            if (formerName(st, target, part, src)) {
                continue; // "(Xish: ...; until 1961 the Council of Y)"
            }
            if (alsoNamed(st, part, current, src)) {
                continue; // "(Xish: ...; often shortened to the 1951 Constitution)"
            }
            if (LABELLED.matcher(part.strip()).lookingAt()) {
                prevLang = labelled(st.facts, current, part.strip(), prevLang, src);
                continue;
            }
            Matcher shortened = SHORTENED.matcher(part.strip());
            if (shortened.lookingAt()) {
                // "(commonly abbreviated VKS or VS)", "(usually abbreviated VKS and sometimes called Vesenka)": each a
                // name of what stands before
                for (String abbr : OR.split(part.strip().substring(shortened.end()))) {
                    if (!abbr.isBlank() && Character.isUpperCase(abbr.strip().codePointAt(0))) {
                        st.facts.name(current, abbr.strip(), lexicon.languageOrEnglish(abbr.strip()), Origin.DIRECT,
                                src);
                    }
                }
                continue;
            }
            Optional<String> spelt = ABBREVIATION.matcher(part.strip()).matches()
                    ? spelledBy(name, part.strip()).filter(s -> !s.equals(name)) : Optional.empty();
            if (spelt.isPresent()) {
                // "Congress of the Xland Party (XP; Partija Xlanda)": the abbreviation names the party, and so does
                // the rest of the remark
                asideName(st, target, name, part.strip(), prevLang, src);
                current = new NameRef(spelt.get(), st.facts.article().id(), null);
                continue;
            }
            if (ABBREVIATION.matcher(part.strip()).matches() && spelledBy(name, part.strip()).isEmpty()
                    && !spellsTheState(st, name, part.strip()) && stateAtTheEnd(st, name, beforeName)) {
                // "the Society for the Settlement of Farmers in the XSR (OZEF)": an abbreviation the state's name does
                // not spell is the whole phrase's, whose end the name finder cut at "in"; no name of the state
                continue;
            }
            if (WORDS_OR.matcher(part.strip()).matches()) {
                byOwnName(st.facts, current, src);
                // "(Russian: ...; RPC or Revsovet)": each a name of its own; an abbreviation in capitals is no
                // transliteration of the foreign name before it
                for (String word : OR.split(part.strip())) {
                    String w = word.strip();
                    boolean capitals = w.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
                    if (w.startsWith("the ")) {
                        // "(USSR-S, or the Steppe Union)": "the" opens an English name, no foreign one
                        Ref named = current;
                        finder.atStart(w.substring(4)).filter(n -> n.text().equals(w.substring(4)))
                                .ifPresent(n -> st.facts.name(named, n.text(), "en", Origin.DIRECT, src));
                        continue;
                    }
                    if (capitals && w.length() <= 12 && !w.contains(" ")) {
                        st.facts.name(current, w, "en", Origin.DIRECT, src); // "RPC", "USSR-S": an abbreviation
                        continue;
                    }
                    prevLang = asideName(st, current, name, w, prevLang, src);
                }
                continue;
            }
            for (String piece : scriptRuns(part.strip())) {
                Sentences.Clean inner = Sentences.clean(piece);
                List<String> candidates = new ArrayList<>();
                // "Savezno vijeće / Savezno veće", "Velmer Landtag or Velmische Kammer": two spellings or names, each
                // a name of its own
                for (String spelling : SLASH.split(inner.text())) {
                    // ... and so is each of names a comma parts when an adverb marks one as a later name
                    // ("Kelmburg, today Kelmov")
                    List<String> pieces = new ArrayList<>();
                    List<String> marked = new ArrayList<>();
                    for (String x : COMMA.split(spelling.strip())) {
                        Matcher adverb = NAMING_ADVERB.matcher(x.strip());
                        (adverb.lookingAt() ? marked : pieces).add(x.strip().substring(adverb.lookingAt()
                                ? adverb.end() : 0));
                    }
                    // (only with such an adverb: "(Vienna, Austria)" is a place and its state)
                    boolean names = !marked.isEmpty() && pieces.size() + marked.size() > 1 && !Patterns.hasDigit(spelling)
                            && java.util.stream.Stream.concat(
                            pieces.stream(), marked.stream()).allMatch(x -> !x.isBlank()
                                    && Character.isUpperCase(x.codePointAt(0)));
                    candidates.addAll(names ? pieces : List.of(spelling));
                    for (String x : names ? marked : List.<String>of()) {
                        // (one an adverb marks as a name is one: "today Kelmov")
                        st.facts.name(current, x, lexicon.languageOf(x), Origin.DIRECT, src);
                    }
                }
                inner.asides().forEach(x -> candidates.add(x.content()));
                for (String cand : candidates) {
                    prevLang = asideName(st, current, name, cand.strip(), prevLang, src);
                }
            }
        }
    }

    /**
     * A remark that gives other names of what stands before it: "(also called the Vardo Protocol)", "(often shortened
     * to the 1951 Constitution)", and each after "or": "(also known as the March Charter or the Charter of 1931)".
     * Whether it named any.
     */
    private boolean alsoNamed(ReadingState st, String remark, Ref named, Source src) {
        Matcher also = ALSO.matcher(remark.strip());
        if (!also.matches()) {
            return false;
        }
        String rest = also.group(1).replaceFirst("^the ", "");
        boolean any = false;
        while (true) {
            Optional<NameFinder.Span> other = finder.atStart(rest);
            if (other.isEmpty() || !lexicon.names().isName(other.get().text())
                    || NameFinder.beforeACommonNoun(other.get().text(), rest.substring(other.get().end()))) {
                break; // ("often called the Ytown assembly": "Ytown" names the place, not the assembly)
            }
            if (!any) {
                byOwnName(st.facts, named, src);
            }
            st.facts.name(named, other.get().text(), "en", Origin.DIRECT, src);
            any = true;
            Matcher or = OR_NEXT.matcher(rest.substring(other.get().end()));
            if (!or.lookingAt()) {
                break;
            }
            rest = rest.substring(other.get().end() + or.end());
        }
        return any;
    }

    /**
     * Whether a description in apposition names a thing of the name's kind: ", a provisional statute" fits "the Land
     * Act of 1911", ", an act" does not fit "the Grand Diet" (whose "(also "the May coup")" names the act).
     */
    private boolean fits(String apposition, String name, Facts facts) {
        String head = Discourse.headNoun(apposition.substring(apposition.indexOf(' ', 2) + 1).strip());
        Optional<String> a = lexicon.classOf(Character.toUpperCase(head.charAt(0)) + head.substring(1));
        Optional<String> n = normalizer.classify(name, facts.abbreviations());
        OntologyClasses o = OntologyClasses.get();
        return a.isPresent() && n.isPresent() && (o.isA(a.get(), n.get()) || o.isA(n.get(), a.get()));
    }

    /** The article's subject when the name is one of it, else the thing of that name. */
    private Ref refOf(ReadingState st, String name, String leadName) {
        return name.equals(leadName) || st.namesSubject(name) ? st.facts.subject()
                : new NameRef(name, st.facts.article().id(), null);
    }

    /** An official name of the subject opening in the lead sentence before a remark: ", officially the ...". */
    private static final Pattern OFFICIALLY = Pattern.compile(
            "^[^.;()]*?\\b(?:officially|formally|in full)(?: known as| titled| named)? (?:the )?\\p{Lu}"
            + "(?:(?!, (?:was|were|is|which|who)\\b| (?:was|were|is|by|signed|adopted|ratified) )[^;()])*$");

    /**
     * "the Supreme Council (until 1990 the Supreme Soviet of X)", "(formerly the X)": a remark (or one part of it) that
     * gives the former name of what it follows, as another name of it; whether it was one.
     */
    private boolean formerName(ReadingState st, Ref target, String remark, Source src) {
        Matcher former = FORMER.matcher(remark.strip());
        if (!former.matches()) {
            return false;
        }
        Optional<NameFinder.Span> was = finder.atStart(former.group(1));
        if (was.isPresent() && was.get().text().length() == former.group(1).replaceFirst("^the ", "").length()
                && lexicon.names().isName(was.get().text())) {
            st.facts.name(target, was.get().text(), "en", Origin.DIRECT, src);
        }
        return true;
    }

    /** "Marea Adunare Populară, MAP", "..., NR SR": a foreign name and an abbreviation after a comma are two names. */
    private static List<String> withAbbreviationsApart(String[] parts) {
        List<String> out = new ArrayList<>();
        for (String part : parts) {
            Matcher also = ABBREVIATION_ALSO.matcher(part.strip());
            if (also.matches()) {
                out.add(also.group(1)); // "VMRC, also the Velgorod Milrevkom": two names
                out.add(also.group(2));
                continue;
            }
            Matcher abbreviated = ABBREVIATED_AFTER.matcher(part);
            if (abbreviated.find() && abbreviated.start() > 0 && !LABELLED.matcher(part.strip()).lookingAt()) {
                out.add(part.substring(0, abbreviated.start())); // "Rada Ylanu, abbreviated to RY": two names
                out.add(abbreviated.group(1));
                continue;
            }
            int comma = part.lastIndexOf(',');
            String tail = comma < 0 ? "" : part.substring(comma + 1).strip();
            if (comma > 0 && (ABBREVIATIONS.matcher(tail).matches() || LOWER_CASE_NAME.matcher(tail).matches()
                    && part.indexOf(',') == comma) && !LABELLED.matcher(part.strip()).lookingAt()) {
                // (and a name in a language that writes it in lower case: "Landesausschuss, deželni odbor": two names)
                out.add(part.substring(0, comma));
                out.add(tail);
            } else {
                out.add(part);
            }
        }
        return out;
    }

    /** A name of one to four words all written in lower case, not opening with an English word of a clause. */
    private static final Pattern LOWER_CASE_NAME = Pattern.compile(
            "(?!(?:and|or|the|of|in|later|formerly|now|today|also|literally|lit|meaning|from|until|since|then)\\b)"
            + "\\p{Ll}[\\p{L}-]+(?: \\p{Ll}[\\p{L}-]*){0,3}");

    /** An abbreviation said after a labelled name and a comma: ", abbreviated VSV", ", commonly shortened to VSV". */
    private static final Pattern ABBREVIATED_AFTER = Pattern.compile(",\\s*(?:(?:commonly|often|usually) )?(?:abbreviated|"
            + "shortened)(?: (?:as|to))? (\\p{Lu}[\\p{L}.\\-]{0,11})\\s*$");

    /** A label with nothing after its colon: "Jawi: " (a name in a script the text lost). */
    private static final Pattern EMPTY_LABEL = Pattern.compile("\\s*\\p{L}[\\p{L} .-]*:\\s*");

    /** A literal translation after a labelled name and a comma: ", lit. 'Basic Law'", ", literally "the law"". */
    private static final String QUOTED_GLOSS_ITEM = "(?:\"[^\"]*\"?|“[^”]*”?|'[^']*'?|‘[^’]*’?)";
    private static final Pattern LITERALLY_AFTER = Pattern.compile(
            ",\\s*(?i:lit\\.|literally)\\s*(?:" + QUOTED_GLOSS_ITEM + "(?:\\s*,?\\s*(?:or|and)\\s*" + QUOTED_GLOSS_ITEM
            + ")*|[^,]*)"); // (", lit. 'the gathering' or 'assembly'": both glosses)

    /** A translation in quotes after a labelled name and a comma: ", "Council of the Realm"" (the end quote may be lost). */
    private static final Pattern QUOTED_GLOSS = Pattern.compile(
            ",\\s*[\"“'‘]((?:[^\"”'’]|['’](?=\\p{L})){2,80})[\"”'’]?\\s*$");
    /** A label's whole text in quotes: a translation, or a name quoted ('German: "Federal Council"'). */
    private static final Pattern WHOLLY_QUOTED = Pattern.compile("[\"“'‘]([^\"”“]{2,80}?)[\"”'’]");

    /**
     * Whether a remark in parentheses opens with a name labelled with its language ("Russian: ..., Konstitutsiya
     * ..."): names of what it follows, in other languages, never things of their own (a romanized name ending in
     * "ASSR" is no state).
     */
    boolean foreignNames(String content) {
        Matcher m = LABELLED.matcher(content.strip());
        return m.lookingAt() && (languageNames.containsKey(m.group(1).strip())
                || LANGUAGE_LIKE.matcher(m.group(1).strip()).matches());
    }

    /**
     * A labelled name less the abbreviation after its last comma, which is named too: "German: Grosse Karta, GK" gives
     * "GK" and returns "Grosse Karta" (an abbreviation of one or two words: "Russian: ..., ЦИК ССР"; in Latin letters
     * after a name in others, its romanization's: "…, TsIK KhSSR"); else the text as it is.
     */
    private static String withoutAbbreviation(Facts facts, Ref target, String text, String tag, Source src) {
        int comma = text.lastIndexOf(',');
        if (comma <= 0 || !ABBREVIATIONS.matcher(text.substring(comma + 1).strip()).matches()) {
            return text;
        }
        String abbr = text.substring(comma + 1).strip();
        facts.name(target, abbr, Patterns.latin(abbr) && !Patterns.latin(text.substring(0, comma)) ? tag + "-Latn" : tag,
                Origin.DIRECT, src);
        return text.substring(0, comma).strip();
    }

    /** "Russian: Совет народных комиссаров, romanized: Sovet narodnykh komissarov": names labelled with their language. */
    private String labelled(Facts facts, Ref target, String part, String prevLang, Source src) {
        String lang = prevLang;
        for (String segment : LABEL_SEPARATOR.split(part)) {
            Matcher m = LABELLED.matcher(segment.strip());
            if (!m.lookingAt()) {
                continue;
            }
            String tag = languageNames.get(m.group(1).strip());
            if (tag == null && LANGUAGE_LIKE.matcher(m.group(1).strip()).matches()) {
                tag = "und"; // "Ostrelian: ...": a language the data does not know, by the shape of its name
            }
            String text = segment.strip().substring(m.end()).strip();
            if (tag == null || tag.equals("-") || text.isEmpty()) {
                continue;
            }
            if (tag.equals("+Latn")) {
                if (lang != null && !lang.endsWith("-Latn")) {
                    // "romanized: Sovet truda Velma, STV": the romanized name and its abbreviation, two names
                    facts.name(target, withoutAbbreviation(facts, target, text, lang + "-Latn", src), lang + "-Latn",
                            Origin.DIRECT, src);
                }
                continue;
            }
            lang = tag;
            Matcher abbreviated = ABBREVIATED_AFTER.matcher(text);
            if (abbreviated.find()) {
                // "Velmian: Verhovni Sovjet Velmije, abbreviated VSV": the name, and its abbreviation
                facts.name(target, abbreviated.group(1), tag, Origin.DIRECT, src);
                text = text.substring(0, abbreviated.start()).strip();
            }
            Matcher named = NAMED_AFTER.matcher(text);
            if (named.find() && named.start() > 0) {
                // "Velmish: Velmska povelja, later called Stara povelja": two names in the label's language (one
                // with "the" or of a class of its own words is English: "later called the Imperial Assembly"), what
                // dates it no part of it ("known as Landtag until 1918")
                String other = WHEN_AFTER.matcher(named.group(1).strip()).replaceFirst("");
                boolean english = other.startsWith("the ") || normalizer.classify(other, Map.of()).isPresent();
                facts.name(target, Patterns.withoutThe(other), english ? "en" : tag, Origin.DIRECT, src);
                text = text.substring(0, named.start()).strip();
            }
            Matcher quoted = WHOLLY_QUOTED.matcher(text);
            if (quoted.matches()) {
                // 'German: "Federal Council"': a translation in quotes in place of the name, an English name (one of
                // an English class word, of a capital letter), no name in the label's language; else the name in it,
                // less the quotes ('Russian: "Совет"')
                String quotedName = quoted.group(1).strip();
                boolean english = Patterns.latin(quotedName) && normalizer.classify(quotedName, Map.of()).isPresent();
                if (!quotedName.equals(quotedName.toLowerCase(java.util.Locale.ROOT))) {
                    facts.name(target, quotedName, english ? "en" : tag, Origin.DIRECT, src);
                }
                continue;
            }
            // (a literal translation after the name is no name: "Xish: Temel Yasa, lit. 'Basic Law'")
            text = LITERALLY_AFTER.matcher(text).replaceFirst("").strip(); // (what follows it stays: ", ABBR")
            Matcher gloss = QUOTED_GLOSS.matcher(text);
            if (gloss.find() && gloss.start() > 0) {
                // "German: Reichsrat, "Council of the Realm"": the name, and its translation in quotes, an English name
                // (a translation of no capital letter is of a word, no name: "Xish: Derga, "committee"")
                String translation = gloss.group(1).strip();
                if (!translation.equals(translation.toLowerCase(java.util.Locale.ROOT))) {
                    facts.name(target, translation, "en", Origin.DIRECT, src);
                }
                text = text.substring(0, gloss.start()).strip();
            }
            text = withoutAbbreviation(facts, target, text, tag, src);
            List<String> runs = scriptRuns(text);
            boolean latinFirst = Patterns.latin(runs.get(0));
            for (String spelling : SLASH.split(runs.get(0))) {
                // "Savezno vijeće / Savezno veće", "Velmer Landtag or Velmische Kammer": each a name; so is each of
                // names a comma parts that each open with a capital ("Velmi törvények, Tavaszi törvények")
                List<String> pieces = Values.withListEnd(List.of(COMMA.split(spelling.strip())));
                boolean names = pieces.size() > 1 && pieces.stream().allMatch(x -> !x.isBlank()
                        && Character.isUpperCase(x.strip().codePointAt(0)));
                for (String piece : names ? pieces : List.of(spelling)) {
                    facts.name(target, piece.strip(), tag, Origin.DIRECT, src);
                }
            }
            for (String run : runs.subList(1, runs.size())) {
                String script = Patterns.script(run);
                if (Patterns.latin(run) && !latinFirst) {
                    // "Russian: Верховный Совет, Verkhovny Sovet": the name in Latin letters after it is its
                    // romanization
                    facts.name(target, run, tag + "-Latn", Origin.DIRECT, src);
                } else if (!Patterns.latin(run) && latinFirst && script != null && !tag.equals("und")
                        && !tag.contains("-")) {
                    // "Serbo-Croatian: Savezno veće, Савезно веће": the name in the language's other script
                    facts.name(target, run, tag + "-" + script, Origin.DIRECT, src);
                }
            }
        }
        return lang;
    }

    /** One name inside parentheses; returns the language it was in, for a transliteration that follows. */
    private String asideName(ReadingState st, Ref target, String name, String cand, String prevLang, Source src) {
        Facts facts = st.facts;
        cand = PRONUNCIATION.matcher(cand).replaceFirst("");
        Matcher quoted = QUOTED.matcher(cand);
        if (quoted.matches()) {
            // "(/de/, "Diet of the Realm")": a translation in quotes is an English name
            facts.name(target, quoted.group(1).strip(), "en", Origin.DIRECT, src);
            return prevLang;
        }
        if (cand.isEmpty() || Patterns.hasDigit(cand) || Character.isLowerCase(cand.codePointAt(0)) && !cand.startsWith("the ")) {
            return prevLang;
        }
        boolean latin = Patterns.latin(cand);
        if (ABBREVIATIONS.matcher(cand).matches()) {
            if (lexicon.names().mayBePerson(name) && spelledBy(name, cand).isEmpty()) {
                return prevLang; // "Karl Wendt (SDP)": a person's party, no name of the person
            }
            Ref named = target;
            String abbreviation = cand;
            String part = spelledBy(name, cand).orElseGet(() -> partyOf(name, abbreviation).orElse(name));
            // an abbreviation names the phrase it spells: "Council of the Free State of Xland (FSX)" is the state's
            if (!part.equals(name)) {
                named = new NameRef(part, facts.article().id(), null);
                facts.name(named, part, "en", Origin.DIRECT, src);
            }
            facts.name(named, cand, latin ? "en" : lexicon.languageOf(cand), Origin.DIRECT, src);
            return prevLang;
        }
        if (cand.startsWith("the ")) {
            englishExplanation(facts, name, cand.substring(4), src);
            return prevLang;
        }
        String lang = lexicon.languageOf(cand);
        if (!latin || !lang.equals("und")) {
            facts.name(target, cand, lang, Origin.DIRECT, src);
            return lang;
        }
        if (prevLang != null && !prevLang.endsWith("-Latn")) {
            facts.name(target, cand, prevLang + "-Latn", Origin.DIRECT, src);
        } else if (prevLang == null && foreign(cand)) {
            facts.name(target, cand, "und", Origin.DIRECT, src); // "(Narodna skupstina)": a name in a language unknown
        } else if (prevLang == null && cognate(name, cand)) {
            facts.name(target, cand, "und", Origin.DIRECT, src); // "Korvan Republic (Korvanska Republika)"
        } else if (prevLang == null && glossOf(st, name, cand)) {
            // "the Federal Act (Bundesakte)", "the Landtag (State Diet)": the name in the other language, unlabelled
            // (an English gloss is a name of it, never its label: the text's own name before it is)
            boolean english = english(cand);
            facts.name(target, cand, english ? "en" : "und", english ? Origin.DERIVED : Origin.DIRECT, src);
        }
        return prevLang;
    }

    /**
     * Whether capitalised words in parentheses after a name are the name in another language, by their stems: at least
     * half of them, and two or more, begin as a word of the name does (five letters, or four of a short word), yet they
     * are not the name's words ("Velmian Republic (Velmianska Republika)", "Democratic Republic (Demokratische
     * Republik)").
     */
    static boolean cognate(String name, String cand) {
        String[] words = Patterns.WHITESPACE.split(cand);
        java.util.List<String> own = java.util.Arrays.asList(Patterns.WHITESPACE.split(name));
        int shared = 0;
        for (String w : words) {
            if (own.contains(w)) {
                return false; // the name's own words: an English variant, no foreign name
            }
            for (String o : own) {
                int n = Math.min(5, Math.min(w.length(), o.length()));
                if (n >= 4 && Character.isUpperCase(o.charAt(0)) && w.regionMatches(true, 0, o, 0, n)) {
                    shared++;
                    break;
                }
            }
        }
        return words.length >= 2 && shared >= 2 && shared * 2 >= words.length;
    }

    /**
     * Whether capitalised words alone in parentheses after a name are another name of it: no abbreviation, no
     * person's name, of no class other than the name's (not "(Ytown Palace)" after an organ, nor "(Kingdom of X)"), and
     * the name one of an organ, an instrument, a session or a state.
     */
    private boolean glossOf(ReadingState st, String name, String cand) {
        String[] words = Patterns.WHITESPACE.split(cand);
        if (words.length > 5) {
            return false;
        }
        for (String w : words) {
            if (!(NameFinder.capitalised(w) || lexicon.connectors().contains(w))) {
                return false;
            }
        }
        Map<String, String> local = st.facts.abbreviations();
        Optional<String> nameClass = normalizer.classify(name, local);
        Optional<String> candClass = normalizer.classify(cand, local);
        OntologyClasses o = OntologyClasses.get();
        if (nameClass.isEmpty() || nameClass.get().equals("Place") || nameClass.get().equals("Person")
                || nameClass.get().equals("PoliticalGroup")) {
            return false;
        }
        if (candClass.isPresent() && !(o.isA(candClass.get(), nameClass.get()) || o.isA(nameClass.get(),
                candClass.get()))) {
            return false;
        }
        if (candClass.isEmpty() && statesWord(st, cand)) {
            return false; // "People's Assembly (Varnia)": the state it is of, a qualifier, not its name
        }
        // (a word of an organ's head in it makes it no person's name: "the Imperial Parliament (Sejm Cesarski)")
        // (nor does a language its letters tell: "the Chamber of the Union (Izba Związkowa)")
        return candClass.isPresent() || !lexicon.names().mayBePerson(cand)
                || !lexicon.languageOrEnglish(cand).equals("en") || java.util.Arrays.stream(words)
                .anyMatch(w -> normalizer.classify(w, local).filter(c -> o.isA(c, "StateOrgan")).isPresent());
    }

    /** Whether a word or words are part of the name of a state the article names ("Varnia" of "Republic of Varnia"). */
    private boolean statesWord(ReadingState st, String cand) {
        Pattern whole = Pattern.compile("(?<![\\p{L}])" + Pattern.quote(cand) + "(?![\\p{L}])");
        for (Facts.Name n : st.facts.names()) {
            if (!n.text().equals(cand) && whole.matcher(n.text()).find()
                    && normalizer.classify(n.text(), st.facts.abbreviations()).filter("Polity"::equals).isPresent()) {
                return true;
            }
        }
        return lexicon.demonym(cand).isPresent();
    }

    /**
     * Whether a gloss is English: words of several whose head the classes know ("State Diet" for "Landtag"); one word
     * ("Bundesakte", "Landtag") or an unknown head ("Engerer Rat") is in a language the text does not say.
     */
    private boolean english(String cand) {
        return Patterns.WHITESPACE.matcher(cand).find() && lexicon.classOf(cand).isPresent();
    }

    /**
     * Whether a name of Latin letters is no English one: a lower-case word in it that joins no English name ("Narodna
     * skupstina", "Rada narodowa"), two words or more.
     */
    private static boolean foreign(String name) {
        String[] words = Patterns.WHITESPACE.split(name);
        if (words.length < 2 || !Character.isUpperCase(name.codePointAt(0))) {
            return false;
        }
        for (String w : words) {
            if (!w.isEmpty() && Character.isLowerCase(w.codePointAt(0)) && !ENGLISH_GLUE.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Lower-case words of English names: "Council of the Republic", "Union for Reform and Progress". */
    private static final java.util.Set<String> ENGLISH_GLUE = java.util.Set.of("of", "the", "and", "for", "on", "in",
            "to", "at", "a", "an", "or", "by", "with");
    /** Words that introduce a short name in a remark: "commonly abbreviated", "shortened to", "abbr.". */
    private static final Pattern SHORTENED = Pattern.compile(
            "^(?:(?:commonly|often|usually|also) )?(?:abbreviated|shortened|abbr\\.)(?: (?:as|to))? ");
    /**
     * A second verb of naming after "and" or "or", with its adverbs: "(usually abbreviated X and sometimes called Y)",
     * "(also known as X, or informally Y)".
     */
    private static final String ANOTHER_NAMING = "(?:(?:" + Lexicon.NAMING_ADVERBS_BEFORE_VERB
            + "|also|often) )?(?:also )?(?:called|known as|named|termed|titled|styled|nicknamed|referred to as|"
            + "abbreviated(?: to| as)?|shortened to|rendered as|translated as) (?:the )?|" + Lexicon.NAMING_ADVERBS + " (?:the )?";
    private static final Pattern OR = Pattern.compile(",? (?:and|or) (?:" + ANOTHER_NAMING + ")|,? or |, ");

    /** A thing named before a remark that gives it more names is named by its own name too (its entity keeps it). */
    private static void byOwnName(Facts facts, Ref r, Source src) {
        if (r instanceof NameRef own) {
            facts.name(own, own.name(), "en", Origin.DIRECT, src);
        }
    }

    /** Single words, or names after "the", joined by "or": "RPC or Revsovet", "USSR-S, or the Steppe Union". */
    private static final Pattern WORDS_OR = Pattern.compile(
            "\\p{L}[\\p{L}.-]*(?:,? or (?:\\p{L}[\\p{L}.-]*|the \\p{Lu}[\\p{L}'’-]*(?: (?:of |the )*\\p{Lu}[\\p{L}'’-]*)*))+");

    /** What joins one name of a remark to the next: "A or B", "A, or B", "A or simply B". */
    private static final Pattern OR_NEXT = Pattern.compile(",? (?:and|or) (?:" + ANOTHER_NAMING
            + ")|,? or (?:simply |just )?(?:as )?(?:the )?");

    /** A label that is a language's name by its shape: one capitalised word ending as such names do ("Ostrelian"). */
    private static final Pattern LANGUAGE_LIKE = Pattern.compile("\\p{Lu}\\p{Ll}+(?:ian|an|ish|ese|ic|ch|i)");

    /**
     * The party a body's name ends with, for an abbreviation that spells no end of the name (one of the party's own
     * language): "Central Committee of the Liberation Front of Xland (FRELIX)" is the front's. Empty when the name is
     * no body of a party ("Council of the Free State of Xland (Rada)"), when the abbreviation spells the body's own
     * words ("CC"), or opens with the body's initial and not the party's.
     */
    private Optional<String> partyOf(String name, String abbreviation) {
        int first = name.indexOf(" of ");
        if (first < 0 || !lexicon.classOf(name).filter("PoliticalGroup"::equals).isPresent()
                || spells(Patterns.WHITESPACE.split(name.substring(0, first)), abbreviation)) {
            return Optional.empty(); // ("Central Committee of the Party of X (CC)": the committee's initials)
        }
        // the shortest end that is a party: "Political Bureau of the Central Committee of the Front (F)" is the front's
        for (int of = name.lastIndexOf(" of "); of >= first; of = of == 0 ? -1 : name.lastIndexOf(" of ", of - 1)) {
            String tail = Patterns.withoutThe(name.substring(of + 4));
            if (lexicon.classOf(tail).filter("PoliticalGroup"::equals).isPresent()) {
                boolean body = abbreviation.charAt(0) == name.charAt(0) && abbreviation.charAt(0) != tail.charAt(0);
                // ("Council of the Salvation Front (CFS)": the council's, in its own language)
                return body ? Optional.empty() : Optional.of(tail);
            }
        }
        return Optional.empty();
    }

    /** Whether an abbreviation spells a state's name in full ("XSR" after "the Xian Soviet Republic"). */
    private boolean spellsTheState(ReadingState st, String name, String abbreviation) {
        String whole = lexicon.abbreviations().get(abbreviation);
        return whole != null && (whole.equals(name) || lexicon.classOf(whole).filter("Polity"::equals).isPresent());
    }

    /** Whether a state's name ends a longer phrase before a remark: "... of Working Farmers in the XSR". */
    private boolean stateAtTheEnd(ReadingState st, String name, String before) {
        return GOVERNED_STATE.matcher(before).find() && (lexicon.stateNames().contains(name)
                || normalizer.classify(name, st.facts.abbreviations()).filter("Polity"::equals).isPresent());
    }

    /** A word and a preposition that governs the name after it: "Jews in the ", "Settlement of ". */
    private static final Pattern GOVERNED_STATE = Pattern.compile("\\p{Lu}\\p{L}* (?:in|of|for) (?:the )?$");

    /**
     * The end of a name that the abbreviation spells ({@link #spells}): "Communist Party of the Soviet Union" in "Central
     * Committee of the Communist Party of the Soviet Union (CPSU)"; empty if no end of it does.
     */
    static Optional<String> spelledBy(String name, String abbreviation) {
        String[] words = Patterns.WHITESPACE.split(name);
        for (int from = 0; from < words.length; from++) {
            String[] part = java.util.Arrays.copyOfRange(words, from, words.length);
            if (NameFinder.capitalised(words[from]) && spells(part, abbreviation)) {
                return Optional.of(String.join(" ", part));
            }
        }
        return Optional.empty();
    }

    /**
     * Whether an abbreviation spells these words: the initials of their capitalised words ("CPSU"), or, where it has
     * lower-case letters, of every word ("CoM": Council of Ministers).
     */
    private static boolean spells(String[] words, String abbreviation) {
        String letters = abbreviation.replace(".", "");
        StringBuilder capitals = new StringBuilder();
        StringBuilder all = new StringBuilder();
        for (String w : words) {
            if (w.isEmpty()) {
                continue;
            }
            all.append(w.charAt(0));
            if (NameFinder.capitalised(w)) {
                capitals.append(w.charAt(0));
            }
        }
        return capitals.toString().equals(letters)
                || !letters.equals(letters.toUpperCase(java.util.Locale.ROOT)) && all.toString().equals(letters);
    }

    /** "Constitution of East Germany (the German Democratic Republic)": the polity has two names. */
    private void englishExplanation(Facts facts, String name, String explanation, Source src) {
        if (!lexicon.classOf(normalizer.expand(explanation, facts.abbreviations())).filter("Polity"::equals).isPresent()) {
            return;
        }
        int of = name.lastIndexOf(" of ");
        if (of > 0) {
            String tail = Patterns.withoutThe(name.substring(of + 4));
            NameRef polity = new NameRef(tail, facts.article().id(), "Polity");
            facts.name(polity, tail, "en", Origin.DIRECT, src);
            facts.name(polity, explanation, "en", Origin.DIRECT, src);
        }
    }

    /** Splits "Конституция ..., Konstitutsiya ..." where the script changes after a comma. */
    private static List<String> scriptRuns(String s) {
        List<String> out = new ArrayList<>();
        String[] pieces = COMMA.split(s);
        StringBuilder cur = new StringBuilder();
        Boolean curLatin = null;
        for (String p : pieces) {
            boolean latin = Patterns.latin(p);
            if (curLatin != null && latin != curLatin) {
                out.add(cur.toString());
                cur.setLength(0);
            }
            cur.append(cur.length() > 0 ? ", " : "").append(p);
            curLatin = latin;
        }
        if (cur.length() > 0) {
            out.add(cur.toString());
        }
        return out;
    }
}
