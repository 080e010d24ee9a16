package app.waypoint.roadmap.ui;

import app.waypoint.roadmap.service.RoadmapStructureService;
import app.waypoint.roadmap.service.StageDraft;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

import java.util.Map;

/** Edits one of one's own stages: its title in the language being used, and how many months it takes. */
class StageDialog extends DraftDialog {

    final TextField title = new TextField();
    final IntegerField minMonths = new IntegerField();
    final IntegerField maxMonths = new IntegerField();
    private final RoadmapStructureService structure;
    private final long stageId;
    private long version;

    StageDialog(RoadmapStructureService structure, long stageId, Runnable saved) {
        super("", saved);
        this.structure = structure;
        this.stageId = stageId;
        StageDraft draft = structure.stageDraft(stageId, getLocale());
        version = draft.version();
        setHeaderTitle(getTranslation("roadmap.edit.stage", draft.title()));
        title.setLabel(getTranslation("roadmap.custom.title"));
        title.setValue(draft.title());
        title.setRequiredIndicatorVisible(true);
        minMonths.setLabel(getTranslation("roadmap.edit.min-months"));
        minMonths.setValue(draft.minMonths());
        maxMonths.setLabel(getTranslation("roadmap.edit.max-months"));
        maxMonths.setValue(draft.maxMonths());
        for (IntegerField months : new IntegerField[] {minMonths, maxMonths}) {
            months.setMin(0);
            months.setMax(60);
            months.setStepButtonsVisible(true);
        }
        maxMonths.setHelperText(getTranslation("roadmap.edit.months.help"));
        FormLayout form = new FormLayout(title, minMonths, maxMonths);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("24rem", 2));
        form.setColspan(title, 2);
        add(form);
    }

    @Override
    void saveDraft() {
        structure.saveStage(new StageDraft(stageId, title.getValue(), minMonths.getValue(), maxMonths.getValue(),
                version), getLocale());
    }

    @Override
    void takeNewer() {
        version = structure.stageDraft(stageId, getLocale()).version();
    }

    @Override
    Map<String, ? extends HasValidation> fields() {
        return Map.of("title", title, "months", minMonths);
    }
}
