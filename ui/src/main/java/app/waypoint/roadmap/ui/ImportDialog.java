package app.waypoint.roadmap.ui;

import app.waypoint.base.service.ContentFormat;
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
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/** Imports a roadmap from a YAML or JSON file; a bad file is explained problem by problem and stores nothing. */
class ImportDialog extends Dialog {

    final UnorderedList problems = new UnorderedList();

    private final CustomRoadmapService customRoadmaps;
    private final Consumer<String> onImported;

    ImportDialog(CustomRoadmapService customRoadmaps, Consumer<String> onImported) {
        this.customRoadmaps = customRoadmaps;
        this.onImported = onImported;
        setHeaderTitle(getTranslation("roadmap.import.title"));
        UI ui = UI.getCurrent();
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) ->
                ui.access(() -> importFile(metadata.fileName(), bytes))));
        upload.setAcceptedFileTypes(".yaml", ".yml", ".json");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(2 * 1024 * 1024);
        upload.setI18n(new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("upload.add")).setMany(getTranslation("upload.add")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("upload.drop")).setMany(getTranslation("upload.drop")))
                .setError(new UploadI18N.Error().setTooManyFiles(getTranslation("upload.too-many"))
                        .setFileIsTooBig(getTranslation("roadmap.import.too-large"))
                        .setIncorrectFileType(getTranslation("upload.wrong-type"))));
        upload.addFileRejectedListener(rejected -> show(List.of(
                new ContentProblem("", "roadmap.import.rejected", rejected.getErrorMessage()))));
        Paragraph hint = new Paragraph(getTranslation("roadmap.import.hint"));
        hint.addClassName("hint");
        problems.addClassName("import-problems");
        add(hint, upload, new Div(problems));
        getFooter().add(new Button(getTranslation("action.close"), click -> close()));
        setWidth("min(36rem, 100vw)");
    }

    /** Reads the file; the format follows its name (JSON for .json, YAML otherwise). */
    void importFile(String fileName, byte[] content) {
        ContentFormat format = fileName.toLowerCase(Locale.ROOT).endsWith(".json") ? ContentFormat.JSON : ContentFormat.YAML;
        try {
            String key = customRoadmaps.importFile(content, format);
            close();
            onImported.accept(key);
        } catch (InvalidRoadmapFileException invalid) {
            show(invalid.problems());
        }
    }

    private void show(List<ContentProblem> found) {
        problems.removeAll();
        for (ContentProblem problem : found) {
            String text = (problem.location().isEmpty() ? "" : problem.location() + ": ")
                    + getTranslation(problem.messageKey())
                    + (problem.detail() == null ? "" : " (" + problem.detail() + ")");
            problems.add(new ListItem(text));
        }
    }
}
