package org.constitutionkg.site.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.constitutionkg.vocab.CKG;

/**
 * Entity search: an in-memory Lucene index of every name of every resource of the data (labels and other names, in
 * every language), built once per site, on its first search. A query's words are matched in any order, each as the
 * start of a word ("kalin" finds "Mikhail Kalinin"), without regard to case or diacritics ("sovet" finds "Sovét"); a
 * label's match ranks above another name's.
 * <pre>
 *   SearchIndex index = SearchIndex.build(ds, base);
 *   index.search("kalin", 10);   // [Hit[iri=.../Mikhail_Kalinin, label=Mikhail Kalinin, cls=Person, matched=...]]
 * </pre>
 */
public final class SearchIndex {

    /** One resource found: its IRI, label, class (local name, or "") and the name of it that matched. */
    public record Hit(String iri, String label, String cls, String matched) {
    }

    private static final String IRI = "iri";
    private static final String LABEL = "label";
    private static final String CLASS = "class";
    private static final String NAME = "name";
    private static final String STORED_NAME = "names";

    /** Words, lower case, letters folded to ASCII ("Šapošnikov" → "saposnikov"). */
    static final Analyzer ANALYZER = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            Tokenizer t = new StandardTokenizer();
            TokenStream s = new ASCIIFoldingFilter(new LowerCaseFilter(t));
            return new TokenStreamComponents(t, s);
        }
    };

    private final IndexSearcher searcher;
    private final int size;

    private SearchIndex(IndexSearcher searcher, int size) {
        this.searcher = searcher;
        this.size = size;
    }

    /** Indexes the names of the resources under {@code base} that {@code ds} describes. */
    public static SearchIndex build(Dataset ds, String base) {
        Map<Node, Entry> entries = Txn.calculateRead(ds, () -> read(ds.asDatasetGraph(), base));
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(ANALYZER))) {
            for (Map.Entry<Node, Entry> e : entries.entrySet()) {
                Document d = new Document();
                d.add(new StringField(IRI, e.getKey().getURI(), Field.Store.YES));
                d.add(new StoredField(LABEL, e.getValue().label()));
                d.add(new StoredField(CLASS, e.getValue().cls));
                d.add(new TextField(LABEL + "_text", e.getValue().label(), Field.Store.NO));
                for (String n : e.getValue().names) {
                    d.add(new TextField(NAME, n, Field.Store.NO));
                    d.add(new StoredField(STORED_NAME, n));
                }
                w.addDocument(d);
            }
            w.commit();
            return new SearchIndex(new IndexSearcher(DirectoryReader.open(dir)), entries.size());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the search index", e);
        }
    }

    private static final class Entry {
        final Set<String> names = new LinkedHashSet<>();
        String english;
        String any;
        String cls = "";

        String label() {
            return english != null ? english : any != null ? any : names.iterator().next();
        }
    }

    private static Map<Node, Entry> read(DatasetGraph dsg, String base) {
        Map<Node, Entry> out = new LinkedHashMap<>();
        for (Node p : List.of(RDFS.label.asNode(), SKOS.altLabel.asNode())) {
            dsg.find(Node.ANY, Node.ANY, p, Node.ANY).forEachRemaining(q -> {
                Node s = q.getSubject();
                Node o = q.getObject();
                if (!s.isURI() || !s.getURI().startsWith(base) || !o.isLiteral()) {
                    return;
                }
                Entry e = out.computeIfAbsent(s, k -> new Entry());
                String text = o.getLiteralLexicalForm();
                e.names.add(text);
                if (p.equals(RDFS.label.asNode())) {
                    String lang = o.getLiteralLanguage();
                    if (lang.isEmpty() || lang.toLowerCase(Locale.ROOT).startsWith("en")) {
                        e.english = e.english == null ? text : e.english;
                    } else if (e.any == null) {
                        e.any = text;
                    }
                }
            });
        }
        // the classes in one pass (a lookup per resource would visit every graph each time)
        dsg.find(Node.ANY, Node.ANY, RDF.type.asNode(), Node.ANY).forEachRemaining(q -> {
            Entry e = out.get(q.getSubject());
            Node c = q.getObject();
            if (e != null && e.cls.isEmpty() && c.isURI() && c.getURI().startsWith(CKG.NS)) {
                e.cls = c.getURI().substring(CKG.NS.length());
            }
        });
        return out;
    }

    /** How many resources are indexed. */
    public int size() {
        return size;
    }

    /** At most {@code limit} resources whose names hold the words of {@code q}, each as the start of a word. */
    public List<Hit> search(String q, int limit) {
        List<String> words = words(q);
        if (words.isEmpty() || limit <= 0) {
            return List.of();
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            BooleanQuery.Builder one = new BooleanQuery.Builder()
                    .add(new PrefixQuery(new Term(NAME, w)), BooleanClause.Occur.SHOULD)
                    .add(new BoostQuery(new TermQuery(new Term(NAME, w)), 2f), BooleanClause.Occur.SHOULD)
                    .add(new BoostQuery(new PrefixQuery(new Term(LABEL + "_text", w)), 3f), BooleanClause.Occur.SHOULD);
            all.add(one.build(), BooleanClause.Occur.MUST);
        }
        Query query = all.build();
        try {
            List<Hit> out = new ArrayList<>();
            for (ScoreDoc sd : searcher.search(query, limit).scoreDocs) {
                Document d = searcher.storedFields().document(sd.doc);
                out.add(new Hit(d.get(IRI), d.get(LABEL), d.get(CLASS), matched(d.getValues(STORED_NAME), words)));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("search failed", e);
        }
    }

    /** The first name that holds every word (each as the start of one of its words), or the first name. */
    private static String matched(String[] names, List<String> words) {
        for (String n : names) {
            List<String> w = words(n);
            boolean ok = true;
            for (String q : words) {
                ok &= w.stream().anyMatch(x -> x.startsWith(q));
            }
            if (ok) {
                return n;
            }
        }
        return names.length == 0 ? "" : names[0];
    }

    /** The words of a text as the index holds them. */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = ANALYZER.tokenStream(NAME, text == null ? "" : text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
