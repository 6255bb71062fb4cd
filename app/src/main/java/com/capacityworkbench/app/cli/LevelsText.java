package com.capacityworkbench.app.cli;

import com.capacityworkbench.app.quality.LevelFormat;
import com.capacityworkbench.model.plan.LevelQuality;
import java.util.List;

/**
 * Kept only because the variant comparison's progress list still calls it; its owner moves it to
 * {@link LevelFormat#inLine(List)}, and this class goes then.
 *
 * @deprecated use {@link LevelFormat#inLine(List)}
 */
@Deprecated
public final class LevelsText {

    private LevelsText() {
    }

    public static String of(List<LevelQuality> levels) {
        return LevelFormat.inLine(levels);
    }
}
