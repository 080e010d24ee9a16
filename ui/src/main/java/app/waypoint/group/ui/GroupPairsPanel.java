package app.waypoint.group.ui;

import app.waypoint.base.ui.CardTitles;
import app.waypoint.base.ui.Texts;
import app.waypoint.group.service.GroupDetails;
import app.waypoint.group.service.PairingService;
import app.waypoint.group.service.PairingView;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.QueryParameters;

/** This week's mock-interview partners, the draw for owner and admins, and logging one's own interview. */
class GroupPairsPanel extends Composite<Div> {

    /** The mock-interview log, reached by its address so that groups need not know the interview screens. */
    static final String MOCK_LOG = "interview/mocks";

    final Button draw = new Button();
    final Button logMock = new Button();

    GroupPairsPanel(GroupDetails group, PairingService pairing, GroupView view) {
        getContent().addClassName("group-pairs");
        PairingView week = pairing.thisWeek(group.id());
        Div card = new Div(CardTitles.of(getTranslation("pairs.week", Texts.date(week.weekStart()))));
        card.addClassNames("card", "pairs-card");
        if (!week.drawn()) {
            Paragraph empty = new Paragraph(getTranslation(group.runsGroup() ? "pairs.empty.runner" : "pairs.empty"));
            empty.addClassName("empty-state");
            card.add(empty);
        } else {
            if (!week.myPartners().isEmpty()) {
                Paragraph mine = new Paragraph(getTranslation("pairs.mine", String.join(", ", week.myPartners())));
                mine.addClassName("my-partners");
                logMock.setText(getTranslation("pairs.log"));
                logMock.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                logMock.addClickListener(click -> getUI().ifPresent(ui -> ui.navigate(MOCK_LOG,
                        QueryParameters.of("partner", String.join(", ", week.myPartners())))));
                card.add(mine, logMock);
            }
            UnorderedList all = new UnorderedList();
            week.groups().forEach(people -> all.add(new ListItem(String.join(" · ", people))));
            all.addClassName("pairs-list");
            card.add(all);
        }
        if (group.runsGroup()) {
            draw.setText(getTranslation(week.drawn() ? "pairs.redraw" : "pairs.draw"));
            // a group too small to pair is told so by the refusal the change explains
            draw.addClickListener(click -> view.change(() -> pairing.draw(group.id())));
            Paragraph hint = new Paragraph(getTranslation("pairs.hint"));
            hint.addClassName("hint");
            card.add(hint, draw);
        }
        getContent().add(card);
    }
}
