package app.waypoint.export.domain;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The published description of the export names every list and every field an export writes, and its version. */
class ExportFormatDocumentTest {

    private static final Path DOCUMENT = Path.of("..", "docs", "export-format.md");

    @Test
    void theDocumentNamesEveryListAndFieldInTheirOrder() throws IOException {
        String document = Files.readString(DOCUMENT);
        assertThat(document).startsWith("# The export format, version " + ExportedLists.VERSION + "\n");
        int from = 0;
        for (ExportedList list : ExportedLists.ALL) {
            String heading = "### `" + list.name() + "`:";
            int at = document.indexOf(heading, from);
            assertThat(at).as("%s, after the list before it", heading).isGreaterThanOrEqualTo(from);
            int next = document.indexOf("\n### ", at + 1);
            String section = document.substring(at, next < 0 ? document.length() : next);
            for (ExportedList.Field field : list.fields()) {
                assertThat(section).as("%s.%s", list.name(), field.name()).contains("| `" + field.name() + "` |");
            }
            assertThat(section.lines().filter(line -> line.startsWith("| `")).count())
                    .as("%s names no field an export does not write", list.name()).isEqualTo(list.fields().size());
            from = at + 1;
        }
    }
}
