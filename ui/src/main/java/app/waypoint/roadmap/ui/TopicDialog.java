package app.waypoint.roadmap.ui;

import app.waypoint.base.ui.LengthCounter;
import app.waypoint.roadmap.service.RoadmapDocumentCheck;
import app.waypoint.roadmap.service.RoadmapStructureService;
import app.waypoint.roadmap.service.TopicDraft;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import java.util.Arrays;
import java.util.Map;

/** Edits one of one's own topics: title, description, sub-topics and resources, in the language being used. */
class TopicDialog extends DraftDialog {

    final TextField title = new TextField();
    final TextArea description = new TextArea();
    final TextArea subtopics = new TextArea();
    final TextArea resources = new TextArea();
    private final RoadmapStructureService structure;
    private final long topicId;
    private long version;

    TopicDialog(RoadmapStructureService structure, long topicId, Runnable saved) {
        super("", saved);
        this.structure = structure;
        this.topicId = topicId;
        TopicDraft draft = structure.topicDraft(topicId, getLocale());
        version = draft.version();
        setHeaderTitle(getTranslation("roadmap.edit.topic", draft.title()));
        title.setLabel(getTranslation("roadmap.custom.title"));
        title.setValue(draft.title());
        title.setRequiredIndicatorVisible(true);
        description.setLabel(getTranslation("roadmap.edit.description"));
        description.setValue(draft.description() == null ? "" : draft.description());
        LengthCounter.attach(description, RoadmapDocumentCheck.MAX_DESCRIPTION, null);
        subtopics.setLabel(getTranslation("roadmap.edit.subtopics"));
        subtopics.setValue(String.join("\n", draft.subtopics()));
        subtopics.setHelperText(getTranslation("roadmap.edit.subtopics.help"));
        resources.setLabel(getTranslation("roadmap.edit.resources"));
        resources.setValue(ResourceLines.format(draft.resources(), this));
        resources.setHelperText(getTranslation("roadmap.edit.resources.help"));
        FormLayout form = new FormLayout(title, description, subtopics, resources);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
    }

    @Override
    void saveDraft() {
        structure.saveTopic(new TopicDraft(topicId, title.getValue(), description.getValue(),
                Arrays.asList(subtopics.getValue().split("\\R")), ResourceLines.parse(resources.getValue(), this),
                version), getLocale());
    }

    @Override
    void takeNewer() {
        version = structure.topicDraft(topicId, getLocale()).version();
    }

    @Override
    Map<String, ? extends HasValidation> fields() {
        return Map.of("title", title, "description", description, "subtopics", subtopics, "resources", resources);
    }
}
