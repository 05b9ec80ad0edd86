package org.constitutionkg.extract.prose;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.constitutionkg.extract.Discourse;
import org.constitutionkg.extract.Facts;
import org.constitutionkg.extract.Facts.NameRef;
import org.constitutionkg.extract.Facts.Origin;
import org.constitutionkg.extract.Facts.Ref;
import org.constitutionkg.extract.Facts.Source;
import org.constitutionkg.extract.Lexicon;
import org.constitutionkg.extract.NameFinder;
import org.constitutionkg.extract.Normalizer;
import org.constitutionkg.extract.OntologyClasses;
import org.constitutionkg.extract.SubjectMatcher;
import org.constitutionkg.extract.naming.NameChecker;
import org.constitutionkg.extract.text.DateParser;
import org.constitutionkg.extract.text.Patterns;

/**
 * Names the text mentions, wherever it mentions them: organs, instruments, sessions and states by their class, persons
 * by what follows their names (a relative "who", a lifespan, an apposition headed by a noun only a person is, a title)
 * and by what is said of them (an office as their predicate, a tenure before them, a party they own, the agent of
 * chairing or drafting), instruments by a year and a generic head ("the 1946 constitution").
 */
final class Mentions {

    private static final Pattern TRAILING_APOSTROPHE = Pattern.compile("'$");
    private static final Pattern DATED = Pattern.compile("\\b(?:[Tt]he|[Ii]ts|[Aa]n?) (?:[a-z]+ ){0,2}(1[6-9]\\d\\d|20\\d\\d) ([a-z]+)\\b");
    /**
     * "the constitution of 1948", "the royal constitution of 1818": the same, with its year after (no span: "of
     * 1920-1934"); a modifier only before a constitution's head ("the electoral law of 1920" is no "1920 Law").
     */
    private static final Pattern DATED_AFTER = Pattern.compile(
            "\\b(?:[Tt]he|[Ii]ts) ((?:[a-z-]+ ){0,2}?)([a-z]+) of (1[6-9]\\d\\d|20\\d\\d)\\b(?!\\s*(?:to\\b|[-–—]))");
    /** "the " or "the subsequent ", "a new " before a capitalised phrase: a thing's name, not a person's. */
    private static final Pattern THE_BEFORE = Pattern.compile(
            "(?i)\\b(?:the|an?) (?:(?!(?:of|by|to|for|with|from|in|on|under|and|or|that|which|who|whom|when|where|as|at|after|before|while|is|was|were|are|had|has) )[a-z-]+ ){0,2}$");

    /** (never from the middle of a compound: "the Aldorian–Keshite War (1853–1856)" holds no "Keshite War") */
    private static final String PERSON_NAME = "(?<![\\p{L}\\d][–—-])(\\p{Lu}[\\p{L}'’.-]*(?: \\p{Lu}[\\p{L}'’.-]*){1,4})";
    private static final Pattern PERSON_CUE = Pattern.compile(PERSON_NAME
            + "(?:,? (?:\\()?(?:who|(?:appointed|elected|nominated) by)\\b| \\((?:born |b\\. )?\\d{3,4}(?:\\s*[–-]\\s*\\d{3,4})?\\))");
    /** An office's noun and "of" or "for" right before a name: "the Minister of ", "Commissar for ". */
    private static final Pattern OFFICE_BEFORE = Pattern.compile("\\b(\\p{L}+) (?:of|for) (?:the )?$");
    private static final Pattern LEADING_YEAR = Pattern.compile("(1[5-9]\\d\\d|20\\d\\d) ");

    private static final Pattern AND = Pattern.compile(" and ");
    private static final Pattern LIST_SEPARATOR = Pattern.compile(",? and |, ");

    private final Lexicon lexicon;
    private final Normalizer normalizer;

    /** Nouns and titles only a person is, in lower case ("lawyer", "minister", "general"). */
    private final Set<String> personNouns;

    /** A name in apposition to a noun only a person is: "Ivan Petrov, formerly the leader of ...". */
    private final Pattern personApposition;

    /**
     * A name in apposition after a noun only a person is: "the First Consul, Ivo Brant,", "the Xian prime minister, Ivo
     * Brant." (the noun the phrase's last word, no "of" phrase after it).
     */
    private final Pattern appositionAfterNoun;
    /** Names after a noun only persons are: "the jurists Karl Brenner and Otto Feld" (person-nouns.txt). */
    private final Pattern nounBeforeNames;

    /**
     * Names listed after a plural of a noun only a person is, or of "members": "its leaders, including Ivo Brant and
     * Anna Berg,", "the envoys of X, among them Ivo Brant and Karl Doss", "many of its deputies, such as Ivo Brant"
     * (group 1 the list).
     */
    private final Pattern includedPersons;
    private final Pattern personsIncluded;
    /** What may follow a whole name: punctuation, the end, or a word that opens a phrase (not a noun it modifies). */
    private static final String AFTER_A_NAME = "(?=[,.;:)]|$| \\(| (?:in|on|at|and|or|for|from|with|to|after|before"
            + "|during|until|since|as|who|whose|which|between|under|while|when|but)\\b)";

    /**
     * A name of two words or more after a verb of chairing or drafting and "by" (person-agent-verbs.txt): "a session
     * chaired by Ivo Brant", "largely drafted by Ivo Brant" (a name of a body has its class and is no person's).
     */
    private final Pattern agentOfLeading;
    /** A name of two words or more that owns a capitalised name after it: "Ivo Brant's Unity Party". */
    private final Pattern possessor;

    /**
     * A name that a verb of being, becoming or holding gives a noun only a person is as its predicate: "Ivo Brant
     * became governor", "Ivo Brant was elected the first president of ...", "Ivo Brant stayed on as prime minister",
     * "with Ivo Brant as its first governor"; and a name an appointing verb gives one: "named Ivo Brant
     * commander-in-chief" (person-predicate-verbs.txt).
     */
    private final Pattern personPredicate;
    private final Pattern personObjectPredicate;
    private final Pattern gappedPredicate;

    /**
     * A name after a noun of holding an office ("during the presidency of Ivo Brant", "under the premiership of Ivo
     * Brant": tenure-nouns.txt), or before "the first to hold the office".
     */
    private final Pattern tenureOf;
    /** A run of capitalised words, with the particles of a person's name between them ("Anna von Berg"). */
    private final Pattern capitalisedRun;
    private final Pattern firstToHold;

    Mentions(Lexicon lexicon, Normalizer normalizer) {
        this.lexicon = lexicon;
        this.normalizer = normalizer;
        java.util.Set<String> nouns = new java.util.TreeSet<>(Lexicon.lowerWords("person-nouns.txt"));
        Lexicon.lowerWords("person-titles.txt").forEach(t -> nouns.add(t.replace(".", "")));
        this.personNouns = Set.copyOf(nouns);
        // the noun is the apposition's head: no "of" or "for" before it ("the party of the president" is no person)
        this.personApposition = Pattern.compile(PERSON_NAME + ", (?:formerly |later |then |previously |once |at the time )?"
                + "(?:the |a |an )(?:(?!of |for )[a-z-]+ ){0,3}(?i:" + String.join("|", nouns)
                + ")(?=[,.;)]| of | from | in | at | and |$)");
        java.util.Set<String> plurals = new java.util.TreeSet<>(Set.of("members"));
        for (String n : nouns) {
            plurals.add(n.endsWith("man") ? n.substring(0, n.length() - 3) + "men"
                    : n.endsWith("y") && "aeiou".indexOf(n.charAt(n.length() - 2)) < 0 ? n.substring(0, n.length() - 1) + "ies"
                    : n + "s");
        }
        String listed = PERSON_NAME.replace("(\\p{Lu}", "(?:\\p{Lu}"); // (no group of its own: the list is group 1)
        String list = "((?:" + listed + "(?:, | and |, and )){0,8}" + listed + ")"; // "A B, C D and E F", a group
        this.includedPersons = Pattern.compile("\\b(?i:" + String.join("|", plurals) + ")\\b[^,.;]{0,60}?,? (?:including|"
                + "among them|among whom were|such as|notably) " + list);
        // "Other commissars included A B, C D and E F", "its deputy chairmen were A B and C D" (not "members", which
        // states are too: "its members included Costa Verde and Rio Blanco"; nor, with "were", the delegates or
        // representatives of member-nouns.txt: "the delegates were Nova Scotia and ...")
        this.personsIncluded = Pattern.compile("\\b(?i:" + String.join("|", plurals.stream()
                .filter(n -> !n.equals("members")).toList()) + ") (?:also )?(?:included|comprised):? " + list + "|\\b(?i:"
                + String.join("|", plurals.stream().filter(n -> !lexicon.memberNouns().contains(n)).toList())
                + ") were:? " + list);
        java.util.Set<String> either = new java.util.TreeSet<>(nouns);
        either.addAll(plurals);
        either.remove("members");
        // (a name with the particles of person-particles.txt between its words: "José del Valle", "Karl von Berg")
        String particles = Lexicon.lowerWords("person-particles.txt").stream().filter(w -> !w.endsWith("-"))
                .map(Pattern::quote).collect(java.util.stream.Collectors.joining("|"));
        String withParticles = "(?:\\p{Lu}[\\p{L}'’.-]*(?: (?:(?:" + particles + ") ){0,2}\\p{Lu}[\\p{L}'’.-]*){1,4})";
        this.nounBeforeNames = Pattern.compile("\\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er) "
                + "(?:(?:[a-z-]+|\\p{Lu}\\p{Ll}+(?:an|sh|se|ch)) ){0,2}?(?:"
                + String.join("|", either) + ") ((?:" + withParticles + "(?:, | and |, and )){0,6}" + withParticles
                + ")(?=[,.;:)]| and | who | was | were | had | [a-z(]|$)");
        // the predicate: an office's or an occupation's noun (person-nouns.txt, less the adjectives of
        // not-predicate-nouns.txt: "remained communist"), lower case or capitalised, after at most two words that are
        // no preposition or adverb ("the first", "its new")
        Set<String> notPredicates = Lexicon.lowerWords("not-predicate-nouns.txt");
        String predicateNouns = Lexicon.lowerWords("person-nouns.txt").stream()
                .filter(n -> !notPredicates.contains(n))
                .map(n -> "[" + Character.toUpperCase(n.charAt(0)) + n.charAt(0) + "]" + Pattern.quote(n.substring(1)))
                .collect(java.util.stream.Collectors.joining("|"));
        String nounGroup = "(?:the |a |an |its |their |his |her )?(?:(?!(?:of|for|by|to|in|and|with|under|as|at|on|from"
                + "|then|also|later|still|not|never|until|after|before) )[\\p{L}-]+ ){0,2}?(?:"
                + predicateNouns + ")(?=[,.;)]| of | from | in | at | and | until | between | for | under |$)";
        Set<String> predicateVerbs = Lexicon.lowerWords("person-predicate-verbs.txt");
        String verbs = String.join("|", predicateVerbs.stream().filter(v -> !v.startsWith("+")).toList());
        String objectVerbs = String.join("|", predicateVerbs.stream().filter(v -> v.startsWith("+"))
                .map(v -> v.substring(1)).toList());
        // (the name right before its verb: "the Commissar for Military and Naval Affairs, was appointed" ends an
        // apposition; never after a particle, "for", an article or a capitalised word: "Francisco de Paula Santander
        // as ...", "Manuel L. Quezon as ...")
        // (all the capitalised words: "appointed Karo Benti Prime Minister of X" names no "Karo Benti Prime")
        String wholeName = withParticles.substring(0, withParticles.length() - 1) + "+)";
        // (a clause's subject or a verb's object: not a preposition's or a possessive's object, "The Governor of Port
        // Velm was president")
        String named = "(?<!\\b(?:for|of|in|at|from|to|by|under|on|with|the|an?|its|their|his|her|" + particles
                + ") )(?<!\\p{Lu}[\\p{L}'’.-]{0,30} )(" + wholeName + ")(?!['’]s\\b)";
        this.firstToHold = Pattern.compile(named + " (?:was|became) the (?:first|last|only)"
                + "\\b[^.;:]{0,60}? to (?:hold|occupy|fill) (?:the|this|that) (?:office|post|position|title)\\b");
        // ("the inauguration of Ivo Brant as its president", "with Ivo Brant as its speaker": after "of" or "with",
        // "as" only)
        String namedOf = named.replace("(?:for|of|in|at|from|to|by|under|on|with|", "(?:for|in|at|from|to|by|under|on|");
        // (the name's words take no apostrophe of their own: "Ivo Brant's", not "Brant's" as a word of the name)
        String ownerWord = "\\p{Lu}[\\p{L}.-]*(?:['’](?!s\\b)\\p{L}+)*"; // ("Ivo O'Neill's")
        this.agentOfLeading = Pattern.compile("\\b(?:" + String.join("|", Lexicon.lowerWords("person-agent-verbs.txt"))
                + ") by " + named.replace("|by|", "|") + AFTER_A_NAME);
        this.possessor = Pattern.compile("(?<!\\b(?i:the|an?|" + particles + ") )(?<!\\p{Lu}[\\p{L}'’.-]{0,30} )(" + ownerWord
                + "(?: (?:(?:" + particles + ") ){0,2}" + ownerWord + "){1,4})['’]s (?=\\p{Lu})");
        this.personPredicate = Pattern.compile("(?:" + named + " (?:" + verbs + ") (?:as )?|" + namedOf + " as )"
                + nounGroup);
        // "A B was elected governor and C D lieutenant governor": the second name shares the verb (groups 1 and 2)
        this.gappedPredicate = Pattern.compile(named + " (?:" + verbs + ") (?:as )?" + nounGroup
                + "(?: [\\p{L}\\d]+){0,4}?,? and " + named + " (?:as )?" + nounGroup);
        this.personObjectPredicate = Pattern.compile("\\b(?:" + objectVerbs + ") " + named + " (?:as )?" + nounGroup);
        this.capitalisedRun = Pattern.compile("(?<![\\p{L}\\d'’.-])(\\p{Lu}[\\p{L}'’.-]*(?: (?:(?:" + particles
                + ") ){0,2}\\p{Lu}[\\p{L}'’.-]*)*)");
        this.tenureOf = Pattern.compile("\\b(?:[Tt]he|[Hh]is|[Hh]er|an?) (?:" + String.join("|", Lexicon.lowerWords("tenure-nouns.txt"))
                + ") of (" + wholeName + ")(?=[,.;:)]| [a-z]|$)");
        this.appositionAfterNoun = Pattern.compile("\\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is) (?:[\\p{L}-]+ ){0,3}?(?i:"
                + String.join("|", nouns) + ")(?: of (?:the )?\\p{Lu}[\\p{L}'’-]*(?: (?:(?:of|the|and) )*\\p{Lu}[\\p{L}'’-]*){0,6})?, "
                + PERSON_NAME + "(?=[,.;)]| and | who | was |$)"); // ("the President of the Union, Ivo Brant,")
    }

    /**
     * Whether a mention names one thing: not a bare generic word ("Presidium"), not a kind of state ("Union Republic"),
     * not a coordination of several ("Uzbek and Turkmen Soviet Socialist Republics").
     */
    private boolean worthNaming(String n, String cls, Facts facts) {
        String[] words = Patterns.WHITESPACE.split(n);
        if (lexicon.namesAMeeting(n)) {
            // "after the Congress of Ytown": a meeting of envoys, no organ (meeting-names.txt); not one named after
            // a state ("the Congress of Xland", its legislature)
            return false;
        }
        if (words.length == 1) {
            return !lexicon.genericNames().contains(n) && !lexicon.isPolityNoun(n) && !n.contains("-")
                    && (cls.equals("Polity") || cls.equals("PoliticalGroup") || cls.equals("Place"));
        }
        if (cls.equals("Polity")) {
            String expanded = normalizer.expand(n, facts.abbreviations());
            if (n.contains(" and ") || expanded.endsWith("Republics") && !expanded.contains(" of ")) {
                return false;
            }
            String[] expandedWords = Patterns.WHITESPACE.split(expanded);
            long common = java.util.Arrays.stream(expandedWords).filter(lexicon::isPolityNoun).count();
            return common < expandedWords.length;
        }
        return true;
    }


    /** "People's Congress" after "German People's Congress" is a short reference, not another body. */
    private boolean shortReference(ReadingState st, String n) {
        if (!n.contains(" ")) {
            return false;
        }
        List<Facts.Name> names = st.facts.names();
        for (; st.suffixesOf < names.size(); st.suffixesOf++) {
            List<String> e = normalizer.words(names.get(st.suffixesOf).text(), Map.of());
            for (int i = 1; i < e.size(); i++) {
                st.suffixes.add(String.join(" ", e.subList(i, e.size())));
            }
        }
        String name = TRAILING_APOSTROPHE.matcher(n).replaceAll("");
        return st.suffixes.contains(String.join(" ", normalizer.words(name, Map.of())));
    }

    /**
     * Names the text shows to be persons' by what follows them: a relative "who" ("Ivan Petrov, who ...", "Ivan
     * Petrov (who ...)"), an appointment ("Ivan Petrov (appointed by the King ...)"), a lifespan ("Ivan Petrov
     * (1870–1937)") or an apposition headed by a noun only a person is
     * (person-nouns.txt: "Ivan Petrov, formerly the leader of ..."); and by what is said of them (stop 50): an office's
     * noun as their predicate ("Ivan Petrov became governor", "named Ivan Petrov commander-in-chief"), a tenure noun
     * before them ("the presidency of Ivan Petrov"), a party they own ("Ivan Petrov's Unity Party"), a list a plural
     * of persons "included", the agent of chairing or drafting. Two to five capitalised words of no other class.
     */
    void persons(Facts facts, String text, Source src) {
        if (text.contains(" the ")) {
            Matcher epithet = RULER_WITH_EPITHET.matcher(text);
            while (epithet.find()) {
                person(facts, epithet.group(1), src); // "Catherine the Great", "Ivan the Terrible"
            }
        }
        if (text.contains("who") || text.contains("(1") || text.contains("(b") || text.contains("ed by")) {
            persons(facts, PERSON_CUE.matcher(text), text, src);
        }
        if (text.contains(", ")) {
            persons(facts, personApposition.matcher(text), text, src);
            persons(facts, appositionAfterNoun.matcher(text), text, src);
        }
        // "Ivo Brant became governor", "with Ivo Brant as its governor", "named Ivo Brant governor", "the presidency of
        // Ivo Brant", "Ivo Brant was the first to hold the office"
        // (what stands before the name was looked at by the pattern: "the convention named Ivo Brant ..." is no
        // "the X")
        persons(facts, personPredicate.matcher(text), text, src, true);
        persons(facts, personObjectPredicate.matcher(text), text, src, true);
        if (text.contains(" and ")) {
            Matcher g = gappedPredicate.matcher(text);
            while (g.find()) {
                String second = lexicon.names().clean(withoutOpeners(g.group(2)), "Person");
                if (lexicon.names().mayBePerson(second)) {
                    person(facts, second, src);
                }
            }
        }
        if (text.contains(" of ")) {
            persons(facts, tenureOf.matcher(text), text, src, true);
        }
        if (text.contains(" to ")) {
            persons(facts, firstToHold.matcher(text), text, src, true);
        }
        // "the jurists Karl Brenner and Otto Feld", "the lawyer Ivo Marek": names after a noun only persons are
        listedPersons(facts, nounBeforeNames.matcher(text), text, src);
        if (text.contains("including ") || text.contains("among ") || text.contains("such as ")
                || text.contains("notably ")) {
            listedPersons(facts, includedPersons.matcher(text), text, src);
        }
        if (text.contains("s ")) {
            // "Ivo Brant's Unity Party": the owner (not "the German People's Congress")
            Matcher m = possessor.matcher(text);
            while (m.find()) {
                String name = withoutOpeners(m.group(1));
                String first = m.group(1).contains(" ") ? m.group(1).substring(0, m.group(1).indexOf(' ')) : "";
                if (lexicon.names().mayOwnAName(name) && !DETERMINERS.contains(first.toLowerCase(java.util.Locale.ROOT))
                        && lexicon.names().ownedGroup(text.substring(m.end()))) {
                    person(facts, name, src);
                }
            }
        }
        if (text.contains(" by ")) {
            persons(facts, agentOfLeading.matcher(text), text, src, true);
        }
        if (text.contains(" included ") || text.contains(" were ") || text.contains(" comprised ")) {
            listedPersons(facts, personsIncluded.matcher(text), text, src);
        }
        givenNamed(facts, text, src);
    }

    /**
     * A run of capitalised words (and the particles a name may hold) that opens with a given name, or with titles, an
     * opening word or an office's domain before one: "Ivo Brant", "Marshal Ivo Brant", "Under Ivo Brant", "the
     * Minister of War Ivo Brant" name Ivo Brant; two to four words of no other class ("Ivo Brant University" is a
     * university's name, "the Ivo Brant cabinet" a cabinet's).
     */
    private void givenNamed(Facts facts, String text, Source src) {
        Matcher m = capitalisedRun.matcher(text);
        while (m.find()) {
            // (an inner possessive ends the person's name: "Ivo Brant's Thaw" names Ivo Brant)
            String whole = m.group(1);
            Matcher inner = INNER_POSSESSIVE.matcher(whole);
            String run = POSSESSIVE_END.matcher(inner.find() ? whole.substring(0, inner.start()) : whole).replaceAll("");
            String[] w = Patterns.WHITESPACE.split(run);
            int k = 0;
            while (k < w.length && !NameChecker.givenName(w[k])) {
                k++;
            }
            if (k >= w.length - 1) {
                continue; // no given name, or one alone ("Ivo")
            }
            String candidate = String.join(" ", java.util.Arrays.copyOfRange(w, k, w.length));
            if (text.startsWith(" of ", m.end(1)) && endsWithNumeral(candidate)) {
                continue; // "Prince Heinrich XV of Reuss-Velm": a numbered name and its land, one name (NameChecker)
            }
            if (text.startsWith(" of ", m.end(1))) {
                // "crowned Ivo Brant King of Xland": the title before "of" is no part of the name
                String cut = lexicon.names().afterName(candidate + " of");
                candidate = cut.endsWith(" of") ? candidate : cut;
            }
            String before = text.substring(0, m.start(1));
            if (k == 0 && DETERMINER_BEFORE.matcher(before).useTransparentBounds(true)
                    .region(Math.max(0, before.length() - 20), before.length()).find()
                    || DETERMINERS.contains(w[0].toLowerCase(java.util.Locale.ROOT))) {
                continue; // "the Ivo Brant government", "a Karl Marx Square"
            }
            if (k > 0) {
                boolean titled = lexicon.names().personAfterTitle(run).filter(candidate::equals).isPresent();
                boolean opener = k == 1 && NameChecker.OPENERS.contains(w[0].toLowerCase(java.util.Locale.ROOT));
                Matcher office = OFFICE_BEFORE.matcher(before);
                boolean ofOffice = office.find() && personNouns.contains(office.group(1).toLowerCase(java.util.Locale.ROOT));
                if (!titled && !opener && !ofOffice) {
                    continue; // "Saint Ivo Church", "Velm Ivo Brant"
                }
            }
            String name = withoutFullStop(lexicon.names().clean(candidate, "Person"));
            String last = Discourse.lastWord(name).toLowerCase(java.util.Locale.ROOT);
            if (PLACE_HEADS.contains(last)) {
                continue; // "Karl Marx Allee", "Ivo Brant Mausoleum", "George Town": a place named after a person
            }
            if (Patterns.WHITESPACE.split(name).length >= 2 && lexicon.names().mayBePerson(name)
                    && normalizer.classify(name, facts.abbreviations()).isEmpty()
                    && !lexicon.names().hasCommonWord(name)) {
                person(facts, name, src);
            }
        }
    }

    private static final Pattern POSSESSIVE_END = Pattern.compile("['’]s?$");
    /** Whether a name of two words or more ends with a Roman numeral: "Heinrich XV". */
    private static boolean endsWithNumeral(String name) {
        int sp = name.lastIndexOf(' ');
        String last = name.substring(sp + 1);
        return sp > 0 && last.equals(last.toUpperCase(java.util.Locale.ROOT)) && Patterns.romanNumeral(last).isPresent();
    }
    private static final Pattern INNER_POSSESSIVE = Pattern.compile("['’]s ");
    /** Nouns that end a place's, a building's or an award's name after a person's (place-heads.txt). */
    private static final Set<String> PLACE_HEADS = Lexicon.lowerWords("place-heads.txt");


    /** A ruler's given name and an epithet after "the" (ruler-epithets.txt), not opening a longer name. */
    private static final Pattern RULER_WITH_EPITHET = Pattern.compile("(?<![\\p{L}'’-])(?<!\\p{Lu}\\p{L}{0,20} )(\\p{Lu}\\p{Ll}+ "
            + "the (?:" + String.join("|", Lexicon.lowerWords("ruler-epithets.txt").stream()
                    .map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1)).toList()) + "))\\b(?! \\p{Lu})");

    /** A word of a name going on in lower case after a hyphen: "French-speaking", "Velm-born" (no person's name). */
    private static final Pattern LOWER_AFTER_HYPHEN = Pattern.compile("\\p{L}-\\p{Ll}");

    /** Each name of the list each match's first group holds ("A, B and C") that may be a person's is one. */
    private void listedPersons(Facts facts, Matcher m, String text, Source src) {
        while (m.find()) {
            String list = m.group(1) == null && m.groupCount() >= 2 ? m.group(2) : m.group(1); // (of either branch)
            String[] items = LIST_SEPARATOR.split(list);
            if (items.length == 2 && list.contains(", and ")) {
                // "the ambassador Ivo Brant, and Velm Guard units rose": ", and" before a second name opens a clause
                // (two names of one list take no comma)
                items = java.util.Arrays.copyOf(items, 1);
            }
            int listEnd = m.group(1) == null && m.groupCount() >= 2 ? m.end(2) : m.end(1);
            for (int k = 0; k < items.length; k++) {
                String one = items[k];
                if (k == items.length - 1 && text.startsWith(" of ", listEnd) && endsWithNumeral(one.strip())) {
                    continue; // "the general Prince Heinrich XV of Reuss-Velm": a numbered name and its land, one name
                }
                String name = withoutFullStop(lexicon.names().clean(one.strip(), "Person"));
                if (lexicon.names().mayBePerson(name) && !LOWER_AFTER_HYPHEN.matcher(name).find()) {
                    person(facts, name, src); // (not "French-speaking Canadiens": a people described)
                }
            }
        }
    }

    /**
     * A name less the words that open a sentence or a clause before it ("Eventually Ivo Brant", "Under Ivo Brant":
     * sentence-openers.txt, leading-words.txt); empty when less than two words would be left.
     */
    private static String withoutOpeners(String name) {
        String cur = name;
        while (true) {
            int sp = cur.indexOf(' ');
            if (sp < 0 || !NameChecker.OPENERS.contains(cur.substring(0, sp).toLowerCase(java.util.Locale.ROOT))) {
                return cur;
            }
            if (cur.indexOf(' ', sp + 1) < 0) {
                return ""; // ("Under Xland's Charter": one word left, no person's name)
            }
            cur = cur.substring(sp + 1);
        }
    }

    /** A person the text names, by that name, in its article. */
    private static void person(Facts facts, String name, Source src) {
        facts.name(new NameRef(name, facts.article().id(), "Person"), name, "en", Origin.DIRECT, src);
    }

    /** Words that open a noun phrase, never a person's name: "The Velm Worker's Party" has no owner "Velm Worker". */
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "its", "his", "her", "their");

    /** One of {@link #DETERMINERS} right before a run of capitalised words: the run modifies what follows. */
    private static final Pattern DETERMINER_BEFORE = Pattern.compile("(?i)\\b(?:" + String.join("|", DETERMINERS)
            + ")\\s+$");

    /** The name a match holds: its first group that matched (a pattern of alternatives has one in each). */
    private static String nameOf(Matcher m) {
        for (int g = 1; g <= m.groupCount(); g++) {
            if (m.group(g) != null) {
                return m.group(g);
            }
        }
        return "";
    }

    /** A name less the sentence's full stop after it, not an initial's ("Ivo B.") or a suffix's ("Ivo Brant Jr."). */
    private static String withoutFullStop(String name) {
        return name.endsWith(".") && name.length() - name.lastIndexOf(' ') > 4 ? name.substring(0, name.length() - 1)
                : name;
    }

    private void persons(Facts facts, Matcher m, String text, Source src) {
        persons(facts, m, text, src, false);
    }

    /**
     * ... where {@code checked} says that the pattern itself looked at what stands before the name; else an article
     * and at most two lower-case words before the match make the name a thing's ("the Great Purge (1936–1938)").
     */
    private void persons(Facts facts, Matcher m, String text, Source src, boolean checked) {
        while (m.find()) {
            String preceding = text.substring(Math.max(0, m.start() - 40), m.start());
            Matcher the = THE_BEFORE.matcher(preceding);
            if (!checked && the.find() && !personNouns.contains(Discourse.lastWord(preceding))
                    || nameOf(m).startsWith("The ")) {
                continue; // "the Great Purge (1936–1938)", "The Young Xlanders, who ...": no person's name; but "the
                          // jurist Ivan Petrov (1870–1937)" is one
            }
            Matcher office = OFFICE_BEFORE.matcher(preceding);
            if (office.find() && personNouns.contains(office.group(1).toLowerCase(java.util.Locale.ROOT))) {
                continue; // "the Minister of Foreign Affairs, the Minister of War": an office's domain, no person
            }
            String name = lexicon.names().clean(checked ? withoutOpeners(nameOf(m)) : nameOf(m), "Person");
            name = withoutFullStop(name);
            if (Patterns.WHITESPACE.splitAsStream(name).anyMatch(w -> personNouns.contains(w.toLowerCase(
                    java.util.Locale.ROOT)))) {
                continue; // "a Governor General, appointed by the King,": an office, not a person's name
            }
            if (lexicon.names().mayBePerson(name)) {
                person(facts, name, src);
            }
        }
    }

    /**
     * "the original 1946 constitution", "the 1968 treaty", "the constitution of 1948": an instrument named by its year
     * and a lower-case head noun of generic-heads.txt that names an instrument is the instrument "1946 Constitution"
     * (of the article's state, as every generic name), unless it is the article's subject.
     */
    void datedInstruments(ReadingState st, String text, Source src) {
        for (boolean after : new boolean[] {false, true}) {
            Matcher m = (after ? DATED_AFTER : DATED).matcher(text);
            while (m.find()) {
                String year = m.group(after ? 3 : 1);
                String head = m.group(2);
                String name = year + " " + Character.toUpperCase(head.charAt(0)) + head.substring(1);
                Optional<String> cls = normalizer.classify(name, st.facts.abbreviations());
                if (cls.isEmpty() || !OntologyClasses.get().isA(cls.get(), after && !m.group(1).isEmpty() ? "Constitution"
                        : "LegalInstrument")
                        || !lexicon.descriptionHeads().contains(head) || !Patterns.singular(head).equals(head)
                        || st.subjectOf("the " + name) != null // (not "the constitutions of 1918 and 1924")
                        || madeThen(st, cls.get(), Integer.parseInt(year))) {
                    continue;
                }
                st.facts.name(new NameRef(name, st.facts.article().id(), cls.get()), name, "en", Origin.DIRECT, src);
            }
        }
    }

    /**
     * Whether the article's subject is an instrument of that class made in that year ("the 1928 statute" in its own
     * article; not "the 1928 treaty" in the article on a statute). Only the dates read so far count.
     */
    private static boolean madeThen(ReadingState st, String cls, int year) {
        String own = st.facts.subjectClass();
        return own != null && OntologyClasses.get().isA(own, "LegalInstrument") && OntologyClasses.get().isA(own, cls)
                && st.facts.madeYears().contains(year);
    }

    /**
     * Whether an organ's name opens with a year and the rest refers to the article's subject, an organ that existed
     * that year (or of no stated lifetime): a dated mention of the subject, not another organ ("the 1946 Constituent
     * Assembly" in an article on the assembly of 1919 is another one).
     */
    private boolean yearOfSubject(ReadingState st, String n, Optional<String> cls) {
        Matcher y = LEADING_YEAR.matcher(n);
        if (!y.lookingAt() || cls.filter(c -> OntologyClasses.get().isA(c, "StateOrgan")).isEmpty()
                || !st.facts.subject().equals(st.subjectOf("the " + n.substring(y.end())))) {
            return false;
        }
        int year = Integer.parseInt(y.group(1));
        return st.facts.subjectYears(true).allMatch(at -> year >= at) && st.facts.subjectYears(false)
                .allMatch(at -> year <= at);
    }

    /** Whether the text has given the name to a thing of another name ("the 7th Diet, the so-called Long Diet"). */
    private static boolean nameOfAnother(Facts facts, String n) {
        return facts.names().stream().anyMatch(x -> x.text().equals(n)
                && !(x.ref() instanceof NameRef r && r.name().equals(n)));
    }

    /** Whether a name stands in quotation marks of its own ("the "Congress of Victors""). */
    private static boolean quoted(String text, NameFinder.Span span) {
        return span.start() > 0 && span.end() < text.length() && "\"“".indexOf(text.charAt(span.start() - 1)) >= 0
                && "\"”".indexOf(text.charAt(span.end())) >= 0;
    }

    /**
     * "the Land Patent of 26 February 1861", "the Law of 3 May 1791": an instrument named after the day it was made is
     * made that day (a year alone after a name only tells it from others of its name; a month without a day too);
     * never the subject's ("It replaced the Constitution of 5 December 1936" in the article on the next one).
     */
    private static void madeOnTheDayOfItsName(Facts facts, String text, NameFinder.Span span, Ref r, String name,
            String cls, Source src) {
        if (!OntologyClasses.get().isA(cls, "LegalInstrument")) {
            return;
        }
        Matcher d = DAY_AFTER_NAME.matcher(text).region(span.end(), text.length());
        if (d.lookingAt()) {
            DateParser.parse(d.group(1)).filter(p -> p.day() > 0).ifPresent(p -> {
                facts.name(r, name, "en", Origin.DIRECT, src);
                facts.claim(r, "adopted", p.toNode(), src, false);
            });
        }
    }

    /** A whole date after " of " right after a name: " of 26 February 1861", " of May 3, 1791". */
    private static final Pattern DAY_AFTER_NAME = Pattern.compile(" of ((?:\\d{1,2} (?:" + DateParser.MONTH
            + ")|(?:" + DateParser.MONTH + ") \\d{1,2},?) \\d{4})\\b");

    /** A plural of members of a movement ending a name: "Social Democrats", "Young Radicals", "Old Believers". */
    private static final Pattern GROUP_PLURAL = Pattern.compile("\\p{L}(?:ists|ats|ans|ives|ites|als|ers)$");

    /** "chaired by", "presided over by", "whose chairman was (the economist)": what a chair's name follows. */
    private static final Pattern CHAIRED_BY = Pattern.compile(
            "(?:\\b(?:chaired|headed|led|presided over) by|\\bwhose (\\p{Ll}+) (?:was|is|became))"
            + "(?: the(?: \\p{L}[\\p{L}'-]*){0,2} \\p{Ll}+)? $");

    /**
     * Whether the name at {@code start} holds the chair of something, whether or not the text names it: "a commission
     * whose chairman was Ivan Petrov", "a five-member body chaired by Ivan Petrov" (a person all the same).
     */
    private boolean holdsAChair(String text, int start) {
        Matcher m = CHAIRED_BY.matcher(text).region(Math.max(0, start - 60), start);
        return m.find() && (m.group(1) == null || lexicon.chairTitles().contains(m.group(1)));
    }

    /**
     * The class of the body a name is said to hold a power as: "Legislative power was exercised by the Mejlis",
     * "executive authority lay with the Nazirate" (power-holders.tsv); empty else.
     */
    private static Optional<String> powerHeld(String text, NameFinder.Span span) {
        Matcher m = POWER_HELD.matcher(text.substring(0, span.start()));
        if (!m.find()) {
            return Optional.empty();
        }
        return Optional.ofNullable(POWER_HOLDERS.get(m.group(1).toLowerCase(java.util.Locale.ROOT)));
    }

    private static final java.util.Map<String, String> POWER_HOLDERS = Lexicon.classTable("power-holders.tsv");
    private static final Pattern POWER_HELD = Pattern.compile("\\b([A-Za-z]+) (?:power|authority|powers)"
            + " (?:was |is |were |are )?(?:exercised by|vested in|held by|lay with|lies with|rested with|rests with"
            + "|belonged to|belongs to|resided in|passed to|was entrusted to|entrusted to)(?: the)? $");

    /**
     * Whether a name and a number is a cabinet's: after "the" or a noun of cabinets, or before one (cabinet-nouns.txt:
     * "the Berg II cabinet", "the cabinets Berg II and Berg III").
     */
    private static boolean cabinetsName(String text, NameFinder.Span span) {
        String before = Discourse.lastWord(text.substring(0, span.start())).toLowerCase(java.util.Locale.ROOT);
        Matcher after = NEXT_WORD.matcher(text).region(span.end(), text.length());
        String next = after.lookingAt() ? after.group(1).toLowerCase(java.util.Locale.ROOT) : "";
        return before.equals("the") || CABINET_NOUNS.contains(before) || CABINET_NOUNS.contains(next);
    }

    private static final Set<String> CABINET_NOUNS = Lexicon.lowerWords("cabinet-nouns.txt");
    private static final Pattern NEXT_WORD = Pattern.compile("\\s+(\\p{L}+)");

    /** Names of organs, instruments, sessions and states wherever the text mentions them. */
    void read(ReadingState st, String text, List<NameFinder.Span> names, Source src) {
        Facts facts = st.facts;
        for (NameFinder.Span span : names) {
            String n = lexicon.names().clean(span.text(), null); // "Consideration of the Treaty of X": the treaty
            if (n.isEmpty()) {
                continue;
            }
            Optional<String> cls = normalizer.classify(n, facts.abbreviations());
            if (yearOfSubject(st, n, cls)) {
                continue; // "the 1917 Xland Assembly election" in the article on the Xland Assembly of 1917–1918
            }
            Optional<String> holds = cls.isEmpty() ? powerHeld(text, span) : Optional.empty();
            if (holds.isPresent()) {
                // "Legislative power was exercised by the Mejlis": a body of that kind, whatever its name
                facts.name(new NameRef(n, facts.article().id(), holds.get()), n, "en", Origin.DIRECT, src);
                continue;
            }
            if (cls.isEmpty()) {
                // "Marshal Ivan Petrov", "Premier Olga Smirnova": a title makes the name a person's (each of two
                // joined by "and")
                for (String part : AND.split(n)) {
                    lexicon.names().personAfterTitle(part).ifPresent(p -> facts.name(
                            new NameRef(p, facts.article().id(), "Person"), p, "en", Origin.DIRECT, src));
                }
                String ruler = n.endsWith(".") ? n.substring(0, n.length() - 1) : n; // (a sentence's full stop)
                if (lexicon.names().namesARuler(ruler) && !cabinetsName(text, span)) {
                    // "restored Otto III to the throne", "under Tavita IV": a ruler by the number of his name (not
                    // "the Berg II cabinet", "the cabinets Berg II and Berg III")
                    facts.name(new NameRef(ruler, facts.article().id(), "Person"), ruler, "en", Origin.DIRECT, src);
                    continue;
                }
                if (n.contains(" ") && holdsAChair(text, span.start()) && lexicon.names().mayBePerson(n)
                        && !GROUP_PLURAL.matcher(n).find()) { // ("led by Social Democrats": a party's members)
                    facts.name(new NameRef(n, facts.article().id(), "Person"), n, "en", Origin.DIRECT, src);
                }
                continue;
            }
            // ("the present Constitution of X" asked for as said: no name of a subject of the past)
            String before = Discourse.lastWord(text.substring(0, span.start()));
            Ref subject = st.subjectOf("the " + (SubjectMatcher.now(before) ? before + " " : "") + n);
            if (subject == null && worthNaming(n, cls.get(), facts) && !nameOfAnother(facts, n) && !quoted(text, span)) {
                madeOnTheDayOfItsName(facts, text, span, new NameRef(n, facts.article().id(), cls.get()), n,
                        cls.get(), src);
            }
            if (subject != null) {
                if (st.namesSubject(n) && !facts.subjectNames().contains(n)) {
                    facts.name(facts.subject(), n, "en", Origin.DIRECT, src);
                } else if (st.sectionYear != 0 && subject.equals(st.section)) {
                    facts.name(subject, n, "en", Origin.DIRECT, src); // a name of an overview section's instrument
                }
                continue;
            }
            if (!worthNaming(n, cls.get(), facts) || shortReference(st, n) || nameOfAnother(facts, n)
                    || quoted(text, span)) {
                continue; // (a name in quotes is a nickname: "remembered as the "Congress of Victors"" is no congress)
            }
            facts.name(new NameRef(n, facts.article().id(), cls.get()), n, "en", Origin.DIRECT, src);
        }
    }
}
