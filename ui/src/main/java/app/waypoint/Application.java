package app.waypoint;

import app.waypoint.backup.ui.BackupCommand;
import app.waypoint.base.ui.EmbeddedDatabaseEarlyStart;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Waypoint: a study system for people preparing to be hired as AI backend developers. */
@SpringBootApplication
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/waypoint.css")
@ColorScheme(ColorScheme.Value.LIGHT_DARK)
@Meta(name = "theme-color", content = "#1a56db")
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        if (BackupCommand.isAskedFor(args)) {
            BackupCommand.runAndExit(args);
            return;
        }
        SpringApplication application = new SpringApplication(Application.class);
        application.addInitializers(new EmbeddedDatabaseEarlyStart());
        application.run(args);
    }

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Waypoint");
        settings.addFavIcon("icon", "images/waypoint.svg", "any");
    }
}
