package app.waypoint.account.ui;

import app.waypoint.account.domain.Role;
import app.waypoint.account.service.AccountList;
import app.waypoint.account.service.AdminAccountRow;
import app.waypoint.account.service.AdminService;
import app.waypoint.base.ui.ConfirmAction;
import app.waypoint.base.ui.Notifications;
import app.waypoint.base.ui.Refusals;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The instance's accounts, searched by email or name and paged; each row's menu disables or enables it, makes or
 * removes an admin, hands over a password-reset link, or shows its security log. An action redraws its row only.
 */
class AdminAccountsPanel extends Composite<Div> {

    final TextField search = new TextField();
    final UnorderedList list = new UnorderedList();
    final Span pageInfo = new Span();
    final Button previous = new Button();
    final Button next = new Button();
    private final Map<Long, ListItem> rows = new HashMap<>();
    private final AdminService admin;
    private final DateTimeFormatter moments;
    private Consumer<AdminAccountRow> showLog = account -> { };
    private int page;
    private AccountList shown;

    AdminAccountsPanel(AdminService admin, ZoneId zone) {
        this.admin = admin;
        this.moments = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(zone);
        search.setId("admin-search");
        search.setLabel(getTranslation("admin.accounts.search"));
        search.setPlaceholder(getTranslation("admin.accounts.search.placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setMaxLength(AdminService.MAX_SEARCH);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidthFull();
        search.addValueChangeListener(change -> show(0));
        list.addClassName("admin-account-list");
        previous.setText(getTranslation("admin.accounts.previous"));
        previous.setIcon(VaadinIcon.ANGLE_LEFT.create());
        previous.addClickListener(click -> show(page - 1));
        next.setText(getTranslation("admin.accounts.next"));
        next.setIcon(VaadinIcon.ANGLE_RIGHT.create());
        next.setIconAfterText(true);
        next.addClickListener(click -> show(page + 1));
        Div pager = new Div(previous, pageInfo, next);
        pager.addClassName("admin-pager");
        getContent().addClassName("admin-panel");
        getContent().add(search, list, pager);
        show(0);
    }

    void onShowLog(Consumer<AdminAccountRow> listener) {
        this.showLog = listener;
    }

    private void show(int wanted) {
        shown = admin.accounts(search.getValue(), wanted);
        page = shown.page();
        list.removeAll();
        rows.clear();
        if (shown.rows().isEmpty()) {
            list.add(new ListItem(getTranslation("admin.accounts.none")));
        }
        shown.rows().forEach(account -> {
            ListItem item = new ListItem();
            rows.put(account.id(), item);
            fill(item, account);
            list.add(item);
        });
        pageInfo.setText(getTranslation("admin.accounts.page", page + 1, shown.pages(), shown.total()));
        previous.setEnabled(page > 0);
        next.setEnabled(page + 1 < shown.pages());
    }

    private void fill(ListItem item, AdminAccountRow account) {
        item.removeAll();
        item.addClassName("admin-account");
        Span name = new Span(account.displayName());
        name.addClassName("admin-account-name");
        Div title = new Div(name);
        title.addClassName("admin-account-title");
        if (account.role() == Role.ADMIN) {
            title.add(badge("admin.badge.admin", ""));
        }
        if (account.disabled()) {
            title.add(badge("admin.badge.disabled", "error"));
        }
        if (account.you()) {
            title.add(badge("admin.badge.you", "contrast"));
        }
        Span email = new Span(account.email());
        email.addClassName("admin-account-email");
        Span when = new Span(getTranslation("admin.accounts.dates", moment(account.createdAt()),
                account.lastSignInAt() == null ? getTranslation("admin.accounts.never")
                        : moment(account.lastSignInAt())));
        when.addClassName("hint");
        Div text = new Div(title, email, when);
        text.addClassName("admin-account-text");
        item.add(text, actions(account));
    }

    private MenuBar actions(AdminAccountRow account) {
        MenuBar menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY, MenuBarVariant.LUMO_ICON);
        var root = menu.addItem(VaadinIcon.ELLIPSIS_DOTS_V.create());
        root.setAriaLabel(getTranslation("admin.accounts.actions", account.email()));
        SubMenu items = root.getSubMenu();
        if (!account.you()) {
            if (account.disabled()) {
                items.addItem(getTranslation("admin.action.enable"), click -> act(account, () -> admin.enable(account.id()),
                        "admin.done.enabled"));
            } else if (account.role() != Role.ADMIN) {
                items.addItem(getTranslation("admin.action.disable"), click -> ConfirmAction.open(
                        getTranslation("admin.confirm.disable.title", account.email()),
                        getTranslation("admin.confirm.disable.text"), getTranslation("admin.action.disable"), true,
                        () -> act(account, () -> admin.disable(account.id()), "admin.done.disabled")));
            }
        }
        if (account.role() == Role.ADMIN) {
            items.addItem(getTranslation("admin.action.remove-admin"), click -> ConfirmAction.open(
                    getTranslation("admin.confirm.remove-admin.title", account.email()),
                    getTranslation(account.you() ? "admin.confirm.remove-admin.you" : "admin.confirm.remove-admin.text"),
                    getTranslation("admin.action.remove-admin"), true,
                    () -> act(account, () -> admin.removeAdmin(account.id()), "admin.done.admin-removed")));
        } else if (!account.disabled()) {
            items.addItem(getTranslation("admin.action.make-admin"), click -> ConfirmAction.open(
                    getTranslation("admin.confirm.make-admin.title", account.email()),
                    getTranslation("admin.confirm.make-admin.text"), getTranslation("admin.action.make-admin"), false,
                    () -> act(account, () -> admin.makeAdmin(account.id()), "admin.done.admin-made")));
        }
        items.addItem(getTranslation("admin.action.reset-link"), click -> resetLink(account));
        items.addItem(getTranslation("admin.action.show-log"), click -> showLog.accept(account));
        return menu;
    }

    private void act(AdminAccountRow account, Runnable change, String doneKey) {
        if (Refusals.attempt(change)) {
            Notifications.success(getTranslation(doneKey, account.email()));
        }
        ListItem item = rows.get(account.id());
        if (item != null) {
            Refusals.attempt(() -> fill(item, admin.account(account.id())));
        }
    }

    private void resetLink(AdminAccountRow account) {
        Refusals.attempt(() -> {
            var link = admin.issuePasswordReset(account.id());
            Dialog dialog = new Dialog();
            dialog.setHeaderTitle(getTranslation("admin.reset.title", account.email()));
            dialog.add(new OneTimeLinkField("reset/", link, moments.getZone(), "admin.reset.explanation"));
            Button close = new Button(getTranslation("action.close"), click -> dialog.close());
            close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            dialog.getFooter().add(close);
            dialog.setWidth("min(36rem, 100vw)");
            dialog.open();
        });
    }

    private Span badge(String key, String theme) {
        Span badge = new Span(getTranslation(key));
        badge.getElement().getThemeList().add(("badge small " + theme).strip());
        return badge;
    }

    private String moment(Instant instant) {
        return moments.format(instant);
    }
}
