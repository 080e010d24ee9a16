package app.waypoint.roadmap.ui;

import app.waypoint.base.ui.LengthCounter;
import app.waypoint.roadmap.service.RoadmapDocumentCheck;
import app.waypoint.roadmap.service.RoadmapDraft;
import app.waypoint.roadmap.service.RoadmapStructureService;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import java.util.Map;

/** Edits one's own roadmap's title and description, in the language being used. */
class RoadmapDetailsDialog extends DraftDialog {

    final TextField title = new TextField();
    final TextArea description = new TextArea();
    private final RoadmapStructureService structure;
    private final String key;
    private long version;

    RoadmapDetailsDialog(RoadmapStructureService structure, String key, Runnable saved) {
        super("", saved);
        this.structure = structure;
        this.key = key;
        RoadmapDraft draft = structure.roadmapDraft(key, getLocale());
        version = draft.version();
        setHeaderTitle(getTranslation("roadmap.edit.details"));
        title.setLabel(getTranslation("roadmap.custom.title"));
        title.setValue(draft.title());
        title.setRequiredIndicatorVisible(true);
        description.setLabel(getTranslation("roadmap.edit.description"));
        description.setValue(draft.description() == null ? "" : draft.description());
        LengthCounter.attach(description, RoadmapDocumentCheck.MAX_DESCRIPTION, null);
        FormLayout form = new FormLayout(title, description);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
    }

    @Override
    void saveDraft() {
        structure.saveRoadmap(new RoadmapDraft(key, title.getValue(), description.getValue(), version), getLocale());
    }

    @Override
    void takeNewer() {
        version = structure.roadmapDraft(key, getLocale()).version();
    }

    @Override
    Map<String, ? extends HasValidation> fields() {
        return Map.of("title", title, "description", description);
    }
}
