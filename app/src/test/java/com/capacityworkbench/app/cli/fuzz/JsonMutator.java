package com.capacityworkbench.app.cli.fuzz;

import com.capacityworkbench.model.validation.Figure;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;

/** A scenario file with some of its numbers changed, written as JSON text (so values no record holds get in too). */
final class JsonMutator {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One number in the tree: its container, its key or index, and the path a validator would name. */
    private record Leaf(ContainerNode<?> parent, String key, int index, String path, Optional<Figure> figure) {
    }

    private final String name;
    private final JsonNode base;

    JsonMutator(String name, Path file) throws IOException {
        this.name = name;
        this.base = JSON.readTree(file.toFile());
    }

    /** Writes a copy with one to three numbers changed to {@code file}; returns what was changed. */
    String mutate(RandomGenerator random, Path file) throws IOException {
        JsonNode copy = base.deepCopy();
        List<Leaf> leaves = new ArrayList<>();
        collect(copy, "", "", leaves);
        StringBuilder what = new StringBuilder(name + ".json:");
        int edits = random.nextInt(100) < 60 ? 1 : random.nextInt(100) < 60 ? 2 : 3;
        for (int e = 0; e < edits; e++) {
            Leaf leaf = leaves.get(random.nextInt(leaves.size()));
            double original = value(leaf).asDouble();
            double number = NumberMutations.next(random, original, leaf.figure());
            set(leaf, number);
            what.append(' ').append(leaf.path()).append('=').append(number);
        }
        Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(copy));
        return what.toString();
    }

    private static void collect(JsonNode node, String path, String collection, List<Leaf> leaves) {
        if (node instanceof ObjectNode object) {
            for (Map.Entry<String, JsonNode> field : object.properties()) {
                String child = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
                String inside = collection.isEmpty() ? field.getKey() : collection;
                if (field.getValue().isNumber() && !field.getKey().equals("schemaVersion")) {
                    leaves.add(new Leaf(object, field.getKey(), -1, child, figure(inside, field.getKey(), path)));
                } else {
                    collect(field.getValue(), child, inside, leaves);
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.get(i).isNumber()) {
                    leaves.add(new Leaf(array, null, i, path + "[" + i + "]", Optional.empty()));
                } else {
                    collect(array.get(i), path + "[" + i + "]", collection, leaves);
                }
            }
        }
    }

    /** The figure a leaf holds: a field of a scenario list or record, or a value of a per-period map in one. */
    private static Optional<Figure> figure(String collection, String key, String parentPath) {
        Optional<Figure> direct = Figure.of(collection, key);
        if (direct.isPresent()) {
            return direct;
        }
        String mapName = parentPath.substring(parentPath.lastIndexOf('.') + 1);
        return Figure.of(collection, mapName);
    }

    private static JsonNode value(Leaf leaf) {
        return leaf.parent() instanceof ObjectNode object ? object.get(leaf.key()) : ((ArrayNode) leaf.parent()).get(leaf.index());
    }

    /** A whole number is written as a JSON integer (as a planner would type it), anything else as a decimal. */
    private static void set(Leaf leaf, double number) {
        boolean whole = number == Math.rint(number) && Math.abs(number) < 0x1p63;
        JsonNode node = whole ? JSON.getNodeFactory().numberNode((long) number) : JSON.getNodeFactory().numberNode(number);
        if (leaf.parent() instanceof ObjectNode object) {
            object.set(leaf.key(), node);
        } else {
            ((ArrayNode) leaf.parent()).set(leaf.index(), node);
        }
    }
}
