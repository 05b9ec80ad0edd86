package org.constitutionkg.server;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The benchmark's baseline (bench/http-bench.sh): a bare Fuseki serving one Turtle file read-only at
 * {@code /ds/sparql}, with the same Jetty output-buffer fix as {@link SparqlServer}. Not a test.
 * <pre>java -cp ... org.constitutionkg.server.BareFuseki FILE.ttl PORT</pre>
 */
public final class BareFuseki {

    private BareFuseki() {
    }

    public static void main(String[] args) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        Dataset ds = DatasetFactory.wrap(dsg);
        RDFDataMgr.read(ds.getDefaultModel(), args[0]);
        FusekiServer server = FusekiServer.create().port(Integer.parseInt(args[1])).verbose(false)
                .add("/ds", ds.asDatasetGraph(), false).build();
        for (Connector c : server.getJettyServer().getConnectors()) {
            if (c instanceof ServerConnector sc) {
                sc.setHost("127.0.0.1");
            }
            HttpConnectionFactory http = c.getConnectionFactory(HttpConnectionFactory.class);
            if (http != null) {
                http.getHttpConfiguration().setOutputBufferSize(32 * 1024);
            }
        }
        server.start();
        System.out.println("bare fuseki: serving " + dsg.getDefaultGraph().size() + " triples at http://127.0.0.1:"
                + server.getPort() + "/ds/sparql");
        System.out.flush();
        server.join();
    }
}
