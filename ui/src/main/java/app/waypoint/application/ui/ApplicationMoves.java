package app.waypoint.application.ui;

import app.waypoint.application.domain.ApplicationOutcome;
import app.waypoint.application.service.ApplicationCard;
import app.waypoint.application.service.ApplicationService;
import app.waypoint.application.service.StageView;
import app.waypoint.base.ui.KoreanParticles;
import app.waypoint.base.ui.Refusals;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;

import java.util.List;

/**
 * The moves an application can make from where it stands, as a menu: to another stage, closed with an outcome,
 * or reopened. After a move {@code afterChange} shows what is there now, whether the move went through or not.
 */
final class ApplicationMoves {

    private ApplicationMoves() {
    }

    static MenuBar menu(ApplicationService service, ApplicationCard application, List<StageView> stages,
                        Runnable afterChange) {
        UI ui = UI.getCurrent();
        MenuBar menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE, MenuBarVariant.LUMO_ICON);
        MenuItem root = menu.addItem(VaadinIcon.ELLIPSIS_DOTS_V.create());
        root.setAriaLabel(ui.getTranslation("application.move", application.company()));
        SubMenu moves = root.getSubMenu();
        if (application.outcome().isClosed()) {
            moves.addItem(ui.getTranslation("application.reopen"), click ->
                    run(() -> service.reopen(application.id(), application.version()), afterChange));
            return menu;
        }
        for (StageView stage : stages) {
            if (stage.id() != application.stageId()) {
                moves.addItem(ui.getTranslation("application.move-to", stage.name(),
                        KoreanParticles.direction(stage.name())), click ->
                        run(() -> service.move(application.id(), stage.id(), application.version()), afterChange));
            }
        }
        for (ApplicationOutcome outcome : ApplicationOutcome.values()) {
            if (outcome.isClosed()) {
                moves.addItem(ui.getTranslation("application.close." + outcome), click ->
                        run(() -> service.close(application.id(), outcome, application.version()), afterChange));
            }
        }
        return menu;
    }

    static void run(Runnable move, Runnable afterChange) {
        Refusals.attempt(move);
        afterChange.run();
    }
}
