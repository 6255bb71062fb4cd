package com.capacityworkbench.app.gui.document;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads and replaces one component of a record by its name. Table columns and validation paths name
 * record components ({@code workloads[3].demand}), so one generic copy-with serves every editor.
 * Accessors and canonical constructors are looked up once per record type: tables read every cell
 * through here, and search reads every cell of every row.
 */
public final class RecordEdit {

    private record Shape(RecordComponent[] components, Method[] accessors, Map<String, Integer> positions,
                         Constructor<?> canonical) {
    }

    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            Method[] accessors = new Method[components.length];
            Map<String, Integer> positions = new HashMap<>();
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                accessors[i] = components[i].getAccessor();
                accessors[i].setAccessible(true);
                positions.put(components[i].getName(), i);
                types[i] = components[i].getType();
            }
            try {
                return new Shape(components, accessors, positions, type.getDeclaredConstructor(types));
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(type.getSimpleName() + " has no canonical constructor", e);
            }
        }
    };

    private RecordEdit() {
    }

    public static Object get(Record record, String component) {
        Shape shape = SHAPES.get(record.getClass());
        try {
            return shape.accessors()[position(shape, record.getClass(), component)].invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + component + " of " + record.getClass().getSimpleName(), e);
        }
    }

    /** A copy of {@code record} with {@code component} set to {@code value}; the canonical constructor checks it. */
    @SuppressWarnings("unchecked")
    public static <R extends Record> R with(R record, String component, Object value) {
        Shape shape = SHAPES.get(record.getClass());
        int target = position(shape, record.getClass(), component);
        Object[] args = new Object[shape.accessors().length];
        try {
            for (int i = 0; i < args.length; i++) {
                args[i] = i == target ? value : shape.accessors()[i].invoke(record);
            }
            return (R) shape.canonical().newInstance(args);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            throw cause instanceof IllegalArgumentException iae ? iae
                    : new IllegalArgumentException(String.valueOf(cause.getMessage()), cause);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot copy " + record.getClass().getSimpleName(), e);
        }
    }

    private static int position(Shape shape, Class<?> type, String component) {
        Integer position = shape.positions().get(component);
        if (position == null) {
            throw new IllegalArgumentException(type.getSimpleName() + " has no field " + component
                    + " (fields: " + Arrays.stream(shape.components()).map(RecordComponent::getName).toList() + ")");
        }
        return position;
    }
}
