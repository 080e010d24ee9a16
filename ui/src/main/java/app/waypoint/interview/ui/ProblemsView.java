package app.waypoint.interview.ui;

import app.waypoint.base.service.ConcurrentEditException;
import app.waypoint.base.service.InvalidInputException;
import app.waypoint.base.ui.FormErrors;
import app.waypoint.base.ui.Notifications;
import app.waypoint.base.ui.Texts;
import app.waypoint.interview.domain.ProblemDifficulty;
import app.waypoint.interview.service.ProblemProgress;
import app.waypoint.interview.service.ProblemService;
import app.waypoint.interview.service.ProblemView;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

import java.util.Map;

/** Coding-test problems toward the guide's 100 Easy–Medium goal, with attempts and re-solves. */
@Route("interview/problems")
@PermitAll
public class ProblemsView extends Main implements HasDynamicTitle {

    final TextField title = new TextField();
    final TextField url = new TextField();
    final TextField platform = new TextField();
    final Select<ProblemDifficulty> difficulty = new Select<>();
    final TextField tags = new TextField();
    final Button add = new Button();
    final Div list = new Div();
    final Span goal = new Span();

    private final ProblemService problems;

    ProblemsView(ProblemService problems) {
        this.problems = problems;
        addClassNames("page", "problems-view");
        title.setLabel(getTranslation("problem.title"));
        url.setLabel(getTranslation("problem.url"));
        url.setPlaceholder("https://leetcode.com/problems/…");
        platform.setLabel(getTranslation("problem.platform"));
        difficulty.setLabel(getTranslation("problem.difficulty"));
        difficulty.setItems(ProblemDifficulty.values());
        difficulty.setItemLabelGenerator(value -> getTranslation("problem.difficulty." + value.name()));
        tags.setLabel(getTranslation("problem.tags"));
        tags.setPlaceholder("array, dp");
        add.setText(getTranslation("action.add"));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(click -> addProblem());
        Div form = new Div(title, url, platform, difficulty, tags, add);
        form.addClassName("inline-form");
        Div addBox = new Div(new H2(getTranslation("problem.add")), form);
        addBox.addClassName("settings-section");
        list.addClassName("question-list");
        add(new H1(getTranslation("problems.title")), goal, addBox, list);
        show();
    }

    private void addProblem() {
        try {
            problems.add(title.getValue(), url.getValue(), platform.getValue(), difficulty.getValue(), tags.getValue());
            title.clear();
            url.clear();
            tags.clear();
            show();
        } catch (InvalidInputException invalid) {
            FormErrors.show(invalid, Map.of("title", title, "url", url, "platform", platform,
                    "difficulty", difficulty, "tags", tags), this);
        }
    }

    private void show() {
        ProblemProgress progress = problems.progress();
        goal.removeAll();
        Span figures = new Span(getTranslation("problems.goal", progress.solvedTowardGoal(), progress.goal(),
                progress.resolveDue()));
        ProgressBar bar = new ProgressBar(0, progress.goal(), Math.min(progress.goal(), progress.solvedTowardGoal()));
        Div chips = new Div();
        chips.addClassName("skill-tags");
        progress.solvedByDifficulty().forEach((level, count) -> chip(chips,
                getTranslation("problem.difficulty." + level.name()) + " " + count));
        progress.solvedByTag().forEach((tag, count) -> chip(chips, tag + " " + count));
        Div card = new Div(figures, bar, chips);
        card.addClassNames("card", "readiness");
        goal.add(card);

        list.removeAll();
        for (ProblemView problem : problems.myProblems()) {
            list.add(row(problem));
        }
        if (list.getChildren().findAny().isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("problems.empty"));
            empty.addClassName("empty-state");
            list.add(empty);
        }
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
        Div header = new Div(level, status);
        header.addClassName("skill-tags");
        Div row = new Div(header, link, figures, attempt);
        row.addClassNames("card", "problem-row");
        row.setId("problem-" + problem.id());
        return row;
    }

    void log(ProblemView problem, boolean solved, IntegerField minutes) {
        try {
            problems.attempt(problem.id(), solved, minutes.getValue() == null ? 0 : minutes.getValue(),
                    problem.version());
            show();
        } catch (InvalidInputException invalid) {
            FormErrors.show(invalid, Map.of("minutes", minutes), this);
        } catch (ConcurrentEditException conflict) {
            Notifications.error(getTranslation("problem.conflict"));
            show();
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
