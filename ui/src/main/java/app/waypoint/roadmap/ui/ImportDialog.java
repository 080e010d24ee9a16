package app.waypoint.roadmap.ui;

import app.waypoint.base.service.ContentFormat;
import app.waypoint.base.ui.UploadTexts;
import app.waypoint.base.ui.UploadedBytes;
import app.waypoint.roadmap.service.ContentProblem;
import app.waypoint.roadmap.service.CustomRoadmapService;
import app.waypoint.roadmap.service.InvalidRoadmapFileException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Imports a roadmap from a YAML or JSON file; a bad file is explained problem by problem and stores nothing.
 * The file is checked while it is received, so a refused file is marked as failed in the upload list rather
 * than getting the tick of a finished upload.
 */
class ImportDialog extends Dialog {

    final UnorderedList problems = new UnorderedList();
    final Upload upload;

    private final CustomRoadmapService customRoadmaps;
    private final Consumer<String> onImported;

    ImportDialog(CustomRoadmapService customRoadmaps, Consumer<String> onImported) {
        this.customRoadmaps = customRoadmaps;
        this.onImported = onImported;
        setHeaderTitle(getTranslation("roadmap.import.title"));
        UI ui = UI.getCurrent();
        upload = new Upload((UploadHandler) event -> receive(ui, event));
        upload.setAcceptedFileTypes(".yaml", ".yml", ".json");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(CustomRoadmapService.MAX_FILE_BYTES);
        upload.setI18n(UploadTexts.of(getTranslation("upload.wrong-type"), tooLarge()));
        upload.addFileRejectedListener(rejected -> show(List.of(
                new ContentProblem("", "roadmap.import.rejected", rejected.getErrorMessage()))));
        Paragraph hint = new Paragraph(getTranslation("roadmap.import.hint"));
        hint.addClassName("hint");
        problems.addClassName("import-problems");
        add(hint, upload, new Div(problems));
        getFooter().add(new Button(getTranslation("action.close"), click -> close()));
        setWidth("min(36rem, 100vw)");
    }

    /** Runs while the file arrives: imports it, or refuses it so that the upload list shows it as failed. */
    private void receive(UI ui, UploadEvent event) throws IOException {
        byte[] content = UploadedBytes.readAtMost(event.getInputStream(), CustomRoadmapService.MAX_FILE_BYTES);
        String fileName = event.getFileName();
        Outcome outcome = tryImport(fileName, content);
        if (outcome.problems() != null) {
            event.reject(getTranslation(ui.getLocale(), "roadmap.import.refused", fileName));
        }
        ui.access(() -> apply(outcome));
    }

    /** Reads the file; the format follows its name (JSON for .json, YAML otherwise). */
    void importFile(String fileName, byte[] content) {
        apply(tryImport(fileName, content));
    }

    private Outcome tryImport(String fileName, byte[] content) {
        ContentFormat format = fileName.toLowerCase(Locale.ROOT).endsWith(".json") ? ContentFormat.JSON : ContentFormat.YAML;
        try {
            return new Outcome(customRoadmaps.importFile(content, format), null);
        } catch (InvalidRoadmapFileException invalid) {
            return new Outcome(null, invalid.problems());
        }
    }

    private void apply(Outcome outcome) {
        if (outcome.problems() != null) {
            show(outcome.problems());
            return;
        }
        close();
        onImported.accept(outcome.roadmapKey());
    }

    private void show(List<ContentProblem> found) {
        problems.removeAll();
        for (ContentProblem problem : found) {
            problems.add(new ListItem(describe(problem)));
        }
    }

    /** "Line 4, column 5 · stages[0].colour: …" in the person's language. */
    private String describe(ContentProblem problem) {
        StringBuilder text = new StringBuilder();
        if (problem.line() > 0) {
            text.append(getTranslation("roadmap.import.at", problem.line(), problem.column()));
        }
        if (!problem.location().isEmpty()) {
            text.append(text.isEmpty() ? "" : " · ").append(problem.location());
        }
        if (!text.isEmpty()) {
            text.append(": ");
        }
        String message = getTranslation(problem.messageKey());
        if (problem.detail() == null) {
            text.append(message);
        } else if (message.contains("{0")) {
            text.append(getTranslation(problem.messageKey(), problem.detail()));
        } else {
            text.append(message).append(" (").append(problem.detail()).append(')');
        }
        return text.toString();
    }

    private String tooLarge() {
        return getTranslation("roadmap.import.too-large", CustomRoadmapService.MAX_FILE_BYTES / (1024 * 1024) + " MB");
    }

    /** What an import came to: the new roadmap's key, or the problems that stopped it. */
    private record Outcome(String roadmapKey, List<ContentProblem> problems) {
    }
}
