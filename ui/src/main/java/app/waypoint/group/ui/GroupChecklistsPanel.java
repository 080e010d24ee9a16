package app.waypoint.group.ui;

import app.waypoint.base.ui.CardTitles;
import app.waypoint.base.ui.ConfirmAction;
import app.waypoint.base.ui.ProgressBars;
import app.waypoint.base.ui.Texts;
import app.waypoint.group.service.GroupChecklistService;
import app.waypoint.group.service.GroupChecklistView;
import app.waypoint.group.service.GroupDetails;
import app.waypoint.interview.service.ChecklistService;
import app.waypoint.interview.service.ChecklistView;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Interview checklists the group works through: each member's count, and for owner and admins which lists
 * the group takes on. Members tick their own copy on the interview page.
 */
class GroupChecklistsPanel extends Composite<Div> {

    /** The interview page, reached by its address so that groups need not know the interview screens. */
    static final String INTERVIEW = "interview";

    final Select<ChecklistView> assign = new Select<>();

    GroupChecklistsPanel(GroupDetails group, GroupChecklistService groupChecklists, ChecklistService checklists,
                         GroupView view) {
        getContent().addClassName("group-checklists");
        List<GroupChecklistView> assigned = groupChecklists.checklists(group.id());
        if (assigned.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation(group.runsGroup() ? "group-checklists.empty.runner"
                    : "group-checklists.empty"));
            empty.addClassName("empty-state");
            getContent().add(empty);
        }
        for (GroupChecklistView checklist : assigned) {
            Div card = new Div(CardTitles.of(checklist.available() ? Texts.of(checklist.title())
                    : getTranslation("group-checklists.gone")));
            card.addClassNames("card", "group-checklist");
            if (!checklist.available()) {
                Paragraph gone = new Paragraph(getTranslation(group.runsGroup() ? "group-checklists.gone.runner"
                        : "group-checklists.gone.hint"));
                gone.addClassName("hint");
                card.add(gone);
            }
            for (GroupChecklistView.MemberTicks member : checklist.members()) {
                card.add(row(member, checklist.itemCount()));
            }
            if (group.runsGroup()) {
                String title = checklist.available() ? Texts.of(checklist.title())
                        : getTranslation("group-checklists.gone");
                Button drop = new Button(getTranslation("group-checklists.drop"), click -> ConfirmAction.open(
                        getTranslation("group-checklists.drop.header", title),
                        getTranslation("group-checklists.drop.text"), getTranslation("group-checklists.drop.confirm"),
                        true, () -> view.change(() -> groupChecklists.unassign(group.id(), checklist.key()))));
                drop.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                card.add(drop);
            }
            getContent().add(card);
        }
        Button tick = new Button(getTranslation("group-checklists.tick-mine"),
                click -> getUI().ifPresent(ui -> ui.navigate(INTERVIEW)));
        getContent().add(tick);
        if (group.runsGroup()) {
            Set<String> taken = assigned.stream().map(GroupChecklistView::key).collect(Collectors.toSet());
            assign.setLabel(getTranslation("group-checklists.assign"));
            assign.setItems(checklists.checklists().stream()
                    .filter(checklist -> checklist.key() != null && !taken.contains(checklist.key())).toList());
            assign.setItemLabelGenerator(checklist -> Texts.of(checklist.title()));
            assign.addValueChangeListener(change -> {
                if (change.getValue() != null) {
                    view.change(() -> groupChecklists.assign(group.id(), change.getValue().key()));
                }
            });
            getContent().add(assign);
        }
    }

    private Div row(GroupChecklistView.MemberTicks member, int itemCount) {
        Span name = new Span(member.displayName());
        Div row = new Div(name);
        row.addClassName("follow-up");
        if (!member.shared()) {
            Span hidden = new Span(getTranslation("board.private"));
            hidden.addClassName("board-private");
            row.add(hidden);
            return row;
        }
        ProgressBar bar = ProgressBars.named(0, Math.max(1, itemCount), member.done(), member.done() + "/" + itemCount);
        bar.addClassName("checklist-bar");
        Span count = new Span(member.done() + "/" + itemCount);
        count.addClassName("hint");
        row.add(bar, count);
        return row;
    }
}
