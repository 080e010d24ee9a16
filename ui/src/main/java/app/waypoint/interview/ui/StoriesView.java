package app.waypoint.interview.ui;

import app.waypoint.base.ui.CardTitles;
import app.waypoint.base.ui.CardsInBatches;
import app.waypoint.base.ui.ConfirmDelete;
import app.waypoint.base.ui.Refusals;
import app.waypoint.interview.service.StoryService;
import app.waypoint.interview.service.StoryView;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;

import java.util.List;
import java.util.Map;

/** STAR stories: the evidence behind the practical-competency answers, each tied to a project. */
@Route("interview/stories")
@PermitAll
public class StoriesView extends Main implements HasDynamicTitle {

    final Button newStory = new Button();
    final Div list = new Div();

    private final StoryService stories;

    StoriesView(StoryService stories) {
        this.stories = stories;
        addClassNames("page", "stories-view");
        newStory.setText(getTranslation("stories.new"));
        newStory.setIcon(VaadinIcon.PLUS.create());
        newStory.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newStory.addClickListener(click -> open(null));
        Paragraph intro = new Paragraph(getTranslation("stories.intro"));
        intro.addClassName("hint");
        RouterLink back = new RouterLink(getTranslation("interview.title"), InterviewView.class);
        Div actions = new Div(newStory, back);
        actions.addClassName("page-actions");
        list.addClassName("question-list");
        add(new H1(getTranslation("stories.title")), intro, actions, list);
        show();
    }

    private void show() {
        List<StoryView> all = stories.stories();
        CardsInBatches.replace(list, all, this::card);
        if (all.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("stories.empty"));
            empty.addClassName("empty-state");
            list.add(empty);
        }
    }

    private Div card(StoryView story) {
        Div badges = new Div();
        badges.addClassName("badges");
        story.competencies().forEach(competency -> {
            Span badge = new Span(getTranslation("competency." + competency.name()));
            badge.getElement().getThemeList().add("badge");
            badges.add(badge);
        });
        Div card = new Div(CardTitles.of(story.title()), badges);
        card.addClassNames("card", "story-card");
        if (story.projectTitle() != null) {
            // by address, so that interview screens need not know the portfolio's
            Anchor project = new Anchor("projects/" + story.projectId(), getTranslation("story.backed-by",
                    story.projectTitle()));
            project.getElement().setAttribute("router-link", true);
            card.add(project);
        }
        Div parts = new Div();
        parts.addClassName("star-parts");
        part(parts, "story.situation", story.situation());
        part(parts, "story.task", story.task());
        part(parts, "story.action", story.action());
        part(parts, "story.result", story.result());
        if (parts.getComponentCount() > 0) {
            card.add(new Details(getTranslation("story.show"), parts));
        }
        Button edit = new Button(getTranslation("action.edit"), VaadinIcon.EDIT.create(), click -> open(story));
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button delete = new Button(getTranslation("action.delete"), VaadinIcon.TRASH.create(),
                click -> ConfirmDelete.open(getTranslation("story.delete.header"),
                        getTranslation("story.delete.text", story.title()), () -> {
                            Refusals.attempt(() -> stories.delete(story.id()));
                            show();
                        }));
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        Div buttons = new Div(edit, delete);
        buttons.addClassName("card-actions");
        card.add(buttons);
        return card;
    }

    private void part(Div parts, String labelKey, String text) {
        if (text != null) {
            Span label = new Span(getTranslation(labelKey));
            label.addClassName("star-label");
            Paragraph body = new Paragraph(text);
            body.addClassName("pre-wrap");
            parts.add(label, body);
        }
    }

    private void open(StoryView story) {
        Map<Long, String> projectTitles = stories.projectChoices();
        new StoryDialog(stories, story, projectTitles, this::show).open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("stories.title") + " · Waypoint";
    }
}
