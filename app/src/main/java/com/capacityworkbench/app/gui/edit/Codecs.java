package com.capacityworkbench.app.gui.edit;

import com.capacityworkbench.model.scenario.Labelled;
import com.capacityworkbench.model.scenario.Period;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** The cell codecs of the scenario's value types. */
public final class Codecs {

    private static final String LIST_SEPARATOR = ";";

    private Codecs() {
    }

    public static final CellCodec<String> TEXT = new CellCodec<>() {
        @Override
        public String format(@Nullable String value) {
            return value == null ? "" : value;
        }

        @Override
        public String parse(String text) {
            String t = text.trim();
            if (t.isEmpty()) {
                throw new IllegalArgumentException("may not be empty");
            }
            return t;
        }
    };

    public static final CellCodec<String> OPTIONAL_TEXT = new CellCodec<>() {
        @Override
        public String format(@Nullable String value) {
            return value == null ? "" : value;
        }

        @Override
        public @Nullable String parse(String text) {
            String t = text.trim();
            return t.isEmpty() ? null : t;
        }
    };

    public static final CellCodec<Integer> INTEGER = new CellCodec<>() {
        @Override
        public String format(@Nullable Integer value) {
            return value == null ? "" : value.toString();
        }

        @Override
        public Integer parse(String text) {
            double d = number(text);
            if (d != Math.rint(d) || Math.abs(d) > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("\"" + text.trim() + "\" is not a whole number");
            }
            return (int) d;
        }
    };

    public static final CellCodec<Double> DECIMAL = new CellCodec<>() {
        @Override
        public String format(@Nullable Double value) {
            return value == null ? "" : plain(value);
        }

        @Override
        public Double parse(String text) {
            return number(text);
        }
    };

    /** A fraction the planner reads and writes in percent, as the workbook does: 0.9 is shown and typed as 90. */
    public static final CellCodec<Double> PERCENT = new CellCodec<>() {
        @Override
        public String format(@Nullable Double value) {
            return value == null ? "" : plain(BigDecimal.valueOf(value).movePointRight(2).doubleValue());
        }

        @Override
        public Double parse(String text) {
            return BigDecimal.valueOf(number(text.strip().replaceFirst("\\s*%$", ""))).movePointLeft(2).doubleValue();
        }
    };

    public static final CellCodec<Double> OPTIONAL_DECIMAL = new CellCodec<>() {
        @Override
        public String format(@Nullable Double value) {
            return value == null ? "" : plain(value);
        }

        @Override
        public @Nullable Double parse(String text) {
            return text.isBlank() ? null : number(text);
        }
    };

    public static final CellCodec<Boolean> YES_NO = new CellCodec<>() {
        @Override
        public String format(@Nullable Boolean value) {
            return Boolean.TRUE.equals(value) ? "yes" : "no";
        }

        @Override
        public Boolean parse(String text) {
            return switch (text.trim().toLowerCase(Locale.ROOT)) {
                case "yes", "y", "true", "1", "x" -> true;
                case "no", "n", "false", "0", "" -> false;
                default -> throw new IllegalArgumentException("\"" + text.trim() + "\" is not yes or no");
            };
        }
    };

    public static final CellCodec<Period> PERIOD = new CellCodec<>() {
        @Override
        public String format(@Nullable Period value) {
            return value == null ? "" : value.toString();
        }

        @Override
        public Period parse(String text) {
            return Period.parse(text);
        }
    };

    public static final CellCodec<List<String>> ID_LIST = new CellCodec<>() {
        @Override
        public String format(@Nullable List<String> value) {
            return value == null ? "" : String.join(LIST_SEPARATOR, value);
        }

        @Override
        public List<String> parse(String text) {
            return List.copyOf(splitList(text));
        }

        @Override
        public boolean isMulti() {
            return true;
        }
    };

    public static final CellCodec<Set<String>> ID_SET = new CellCodec<>() {
        @Override
        public String format(@Nullable Set<String> value) {
            return value == null ? "" : value.stream().sorted().collect(Collectors.joining(LIST_SEPARATOR));
        }

        @Override
        public Set<String> parse(String text) {
            return Set.copyOf(splitList(text));
        }

        @Override
        public boolean isMulti() {
            return true;
        }
    };

    public static <E extends Enum<E> & Labelled> CellCodec<E> choice(Class<E> type) {
        return new CellCodec<>() {
            @Override
            public String format(@Nullable E value) {
                return value == null ? "" : value.label();
            }

            @Override
            public E parse(String text) {
                return Labelled.parse(type, text);
            }
        };
    }

    public static <E extends Enum<E> & Labelled> CellCodec<Set<E>> choiceSet(Class<E> type) {
        return new CellCodec<>() {
            @Override
            public String format(@Nullable Set<E> value) {
                return value == null ? "" : value.stream().sorted(Comparator.naturalOrder())
                        .map(Labelled::label).collect(Collectors.joining(LIST_SEPARATOR));
            }

            @Override
            public Set<E> parse(String text) {
                Set<E> set = EnumSet.noneOf(type);
                splitList(text).forEach(t -> set.add(Labelled.parse(type, t)));
                return set;
            }

            @Override
            public boolean isMulti() {
                return true;
            }
        };
    }

    public static List<String> labels(Class<? extends Labelled> type) {
        return Arrays.stream(type.getEnumConstants()).map(Labelled::label).toList();
    }

    /** A period-keyed map written {@code 2027-Q1=4096;2027-Q3=8192}. */
    public static <V> CellCodec<Map<Period, V>> periodMap(Function<String, V> value) {
        return new CellCodec<>() {
            @Override
            public String format(@Nullable Map<Period, V> map) {
                if (map == null) {
                    return "";
                }
                return new TreeMap<>(map).entrySet().stream()
                        .map(e -> e.getKey() + "=" + (e.getValue() instanceof Double d ? plain(d) : e.getValue()))
                        .collect(Collectors.joining(LIST_SEPARATOR));
            }

            @Override
            public Map<Period, V> parse(String text) {
                Map<Period, V> map = new LinkedHashMap<>();
                for (String entry : splitList(text)) {
                    int eq = entry.indexOf('=');
                    if (eq < 0) {
                        throw new IllegalArgumentException("\"" + entry + "\" should read PERIOD=VALUE, e.g. 2027-Q1=4096");
                    }
                    map.put(Period.parse(entry.substring(0, eq)), value.apply(entry.substring(eq + 1).trim()));
                }
                return map;
            }
        };
    }

    static Set<String> splitList(String text) {
        Set<String> items = new LinkedHashSet<>();
        for (String part : text.split("[;,]")) {
            if (!part.isBlank()) {
                items.add(part.trim());
            }
        }
        return items;
    }

    static double number(String text) {
        String t = text.trim().replace(",", "").replace("$", "").replace("_", "");
        if (t.isEmpty()) {
            throw new IllegalArgumentException("a number is needed");
        }
        try {
            double d = Double.parseDouble(t);
            if (!Double.isFinite(d)) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("\"" + text.trim() + "\" is not a number");
        }
    }

    /** "24,912.5": a number as a table shows it. */
    static String grouped(double value) {
        DecimalFormat f = new DecimalFormat("#,##0.######", DecimalFormatSymbols.getInstance(Locale.US));
        return f.format(value);
    }

    static String plain(double value) {
        DecimalFormat f = new DecimalFormat("0.######", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return f.format(value);
    }
}
