package com.capacityworkbench.app.gui.plan.viewmodel;

import com.capacityworkbench.model.plan.SolveSettings;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** How a plan was solved, in one line: "Solved 2026-12-04 15:02 UTC · seed 0 · 30 s limit · from the previous plan". */
final class SolveSettingsText {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private SolveSettingsText() {
    }

    static String of(@Nullable SolveSettings settings) {
        if (settings == null) {
            return "";
        }
        return "Solved " + when(settings.solvedAt()) + " · seed " + settings.seed() + " · "
                + settings.timeLimitSeconds() + " s limit" + (settings.warmStart() ? " · from the previous plan" : "");
    }

    private static String when(String iso) {
        try {
            return WHEN.format(Instant.parse(iso));
        } catch (DateTimeParseException e) {
            // A hand-edited file: show what it says rather than nothing.
            return iso;
        }
    }
}
