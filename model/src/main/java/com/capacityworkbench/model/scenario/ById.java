package com.capacityworkbench.model.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/** Replaces the one element of a scenario list with a given id; empty when no element has that id. */
final class ById {

    private ById() {
    }

    static <T> Optional<List<T>> replace(List<T> items, Function<T, String> idOf, String id, UnaryOperator<T> change) {
        List<T> result = new ArrayList<>(items.size());
        boolean found = false;
        for (T item : items) {
            if (!found && id.equals(idOf.apply(item))) {
                result.add(change.apply(item));
                found = true;
            } else {
                result.add(item);
            }
        }
        return found ? Optional.of(List.copyOf(result)) : Optional.empty();
    }

    static <T> Optional<List<T>> remove(List<T> items, Function<T, String> idOf, String id) {
        List<T> result = items.stream().filter(item -> !id.equals(idOf.apply(item))).toList();
        return result.size() == items.size() ? Optional.empty() : Optional.of(result);
    }

    static <T> boolean contains(List<T> items, Function<T, String> idOf, String id) {
        return items.stream().anyMatch(item -> id.equals(idOf.apply(item)));
    }
}
