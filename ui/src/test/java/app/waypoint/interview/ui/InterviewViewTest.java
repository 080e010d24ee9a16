package app.waypoint.interview.ui;

import app.waypoint.account.ui.LoginView;
import app.waypoint.base.domain.Language;
import app.waypoint.base.ui.KaribuTest;
import app.waypoint.interview.service.ChecklistService;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class InterviewViewTest extends KaribuTest {

    @Autowired ChecklistService checklists;

    @Test
    void anonymousVisitorsAreSentToLogin() {
        openBrowser();
        UI.getCurrent().navigate("interview");
        NavigatorKt.expectView(LoginView.class);
    }

    @Test
    void tickingAChecklistItemIsRemembered() {
        signUpAndLogIn("ticks@example.com", Language.EN);
        openBrowser(Locale.ENGLISH);
        UI.getCurrent().navigate("interview");
        InterviewView view = _get(InterviewView.class);
        Checkbox firstItem = _get(view.lists, Checkbox.class,
                spec -> spec.withLabel(checklists.checklists().get(0).items().get(0).title().en()));

        _setValue(firstItem, true);

        assertThat(checklists.checklists().get(0).doneCount()).isEqualTo(1);
        assertThat(view.lists.getElement().getTextRecursively()).as("the summary follows the tick")
                .contains(checklists.checklists().get(0).title().en() + " · 1/");
    }

    @Test
    void anOwnChecklistCanBeAdded() {
        signUpAndLogIn("own@example.com", Language.EN);
        openBrowser(Locale.ENGLISH);
        UI.getCurrent().navigate("interview");
        InterviewView view = _get(InterviewView.class);

        _setValue(view.newChecklist, "Kakao final round");
        _click(view.addChecklist);

        assertThat(checklists.checklists()).hasSize(7);
        assertThat(view.lists.getElement().getTextRecursively()).contains("Kakao final round · 0/0");
    }

    @Test
    void anOwnItemIsRenamedAndAnOwnChecklistDeletedAfterConfirming() {
        signUpAndLogIn("own-edit@example.com", Language.EN);
        long id = checklists.addChecklist("Kakao");
        checklists.addItem(id, "Read the tech blog");
        openBrowser(Locale.ENGLISH);
        UI.getCurrent().navigate("interview");
        InterviewView view = _get(InterviewView.class);

        _click(_get(view.lists, Button.class, spec -> spec.withAttribute("aria-label", "Edit item")));
        Dialog dialog = _get(Dialog.class);
        _setValue(_get(dialog, TextField.class), "Read the tech blog twice");
        _click(_get(dialog, Button.class, spec -> spec.withText("Save")));
        assertThat(checklists.checklists().get(6).items().get(0).title().en()).isEqualTo("Read the tech blog twice");

        _click(_get(view.lists, Button.class, spec -> spec.withText("Delete checklist")));
        assertThat(checklists.checklists()).as("nothing deleted before confirming").hasSize(7);
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        ComponentUtil.fireEvent(confirm, new ConfirmDialog.ConfirmEvent(confirm, true));
        assertThat(checklists.checklists()).hasSize(6);
        assertThat(view.lists.getElement().getTextRecursively()).doesNotContain("Kakao");
    }

    @Test
    void changingOneChecklistKeepsWhatIsTypedInTheOthers() {
        signUpAndLogIn("two-lists@example.com", Language.EN);
        long kakao = checklists.addChecklist("Kakao");
        checklists.addItem(kakao, "Read the tech blog");
        long naver = checklists.addChecklist("Naver");
        openBrowser(Locale.ENGLISH);
        UI.getCurrent().navigate("interview");
        InterviewView view = _get(InterviewView.class);
        TextField naverItem = newItemField(view, naver);
        _setValue(naverItem, "Typed in Naver, not added");
        _setValue(view.newChecklist, "Line, typed");

        _setValue(newItemField(view, kakao), "Practise the live coding");
        _click(_get(checklist(view, kakao), Button.class, spec -> spec.withAttribute("aria-label", "New item")));
        _click(_find(checklist(view, kakao), Button.class, spec -> spec.withAttribute("aria-label", "Edit item")).get(0));
        Dialog dialog = _get(Dialog.class);
        _setValue(_get(dialog, TextField.class), "Read the tech blog twice");
        _click(_get(dialog, Button.class, spec -> spec.withText("Save")));

        assertThat(checklist(view, kakao).getElement().getTextRecursively()).contains("Kakao · 0/2");
        assertThat(_find(checklist(view, kakao), Checkbox.class)).extracting(Checkbox::getLabel)
                .containsExactly("Read the tech blog twice", "Practise the live coding");
        assertThat(naverItem.isAttached()).isTrue();
        assertThat(naverItem.getValue()).isEqualTo("Typed in Naver, not added");
        assertThat(view.newChecklist.getValue()).isEqualTo("Line, typed");
    }

    private static Details checklist(InterviewView view, long ownId) {
        return _get(view.lists, Details.class, spec -> spec.withId("checklist-own-" + ownId));
    }

    private static TextField newItemField(InterviewView view, long ownId) {
        return _get(checklist(view, ownId), TextField.class, spec -> spec.withPlaceholder("New item"));
    }

    @Test
    void practicalCompetencyItemsInviteAStoryUntilOneProvesThem() {
        signUpAndLogIn("invite-story@example.com", Language.EN);
        openBrowser(Locale.ENGLISH);
        UI.getCurrent().navigate("interview");
        assertThat(_get(InterviewView.class).lists.getElement().getTextRecursively())
                .contains("Write a STAR story for this").doesNotContain("Evidence:");
    }
}
