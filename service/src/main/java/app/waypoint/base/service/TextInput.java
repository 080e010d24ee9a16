package app.waypoint.base.service;

/** How typed text is stored: trimmed, and an empty or blank field as no value at all. */
public final class TextInput {

    private TextInput() {
    }

    public static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
