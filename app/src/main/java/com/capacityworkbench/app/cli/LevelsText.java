package com.capacityworkbench.app.cli;

import com.capacityworkbench.model.plan.LevelQuality;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** A solve's levels in one line, e.g. "unplaced demand 0 (proven optimal) · cost 4,977,825,605 (within 0.4 % of its bound)". */
public final class LevelsText {

    private LevelsText() {
    }

    public static String of(List<LevelQuality> levels) {
        return levels.stream()
                .map(l -> l.level().label().toLowerCase(Locale.ROOT) + " " + String.format(Locale.US, "%,.0f", l.value())
                        + " (" + l.status() + ")")
                .collect(Collectors.joining(" · "));
    }
}
