package app.waypoint.export.ui;

import app.waypoint.account.service.AccountService;
import app.waypoint.export.service.DataExportService;
import app.waypoint.export.service.DataImportService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;

/** Everything that is the person's, as one file to keep, and such a file brought back into an empty account. */
@Route("settings/data")
@PermitAll
public class YourDataView extends Main implements HasDynamicTitle {

    final ExportSection export;
    final Button startImport = new Button();
    DataImportDialog importDialog;

    YourDataView(DataExportService exports, DataImportService imports, AccountService accounts,
                 @Qualifier("applicationTaskExecutor") TaskExecutor executor) {
        addClassNames("page", "your-data-view");
        export = new ExportSection(exports, executor);
        startImport.setText(getTranslation("data.import.start"));
        startImport.setIcon(VaadinIcon.UPLOAD.create());
        startImport.setId("import-start");
        startImport.addClickListener(click -> {
            importDialog = new DataImportDialog(imports, accounts.currentProfile().timeZone());
            importDialog.open();
        });
        Paragraph hint = new Paragraph(getTranslation("data.import.hint"));
        hint.addClassName("hint");
        Section importing = new Section(new H2(getTranslation("data.import")), hint, startImport);
        importing.addClassNames("settings-section", "data-import");
        add(new H1(getTranslation("data.title")), export, importing);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("data.title") + " · Waypoint";
    }
}
