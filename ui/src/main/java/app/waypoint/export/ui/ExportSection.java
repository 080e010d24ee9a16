package app.waypoint.export.ui;

import app.waypoint.base.ui.ProgressBars;
import app.waypoint.export.service.DataExportService;
import app.waypoint.export.service.ExportFile;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.task.TaskExecutor;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;

import java.io.ByteArrayInputStream;

/**
 * Exports everything the person owns. The export runs away from the request, so the page stays usable and shows
 * how far it has come, list by list; the finished file waits here as a download link.
 */
class ExportSection extends Composite<Section> {

    /** How often the browser asks for news while an export runs. */
    static final int POLL_MILLIS = 400;

    final Button start = new Button();
    final ProgressBar progress = new ProgressBar();
    final Paragraph status = new Paragraph();
    final Div result = new Div();

    private static final Logger LOG = LoggerFactory.getLogger(ExportSection.class);

    private final DataExportService exports;
    private final TaskExecutor executor;

    ExportSection(DataExportService exports, TaskExecutor executor) {
        this.exports = exports;
        this.executor = executor;
        start.setText(getTranslation("data.export.start"));
        start.setIcon(VaadinIcon.DOWNLOAD.create());
        start.setId("export-start");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.setDisableOnClick(true);
        start.addClickListener(click -> begin());
        progress.setVisible(false);
        progress.setId("export-progress");
        status.addClassName("export-status");
        status.getElement().setAttribute("role", "status");
        ProgressBars.name(progress, getTranslation("data.export"));
        result.addClassName("export-result");
        Paragraph hint = new Paragraph(getTranslation("data.export.hint"));
        hint.addClassName("hint");
        getContent().addClassNames("settings-section", "data-export");
        getContent().add(new H2(getTranslation("data.export")), hint, start, progress, status, result);
    }

    private void begin() {
        UI ui = UI.getCurrent();
        result.removeAll();
        progress.setValue(0);
        progress.setVisible(true);
        status.setText(getTranslation("data.export.working", 0, 1));
        ui.setPollInterval(POLL_MILLIS);
        // the export reads as the signed-in person, so it takes their security context along
        executor.execute(new DelegatingSecurityContextRunnable(() -> run(ui)));
    }

    private void run(UI ui) {
        try {
            ExportFile file = exports.export((done, total) -> tell(ui, () -> showProgress(done, total)));
            tell(ui, () -> finished(file));
        } catch (RuntimeException failed) {
            LOG.error("An export failed", failed);
            tell(ui, this::failed);
        }
    }

    private static void tell(UI ui, Runnable change) {
        try {
            ui.access(change::run);
        } catch (UIDetachedException gone) {
            // the person left the page; nobody is waiting for the file any more
        }
    }

    private void showProgress(int done, int total) {
        progress.setValue((double) done / total);
        status.setText(getTranslation("data.export.working", Math.min(done + 1, total), total));
    }

    private void finished(ExportFile file) {
        UI.getCurrent().setPollInterval(-1);
        progress.setVisible(false);
        int entries = file.counts().values().stream().mapToInt(Integer::intValue).sum();
        status.setText(getTranslation("data.export.ready", entries));
        byte[] content = file.content();
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(content), file.fileName(), "application/zip", content.length)),
                getTranslation("data.export.download", file.fileName()));
        download.setDownload(true);
        download.setId("export-download");
        result.add(download);
        start.setEnabled(true);
    }

    private void failed() {
        UI.getCurrent().setPollInterval(-1);
        progress.setVisible(false);
        status.setText(getTranslation("data.export.failed"));
        start.setEnabled(true);
    }
}
