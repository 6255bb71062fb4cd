package com.capacityworkbench.app.quality;

import com.capacityworkbench.model.plan.LevelQuality;
import com.capacityworkbench.model.plan.PlanLevel;
import com.capacityworkbench.model.plan.Money;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A plan level's figures as a planner reads them, the one place the command line and the desktop app format
 * them: cost in dollars ($4.98B), every other level with thousands separators and its unit
 * (4,271,964,000 ref-accel-hours off the primary). The words about a level (its status, when it last improved)
 * are the model's own ({@link LevelQuality#status()}, {@link LevelQuality#improvement()}).
 */
public final class LevelFormat {

    private LevelFormat() {
    }

    /** The level's value with its unit: "$4.98B", "600 ref accel × priority", "12.5 ms above target". */
    public static String value(LevelQuality level) {
        return amount(level.level(), level.value());
    }

    /** An amount of a level's unit (a value or a bound). */
    public static String amount(PlanLevel level, double amount) {
        return level == PlanLevel.COST ? Money.format(amount) : number(amount) + " " + level.unit();
    }

    /** One level in a line: "Cost $4.98B, within 0.4 % of its bound". */
    public static String inLine(LevelQuality level) {
        return level.level().label() + " " + value(level) + ", " + level.status();
    }

    /** The levels in a line, most important first, separated by " · ". */
    public static String inLine(List<LevelQuality> levels) {
        return levels.stream().map(LevelFormat::inLine).collect(Collectors.joining(" · "));
    }

    /**
     * How sure a solve is of each level, without the figures, for a narrow column: "unplaced demand proven optimal
     * · first refusal within 0.4 % of its bound · cost no bound known"; "no plan yet" before the first plan.
     */
    public static String statuses(List<LevelQuality> levels) {
        if (levels.isEmpty()) {
            return "no plan yet";
        }
        return levels.stream().map(l -> l.level().label().toLowerCase(Locale.ROOT) + " " + l.status())
                .collect(Collectors.joining(" · "));
    }

    /** Whole amounts with thousands separators; small fractional ones keep a decimal (0.5 ref accel). */
    private static String number(double value) {
        boolean whole = Math.abs(value - Math.rint(value)) < 0.05 || Math.abs(value) >= 100;
        return String.format(Locale.US, whole ? "%,.0f" : "%,.1f", value);
    }
}
