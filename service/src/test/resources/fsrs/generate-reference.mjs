// Regenerates reference.csv, the FSRS-6 reference results that FsrsReferenceTest replays through Fsrs.
//
// The reference is the npm package ts-fsrs 5.4.2 (FSRS-6, 21 weights), driven through its FSRSAlgorithm
// (next_state and next_interval, no fuzz, default parameters). Install it outside the repository and
// point this script at that folder; the build itself never needs npm:
//
//   mkdir -p /tmp/fsrs-ref && (cd /tmp/fsrs-ref && npm init -y && npm install ts-fsrs@5.4.2)
//   node service/src/test/resources/fsrs/generate-reference.mjs /tmp/fsrs-ref
//
// The histories come from a small seeded generator, so the same ts-fsrs version writes the same file.
// Each history is a first review followed by reviews after 0 days (same day), a few days, about the
// scheduled interval, or long gaps of up to four years, with grades that include lapses.
//
// File format: lines starting with '#' are comments, except '#version,…' (the ts-fsrs version),
// '#weights,…' (its default weights) and '#retentions,…' (the desired retentions of the interval
// columns). Every other line is one review:
//   history,step,elapsedDays,grade,stability,difficulty,interval@retention1,interval@retention2,…
// where stability and difficulty are the memory state after the review, and step 0 is the first review.

import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const EXPECTED_VERSION = 'v5.4.2 using FSRS-6.0';
const HISTORIES = 3000;
const SEED = 20261201;
const RETENTIONS = [0.9, 0.8, 0.95];
const MAX_GAP = 1500; // days: about four years

const packageDir = process.argv[2];
if (!packageDir) {
    console.error('usage: node generate-reference.mjs <folder where ts-fsrs@5.4.2 is installed>');
    process.exit(2);
}
const tsFsrs = createRequire(join(packageDir, 'package.json'))('ts-fsrs');
if (tsFsrs.FSRSVersion !== EXPECTED_VERSION) {
    console.error(`expected ts-fsrs ${EXPECTED_VERSION}, found ${tsFsrs.FSRSVersion}`);
    process.exit(1);
}

const schedulers = RETENTIONS.map(r => new tsFsrs.FSRSAlgorithm({ request_retention: r, enable_fuzz: false }));
const reference = schedulers[0];

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

// Grade weights (Again, Hard, Good, Easy) and elapsed-day kinds (same day, short, on schedule, long gap).
const PROFILES = [
    { name: 'typical', grades: [12, 15, 58, 15], elapsed: [15, 15, 60, 10] },
    { name: 'struggling', grades: [40, 30, 25, 5], elapsed: [35, 35, 25, 5] },
    { name: 'easy streak', grades: [2, 3, 25, 70], elapsed: [5, 5, 85, 5] },
    { name: 'same-day drill', grades: [35, 20, 30, 15], elapsed: [70, 15, 10, 5] },
    { name: 'long gaps', grades: [30, 15, 40, 15], elapsed: [10, 10, 20, 60] },
    { name: 'anything', grades: [25, 25, 25, 25], elapsed: [25, 25, 25, 25] },
    { name: 'again and again', grades: [85, 5, 5, 5], elapsed: [85, 10, 5, 0] },
];

function elapsedDays(kind, interval) {
    switch (kind) {
        case 0: return 0;
        case 1: return between(1, 7);
        case 2: return Math.min(MAX_GAP, Math.max(1, Math.round(interval * (0.3 + random() * 1.7))));
        default: return random() < 0.8 ? between(30, 400) : between(400, MAX_GAP);
    }
}

const lines = [
    '# FSRS-6 reference results from ts-fsrs; regenerate with generate-reference.mjs (see its header).',
    `#version,${tsFsrs.FSRSVersion}`,
    `#weights,${reference.parameters.w.join(',')}`,
    `#retentions,${RETENTIONS.join(',')}`,
    '# history,step,elapsedDays,grade,stability,difficulty,' + RETENTIONS.map(r => `interval@${r}`).join(','),
];
let steps = 0;
for (let history = 0; history < HISTORIES; history++) {
    const profile = PROFILES[history % PROFILES.length];
    const length = 1 + pick([10, 30, 30, 20, 10]) * 8 + between(0, 7); // 1 to 40 reviews
    let state = null;
    let interval = 0;
    for (let step = 0; step < length; step++) {
        const elapsed = state === null ? 0 : elapsedDays(pick(profile.elapsed), interval);
        const grade = 1 + pick(profile.grades);
        state = reference.next_state(state, elapsed, grade);
        const intervals = schedulers.map(s => s.next_interval(state.stability, elapsed));
        interval = intervals[0];
        lines.push([history, step, elapsed, grade, state.stability, state.difficulty, ...intervals].join(','));
        steps++;
    }
}

const out = join(dirname(fileURLToPath(import.meta.url)), 'reference.csv');
writeFileSync(out, lines.join('\n') + '\n');
console.log(`wrote ${HISTORIES} histories, ${steps} reviews to ${out}`);
