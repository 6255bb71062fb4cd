package com.capacityworkbench.model.uncertainty;

import com.capacityworkbench.model.uncertainty.DiscreteDistribution.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A distribution in the plain cells of the Uncertainty sheet and table: its shape, then Min, Most likely and Max
 * (uniform, triangular), Mean and SD cut to Min..Max (normal), or "value: probability %" outcomes (discrete). A cell
 * the shape does not use is blank.
 */
public record DistributionCells(String shape, @Nullable Double min, @Nullable Double mostLikely, @Nullable Double max,
        @Nullable Double mean, @Nullable Double sd, String outcomes) {

    public static final List<String> SHAPES = List.of("uniform", "triangular", "normal", "discrete");

    public DistributionCells {
        shape = shape == null ? "" : shape.trim().toLowerCase(Locale.ROOT);
        outcomes = outcomes == null ? "" : outcomes.trim();
    }

    public static DistributionCells of(Distribution distribution) {
        return switch (distribution) {
            case UniformDistribution u -> new DistributionCells("uniform", u.min(), null, u.max(), null, null, "");
            case TriangularDistribution t -> new DistributionCells("triangular", t.min(), t.mode(), t.max(), null,
                    null, "");
            case NormalDistribution n -> new DistributionCells("normal", n.min(), null, n.max(), n.mean(), n.sd(), "");
            case DiscreteDistribution d -> new DistributionCells("discrete", null, null, null, null, null,
                    formatOutcomes(d.outcomes()));
        };
    }

    /** The distribution the cells describe; throws IllegalArgumentException naming the cell that is missing. */
    public Distribution distribution() {
        return switch (shape) {
            case "uniform" -> new UniformDistribution(need("Min", min), need("Max", max));
            case "triangular" -> new TriangularDistribution(need("Min", min), need("Most likely", mostLikely),
                    need("Max", max));
            case "normal" -> new NormalDistribution(need("Mean", mean), need("SD", sd), need("Min", min),
                    need("Max", max));
            case "discrete" -> {
                List<Outcome> parsed = parseOutcomes(outcomes);
                if (parsed.isEmpty()) {
                    throw new IllegalArgumentException("a discrete distribution needs Outcomes, e.g. \"0: 60 %; 2: 40 %\"");
                }
                yield new DiscreteDistribution(parsed);
            }
            default -> throw new IllegalArgumentException("\"" + shape + "\" is not a distribution ("
                    + String.join(", ", SHAPES) + ")");
        };
    }

    /**
     * The cells with what the shape needs and lacks filled in from the others, so that a planner who changes the
     * shape keeps the range: a normal gets its mean in the middle and a quarter of the range as SD, a triangular its
     * most likely value in the middle, a discrete one even odds on both ends; from a discrete one, the range of its
     * outcomes.
     */
    public DistributionCells completed() {
        Double low = min;
        Double high = max;
        if ((low == null || high == null) && !outcomes.isBlank()) {
            List<Outcome> parsed = parseOutcomes(outcomes);
            low = low != null ? low : parsed.getFirst().value();
            high = high != null ? high : parsed.getLast().value();
        }
        Double middle = low != null && high != null ? (low + high) / 2 : null;
        return switch (shape) {
            case "triangular" -> new DistributionCells(shape, low, mostLikely != null ? mostLikely
                    : mean != null ? mean : middle, high, null, null, "");
            case "normal" -> new DistributionCells(shape, low, null, high, mean != null ? mean
                    : mostLikely != null ? mostLikely : middle, sd != null ? sd
                    : low != null && high != null ? (high - low) / 4 : null, "");
            case "discrete" -> new DistributionCells(shape, null, null, null, null, null, !outcomes.isBlank() ? outcomes
                    : low != null && high != null ? formatOutcomes(List.of(new Outcome(low, 0.5), new Outcome(high, 0.5)))
                    : "");
            default -> new DistributionCells(shape, low, null, high, null, null, "");
        };
    }

    /** Whether the shape reads this cell ("Mean" for a normal, "Outcomes" for a discrete one, …). */
    public boolean uses(String cell) {
        return switch (shape) {
            case "uniform" -> cell.equals("Min") || cell.equals("Max");
            case "triangular" -> cell.equals("Min") || cell.equals("Most likely") || cell.equals("Max");
            case "normal" -> cell.equals("Min") || cell.equals("Max") || cell.equals("Mean") || cell.equals("SD");
            case "discrete" -> cell.equals("Outcomes");
            default -> false;
        };
    }

    /** "0: 50 %; 2: 30 %; 4: 20 %". */
    public static String formatOutcomes(List<Outcome> outcomes) {
        return outcomes.stream().map(o -> plain(o.value()) + ": " + plain(Math.round(o.probability() * 1e8) / 1e6)
                + " %").collect(Collectors.joining("; "));
    }

    /** "0: 50 %; 2: 30 %" or "0: 0.5; 2: 0.3"; throws IllegalArgumentException naming the part it cannot read. */
    public static List<Outcome> parseOutcomes(String text) {
        List<Outcome> outcomes = new ArrayList<>();
        for (String part : text.split(";")) {
            if (!part.isBlank()) {
                outcomes.add(parseOutcome(part));
            }
        }
        return outcomes;
    }

    /** One "value: probability %" pair. */
    public static Outcome parseOutcome(String part) {
        String[] pair = part.split(":");
        try {
            String probability = pair[1].trim();
            boolean percent = probability.endsWith("%");
            double p = Double.parseDouble(percent ? probability.replace("%", "").trim() : probability);
            return new Outcome(Double.parseDouble(pair[0].trim()), percent ? p / 100 : p);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("\"" + part.trim() + "\" is not \"value: probability %\"");
        }
    }

    private static double need(String cell, @Nullable Double value) {
        if (value == null) {
            throw new IllegalArgumentException("needs a number in " + cell + " for this distribution");
        }
        return value;
    }

    /** 0.5 → "0.5", 2.0 → "2": as the sheet writes a number, without grouping (outcomes are split on ";"). */
    private static String plain(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : Double.toString(value);
    }
}
