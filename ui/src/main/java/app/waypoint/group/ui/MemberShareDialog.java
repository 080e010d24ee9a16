package app.waypoint.group.ui;

import app.waypoint.base.ui.Texts;
import app.waypoint.group.service.GroupMemberShare;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

/**
 * What one member shows the group of a roadmap: their topics with status, and their notes where they share
 * them. A member keeping their progress private is said to, and shows at most their shared notes.
 */
class MemberShareDialog extends Dialog {

    final Div content = new Div();

    MemberShareDialog(GroupMemberShare share) {
        setHeaderTitle(share.me() ? getTranslation("members.me", share.displayName()) : share.displayName());
        content.addClassName("member-share");
        Paragraph roadmap = new Paragraph(Texts.of(share.roadmapTitle()));
        roadmap.addClassName("hint");
        content.add(roadmap);
        if (!share.sharesProgress()) {
            content.add(hint(share.me() ? "board.share.private.me" : "board.share.private"));
        }
        if (!share.sharesNotes()) {
            content.add(hint(share.me() ? "board.share.notes-private.me" : "board.share.notes-private"));
        }
        int number = 1;
        for (GroupMemberShare.Stage stage : share.stages()) {
            UnorderedList topics = new UnorderedList();
            stage.topics().forEach(topic -> topics.add(topic(topic)));
            content.add(new H3(number++ + ". " + Texts.of(stage.title())), topics);
        }
        add(content);
        getFooter().add(new Button(getTranslation("action.close"), close -> close()));
        setWidth("min(32rem, 100vw)");
    }

    private ListItem topic(GroupMemberShare.Topic topic) {
        Span title = new Span(Texts.of(topic.title()));
        title.addClassName("share-topic-title");
        Div line = new Div(title);
        line.addClassName("share-topic");
        if (topic.status() != null) {
            Span status = new Span(StatusDot.beside(topic.status()),
                    new Span(getTranslation("roadmap.status." + topic.status().name())));
            status.addClassName("share-status");
            line.add(status);
        }
        ListItem item = new ListItem(line);
        if (topic.notesHtml() != null) {
            item.add(new Html("<div class=\"notes-html\">" + topic.notesHtml() + "</div>"));
        }
        return item;
    }

    private Paragraph hint(String key) {
        Paragraph hint = new Paragraph(getTranslation(key));
        hint.addClassName("hint");
        return hint;
    }
}
