package com.capacityworkbench.bench.cli;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** The JSON the measuring JVMs print and the run's results file holds: one record per line. */
final class Json {

    // Derived properties (e.g. TimedScore.isUsable) are written too; reading ignores them.
    static final ObjectMapper MAPPER = new ObjectMapper().disable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    /** Marks the one line of a measuring JVM's output that carries its result. */
    static final String RESULT_PREFIX = "BENCH-RESULT ";

    private Json() {
    }
}
