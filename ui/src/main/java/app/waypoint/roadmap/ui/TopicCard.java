package app.waypoint.roadmap.ui;

import app.waypoint.base.service.InvalidInputException;
import app.waypoint.base.ui.ConfirmAction;
import app.waypoint.base.ui.FormErrors;
import app.waypoint.base.ui.Refusals;
import app.waypoint.base.ui.Texts;
import app.waypoint.roadmap.domain.EvidenceLink;
import app.waypoint.roadmap.domain.LearningResource;
import app.waypoint.roadmap.domain.ProgressStatus;
import app.waypoint.roadmap.service.NodeState;
import app.waypoint.roadmap.service.RoadmapOutline;
import app.waypoint.roadmap.service.RoadmapService;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One topic: its status in one tap, its sub-topics as checkboxes, and the person's notes and evidence, which are
 * put together only when the person opens them (most stay closed, and a page of topics stays light).
 * Every change is saved at once; {@code onChange} lets the page refresh its progress figures.
 */
class TopicCard extends Composite<Div> {

    final RoadmapOutline.Topic topic;
    final StatusPicker status;
    final Details personal = new Details();
    final Details subtopics = new Details();
    /** The parts of the notes and evidence, there once {@link #personal} has been opened. */
    Button editNotes;
    TextField linkUrl;
    Button addLink;

    private final RoadmapService roadmapService;
    private final ZoneId zone;
    private final Runnable onChange;
    /** When the topic was started and finished, there once it has been started. */
    private Span dates;
    private Div notesView;
    private UnorderedList links;
    private NodeState state;
    private int subtopicsDone;

    /**
     * Whether the card shows the topic as it reads now: title, description, resources and sub-topics. Progress is
     * not compared; the card keeps its own.
     */
    boolean shows(RoadmapOutline.Topic fresh) {
        return topic.title().equals(fresh.title()) && Objects.equals(topic.description(), fresh.description())
                && topic.resources().equals(fresh.resources())
                && subtopicTitles(topic).equals(subtopicTitles(fresh));
    }

    private static List<Object> subtopicTitles(RoadmapOutline.Topic topic) {
        return topic.subtopics().stream().<Object>map(sub -> Map.entry(sub.id(), sub.title())).toList();
    }

    TopicCard(RoadmapService roadmapService, RoadmapOutline.Topic topic, ZoneId zone, Runnable onChange) {
        this.roadmapService = roadmapService;
        this.topic = topic;
        this.zone = zone;
        this.onChange = onChange;
        this.state = topic.state();
        Div card = getContent();
        card.addClassNames("card", "topic-card");
        card.setId("topic-" + topic.key());

        H2 title = new H2(Texts.of(topic.title()));
        Paragraph description = new Paragraph(Texts.of(topic.description()));
        status = new StatusPicker(state.status(), this::changeStatus);
        card.add(title, description, status);

        if (!topic.skills().isEmpty()) {
            Div skills = new Div();
            skills.addClassName("skill-tags");
            topic.skills().forEach(skill -> {
                Span tag = new Span(Texts.of(skill.name()));
                tag.getElement().getThemeList().add("badge contrast pill");
                skills.add(tag);
            });
            card.add(skills);
        }
        if (!topic.subtopics().isEmpty()) {
            card.add(subtopicsPart());
        }
        if (!topic.resources().isEmpty()) {
            UnorderedList resources = new UnorderedList();
            resources.addClassName("resources");
            for (LearningResource resource : topic.resources()) {
                resources.add(new ListItem(getTranslation("roadmap.resource." + resource.kind().name()) + " "
                        + resource.title()));
            }
            card.add(resources);
        }
        card.add(personalPart());
        show(state);
    }

    /** The sub-topics under a line that counts them; their checkboxes are made when the person opens it. */
    private Details subtopicsPart() {
        subtopicsDone = (int) topic.subtopics().stream()
                .filter(subtopic -> subtopic.state().status() == ProgressStatus.DONE).count();
        subtopics.addClassName("subtopics");
        countSubtopics();
        subtopics.addOpenedChangeListener(opened -> {
            if (opened.isOpened() && subtopics.getContent().findAny().isEmpty()) {
                topic.subtopics().forEach(subtopic -> subtopics.add(subtopicBox(subtopic)));
            }
        });
        return subtopics;
    }

    private void countSubtopics() {
        subtopics.setSummaryText(getTranslation("roadmap.subtopics.summary", subtopicsDone, topic.subtopics().size()));
    }

    private Checkbox subtopicBox(RoadmapOutline.Subtopic subtopic) {
        Checkbox box = new Checkbox(Texts.of(subtopic.title()), subtopic.state().status() == ProgressStatus.DONE);
        box.addValueChangeListener(change -> {
            if (!change.isFromClient()) {
                return;
            }
            if (Refusals.attempt(() -> roadmapService.changeStatus(subtopic.id(),
                    change.getValue() ? ProgressStatus.DONE : ProgressStatus.NOT_STARTED))) {
                subtopicsDone += change.getValue() ? 1 : -1;
                countSubtopics();
                if (subtopicsDone == topic.subtopics().size() && state.status() != ProgressStatus.DONE
                        && state.status() != ProgressStatus.SKIPPED) {
                    ConfirmAction.open(getTranslation("roadmap.subtopics.all-done.title"),
                            getTranslation("roadmap.subtopics.all-done.text", Texts.of(topic.title())),
                            getTranslation("roadmap.subtopics.all-done.confirm"), false,
                            () -> setStatus(ProgressStatus.DONE));
                }
            } else {
                box.setValue(change.getOldValue());
            }
        });
        return box;
    }

    private Details personalPart() {
        personal.setSummaryText(getTranslation("roadmap.personal"));
        personal.addClassName("personal");
        personal.addOpenedChangeListener(opened -> {
            if (opened.isOpened() && notesView == null) {
                fillPersonalPart();
            }
        });
        return personal;
    }

    private void fillPersonalPart() {
        notesView = new Div();
        links = new UnorderedList();
        editNotes = new Button();
        linkUrl = new TextField();
        addLink = new Button();
        notesView.addClassName("notes");
        editNotes.setIcon(VaadinIcon.EDIT.create());
        editNotes.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        editNotes.addClickListener(click -> new NotesDialog(roadmapService, topic.id(), Texts.of(topic.title()),
                state, saved -> {
                    show(saved);
                    onChange.run();
                }).open());

        linkUrl.setPlaceholder("https://github.com/…");
        linkUrl.setAriaLabel(getTranslation("roadmap.evidence.url"));
        linkUrl.setClearButtonVisible(true);
        addLink.setText(getTranslation("roadmap.evidence.add"));
        addLink.addThemeVariants(ButtonVariant.LUMO_SMALL);
        addLink.addClickListener(click -> {
            try {
                show(roadmapService.addEvidence(topic.id(), linkUrl.getValue(), null));
                linkUrl.clear();
                linkUrl.setInvalid(false);
            } catch (InvalidInputException invalid) {
                FormErrors.show(invalid, Map.of("url", linkUrl), this);
            }
        });
        Div addRow = new Div(linkUrl, addLink);
        addRow.addClassName("evidence-add");
        links.addClassName("evidence");

        personal.add(notesView, editNotes, links, addRow);
        showNotesAndEvidence();
    }

    /** A tap on a status; marking done while sub-topics are open asks first, and nothing changes until it is confirmed. */
    private void changeStatus(ProgressStatus newStatus) {
        int open = topic.subtopics().size() - subtopicsDone;
        if (newStatus == ProgressStatus.DONE && open > 0 && state.status() != ProgressStatus.DONE) {
            ConfirmAction.open(getTranslation("roadmap.done-with-open.title"),
                    getTranslation("roadmap.done-with-open.text", open, topic.subtopics().size()),
                    getTranslation("roadmap.done-with-open.confirm"), false, () -> setStatus(newStatus));
            status.show(state.status());
            return;
        }
        setStatus(newStatus);
    }

    private void setStatus(ProgressStatus newStatus) {
        if (!Refusals.attempt(() -> show(roadmapService.changeStatus(topic.id(), newStatus)))) {
            show(state);
        }
        onChange.run();
    }

    private void show(NodeState newState) {
        state = newState;
        status.show(state.status());
        getContent().getElement().setAttribute("data-status", state.status().name());
        StringBuilder when = new StringBuilder();
        if (state.startedAt() != null) {
            when.append(getTranslation("roadmap.started-on", Texts.date(state.startedAt(), zone)));
        }
        if (state.doneAt() != null) {
            when.append(" · ").append(getTranslation("roadmap.done-on", Texts.date(state.doneAt(), zone)));
        }
        if (dates == null && !when.isEmpty()) {
            dates = new Span();
            dates.addClassName("hint");
            getContent().addComponentAtIndex(getContent().indexOf(status) + 1, dates);
        }
        if (dates != null) {
            dates.setText(when.toString());
        }
        if (notesView != null) {
            showNotesAndEvidence();
        }
    }

    private void showNotesAndEvidence() {
        notesView.removeAll();
        if (state.notesHtml().isEmpty()) {
            Span none = new Span(getTranslation("roadmap.notes.none"));
            none.addClassName("hint");
            notesView.add(none);
            editNotes.setText(getTranslation("roadmap.notes.write"));
        } else {
            notesView.add(new Html("<div class=\"markdown\">" + state.notesHtml() + "</div>"));
            editNotes.setText(getTranslation("roadmap.notes.edit"));
        }
        links.removeAll();
        for (EvidenceLink link : state.evidence()) {
            Anchor anchor = new Anchor(link.url(), link.title() == null ? link.url() : link.title(), AnchorTarget.BLANK);
            anchor.getElement().setAttribute("rel", "noopener noreferrer");
            Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(),
                    click -> Refusals.attempt(() -> show(roadmapService.removeEvidence(topic.id(), link.url()))));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
            remove.setAriaLabel(getTranslation("roadmap.evidence.remove"));
            links.add(new ListItem(anchor, remove));
        }
    }

    NodeState state() {
        return state;
    }

    /** Whether the card belongs in the list under the chosen filter. */
    boolean matches(TopicFilter filter) {
        return switch (filter) {
            case ALL -> true;
            case OPEN -> state.isOpen();
            case DONE -> state.status() == ProgressStatus.DONE;
        };
    }
}
