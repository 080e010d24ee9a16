package app.waypoint.application.ui;

import app.waypoint.application.domain.ApplicationContact;
import app.waypoint.application.domain.ApplicationSource;
import app.waypoint.application.domain.CompanyType;
import app.waypoint.application.domain.JobApplication;
import app.waypoint.application.service.ApplicationDraft;
import app.waypoint.application.service.ContactDraft;
import app.waypoint.base.domain.LocalizedText;
import app.waypoint.base.service.InvalidInputException;
import app.waypoint.base.ui.DateField;
import app.waypoint.base.ui.FormErrors;
import app.waypoint.base.ui.LengthCounter;
import app.waypoint.base.ui.Texts;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Everything a person notes about an application: the posting, where it came from, the people, and notes. */
class ApplicationForm extends Composite<Div> {

    final TextField company = new TextField();
    final TextField role = new TextField();
    final TextField postingUrl = new TextField();
    final Select<CompanyType> companyType = new Select<>();
    final Select<ApplicationSource> source = new Select<>();
    final TextField location = new TextField();
    final TextField salary = new TextField();
    final DateField postingDeadline = new DateField();
    final DateField appliedOn = new DateField();
    final DateField followUpOn = new DateField();
    final TextField resumeVersion = new TextField();
    final TextField tags = new TextField();
    final MultiSelectComboBox<String> skills = new MultiSelectComboBox<>();
    final TextArea notes = new TextArea();
    final Div contacts = new Div();
    final Button addContact = new Button();

    private final List<ContactRow> contactRows = new ArrayList<>();

    ApplicationForm(Map<String, LocalizedText> skillNames) {
        company.setLabel(getTranslation("application.company"));
        role.setLabel(getTranslation("application.role"));
        postingUrl.setLabel(getTranslation("application.posting-url"));
        companyType.setLabel(getTranslation("application.company-type"));
        companyType.setItems(CompanyType.values());
        companyType.setEmptySelectionAllowed(true);
        companyType.setItemLabelGenerator(type -> type == null ? getTranslation("application.none")
                : getTranslation("application.company-type." + type));
        source.setLabel(getTranslation("application.source"));
        source.setItems(ApplicationSource.values());
        source.setEmptySelectionAllowed(true);
        source.setItemLabelGenerator(value -> value == null ? getTranslation("application.none")
                : getTranslation("application.source." + value));
        location.setLabel(getTranslation("application.location"));
        salary.setLabel(getTranslation("application.salary"));
        salary.setPlaceholder(getTranslation("application.salary.placeholder"));
        postingDeadline.setLabel(getTranslation("application.deadline"));
        appliedOn.setLabel(getTranslation("application.applied-on"));
        followUpOn.setLabel(getTranslation("application.follow-up"));
        resumeVersion.setLabel(getTranslation("application.resume"));
        resumeVersion.setPlaceholder(getTranslation("application.resume.placeholder"));
        tags.setLabel(getTranslation("application.tags"));
        skills.setLabel(getTranslation("application.skills"));
        skills.setItems(skillNames.keySet().stream().sorted().toList());
        skills.setItemLabelGenerator(key -> skillNames.containsKey(key) ? Texts.of(skillNames.get(key)) : key);
        notes.setLabel(getTranslation("application.notes"));
        LengthCounter.attach(notes, JobApplication.MAX_NOTES, getTranslation("application.notes.help"));
        FormLayout fields = new FormLayout(company, role, postingUrl, companyType, source, location, salary,
                postingDeadline, appliedOn, followUpOn, resumeVersion, tags, skills, notes);
        fields.setColspan(notes, 3);
        fields.setColspan(skills, 2);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2),
                new FormLayout.ResponsiveStep("60em", 3));
        addContact.setText(getTranslation("application.contact.add"));
        addContact.setIcon(VaadinIcon.PLUS.create());
        addContact.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addContact.addClickListener(click -> addContactRow(new ContactDraft("", "", "")));
        contacts.addClassName("application-contacts");
        getContent().add(fields, new H3(getTranslation("application.contacts")), contacts, addContact);
    }

    void fill(ApplicationDraft draft) {
        company.setValue(draft.company());
        role.setValue(draft.role());
        postingUrl.setValue(orEmpty(draft.postingUrl()));
        companyType.setValue(draft.companyType());
        source.setValue(draft.source());
        location.setValue(orEmpty(draft.location()));
        salary.setValue(orEmpty(draft.salary()));
        postingDeadline.setValue(draft.postingDeadline());
        appliedOn.setValue(draft.appliedOn());
        followUpOn.setValue(draft.followUpOn());
        resumeVersion.setValue(orEmpty(draft.resumeVersion()));
        tags.setValue(orEmpty(draft.tags()));
        skills.setValue(draft.skillKeys());
        notes.setValue(orEmpty(draft.notes()));
        contacts.removeAll();
        contactRows.clear();
        draft.contacts().forEach(this::addContactRow);
    }

    ApplicationDraft draft() {
        return new ApplicationDraft(company.getValue(), role.getValue(), postingUrl.getValue(), companyType.getValue(),
                source.getValue(), location.getValue(), salary.getValue(), postingDeadline.getValue(),
                appliedOn.getValue(), followUpOn.getValue(), resumeVersion.getValue(), notes.getValue(),
                tags.getValue(), contactRows.stream().map(ContactRow::draft).toList(),
                new TreeSet<>(skills.getValue()));
    }

    void showErrors(InvalidInputException invalid) {
        FormErrors.show(invalid, fields(), this);
    }

    void clearErrors() {
        FormErrors.clear(fields());
    }

    private Map<String, HasValidation> fields() {
        Map<String, HasValidation> fields = new HashMap<>();
        fields.put("company", company);
        fields.put("role", role);
        fields.put("postingUrl", postingUrl);
        fields.put("location", location);
        fields.put("salary", salary);
        fields.put("resumeVersion", resumeVersion);
        fields.put("tags", tags);
        fields.put("notes", notes);
        if (!contactRows.isEmpty()) {
            fields.put("contacts", contactRows.getFirst().name);
        }
        return fields;
    }

    private void addContactRow(ContactDraft draft) {
        if (contactRows.size() >= JobApplication.MAX_CONTACTS) {
            return;
        }
        ContactRow row = new ContactRow(draft);
        contactRows.add(row);
        contacts.add(row.line);
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    /** One contact: name, role, and an email or phone number; a row without a name is dropped on save. */
    private final class ContactRow {

        final TextField name = new TextField();
        final TextField role = new TextField();
        final TextField reach = new TextField();
        final Div line = new Div(name, role, reach);

        ContactRow(ContactDraft draft) {
            name.setLabel(getTranslation("application.contact.name"));
            name.setMaxLength(ApplicationContact.MAX_NAME);
            role.setLabel(getTranslation("application.contact.role"));
            role.setMaxLength(ApplicationContact.MAX_ROLE);
            reach.setLabel(getTranslation("application.contact.reach"));
            reach.setMaxLength(ApplicationContact.MAX_REACH);
            name.setValue(orEmpty(draft.name()));
            role.setValue(orEmpty(draft.role()));
            reach.setValue(orEmpty(draft.reach()));
            line.addClassName("contact-row");
        }

        ContactDraft draft() {
            return new ContactDraft(name.getValue(), role.getValue(), reach.getValue());
        }
    }
}
