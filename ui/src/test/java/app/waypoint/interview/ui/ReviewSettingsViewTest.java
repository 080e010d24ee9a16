package app.waypoint.interview.ui;

import app.waypoint.account.ui.LoginView;
import app.waypoint.base.domain.Language;
import app.waypoint.base.ui.KaribuTest;
import app.waypoint.interview.domain.QuestionCategory;
import app.waypoint.interview.domain.ReviewGrade;
import app.waypoint.interview.service.QuestionBankService;
import app.waypoint.interview.service.ReviewCard;
import app.waypoint.interview.service.ReviewSettingsService;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class ReviewSettingsViewTest extends KaribuTest {

    @Autowired QuestionBankService bank;
    @Autowired ReviewSettingsService settings;

    @Test
    void anonymousVisitorsAreSentToLogin() {
        openBrowser();
        UI.getCurrent().navigate("interview/review/settings");
        NavigatorKt.expectView(LoginView.class);
    }

    @Test
    void theForecastFollowsTheRetentionAsItChangesAndWarnsAboveNinetyFive() {
        signUpAndLogIn("forecast@example.com", Language.EN);
        bank.addStarterSet(Language.EN);
        openBrowser(Locale.ENGLISH);
        UI.getCurrent().navigate("interview/review/settings");
        ReviewSettingsView view = _get(ReviewSettingsView.class);
        assertThat(view.retention.getValue()).isEqualTo(90);
        assertThat(view.steepWarning.isVisible()).isFalse();
        String atNinety = view.forecastBox.getElement().getTextRecursively();
        assertThat(atNinety).contains("At 90 %");
        assertThat(view.forecastBox.getElement().getChild(0).getProperty("innerHTML", ""))
                .as("an SVG chart with a name").contains("<svg").contains("role=\"img\"");

        _setValue(view.retention, 96);
        assertThat(view.steepWarning.isVisible()).isTrue();
        assertThat(view.forecastBox.getElement().getTextRecursively()).contains("At 96 %").isNotEqualTo(atNinety);

        _setValue(view.retention, 99);
        assertThat(view.forecastBox.getElement().getTextRecursively()).contains("from 70 % to 97 %");
        assertThat(settings.mine().desiredRetention()).as("nothing saved while typing").isEqualTo(0.90);
    }

    @Test
    void savingANewRetentionSaysHowManyCardsMoveFirst() {
        signUpAndLogIn("retention@example.com", Language.EN);
        long id = bank.addCard(QuestionCategory.ML, "What is overfitting?", null, null, null);
        ReviewCard known = bank.review(id, ReviewGrade.EASY, bank.card(id).version());
        openBrowser(Locale.ENGLISH);
        UI.getCurrent().navigate("interview/review/settings");
        ReviewSettingsView view = _get(ReviewSettingsView.class);

        _setValue(view.retention, 80);
        _setValue(view.newCards, 10);
        _click(view.save);
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(confirm.getElement().getProperty("message"))
                .isEqualTo("Saving moves the due dates of 1 card in review to match 80 % retention, counted from "
                        + "each card's last review.");
        assertThat(settings.mine().desiredRetention()).as("not before the person agrees").isEqualTo(0.90);
        ComponentUtil.fireEvent(confirm, new ConfirmDialog.ConfirmEvent(confirm, true));

        NotificationsKt.expectNotifications("Review settings saved. 1 card moved to new due dates.");
        assertThat(settings.mine().desiredRetention()).isEqualTo(0.80);
        assertThat(settings.mine().newCardsPerDay()).isEqualTo(10);
        assertThat(bank.card(id).dueOn()).isAfter(known.dueOn());
    }

    @Test
    void aBadLimitIsShownAtItsFieldAndASecondTabIsRefused() {
        signUpAndLogIn("limits@example.com", Language.EN);
        openBrowser(Locale.ENGLISH);
        UI.getCurrent().navigate("interview/review/settings");
        ReviewSettingsView view = _get(ReviewSettingsView.class);

        _setValue(view.reviews, 10_000);
        _click(view.save);
        assertThat(view.reviews.isInvalid()).isTrue();
        assertThat(view.reviews.getErrorMessage()).isEqualTo("Enter a number from 0 to 9999.");

        settings.change(0.90, 5, 100, null); // another tab
        _setValue(view.reviews, 300);
        _click(view.save);
        NotificationsKt.expectNotifications(
                "These settings were changed in another tab. Your entries are still here: save again to replace that version.");
        assertThat(settings.mine().reviewsPerDay()).isEqualTo(100);
        assertThat(view.reviews.getValue()).isEqualTo(300);

        _click(view.save);
        assertThat(settings.mine().reviewsPerDay()).as("saving again replaces the version seen").isEqualTo(300);
    }
}
