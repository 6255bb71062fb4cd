package com.capacityworkbench.app.gui.edit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Tab-separated rows, as spreadsheets put them on the clipboard. */
public final class Tsv {

    private Tsv() {
    }

    /** Rows of cells; blank lines are skipped, a trailing newline is not a row. */
    public static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        for (String line : text.replace("\r\n", "\n").replace('\r', '\n').split("\n")) {
            if (!line.isBlank()) {
                rows.add(Arrays.stream(line.split("\t", -1)).map(Tsv::unquote).toList());
            }
        }
        return rows;
    }

    public static String format(List<List<String>> rows) {
        return rows.stream()
                .map(r -> r.stream().map(c -> c.replace('\t', ' ').replace('\n', ' ')).collect(Collectors.joining("\t")))
                .collect(Collectors.joining("\n", "", "\n"));
    }

    private static String unquote(String cell) {
        String t = cell.trim();
        return t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"")
                ? t.substring(1, t.length() - 1).replace("\"\"", "\"")
                : t;
    }
}
