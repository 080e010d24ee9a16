package app.waypoint.interview.ui;

import app.waypoint.base.service.InvalidInputException;
import app.waypoint.base.ui.Conflicts;
import app.waypoint.base.service.NotFoundException;
import app.waypoint.base.ui.ConfirmDelete;
import app.waypoint.base.ui.Notifications;
import app.waypoint.interview.service.ProblemService;
import app.waypoint.interview.service.ProblemView;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;

/**
 * Correcting or deleting one problem, with the same fields as adding it. If another tab saved the problem
 * first, the save is refused with a message; the typed text stays, and saving again replaces that version.
 */
class ProblemDialog extends Dialog {

    final ProblemForm form = new ProblemForm();
    final Button save = new Button();
    final Button delete = new Button();

    private final ProblemService problems;
    private final ProblemView problem;
    private final Runnable onChanged;
    private long version;

    ProblemDialog(ProblemService problems, ProblemView problem, Runnable onChanged) {
        this.problems = problems;
        this.problem = problem;
        this.onChanged = onChanged;
        this.version = problem.version();
        setHeaderTitle(getTranslation("problem.edit"));
        form.fill(problem);
        add(form);
        delete.setText(getTranslation("action.delete"));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        delete.addClickListener(click -> confirmDelete());
        getHeader().add(delete);
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
        setWidth("min(36rem, 100vw)");
    }

    private void save() {
        try {
            if (Conflicts.attempt(() -> problems.updateProblem(problem.id(), form.title.getValue(),
                    form.url.getValue(), form.platform.getValue(), form.difficulty.getValue(), form.tags.getValue(),
                    version), "problem.edit-conflict", () -> version = problems.problem(problem.id()).version())) {
                done();
            }
        } catch (InvalidInputException invalid) {
            form.showErrors(invalid);
        } catch (NotFoundException deletedMeanwhile) {
            gone();
        }
    }

    private void confirmDelete() {
        ConfirmDelete.open(getTranslation("problem.delete.header", problem.title()),
                getTranslation("problem.delete.text"), () -> {
                    try {
                        problems.deleteProblem(problem.id());
                        done();
                    } catch (NotFoundException deletedMeanwhile) {
                        gone();
                    }
                });
    }

    /** Another tab deleted the problem: there is nothing left to save into, so the list is brought up to date. */
    private void gone() {
        Notifications.error(getTranslation("problem.gone"));
        done();
    }

    private void done() {
        close();
        onChanged.run();
    }
}
