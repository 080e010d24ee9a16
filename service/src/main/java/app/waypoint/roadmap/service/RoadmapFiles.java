package app.waypoint.roadmap.service;

import app.waypoint.base.service.ContentFormat;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonPointer;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;

import java.util.List;

/**
 * Reading and writing roadmap documents as YAML or JSON text. A problem is reported at the line of the field
 * it is about, in words of our own: the parser's messages name Java classes and are English only.
 */
final class RoadmapFiles {

    /** A roadmap file is text of a few hundred kilobytes at most; anything bigger is not one. */
    static final int MAX_BYTES = 1024 * 1024;

    private RoadmapFiles() {
    }

    static RoadmapDocument read(byte[] content, ContentFormat format) {
        if (content.length > MAX_BYTES) {
            throw refused(new ContentProblem("", "roadmap.import.too-large", MAX_BYTES / (1024 * 1024) + " MB"));
        }
        if (content.length == 0) {
            throw refused(new ContentProblem("", "roadmap.import.empty", null));
        }
        try {
            RoadmapDocument document = format.mapper().readValue(content, RoadmapDocument.class);
            if (document == null) {
                throw refused(new ContentProblem("", "roadmap.import.empty", null));
            }
            return document;
        } catch (UnrecognizedPropertyException unknown) {
            throw refused(at(content, format, unknown, "roadmap.import.unknown-field", unknown.getPropertyName()));
        } catch (MismatchedInputException | ValueInstantiationException wrongValue) {
            throw refused(at(content, format, wrongValue, "roadmap.import.wrong-value", null));
        } catch (JacksonException unreadable) {
            // broken YAML or JSON, or nested too deeply: the parser's position is where reading stopped
            TokenStreamLocation stopped = unreadable.getLocation();
            int line = stopped == null ? 0 : Math.max(0, stopped.getLineNr());
            int column = stopped == null || line == 0 ? 0 : Math.max(0, stopped.getColumnNr());
            throw refused(new ContentProblem("", line, column, "roadmap.import.unreadable", null));
        }
    }

    static String write(RoadmapDocument document, ContentFormat format) {
        return format.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(document);
    }

    /**
     * A problem with a value the document reader got to, placed at that value's own line. The reader's location
     * is not used: for records it is wherever the reader had buffered up to, often far below the field.
     */
    private static ContentProblem at(byte[] content, ContentFormat format, DatabindException problem,
                                     String messageKey, String detail) {
        List<JacksonException.Reference> path = problem.getPath();
        TokenStreamLocation found = find(content, format, pointerOf(path));
        int line = found == null ? 0 : Math.max(0, found.getLineNr());
        int column = found == null || line == 0 ? 0 : Math.max(0, found.getColumnNr());
        return new ContentProblem(pathOf(path), line, column, messageKey, detail);
    }

    /** Reads the file once more, token by token, to the first token at this place in the document. */
    private static TokenStreamLocation find(byte[] content, ContentFormat format, JsonPointer target) {
        try (JsonParser parser = format.mapper().createParser(content)) {
            while (parser.nextToken() != null) {
                if (parser.streamReadContext().pathAsPointer().equals(target)) {
                    return parser.currentTokenLocation();
                }
            }
        } catch (JacksonException unreadableFurtherOn) {
            // the place was not reached; the problem is reported by its path alone
        }
        return null;
    }

    private static JsonPointer pointerOf(List<JacksonException.Reference> path) {
        JsonPointer pointer = JsonPointer.empty();
        for (JacksonException.Reference step : path) {
            pointer = step.getPropertyName() != null ? pointer.appendProperty(step.getPropertyName())
                    : pointer.appendIndex(Math.max(0, step.getIndex()));
        }
        return pointer;
    }

    /** The path as the document check writes it, e.g. {@code stages[0].topics[2].colour}. */
    private static String pathOf(List<JacksonException.Reference> path) {
        StringBuilder text = new StringBuilder();
        for (JacksonException.Reference step : path) {
            if (step.getPropertyName() != null) {
                text.append(text.isEmpty() ? "" : ".").append(step.getPropertyName());
            } else if (step.getIndex() >= 0) {
                text.append('[').append(step.getIndex()).append(']');
            }
        }
        return text.toString();
    }

    private static InvalidRoadmapFileException refused(ContentProblem problem) {
        return new InvalidRoadmapFileException(List.of(problem));
    }
}
