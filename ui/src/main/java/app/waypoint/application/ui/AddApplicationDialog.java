package app.waypoint.application.ui;

import app.waypoint.application.service.ApplicationDraft;
import app.waypoint.application.service.ApplicationService;
import app.waypoint.application.service.EarlierApplication;
import app.waypoint.base.service.InvalidInputException;
import app.waypoint.base.ui.FormErrors;
import app.waypoint.base.ui.Texts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

/**
 * Adds an application from a company, a role and a posting link; while typing, earlier applications to the same
 * company or posting are shown with how they ended.
 */
class AddApplicationDialog extends Dialog {

    final TextField company = new TextField();
    final TextField role = new TextField();
    final TextField postingUrl = new TextField();
    final Div earlier = new Div();
    final Button add = new Button();

    AddApplicationDialog(ApplicationService service, LongConsumer added) {
        setHeaderTitle(getTranslation("applications.add"));
        company.setLabel(getTranslation("application.company"));
        company.setId("application-company");
        role.setLabel(getTranslation("application.role"));
        role.setId("application-role");
        postingUrl.setLabel(getTranslation("application.posting-url"));
        postingUrl.setPlaceholder("https://www.wanted.co.kr/wd/…");
        for (TextField field : List.of(company, postingUrl)) {
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.addValueChangeListener(change -> showEarlier(service.earlier(company.getValue(), postingUrl.getValue())));
        }
        earlier.addClassName("earlier-applications");
        earlier.setVisible(false);
        add.setText(getTranslation("action.add"));
        add.setId("application-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(click -> {
            try {
                long id = service.add(new ApplicationDraft(company.getValue(), role.getValue(), postingUrl.getValue(),
                        null, null, null, null, null, null, null, null, null, null, List.of(), java.util.Set.of()), null);
                close();
                added.accept(id);
            } catch (InvalidInputException invalid) {
                FormErrors.show(invalid, Map.of("company", company, "role", role, "postingUrl", postingUrl), this);
            }
        });
        Div fields = new Div(company, role, postingUrl, earlier);
        fields.addClassName("add-application-fields");
        add(fields);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), add);
        setWidth("min(32rem, 100vw)");
    }

    private void showEarlier(List<EarlierApplication> found) {
        earlier.removeAll();
        earlier.setVisible(!found.isEmpty());
        if (found.isEmpty()) {
            return;
        }
        earlier.add(new Paragraph(getTranslation("applications.earlier", found.size())));
        for (EarlierApplication application : found) {
            String when = application.appliedOn() == null ? "" : " · " + Texts.date(application.appliedOn());
            RouterLink link = new RouterLink(getTranslation("applications.earlier.one", application.company(),
                    application.role(), application.stageName(),
                    getTranslation("application.outcome." + application.outcome())) + when, ApplicationView.class,
                    new RouteParameters("id", String.valueOf(application.id())));
            earlier.add(new Div(link));
        }
    }
}
