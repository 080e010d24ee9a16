package app.waypoint.group.ui;

import app.waypoint.base.service.InvalidInputException;
import app.waypoint.base.ui.CardTitles;
import app.waypoint.base.ui.ConfirmAction;
import app.waypoint.base.ui.Conflicts;
import app.waypoint.base.ui.FormErrors;
import app.waypoint.base.ui.Notifications;
import app.waypoint.base.ui.Refusals;
import app.waypoint.base.ui.Texts;
import app.waypoint.group.domain.GroupRole;
import app.waypoint.group.service.GroupDetails;
import app.waypoint.group.service.GroupService;
import app.waypoint.roadmap.service.RoadmapService;
import app.waypoint.roadmap.service.RoadmapSummary;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinServletRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the caller may change about the group: what they share, and for owner and admins the invite link,
 * the roadmaps followed and the name; leaving, and for the owner deleting.
 */
class GroupSettingsPanel extends Composite<Div> {

    final Checkbox shareProgress = new Checkbox();
    final Checkbox shareActivity = new Checkbox();
    final Checkbox shareNotes = new Checkbox();
    final Checkbox sharePipeline = new Checkbox();
    final TextField name = new TextField();
    final TextArea description = new TextArea();
    final Button saveName = new Button();
    // made anew with their section, so a refreshed section never carries the old one's listeners
    TextField inviteLink = new TextField();
    Button rotate = new Button();
    Button expire = new Button();
    Select<RoadmapSummary> adopt = new Select<>();
    Button leave = new Button();
    Button delete = new Button();

    private final GroupService groups;
    private final RoadmapService roadmaps;
    private final GroupView view;
    private GroupDetails group;
    private Div inviteSection;
    private Div roadmapsSection;
    private Div exitSection;
    /** The version the name form was filled from, and what it held then: a save starts from these. */
    private long aboutVersion;
    private List<String> aboutLoaded;

    GroupSettingsPanel(GroupDetails group, GroupService groups, RoadmapService roadmaps, GroupView view) {
        this.group = group;
        this.groups = groups;
        this.roadmaps = roadmaps;
        this.view = view;
        getContent().addClassName("group-settings");
        getContent().add(sharing());
        if (group.runsGroup()) {
            getContent().add(inviteSection = invite(), roadmapsSection = roadmapsSection(), nameSection());
        }
        getContent().add(exitSection = exit());
    }

    /**
     * Shows the group as it now is in the sections whose part of it changed; the name form keeps what is typed in
     * it. The person's own invite changes bump the group's version too: while nobody else renamed the group, the
     * form keeps up with that version, so saving it later is not mistaken for a conflict.
     */
    void groupChanged(GroupDetails now) {
        GroupDetails before = group;
        group = now;
        if (now.runsGroup() && !Objects.equals(before.invite(), now.invite())) {
            inviteSection = replace(inviteSection, invite());
        }
        if (now.runsGroup() && !before.roadmaps().equals(now.roadmaps())) {
            roadmapsSection = replace(roadmapsSection, roadmapsSection());
        }
        if (before.myRole() != now.myRole()) {
            exitSection = replace(exitSection, exit());
        }
        if (about(now).equals(aboutLoaded)) {
            aboutVersion = now.version();
        }
    }

    private Div replace(Div old, Div fresh) {
        getContent().replace(old, fresh);
        return fresh;
    }

    /** Runs a change made in this tab; only the sections it touched show anew. */
    private void change(Runnable action) {
        view.change(action, this::groupChanged);
    }

    /** Adopting or dropping a roadmap; the roadmaps section shows anew even when refused, choice and all. */
    private void changeRoadmaps(Runnable action) {
        view.change(action, now -> {
            boolean followed = !group.roadmaps().equals(now.roadmaps());
            groupChanged(now);
            if (!followed) {
                roadmapsSection = replace(roadmapsSection, roadmapsSection());
            }
        });
    }

    private static List<String> about(GroupDetails group) {
        return Arrays.asList(group.name(), group.description());
    }

    private Div sharing() {
        shareProgress.setLabel(getTranslation("sharing.progress"));
        shareActivity.setLabel(getTranslation("sharing.activity"));
        shareNotes.setLabel(getTranslation("sharing.notes"));
        shareProgress.setValue(group.mySharing().progress());
        shareActivity.setValue(group.mySharing().activity());
        shareNotes.setValue(group.mySharing().notes());
        for (Checkbox box : List.of(shareProgress, shareActivity, shareNotes)) {
            box.addValueChangeListener(change -> {
                if (change.isFromClient() && Refusals.attempt(() -> groups.share(group.id(),
                        shareProgress.getValue(), shareActivity.getValue(), shareNotes.getValue()))) {
                    Notifications.success(getTranslation("sharing.saved"));
                }
            });
        }
        sharePipeline.setLabel(getTranslation("sharing.pipeline"));
        sharePipeline.setValue(group.mySharing().pipeline());
        sharePipeline.addValueChangeListener(change -> {
            if (change.isFromClient() && Refusals.attempt(() -> groups.sharePipeline(group.id(), change.getValue()))) {
                Notifications.success(getTranslation("sharing.saved"));
            }
        });
        Paragraph hint = new Paragraph(getTranslation("sharing.hint"));
        hint.addClassName("hint");
        return section("sharing.title", hint, shareProgress, shareActivity, shareNotes, sharePipeline);
    }

    private Div invite() {
        inviteLink = new TextField();
        rotate = new Button();
        expire = new Button();
        if (group.invite() == null) {
            Paragraph off = new Paragraph(getTranslation("invite.off"));
            rotate.setText(getTranslation("invite.new"));
            rotate.addClickListener(click -> change(() -> groups.rotateInvite(group.id())));
            return section("invite.title", off, rotate);
        }
        inviteLink.setLabel(getTranslation("invite.link"));
        inviteLink.setValue(absolute("groups/join/" + group.invite().code()));
        inviteLink.setReadOnly(true);
        inviteLink.setWidthFull();
        inviteLink.setHelperText(getTranslation("invite.expires",
                Texts.date(group.invite().expiresAt(), view.zone())));
        Button copy = new Button(getTranslation("invite.copy"), click -> {
            inviteLink.getElement().executeJs("navigator.clipboard && navigator.clipboard.writeText($0)",
                    inviteLink.getValue());
            Notifications.success(getTranslation("invite.copied"));
        });
        copy.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        rotate.setText(getTranslation("invite.rotate"));
        rotate.addClickListener(click -> ConfirmAction.open(getTranslation("invite.rotate"),
                getTranslation("invite.rotate.text"), getTranslation("invite.rotate"), false,
                () -> change(() -> groups.rotateInvite(group.id()))));
        expire.setText(getTranslation("invite.expire"));
        expire.addThemeVariants(ButtonVariant.LUMO_ERROR);
        expire.addClickListener(click -> ConfirmAction.open(getTranslation("invite.expire"),
                getTranslation("invite.expire.text"), getTranslation("invite.expire"), true,
                () -> change(() -> groups.expireInvite(group.id()))));
        Div buttons = new Div(copy, rotate, expire);
        buttons.addClassName("card-actions");
        return section("invite.title", inviteLink, buttons);
    }

    private Div roadmapsSection() {
        adopt = new Select<>();
        Div adopted = new Div();
        for (GroupDetails.AdoptedRoadmap roadmap : group.roadmaps()) {
            String stop = getTranslation("group.roadmaps.drop");
            Button drop = new Button(stop, click -> ConfirmAction.open(stop, Texts.of(roadmap.title()), stop, true,
                    () -> changeRoadmaps(() -> groups.dropRoadmap(group.id(), roadmap.key()))));
            drop.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            Div row = new Div(new Span(Texts.of(roadmap.title())), drop);
            row.addClassName("follow-up");
            adopted.add(row);
        }
        Set<String> following = group.roadmaps().stream().map(GroupDetails.AdoptedRoadmap::key)
                .collect(Collectors.toSet());
        List<RoadmapSummary> available = roadmaps.visibleRoadmaps().stream()
                .filter(RoadmapSummary::builtIn).filter(roadmap -> !following.contains(roadmap.key())).toList();
        if (!available.isEmpty()) {
            adopt.setLabel(getTranslation("group.roadmaps.adopt"));
            adopt.setItems(available);
            adopt.setItemLabelGenerator(roadmap -> Texts.of(roadmap.title()));
            adopt.addValueChangeListener(chosen -> {
                if (chosen.getValue() != null) {
                    changeRoadmaps(() -> groups.adoptRoadmap(group.id(), chosen.getValue().key()));
                }
            });
            adopted.add(adopt);
        }
        return section("group.roadmaps.title", adopted);
    }

    private Div nameSection() {
        name.setLabel(getTranslation("group.name"));
        name.setWidthFull();
        description.setLabel(getTranslation("group.description"));
        description.setWidthFull();
        fillAbout(group);
        saveName.setText(getTranslation("action.save"));
        saveName.addClickListener(click -> saveAbout());
        return section("group.about", name, description, saveName);
    }

    private void fillAbout(GroupDetails from) {
        name.setValue(from.name());
        description.setValue(from.description() == null ? "" : from.description());
        aboutVersion = from.version();
        aboutLoaded = about(from);
    }

    private void saveAbout() {
        try {
            if (!Conflicts.attempt(() -> groups.describe(group.id(), name.getValue(), description.getValue(),
                    aboutVersion), "group.conflict", () -> aboutVersion = groups.details(group.id()).version())) {
                return;
            }
        } catch (InvalidInputException invalid) {
            FormErrors.show(invalid, Map.of("name", name, "description", description), this);
            return;
        }
        Notifications.success(getTranslation("group.saved"));
        view.refresh(now -> {
            fillAbout(now);
            groupChanged(now);
        });
    }

    private Div exit() {
        leave = new Button();
        delete = new Button();
        if (group.myRole() != GroupRole.OWNER) {
            leave.setText(getTranslation("group.leave"));
            leave.addThemeVariants(ButtonVariant.LUMO_ERROR);
            leave.addClickListener(click -> ConfirmAction.open(getTranslation("group.leave.header", group.name()),
                    getTranslation("group.leave.text"), getTranslation("group.leave"), true,
                    () -> change(() -> groups.leave(group.id()))));
            // a member cannot delete the group, so "leave or delete" would promise something that is not there
            return section("group.leave", leave);
        }
        delete.setText(getTranslation("group.delete"));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.addClickListener(click -> new DeleteGroupDialog(group, groups).open());
        Paragraph hint = new Paragraph(getTranslation("group.owner-exit"));
        hint.addClassName("hint");
        return section("group.exit", hint, delete);
    }

    private Div section(String titleKey, Component... content) {
        Div section = new Div(CardTitles.of(getTranslation(titleKey)));
        section.add(content);
        section.addClassNames("card", "settings-section");
        return section;
    }

    /** The invite link as people will open it, built from the address this page was served on. */
    private static String absolute(String path) {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        return request == null ? "/" + path
                : ServletUriComponentsBuilder.fromContextPath(request.getHttpServletRequest()).path("/" + path)
                .toUriString();
    }
}
