package com.capacityworkbench.model.validation;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Finds required record components that hold null, anywhere in a tree of records and lists:
 * a component is optional only when its type is marked {@link Nullable}. Files and spreadsheets can
 * leave any field out, so this runs before any rule that reads the fields.
 */
public final class MissingFields {

    private MissingFields() {
    }

    public static List<ValidationProblem> find(Record root) {
        List<ValidationProblem> problems = new ArrayList<>();
        walk(root, "", problems);
        return problems;
    }

    private static void walk(@Nullable Object value, String path, List<ValidationProblem> problems) {
        if (value instanceof Record record) {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                String componentPath = path.isEmpty() ? component.getName() : path + "." + component.getName();
                Object componentValue = read(record, component);
                if (componentValue == null) {
                    if (!component.getType().isPrimitive() && !isNullable(component)) {
                        problems.add(new ValidationProblem(componentPath, "missing"));
                    }
                } else {
                    walk(componentValue, componentPath, problems);
                }
            }
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                walk(list.get(i), path + "[" + i + "]", problems);
            }
        }
    }

    private static boolean isNullable(RecordComponent component) {
        return component.getAnnotatedType().isAnnotationPresent(Nullable.class)
                || component.isAnnotationPresent(Nullable.class);
    }

    private static @Nullable Object read(Record record, RecordComponent component) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component + " of " + record.getClass().getSimpleName(), e);
        }
    }
}
