package app.waypoint.group.ui;

import app.waypoint.base.ui.Texts;
import app.waypoint.group.service.FeedPage;
import app.waypoint.group.service.GroupProgressService;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

import java.time.ZoneId;

/** The group's activity, newest first, a page at a time. */
class GroupFeedPanel extends Composite<Div> {

    final Div items = new Div();
    final Button more = new Button();

    private final long groupId;
    private final GroupProgressService progress;
    private final ZoneId zone;
    private int page;

    GroupFeedPanel(long groupId, GroupProgressService progress, ZoneId zone) {
        this.groupId = groupId;
        this.progress = progress;
        this.zone = zone;
        items.addClassName("feed");
        more.setText(getTranslation("feed.more"));
        more.addClickListener(click -> load());
        getContent().add(items, more);
        load();
    }

    private void load() {
        FeedPage next = progress.feed(groupId, page++);
        if (next.items().isEmpty() && items.getComponentCount() == 0) {
            Paragraph empty = new Paragraph(getTranslation("feed.empty"));
            empty.addClassName("empty-state");
            items.add(empty);
        }
        for (FeedPage.Item item : next.items()) {
            String who = item.who() == null ? getTranslation("feed.former-member") : item.who();
            Span what = new Span(getTranslation("feed." + item.kind().name(), who, Texts.of(item.subject())));
            Span when = new Span(Texts.date(item.at(), zone));
            when.addClassName("hint");
            Div row = new Div(what, when);
            row.addClassName("feed-item");
            items.add(row);
        }
        more.setVisible(next.hasMore());
    }
}
