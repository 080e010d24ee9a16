package app.waypoint.interview.ui;

import app.waypoint.base.service.InvalidInputException;
import app.waypoint.base.ui.FormErrors;
import app.waypoint.interview.domain.ProblemDifficulty;
import app.waypoint.interview.service.ProblemView;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

import java.util.Map;

/** What describes a coding problem: the same fields for adding one and for correcting it later. */
class ProblemForm extends Composite<FormLayout> {

    final TextField title = new TextField();
    final TextField url = new TextField();
    final TextField platform = new TextField();
    final Select<ProblemDifficulty> difficulty = new Select<>();
    final TextField tags = new TextField();

    ProblemForm() {
        title.setLabel(getTranslation("problem.title"));
        url.setLabel(getTranslation("problem.url"));
        url.setPlaceholder("https://leetcode.com/problems/…");
        // a problem from a book or a mock test has no link
        url.setHelperText(getTranslation("problem.url.optional"));
        platform.setLabel(getTranslation("problem.platform"));
        difficulty.setLabel(getTranslation("problem.difficulty"));
        difficulty.setItems(ProblemDifficulty.values());
        difficulty.setItemLabelGenerator(value -> getTranslation("problem.difficulty." + value.name()));
        tags.setLabel(getTranslation("problem.tags"));
        tags.setPlaceholder("array, dp");
        getContent().add(title, url, platform, difficulty, tags);
        getContent().setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1),
                new FormLayout.ResponsiveStep("30em", 2), new FormLayout.ResponsiveStep("60em", 3));
    }

    void fill(ProblemView problem) {
        title.setValue(problem.title());
        url.setValue(problem.url() == null ? "" : problem.url());
        platform.setValue(problem.platform() == null ? "" : problem.platform());
        difficulty.setValue(problem.difficulty());
        tags.setValue(problem.tags() == null ? "" : problem.tags());
    }

    /** Ready for the next problem. Platform and difficulty stay: problems often come from one site in a row. */
    void clearForNext() {
        FormErrors.clear(fields());
        title.clear();
        url.clear();
        tags.clear();
    }

    void showErrors(InvalidInputException invalid) {
        FormErrors.show(invalid, fields(), this);
    }

    private Map<String, HasValidation> fields() {
        return Map.of("title", title, "url", url, "platform", platform, "difficulty", difficulty, "tags", tags);
    }
}
