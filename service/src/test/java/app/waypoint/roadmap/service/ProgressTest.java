package app.waypoint.roadmap.service;

import app.waypoint.roadmap.domain.ProgressStatus;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static app.waypoint.roadmap.domain.ProgressStatus.DONE;
import static app.waypoint.roadmap.domain.ProgressStatus.IN_PROGRESS;
import static app.waypoint.roadmap.domain.ProgressStatus.NOT_STARTED;
import static app.waypoint.roadmap.domain.ProgressStatus.SKIPPED;
import static org.assertj.core.api.Assertions.assertThat;

class ProgressTest {

    @Test
    void countsDoneTopicsOutOfTheTopicsThatCount() {
        Progress progress = Progress.of(List.of(DONE, IN_PROGRESS, NOT_STARTED, SKIPPED, DONE));

        assertThat(progress).isEqualTo(new Progress(2, 4, 5));
        assertThat(progress.percent()).isEqualTo(50);
        assertThat(progress.fraction()).isEqualTo(0.5);
    }

    @Test
    void inProgressAndNotStartedTopicsCountButAreNotDone() {
        assertThat(Progress.of(List.of(IN_PROGRESS, NOT_STARTED))).isEqualTo(new Progress(0, 2, 2));
        assertThat(Progress.of(List.of(IN_PROGRESS, NOT_STARTED)).percent()).isZero();
    }

    @Test
    void skippedTopicsLeaveTheDenominator() {
        assertThat(Progress.of(List.of(DONE, NOT_STARTED)).percent()).isEqualTo(50);
        assertThat(Progress.of(List.of(DONE, NOT_STARTED, SKIPPED, SKIPPED)).percent()).isEqualTo(50);
        assertThat(Progress.of(List.of(DONE, SKIPPED)).percent()).isEqualTo(100);
    }

    @Test
    void anEmptyStageIsAtZero() {
        assertThat(Progress.of(List.of())).isEqualTo(Progress.NONE);
        assertThat(Progress.NONE.percent()).isZero();
        assertThat(Progress.NONE.fraction()).isZero();
    }

    @Test
    void aStageWhoseTopicsWereAllSkippedIsComplete() {
        Progress progress = Progress.of(List.of(SKIPPED, SKIPPED, SKIPPED));

        assertThat(progress).isEqualTo(new Progress(0, 0, 3));
        assertThat(progress.percent()).isEqualTo(100);
        assertThat(progress.fraction()).isEqualTo(1.0);
    }

    @Test
    void allDoneIsAHundredPercent() {
        assertThat(Progress.of(List.of(DONE, DONE, DONE, DONE)).percent()).isEqualTo(100);
    }

    @Test
    void percentIsRoundedDownSoThatAHundredMeansReallyFinished() {
        assertThat(Progress.of(List.of(DONE, DONE, NOT_STARTED)).percent()).isEqualTo(66);
        assertThat(Progress.of(List.of(DONE, DONE, NOT_STARTED)).fraction()).isEqualTo(0.66);
        // 199 of 200 is 99.5 %: not finished, so not 100
        List<ProgressStatus> almost = new ArrayList<>(Collections.nCopies(199, DONE));
        almost.add(IN_PROGRESS);
        assertThat(Progress.of(almost).percent()).isEqualTo(99);
    }

    @Test
    void plusAddsStagesUpIntoTheOverallProgress() {
        Progress first = Progress.of(List.of(DONE, DONE, NOT_STARTED));   // 2 of 3
        Progress second = Progress.of(List.of(DONE, SKIPPED));            // 1 of 1, 2 in all
        Progress overall = Progress.NONE.plus(first).plus(second);

        assertThat(overall).isEqualTo(new Progress(3, 4, 5));
        assertThat(overall.percent()).isEqualTo(75);
        assertThat(first.plus(Progress.NONE)).isEqualTo(first);
    }

    @Test
    void plusOfAnEmptyAndAnAllSkippedStageIsComplete() {
        Progress overall = Progress.NONE.plus(Progress.of(List.of(SKIPPED)));

        assertThat(overall).isEqualTo(new Progress(0, 0, 1));
        assertThat(overall.percent()).isEqualTo(100);
    }
}
