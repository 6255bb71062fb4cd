package com.capacityworkbench.formats.excel;

/**
 * What a contract column's cells hold, so every face of the column (the desktop app's editor, paste, the workbook)
 * reads it one way. An OPTIONAL kind is one whose blank means "none" (no power cap, no latency target); a column
 * that is optional in the workbook but has a default (PUE, blank = 1.0) keeps its plain kind, because the scenario
 * always holds a value for it.
 */
public enum ValueKind {
    /** Free text that may not be blank: names, countries, vendors. */
    TEXT,
    /** Free text whose blank means none: notes, a description. */
    OPTIONAL_TEXT,
    /** Any number. */
    DECIMAL,
    /** A number whose blank means none. */
    OPTIONAL_DECIMAL,
    /** A fraction written in percent (90 = 0.9). */
    PERCENT,
    /** A whole number. */
    INTEGER,
    /** A period of the horizon, {@code 2027-Q1} or {@code 2027-03}. */
    PERIOD,
    /** Numbers by period, {@code 2027-Q1=50;2028-Q1=120}. */
    DECIMAL_BY_PERIOD,
    /** Whole numbers by period, {@code 2027-Q1=4096;2027-Q3=8192}. */
    INTEGER_BY_PERIOD,
    /** yes or no. */
    YES_NO,
    /** One label of a fixed list (a kind, a family, a pricing). */
    CHOICE,
    /** Labels of a fixed list, {@code ;}-separated. */
    CHOICE_SET,
    /** One name the scenario offers (a site, a provider, a geography). */
    REFERENCE,
    /** One name the scenario offers, or blank for none. */
    OPTIONAL_REFERENCE,
    /** Names the scenario offers, {@code ;}-separated, in the order written. */
    REFERENCES,
    /** Names the scenario offers, {@code ;}-separated, order and repeats not kept. */
    REFERENCE_SET
}
