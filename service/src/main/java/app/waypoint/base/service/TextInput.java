package app.waypoint.base.service;

/**
 * How typed text is stored and measured: trimmed, an empty or blank field as no value at all, and its length
 * counted the way a person sees it.
 */
public final class TextInput {

    private TextInput() {
    }

    public static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /**
     * A text that must be given, trimmed; refused at {@code field} with {@code blankKey} when blank and with
     * {@code longKey} when longer than {@code max}.
     */
    public static String required(String text, String field, int max, String blankKey, String longKey) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(field, blankKey);
        }
        if (length(text.strip()) > max) {
            throw new InvalidInputException(field, longKey);
        }
        return text.strip();
    }

    /**
     * The length every limit is checked against: Unicode code points, so an emoji or a rare Hanja counts as one
     * character, not two. PostgreSQL's {@code varchar(n)} counts the same way, so a text within a limit fits
     * its column. No text at all has length 0.
     */
    public static int length(CharSequence text) {
        return text == null ? 0 : Character.codePointCount(text, 0, text.length());
    }

    /** The text cut to at most {@code max} code points, never in the middle of one. */
    public static String firstCodePoints(String text, int max) {
        if (length(text) <= max) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, max));
    }

    /**
     * Whether the text holds a character that is never typed and that a person cannot see: control characters
     * other than tab and line breaks (PostgreSQL cannot store NUL at all), half of a broken emoji (a lone
     * surrogate, which would be stored as "?"), or a direction override that makes text read differently from
     * how it is stored (a name shown to other members as something else).
     */
    public static boolean hasHiddenCharacters(CharSequence text) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c) || isHiddenControl(c)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isHiddenControl(char c) {
        return (Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r')
                || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }
}
