// The public pages as a reader without JavaScript gets them: server-rendered HTML from the real
// API app (apps/web must be built: `npm run build -w @psp/web`), with real titles, status codes,
// compression and caching headers, and never anything unpublished.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { PrismaClient } from '@psp/db';
import type { TestApp } from './harness';
import { createTestApp } from './harness';
import {
  createMeeting,
  createRecommendation,
  draftResponse,
  findRecord,
  openDatabase,
  PANEL,
  signInTeam,
  uniqueWord,
  type Record_,
  type Team,
} from './fixtures';

const webDir = path.resolve(__dirname, '../../web');
const built = existsSync(path.join(webDir, 'dist/index.html')) && existsSync(path.join(webDir, 'dist-server/entry-server.cjs'));
if (!built) throw new Error('Build the web app first: npm run build -w @psp/web');

const titleOf = (html: string) => /<title>([^<]*)<\/title>/.exec(html)?.[1];
const stateOf = (html: string) => /<script id="app-state" type="application\/json">([\s\S]*?)<\/script>/.exec(html)?.[1];

describe('server-rendered public pages', () => {
  let t: TestApp;
  let prisma: PrismaClient;
  let team: Team;
  let record: Record_;
  let secret: string;
  let draftedRecommendationId: string;

  beforeAll(async () => {
    t = await createTestApp();
    prisma = openDatabase(t);
    team = await signInTeam(t);
    record = await findRecord(prisma);
    const meeting = await createMeeting(t, team.CLERK, { startsAt: '2040-01-10T10:00:00Z' });
    const recommendation = await createRecommendation(t, team.CLERK, { meetingId: meeting.id, citedVersionId: record.publishedPlanVersionId });
    draftedRecommendationId = recommendation.id;
    secret = uniqueWord('unpublished');
    await draftResponse(t, team.OPCC_OFFICER, recommendation.id, { text: `A draft answer mentioning ${secret}.`, outcome: 'ACCEPTED' });
  });

  afterAll(async () => {
    await prisma?.$disconnect();
    await t?.close();
  });

  const page = (url: string) => t.anonymous().get(url).set('Accept-Encoding', 'identity');

  it('renders the panel home with its own title, description, canonical link, content and hydration state', async () => {
    const response = await page(`/panels/${PANEL}`);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    const html = response.text;
    expect(titleOf(html)).toBe('Leicester, Leicestershire and Rutland Police and Crime Panel – Panel Scrutiny Portal');
    expect(html).toMatch(/<meta name="description" content="[^"]+">/);
    expect(html).toContain(`<link rel="canonical" href="http://127.0.0.1:`);
    expect(html).toContain('<h1 class="govuk-heading-l" tabindex="-1">Leicester, Leicestershire and Rutland Police and Crime Panel</h1>');
    expect(html).toContain(`href="/panels/${PANEL}/recommendations?status=`);
    expect(html).not.toContain('This service needs JavaScript');
    const state = stateOf(html);
    expect(state).toBeDefined();
    expect(state).not.toContain('</');
    const parsed = JSON.parse(state ?? '{}') as { queries: { queries: unknown[] } };
    expect(parsed.queries.queries.length).toBeGreaterThan(0);
    // The footer's statutory pages.
    for (const href of ['/accessibility', '/privacy', '/cookies']) expect(html).toContain(`href="${href}"`);
  });

  it('filters the tracker with a plain GET form', async () => {
    const all = await page(`/panels/${PANEL}/recommendations`);
    expect(all.status).toBe(200);
    expect(titleOf(all.text)).toBe('Recommendations – Panel Scrutiny Portal');
    const form = /<form class="app-filters"[^>]*>/.exec(all.text)?.[0] ?? '';
    expect(form).toContain('action="/panels/leicestershire/recommendations"');
    expect(form).toContain('method="get"');
    const filtered = await page(`/panels/${PANEL}/recommendations?status=AWAITING_RESPONSE&q=${encodeURIComponent('zz-no-such-words')}`);
    expect(filtered.status).toBe(200);
    expect(filtered.text).toContain('No recommendations match these filters');
    expect(filtered.text).toContain('value="zz-no-such-words"');
  });

  it('renders every kind of public page, each with its own title', async () => {
    const letters = (await t.anonymous().get(`/api/panels/${PANEL}/letters`)).body as { id: string }[];
    const history = (await t.anonymous().get(`/api/document-versions/${record.publishedPlanVersionId}`)).body as { provisions: { provisionKey: string }[] };
    const provisionKey = history.provisions[0]?.provisionKey;
    expect(letters.length).toBeGreaterThan(0);
    expect(provisionKey).toBeDefined();
    const urls = [
      `/recommendations/${record.seededRecommendationId}`,
      `/document-versions/${record.publishedPlanVersionId}`,
      `/document-versions/${record.publishedPlanVersionId}/changes`,
      `/provisions/${encodeURIComponent(provisionKey ?? '')}`,
      `/panels/${PANEL}/meetings`,
      `/meetings/${record.februaryMeetingId}`,
      `/panels/${PANEL}/letters`,
      `/letters/${record.seededLetterId}`,
      '/search?q=Prevent',
      '/accessibility',
      '/privacy',
      '/cookies',
    ];
    const titles = new Set<string>();
    for (const url of urls) {
      const response = await page(url);
      expect([url, response.status]).toEqual([url, 200]);
      const title = titleOf(response.text) ?? '';
      expect([url, title]).toEqual([url, expect.stringMatching(/ – Panel Scrutiny Portal$/)]);
      expect(response.text).toContain('<main class="govuk-main-wrapper" id="main-content"');
      expect(response.text).toMatch(/<h1[^>]*>[^<]+/);
      titles.add(title);
    }
    expect(titles.size).toBe(urls.length);
  });

  it('searches without JavaScript: a reference goes straight to its page, misspellings are corrected, filters are a GET form', async () => {
    const direct = await page(`/search?q=recommendation+12&panel=${PANEL}`);
    expect(direct.status).toBe(302);
    expect(direct.headers.location).toBe('/recommendations/llr-rec-12');
    const misspelt = await page(`/search?q=rual+crime&panel=${PANEL}`);
    expect(misspelt.status).toBe(200);
    // React parts adjacent text with empty comments.
    expect(misspelt.text.replace(/<!-- -->/g, '')).toContain('No results for “rual crime”');
    expect(misspelt.text).toMatch(/<mark>rural<\/mark>/i);
    const filtered = await page(`/search?q=crime&panel=${PANEL}&kind=recommendation`);
    expect(filtered.text).toMatch(/<form[^>]*action="\/search" method="get"/);
    expect(filtered.text).toMatch(/id="search-kind-recommendation"[^>]*checked/);
    expect(filtered.text).toMatch(/>Recommendation<\/span>/);
    expect(filtered.text).not.toMatch(/>Plan or report paragraph<\/span>/);
    const badDate = await page(`/search?q=crime&from=31-03-2017`);
    expect(badDate.text).toContain('There is a problem');
    expect(badDate.text).toContain('Enter a date as YYYY-MM-DD');
  });

  it('says, without JavaScript, what of the record is reconstructed, who linked each citation, and what each outcome rests on', async () => {
    // React separates adjacent text with empty comments; the reader sees one sentence.
    const read = async (url: string) => (await page(url)).text.replace(/<!-- -->/g, '');
    const warning = 'Published plan (reconstructed) is partly a reconstruction, not the document itself.';
    const why = 'says which paragraphs changed and why, but not their final wording';
    const plan = await read(`/document-versions/${record.publishedPlanVersionId}`);
    expect(plan).toContain(warning);
    expect(plan).toContain(why);
    expect(plan).toContain('Reconstructed wording');
    expect(plan).toContain('Published 23 March 2017');
    expect(plan).not.toMatch(/Published<\/strong>\s*<span[^>]*>Published/);
    // The budget table is shown once, as a table; each section once in the contents.
    const main = plan.slice(plan.indexOf('<main'), plan.indexOf('</main>'));
    expect(main.match(/Net Budget Requirement 2017\/18/g)).toHaveLength(1);
    const contents = /<nav aria-labelledby="contents-heading"[\s\S]*?<\/nav>/.exec(plan)?.[0] ?? '';
    expect(contents.match(/>Vulnerability Protection</g)).toHaveLength(1);
    // The draft is the document itself: no warning.
    const draft = await read(`/document-versions/${record.draftPlanVersionId}`);
    expect(draft).not.toContain('partly a reconstruction');
    expect(draft).not.toContain('Reconstructed wording');

    const changes = await read(`/document-versions/${record.publishedPlanVersionId}/changes`);
    expect(changes).toContain(warning);
    expect(changes).toContain('Reconstructed wording');
    // Each attribution with the letter's words it rests on.
    expect(changes).toContain('In response to your comments I have revised the Plan slightly in this regard. Please see Para 32.');
    const para32 = (await prisma.provision.findFirstOrThrow({ where: { versionId: record.publishedPlanVersionId, number: '32' } })).provisionKey;
    const paragraph = await read(`/provisions/${encodeURIComponent(para32)}`);
    expect(paragraph).toContain(warning);
    expect(paragraph).toContain('Reconstructed wording');
    expect(paragraph).not.toContain('>Published</strong>');

    const seven = await prisma.recommendation.findFirstOrThrow({ where: { panelId: record.panelId, number: 7 } });
    const sevenPage = await read(`/recommendations/${seven.id}`);
    expect(sevenPage).toContain('Outcome recorded as already addressed because: “Reference to the Prevent Strategy can be found at para 57');
    expect(sevenPage).toContain('The response cites “para 57” of Published plan (reconstructed); it is not linked to a paragraph.');
    const two = await prisma.recommendation.findFirstOrThrow({ where: { panelId: record.panelId, number: 2 } });
    expect(await read(`/recommendations/${two.id}`)).toContain('(linked by the clerk)');
    const eight = await prisma.recommendation.findFirstOrThrow({ where: { panelId: record.panelId, number: 8 } });
    const eightPage = await read(`/recommendations/${eight.id}`);
    expect(eightPage).toContain('In response to your comments I have revised the Plan slightly in this regard. Please see Para 32.');
    expect(eightPage).toContain('Reconstructed wording');
    expect(eightPage).toContain('is partly a reconstruction, not the document itself.');
    // The letter's promises, in its words, on the page of the recommendation they answer.
    const report101 = await prisma.commitment.findFirstOrThrow({ where: { words: { contains: '101 service' } }, include: { response: true } });
    const promised = await read(`/recommendations/${report101.response.recommendationId}`);
    expect(promised).toContain('Commitment made in this response');
    expect(promised).toContain('“I agreed to submit a report to the Panel on the 101 service”');
    expect(promised).toContain('No date given in the response');
    const tracker = await read(`/panels/${PANEL}/recommendations`);
    expect(tracker).toContain('(linked by the clerk)');

    // The December 2016 minutes are illustrative: the meeting page says so above them.
    const december = await read('/meetings/llr-meeting-2016-12-07');
    expect(december).toContain('is partly a reconstruction, not the document itself.');
    expect(december).toContain('Reconstructed wording');
    expect(december).toContain('About this record of the meeting:');
    expect(december).toContain('The day, time, title, location, agenda and minutes shown are illustrative.');

    const letter = await read(`/letters/${record.seededLetterId}`);
    expect(letter).toContain('Dear Jre, [sic]');
    expect(letter).toMatch(/href="\/api\/letters\/[^"]+\/letter\.docx"/);
    expect(letter).toMatch(/href="\/api\/letters\/[^"]+\/letter\.pdf"/);
    expect(letter).toContain('About this copy of the letter:');
    expect(letter).toContain('is not printed on the letter and is supplied here');
    expect(letter).toContain('Yours truly,');
    expect(letter).not.toContain('Yours sincerely,');
  });

  it('answers 404 for unknown pages and unknown or unpublished records', async () => {
    for (const url of ['/no-such-page', '/recommendations/no-such-id', '/meetings/no-such-id', '/document-versions/no-such-id', '/letters/no-such-id']) {
      const response = await page(url);
      expect([url, response.status]).toEqual([url, 404]);
      expect(titleOf(response.text)).toBe('Page not found – Panel Scrutiny Portal');
      expect(response.text).toContain('Page not found');
    }
  });

  it('never puts a draft into the HTML an anonymous visitor gets, and keeps a signed-in render private', async () => {
    const anonymous = await page(`/recommendations/${draftedRecommendationId}`);
    expect(anonymous.status).toBe(200);
    expect(anonymous.text).not.toContain(secret);
    expect(anonymous.headers['cache-control']).toBe('public, max-age=0, must-revalidate');
    expect(anonymous.headers.vary).toMatch(/Cookie/);

    const signedIn = await team.OPCC_OFFICER.agent.get(`/recommendations/${draftedRecommendationId}`).set('Accept-Encoding', 'identity');
    expect(signedIn.status).toBe(200);
    expect(signedIn.headers['cache-control']).toBe('private, no-store');

    const sitemap = await t.anonymous().get('/sitemap.xml');
    expect(sitemap.status).toBe(200);
    expect(sitemap.text).toContain(`/recommendations/${record.seededRecommendationId}</loc>`);
    const versionIds = [...sitemap.text.matchAll(/\/document-versions\/([^/<]+)<\/loc>/g)].map((match) => decodeURIComponent(match[1] ?? ''));
    expect(versionIds).toContain(record.publishedPlanVersionId);
    const versions = await prisma.documentVersion.findMany({ where: { id: { in: versionIds } }, select: { status: true } });
    expect(versions).toHaveLength(versionIds.length);
    expect(versions.every((version) => version.status === 'PUBLISHED')).toBe(true);
  });

  it('revalidates anonymous pages with their ETag', async () => {
    const first = await page(`/panels/${PANEL}/meetings`);
    const etag = first.headers.etag;
    expect(etag).toMatch(/^W\//);
    const again = await page(`/panels/${PANEL}/meetings`).set('If-None-Match', etag ?? '');
    expect(again.status).toBe(304);
  });

  it('compresses pages and JSON with brotli or gzip, and serves precompressed, immutable assets', async () => {
    // supertest decodes the body; the header says how it travelled.
    const html = await t.anonymous().get(`/panels/${PANEL}`).set('Accept-Encoding', 'br');
    expect(html.headers['content-encoding']).toBe('br');
    expect(html.headers.vary).toMatch(/Accept-Encoding/);
    expect(html.text).toContain('<h1');
    expect(Number(html.headers['content-length'])).toBeLessThan(html.text.length / 3);

    const json = await t.anonymous().get(`/api/panels/${PANEL}/recommendations`).set('Accept-Encoding', 'gzip');
    expect(json.status).toBe(200);
    expect(json.headers['content-encoding']).toBe('gzip');
    expect(Array.isArray(json.body)).toBe(true);

    const script = readdirSync(path.join(webDir, 'dist/assets')).find((file) => file.endsWith('.js'));
    expect(script).toBeDefined();
    const asset = await t
      .anonymous()
      .get(`/assets/${script}`)
      .set('Accept-Encoding', 'br, gzip')
      .buffer(true)
      .parse((res, done) => {
        res.on('data', () => undefined);
        res.on('end', () => done(null, null));
      });
    expect(asset.status).toBe(200);
    expect(asset.headers['content-encoding']).toBe('br');
    expect(asset.headers['content-type']).toMatch(/javascript/);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('serves a real robots.txt and the shell for the staff pages', async () => {
    const robots = await t.anonymous().get('/robots.txt');
    expect(robots.status).toBe(200);
    expect(robots.headers['content-type']).toMatch(/^text\/plain/);
    expect(robots.text).toMatch(/^User-agent: \*/);
    expect(robots.text).toMatch(/Sitemap: http:\/\/127\.0\.0\.1:\d+\/sitemap\.xml/);

    const workspace = await page('/workspace');
    expect(workspace.status).toBe(200);
    expect(workspace.text).toContain('<div id="root">');
    expect(stateOf(workspace.text)).toBeUndefined();
  });
});
