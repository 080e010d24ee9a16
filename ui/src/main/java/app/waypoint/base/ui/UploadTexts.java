package app.waypoint.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.upload.UploadI18N;

import java.util.Arrays;

/** Every text of Vaadin's upload component in the person's language, not only the button's. */
public final class UploadTexts {

    private UploadTexts() {
    }

    /** The component's own texts; the two refusals say what this particular upload accepts. */
    public static UploadI18N of(String incorrectFileType, String fileIsTooBig) {
        UI ui = UI.getCurrent();
        return new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(t(ui, "upload.add")).setMany(t(ui, "upload.add")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(t(ui, "upload.drop")).setMany(t(ui, "upload.drop")))
                .setError(new UploadI18N.Error().setTooManyFiles(t(ui, "upload.too-many"))
                        .setFileIsTooBig(fileIsTooBig).setIncorrectFileType(incorrectFileType))
                .setUploading(new UploadI18N.Uploading()
                        .setStatus(new UploadI18N.Uploading.Status()
                                .setConnecting(t(ui, "upload.status.connecting"))
                                .setStalled(t(ui, "upload.status.stalled"))
                                .setProcessing(t(ui, "upload.status.processing"))
                                .setHeld(t(ui, "upload.status.held")))
                        .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                                .setPrefix(t(ui, "upload.remaining.prefix"))
                                .setUnknown(t(ui, "upload.remaining.unknown")))
                        .setError(new UploadI18N.Uploading.Error()
                                .setServerUnavailable(t(ui, "upload.error.server-unavailable"))
                                .setUnexpectedServerError(t(ui, "upload.error.unexpected"))
                                .setForbidden(t(ui, "upload.error.forbidden"))
                                .setFileTooLarge(fileIsTooBig)))
                .setFile(new UploadI18N.File()
                        .setRetry(t(ui, "upload.file.retry"))
                        .setStart(t(ui, "upload.file.start"))
                        .setRemove(t(ui, "upload.file.remove")))
                .setUnits(Arrays.asList(t(ui, "upload.units").split(",")));
    }

    private static String t(UI ui, String key) {
        return ui.getTranslation(key);
    }
}
