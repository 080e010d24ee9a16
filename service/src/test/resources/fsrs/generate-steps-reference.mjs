// Regenerates steps-reference.csv, the reference results of FSRS-6 with learning steps that
// ReviewSchedulerReferenceTest replays through ReviewScheduler.
//
// The reference is the npm package ts-fsrs 5.4.2 (FSRS-6, 21 weights), driven through its scheduler:
// fsrs({ request_retention, enable_fuzz: false, enable_short_term: true }) with the default learning steps
// (1m, 10m) and relearning steps (10m), each review being scheduler.next(card, now, grade) on the card the
// previous review returned, starting from createEmptyCard(t0). Install it outside the repository and point
// this script at that folder; the build itself never needs npm:
//
//   mkdir -p /tmp/fsrs-ref && (cd /tmp/fsrs-ref && npm init -y && npm install ts-fsrs@5.4.2)
//   node service/src/test/resources/fsrs/generate-steps-reference.mjs /tmp/fsrs-ref
//
// The histories come from a small seeded generator, so the same ts-fsrs version writes the same file. All
// times are UTC and whole minutes. Each history has its own desired retention (0.9, 0.8 or 0.95) and reviews
// a card in steps when its step is due, 1, 6, 10 or 15 minutes after the previous review, a few minutes or
// hours late (sometimes across midnight) or on a later day; a card in review on the same day, early, about
// on schedule, late or very late (up to about four years); with grades that include lapses.
//
// Elapsed days: ts-fsrs 5.4.2's scheduler takes them from dateDiffInDays(last_review, now), the difference
// between the two UTC calendar dates (not whole 24-hour periods), and 0 for a new card. That is exactly
// ChronoUnit.DAYS.between of the two UTC dates in Java, whatever the times of day; this script checks that it
// is what ts-fsrs used (its review log's elapsed_days) and writes it into the file.
//
// File format: lines starting with '#' are comments, except '#version,…' (the ts-fsrs version),
// '#weights,…' (its default weights), '#learningSteps,…' and '#relearningSteps,…' (its steps, in minutes).
// Every other line is one review:
//   history,index,retention,reviewedAt,elapsedDays,stateBefore,stepBefore,grade,
//   state,step,stability,difficulty,scheduledDays,scheduledMinutes
// where index 0 is the first review of a history, retention is the history's desired retention, reviewedAt
// is the review time (ISO-8601 UTC, whole minutes), states are ts-fsrs's numbers (0 New, 1 Learning,
// 2 Review, 3 Relearning), steps are its learning_steps, the grade is 1 (Again) to 4 (Easy), and after the
// review come the state, the step, stability and difficulty, scheduled_days, and the minutes until the card
// is due when it is in a step (0 when it waits days).

import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const EXPECTED_VERSION = 'v5.4.2 using FSRS-6.0';
const HISTORIES = 2400;
const SEED = 20261214;
const RETENTIONS = [0.9, 0.8, 0.95];
const MAX_GAP = 1500; // days: about four years
const MINUTE = 60 * 1000;
const DAY = 24 * 60 * MINUTE;

const packageDir = process.argv[2];
if (!packageDir) {
    console.error('usage: node generate-steps-reference.mjs <folder where ts-fsrs@5.4.2 is installed>');
    process.exit(2);
}
const tsFsrs = createRequire(join(packageDir, 'package.json'))('ts-fsrs');
if (tsFsrs.FSRSVersion !== EXPECTED_VERSION) {
    console.error(`expected ts-fsrs ${EXPECTED_VERSION}, found ${tsFsrs.FSRSVersion}`);
    process.exit(1);
}
const { State } = tsFsrs;

const schedulers = RETENTIONS.map(r =>
    tsFsrs.fsrs({ request_retention: r, enable_fuzz: false, enable_short_term: true }));
const reference = schedulers[0].parameters;
const toMinutes = steps => steps.map(tsFsrs.ConvertStepUnitToMinutes);

// mulberry32: a tiny deterministic PRNG, so the histories do not depend on Math.random.
let seedState = SEED >>> 0;
function random() {
    seedState = (seedState + 0x6D2B79F5) >>> 0;
    let t = seedState;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const between = (min, max) => min + Math.floor(random() * (max - min + 1));
function pick(weights) {
    const total = weights.reduce((a, b) => a + b, 0);
    let x = random() * total;
    for (let i = 0; i < weights.length; i++) {
        x -= weights[i];
        if (x < 0) return i;
    }
    return weights.length - 1;
}

// Grade weights (Again, Hard, Good, Easy), then the weights of when a card in steps is reviewed (when due,
// 1/6/10/15 minutes after the previous review, minutes late, hours late, a later day) and of when a card in
// review is (same day, early, about on schedule, late, very late).
const PROFILES = [
    { name: 'typical', grades: [12, 15, 58, 15], steps: [45, 15, 15, 10, 15], review: [5, 10, 65, 10, 10] },
    { name: 'struggling', grades: [40, 30, 25, 5], steps: [35, 20, 15, 10, 20], review: [10, 15, 50, 15, 10] },
    { name: 'easy streak', grades: [2, 3, 25, 70], steps: [50, 10, 15, 5, 20], review: [5, 5, 80, 5, 5] },
    { name: 'same-day drill', grades: [35, 20, 30, 15], steps: [30, 40, 15, 10, 5], review: [50, 20, 20, 5, 5] },
    { name: 'long gaps', grades: [30, 15, 40, 15], steps: [15, 10, 15, 20, 40], review: [5, 10, 25, 25, 35] },
    { name: 'anything', grades: [25, 25, 25, 25], steps: [20, 20, 20, 20, 20], review: [20, 20, 20, 20, 20] },
    { name: 'again and again', grades: [70, 10, 15, 5], steps: [40, 20, 20, 10, 10], review: [10, 10, 60, 10, 10] },
];
const STEP_OFFSETS = [1, 6, 10, 15]; // minutes: the steps' waits, and Hard's 15 in relearning

/** A random minute of a day, near midnight one time in four, so that minutes-long waits cross it. */
function minuteOfDay() {
    return random() < 0.25 ? (random() < 0.5 ? between(1400, 1439) : between(0, 20)) : between(0, 1439);
}

/** The start of the UTC day {@code days} after the one of {@code time}, at a random minute. */
function dayLater(time, days) {
    return Math.floor(time / DAY) * DAY + days * DAY + minuteOfDay() * MINUTE;
}

function nextReviewTime(profile, card, last) {
    const due = card.due.getTime();
    if (card.state === State.Learning || card.state === State.Relearning) {
        switch (pick(profile.steps)) {
            case 0: return due;
            case 1: return last + STEP_OFFSETS[between(0, STEP_OFFSETS.length - 1)] * MINUTE;
            case 2: return due + between(1, 20) * MINUTE;
            case 3: return due + between(60, 720) * MINUTE;
            default: return dayLater(last, random() < 0.7 ? between(1, 3) : between(4, 60));
        }
    }
    const interval = card.scheduled_days;
    switch (pick(profile.review)) {
        case 0: return last + between(1, 600) * MINUTE; // same day, or the next one past midnight
        case 1: return dayLater(last, between(1, Math.max(1, interval - 1)));
        case 2: return dayLater(last, Math.min(MAX_GAP, Math.max(1, Math.round(interval * (0.8 + random() * 0.5)))));
        case 3: return dayLater(last, Math.min(MAX_GAP, Math.max(1, Math.round(interval * (1.5 + random() * 2.5)))));
        default: return dayLater(last, random() < 0.7 ? between(30, 400) : between(400, MAX_GAP));
    }
}

/** Whole days between the UTC dates of two times, as Java's ChronoUnit.DAYS between LocalDates. */
const utcDays = (from, to) => Math.floor(to / DAY) - Math.floor(from / DAY);
const iso = time => new Date(time).toISOString().slice(0, 19) + 'Z';
const inSteps = state => state === State.Learning || state === State.Relearning;

function check(condition, message) {
    if (!condition) {
        console.error(message);
        process.exit(1);
    }
}

check(reference.enable_fuzz === false && reference.enable_short_term === true, 'unexpected ts-fsrs options');
const lines = [
    '# FSRS-6 with learning steps, reference results from ts-fsrs; regenerate with generate-steps-reference.mjs'
    + ' (see its header).',
    `#version,${tsFsrs.FSRSVersion}`,
    `#weights,${reference.w.join(',')}`,
    `#learningSteps,${toMinutes(reference.learning_steps).join(',')}`,
    `#relearningSteps,${toMinutes(reference.relearning_steps).join(',')}`,
    '# history,index,retention,reviewedAt,elapsedDays,stateBefore,stepBefore,grade,'
    + 'state,step,stability,difficulty,scheduledDays,scheduledMinutes',
];
let reviews = 0;
for (let history = 0; history < HISTORIES; history++) {
    const profile = PROFILES[history % PROFILES.length];
    const which = between(0, RETENTIONS.length - 1);
    const scheduler = schedulers[which];
    const length = 1 + pick([10, 30, 30, 20, 10]) * 6 + between(0, 5); // 1 to 30 reviews
    const t0 = Date.UTC(2025, 0, 1) + between(0, 364) * DAY + minuteOfDay() * MINUTE;
    let card = tsFsrs.createEmptyCard(new Date(t0));
    let last = t0;
    for (let index = 0; index < length; index++) {
        const now = index === 0 ? t0 + (random() < 0.5 ? 0 : between(1, 3 * 1440)) * MINUTE
            : nextReviewTime(profile, card, last);
        const grade = 1 + pick(profile.grades);
        const { card: next, log } = scheduler.next(card, new Date(now), grade);
        const elapsed = index === 0 ? 0 : utcDays(last, now);
        check(log.elapsed_days === elapsed, `history ${history} review ${index}: ts-fsrs used ${log.elapsed_days}`
            + ` elapsed days, the UTC dates are ${elapsed} apart`);
        const wait = next.due.getTime() - now;
        const minutes = inSteps(next.state) ? wait / MINUTE : 0;
        check(inSteps(next.state) ? next.scheduled_days === 0 && Number.isInteger(minutes)
            : next.state === State.Review && wait === next.scheduled_days * DAY,
            `history ${history} review ${index}: due ${next.due.toISOString()} after ${iso(now)}`);
        lines.push([history, index, RETENTIONS[which], iso(now), elapsed, card.state, card.learning_steps, grade,
            next.state, next.learning_steps, next.stability, next.difficulty, next.scheduled_days, minutes].join(','));
        reviews++;
        card = next;
        last = now;
    }
}

const out = join(dirname(fileURLToPath(import.meta.url)), 'steps-reference.csv');
writeFileSync(out, lines.join('\n') + '\n');
console.log(`wrote ${HISTORIES} histories, ${reviews} reviews to ${out}`);
