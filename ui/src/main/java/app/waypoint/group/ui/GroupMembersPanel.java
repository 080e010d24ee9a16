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
import com.vaadin.flow.component.html.Span;

/**
 * The members and their roles. The owner promotes, demotes, hands over and removes; admins remove plain
 * members. Each of those asks first.
 */
class GroupMembersPanel extends Composite<Div> {

    private final GroupDetails group;
    private final GroupService groups;
    private final GroupView view;

    GroupMembersPanel(GroupDetails group, GroupService groups, GroupView view) {
        this.group = group;
        this.groups = groups;
        this.view = view;
        getContent().addClassName("member-list");
        group.members().forEach(member -> getContent().add(row(member)));
    }

    private Div row(GroupDetails.Member member) {
        Span name = new Span(member.me() ? getTranslation("members.me", member.displayName()) : member.displayName());
        name.addClassName("member-name");
        Span role = new Span(getTranslation("group.role." + member.role().name()));
        role.getElement().getThemeList().add(member.role() == GroupRole.MEMBER ? "badge contrast" : "badge");
        Span joined = new Span(getTranslation("members.joined", Texts.date(member.joinedAt(), view.zone())));
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
