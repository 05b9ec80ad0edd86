package org.constitutionkg.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Writes a synthetic corpus of articles about invented polities, their constitutions, state organs and sessions, for
 * scale benchmarks. The wording is the team's own (no text of real articles); names and dates come from word lists
 * and a seeded random generator, so a corpus is reproducible from {@code --seed}. The facts are consistent within a
 * polity (dates ascend, every successor comes after its predecessor, seats fit the member count), so the built graph
 * conforms to the shapes; each article is about 1–2 KB.
 * <pre>
 *   java ... org.constitutionkg.bench.CorpusGenerator --out /tmp/corpus-10k --articles 10000 --seed 1
 * </pre>
 * Article kinds: a constitution (about half), a legislature with its sessions, an executive body, and a congress.
 * Infoboxes come as an {@code Infobox} line, a caption line, or not at all, with synonymous keys (Formed /
 * Established, Preceded By / Preceding1, Signers / Signatories / Signed By, ...). Prose uses sentence shapes the
 * prose rules know ({@code prose-rules.txt}) plus filler sentences no rule matches.
 */
public final class CorpusGenerator {

    private static final String[] ONSETS = {"Val", "Kor", "Mer", "Tal", "Bra", "Zen", "Ost", "Lun", "Dra", "Fel",
        "Ruv", "Sel", "Tor", "Nav", "Ard", "Cas", "Ely", "Gor", "Hes", "Ith", "Jar", "Kel", "Lor", "Mor", "Nes",
        "Pel", "Quor", "Ros", "Sav", "Ulm", "Vor", "Wen", "Yar", "Zol", "Bel", "Dun"};
    private static final String[] MIDDLES = {"do", "ve", "ma", "sta", "ri", "ga", "ova", "e", "i", "o", "ra", "le",
        "na", "ti", "be", "ku", "si", "mo", "de", "pa", "lu", "ze"};
    private static final String[] ENDS = {"ria", "nia", "vania", "stan", "dia", "lia", "ria", "thia"};
    private static final String[] FIRST = {"Arvid", "Mela", "Oskar", "Ilse", "Teodor", "Vera", "Anselm", "Lida",
        "Rurik", "Hanne", "Casimir", "Olena", "Matvei", "Greta", "Bogdan", "Irma", "Dmitar", "Sabine", "Feliks",
        "Agata", "Lev", "Marta", "Pavel", "Zora"};
    private static final String[] SURNAME_ENDS = {"ov", "ek", "ski", "enko", "an", "ich", "ardt", "in", "escu",
        "ovic", "er", "ani"};
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};
    private static final String[] ORDINALS = {"First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh",
        "Eighth", "Ninth", "Tenth"};
    private static final String[] CITY_ENDS = {"hold", "grad", "burg", "ovo", "port", "stad", "mir", "polis"};
    private static final String[] FILLER = {
        "Its work was reported in the official gazette of the republic.",
        "Historians still debate how much real influence it had on everyday government.",
        "Deputies were paid a modest allowance during sessions and returned to their regular work afterwards.",
        "The text was printed in several languages spoken in the country.",
        "Few of its provisions were tested in court during the period.",
        "Sessions were usually short and most decisions were taken unanimously.",
        "Contemporary observers described the procedure as largely ceremonial.",
        "A standing commission prepared the drafts that were put to the vote.",
    };

    private final Random r;
    private final Set<String> usedStems = new HashSet<>();

    CorpusGenerator(long seed) {
        this.r = new Random(seed);
    }

    public static void main(String[] args) throws IOException {
        Path out = null;
        int articles = 1000;
        long seed = 1;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--out" -> out = Path.of(args[++i]);
                case "--articles" -> articles = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                default -> {
                    System.err.println("usage: CorpusGenerator --out DIR --articles N [--seed S]");
                    System.exit(2);
                }
            }
        }
        if (out == null) {
            System.err.println("usage: CorpusGenerator --out DIR --articles N [--seed S]");
            System.exit(2);
        }
        long t0 = System.nanoTime();
        long bytes = new CorpusGenerator(seed).write(out, articles);
        System.err.printf(Locale.ROOT, "wrote %d articles (%.1f MB) to %s in %.1f s%n", articles, bytes / 1e6, out,
                (System.nanoTime() - t0) / 1e9);
    }

    /** Writes {@code n} articles into {@code dir} (created; existing {@code *.txt} files there are kept). */
    long write(Path dir, int n) throws IOException {
        Files.createDirectories(dir);
        long bytes = 0;
        int written = 0;
        int polityNo = 0;
        while (written < n) {
            Polity p = polity(polityNo++);
            for (String article : p.articles(this)) {
                if (written >= n) {
                    break;
                }
                Path f = dir.resolve(String.format(Locale.ROOT, "%07d_%s.txt", written, p.stem.toLowerCase(Locale.ROOT)));
                try (BufferedWriter w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
                    w.write(article);
                }
                bytes += article.getBytes(StandardCharsets.UTF_8).length;
                written++;
            }
        }
        return bytes;
    }

    // ---- the invented world ---------------------------------------------------------------------------------------

    /** A date; {@code precision} 1 year, 2 month, 3 day. */
    record Date(int year, int month, int day) {
        String text(int precision, boolean american) {
            return switch (precision) {
                case 1 -> Integer.toString(year);
                case 2 -> MONTHS[month - 1] + " " + year;
                default -> american ? MONTHS[month - 1] + " " + day + ", " + year : day + " " + MONTHS[month - 1] + " " + year;
            };
        }

        String full() {
            return day + " " + MONTHS[month - 1] + " " + year;
        }
    }

    private Date date(int year) {
        return new Date(year, 1 + r.nextInt(12), 1 + r.nextInt(28));
    }

    private String stem() {
        for (int tries = 0; ; tries++) {
            String s = ONSETS[r.nextInt(ONSETS.length)] + MIDDLES[r.nextInt(MIDDLES.length)]
                    + (tries > 20 ? MIDDLES[r.nextInt(MIDDLES.length)] : "") + ENDS[r.nextInt(ENDS.length)];
            if (usedStems.add(s)) {
                return s;
            }
        }
    }

    private String person() {
        String last = ONSETS[r.nextInt(ONSETS.length)] + MIDDLES[r.nextInt(MIDDLES.length)]
                + SURNAME_ENDS[r.nextInt(SURNAME_ENDS.length)];
        return FIRST[r.nextInt(FIRST.length)] + " " + last;
    }

    private static String adjective(String stem) {
        return stem.endsWith("stan") ? stem + "i" : stem + "n";
    }

    private Polity polity(int no) {
        String stem = stem();
        Polity p = new Polity();
        p.stem = stem;
        p.adj = adjective(stem);
        p.name = switch (r.nextInt(4)) {
            case 0 -> "Republic of " + stem;
            case 1 -> adjective(stem) + " Soviet Socialist Republic";
            case 2 -> "People's Republic of " + stem;
            default -> "Federation of " + stem;
        };
        p.capital = ONSETS[r.nextInt(ONSETS.length)] + CITY_ENDS[r.nextInt(CITY_ENDS.length)];
        int year = 1900 + r.nextInt(40);
        int constitutions = 2 + r.nextInt(3);
        for (int i = 0; i < constitutions; i++) {
            Date adopted = date(year);
            p.constitutions.add(new Constitution(year + " Constitution of " + stem, adopted,
                    new Date(year, Math.min(12, adopted.month + 1), adopted.day), person(), person()));
            year += 6 + r.nextInt(15);
        }
        Date first = p.constitutions.get(0).adopted;
        p.legislature = new Organ(r.nextBoolean() ? "Supreme Council of " + stem : "National Assembly of " + stem,
                new Date(first.year, first.month, first.day), null, 200 + r.nextInt(900), person());
        p.congress = new Organ(p.adj + " Congress of Soviets", date(first.year - 1 - r.nextInt(3)),
                new Date(first.year, first.month, first.day), 500 + r.nextInt(2000), person());
        p.executive = new Organ("Council of Ministers of " + stem, date(first.year + 1), null, 15 + r.nextInt(30),
                person());
        p.upper = "Chamber of Regions of " + stem;
        p.lower = "Chamber of Deputies of " + stem;
        return p;
    }

    static final class Polity {
        String stem;
        String adj;
        String name;
        String capital;
        final List<Constitution> constitutions = new ArrayList<>();
        Organ legislature;
        Organ congress;
        Organ executive;
        String upper;
        String lower;

        List<String> articles(CorpusGenerator g) {
            List<String> out = new ArrayList<>();
            for (int i = 0; i < constitutions.size(); i++) {
                out.add(g.constitutionArticle(this, i));
            }
            out.add(g.legislatureArticle(this));
            out.add(g.congressArticle(this));
            out.add(g.executiveArticle(this));
            return out;
        }
    }

    record Constitution(String title, Date adopted, Date effective, String signer1, String signer2) { }

    record Organ(String name, Date established, Date disbanded, int members, String chair) { }

    // ---- article templates ----------------------------------------------------------------------------------------

    private String pick(String... options) {
        return options[r.nextInt(options.length)];
    }

    String constitutionArticle(Polity p, int i) {
        Constitution c = p.constitutions.get(i);
        Constitution prev = i > 0 ? p.constitutions.get(i - 1) : null;
        Constitution next = i + 1 < p.constitutions.size() ? p.constitutions.get(i + 1) : null;
        StringBuilder sb = new StringBuilder();
        sb.append("= ").append(c.title()).append(" =\n\n");
        int style = r.nextInt(3);
        if (style < 2) {
            sb.append(style == 0 ? "Infobox\n" : "Constitution of " + p.stem + "\n");
            sb.append("- ").append(pick("Jurisdiction", "Territorial Extent")).append(": ").append(p.name).append('\n');
            sb.append("- ").append(pick("Date Adopted", "Enacted", "Date Enacted")).append(": ")
                    .append(c.adopted().full()).append('\n');
            sb.append("- ").append(pick("Date Effective", "Effective Date", "Date Commenced")).append(": ")
                    .append(c.effective().full()).append('\n');
            sb.append("- ").append(pick("Enacted By", "Adopted By")).append(": ").append(p.legislature.name())
                    .append('\n');
            sb.append("- ").append(pick("Signers", "Signatories", "Signed By")).append(": ").append(c.signer1())
                    .append(", ").append(c.signer2()).append('\n');
            if (prev != null) {
                sb.append("- ").append(pick("Preceded By", "Preceding1", "Supersedes")).append(": ")
                        .append(prev.title()).append('\n');
            }
            if (next != null) {
                sb.append("- Repealed By: ").append(next.title()).append('\n');
                sb.append("- Date Repealed: ").append(next.adopted().full()).append('\n');
            }
            sb.append('\n');
        }
        sb.append("The ").append(c.title()).append(" was adopted by the ").append(p.legislature.name())
                .append(" on ").append(c.adopted().full()).append(". ");
        sb.append(pick("It came into force on ", "The constitution came into force on "))
                .append(c.effective().full()).append(". ");
        sb.append("The constitution was signed by ").append(c.signer1()).append(" and ").append(c.signer2())
                .append(".\n\n");
        sb.append("== ").append(pick("Background", "Drafting", "History")).append(" ==\n");
        if (prev != null) {
            sb.append("The ").append(c.title()).append(" replaced the ").append(prev.title())
                    .append(" which had been in force since ").append(prev.adopted().year()).append(". ");
        }
        sb.append(FILLER[r.nextInt(FILLER.length)]).append(' ');
        if (i == 0) {
            sb.append("The constitution established the ").append(p.legislature.name())
                    .append(" to be the highest organ of state power. ");
        }
        sb.append(FILLER[r.nextInt(FILLER.length)]).append("\n\n");
        sb.append("== Structure ==\n");
        int chapters = 5 + r.nextInt(15);
        int articles = chapters * (5 + r.nextInt(12));
        sb.append("The constitution is divided into ").append(chapters).append(" chapters and ").append(articles)
                .append(" articles.\n");
        for (int k = 1; k <= Math.min(chapters, 4); k++) {
            sb.append(k).append(". ").append(pick("General provisions", "The organs of state power",
                    "Rights and duties of citizens", "The budget", "The courts", "Local government",
                    "Elections", "Amendments")).append('\n');
        }
        if (next != null) {
            sb.append("\n== Replacement ==\n");
            sb.append("The ").append(c.title()).append(" was replaced by the ").append(next.title()).append(" on ")
                    .append(next.adopted().full()).append(".\n");
        }
        return sb.toString();
    }

    String legislatureArticle(Polity p) {
        Organ o = p.legislature;
        StringBuilder sb = new StringBuilder();
        sb.append("= ").append(o.name()).append(" =\n\n");
        int style = r.nextInt(3);
        int upperSeats = o.members() / 3;
        if (style < 2) {
            sb.append(style == 0 ? "Infobox\n" : o.name() + "\n");
            sb.append("- House Type: Bicameral\n");
            sb.append("- ").append(pick("Established", "Formed", "Formation")).append(": ")
                    .append(o.established().full()).append('\n');
            sb.append("- ").append(pick("Preceded By", "Preceding1")).append(": ").append(p.congress.name())
                    .append('\n');
            sb.append("- Leader1 Type: Chairman of the ").append(o.name()).append('\n');
            sb.append("- Leader1: ").append(o.chair()).append('\n');
            sb.append("- Members: ").append(o.members()).append('\n');
            sb.append("- Political Groups1: ").append(p.adj).append(" Workers' Party (").append(o.members() / 2)
                    .append("), Independents (").append(o.members() / 4).append(")\n\n");
        }
        sb.append("The ").append(o.name()).append(" was the highest organ of state power of the ").append(p.name)
                .append(". ");
        sb.append("It was established on ").append(o.established().full()).append(". ");
        sb.append("The ").append(o.name()).append(" consisted of two chambers, the ").append(p.lower)
                .append(" and the ").append(p.upper).append(". ");
        sb.append("Its sessions were held in the ").append(p.capital).append(" Palace.\n\n");
        sb.append("== Powers ==\n");
        sb.append("The ").append(o.name()).append(" elected the ").append(p.executive.name())
                .append(", which was accountable to it. ");
        sb.append("The ").append(p.executive.name()).append(" was accountable to the ").append(o.name())
                .append(".\n");
        sb.append("- Adopting and amending the constitution\n- Approving the state budget\n"
                + "- Electing the government\n\n");
        sb.append("== Sessions ==\n");
        int sessions = 1 + r.nextInt(4);
        int year = o.established().year();
        for (int s = 0; s < sessions; s++) {
            year += 1 + r.nextInt(3);
            Date d = date(year);
            String name = ORDINALS[s] + " Session of the " + o.name();
            sb.append("=== ").append(name).append(" ===\n");
            sb.append("The ").append(name).append(" was held on ").append(d.full()).append(" in ")
                    .append(p.capital).append(". ").append(FILLER[r.nextInt(FILLER.length)]).append("\n\n");
        }
        return sb.toString();
    }

    String congressArticle(Polity p) {
        Organ o = p.congress;
        Constitution first = p.constitutions.get(0);
        StringBuilder sb = new StringBuilder();
        sb.append("= ").append(o.name()).append(" =\n\n");
        if (r.nextBoolean()) {
            sb.append("Infobox\n");
            sb.append("- ").append(pick("Established", "Formed")).append(": ").append(o.established().full())
                    .append('\n');
            sb.append("- ").append(pick("Disbanded", "Dissolved")).append(": ").append(o.disbanded().full())
                    .append('\n');
            sb.append("- ").append(pick("Succeeded By", "Successor")).append(": ").append(p.legislature.name())
                    .append('\n');
            sb.append("- Members: ").append(o.members()).append("\n\n");
        }
        sb.append("The ").append(o.name()).append(" was the supreme governing body of the ").append(p.name)
                .append(" from ").append(o.established().year()).append(" to ").append(o.disbanded().year())
                .append(". ");
        sb.append("The ").append(o.name()).append(" was replaced by the ").append(p.legislature.name())
                .append(". ").append(FILLER[r.nextInt(FILLER.length)]).append("\n\n");
        sb.append("== Congresses ==\n");
        int n = 1 + r.nextInt(3);
        int year = o.established().year();
        for (int s = 0; s < n && year < first.adopted().year(); s++) {
            Date d = new Date(year, 1 + r.nextInt(12), 1 + r.nextInt(20));
            String name = ORDINALS[s] + " " + p.adj + " Congress of Soviets";
            sb.append("=== ").append(name).append(" ===\n");
            sb.append("The ").append(name).append(" was held from ").append(d.day()).append(" to ")
                    .append(d.day() + 1 + r.nextInt(6)).append(' ').append(MONTHS[d.month() - 1]).append(' ')
                    .append(d.year()).append(" in ").append(p.capital).append(".\n\n");
            year += 1;
        }
        return sb.toString();
    }

    String executiveArticle(Polity p) {
        Organ o = p.executive;
        StringBuilder sb = new StringBuilder();
        sb.append("= ").append(o.name()).append(" =\n\n");
        if (r.nextInt(3) > 0) {
            sb.append(r.nextBoolean() ? "Infobox\n" : "Government of " + p.stem + "\n");
            sb.append("- ").append(pick("Formed", "Established")).append(": ").append(o.established().full())
                    .append('\n');
            sb.append("- Jurisdiction: ").append(p.name).append('\n');
            sb.append("- Members: ").append(o.members()).append("\n\n");
        }
        sb.append("The ").append(o.name()).append(" was the government of the ").append(p.name).append(". ");
        sb.append("It was established by the ").append(p.legislature.name()).append(" on ")
                .append(o.established().full()).append(". ");
        sb.append("The ").append(o.name()).append(" was headed by ").append(o.chair()).append(". ");
        sb.append(FILLER[r.nextInt(FILLER.length)]).append("\n\n");
        sb.append("== Composition ==\n");
        sb.append("| Office | Holder |\n");
        sb.append("| Chairman | ").append(o.chair()).append(" |\n");
        sb.append("| Deputy Chairman | ").append(person()).append(" |\n");
        return sb.toString();
    }
}
