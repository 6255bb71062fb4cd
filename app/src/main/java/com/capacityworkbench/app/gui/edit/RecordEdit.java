package com.capacityworkbench.app.gui.edit;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Arrays;

/**
 * Reads and replaces one component of a record by its name. Table columns and validation paths name
 * record components ({@code workloads[3].demand}), so one generic copy-with serves every editor.
 */
public final class RecordEdit {

    private RecordEdit() {
    }

    public static Object get(Record record, String component) {
        try {
            return find(record.getClass(), component).getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + component + " of " + record.getClass().getSimpleName(), e);
        }
    }

    public static Type typeOf(Class<? extends Record> type, String component) {
        return find(type, component).getGenericType();
    }

    /** A copy of {@code record} with {@code component} set to {@code value}; the canonical constructor checks it. */
    @SuppressWarnings("unchecked")
    public static <R extends Record> R with(R record, String component, Object value) {
        RecordComponent[] components = record.getClass().getRecordComponents();
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        boolean found = false;
        try {
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                if (components[i].getName().equals(component)) {
                    args[i] = value;
                    found = true;
                } else {
                    args[i] = components[i].getAccessor().invoke(record);
                }
            }
            if (!found) {
                throw new IllegalArgumentException(record.getClass().getSimpleName() + " has no field " + component);
            }
            Constructor<?> canonical = record.getClass().getDeclaredConstructor(types);
            return (R) canonical.newInstance(args);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            throw cause instanceof IllegalArgumentException iae ? iae
                    : new IllegalArgumentException(String.valueOf(cause.getMessage()), cause);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot copy " + record.getClass().getSimpleName(), e);
        }
    }

    private static RecordComponent find(Class<?> type, String component) {
        return Arrays.stream(type.getRecordComponents())
                .filter(c -> c.getName().equals(component))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(type.getSimpleName() + " has no field " + component));
    }
}
