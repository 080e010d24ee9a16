package app.waypoint.application.ui;

import app.waypoint.application.service.ApplicationCsvService;
import app.waypoint.application.service.CsvPreview;
import app.waypoint.base.service.InvalidInputException;
import app.waypoint.base.ui.Notifications;
import app.waypoint.base.ui.Refusals;
import app.waypoint.base.ui.UploadTexts;
import app.waypoint.base.ui.UploadedBytes;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;

import java.io.IOException;
import java.util.stream.Collectors;

/**
 * Imports applications from a CSV file: first a preview of every row with its problems, then, on request, the rows
 * without problems. A file refused as a whole imports nothing.
 */
class CsvImportDialog extends Dialog {

    final Upload upload;
    final Div preview = new Div();
    final Button importRows = new Button();

    private byte[] content;

    CsvImportDialog(ApplicationCsvService csv, Runnable imported) {
        setHeaderTitle(getTranslation("applications.import"));
        UI ui = UI.getCurrent();
        upload = new Upload((UploadHandler) event -> receive(ui, csv, event));
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(ApplicationCsvService.MAX_BYTES);
        upload.setI18n(UploadTexts.of(getTranslation("upload.wrong-type.csv"),
                getTranslation("applications.import.too-big")));
        Paragraph hint = new Paragraph(getTranslation("applications.import.hint"));
        hint.addClassName("hint");
        preview.addClassName("csv-preview");
        importRows.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importRows.setVisible(false);
        importRows.addClickListener(click -> {
            try {
                int count = csv.importFile(content);
                Notifications.success(getTranslation("applications.imported", count));
                close();
                imported.run();
            } catch (InvalidInputException refused) {
                Refusals.show(refused);
            }
        });
        add(hint, upload, preview);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), importRows);
        setWidth("min(40rem, 100vw)");
    }

    private void receive(UI ui, ApplicationCsvService csv, UploadEvent event) throws IOException {
        byte[] file = UploadedBytes.readAtMost(event.getInputStream(), ApplicationCsvService.MAX_BYTES);
        CsvPreview found = csv.preview(file);
        if (found.fileProblem() != null) {
            event.reject(ui.getTranslation(found.fileProblem()));
        }
        ui.access(() -> show(file, found));
    }

    /** Shows what importing would do; {@code file} is kept for the import. */
    void show(byte[] file, CsvPreview found) {
        content = file;
        preview.removeAll();
        if (found.fileProblem() != null) {
            Paragraph refused = new Paragraph(getTranslation(found.fileProblem()));
            refused.addClassName("error-text");
            preview.add(refused);
            importRows.setVisible(false);
            return;
        }
        UnorderedList rows = new UnorderedList();
        rows.addClassName("csv-rows");
        for (CsvPreview.Row row : found.rows()) {
            String what = getTranslation("applications.import.row", row.line(),
                    row.company() == null ? "" : row.company(), row.role() == null ? "" : row.role());
            ListItem item = new ListItem(new Span(what));
            if (!row.problems().isEmpty()) {
                Span problems = new Span(row.problems().stream().map(this::getTranslation)
                        .collect(Collectors.joining(" ")));
                problems.addClassName("error-text");
                item.add(problems);
                item.addClassName("has-problems");
            }
            rows.add(item);
        }
        long importable = found.importable();
        long left = found.rows().size() - importable;
        preview.add(new Paragraph(left == 0 ? getTranslation("applications.import.all-good", importable)
                : getTranslation("applications.import.some-left", importable, left)), rows);
        importRows.setText(getTranslation("applications.import.rows", importable));
        importRows.setVisible(importable > 0);
    }
}
