package app.waypoint.interview.ui;

import app.waypoint.base.service.InvalidInputException;
import app.waypoint.base.service.NotFoundException;
import app.waypoint.base.ui.CheckWithNote;
import app.waypoint.base.ui.ConfirmDelete;
import app.waypoint.base.ui.FormErrors;
import app.waypoint.base.ui.Refusals;
import app.waypoint.base.ui.Texts;
import app.waypoint.interview.domain.Competency;
import app.waypoint.interview.service.ChecklistService;
import app.waypoint.interview.service.ChecklistView;
import app.waypoint.interview.service.QuestionBankService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;

import java.util.LinkedHashMap;
import java.util.Map;

/** Interview preparation: the guide's checklists and the person's own, with the way to questions and review. */
@Route("interview")
@Menu(order = 40, title = "nav.interview", icon = "vaadin:comments-o")
@PermitAll
public class InterviewView extends Main implements HasDynamicTitle {

    final Div lists = new Div();
    final TextField newChecklist = new TextField();
    final Button addChecklist = new Button();

    private final ChecklistService checklists;
    /** Each checklist's section by {@link #idOf}, so that a change shows anew only the checklist it was made in. */
    private final Map<String, Details> shown = new LinkedHashMap<>();

    InterviewView(ChecklistService checklists, QuestionBankService bank) {
        this.checklists = checklists;
        addClassNames("page", "interview-view");
        RouterLink questions = new RouterLink(getTranslation("interview.questions"), QuestionsView.class);
        RouterLink review = new RouterLink(getTranslation("questions.review", bank.summary().dueToday()),
                ReviewView.class);
        review.addClassName("review-link");
        RouterLink problems = new RouterLink(getTranslation("problems.title"), ProblemsView.class);
        RouterLink stories = new RouterLink(getTranslation("stories.title"), StoriesView.class);
        RouterLink mocks = new RouterLink(getTranslation("mocks.title"), MockInterviewsView.class);
        RouterLink reviewSettings = new RouterLink(getTranslation("review.settings-link"), ReviewSettingsView.class);
        Div links = new Div(review, questions, problems, stories, mocks, reviewSettings);
        links.addClassName("page-actions");
        newChecklist.setPlaceholder(getTranslation("interview.new-checklist"));
        newChecklist.setAriaLabel(getTranslation("interview.new-checklist"));
        addChecklist.setText(getTranslation("action.add"));
        addChecklist.addClickListener(click -> {
            try {
                checklists.addChecklist(newChecklist.getValue());
                newChecklist.clear();
                showAdded();
            } catch (InvalidInputException invalid) {
                FormErrors.show(invalid, Map.of("title", newChecklist), this);
            }
        });
        Div addRow = new Div(newChecklist, addChecklist);
        addRow.addClassName("evidence-add");
        add(new H1(getTranslation("interview.title")), links, lists, addRow);
        checklists.checklists().forEach(this::append);
    }

    private static String idOf(ChecklistView checklist) {
        return checklist.key() != null ? "checklist-" + checklist.key() : "checklist-own-" + checklist.ownId();
    }

    private Details append(ChecklistView checklist) {
        Details details = section(checklist);
        shown.put(idOf(checklist), details);
        lists.add(details);
        return details;
    }

    /** Shows a newly added checklist at the end, open for its first items; the others stay as they are. */
    private void showAdded() {
        checklists.checklists().stream().filter(checklist -> !shown.containsKey(idOf(checklist)))
                .forEach(checklist -> append(checklist).setOpened(true));
    }

    /**
     * Shows anew only the checklist that changed, or takes it away if it is gone; what is typed or opened in the
     * others stays.
     */
    private void showAgain(ChecklistView changed) {
        String id = idOf(changed);
        Details old = shown.get(id);
        if (old == null) {
            return;
        }
        checklists.checklists().stream().filter(checklist -> idOf(checklist).equals(id)).findFirst()
                .ifPresentOrElse(fresh -> {
                    Details details = section(fresh);
                    details.setOpened(old.isOpened());
                    lists.replace(old, details);
                    shown.put(id, details);
                }, () -> {
                    lists.remove(old);
                    shown.remove(id);
                });
    }

    private Details section(ChecklistView checklist) {
        Div items = new Div();
        items.addClassName("component-list");
        Span summary = new Span();
        summary.addClassName("stage-name");
        Runnable recount = () -> summary.setText(Texts.of(checklist.title()) + " · " + ticked(items) + "/"
                + checklist.items().size());
        for (ChecklistView.Item item : checklist.items()) {
            items.add(row(checklist, item, recount));
        }
        recount.run();
        if (checklist.ownId() != null) {
            TextField newItem = new TextField();
            newItem.setPlaceholder(getTranslation("interview.new-item"));
            newItem.setAriaLabel(getTranslation("interview.new-item"));
            Button add = new Button(VaadinIcon.PLUS.create(), click -> {
                try {
                    checklists.addItem(checklist.ownId(), newItem.getValue());
                    showAgain(checklist);
                } catch (InvalidInputException invalid) {
                    FormErrors.show(invalid, Map.of("title", newItem), this);
                } catch (NotFoundException deletedMeanwhile) {
                    Refusals.show(deletedMeanwhile);
                    showAgain(checklist);
                }
            });
            add.setAriaLabel(getTranslation("interview.new-item"));
            Div addRow = new Div(newItem, add);
            addRow.addClassName("evidence-add");
            items.add(addRow, deleteChecklistButton(checklist));
        }
        Details details = new Details(summary, items);
        details.addClassName("stage");
        details.setId(idOf(checklist));
        return details;
    }

    /** How many lines are ticked now, so the summary follows each tick without reloading the list. */
    private static long ticked(Div items) {
        return items.getChildren().filter(CheckWithNote.class::isInstance).map(CheckWithNote.class::cast)
                .filter(line -> line.checkbox().getValue()).count();
    }

    private CheckWithNote row(ChecklistView checklist, ChecklistView.Item item, Runnable recount) {
        CheckWithNote line = new CheckWithNote(Texts.of(item.title()), item.hint() == null ? null : Texts.of(item.hint()),
                item.done(), item.note(), (done, note) -> {
                    if (item.ownId() != null) {
                        checklists.tickOwn(item.ownId(), done, note);
                    } else {
                        checklists.tick(checklist.key(), item.key(), done, note);
                    }
                    recount.run();
                });
        if (item.doneOn() != null) {
            Span when = new Span(getTranslation("interview.done-on", Texts.date(item.doneOn())));
            when.addClassName("hint");
            line.getElement().appendChild(when.getElement());
        }
        if (!item.evidence().isEmpty()) {
            RouterLink evidence = new RouterLink(getTranslation("interview.evidence", String.join(", ", item.evidence())),
                    StoriesView.class);
            evidence.addClassName("evidence-link");
            line.getElement().appendChild(evidence.getElement());
        } else if (Competency.CHECKLIST_KEY.equals(checklist.key())) {
            RouterLink write = new RouterLink(getTranslation("interview.write-story"), StoriesView.class);
            write.addClassName("evidence-link");
            line.getElement().appendChild(write.getElement());
        }
        if (item.ownId() != null) {
            Button edit = new Button(VaadinIcon.EDIT.create(), click -> editItem(checklist, item));
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            edit.setAriaLabel(getTranslation("interview.edit-item"));
            line.getElement().appendChild(edit.getElement());
        }
        return line;
    }

    private void editItem(ChecklistView checklist, ChecklistView.Item item) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("interview.edit-item"));
        TextField title = new TextField(getTranslation("checklist.item-title"));
        title.setValue(Texts.of(item.title()));
        title.setWidthFull();
        dialog.add(title);
        Button save = new Button(getTranslation("action.save"), click -> {
            try {
                checklists.renameItem(item.ownId(), title.getValue());
                dialog.close();
                showAgain(checklist);
            } catch (InvalidInputException invalid) {
                FormErrors.show(invalid, Map.of("title", title), this);
            } catch (NotFoundException deletedMeanwhile) {
                Refusals.show(deletedMeanwhile); // the dialog stays open with what was typed
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button delete = new Button(getTranslation("action.delete"), click -> ConfirmDelete.open(
                getTranslation("interview.delete-item.header"), Texts.of(item.title()), () -> {
                    Refusals.attempt(() -> checklists.deleteItem(item.ownId()));
                    dialog.close();
                    showAgain(checklist);
                }));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        dialog.getFooter().add(delete, new Button(getTranslation("action.cancel"), click -> dialog.close()), save);
        dialog.setWidth("min(30rem, 100vw)");
        dialog.open();
    }

    private Button deleteChecklistButton(ChecklistView checklist) {
        Button delete = new Button(getTranslation("interview.delete-checklist"), VaadinIcon.TRASH.create(),
                click -> ConfirmDelete.open(getTranslation("interview.delete-checklist"),
                        getTranslation("interview.delete-checklist.text", Texts.of(checklist.title())), () -> {
                            Refusals.attempt(() -> checklists.deleteChecklist(checklist.ownId()));
                            showAgain(checklist);
                        }));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        return delete;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("interview.title") + " · Waypoint";
    }
}
