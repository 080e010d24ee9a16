package app.waypoint.base.service;

/** Cells of the CSV files Waypoint writes, made safe to open in a spreadsheet program. */
public final class SpreadsheetCells {

    private SpreadsheetCells() {
    }

    /** A cell a spreadsheet would run as a formula gets a leading apostrophe. */
    public static String escape(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + cell : cell;
    }
}
