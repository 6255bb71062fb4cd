package com.capacityworkbench.model.scenario;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A named place on the map where sites stand and users sit. Network round-trip time between two
 * geographies is estimated from their great-circle distance: light in fibre covers about 200 km per ms,
 * real routes are about 1.5 times the straight line, and every path pays a couple of ms in switching.
 */
public record Geography(String id, String name, double latitude, double longitude) {

    private static final double EARTH_RADIUS_KM = 6371.0;
    private static final double FIBRE_KM_PER_MS = 200.0;
    private static final double ROUTE_FACTOR = 1.5;
    private static final double BASE_RTT_MS = 2.0;

    private static final Map<String, Geography> CATALOG = Stream.of(
            new Geography("us-east", "US East (N. Virginia)", 38.9, -77.4),
            new Geography("us-midwest", "US Midwest (Ohio)", 40.0, -83.0),
            new Geography("us-central", "US Central (Iowa)", 41.3, -95.9),
            new Geography("us-south", "US South (Texas)", 32.4, -99.7),
            new Geography("us-southwest", "US Southwest (Arizona)", 33.4, -112.1),
            new Geography("us-west", "US West (Oregon)", 45.8, -119.7),
            new Geography("us-california", "US West (California)", 37.4, -122.0),
            new Geography("us-southeast", "US Southeast (Louisiana)", 32.5, -91.8),
            new Geography("ca-east", "Canada East (Montreal)", 45.5, -73.6),
            new Geography("br-south", "Brazil (São Paulo)", -23.5, -46.6),
            new Geography("eu-north", "EU North (Sweden)", 60.7, 17.1),
            new Geography("eu-finland", "EU North (Finland)", 60.6, 27.2),
            new Geography("eu-west", "EU West (Ireland)", 53.3, -6.3),
            new Geography("eu-netherlands", "EU West (Netherlands)", 53.4, 6.8),
            new Geography("eu-central", "EU Central (Frankfurt)", 50.1, 8.7),
            new Geography("eu-berlin", "EU Central (Brandenburg)", 52.4, 13.1),
            new Geography("eu-france", "EU West (Paris)", 48.9, 2.4),
            new Geography("eu-south", "EU South (Milan)", 45.5, 9.2),
            new Geography("eu-spain", "EU South (Madrid)", 40.4, -3.7),
            new Geography("uk", "United Kingdom (London)", 51.5, -0.1),
            new Geography("ch", "Switzerland (Zürich)", 47.4, 8.5),
            new Geography("no", "Norway (Oslo)", 59.9, 10.8),
            new Geography("me-uae", "UAE (Abu Dhabi / Dubai)", 24.9, 55.0),
            new Geography("me-saudi", "Saudi Arabia (Riyadh / Dammam)", 25.5, 48.5),
            new Geography("in-west", "India West (Mumbai / Pune)", 19.1, 73.4),
            new Geography("jp-east", "Japan East (Tokyo)", 35.7, 139.7),
            new Geography("kr", "South Korea (Seoul)", 37.6, 127.0),
            new Geography("sg", "Singapore", 1.35, 103.8),
            new Geography("au-east", "Australia East (Sydney)", -33.9, 151.2))
            .collect(Collectors.toUnmodifiableMap(Geography::id, Function.identity()));

    public static Optional<Geography> find(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(CATALOG.get(id.trim()));
    }

    public static Collection<Geography> all() {
        return CATALOG.values();
    }

    public double distanceKm(Geography other) {
        double lat1 = Math.toRadians(latitude);
        double lat2 = Math.toRadians(other.latitude);
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(other.longitude - longitude);
        double a = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(lat1) * Math.cos(lat2) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    /** Estimated network round-trip time in ms. */
    public double rttMs(Geography other) {
        return BASE_RTT_MS + 2 * distanceKm(other) * ROUTE_FACTOR / FIBRE_KM_PER_MS;
    }
}
