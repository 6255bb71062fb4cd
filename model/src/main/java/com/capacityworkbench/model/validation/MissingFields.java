package com.capacityworkbench.model.validation;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Finds required record components that hold null, anywhere in a tree of records and lists:
 * a component is optional only when its type is marked {@link Nullable}. Files and spreadsheets can
 * leave any field out, so this runs before any rule that reads the fields.
 */
public final class MissingFields {

    /** What is known about one record component; worked out once per record class (reflection is slow). */
    private record Component(String name, MethodHandle accessor, boolean required) {
    }

    private static final ClassValue<List<Component>> COMPONENTS = new ClassValue<>() {
        @Override
        protected List<Component> computeValue(Class<?> type) {
            return Arrays.stream(type.getRecordComponents()).map(MissingFields::describe).toList();
        }
    };

    private MissingFields() {
    }

    public static List<ValidationProblem> find(Record root) {
        List<ValidationProblem> problems = new ArrayList<>();
        walk(root, "", problems);
        return problems;
    }

    private static void walk(@Nullable Object value, String path, List<ValidationProblem> problems) {
        if (value instanceof Record record) {
            for (Component component : COMPONENTS.get(record.getClass())) {
                Object componentValue = read(record, component);
                if (componentValue == null) {
                    if (component.required()) {
                        problems.add(new ValidationProblem(join(path, component.name()), "missing"));
                    }
                } else if (componentValue instanceof Record || componentValue instanceof List<?>) {
                    walk(componentValue, join(path, component.name()), problems);
                }
            }
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                Object element = list.get(i);
                if (element instanceof Record || element instanceof List<?>) {
                    walk(element, path + "[" + i + "]", problems);
                }
            }
        }
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private static Component describe(RecordComponent component) {
        boolean nullable = component.getAnnotatedType().isAnnotationPresent(Nullable.class)
                || component.isAnnotationPresent(Nullable.class);
        try {
            MethodHandle accessor = MethodHandles.publicLookup().unreflect(component.getAccessor());
            return new Component(component.getName(), accessor, !nullable && !component.getType().isPrimitive());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read " + component.getName() + " of "
                    + component.getDeclaringRecord().getSimpleName(), e);
        }
    }

    private static @Nullable Object read(Record record, Component component) {
        try {
            return component.accessor().invoke(record);
        } catch (Throwable e) {
            throw new IllegalStateException("cannot read " + component.name() + " of "
                    + record.getClass().getSimpleName(), e);
        }
    }
}
