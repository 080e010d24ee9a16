package app.waypoint.application.service;

import app.waypoint.MutableClock;
import app.waypoint.TestDatabase;
import app.waypoint.account.service.AccountFixtures;
import app.waypoint.application.domain.ApplicationOutcome;
import app.waypoint.application.domain.ApplicationSource;
import app.waypoint.application.domain.CompanyType;
import app.waypoint.base.service.InvalidInputException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
class ApplicationCsvServiceTest {

    @Autowired ApplicationCsvService csv;
    @Autowired ApplicationService applications;
    @Autowired AccountFixtures accounts;
    @Autowired TestDatabase database;
    @Autowired MutableClock clock;

    @BeforeEach
    void signedIn() {
        database.reset();
        clock.set(Instant.parse("2026-03-02T00:30:00Z"));
        accounts.signUpAndLogIn("csv@example.com");
    }

    @AfterEach
    void logOut() {
        AccountFixtures.logOut();
    }

    @Test
    void exportingImportingIntoAnEmptyAccountAndExportingAgainGivesTheSameFile() {
        long naver = applications.add(new ApplicationDraft("Naver", "AI backend", "https://recruit.navercorp.com/1",
                CompanyType.LARGE, ApplicationSource.WANTED, "Seongnam", "6,000만원", LocalDate.of(2026, 3, 20),
                LocalDate.of(2026, 3, 3), LocalDate.of(2026, 3, 17), "v3", "Line one\nLine \"two\", with a comma",
                "llm, serving", List.of(new ContactDraft("Kim", "Recruiter", "kim@navercorp.com")),
                Set.of("python", "fastapi")), null);
        List<StageView> stages = applications.board().stages();
        clock.advance(Duration.ofDays(2));
        applications.move(naver, stages.get(1).id(), version(naver));
        clock.advance(Duration.ofDays(9));
        applications.close(naver, ApplicationOutcome.REJECTED, version(naver));
        clock.advance(Duration.ofDays(1));
        applications.reopen(naver, version(naver));
        applications.add(ApplicationDraft.of("=HYPERLINK(\"http://evil\")", "@SUM(A1)"), stages.get(3).id());
        byte[] first = csv.export();

        AccountFixtures.logOut();
        accounts.signUpAndLogIn("copy@example.com");
        clock.advance(Duration.ofDays(30));
        assertThat(csv.preview(first).rows()).allSatisfy(row -> assertThat(row.problems()).isEmpty());
        assertThat(csv.importFile(first)).isEqualTo(2);

        assertThat(new String(csv.export(), StandardCharsets.UTF_8)).isEqualTo(new String(first, StandardCharsets.UTF_8));
        ApplicationCard copied = applications.board().applications().stream()
                .filter(card -> card.company().equals("Naver")).findFirst().orElseThrow();
        assertThat(applications.application(copied.id()).history()).hasSize(4);
    }

    @Test
    void cellsASpreadsheetWouldRunAsFormulasAreEscaped() {
        applications.add(ApplicationDraft.of("=cmd|' /C calc'!A0", "+1"), null);
        String file = new String(csv.export(), StandardCharsets.UTF_8);

        assertThat(file).contains("'=cmd|' /C calc'!A0", "'+1").doesNotContain(",=cmd");
    }

    @Test
    void aSpreadsheetFromAnotherTrackerIsReadByItsKoreanHeadersAndPreviewedRowByRow() {
        String sheet = """
                회사,직무,단계,지원일,출처,URL,메모,연봉,태그
                카카오,ML 엔지니어,지원,2026.2.27,원티드,https://careers.kakao.com/1,추천 받음,,ml
                ,백엔드,관심,,,,,,
                토스,서버,최종 면접,2026-13-01,사람인,,,,
                """;
        CsvPreview preview = csv.preview(sheet.getBytes(StandardCharsets.UTF_8));

        assertThat(preview.fileProblem()).isNull();
        assertThat(preview.rows()).extracting(CsvPreview.Row::line).containsExactly(2L, 3L, 4L);
        assertThat(preview.rows().get(0).problems()).isEmpty();
        assertThat(preview.rows().get(1).problems()).containsExactly("application.company.required");
        assertThat(preview.rows().get(2).problems()).containsExactly("application.csv.date.bad");
        assertThat(applications.board().applications()).as("a preview saves nothing").isEmpty();

        assertThat(csv.importFile(sheet.getBytes(StandardCharsets.UTF_8))).isEqualTo(1);
        ApplicationCard kakao = applications.board().applications().getFirst();
        assertThat(kakao.stageName()).isEqualTo("지원");
        assertThat(kakao.appliedOn()).isEqualTo(LocalDate.of(2026, 2, 27));
        assertThat(kakao.source()).isEqualTo(ApplicationSource.WANTED);
    }

    @Test
    void aFileSavedInTheKoreanWindowsEncodingIsReadToo() {
        byte[] sheet = "Company,Role\n삼성전자,AI 연구\n".getBytes(Charset.forName("x-windows-949"));
        assertThat(csv.importFile(sheet)).isEqualTo(1);
        assertThat(applications.board().applications().getFirst().company()).isEqualTo("삼성전자");
    }

    @Test
    void aRefusedFileImportsNothingAndSaysWhy() {
        assertThat(csv.preview(new byte[0]).fileProblem()).isEqualTo("application.csv.empty");
        assertThat(csv.preview("Role,Stage\nBackend,지원\n".getBytes(StandardCharsets.UTF_8)).fileProblem())
                .isEqualTo("application.csv.no-company");
        assertThat(csv.preview(new byte[ApplicationCsvService.MAX_BYTES + 1]).fileProblem())
                .isEqualTo("application.csv.too-big");
        assertThat(csv.preview(new byte[]{(byte) 0xFF, (byte) 0xFE, 0x00, (byte) 0x81}).fileProblem())
                .isEqualTo("application.csv.encoding");
        assertThat(csv.preview("Company,Role\n\"Naver,Backend\n".getBytes(StandardCharsets.UTF_8)).fileProblem())
                .isEqualTo("application.csv.unreadable");
        StringBuilder huge = new StringBuilder("Company,Role\n");
        for (int i = 0; i <= ApplicationCsvService.MAX_ROWS; i++) {
            huge.append("C").append(i).append(",R\n");
        }
        assertThatThrownBy(() -> csv.importFile(huge.toString().getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidInputException.class);
        assertThat(applications.board().applications()).isEmpty();
    }

    private long version(long id) {
        return applications.application(id).card().version();
    }
}
