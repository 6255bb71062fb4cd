package com.capacityworkbench.bench.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** The JSON the measuring JVMs print and the run's results file holds: one record per line. */
final class Json {

    static final ObjectMapper MAPPER = new ObjectMapper().disable(SerializationFeature.INDENT_OUTPUT);
    /** Marks the one line of a measuring JVM's output that carries its result. */
    static final String RESULT_PREFIX = "BENCH-RESULT ";

    private Json() {
    }
}
