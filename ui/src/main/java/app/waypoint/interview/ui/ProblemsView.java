package app.waypoint.interview.ui;

import app.waypoint.base.domain.Language;
import app.waypoint.base.service.InvalidInputException;
import app.waypoint.base.ui.CardsInBatches;
import app.waypoint.base.ui.Conflicts;
import app.waypoint.base.ui.FormErrors;
import app.waypoint.base.ui.Notifications;
import app.waypoint.base.ui.ProgressBars;
import app.waypoint.base.ui.Texts;
import app.waypoint.interview.domain.ProblemDifficulty;
import app.waypoint.interview.service.BuiltInProblems;
import app.waypoint.interview.service.ProblemBoard;
import app.waypoint.interview.service.ProblemFilter;
import app.waypoint.interview.service.ProblemOrder;
import app.waypoint.interview.service.ProblemProgress;
import app.waypoint.interview.service.ProblemService;
import app.waypoint.interview.service.ProblemView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
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
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Coding-test problems toward the guide's 100 Easy–Medium goal, with attempts and re-solves; the built-in problems by
 * pattern, each added in a tap; the tracked ones filtered by difficulty, topic and due re-solves, in the order
 * chosen.
 */
@Route("interview/problems")
@PermitAll
public class ProblemsView extends Main implements HasDynamicTitle {

    final ProblemForm newProblem = new ProblemForm();
    final Button add = new Button();
    final Div list = new Div();
    final Span goal = new Span();
    final Details builtInBox = new Details();
    final Div filters = new Div();
    final Select<ProblemDifficulty> difficultyFilter = new Select<>();
    final Select<String> tagFilter = new Select<>();
    final Checkbox dueFilter = new Checkbox();
    final Select<ProblemOrder> order = new Select<>();
    final Span shownCount = new Span();

    private final ProblemService problems;
    /**
     * Each problem's row with the problem as it shows, so a refresh keeps the rows that did not change, also those a
     * filter hides for a while: minutes typed into one survive.
     */
    private final Map<Long, Shown> rows = new HashMap<>();
    /** The built-in list's patterns by key, made when the person first opens the list. */
    private final Map<String, PatternSection> patterns = new LinkedHashMap<>();
    private Set<String> builtInAdded = Set.of();
    private List<String> tags = List.of();
    /** While the filters are set from the code, their changes show nothing by themselves. */
    private boolean settingFilters;

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
        setUpBuiltIn();
        setUpFilters();
        list.addClassName("question-list");
        add(new H1(getTranslation("problems.title")), goal, addBox, builtInBox, filters, list);
        boolean any = show();
        addBox.setOpened(!any);
        // a first visit starts from the built-in list; later it stays folded until opened
        builtInBox.setOpened(!any);
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
     * Shows progress, the built-in list's state and the list as filtered; returns whether there are any problems. A
     * row whose problem did not change stays as it is, so minutes being typed for one problem survive logging,
     * adding or editing another, and choosing another filter or order.
     */
    private boolean show() {
        ProblemFilter filter = chosenFilter();
        ProblemBoard board = problems.board(filter);
        showProgress(board.progress());
        builtInAdded = board.builtInAdded();
        patterns.values().forEach(PatternSection::refresh);
        showTags(board.tags());
        filters.setVisible(board.tracked() > 0);
        shownCount.setText(filter.narrows()
                ? getTranslation("problems.filter.shown", board.shown().size(), board.tracked()) : "");

        Map<Long, Shown> before = new HashMap<>(rows);
        if (!filter.narrows()) {
            rows.clear(); // every problem is shown: rows of deleted problems go
        }
        if (board.shown().isEmpty()) {
            list.removeAll();
            list.add(board.tracked() == 0 ? emptyState(getTranslation("problems.empty")) : noMatch());
            return board.tracked() > 0;
        }
        CardsInBatches.replace(list, board.shown(), problem -> {
            Shown kept = before.get(problem.id());
            Div row = kept != null && kept.problem().equals(problem) ? kept.row() : row(problem);
            rows.put(problem.id(), new Shown(problem, row));
            return row;
        });
        return true;
    }

    private void showProgress(ProblemProgress progress) {
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
    }

    private static Paragraph emptyState(String text) {
        Paragraph empty = new Paragraph(text);
        empty.addClassName("empty-state");
        return empty;
    }

    /** A filter that lets nothing through says so, and offers to show everything again. */
    private Div noMatch() {
        Button clear = new Button(getTranslation("problems.filter.clear"), click -> clearFilters());
        clear.setId("problems-clear-filter");
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div empty = new Div(new Span(getTranslation("problems.filter.empty")), clear);
        empty.addClassNames("empty-state", "problems-no-match");
        return empty;
    }

    void clearFilters() {
        settingFilters = true;
        try {
            difficultyFilter.clear();
            tagFilter.clear();
            dueFilter.clear();
        } finally {
            settingFilters = false;
        }
        show();
    }

    private ProblemFilter chosenFilter() {
        return new ProblemFilter(difficultyFilter.getValue(), tagFilter.getValue(), dueFilter.getValue(),
                order.getValue());
    }

    private void setUpFilters() {
        String anyDifficulty = getTranslation("problems.filter.difficulty.all");
        difficultyFilter.setLabel(getTranslation("problem.difficulty"));
        difficultyFilter.setItems(ProblemDifficulty.values());
        difficultyFilter.setEmptySelectionAllowed(true);
        difficultyFilter.setEmptySelectionCaption(anyDifficulty);
        // the select labels its empty choice with the generator too, so null must read "All difficulties"
        difficultyFilter.setItemLabelGenerator(value -> value == null ? anyDifficulty
                : getTranslation("problem.difficulty." + value.name()));
        difficultyFilter.setId("problems-difficulty-filter");

        String anyTopic = getTranslation("problems.filter.tag.all");
        tagFilter.setLabel(getTranslation("problem.tags"));
        tagFilter.setEmptySelectionAllowed(true);
        tagFilter.setEmptySelectionCaption(anyTopic);
        tagFilter.setItemLabelGenerator(value -> value == null ? anyTopic : value);
        tagFilter.setId("problems-tag-filter");

        order.setLabel(getTranslation("problems.order"));
        order.setItems(ProblemOrder.values());
        order.setItemLabelGenerator(value -> getTranslation("problems.order." + value.name()));
        order.setValue(ProblemOrder.NEWEST);
        order.setId("problems-order");

        dueFilter.setLabel(getTranslation("problems.filter.due"));
        dueFilter.setId("problems-due-filter");

        difficultyFilter.addValueChangeListener(change -> filtersChanged());
        tagFilter.addValueChangeListener(change -> filtersChanged());
        order.addValueChangeListener(change -> filtersChanged());
        dueFilter.addValueChangeListener(change -> filtersChanged());
        shownCount.addClassNames("hint", "problems-shown");
        filters.add(difficultyFilter, tagFilter, order, dueFilter, shownCount);
        filters.addClassName("problem-filters");
    }

    private void filtersChanged() {
        if (!settingFilters) {
            show();
        }
    }

    /** The topic filter offers the tags in use; a chosen one no longer in use is kept until cleared. */
    private void showTags(List<String> inUse) {
        String chosen = tagFilter.getValue();
        List<String> offered = chosen == null || inUse.contains(chosen) ? inUse
                : Stream.concat(inUse.stream(), Stream.of(chosen)).toList();
        if (offered.equals(tags)) {
            return;
        }
        tags = offered;
        settingFilters = true;
        try {
            tagFilter.setItems(offered);
            tagFilter.setValue(chosen);
        } finally {
            settingFilters = false;
        }
    }

    // ---------- the built-in list ----------

    private void setUpBuiltIn() {
        builtInBox.setSummaryText(getTranslation("problems.built-in"));
        builtInBox.addClassNames("card", "built-in-problems");
        builtInBox.setId("built-in-problems");
        builtInBox.addOpenedChangeListener(opened -> {
            if (opened.isOpened() && patterns.isEmpty()) {
                fillBuiltIn();
            }
        });
    }

    /** The credit and one folded section per pattern; a pattern's problems are made when it is opened. */
    private void fillBuiltIn() {
        Paragraph intro = new Paragraph(getTranslation("problems.built-in.intro"));
        intro.addClassName("hint");
        Paragraph credit = new Paragraph(getTranslation("problems.built-in.credit"));
        credit.addClassNames("hint", "built-in-credit");
        builtInBox.add(intro, credit);
        for (BuiltInProblems.Pattern pattern : problems.builtInPatterns()) {
            PatternSection section = new PatternSection(pattern);
            patterns.put(pattern.key(), section);
            builtInBox.add(section.details);
        }
    }

    /** One pattern of the built-in list: its name and how many of its problems are tracked, its problems when open. */
    private final class PatternSection {

        private final BuiltInProblems.Pattern pattern;
        private final Details details = new Details();
        private final Span count = new Span();
        private final Div body = new Div();
        private boolean filled;

        PatternSection(BuiltInProblems.Pattern pattern) {
            this.pattern = pattern;
            Span name = new Span(Texts.of(pattern.title()));
            name.addClassName("built-in-pattern-name");
            count.addClassName("hint");
            Div summary = new Div(name, count);
            summary.addClassName("built-in-pattern-summary");
            details.setSummary(summary);
            details.add(body);
            details.addClassName("built-in-pattern");
            details.setId("pattern-" + pattern.key());
            body.addClassName("built-in-list");
            details.addOpenedChangeListener(opened -> {
                if (opened.isOpened() && !filled) {
                    fill();
                }
            });
            countAdded();
        }

        void refresh() {
            countAdded();
            if (filled) {
                fill();
            }
        }

        private void countAdded() {
            long added = pattern.problems().stream().filter(problem -> builtInAdded.contains(problem.key())).count();
            count.setText(getTranslation("problems.built-in.added-count", added, pattern.problems().size()));
        }

        private void fill() {
            filled = true;
            body.removeAll();
            pattern.problems().forEach(problem -> body.add(builtInRow(pattern, problem)));
        }
    }

    private Div builtInRow(BuiltInProblems.Pattern pattern, BuiltInProblems.Problem problem) {
        Span title = new Span(Texts.of(problem.title()));
        title.addClassName("built-in-title");
        Span level = new Span(getTranslation("problem.difficulty." + problem.difficulty().name()));
        level.getElement().getThemeList().add("badge");
        Div links = new Div(level, external("LeetCode", problem.url()));
        links.addClassName("built-in-links");
        if (problem.programmersUrl() != null) {
            links.add(external(getTranslation("problems.built-in.programmers"), problem.programmersUrl()));
        }
        if (problem.baekjoonUrl() != null) {
            links.add(external(getTranslation("problems.built-in.baekjoon"), problem.baekjoonUrl()));
        }
        Div text = new Div(title, links);
        text.addClassName("built-in-text");
        Component action;
        if (builtInAdded.contains(problem.key())) {
            Span added = new Span(VaadinIcon.CHECK.create(), new Span(getTranslation("problems.built-in.added")));
            added.getElement().getThemeList().add("badge success");
            added.addClassName("built-in-added");
            action = added;
        } else {
            Button addIt = new Button(getTranslation("action.add"), VaadinIcon.PLUS.create(),
                    click -> addBuiltIn(problem));
            addIt.addThemeVariants(ButtonVariant.LUMO_SMALL);
            addIt.setAriaLabel(getTranslation("problems.built-in.add", Texts.of(problem.title())));
            addIt.setId("built-in-" + problem.key());
            action = addIt;
        }
        Div row = new Div(text, action);
        row.addClassName("built-in-problem");
        return row;
    }

    private void addBuiltIn(BuiltInProblems.Problem problem) {
        try {
            problems.addBuiltIn(problem.key(), Language.of(getLocale()));
        } catch (InvalidInputException alreadyThere) {
            // copied meanwhile in another tab, or added by hand with the same link
            Notifications.error(getTranslation(alreadyThere.problems().get(0).messageKey()));
        }
        show();
    }

    private static Anchor external(String text, String url) {
        Anchor link = new Anchor(url, text, AnchorTarget.BLANK);
        link.getElement().setAttribute("rel", "noopener noreferrer");
        return link;
    }

    // ---------- a tracked problem ----------

    private Div row(ProblemView problem) {
        Component title;
        if (problem.url() == null) {
            title = new Span(problem.title()); // from a book or a mock test: nothing to link to
        } else {
            title = external(problem.title(), problem.url());
        }
        title.getElement().getClassList().add("project-title");
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
        Div row = new Div(header, title, figures, attempt);
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
