package com.capacityworkbench.app.gui.variants;

import com.capacityworkbench.model.plan.LevelQuality;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A solve's levels as the progress table shows them: each level and how sure the solve is of it, e.g.
 * "unplaced demand proven optimal · first refusal within 0.4 % of its bound · cost no bound known".
 */
final class LevelsInWords {

    private LevelsInWords() {
    }

    static String of(List<LevelQuality> levels) {
        if (levels.isEmpty()) {
            return "no plan yet";
        }
        return levels.stream()
                .map(l -> l.level().label().toLowerCase(Locale.ROOT) + " " + l.status())
                .collect(Collectors.joining(" · "));
    }
}
