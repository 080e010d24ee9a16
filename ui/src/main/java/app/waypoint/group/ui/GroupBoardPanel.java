package app.waypoint.group.ui;

import app.waypoint.group.service.PipelineRow;
import com.vaadin.flow.component.html.UnorderedList;
import app.waypoint.base.domain.LocalizedText;
import app.waypoint.base.ui.Refusals;
import app.waypoint.base.ui.Texts;
import app.waypoint.group.service.GroupBoard;
import app.waypoint.group.service.GroupDetails;
import app.waypoint.group.service.GroupProgressService;
import app.waypoint.group.service.GroupTopicBoard;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;

import java.util.List;

/**
 * Who is where on an adopted roadmap, by stage (one row per member, one column per stage, numbered, with the stage
 * names listed under the board so the grid fits a phone) or by topic. A tap on a member's name shows what they
 * share. Switching roadmap or view redraws only the board; the topic view is read only when chosen.
 */
class GroupBoardPanel extends Composite<Div> {

    final Select<GroupDetails.AdoptedRoadmap> roadmap = new Select<>();
    final RadioButtonGroup<BoardLayout> layout = new RadioButtonGroup<>();
    final Div board = new Div();

    private final long groupId;
    private final long me;
    private final GroupProgressService progress;
    private GroupBoard firstBoard;

    GroupBoardPanel(GroupDetails group, GroupProgressService progress) {
        this(group, progress, null, null);
    }

    /** A board that shows the figures read with the page first ({@code firstBoard} of the first roadmap). */
    GroupBoardPanel(GroupDetails group, GroupProgressService progress, GroupBoard firstBoard,
                    List<PipelineRow> pipelines) {
        this.groupId = group.id();
        this.me = group.members().stream().filter(GroupDetails.Member::me).mapToLong(GroupDetails.Member::accountId)
                .findFirst().orElse(-1);
        this.progress = progress;
        getContent().addClassName("group-board");
        if (group.roadmaps().isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation(group.runsGroup() ? "board.empty.runner" : "board.empty"));
            empty.addClassName("empty-state");
            getContent().add(empty, pipelines(pipelines != null ? pipelines : progress.pipelines(groupId)));
            return;
        }
        roadmap.setLabel(getTranslation("board.roadmap"));
        roadmap.setItems(group.roadmaps());
        roadmap.setItemLabelGenerator(adopted -> Texts.of(adopted.title()));
        roadmap.addValueChangeListener(change -> show(change.getValue()));
        roadmap.setVisible(group.roadmaps().size() > 1);
        layout.setItems(BoardLayout.values());
        layout.setItemLabelGenerator(choice -> getTranslation("board.layout." + choice.name()));
        layout.setAriaLabel(getTranslation("board.layout"));
        layout.addClassName("board-layout");
        layout.setValue(BoardLayout.BY_STAGE);
        layout.addValueChangeListener(change -> show(roadmap.getValue()));
        getContent().add(roadmap, layout, board,
                pipelines(pipelines != null ? pipelines : progress.pipelines(groupId)));
        this.firstBoard = firstBoard;
        roadmap.setValue(group.roadmaps().get(0));
    }

    /** The job-hunt counts of members who share them; who shares nothing is not listed. */
    private Div pipelines(List<PipelineRow> rows) {
        Div section = new Div(new H2(getTranslation("board.pipeline")));
        section.addClassName("group-pipelines");
        if (rows.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("board.pipeline.none"));
            none.addClassName("hint");
            section.add(none);
            return section;
        }
        UnorderedList list = new UnorderedList();
        for (PipelineRow row : rows) {
            String name = row.accountId() == me ? getTranslation("members.me", row.displayName()) : row.displayName();
            list.add(new ListItem(getTranslation("board.pipeline.row", name, row.applications(), row.open(),
                    row.inRounds(), row.offers())));
        }
        section.add(list);
        return section;
    }

    private void show(GroupDetails.AdoptedRoadmap adopted) {
        board.removeAll();
        if (layout.getValue() == BoardLayout.BY_TOPIC) {
            GroupTopicBoard topics = progress.topicBoard(groupId, adopted.key());
            board.add(new H2(Texts.of(topics.roadmapTitle())),
                    new GroupTopicGrid(topics, member -> link(member.accountId(), member.displayName(), true)),
                    tapHint());
            return;
        }
        GroupBoard figures = firstBoard != null && firstBoard.roadmapKey().equals(adopted.key()) ? firstBoard
                : progress.board(groupId, adopted.key());
        firstBoard = null;
        board.add(new H2(Texts.of(figures.roadmapTitle())));
        if (figures.together().members() >= 2) {
            Paragraph together = new Paragraph(getTranslation("board.together", figures.together().days(),
                    figures.together().members()));
            together.addClassName("board-together");
            board.add(together);
        }
        Div grid = new Div();
        grid.addClassName("board-grid");
        // name, stages and overall, then a wider streak column so its header never forces the grid wider
        grid.getStyle().set("grid-template-columns", "minmax(5rem, 2fr) repeat(" + (figures.stages().size() + 1)
                + ", minmax(2.2rem, 1fr)) minmax(3rem, 1fr)");
        grid.add(header(getTranslation("board.member")));
        for (int stage = 1; stage <= figures.stages().size(); stage++) {
            grid.add(header(String.valueOf(stage)));
        }
        grid.add(header(getTranslation("board.overall")), header(getTranslation("board.streak")));
        for (GroupBoard.Row row : figures.rows()) {
            addRow(grid, row, figures.stages().size());
        }
        board.add(grid, legend(figures.stages()), tapHint());
        if (!figures.notes().isEmpty()) {
            board.add(notes(figures.notes()));
        }
    }

    private void addRow(Div grid, GroupBoard.Row row, int stageCount) {
        MemberLink name = link(row.accountId(), row.displayName(), false);
        name.addClassName("board-name");
        grid.add(name);
        if (!row.shared()) {
            Span hidden = new Span(getTranslation("board.private"));
            hidden.addClassName("board-private");
            hidden.getStyle().set("grid-column", "span " + (stageCount + 1));
            grid.add(hidden, streak(row));
            return;
        }
        row.stagePercents().forEach(percent -> grid.add(cell(percent, false)));
        grid.add(cell(row.overallPercent(), true), streak(row));
    }

    /**
     * A member's name that opens what they share; if they left meanwhile, the board shows who is here now. In a
     * narrow column ({@code narrow}) the reader's own name is just "me".
     */
    private MemberLink link(long accountId, String displayName, boolean narrow) {
        String key = roadmap.getValue().key();
        String name = accountId == me ? getTranslation("members.me", displayName) : displayName;
        return new MemberLink(narrow && accountId == me ? getTranslation("board.topics.me") : name, name, () -> {
            if (!Refusals.attempt(() -> new MemberShareDialog(progress.memberShare(groupId, key, accountId)).open())) {
                show(roadmap.getValue());
            }
        });
    }

    private Paragraph tapHint() {
        Paragraph hint = new Paragraph(getTranslation("board.tap-member"));
        hint.addClassName("hint");
        return hint;
    }

    private static Span streak(GroupBoard.Row row) {
        Span streak = new Span(row.streak() == null ? "–" : String.valueOf(row.streak()));
        streak.addClassName("board-streak");
        return streak;
    }

    private static Span header(String text) {
        Span header = new Span(text);
        header.addClassName("board-header");
        return header;
    }

    /** A percentage with a bar behind it, so the board reads at a glance. */
    private static Span cell(int percent, boolean overall) {
        Span cell = new Span(percent + "%");
        cell.addClassName(overall ? "board-overall" : "board-cell");
        cell.getStyle().set("--pct", percent + "%");
        return cell;
    }

    private OrderedList legend(List<LocalizedText> stages) {
        OrderedList legend = new OrderedList();
        legend.addClassName("board-legend");
        stages.forEach(stage -> legend.add(new ListItem(Texts.of(stage))));
        return legend;
    }

    private Div notes(List<GroupBoard.SharedNote> notes) {
        Div section = new Div(new H2(getTranslation("board.notes")));
        section.addClassName("shared-notes");
        for (GroupBoard.SharedNote note : notes) {
            Span heading = new Span(note.who() + " · " + Texts.of(note.topic()));
            heading.addClassName("star-label");
            section.add(heading, new Html("<div class=\"notes-html\">" + note.notesHtml() + "</div>"));
        }
        return section;
    }
}
