package com.capacityworkbench.app.cli.fuzz;

import com.capacityworkbench.model.validation.Figure;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Numbers a planner (or a typo) might put where a figure belongs: the edges of every range and just past them,
 * powers of ten from a thousandth to 10^308, the figure's own value scaled up, down or negated, and the limits
 * of the integer types.
 */
final class NumberMutations {

    private static final List<Double> SPECIAL = List.of(0.0, -0.0, 1.0, -1.0, 0.001, 1e7, 1e10, 1e15, 1e308, -1e308,
            Double.MIN_VALUE, (double) Integer.MAX_VALUE, Integer.MAX_VALUE + 1.0, 0x1p53, 0x1p62, 0x1p63);
    private static final double[] FACTORS = {0, 0.5, 2, 10, 1_000, 1e6, -1};

    private NumberMutations() {
    }

    /** A number to put in place of {@code original}, a figure of the kind {@code figure} when known. */
    static double next(RandomGenerator random, double original, Optional<Figure> figure) {
        int kind = random.nextInt(10);
        if (kind < 3 && figure.isPresent()) {
            return edge(random, figure.get());
        }
        if (kind < 4) {
            return edge(random, Figure.values()[random.nextInt(Figure.values().length)]);
        }
        if (kind < 6) {
            int exponent = random.nextInt(8) == 0 ? 308 : random.nextInt(-3, 21);
            return (random.nextInt(5) == 0 ? -1 : 1) * Math.pow(10, exponent);
        }
        if (kind < 8) {
            return original * FACTORS[random.nextInt(FACTORS.length)];
        }
        return SPECIAL.get(random.nextInt(SPECIAL.size()));
    }

    /** The ends of a range and the numbers just outside them. */
    private static double edge(RandomGenerator random, Figure figure) {
        return switch (random.nextInt(4)) {
            case 0 -> figure.minExcluded() ? Math.nextUp(figure.min()) : figure.min();
            case 1 -> figure.max();
            case 2 -> Math.nextUp(figure.max()) + (figure.max() >= 1 && random.nextBoolean() ? 1 : 0);
            default -> figure.minExcluded() ? figure.min() : Math.nextDown(figure.min());
        };
    }
}
