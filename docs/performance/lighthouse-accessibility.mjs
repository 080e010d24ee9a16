// Lighthouse's accessibility audit (mobile) of every main page of a running Waypoint, signed in, in light and dark
// mode, on Debian's chromium. Exits non-zero when a page scores below 100. Lighthouse and puppeteer-core are
// installed outside the repository and this script is pointed at that folder; the app itself never needs npm:
//
//   mkdir -p /tmp/lighthouse && (cd /tmp/lighthouse && npm init -y && npm install lighthouse@13.5.0 puppeteer-core)
//   node docs/performance/lighthouse-accessibility.mjs /tmp/lighthouse http://localhost:8080/
//
// It signs up an account (the first of an empty instance becomes its admin: use a throwaway instance), or logs in
// when it exists, and makes a project, an application and a group once so that the pages with an id exist.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

if (!process.argv[2]) {
  console.error('usage: node lighthouse-accessibility.mjs <folder with lighthouse and puppeteer-core> [base url]');
  process.exit(2);
}
const installed = createRequire(join(process.argv[2], 'package.json'));
const load = async name => (await import(pathToFileURL(installed.resolve(name)).href)).default;
const puppeteer = await load('puppeteer-core');
const lighthouse = await load('lighthouse');

const base = (process.argv[3] || 'http://localhost:8080/').replace(/\/?$/, '/');
const email = process.env.AUDIT_EMAIL || 'lighthouse@example.com';
const password = process.env.AUDIT_PASSWORD || 'lighthouse audit password 1';
const chromium = process.env.CHROMIUM || '/usr/bin/chromium';
const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));

const browser = await puppeteer.launch({
  executablePath: chromium, headless: true, args: ['--no-sandbox', '--disable-dev-shm-usage'],
  defaultViewport: { width: 412, height: 823 },
});
const page = await browser.newPage();

async function settle() {
  await page.waitForNetworkIdle({ idleTime: 500, timeout: 20000 }).catch(() => {});
}
async function go(path) {
  await page.goto(base + path, { waitUntil: 'networkidle0', timeout: 60000 });
  await settle();
}
async function type(selector, text) {
  await page.waitForSelector(selector, { timeout: 20000 });
  await page.click(selector, { clickCount: 3 });
  await page.type(selector, text);
}
async function click(selector) {
  await page.waitForSelector(selector, { timeout: 20000 });
  await page.click(selector);
  await settle();
}
async function idOn(path, pattern) {
  await page.waitForFunction(p => new RegExp(p).test(location.pathname), { timeout: 20000 }, pattern);
  return page.url().match(new RegExp(pattern))[1];
}
async function firstLink(path, pattern) {
  await go(path);
  return page.evaluate(p => {
    for (const link of document.querySelectorAll('a[href]')) {
      const found = link.getAttribute('href').match(new RegExp(p));
      if (found) return found[1];
    }
    return null;
  }, pattern);
}

let failed = false;
async function audit(name, path) {
  await go(path);
  const { lhr } = await lighthouse(base + path, {
    output: 'json', logLevel: 'error', onlyCategories: ['accessibility'], formFactor: 'mobile',
    throttlingMethod: 'provided', disableStorageReset: true,
  }, undefined, page);
  const category = lhr.categories.accessibility;
  const weighed = new Set(category.auditRefs.filter(ref => ref.weight > 0).map(ref => ref.id));
  const failing = Object.values(lhr.audits).filter(a => weighed.has(a.id) && a.score !== null && a.score < 1);
  const score = Math.round(category.score * 100);
  failed ||= score < 100;
  console.log(`${score}\t${name}\t${failing.map(a => a.id).join(', ')}`);
  for (const a of failing) {
    for (const item of (a.details?.items || []).slice(0, 5)) {
      console.log(`\t\t${a.id}: ${item.node?.selector}`);
    }
  }
}

await audit('log in', 'login');
await audit('sign up', 'signup');

// Signs up (the first account of an empty instance becomes its admin), or logs in when the account exists.
await go('signup');
await type('#signup-email input', email);
await type('#signup-display-name input', 'Lighthouse');
await type('#signup-password input', password);
await type('#signup-confirmation input', password);
await click('#signup-submit');
await sleep(2000);
if (new URL(page.url()).pathname.endsWith('signup')) {
  await go('login');
  await type("vaadin-login-form input[name='username']", email);
  await type("vaadin-login-form input[name='password']", password);
  await click('vaadin-login-form vaadin-button');
  await sleep(2000);
}
if (/\/(login|signup)$/.test(new URL(page.url()).pathname)) {
  // sign-ups are limited per address and hour, and an instance may take new people by invitation only
  console.error(`could not sign up or log in as ${email}: set AUDIT_EMAIL and AUDIT_PASSWORD to an existing account`);
  await browser.close();
  process.exit(2);
}

// The pages with an id need a project, an application and a group: made once, found again on later runs.
let project = await firstLink('projects', '^/?projects/(\\d+)');
if (!project) {
  await click('vaadin-button#template-api-model-serving');
  project = await idOn('projects', 'projects/(\\d+)');
}
let application = await firstLink('applications', '^/?applications/(\\d+)');
if (!application) {
  await click('#applications-add');
  await type('#application-company input', 'Naver');
  await type('#application-role input', 'AI backend developer');
  await click('#application-add');
  application = await idOn('applications', 'applications/(\\d+)');
}
let group = await firstLink('groups', '^/?groups/(\\d+)');
if (!group) {
  await type('.group-form vaadin-text-field input', 'Lighthouse study group');
  await click('.group-form vaadin-button[theme~="primary"]');
  group = await idOn('groups', 'groups/(\\d+)');
}

const pages = ['', 'roadmaps', 'roadmaps/ai-backend-2025h2', 'skills', 'projects', `projects/${project}`, 'interview',
  'interview/questions', 'interview/review', 'interview/review/stats', 'interview/problems', 'interview/stories',
  'interview/mocks', 'applications', `applications/${application}`, 'groups', `groups/${group}`, 'settings',
  'settings/data'];
const isDark = () => page.evaluate(() => (document.documentElement.getAttribute('theme') || '').includes('dark'));
for (const dark of [false, true]) {
  // the colour scheme is remembered on the account: switched with the toggle in the top bar
  await go('');
  if (dark !== await isDark()) {
    await click('#dark-mode-toggle');
    await sleep(1000);
  }
  console.log(dark ? '-- dark' : '-- light');
  for (const path of pages) {
    await audit('/' + path, path);
  }
}
await go('');
if (await isDark()) {
  await click('#dark-mode-toggle');
}
await browser.close();
process.exit(failed ? 1 : 0);
