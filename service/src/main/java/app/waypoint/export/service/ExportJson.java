package app.waypoint.export.service;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON of an export. Decimals stay exact (no binary rounding between the database and the file), and a file
 * with a key twice or text after its end is not read at all.
 */
final class ExportJson {

    static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private ExportJson() {
    }

    /** A row the database wrote. */
    static ObjectNode row(String json) {
        return (ObjectNode) MAPPER.readTree(json);
    }

    /** A file's JSON, or a refusal when it is not JSON. */
    static JsonNode parse(byte[] json) {
        try {
            return MAPPER.readTree(json);
        } catch (JacksonException broken) {
            throw new ImportRefusedException("export.import.broken-json");
        }
    }

    static byte[] write(JsonNode root) {
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
    }
}
