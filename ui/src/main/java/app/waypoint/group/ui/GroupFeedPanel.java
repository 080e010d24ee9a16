package app.waypoint.group.ui;

import app.waypoint.base.domain.ActivityKind;
import app.waypoint.base.ui.Refusals;
import app.waypoint.base.ui.Texts;
import app.waypoint.group.domain.Reaction;
import app.waypoint.group.service.FeedPage;
import app.waypoint.group.service.FeedReactionService;
import app.waypoint.group.service.GroupProgressService;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The group's activity, newest first, a page at a time, each item with when it happened and the reactions members
 * gave it; a filter shows one kind of activity. A reaction tap shows anew only that item's reactions.
 */
class GroupFeedPanel extends Composite<Div> {

    final Div items = new Div();
    final Button more = new Button();
    final Select<Optional<ActivityKind>> kind = new Select<>();

    private final long groupId;
    private final GroupProgressService progress;
    private final FeedReactionService reactions;
    private final ZoneId zone;
    private int page;

    GroupFeedPanel(long groupId, GroupProgressService progress, FeedReactionService reactions, ZoneId zone) {
        this.groupId = groupId;
        this.progress = progress;
        this.reactions = reactions;
        this.zone = zone;
        List<Optional<ActivityKind>> kinds = new ArrayList<>();
        kinds.add(Optional.empty());
        for (ActivityKind each : ActivityKind.values()) {
            kinds.add(Optional.of(each));
        }
        kind.setLabel(getTranslation("feed.filter"));
        kind.setItems(kinds);
        kind.setItemLabelGenerator(choice -> getTranslation(choice.map(each -> "feed.filter." + each.name())
                .orElse("feed.filter.all")));
        kind.setValue(Optional.empty());
        kind.addValueChangeListener(change -> {
            page = 0;
            items.removeAll();
            load();
        });
        kind.addClassName("feed-filter");
        items.addClassName("feed");
        more.setText(getTranslation("feed.more"));
        more.addClickListener(click -> load());
        getContent().add(kind, items, more);
        load();
    }

    private void load() {
        FeedPage next = progress.feed(groupId, kind.getValue() == null ? null : kind.getValue().orElse(null), page++);
        if (next.items().isEmpty() && items.getComponentCount() == 0) {
            Paragraph empty = new Paragraph(getTranslation(kind.getValue() == null || kind.getValue().isEmpty()
                    ? "feed.empty" : "feed.empty.filtered"));
            empty.addClassName("empty-state");
            items.add(empty);
        }
        for (FeedPage.Item item : next.items()) {
            items.add(row(item));
        }
        more.setVisible(next.hasMore());
    }

    private Div row(FeedPage.Item item) {
        String who = item.who() == null ? getTranslation("feed.former-member") : item.who();
        Span what = new Span(getTranslation("feed." + item.kind().name(), who, Texts.of(item.subject())));
        Span when = new Span(Texts.dateTime(item.at(), zone));
        when.addClassName("hint");
        Div bar = new Div();
        bar.addClassName("reactions");
        showReactions(bar, item.id(), item.reactions());
        Div row = new Div(what, when, bar);
        row.addClassName("feed-item");
        row.setId("feed-item-" + item.id());
        return row;
    }

    /** Icons rather than emoji, so that every device shows them alike. */
    private static Icon icon(Reaction reaction) {
        return switch (reaction) {
            case CLAP -> VaadinIcon.HANDS_UP.create();
            case FIRE -> VaadinIcon.FIRE.create();
            case STRONG -> VaadinIcon.BOLT.create();
            case PARTY -> VaadinIcon.TROPHY.create();
        };
    }

    /** One button per reaction, with how many gave it; the person's own are shown pressed. */
    private void showReactions(Div bar, long eventId, List<FeedPage.Reactions> given) {
        bar.removeAll();
        for (Reaction reaction : Reaction.values()) {
            FeedPage.Reactions counted = given.stream().filter(each -> each.reaction() == reaction).findFirst()
                    .orElse(new FeedPage.Reactions(reaction, 0, false));
            Button button = new Button(counted.count() > 0 ? String.valueOf(counted.count()) : "", icon(reaction));
            button.addThemeVariants(ButtonVariant.LUMO_SMALL, counted.mine() ? ButtonVariant.LUMO_PRIMARY
                    : ButtonVariant.LUMO_TERTIARY);
            button.setAriaLabel(getTranslation("feed.reaction." + reaction.name()) + " · " + counted.count());
            button.getElement().setAttribute("aria-pressed", String.valueOf(counted.mine()));
            button.addClassName("reaction-" + reaction.name().toLowerCase());
            button.addClickListener(click -> {
                List<List<FeedPage.Reactions>> now = new ArrayList<>();
                if (Refusals.attempt(() -> now.add(reactions.toggle(groupId, eventId, reaction)))) {
                    showReactions(bar, eventId, now.getFirst());
                }
            });
            bar.add(button);
        }
    }
}
