package app.waypoint.group.ui;

import app.waypoint.MutableClock;
import app.waypoint.account.service.AccountFixtures;
import app.waypoint.base.domain.Language;
import app.waypoint.base.ui.KaribuTest;
import app.waypoint.group.domain.Attendance;
import app.waypoint.group.service.GroupService;
import app.waypoint.group.service.SessionService;
import app.waypoint.group.service.SessionsOverview;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.router.RouteParameters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** The sessions tab in Korean, as an owner and a member of a two-person group use it on a Wednesday. */
class GroupSessionsPanelTest extends KaribuTest {

    private static final String OWNER = "owner@example.com";
    private static final String MEMBER = "member@example.com";

    @Autowired GroupService groups;
    @Autowired SessionService sessions;
    @Autowired MutableClock clock;

    private long groupId;
    private long memberId;

    @BeforeEach
    void ownerAndMemberInKorean() {
        clock.set(Instant.parse("2026-03-04T03:00:00Z")); // Wednesday noon in Seoul
        signUpAndLogIn(OWNER, Language.KO);
        groupId = groups.create("RAG 스터디", null);
        String code = groups.details(groupId).invite().code();
        signUpAndLogIn(MEMBER, Language.KO);
        groups.join(code);
        memberId = groups.details(groupId).members().get(1).accountId();
        logIn(OWNER);
    }

    @Test
    void theScheduleFormRefusesABadLinkAtTheFieldInKoreanThenSetsUpFourWeeks() {
        GroupSessionsPanel panel = open();
        ScheduleForm form = panel.schedule;
        _setValue(form.weekday, DayOfWeek.WEDNESDAY);
        _setValue(form.startsAt, LocalTime.of(20, 0));
        _setValue(form.place, "javascript:alert(1)");
        _setValue(form.topic, "논문 리뷰");
        _click(form.save);
        assertThat(form.place.isInvalid()).isTrue();
        assertThat(form.place.getErrorMessage()).isEqualTo("화상 링크는 http:// 또는 https://로 시작하는 웹 주소여야 합니다.");
        assertThat(sessions.overview(groupId).sessions()).isEmpty();

        _setValue(form.place, "https://meet.example.com/rag");
        _click(form.save);
        assertThat(form.place.isInvalid()).isFalse();
        assertThat(_find(SessionCard.class)).hasSize(4);
        assertThat(_get(GroupSessionsPanel.class)).as("only the tab's lists changed").isSameAs(panel);
        assertThat(panel.getElement().getTextRecursively()).contains("매주 수요일 오후 8:00", "온라인 참여", "논문 리뷰");
    }

    @Test
    void aMemberAnswersAndChecksInWhileTheSessionIsOnAndTheOwnerSeesBoth() {
        sessions.setSchedule(groupId, DayOfWeek.WEDNESDAY, LocalTime.of(20, 0), "강남역 스터디룸", "RAG", null);
        long tonight = sessions.overview(groupId).sessions().get(3).id();
        logIn(MEMBER);
        GroupSessionsPanel panel = open();
        assertThat(panel.schedule).as("members do not set the schedule").isNull();
        _click(_get(Button.class, spec -> spec.withId("rsvp-" + tonight + "-GOING")));
        assertThat(sessions.overview(groupId).sessions().get(3).answers()).containsEntry(memberId,
                app.waypoint.group.domain.Rsvp.GOING);
        assertThat(_get(GroupSessionsPanel.class)).isSameAs(panel);
        assertThat(cardText(tonight)).contains("참석 1 · 미정 0 · 불참 0", "참석: ");
        _assertNone(Button.class, spec -> spec.withId("check-in-" + tonight));

        clock.set(Instant.parse("2026-03-04T11:30:00Z")); // 20:30 in Seoul
        panel = open();
        _click(_get(Button.class, spec -> spec.withId("check-in-" + tonight)));
        assertThat(cardText(tonight)).contains("출석 체크 완료");
        _assertNone(Button.class, spec -> spec.withId("check-in-" + tonight));

        logIn(OWNER);
        open();
        assertThat(_get(com.vaadin.flow.component.select.Select.class,
                spec -> spec.withId("attendance-" + tonight + "-" + memberId)).getValue()).isEqualTo(Attendance.PRESENT);
        assertThat(cardText(tonight)).contains("참석 1");
    }

    @Test
    void theHouseRuleFormValidatesAndTheOwnerSettlesAfterConfirming() {
        GroupSessionsPanel panel = open();
        HouseRuleForm form = panel.houseRule;
        _setValue(form.allowedAbsences, 40);
        _setValue(form.fineWon, 5000);
        _click(form.save);
        assertThat(form.allowedAbsences.getErrorMessage()).isEqualTo("0에서 31 사이의 숫자를 입력하세요.");
        _setValue(form.allowedAbsences, 0);
        _click(form.save);
        long missed = sessions.addSession(groupId, LocalDate.of(2026, 3, 2), "RAG");
        sessions.mark(groupId, missed, memberId, Attendance.ABSENT);
        panel = open();
        assertThat(panel.getElement().getTextRecursively()).contains("이번 달 결석 1회 · 미납 5,000원");

        _click(_get(Button.class, spec -> spec.withId("settle-" + memberId)));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(sessions.overview(groupId).tallies().get(1).owed()).as("nothing before confirming").isEqualTo(5000);
        ComponentUtil.fireEvent(confirm, new ConfirmDialog.ConfirmEvent(confirm, true));
        SessionsOverview.Tally tally = sessions.overview(groupId).tallies().get(1);
        assertThat(tally.settled()).isEqualTo(5000);
        assertThat(panel.getElement().getTextRecursively()).contains("이번 달 결석 1회 · 미납 0원");
        _assertNone(Button.class, spec -> spec.withId("settle-" + memberId));
    }

    @Test
    void deletingASessionAsksFirst() {
        sessions.addSession(groupId, LocalDate.of(2026, 3, 11), "벡터 DB");
        open();
        _click(_get(Button.class, spec -> spec.withText("삭제")));
        assertThat(sessions.overview(groupId).sessions()).as("not before confirming").hasSize(1);
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        ComponentUtil.fireEvent(confirm, new ConfirmDialog.ConfirmEvent(confirm, true));
        assertThat(sessions.overview(groupId).sessions()).isEmpty();
    }

    @Test
    void aSessionsDetailsAreEditedInADialogThatKeepsTheTextOnAConflict() {
        long session = sessions.addSession(groupId, LocalDate.of(2026, 3, 11), "벡터 DB");
        open();
        _click(_get(Button.class, spec -> spec.withId("edit-session-" + session)));
        SessionDetailsDialog dialog = _get(SessionDetailsDialog.class);
        _setValue(dialog.agenda, "1. 발표\n2. 토론");
        _setValue(dialog.startsAt, LocalTime.of(19, 30));
        // another admin saves first
        sessions.describeSession(groupId, session, "벡터 DB 비교", null, null, null, 0);
        _click(dialog.save);
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.agenda.getValue()).isEqualTo("1. 발표\n2. 토론");
        _click(dialog.save);
        assertThat(sessions.overview(groupId).sessions().get(0).agenda()).isEqualTo("1. 발표\n2. 토론");
        assertThat(cardText(session)).contains("오후 7:30", "2. 토론");
    }

    private String cardText(long sessionId) {
        return _find(SessionCard.class).stream().filter(card -> card.sessionId() == sessionId).findFirst()
                .orElseThrow().getElement().getTextRecursively();
    }

    private GroupSessionsPanel open() {
        openBrowser(Locale.KOREAN);
        UI.getCurrent().navigate(GroupView.class, new RouteParameters("id", String.valueOf(groupId)));
        _get(GroupView.class).tabs.setSelectedIndex(2);
        return _get(GroupSessionsPanel.class);
    }

    private void logIn(String email) {
        accounts.logIn(email, AccountFixtures.PASSWORD);
    }
}
