package com.capacityworkbench.app.gui.plan.map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** The land outline of the world (Natural Earth 1:110m, see assets/map/LICENSE-map.md), loaded once. */
public final class WorldOutline {

    private static final String RESOURCE = "/assets/map/land-110m.rings.json";
    private static List<double[]> rings;

    private WorldOutline() {
    }

    /** Rings as flat arrays lon, lat, lon, lat, … */
    public static synchronized List<double[]> rings() {
        if (rings == null) {
            rings = load();
        }
        return rings;
    }

    private static List<double[]> load() {
        try (InputStream in = WorldOutline.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return List.of();
            }
            JsonNode root = new ObjectMapper().readTree(in);
            List<double[]> loaded = new ArrayList<>();
            for (JsonNode ring : root.get("rings")) {
                double[] flat = new double[ring.size()];
                for (int i = 0; i < flat.length; i++) {
                    flat[i] = ring.get(i).asDouble();
                }
                loaded.add(flat);
            }
            return List.copyOf(loaded);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the world outline " + RESOURCE, e);
        }
    }
}
