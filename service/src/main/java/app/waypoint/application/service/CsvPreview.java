package app.waypoint.application.service;

import java.util.List;

/**
 * What importing a CSV file would do: each row with the problems that would leave it out, or the reason the whole
 * file is refused ({@code fileProblem}, a message key; then no row is read).
 */
public record CsvPreview(String fileProblem, List<Row> rows) {

    public static CsvPreview refused(String fileProblem) {
        return new CsvPreview(fileProblem, List.of());
    }

    public long importable() {
        return rows.stream().filter(row -> row.problems().isEmpty()).count();
    }

    /** A data row: its line in the file, what it names, and its problems as message keys. */
    public record Row(long line, String company, String role, String stage, List<String> problems) {
    }
}
