package app.waypoint.portfolio.ui;

import app.waypoint.base.domain.Language;
import app.waypoint.base.ui.Texts;
import app.waypoint.portfolio.service.ProjectTemplates;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

import java.util.function.Function;
import java.util.function.LongConsumer;
import java.util.function.ToLongBiFunction;

/**
 * The guide's project templates by kind; choosing one creates a project with its plan, through {@code create}
 * (a person's own project or a team's). Skills show by their names, through {@code skillName}. {@code idPrefix} keeps the buttons' ids apart when two pickers are on
 * the page at once.
 */
class TemplatePicker extends Composite<Div> {

    TemplatePicker(ProjectTemplates templates, Function<String, String> skillName, String idPrefix,
                   ToLongBiFunction<String, Language> create, LongConsumer onCreated) {
        Div picker = getContent();
        picker.addClassName("template-picker");
        String category = null;
        Div grid = null;
        for (ProjectTemplates.Template template : templates.all()) {
            if (!template.category().equals(category)) {
                category = template.category();
                picker.add(new H3(getTranslation("project.category." + category)));
                grid = new Div();
                grid.addClassName("card-grid");
                picker.add(grid);
            }
            Div skills = new Div();
            skills.addClassName("skill-tags");
            template.skills().forEach(skill -> {
                Span tag = new Span(skillName.apply(skill));
                tag.getElement().getThemeList().add("badge contrast pill");
                skills.add(tag);
            });
            Button use = new Button(getTranslation("project.template.use"), click -> onCreated.accept(
                    create.applyAsLong(template.key(), Language.of(getLocale()))));
            use.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            use.setId(idPrefix + template.key());
            Div card = new Div(new H4(Texts.of(template.title())), new Paragraph(Texts.of(template.summary())), skills,
                    use);
            card.addClassNames("card", "template-card");
            grid.add(card);
        }
    }
}
