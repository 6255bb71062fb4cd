package com.capacityworkbench.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one money format: what the command line, the explanations, the decks and the desktop app all show. */
class MoneyTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "4.98e9      | $4.98B",
        "12.3e6      | $12.3M",
        "12.34e6     | $12.3M",
        "980000      | $980k",
        "10000       | $10k",
        "9999        | $9,999",
        "1234.4      | $1,234",
        "0           | $0",
        "-5e6        | -$5.0M",
        "-750        | -$750"})
    void dollarsAreWrittenAsAPlannerReadsThem(double usd, String text) {
        assertThat(Money.format(usd)).isEqualTo(text);
    }
}
