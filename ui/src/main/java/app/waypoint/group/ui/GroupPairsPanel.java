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
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.QueryParameters;

/**
 * This week's mock-interview partners and which pairs held their interview, the draw for owner and admins, and
 * logging one's own interview, which the partners then see and give feedback on.
 */
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
            week.myPair().ifPresent(mine -> addMine(card, mine));
            long held = week.pairs().stream().filter(PairingView.Pair::held).count();
            Paragraph tally = new Paragraph(getTranslation("pairs.held.tally", held, week.pairs().size()));
            tally.addClassName("pairs-tally");
            UnorderedList all = new UnorderedList();
            week.pairs().forEach(pair -> all.add(pairLine(pair)));
            all.addClassName("pairs-list");
            card.add(tally, all);
            if (!week.unpaired().isEmpty()) {
                Paragraph unpaired = new Paragraph(getTranslation("pairs.unpaired", String.join(", ",
                        week.unpaired())));
                unpaired.addClassName("hint");
                card.add(unpaired);
            }
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

    /** One's own partners, and the way to log the interview, or to its log once one is there. */
    private void addMine(Div card, PairingView.Pair mine) {
        Paragraph partners = new Paragraph(getTranslation("pairs.mine", String.join(", ", mine.partners())));
        partners.addClassName("my-partners");
        card.add(partners);
        if (mine.held()) {
            logMock.setText(getTranslation("pairs.see-log"));
            logMock.addClickListener(click -> getUI().ifPresent(ui -> ui.navigate(MOCK_LOG)));
        } else {
            logMock.setText(getTranslation("pairs.log"));
            logMock.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            logMock.addClickListener(click -> getUI().ifPresent(ui -> ui.navigate(MOCK_LOG,
                    QueryParameters.of("pairing", String.valueOf(mine.id())))));
        }
        card.add(logMock);
    }

    private ListItem pairLine(PairingView.Pair pair) {
        Span names = new Span(String.join(" · ", pair.names()));
        Span status = new Span(pair.held() ? getTranslation("pairs.held", Texts.date(pair.heldOn()))
                : getTranslation("pairs.not-held"));
        status.getElement().getThemeList().add(pair.held() ? "badge success" : "badge contrast");
        ListItem line = new ListItem(names, status);
        line.addClassName("pair-line");
        return line;
    }
}
