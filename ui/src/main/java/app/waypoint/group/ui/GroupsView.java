package app.waypoint.group.ui;

import app.waypoint.base.service.InvalidInputException;
import app.waypoint.base.ui.CardTitles;
import app.waypoint.base.ui.FormErrors;
import app.waypoint.group.service.GroupService;
import app.waypoint.group.service.GroupSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;

import java.util.List;
import java.util.Map;

/** The person's study groups, creating one, and joining one with a code someone shared. */
@Route("groups")
@Menu(order = 50, title = "nav.groups", icon = "vaadin:group")
@PermitAll
public class GroupsView extends Main implements HasDynamicTitle {

    final Div list = new Div();
    final TextField name = new TextField();
    final TextArea description = new TextArea();
    final Button create = new Button();
    final TextField code = new TextField();
    final Button join = new Button();

    private final GroupService groups;

    GroupsView(GroupService groups) {
        this.groups = groups;
        addClassNames("page", "groups-view");
        list.addClassName("card-grid");
        add(new H1(getTranslation("groups.title")), list, createForm(), joinForm());
        show();
    }

    private void show() {
        list.removeAll();
        List<GroupSummary> mine = groups.myGroups();
        if (mine.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("groups.empty"));
            empty.addClassName("empty-state");
            list.add(empty);
        }
        for (GroupSummary group : mine) {
            RouterLink link = new RouterLink(GroupView.class, new RouteParameters("id", String.valueOf(group.id())));
            link.add(CardTitles.of(group.name()));
            Span role = new Span(getTranslation("group.role." + group.myRole().name()));
            role.getElement().getThemeList().add("badge");
            Span members = new Span(getTranslation("groups.members", group.memberCount()));
            members.addClassName("hint");
            Div card = new Div(link, role, members);
            if (group.description() != null) {
                card.add(new Paragraph(group.description()));
            }
            card.addClassNames("card", "group-card");
            list.add(card);
        }
    }

    private Div createForm() {
        name.setLabel(getTranslation("group.name"));
        name.setRequiredIndicatorVisible(true);
        description.setLabel(getTranslation("group.description"));
        create.setText(getTranslation("groups.create"));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> {
            try {
                long id = groups.create(name.getValue(), description.getValue());
                getUI().ifPresent(ui -> ui.navigate(GroupView.class, new RouteParameters("id", String.valueOf(id))));
            } catch (InvalidInputException invalid) {
                FormErrors.show(invalid, Map.of("name", name, "description", description), this);
            }
        });
        FormLayout form = new FormLayout(name, description);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        Div section = new Div(new H2(getTranslation("groups.create")), form, create);
        section.addClassNames("card", "group-form");
        return section;
    }

    /** Someone may be sent the code on its own, or the whole link; both lead to the join page. */
    private Div joinForm() {
        code.setLabel(getTranslation("groups.join-code"));
        code.setHelperText(getTranslation("groups.join-code.hint"));
        code.setWidthFull();
        join.setText(getTranslation("groups.join"));
        join.addClickListener(click -> {
            String value = code.getValue().strip();
            String invite = value.substring(value.lastIndexOf('/') + 1);
            if (!invite.isEmpty()) {
                getUI().ifPresent(ui -> ui.navigate(JoinGroupView.class, new RouteParameters("code", invite)));
            }
        });
        Div section = new Div(new H2(getTranslation("groups.join")), code, join);
        section.addClassNames("card", "group-form");
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("groups.title") + " · Waypoint";
    }
}
