package app.waypoint.group.ui;

import app.waypoint.base.service.InvalidInputException;
import app.waypoint.base.service.NotAllowedException;
import app.waypoint.group.service.GroupService;
import app.waypoint.group.service.InvitePreview;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;

/** Where an invite link leads: what the group is, and joining it only after the person confirms. */
@Route("groups/join/:code")
@PermitAll
public class JoinGroupView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    final Div content = new Div();
    final Button join = new Button();

    private final GroupService groups;

    JoinGroupView(GroupService groups) {
        this.groups = groups;
        addClassNames("page", "join-group-view");
        content.addClassNames("card", "join-card");
        add(new H1(getTranslation("join.title")), content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String code = event.getRouteParameters().get("code").orElse("");
        content.removeAll();
        try {
            show(code, groups.preview(code));
        } catch (InvalidInputException invalid) {
            content.add(new Paragraph(getTranslation("group.invite.invalid")),
                    new RouterLink(getTranslation("join.to-groups"), GroupsView.class));
        }
    }

    private void show(String code, InvitePreview preview) {
        content.add(new H2(preview.groupName()));
        if (preview.description() != null) {
            content.add(new Paragraph(preview.description()));
        }
        Paragraph members = new Paragraph(getTranslation("groups.members", preview.memberCount()));
        members.addClassName("hint");
        content.add(members);
        if (preview.alreadyMember()) {
            content.add(new Paragraph(getTranslation("join.already")), groupLink(preview.groupId()));
            return;
        }
        if (preview.removed()) {
            content.add(new Paragraph(getTranslation("group.invite.removed")),
                    new RouterLink(getTranslation("join.to-groups"), GroupsView.class));
            return;
        }
        Paragraph sharing = new Paragraph(getTranslation("join.sharing"));
        sharing.addClassName("hint");
        join.setText(getTranslation("join.confirm", preview.groupName()));
        join.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        join.addClickListener(click -> {
            try {
                long id = groups.join(code);
                getUI().ifPresent(ui -> ui.navigate(GroupView.class, new RouteParameters("id", String.valueOf(id))));
            } catch (InvalidInputException expiredMeanwhile) {
                content.removeAll();
                content.add(new Paragraph(getTranslation("group.invite.invalid")));
            } catch (NotAllowedException removedMeanwhile) {
                content.removeAll();
                content.add(new Paragraph(getTranslation(removedMeanwhile.messageKey())));
            }
        });
        content.add(sharing, join);
    }

    private RouterLink groupLink(long groupId) {
        return new RouterLink(getTranslation("join.open"), GroupView.class,
                new RouteParameters("id", String.valueOf(groupId)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("join.title") + " · Waypoint";
    }
}
