package app.waypoint.export.ui;

import app.waypoint.base.ui.UploadTexts;
import app.waypoint.base.ui.UploadedBytes;
import app.waypoint.export.service.DataImportService;
import app.waypoint.export.service.ImportRefusedException;
import app.waypoint.export.service.ImportSummary;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.Map;

/**
 * Imports an export: the file is checked and its whole import tried and rolled back as soon as it arrives, so the
 * preview shows exactly what importing brings in, or why nothing can be. Once imported, the app reloads, since
 * everything from the language to the home page may have changed.
 */
class DataImportDialog extends Dialog {

    final Upload upload;
    final Div preview = new Div();
    final Button importAll = new Button();
    final Button reload = new Button();
    final Button cancel = new Button();

    private final DataImportService imports;
    private final ZoneId timeZone;
    private byte[] content;

    DataImportDialog(DataImportService imports, ZoneId timeZone) {
        this.imports = imports;
        this.timeZone = timeZone;
        setHeaderTitle(getTranslation("data.import.title"));
        UI ui = UI.getCurrent();
        upload = new Upload((UploadHandler) event -> receive(ui, event));
        upload.setAcceptedFileTypes(".zip", "application/zip");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(DataImportService.MAX_FILE_BYTES);
        upload.setI18n(UploadTexts.of(getTranslation("upload.wrong-type.zip"), getTranslation("data.import.too-big")));
        Paragraph hint = new Paragraph(getTranslation("data.import.hint"));
        hint.addClassName("hint");
        preview.addClassName("import-preview");
        preview.getElement().setAttribute("aria-live", "polite");
        importAll.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importAll.setId("import-go");
        importAll.setVisible(false);
        importAll.setDisableOnClick(true);
        importAll.addClickListener(click -> importFile());
        reload.setText(getTranslation("data.import.continue"));
        reload.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        reload.setVisible(false);
        reload.addClickListener(click -> UI.getCurrent().getPage().setLocation("."));
        add(hint, upload, preview);
        cancel.setText(getTranslation("action.cancel"));
        cancel.addClickListener(click -> close());
        getFooter().add(cancel, importAll, reload);
        setWidth("min(40rem, 100vw)");
    }

    private void receive(UI ui, UploadEvent event) throws IOException {
        byte[] file = UploadedBytes.readAtMost(event.getInputStream(), DataImportService.MAX_FILE_BYTES);
        ui.access(() -> check(file));
    }

    /** Tries the file and shows what importing it would bring in, or why it cannot be imported. */
    void check(byte[] file) {
        content = file;
        try {
            showPreview(imports.preview(file));
        } catch (ImportRefusedException refused) {
            showRefusal(refused);
        }
    }

    private void importFile() {
        try {
            ImportSummary done = imports.importFile(content);
            preview.removeAll();
            Paragraph message = new Paragraph(getTranslation("data.import.done", total(done.restored())));
            message.addClassName("import-done");
            preview.add(message);
            upload.setVisible(false);
            importAll.setVisible(false);
            cancel.setVisible(false);
            reload.setVisible(true);
            setCloseOnOutsideClick(false);
        } catch (ImportRefusedException refused) {
            showRefusal(refused);
        }
    }

    private void showPreview(ImportSummary summary) {
        preview.removeAll();
        int entries = total(summary.restored());
        if (entries == 0) {
            preview.add(new Paragraph(getTranslation("data.import.nothing")));
        } else {
            preview.add(new Paragraph(getTranslation("data.import.exported-at", exportedAt(summary))),
                    counts(summary.restored()));
        }
        if (summary.skipped() > 0) {
            preview.add(hint(getTranslation("data.import.skipped", summary.skipped())));
        }
        if (!summary.notRestored().isEmpty()) {
            preview.add(hint(getTranslation("data.import.not-restored")));
        }
        preview.add(hint(getTranslation("data.import.profile-replaced")));
        importAll.setText(getTranslation("data.import.go", entries));
        importAll.setVisible(true);
        importAll.setEnabled(true);
    }

    private void showRefusal(ImportRefusedException refused) {
        preview.removeAll();
        Paragraph reason = new Paragraph(getTranslation("data.import.refused", ImportTexts.reason(refused, this)));
        reason.addClassName("error-text");
        preview.add(reason);
        if (!refused.existing().isEmpty()) {
            preview.add(counts(refused.existing()));
        }
        importAll.setVisible(false);
    }

    private UnorderedList counts(Map<String, Integer> byList) {
        UnorderedList list = new UnorderedList();
        list.addClassName("import-counts");
        byList.forEach((name, count) -> list.add(new ListItem(
                getTranslation("data.import.entries", ImportTexts.listName(name, this), count))));
        return list;
    }

    /** When the file says it was made, in the person's time zone; as written if it is not a time. */
    private String exportedAt(ImportSummary summary) {
        try {
            return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                    .withLocale(getLocale()).withZone(timeZone).format(Instant.parse(summary.exportedAt()));
        } catch (DateTimeParseException notATime) {
            return summary.exportedAt();
        }
    }

    private static int total(Map<String, Integer> byList) {
        return byList.values().stream().mapToInt(Integer::intValue).sum();
    }

    private static Paragraph hint(String text) {
        Paragraph hint = new Paragraph(text);
        hint.addClassName("hint");
        return hint;
    }
}
