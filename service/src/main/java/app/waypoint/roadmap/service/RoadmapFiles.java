package app.waypoint.roadmap.service;

import app.waypoint.base.service.ContentFormat;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;

import java.util.List;

import static app.waypoint.base.service.TextInput.length;

/** Reading and writing roadmap documents as YAML or JSON text, with problems reported by line. */
final class RoadmapFiles {

    /** A roadmap file is text of a few hundred kilobytes at most; anything bigger is not one. */
    static final int MAX_BYTES = 1024 * 1024;

    private RoadmapFiles() {
    }

    static RoadmapDocument read(byte[] content, ContentFormat format) {
        if (content.length > MAX_BYTES) {
            throw new InvalidRoadmapFileException(List.of(
                    new ContentProblem("", "roadmap.import.too-large", String.valueOf(MAX_BYTES / 1024))));
        }
        if (content.length == 0) {
            throw new InvalidRoadmapFileException(List.of(new ContentProblem("", "roadmap.import.empty", null)));
        }
        try {
            RoadmapDocument document = format.mapper().readValue(content, RoadmapDocument.class);
            if (document == null) {
                throw new InvalidRoadmapFileException(List.of(new ContentProblem("", "roadmap.import.empty", null)));
            }
            return document;
        } catch (JacksonException unreadable) {
            TokenStreamLocation at = unreadable.getLocation();
            String location = at == null || at.getLineNr() < 1 ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr();
            return fail(location, unreadable.getOriginalMessage());
        }
    }

    static String write(RoadmapDocument document, ContentFormat format) {
        return format.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(document);
    }

    private static RoadmapDocument fail(String location, String detail) {
        String shortDetail = detail == null ? null : detail.lines().findFirst().orElse("").strip();
        if (shortDetail != null && length(shortDetail) > 200) {
            shortDetail = shortDetail.substring(0, 200) + "…";
        }
        throw new InvalidRoadmapFileException(List.of(new ContentProblem(location, "roadmap.import.unreadable", shortDetail)));
    }
}
