package app.waypoint.interview.ui;

import app.waypoint.base.service.InvalidInputException;
import app.waypoint.base.ui.Conflicts;
import app.waypoint.base.ui.BarChart;
import app.waypoint.base.ui.ConfirmAction;
import app.waypoint.base.ui.FormErrors;
import app.waypoint.base.ui.Notifications;
import app.waypoint.interview.domain.ReviewSettings;
import app.waypoint.interview.service.ReviewPreferences;
import app.waypoint.interview.service.ReviewSettingsService;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Review settings: desired retention, with the workload it brings as a 30-day forecast that follows the value as
 * it changes, and the daily limits of new cards and reviews.
 */
@Route("interview/review/settings")
@PermitAll
public class ReviewSettingsView extends Main implements HasDynamicTitle {

    final IntegerField retention = new IntegerField();
    final Span steepWarning = new Span();
    final Div forecastBox = new Div();
    final IntegerField newCards = new IntegerField();
    final IntegerField reviews = new IntegerField();
    final Button save = new Button();

    private final ReviewSettingsService service;
    private ReviewPreferences saved;

    ReviewSettingsView(ReviewSettingsService service) {
        this.service = service;
        addClassNames("page", "review-settings-view");
        saved = service.mine();

        retention.setLabel(getTranslation("review-settings.retention"));
        retention.setHelperText(getTranslation("review-settings.retention.help"));
        retention.setMin(percent(ReviewSettings.MIN_RETENTION));
        retention.setMax(percent(ReviewSettings.MAX_RETENTION));
        retention.setStepButtonsVisible(true);
        retention.setSuffixComponent(new Span("%"));
        retention.setValue(percent(saved.desiredRetention()));
        retention.setValueChangeMode(ValueChangeMode.LAZY);
        retention.addValueChangeListener(change -> showForecast());
        steepWarning.setText(getTranslation("review-settings.retention.steep"));
        steepWarning.addClassName("retention-warning");

        forecastBox.addClassName("review-forecast");

        retention.setId("review-retention");
        newCards.setId("review-new-per-day");
        reviews.setId("review-reviews-per-day");
        newCards.setLabel(getTranslation("review-settings.new-per-day"));
        reviews.setLabel(getTranslation("review-settings.reviews-per-day"));
        for (IntegerField limit : List.of(newCards, reviews)) {
            limit.setMin(0);
            limit.setMax(ReviewSettings.MAX_PER_DAY);
            limit.setStepButtonsVisible(true);
        }
        newCards.setValue(saved.newCardsPerDay());
        reviews.setValue(saved.reviewsPerDay());

        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> askThenSave());

        add(new H1(getTranslation("review-settings.title")), retention, steepWarning,
                new H2(getTranslation("review-settings.forecast")), forecastBox, newCards, reviews, save,
                new Paragraph(new RouterLink(getTranslation("review-settings.to-review"), ReviewView.class),
                        new Text(" · "), new RouterLink(getTranslation("review-stats.link"), ReviewStatsView.class)));
        showForecast();
    }

    /** Redraws only the forecast and the warning, for the retention as typed (when it is in range). */
    private void showForecast() {
        Integer value = retention.getValue();
        boolean inRange = value != null && value >= retention.getMin() && value <= retention.getMax();
        steepWarning.setVisible(inRange && value > percent(ReviewSettings.STEEP_RETENTION));
        forecastBox.removeAll();
        if (!inRange) {
            forecastBox.add(new Paragraph(getTranslation("review-settings.retention.range")));
            return;
        }
        int[] perDay = service.forecast(value / 100.0);
        List<String> labels = new ArrayList<>();
        IntStream.range(0, perDay.length).forEach(day -> labels.add(getTranslation("review-settings.day", day + 1)));
        int total = IntStream.of(perDay).sum();
        String description = getTranslation("review-settings.forecast.described", value, total,
                Math.round(10.0 * total / perDay.length) / 10.0);
        Svg chart = BarChart.of(description, labels, perDay, 7);
        Paragraph summary = new Paragraph(description);
        summary.addClassName("hint");
        forecastBox.add(chart, summary);
    }

    /** A new retention moves due days; the person hears how many before they do. */
    private void askThenSave() {
        Integer value = retention.getValue();
        if (value != null && value / 100.0 != saved.desiredRetention()) {
            int moving = service.cardsMovedBy(value / 100.0);
            if (moving > 0) {
                ConfirmAction.open(getTranslation("review-settings.confirm.title"),
                        getTranslation("review-settings.confirm.text", moving, value),
                        getTranslation("action.save"), false, this::save);
                return;
            }
        }
        save();
    }

    private void save() {
        Map<String, IntegerField> fields = Map.of("desiredRetention", retention, "newCardsPerDay", newCards,
                "reviewsPerDay", reviews);
        if (retention.getValue() == null || newCards.getValue() == null || reviews.getValue() == null) {
            fields.values().stream().filter(field -> field.getValue() == null).forEach(field -> {
                field.setErrorMessage(getTranslation("review-settings.required"));
                field.setInvalid(true);
            });
            return;
        }
        int[] moved = {0};
        try {
            if (Conflicts.attempt(() -> moved[0] = service.change(retention.getValue() / 100.0,
                    newCards.getValue(), reviews.getValue(), saved.version()), "review-settings.conflict",
                    () -> saved = service.mine())) {
                saved = service.mine();
                FormErrors.clear(fields);
                Notifications.success(moved[0] == 0 ? getTranslation("review-settings.saved")
                        : getTranslation("review-settings.saved.moved", moved[0]));
            }
        } catch (InvalidInputException invalid) {
            FormErrors.show(invalid, fields, this);
        }
    }

    private static int percent(double share) {
        return (int) Math.round(share * 100);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("review-settings.title") + " · Waypoint";
    }
}
