package app.waypoint.interview.ui;

import app.waypoint.base.service.InvalidInputException;
import app.waypoint.base.ui.Conflicts;
import app.waypoint.base.ui.FormErrors;
import app.waypoint.base.ui.LengthCounter;
import app.waypoint.interview.domain.Competency;
import app.waypoint.interview.domain.StarStory;
import app.waypoint.interview.service.StoryDraft;
import app.waypoint.interview.service.StoryService;
import app.waypoint.interview.service.StoryView;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import java.util.ArrayList;
import java.util.Map;

/**
 * Writes a new STAR story or edits one. A save refused because another tab saved first keeps what was typed;
 * saving again then replaces the other tab's version on purpose.
 */
class StoryDialog extends Dialog {

    final TextField title = new TextField();
    final TextArea situation = new TextArea();
    final TextArea task = new TextArea();
    final TextArea action = new TextArea();
    final TextArea result = new TextArea();
    final Select<Long> project = new Select<>();
    final CheckboxGroup<Competency> competencies = new CheckboxGroup<>();
    final Button save = new Button();

    private final StoryService stories;
    private final Long storyId;
    private long version;

    StoryDialog(StoryService stories, StoryView story, Map<Long, String> projectTitles, Runnable saved) {
        this.stories = stories;
        this.storyId = story == null ? null : story.id();
        this.version = story == null ? 0 : story.version();
        setHeaderTitle(getTranslation(story == null ? "stories.new" : "stories.edit"));
        title.setId("story-title");
        situation.setId("story-situation");
        result.setId("story-result");
        competencies.setId("story-competencies");
        title.setLabel(getTranslation("story.title"));
        title.setRequiredIndicatorVisible(true);
        situation.setLabel(getTranslation("story.situation"));
        task.setLabel(getTranslation("story.task"));
        action.setLabel(getTranslation("story.action"));
        result.setLabel(getTranslation("story.result"));
        LengthCounter.attach(situation, StarStory.MAX_PART, null);
        LengthCounter.attach(task, StarStory.MAX_PART, null);
        LengthCounter.attach(action, StarStory.MAX_PART, null);
        LengthCounter.attach(result, StarStory.MAX_PART, getTranslation("story.result.hint"));
        project.setLabel(getTranslation("story.project"));
        project.setItems(new ArrayList<>(projectTitles.keySet()));
        project.setItemLabelGenerator(id -> id == null ? getTranslation("story.no-project") : projectTitles.get(id));
        project.setEmptySelectionAllowed(true);
        project.setEmptySelectionCaption(getTranslation("story.no-project"));
        competencies.setLabel(getTranslation("story.competencies"));
        competencies.setItems(Competency.values());
        competencies.setItemLabelGenerator(value -> getTranslation("competency." + value.name()));
        if (story != null) {
            title.setValue(story.title());
            situation.setValue(orEmpty(story.situation()));
            task.setValue(orEmpty(story.task()));
            action.setValue(orEmpty(story.action()));
            result.setValue(orEmpty(story.result()));
            project.setValue(projectTitles.containsKey(story.projectId()) ? story.projectId() : null);
            competencies.setValue(story.competencies());
        }
        FormLayout form = new FormLayout(title, situation, task, action, result, project, competencies);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            if (store()) {
                close();
                saved.run();
            }
        });
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
        setWidth("min(40rem, 100vw)");
    }

    private boolean store() {
        StoryDraft draft = new StoryDraft(title.getValue(), situation.getValue(), task.getValue(), action.getValue(),
                result.getValue(), project.getValue(), competencies.getValue());
        try {
            if (storyId == null) {
                stories.add(draft);
                return true;
            }
            return Conflicts.attempt(() -> stories.update(storyId, draft, version), "story.conflict",
                    () -> stories.stories().stream().filter(current -> current.id() == storyId).findFirst()
                            .ifPresent(current -> version = current.version()));
        } catch (InvalidInputException invalid) {
            FormErrors.show(invalid, Map.of("title", title, "situation", situation, "task", task, "action", action,
                    "result", result, "project", project), this);
            return false;
        }
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
