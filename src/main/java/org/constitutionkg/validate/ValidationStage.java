package org.constitutionkg.validate;

import org.apache.jena.query.Dataset;

/**
 * One validation step between building a dataset and publishing it. {@code ckg build}, {@code ckg serve} and
 * {@code ckg validate} all go through {@link ShapesValidator}, the SHACL implementation.
 */
public interface ValidationStage {

    /**
     * Validates the union of every graph in {@code dataset} (article graphs, provenance graph, ontology graph and
     * the default graph). Never modifies the dataset.
     */
    ValidationResult validate(Dataset dataset);
}
