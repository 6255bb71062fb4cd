package com.capacityworkbench.formats.excel;

import com.capacityworkbench.model.scenario.Period;
import com.capacityworkbench.model.scenario.PeriodLength;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * Periods as planners put them in cells: text {@code 2027-Q1} / {@code 2027-03}, or a real date
 * (any day of the period), which takes the horizon's period length.
 */
final class PeriodCells {

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private PeriodCells() {
    }

    /** The period in a cell; throws IllegalArgumentException with the planner's message otherwise. */
    static Period read(CellContent content, String label, PeriodLength horizonLength) {
        Period period = switch (content) {
            case CellContent.Number n when n.date() -> fromDate(n.asDate(), horizonLength);
            case CellContent.Text t when ISO_DATE.matcher(t.text()).matches() -> fromDate(isoDate(t, label, horizonLength), horizonLength);
            case CellContent.Text t -> parse(t.text(), label, horizonLength);
            default -> throw notAPeriod(label, content.shown(), horizonLength);
        };
        if (period.length() != horizonLength) {
            throw new IllegalArgumentException(label + " " + period + " is a " + period.length().label()
                    + " but the horizon is in " + horizonLength.label() + "s");
        }
        return period;
    }

    static Period parse(String text, String label, PeriodLength horizonLength) {
        try {
            return Period.parse(text);
        } catch (IllegalArgumentException e) {
            throw notAPeriod(label, text, horizonLength);
        }
    }

    static Period fromDate(LocalDate date, PeriodLength length) {
        return length == PeriodLength.QUARTER
                ? Period.quarter(date.getYear(), (date.getMonthValue() - 1) / 3 + 1)
                : Period.month(date.getYear(), date.getMonthValue());
    }

    private static LocalDate isoDate(CellContent.Text text, String label, PeriodLength length) {
        try {
            return LocalDate.parse(text.text());
        } catch (DateTimeParseException e) {
            throw notAPeriod(label, text.text(), length);
        }
    }

    static IllegalArgumentException notAPeriod(String label, String got, PeriodLength length) {
        String example = length == PeriodLength.QUARTER ? "2027-Q1" : "2027-03";
        return new IllegalArgumentException(label + " must be a period like " + example + ", got \"" + got + "\"");
    }
}
