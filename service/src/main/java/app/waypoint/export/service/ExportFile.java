package app.waypoint.export.service;

import java.util.Map;

/**
 * A finished export.
 *
 * @param counts how many entries each list holds, by list name
 */
public record ExportFile(byte[] content, String fileName, Map<String, Integer> counts) {
}
