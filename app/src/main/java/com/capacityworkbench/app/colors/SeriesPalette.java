package com.capacityworkbench.app.colors;

import java.util.List;

/**
 * The series colours of every chart, on screen and in the deck (Okabe–Ito plus a few, colour-blind friendly), as
 * hex strings so that both JavaFX and PowerPoint can use them: provider i has the same colour everywhere.
 */
public final class SeriesPalette {

    /** The colour of "other" (the series left out of a chart, summed). */
    public static final String OTHER = "#9aa0a6";

    private static final List<String> COLORS = List.of("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9",
            "#D55E00", "#F0E442", "#7F3C8D", "#11A579", "#3969AC", "#E73F74", "#80BA5A");

    private SeriesPalette() {
    }

    /** The colour of the i-th item of a sorted list; a negative index is "other". */
    public static String hex(int index) {
        return index < 0 ? OTHER : COLORS.get(index % COLORS.size());
    }
}
