package app.waypoint.group.ui;

import app.waypoint.base.ui.Texts;
import app.waypoint.group.service.GroupTopicBoard;
import app.waypoint.roadmap.domain.ProgressStatus;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import java.util.List;
import java.util.function.Function;

/**
 * Who is where, topic by topic: a row per topic under its stage's heading, a column per member whose progress the
 * reader sees, and beside each topic how many are learning it now, so where the group is stuck reads first. On a
 * phone the grid scrolls sideways inside its box while the topic names stay in place.
 */
class GroupTopicGrid extends Composite<Div> {

    final Div grid = new Div();

    /** {@code link} makes a member's name that opens what they share. */
    GroupTopicGrid(GroupTopicBoard board, Function<GroupTopicBoard.Member, Component> link) {
        getContent().addClassName("topic-board");
        getContent().add(legend());
        grid.addClassName("topic-grid");
        grid.getStyle().set("grid-template-columns", "minmax(8rem, 14rem) 3.5rem repeat("
                + board.members().size() + ", 3rem)");
        int number = 1;
        for (GroupTopicBoard.Stage stage : board.stages()) {
            // each stage repeats the names, so a long list never leaves its dots without their owners
            Span heading = new Span(number++ + ". " + Texts.of(stage.title()));
            heading.addClassNames("board-header", "topic-stage");
            grid.add(heading, header(getTranslation("board.topics.learning")));
            board.members().forEach(member -> grid.add(link.apply(member)));
            stage.topics().forEach(topic -> addRow(topic, board.members()));
        }
        Div scroller = new Div(grid);
        scroller.addClassName("topic-grid-scroll");
        getContent().add(scroller);
        if (!board.privateMembers().isEmpty()) {
            Div hidden = new Div(new Span(getTranslation("board.topics.private")));
            hidden.addClassName("topic-private");
            board.privateMembers().forEach(member -> hidden.add(link.apply(member)));
            getContent().add(hidden);
        }
    }

    private void addRow(GroupTopicBoard.Topic topic, List<GroupTopicBoard.Member> members) {
        Span name = new Span(Texts.of(topic.title()));
        name.addClassName("topic-name");
        Span learning = new Span(String.valueOf(topic.learning()));
        learning.addClassName("topic-learning-count");
        learning.getElement().setAttribute("aria-label",
                getTranslation("board.topics.learning.count", topic.learning()));
        if (topic.learning() > 0) {
            name.addClassName("topic-learning");
            learning.addClassName("topic-learning");
        }
        grid.add(name, learning);
        for (int i = 0; i < members.size(); i++) {
            ProgressStatus status = topic.statuses().get(i);
            grid.add(StatusDot.saying(status, members.get(i).displayName() + ": "
                    + getTranslation("roadmap.status." + status.name())));
        }
    }

    private Div legend() {
        Div legend = new Div();
        legend.addClassName("status-legend");
        for (ProgressStatus status : ProgressStatus.values()) {
            Span item = new Span(StatusDot.beside(status), new Span(getTranslation("roadmap.status." + status.name())));
            legend.add(item);
        }
        return legend;
    }

    private static Span header(String text) {
        Span header = new Span(text);
        header.addClassName("board-header");
        return header;
    }
}
