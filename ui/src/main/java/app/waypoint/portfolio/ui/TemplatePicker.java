package app.waypoint.portfolio.ui;

import app.waypoint.base.domain.Language;
import app.waypoint.base.ui.Texts;
import app.waypoint.portfolio.service.ProjectTemplates;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
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
 * the page at once. {@code categoryLevel} is the level of the kinds' headings, one below the heading the picker
 * sits under (2 on a page under its h1, 3 in a dialog under its title), so that no level is skipped.
 */
class TemplatePicker extends Composite<Div> {

    TemplatePicker(ProjectTemplates templates, Function<String, String> skillName, String idPrefix, int categoryLevel,
                   ToLongBiFunction<String, Language> create, LongConsumer onCreated) {
        Div picker = getContent();
        picker.addClassName("template-picker");
        String category = null;
        Div grid = null;
        for (ProjectTemplates.Template template : templates.all()) {
            if (!template.category().equals(category)) {
                category = template.category();
                HtmlContainer heading = heading(categoryLevel, getTranslation("project.category." + category));
                heading.addClassName("template-category");
                picker.add(heading);
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
            HtmlContainer title = heading(categoryLevel + 1, Texts.of(template.title()));
            title.addClassName("template-title");
            Div card = new Div(title, new Paragraph(Texts.of(template.summary())), skills, use);
            card.addClassNames("card", "template-card");
            grid.add(card);
        }
    }

    private static HtmlContainer heading(int level, String text) {
        return switch (level) {
            case 2 -> new H2(text);
            case 3 -> new H3(text);
            case 4 -> new H4(text);
            default -> throw new IllegalArgumentException("heading level " + level);
        };
    }
}
