package app.waypoint.account.ui;

import app.waypoint.MutableClock;
import app.waypoint.account.service.AccountDeletionService;
import app.waypoint.account.service.AccountFixtures;
import app.waypoint.base.domain.Language;
import app.waypoint.base.ui.KaribuTest;
import app.waypoint.group.service.GroupService;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.ListItem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** The settings section for deleting the account and its dialog, in Korean, as most people see them. */
class AccountDeletionSectionTest extends KaribuTest {

    @Autowired MutableClock clock;
    @Autowired AccountDeletionService deletion;
    @Autowired GroupService groups;

    @BeforeEach
    void aKoreanPersonInSettings() {
        clock.set(Instant.parse("2026-03-02T09:00:00Z"));
        signUpAndLogIn("haneul@example.com", Language.KO);
    }

    private AccountDeletionSection openSettings() {
        openBrowser(Locale.KOREAN);
        UI.getCurrent().navigate("settings");
        return _get(SettingsView.class).deletion;
    }

    @Test
    void theDialogSaysWhenWhatGoesAndWhatStaysAndNeedsTheCurrentPassword() {
        AccountDeletionSection section = openSettings();
        assertThat(section.body.getElement().getTextRecursively()).isEqualTo(
                "요청하고 7일 뒤에 계정과 본인만의 모든 데이터가 삭제됩니다. 그때까지 계정은 그대로 쓸 수 있고, 로그인하면 삭제가 취소됩니다."
                        + "계정 삭제…");

        _click(section.start);
        DeleteAccountDialog dialog = section.dialog;

        assertThat(dialog.getHeaderTitle()).isEqualTo("계정을 삭제할까요?");
        assertThat(dialog.when.getText()).isEqualTo("계정은 7일 뒤인 2026년 3월 9일 오후 6:00 이후에 삭제됩니다. "
                + "그때까지는 그대로 쓸 수 있고, 설정에서 취소하거나 로그인하면 삭제가 취소됩니다.");
        assertThat(dialog.deleted.getChildren().map(item -> ((ListItem) item).getText())).containsExactly(
                "프로필: 이메일, 표시 이름, 비밀번호와 설정",
                "로드맵 진행 상황, 노트, 증거 링크와 학습 계획, 직접 만든 로드맵",
                "스킬 수준",
                "개인 프로젝트와 그 작업, 마일스톤, 결과",
                "체크리스트 체크와 메모, 직접 만든 체크리스트",
                "질문 카드와 복습 기록, 코딩 문제, STAR 스토리, 모의 면접(짝이 남긴 피드백 포함), 그리고 내가 짝의 면접에 남긴 피드백",
                "지원 현황과 그 변경 기록, 연락처, 면접 라운드",
                "스터디 그룹 멤버십, 출석 기록, 그룹 피드의 내 활동, 모의 면접 짝 (3인 조는 2인 짝으로 계속됩니다)",
                "보안 기록의 내 항목");
        assertThat(dialog.kept.getChildren().map(item -> ((ListItem) item).getText())).containsExactly(
                "참여 중인 스터디 그룹과 그 세션, 로드맵, 체크리스트, 팀 프로젝트",
                "나에게 배정된 팀 프로젝트 작업은 담당자 없이 남습니다",
                "다른 멤버가 쓴 것: 그들의 노트, 작업, 피드 항목",
                "계정 하나가 삭제되었다는 보안 기록 한 줄 (이메일, 이름, 주소는 남지 않습니다)");
        assertThat(dialog.confirm.getText()).isEqualTo("내 계정 삭제");

        _click(dialog.confirm);
        assertThat(dialog.currentPassword.getErrorMessage()).isEqualTo("비밀번호를 입력하세요.");
        _setValue(dialog.currentPassword, "not my password at all");
        _click(dialog.confirm);
        assertThat(dialog.currentPassword.getErrorMessage()).isEqualTo("현재 비밀번호가 올바르지 않습니다.");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(deletion.status().scheduled()).isFalse();

        _setValue(dialog.currentPassword, AccountFixtures.PASSWORD);
        _click(dialog.confirm);

        assertThat(dialog.isOpened()).isFalse();
        NotificationsKt.expectNotifications("2026년 3월 9일에 삭제되도록 예약했습니다.");
        assertThat(deletion.status().scheduledFor()).isEqualTo(Instant.parse("2026-03-09T09:00:00Z"));
        assertThat(section.body.getElement().getTextRecursively()).isEqualTo(
                "계정이 2026년 3월 9일 오후 6:00 이후에 삭제됩니다."
                        + "그때까지는 모두 그대로 쓸 수 있습니다. 계정을 유지하려면 여기서 취소하거나 다시 로그인하세요."
                        + "삭제 취소");
    }

    @Test
    void aScheduledDeletionIsCancelledFromSettings() {
        deletion.request(AccountFixtures.PASSWORD);
        AccountDeletionSection section = openSettings();

        _click(section.cancel);

        NotificationsKt.expectNotifications("삭제를 취소했습니다. 계정이 유지됩니다.");
        assertThat(deletion.status().scheduled()).isFalse();
        assertThat(section.start.isAttached()).isTrue();
    }

    @Test
    void ownedGroupsAreNamedWithTheirLinksAndNothingCanBeConfirmed() {
        long group = groups.create("RAG 스터디", null);
        AccountDeletionSection section = openSettings();

        _click(section.start);
        DeleteAccountDialog dialog = section.dialog;

        assertThat(dialog.getElement().getTextRecursively()).contains(
                "아래 스터디 그룹을 소유하고 있습니다. 먼저 각 그룹을 다른 멤버에게 넘기거나 삭제한 뒤 다시 오세요:");
        assertThat(dialog.ownedGroups.getElement().getTextRecursively()).isEqualTo("RAG 스터디 · 팀 프로젝트 없음");
        assertThat(_get(dialog.ownedGroups, Anchor.class).getHref()).isEqualTo("groups/" + group);
        assertThat(dialog.confirm.isAttached()).isFalse();
        assertThat(dialog.currentPassword.isAttached()).isFalse();
    }

    @Test
    void signingInDuringTheWaitCancelsItAndTheHomePageSaysSoOnce() {
        deletion.request(AccountFixtures.PASSWORD);
        accounts.logIn("haneul@example.com", AccountFixtures.PASSWORD);
        openBrowser(Locale.KOREAN);
        UI.getCurrent().navigate("");

        assertThat(_get(Span.class, spec -> spec.withId("deletion-cancelled-notice")).getText())
                .isEqualTo("로그인하셔서 계정 삭제가 취소되었습니다. 삭제된 것은 없습니다.");
        assertThat(deletion.status().scheduled()).isFalse();
    }
}
