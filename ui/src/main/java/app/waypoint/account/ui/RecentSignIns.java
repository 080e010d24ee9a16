package app.waypoint.account.ui;

import app.waypoint.account.domain.SecurityEventKind;
import app.waypoint.account.service.SecurityEntry;
import app.waypoint.account.service.SecurityLogService;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

/** The person's recent sign-ins and failed attempts, so they notice one that was not theirs. */
class RecentSignIns extends Composite<Section> {

    final UnorderedList list = new UnorderedList();

    RecentSignIns(SecurityLogService log, ZoneId zone) {
        List<SecurityEntry> entries = log.mySignIns();
        Paragraph hint = new Paragraph(getTranslation("settings.sign-ins.hint"));
        hint.addClassName("hint");
        getContent().addClassName("settings-section");
        getContent().add(new H2(getTranslation("settings.sign-ins")), hint);
        if (entries.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("settings.sign-ins.none"));
            none.addClassName("hint");
            getContent().add(none);
            return;
        }
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(zone);
        list.addClassName("sign-in-list");
        for (SecurityEntry entry : entries) {
            Span what = new Span(getTranslation("security.event." + entry.kind()));
            if (entry.kind() != SecurityEventKind.SIGN_IN) {
                what.getElement().getThemeList().add("badge error small");
            }
            Span when = new Span(format.format(entry.at()));
            Span where = new Span(entry.clientAddress() == null ? getTranslation("settings.sign-ins.no-address")
                    : entry.clientAddress());
            where.addClassName("hint");
            list.add(new ListItem(when, what, where));
        }
        getContent().add(list);
    }
}
