package app.waypoint.account.ui;

import app.waypoint.account.domain.SecurityEventKind;
import app.waypoint.account.service.AdminService;
import app.waypoint.account.service.SecurityEntry;
import app.waypoint.account.service.SecurityLogService;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** The newest entries of the security log, filtered by kind and by account; never a secret. */
class SecurityLogPanel extends Composite<Div> {

    static final int SHOWN = 100;

    final Select<SecurityEventKind> kind = new Select<>();
    final Button accountFilter = new Button();
    final UnorderedList list = new UnorderedList();
    private final AdminService admin;
    private final SecurityLogService log;
    private final DateTimeFormatter moments;
    private Long accountId;

    SecurityLogPanel(AdminService admin, SecurityLogService log, ZoneId zone) {
        this.admin = admin;
        this.log = log;
        this.moments = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.MEDIUM)
                .withLocale(getLocale()).withZone(zone);
        kind.setId("log-kind");
        kind.setLabel(getTranslation("admin.log.kind"));
        kind.setItems(SecurityEventKind.values());
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(getTranslation("admin.log.all-kinds"));
        kind.setItemLabelGenerator(choice -> choice == null ? getTranslation("admin.log.all-kinds")
                : getTranslation("security.event." + choice));
        kind.addValueChangeListener(change -> refresh());
        accountFilter.setIcon(VaadinIcon.CLOSE_SMALL.create());
        accountFilter.setIconAfterText(true);
        accountFilter.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_CONTRAST);
        accountFilter.setVisible(false);
        accountFilter.addClickListener(click -> {
            accountId = null;
            accountFilter.setVisible(false);
            refresh();
        });
        Div filters = new Div(kind, accountFilter);
        filters.addClassName("admin-log-filters");
        list.addClassName("admin-log");
        getContent().addClassName("admin-panel");
        getContent().add(filters, list);
        refresh();
    }

    /** Shows only one account's entries, as its row's menu asks. */
    void showAccount(long id, String email) {
        accountId = id;
        accountFilter.setText(getTranslation("admin.log.only", email));
        accountFilter.setAriaLabel(getTranslation("admin.log.only.clear", email));
        accountFilter.setVisible(true);
        refresh();
    }

    /** The entry's detail as the admin reads it: a registration mode by its name in their language. */
    private String detailOf(SecurityEntry entry) {
        if (entry.detail() == null) {
            return "";
        }
        return entry.kind() == SecurityEventKind.REGISTRATION_MODE_CHANGED
                ? getTranslation("admin.registration." + entry.detail()) : entry.detail();
    }

    void refresh() {
        Set<SecurityEventKind> kinds = kind.getValue() == null ? EnumSet.allOf(SecurityEventKind.class)
                : EnumSet.of(kind.getValue());
        List<SecurityEntry> entries = log.recent(kinds, accountId, SHOWN);
        Map<Long, String> emails = admin.emailsOf(entries.stream().map(SecurityEntry::accountId)
                .filter(Objects::nonNull).toList());
        list.removeAll();
        if (entries.isEmpty()) {
            list.add(new ListItem(getTranslation("admin.log.none")));
        }
        for (SecurityEntry entry : entries) {
            Span what = new Span(getTranslation("security.event." + entry.kind()));
            what.getElement().getThemeList().add("badge small");
            Span when = new Span(moments.format(entry.at()));
            when.addClassName("hint");
            Span who = new Span(entry.accountId() == null ? getTranslation("admin.log.no-account")
                    : emails.getOrDefault(entry.accountId(), getTranslation("admin.log.gone", entry.accountId())));
            Span where = new Span(entry.clientAddress() == null ? "" : entry.clientAddress());
            where.addClassName("hint");
            Span detail = new Span(detailOf(entry));
            detail.addClassName("hint");
            ListItem item = new ListItem(when, what, who, where, detail);
            item.addClassName("admin-log-entry");
            list.add(item);
        }
    }
}
