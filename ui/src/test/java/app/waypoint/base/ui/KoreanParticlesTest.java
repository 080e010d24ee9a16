package app.waypoint.base.ui;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KoreanParticlesTest {

    @Test
    void hangulWordsTakeTheParticleTheirLastSyllableCallsFor() {
        assertThat(KoreanParticles.object("프로젝트")).isEqualTo("를");
        assertThat(KoreanParticles.object("학습 계획")).isEqualTo("을");
        assertThat(KoreanParticles.subject("단계")).isEqualTo("가");
        assertThat(KoreanParticles.topic("주제")).isEqualTo("는");
        assertThat(KoreanParticles.and("모델")).isEqualTo("과");
        assertThat(KoreanParticles.direction("진행 중")).isEqualTo("으로");
        assertThat(KoreanParticles.direction("할 일")).as("ㄹ takes 로").isEqualTo("로");
        assertThat(KoreanParticles.direction("완료")).isEqualTo("로");
    }

    @Test
    void digitsAcronymsAndLatinWordsAreReadAsKoreansSayThem() {
        assertThat(KoreanParticles.object("2025 H2")).isEqualTo("를");   // 에이치투
        assertThat(KoreanParticles.object("스터디 3")).isEqualTo("을");  // 삼
        assertThat(KoreanParticles.direction("v1")).isEqualTo("로");     // 일
        assertThat(KoreanParticles.object("RAG API")).isEqualTo("를");   // 에이피아이
        assertThat(KoreanParticles.object("LLM")).isEqualTo("을");       // 엘엘엠
        assertThat(KoreanParticles.object("FastAPI 챗봇")).isEqualTo("을");
        assertThat(KoreanParticles.object("Python")).isEqualTo("을");    // 파이썬
        assertThat(KoreanParticles.object("Docker")).isEqualTo("를");    // 도커
        assertThat(KoreanParticles.direction("Model")).isEqualTo("로");  // 모델
    }

    @Test
    void closingMarksAreSkippedAndAnythingElseReadsAsAVowel() {
        assertThat(KoreanParticles.object("“벡터 검색”")).isEqualTo("을");
        assertThat(KoreanParticles.object("(MLOps 입문)")).isEqualTo("을");
        assertThat(KoreanParticles.object("🚀")).isEqualTo("를");
        assertThat(KoreanParticles.object("")).isEqualTo("를");
        assertThat(KoreanParticles.object(null)).isEqualTo("를");
    }
}
