package org.constitutionkg.link;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.constitutionkg.link.EntityIndex.Entity;
import org.constitutionkg.link.LinksTable.Kind;
import org.constitutionkg.link.LinksTable.Row;

/**
 * Online reconciliation: for every entity without a link, searches Wikidata with each of its English names, fetches
 * the candidates, scores them ({@link Scorer}) and decides:
 * <ul>
 *   <li>{@link Decision#ACCEPTED}: the best candidate scores at least {@code accept}, leads the next one by more than
 *       {@link #TIE_MARGIN}, and its item is not linked to another of our entities already;</li>
 *   <li>{@link Decision#TIE}: the best two are within {@link #TIE_MARGIN}: left for review;</li>
 *   <li>{@link Decision#TAKEN}: the item is already linked to another entity: left for review;</li>
 *   <li>{@link Decision#REVIEW}: everything else that was found.</li>
 * </ul>
 * Only accepted proposals become links (rows with origin {@code reconciled}); every proposal goes to the review file.
 */
public final class Reconciler {

    /** Two best scores closer than this are a tie. */
    public static final double TIE_MARGIN = 0.05;
    /** Proposals kept per entity in the review file. */
    static final int KEEP = 3;

    /** What became of a proposal. */
    public enum Decision {
        ACCEPTED, TIE, TAKEN, REVIEW, NONE;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * One proposal: our entity, a candidate (null when nothing was found), its score and evidence, the decision.
     */
    public record Proposal(Entity entity, Candidate candidate, double score, String evidence, Decision decision) {
    }

    /**
     * The result of a run.
     *
     * @param proposals every proposal, entity by entity, best first
     * @param accepted  the rows to add to the links file
     * @param skipped   entities that could not be reconciled (as {@code label: reason})
     * @param checked   how many entities were looked up
     */
    public record Outcome(List<Proposal> proposals, List<Row> accepted, List<String> skipped, int checked) {
    }

    private final WikidataClient client;
    private final Scorer scorer;
    private final double accept;
    private final LocalDate today;

    public Reconciler(WikidataClient client, double accept, LocalDate today) {
        this(client, new Scorer(), accept, today);
    }

    public Reconciler(WikidataClient client, Scorer scorer, double accept, LocalDate today) {
        this.client = client;
        this.scorer = scorer;
        this.accept = accept;
        this.today = today;
    }

    /**
     * Reconciles every entity of {@code index} that {@code existing} does not link.
     *
     * @throws WikidataClient.UnreachableException when the API cannot be reached: nothing is decided
     */
    public Outcome run(EntityIndex index, WikidataLinks.Result existing) throws WikidataClient.UnreachableException {
        Set<Node> linked = existing.linkedEntities();
        Map<String, Node> takenBy = new LinkedHashMap<>();
        for (WikidataLinks.Link l : existing.links()) {
            if (l.row().kind() == Kind.EXACT) {
                takenBy.putIfAbsent(l.item().getURI().substring(Wikidata.ENTITY.length()), l.entity());
            }
        }
        List<Proposal> proposals = new ArrayList<>();
        List<Row> accepted = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        int checked = 0;
        for (Entity e : index.all()) {
            if (linked.contains(e.iri())) {
                continue;
            }
            checked++;
            List<Proposal> mine;
            try {
                mine = reconcile(e, takenBy);
            } catch (WikidataClient.UnreachableException ex) {
                throw ex;
            } catch (IOException | RuntimeException ex) {
                skipped.add(e.label() + ": " + ex.getMessage());
                continue;
            }
            proposals.addAll(mine);
            if (!mine.isEmpty() && mine.get(0).decision() == Decision.ACCEPTED) {
                Proposal p = mine.get(0);
                takenBy.put(p.candidate().id(), e.iri());
                accepted.add(row(p));
            }
        }
        return new Outcome(List.copyOf(proposals), List.copyOf(accepted), List.copyOf(skipped), checked);
    }

    private List<Proposal> reconcile(Entity e, Map<String, Node> takenBy) throws IOException {
        Set<String> ids = new LinkedHashSet<>();
        for (String name : e.names()) {
            for (WikidataClient.SearchHit h : client.search(name)) {
                ids.add(h.id());
            }
        }
        if (ids.isEmpty()) {
            return List.of(new Proposal(e, null, 0, "no search result for " + String.join(" | ", e.names()),
                    Decision.NONE));
        }
        Map<String, Candidate> cands = client.getEntities(ids);
        List<Proposal> scored = new ArrayList<>();
        for (Candidate c : cands.values()) {
            Scorer.Score s = scorer.score(e, c);
            scored.add(new Proposal(e, c, s.score(), s.evidence(), Decision.REVIEW));
        }
        scored.sort(Comparator.comparingDouble(Proposal::score).reversed()
                .thenComparing(p -> p.candidate().id(), Comparator.comparingInt(Reconciler::qnum)));
        List<Proposal> out = new ArrayList<>();
        for (int i = 0; i < scored.size() && i < KEEP; i++) {
            Proposal p = scored.get(i);
            Decision d = Decision.REVIEW;
            String evidence = p.evidence();
            Node owner = takenBy.get(p.candidate().id());
            boolean tie = scored.size() > 1 && Math.abs(scored.get(0).score() - scored.get(1).score()) < TIE_MARGIN
                    && i < 2 && p.score() >= accept;
            if (owner != null && !owner.equals(e.iri())) {
                d = Decision.TAKEN;
                evidence += "; already linked to " + owner.getURI();
            } else if (tie) {
                d = Decision.TIE;
                evidence += String.format(Locale.ROOT, "; tie: the best two are within %.2f", TIE_MARGIN);
            } else if (i == 0 && p.score() >= accept) {
                d = Decision.ACCEPTED;
            }
            out.add(new Proposal(e, p.candidate(), p.score(), evidence, d));
        }
        return out;
    }

    private static int qnum(String id) {
        try {
            return Integer.parseInt(id.substring(1));
        } catch (RuntimeException e) {
            return Integer.MAX_VALUE;
        }
    }

    private Row row(Proposal p) {
        Candidate c = p.candidate();
        String note = c.name() + (c.description() == null || c.description().isEmpty() ? "" : " — " + c.description());
        return new Row(0, "", p.entity().label(), c.id(), LinksTable.RECONCILED, Kind.EXACT,
                p.entity().mainClass(), "label", LinksTable.RECONCILED, String.format(Locale.ROOT, "%.3f", p.score()),
                today.toString(), "ckg link: " + p.evidence(), note);
    }

    /** The review file (TSV with a header line): one line per proposal. */
    public static String reviewText(List<Proposal> proposals) {
        StringBuilder sb = new StringBuilder(
                "entity\tlabel\tclass\tcandidate\tcandidate_label\tcandidate_description\tscore\tdecision\tevidence\n");
        for (Proposal p : proposals) {
            Candidate c = p.candidate();
            sb.append(String.join("\t", p.entity().iri().getURI(), clean(p.entity().label()),
                    "ckg:" + p.entity().mainClass(), c == null ? "" : c.id(), c == null ? "" : clean(c.label()),
                    c == null ? "" : clean(c.description()), String.format(Locale.ROOT, "%.3f", p.score()),
                    p.decision().label(), clean(p.evidence()))).append('\n');
        }
        return sb.toString();
    }

    private static String clean(String s) {
        return s == null ? "" : s.replaceAll("[\\t\\r\\n]+", " ").strip();
    }
}
