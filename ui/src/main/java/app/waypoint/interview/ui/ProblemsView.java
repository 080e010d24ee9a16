package app.waypoint.interview.ui;

import app.waypoint.base.service.InvalidInputException;
import app.waypoint.base.ui.CardsInBatches;
import app.waypoint.base.ui.Conflicts;
import app.waypoint.base.ui.FormErrors;
import app.waypoint.base.ui.ProgressBars;
import app.waypoint.base.ui.Texts;
import app.waypoint.interview.service.ProblemProgress;
import app.waypoint.interview.service.ProblemService;
import app.waypoint.interview.service.ProblemView;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

import java.util.HashMap;
import java.util.Map;

/** Coding-test problems toward the guide's 100 Easy–Medium goal, with attempts and re-solves. */
@Route("interview/problems")
@PermitAll
public class ProblemsView extends Main implements HasDynamicTitle {

    final ProblemForm newProblem = new ProblemForm();
    final Button add = new Button();
    final Div list = new Div();
    final Span goal = new Span();

    private final ProblemService problems;
    /** Each problem's row with the problem as it shows, so a refresh keeps the rows that did not change. */
    private final Map<Long, Shown> rows = new HashMap<>();

    private record Shown(ProblemView problem, Div row) {
    }

    ProblemsView(ProblemService problems) {
        this.problems = problems;
        addClassNames("page", "problems-view");
        // ids only on the add form: the edit dialog reuses ProblemForm and may be open at the same time
        newProblem.title.setId("problem-title");
        newProblem.url.setId("problem-url");
        newProblem.difficulty.setId("problem-difficulty");
        add.setId("problem-add");
        add.setText(getTranslation("action.add"));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(click -> addProblem());
        // on a phone the list matters more than the form once there is a list: the form starts folded then
        Details addBox = new Details(getTranslation("problem.add"), new Div(newProblem, add));
        addBox.addClassNames("card", "add-problem");
        list.addClassName("question-list");
        add(new H1(getTranslation("problems.title")), goal, addBox, list);
        addBox.setOpened(!show());
    }

    private void addProblem() {
        try {
            problems.add(newProblem.title.getValue(), newProblem.url.getValue(), newProblem.platform.getValue(),
                    newProblem.difficulty.getValue(), newProblem.tags.getValue());
            newProblem.clearForNext();
            show();
        } catch (InvalidInputException invalid) {
            newProblem.showErrors(invalid);
        }
    }

    /**
     * Shows progress and the list; returns whether there are any problems. A row whose problem did not change stays
     * as it is, so minutes being typed for one problem survive logging, adding or editing another.
     */
    private boolean show() {
        ProblemProgress progress = problems.progress();
        goal.removeAll();
        Span figures = new Span(getTranslation("problems.goal", progress.solvedTowardGoal(), progress.goal(),
                progress.resolveDue()));
        ProgressBar bar = ProgressBars.named(0, progress.goal(), Math.min(progress.goal(), progress.solvedTowardGoal()),
                figures.getText());
        Div chips = new Div();
        chips.addClassName("skill-tags");
        progress.solvedByDifficulty().forEach((level, count) -> chip(chips,
                getTranslation("problem.difficulty." + level.name()) + " " + count));
        progress.solvedByTag().forEach((tag, count) -> chip(chips, tag + " " + count));
        Div card = new Div(figures, bar, chips);
        card.addClassNames("card", "readiness");
        goal.add(card);

        Map<Long, Shown> before = new HashMap<>(rows);
        rows.clear();
        CardsInBatches.replace(list, problems.myProblems(), problem -> {
            Shown kept = before.get(problem.id());
            Div row = kept != null && kept.problem().equals(problem) ? kept.row() : row(problem);
            rows.put(problem.id(), new Shown(problem, row));
            return row;
        });
        if (list.getChildren().findAny().isPresent()) {
            return true;
        }
        Paragraph empty = new Paragraph(getTranslation("problems.empty"));
        empty.addClassName("empty-state");
        list.add(empty);
        return false;
    }

    private Div row(ProblemView problem) {
        Anchor link = new Anchor(problem.url(), problem.title(), AnchorTarget.BLANK);
        link.getElement().setAttribute("rel", "noopener noreferrer");
        link.addClassName("project-title");
        Span level = new Span(getTranslation("problem.difficulty." + problem.difficulty().name()));
        level.getElement().getThemeList().add("badge");
        Span status = new Span(problem.resolveDue() ? getTranslation("problem.resolve-due")
                : problem.solved() ? getTranslation("problem.solved-on", Texts.date(problem.lastSolvedOn()))
                : getTranslation("problem.unsolved"));
        status.getElement().getThemeList().add(problem.resolveDue() ? "badge error" : problem.solved()
                ? "badge success" : "badge contrast");
        Span figures = new Span(getTranslation("problem.figures", problem.attempts(), problem.minutesSpent())
                + (problem.resolveOn() == null || problem.resolveDue() ? ""
                : " · " + getTranslation("problem.resolve-on", Texts.date(problem.resolveOn())))
                + (problem.tags() == null ? "" : " · " + problem.tags()));
        figures.addClassName("hint");
        IntegerField minutes = new IntegerField();
        minutes.setPlaceholder(getTranslation("problem.minutes"));
        minutes.setAriaLabel(getTranslation("problem.minutes"));
        minutes.setMin(0);
        Button solved = new Button(getTranslation("problem.log.solved"), click -> log(problem, true, minutes));
        solved.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_SMALL);
        Button notYet = new Button(getTranslation("problem.log.not-yet"), click -> log(problem, false, minutes));
        notYet.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Div attempt = new Div(minutes, solved, notYet);
        attempt.addClassName("inline-form");
        Div badges = new Div(level, status);
        badges.addClassName("skill-tags");
        Button edit = new Button(VaadinIcon.EDIT.create(), click -> new ProblemDialog(problems, problem, this::show)
                .open());
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        edit.setAriaLabel(getTranslation("problem.edit"));
        edit.setTooltipText(getTranslation("problem.edit"));
        edit.setId("edit-problem-" + problem.id());
        Div header = new Div(badges, edit);
        header.addClassName("question-row-header");
        Div row = new Div(header, link, figures, attempt);
        row.addClassNames("card", "problem-row");
        row.setId("problem-" + problem.id());
        return row;
    }

    void log(ProblemView problem, boolean solved, IntegerField minutes) {
        try {
            if (Conflicts.attempt(() -> problems.attempt(problem.id(), solved,
                    minutes.getValue() == null ? 0 : minutes.getValue(), problem.version()), "problem.conflict",
                    this::show)) {
                show();
            }
        } catch (InvalidInputException invalid) {
            FormErrors.show(invalid, Map.of("minutes", minutes), this);
        }
    }

    private static void chip(Div chips, String text) {
        Span chip = new Span(text);
        chip.getElement().getThemeList().add("badge contrast pill");
        chips.add(chip);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("problems.title") + " · Waypoint";
    }
}
