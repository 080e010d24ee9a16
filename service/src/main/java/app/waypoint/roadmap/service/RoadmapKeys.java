package app.waypoint.roadmap.service;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * Keys for own roadmaps and their topics: readable, from a title or a kind, and unique by a random suffix, so a
 * key says nothing about who made it or how many there are.
 */
public final class RoadmapKeys {

    private static final SecureRandom RANDOM = new SecureRandom();

    private RoadmapKeys() {
    }

    /** A new roadmap key from a title or an older key: lower-case letters, digits and dashes, then the suffix. */
    public static String forRoadmap(String base) {
        String slug = base == null ? "" : base.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "-")
                .replaceAll("-+", "-").replaceAll("^-|-$", "");
        slug = slug.isEmpty() ? "roadmap" : slug.substring(0, Math.min(slug.length(), 50));
        return slug + "-" + randomSuffix();
    }

    public static String forNode(String kind) {
        return kind + "-" + randomSuffix();
    }

    /** Up to six base-36 characters. */
    private static String randomSuffix() {
        return Long.toString(Math.abs(RANDOM.nextLong()) % 2_176_782_336L, 36);
    }
}
