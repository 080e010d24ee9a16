package app.waypoint.group.ui;

import app.waypoint.base.ui.ConfirmAction;
import app.waypoint.base.ui.Texts;
import app.waypoint.group.domain.GroupRole;
import app.waypoint.group.service.GroupDetails;
import app.waypoint.group.service.GroupService;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

import java.time.ZoneId;

/**
 * The members and their roles. The owner promotes, demotes, hands over and removes; admins remove plain
 * members. Each of those asks first. Owner and admins also see who was removed, and may allow them back.
 */
class GroupMembersPanel extends Composite<Div> {

    private final GroupDetails group;
    private final GroupService groups;
    private final GroupView view;
    private final ZoneId zone;

    GroupMembersPanel(GroupDetails group, GroupService groups, GroupView view) {
        this.group = group;
        this.groups = groups;
        this.view = view;
        this.zone = view.zone();
        getContent().addClassName("member-list");
        group.members().forEach(member -> getContent().add(row(member)));
        if (!group.removed().isEmpty()) {
            H2 title = new H2(getTranslation("members.removed.title"));
            Paragraph hint = new Paragraph(getTranslation("members.removed.hint"));
            hint.addClassName("hint");
            getContent().add(title, hint);
            group.removed().forEach(removed -> getContent().add(removedRow(removed)));
        }
    }

    private Div removedRow(GroupDetails.Removed removed) {
        Span name = new Span(removed.displayName());
        name.addClassName("member-name");
        Span since = new Span(getTranslation("members.removed.since", Texts.date(removed.removedAt(), zone)));
        since.addClassName("hint");
        Button allowBack = new Button(getTranslation("members.allow-back"), click -> ConfirmAction.open(
                getTranslation("members.allow-back.header", removed.displayName()),
                getTranslation("members.allow-back.text", removed.displayName(), group.name()),
                getTranslation("members.allow-back"), false,
                () -> view.change(() -> groups.allowBack(group.id(), removed.accountId()))));
        allowBack.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        Div actions = new Div(allowBack);
        actions.addClassName("card-actions");
        Div row = new Div(new Div(name), since, actions);
        row.addClassNames("card", "member-row", "removed-member");
        return row;
    }

    private Div row(GroupDetails.Member member) {
        Span name = new Span(member.me() ? getTranslation("members.me", member.displayName()) : member.displayName());
        name.addClassName("member-name");
        Span role = new Span(getTranslation("group.role." + member.role().name()));
        role.getElement().getThemeList().add(member.role() == GroupRole.MEMBER ? "badge contrast" : "badge");
        Span joined = new Span(getTranslation("members.joined", Texts.date(member.joinedAt(), zone)));
        joined.addClassName("hint");
        Div actions = new Div();
        actions.addClassName("card-actions");
        if (!member.me()) {
            addActions(actions, member);
        }
        Div row = new Div(new Div(name, role), joined, actions);
        row.addClassNames("card", "member-row");
        return row;
    }

    private void addActions(Div actions, GroupDetails.Member member) {
        boolean owner = group.myRole() == GroupRole.OWNER;
        if (owner && member.role() == GroupRole.MEMBER) {
            actions.add(action("members.promote", () -> groups.changeRole(group.id(), member.accountId(),
                    GroupRole.ADMIN), member, false));
        }
        if (owner && member.role() == GroupRole.ADMIN) {
            actions.add(action("members.demote", () -> groups.changeRole(group.id(), member.accountId(),
                    GroupRole.MEMBER), member, false));
        }
        if (owner) {
            actions.add(action("members.transfer", () -> groups.transferOwnership(group.id(), member.accountId()),
                    member, false));
        }
        boolean removable = member.role() == GroupRole.MEMBER ? group.runsGroup()
                : owner && member.role() == GroupRole.ADMIN;
        if (removable) {
            actions.add(action("members.remove", () -> groups.removeMember(group.id(), member.accountId()), member,
                    true));
        }
    }

    /** A button that asks "…?" with the member's name and, once confirmed, makes the change. */
    private Button action(String key, Runnable change, GroupDetails.Member member, boolean danger) {
        Button button = new Button(getTranslation(key), click -> ConfirmAction.open(
                getTranslation(key + ".header", member.displayName()), getTranslation(key + ".text", group.name()),
                getTranslation(key), danger, () -> view.change(change)));
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        if (danger) {
            button.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        return button;
    }
}
