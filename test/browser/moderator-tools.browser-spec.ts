import { expect } from './helpers/expect';
import { seriousViolations } from './helpers/axe';
import {
  argumentCard,
  BrowserApp,
  shoot,
  startOnSampleThread,
} from './helpers/browser-app';
import { post } from '../helpers/debate';
import { REPORT } from '../helpers/moderation';
import { errorOf, expectOk } from '../helpers/test-app';
import { signUpUser, TestUser } from '../helpers/users';
import { Role } from '../../src/common/auth/role.enum';

/** The person view, bulk actions and held-edit diffs, as a moderator uses them. */
describe('Moderator tools in the browser', () => {
  let b: BrowserApp;
  let threadId: string;
  beforeAll(async () => ({ b, threadId } = await startOnSampleThread()));
  afterAll(() => b.close());

  const report = async (who: TestUser, argumentId: string, reason: string) =>
    expectOk(await b.t.gql(REPORT, { input: { argumentId, reason } }, who.token));

  /** A moderator signed in through the page, in a profile where axe can run. */
  const moderatorPage = () => b.signedInPage(Role.MODERATOR, { bypassCSP: true });

  it('a moderator finds a person by name, reads their record, adds a note, warns them and follows the link to their queue items', async () => {
    const person = await signUpUser(b.t, { username: `harriet_${Date.now().toString(36)}` });
    const reporter = await signUpUser(b.t);
    const text = 'People who ride bikes are all idiots, frankly.';
    const argumentId = await post(b.t, person, { threadId, side: 'CON', body: text });
    await report(reporter, argumentId, 'HARASSMENT');

    const { page } = await moderatorPage();
    await page.locator('header').getByRole('link', { name: 'People' }).click();
    await page.getByLabel('Username or e-mail address starts with').fill(person.username.slice(0, 9));
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByRole('list', { name: 'People found' }).getByRole('link', { name: person.username }).click();

    await page.getByRole('heading', { level: 1, name: person.username }).waitFor();
    await page.getByText('Received 1: 1 open, 0 upheld').waitFor();
    await page.getByText('Published: 1').waitFor();
    expect(await page.getByText('Not suspended').count()).toBe(1);

    // A blank note is refused at its field; a real one appears with its author.
    const noteField = page.getByLabel('New note (moderators only)');
    await noteField.fill('   ');
    await page.getByRole('button', { name: 'Add note' }).click();
    await noteField.and(page.locator('[aria-invalid="true"]')).waitFor();
    await noteField.fill('Third heated post this week; talked to them in chat.');
    await page.getByRole('button', { name: 'Add note' }).click();
    await page.getByText('Note added.').waitFor();
    await page.locator('ul.notes').getByText('Third heated post this week').waitFor();
    expect(await noteField.inputValue()).toBe('');

    // A warning from the same page shows in their warnings and their history.
    const sanctions = page.getByRole('form', { name: 'Sanctions' });
    await sanctions.getByLabel('Reason').fill('Attack arguments, not people.');
    await sanctions.getByRole('button', { name: 'Warn' }).click();
    await sanctions.getByText('Warned.').waitFor();
    await page.getByRole('region', { name: 'Warnings' }).getByText('Attack arguments, not people.').waitFor();
    const history = page.getByRole('region', { name: 'History' });
    await history.getByText('Warn user').waitFor();
    await history.getByText('Note user').waitFor();
    await shoot(page, 'person-view');
    expect(await seriousViolations(page)).toEqual([]);

    // The person, signed in, never sees the note.
    const own = expectOk(
      await b.t.gql(`{ me { warnings { reason } } }`, {}, person.token),
    ).me;
    expect(own.warnings).toEqual([{ reason: 'Attack arguments, not people.' }]);

    // Their queue items: the reported argument, found through the person view's link.
    await page.getByRole('link', { name: `Queue items about ${person.username}` }).click();
    await page.getByRole('form', { name: 'Filter by person' }).getByRole('link', { name: person.username }).waitFor();
    const items = page.locator('li.queue-item');
    await items.filter({ hasText: text }).waitFor();
    expect(await items.count()).toBe(1);
  });

  it('a moderator filters the queue by reason, removes several items at once and sees which were refused and why', async () => {
    const reporter = await signUpUser(b.t);
    const bodies = [1, 2, 3].map((n) => `Buy cheap watches at watches${n}.example today!`);
    const ids: string[] = [];
    for (const body of bodies) {
      const id = await post(b.t, await signUpUser(b.t), { threadId, side: 'PRO', body });
      await report(reporter, id, 'SPAM');
      ids.push(id);
    }
    const offTopic = 'The weather in Lisbon was lovely last spring.';
    await report(reporter, await post(b.t, await signUpUser(b.t), { threadId, side: 'PRO', body: offTopic }), 'OFF_TOPIC');

    // Another moderator holds a claim on the third.
    const other = await signUpUser(b.t, { role: Role.MODERATOR });
    const spamItems = expectOk(
      await b.t.gql(
        `query($f: QueueFilter) { moderationQueue(filter: $f, first: 50) { edges { node { id argument { id } } } } }`,
        { f: { reason: 'SPAM' } },
        other.token,
      ),
    ).moderationQueue.edges.map((e: any) => e.node);
    const third = spamItems.find((i: any) => i.argument.id === ids[2]);
    expectOk(
      await b.t.gql(
        `mutation($input: ClaimQueueItemInput!) { claimQueueItem(input: $input) { item { id } } }`,
        { input: { itemId: third.id } },
        other.token,
      ),
    );

    const { page } = await moderatorPage();
    await page.goto('/mod/queue');
    await page.getByLabel('Report reason').selectOption('SPAM');
    const items = page.locator('li.queue-item');
    for (const body of bodies) await items.filter({ hasText: body }).waitFor();
    expect(await items.filter({ hasText: offTopic }).count()).toBe(0);
    // The reporter's record shows on each report (nothing judged yet, a fresh account weighs 0.5).
    await items
      .filter({ hasText: bodies[0] })
      .getByText('no judged reports yet: 0 upheld, 0 dismissed; next report weighs 0.5')
      .waitFor();

    // One by one, or the whole page at once.
    await items.filter({ hasText: bodies[0] }).getByLabel('Select').check();
    await page.getByRole('button', { name: 'Select the 3 items below' }).click();
    for (const body of bodies) expect(await items.filter({ hasText: body }).getByLabel('Select').isChecked()).toBe(true);
    const bulk = page.getByRole('form', { name: 'Act on the selected items' });
    await bulk.getByRole('heading', { name: '3 items selected' }).waitFor();
    await bulk.getByLabel('Action for the selected items').selectOption('REMOVE');
    // Removing needs a reason: the API's message shows at the field, and nothing happens.
    await bulk.getByRole('button', { name: 'Apply to selected' }).click();
    const reason = bulk.getByLabel(/^Reason for all of them/);
    await reason.and(page.locator('[aria-invalid="true"]')).waitFor();
    expect(await items.count()).toBe(3);

    await reason.fill('Advertising');
    await bulk.getByRole('button', { name: 'Apply to selected' }).click();
    await bulk.getByText('2 of 3 done; the refused ones stay selected.').waitFor();
    const results = bulk.getByRole('list', { name: 'Results' });
    await results.locator('li.refused').filter({ hasText: /Another moderator claimed this item until/ }).waitFor();
    expect(await results.locator('li.ok').count()).toBe(2);
    await shoot(page, 'queue-bulk');
    await items.filter({ hasText: bodies[0] }).waitFor({ state: 'detached' });
    await items.filter({ hasText: bodies[1] }).waitFor({ state: 'detached' });
    expect(await items.filter({ hasText: bodies[2] }).getByLabel('Select').isChecked()).toBe(true);
    await bulk.getByRole('heading', { name: '1 item selected' }).waitFor();
    await bulk.getByRole('button', { name: 'Clear selection' }).click();
    await bulk.getByRole('heading', { name: '0 items selected' }).waitFor();
    expect(await items.filter({ hasText: bodies[2] }).getByLabel('Select').isChecked()).toBe(false);

    // Readers see the removals.
    const removed = expectOk(
      await b.t.gql(`query($id: ID!) { argument(id: $id) { status body } }`, { id: ids[0] }),
    ).argument;
    expect(removed).toEqual({ status: 'REMOVED', body: '[removed by a moderator: Advertising]' });
  });

  it('a held edit shows in the queue as a diff against the published text; disagreeing with the reports publishes it', async () => {
    const author = await signUpUser(b.t);
    const reporter = await signUpUser(b.t);
    const published = 'Protected cycle lanes make streets safer for everyone who walks.';
    const proposed = 'Protected cycle lanes make streets much safer for children who walk.';
    const id = await post(b.t, author, { threadId, side: 'PRO', body: published });
    await report(reporter, id, 'MISINFORMATION');
    const edit = expectOk(
      await b.t.gql(
        `mutation($input: EditArgumentInput!) { editArgument(input: $input) { heldEdit { status } } }`,
        { input: { argumentId: id, body: proposed } },
        author.token,
      ),
    ).editArgument;
    expect(edit.heldEdit.status).toBe('WAITING');

    const { page } = await moderatorPage();
    await page.goto('/mod/queue?reason=MISINFORMATION&kind=REPORTED');
    const item = page.locator('li.queue-item').filter({ hasText: published });
    const diff = item.getByRole('region', { name: 'Held edit' });
    await diff.waitFor();
    expect(await diff.locator('ins').allInnerTexts()).toEqual(
      expect.arrayContaining([expect.stringContaining('much'), expect.stringContaining('children')]),
    );
    expect(await diff.locator('del').allInnerTexts()).toEqual(
      expect.arrayContaining([expect.stringContaining('everyone')]),
    );
    // Screen readers hear what changed, since they skip the <ins> and <del> markup.
    expect(await diff.locator('ins').first().textContent()).toContain('[added: ');
    await shoot(page, 'queue-held-edit');
    expect(await seriousViolations(page)).toEqual([]);

    await item.getByRole('button', { name: 'Disagree and keep' }).click();
    await page.getByRole('status').getByText('Disagree and keep: done').waitFor();
    const reader = await (await b.context()).newPage();
    await reader.goto(`/t/${threadId}/a/${id}`);
    await argumentCard(reader, proposed).waitFor();
    expect(await argumentCard(reader, published).count()).toBe(0);
  });

  it('a moderator bans an author from a thread from the queue, lifts the ban, then suspends them with their arguments removed and restores them by lifting it', async () => {
    const person = await signUpUser(b.t);
    const reporter = await signUpUser(b.t);
    const hateful = 'Everyone from the next town over is vermin.';
    const reported = await post(b.t, person, { threadId, side: 'CON', body: hateful });
    const other = await post(b.t, person, { threadId, side: 'PRO', body: 'Wider pavements help shops.' });
    await report(reporter, reported, 'HATE');
    const postAsPerson = () =>
      b.t.gql(
        `mutation($input: CreateArgumentInput!) { createArgument(input: $input) { argument { id } } }`,
        { input: { threadId, side: 'PRO', body: 'Trying to post while banned.' } },
        person.token,
      );
    const statusOf = async (id: string) =>
      expectOk(await b.t.gql(`query($id: ID!) { argument(id: $id) { status } }`, { id }))
        .argument.status;

    const { page } = await moderatorPage();
    await page.goto('/mod/queue?reason=HATE');
    const item = page.locator('li.queue-item').filter({ hasText: hateful });
    await item.getByRole('link', { name: `ban ${person.username} from this thread` }).click();
    await page.getByRole('heading', { level: 1, name: person.username }).waitFor();

    // The thread comes chosen; the reason is required, and its error shows at the field.
    const banForm = page.getByRole('form', { name: 'Ban from a thread' });
    await expect.poll(() => banForm.getByLabel('Thread').inputValue()).toBe(threadId);
    await banForm.getByRole('button', { name: 'Ban from thread' }).click();
    const banReason = banForm.getByLabel(/^Reason for the ban/);
    await banReason.and(page.locator('[aria-invalid="true"]')).waitFor();
    await banReason.fill('Cooling off after a hateful post');
    await banForm.getByRole('button', { name: 'Ban from thread' }).click();
    await banForm.getByText('Banned from the thread.').waitFor();
    const bans = page.getByRole('region', { name: 'Thread bans' });
    const ban = bans.locator('ul.bans > li').filter({ hasText: 'Cooling off after a hateful post' });
    await ban.getByText('In force').waitFor();
    await ban.getByText('until lifted').waitFor();
    const refused = errorOf(await postAsPerson());
    expect(refused.code).toBe('FORBIDDEN');

    // The thread page lists the bans in force for moderators, each linking to the person view.
    await page.goto(`/t/${threadId}`);
    const threadBans = page.getByRole('region', { name: 'Banned from this thread' });
    const listed = threadBans.getByRole('listitem').filter({ hasText: 'Cooling off after a hateful post' });
    await listed.getByText('until lifted').waitFor();
    await listed.getByRole('link', { name: person.username }).click();
    await page.getByRole('heading', { level: 1, name: person.username }).waitFor();

    await ban.getByLabel('Reason for lifting (optional)').fill('Apologised');
    await ban.getByRole('button', { name: 'Lift ban' }).click();
    await ban.getByText('Lifted', { exact: true }).waitFor();
    await ban.getByText(/lifted .*: Apologised/).waitFor();
    const third = expectOk(await postAsPerson()).createArgument.argument.id;

    // Suspension with removal: every argument of theirs goes, and comes back when it is lifted.
    const sanctions = page.getByRole('form', { name: 'Sanctions' });
    await sanctions.getByLabel('Reason').fill('Spam account');
    await sanctions.getByLabel('Also remove their arguments').check();
    await sanctions.getByRole('button', { name: 'Suspend' }).click();
    await sanctions.getByText('Suspended. 3 arguments removed.').waitFor();
    await page.getByText('Removed: 3').waitFor();
    await page.getByText(/^Suspended permanently: Spam account/).waitFor();
    for (const id of [reported, other, third]) expect(await statusOf(id)).toBe('REMOVED');

    await sanctions.getByRole('button', { name: 'Lift suspension' }).click();
    await sanctions.getByText('Suspension lifted. 3 arguments restored.').waitFor();
    await page.getByText('Not suspended').waitFor();
    for (const id of [reported, other, third]) expect(await statusOf(id)).toBe('PUBLISHED');
  });

  it('the queue places new items as they arrive, without fetching its pages again, and says so politely, keeping the selection, filters and scroll; moderator code loads only when its page opens', async () => {
    const reporter = await signUpUser(b.t);
    const first = `Cheap flights at flights${Date.now().toString(36)}.example, book now!`;
    await report(reporter, await post(b.t, await signUpUser(b.t), { threadId, side: 'CON', body: first }), 'SPAM');

    const { page } = await moderatorPage();
    // A reader's thread page fetches none of the moderator pages' code.
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(r.url());
    });
    const moderatorCode = /(QueuePage|PersonPage|PeoplePage|ModLogPage|ImportPage|WatchedWordsPage)-[\w-]+\.js$/;
    await page.goto(`/t/${threadId}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(scripts.filter((u) => moderatorCode.test(u))).toEqual([]);

    // Opening the queue loads its code; the subscription for new items starts with the page.
    const subscribed = new Promise<void>((resolve) =>
      page.on('websocket', (ws) =>
        ws.on('framesent', (f) => {
          if (String(f.payload).includes('moderationQueueItemAdded')) resolve();
        }),
      ),
    );
    await page.goto('/mod/queue?kind=REPORTED&reason=SPAM');
    const items = page.locator('li.queue-item');
    await items.filter({ hasText: first }).waitFor();
    expect(scripts.some((u) => /QueuePage-[\w-]+\.js$/.test(u))).toBe(true);
    await subscribed;
    await items.filter({ hasText: first }).getByLabel('Select').check();

    // Another report arrives while the moderator looks at the page: it is placed in the list as
    // it came, by priority (after the older one), and no page of the queue is fetched again.
    const queueFetches: string[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith('/graphql') && /query QueuePage\b/.test(r.postData() ?? '')) queueFetches.push(r.postData()!);
    });
    // The moderator has scrolled the older item to the top of the window: it stays where it is.
    const firstItem = items.filter({ hasText: first });
    const topOf = () => firstItem.evaluate((el) => Math.round(el.getBoundingClientRect().top));
    await firstItem.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    const top = await topOf();
    const second = `Cheap hotels at hotels${Date.now().toString(36)}.example, book now!`;
    await report(reporter, await post(b.t, await signUpUser(b.t), { threadId, side: 'PRO', body: second }), 'SPAM');
    const live = page.locator('p.arrivals[aria-live="polite"]');
    await live.filter({ hasText: /^New in the queue: a reported argument in “.+”\. 1 new item since you opened this page\.$/ }).waitFor();
    await items.filter({ hasText: second }).waitFor();
    const texts = await items.allInnerTexts();
    expect(texts.findIndex((t) => t.includes(second))).toBeGreaterThan(texts.findIndex((t) => t.includes(first)));
    expect(queueFetches).toEqual([]);
    expect(await topOf()).toBe(top);
    expect(await items.filter({ hasText: first }).getByLabel('Select').isChecked()).toBe(true);
    expect(await items.filter({ hasText: second }).getByLabel('Select').isChecked()).toBe(false);
    await page.getByRole('form', { name: 'Act on the selected items' }).getByRole('heading', { name: '1 item selected' }).waitFor();
    expect(await page.getByLabel('Report reason').inputValue()).toBe('SPAM');
    expect(await page.getByLabel('Kind').inputValue()).toBe('REPORTED');
    expect(new URL(page.url()).search).toBe('?kind=REPORTED&reason=SPAM');

    expect(await seriousViolations(page)).toEqual([]);
  });

  it('a person who is not a moderator finds no moderator pages, and the API refuses them', async () => {
    const { page, user } = await b.signedInPage();
    const nav = page.locator('header');
    await nav.getByRole('link', { name: 'Moderation log' }).waitFor();
    await page.goto(`/t/${threadId}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.getByRole('region', { name: 'Banned from this thread' }).count()).toBe(0);
    for (const name of ['Queue', 'People', 'Import']) {
      expect(await nav.getByRole('link', { name, exact: true }).count()).toBe(0);
    }
    for (const path of ['/mod/users', `/mod/users/${user.id}`, '/mod/queue?reason=SPAM']) {
      await page.goto(path);
      await page.getByText('This page is for moderators.').waitFor();
      expect(await page.locator('li.queue-item, ul.notes, form[aria-label="Sanctions"]').count()).toBe(0);
    }
    const anonymous = await (await b.context()).newPage();
    await anonymous.goto(`/mod/users/${user.id}`);
    await anonymous.getByText('Please sign in first.').waitFor();

    for (const [query, variables] of [
      [`query($p: String!) { searchUsers(prefix: $p) { id } }`, { p: 'u' }],
      [`query($id: ID!) { userModeration(userId: $id) { user { id } } }`, { id: user.id }],
      [
        `mutation($input: AddModeratorNoteInput!) { addModeratorNote(input: $input) { note { id } } }`,
        { input: { userId: user.id, body: 'hello' } },
      ],
      [
        `mutation($input: ModerateItemsInput!) { moderateItems(input: $input) { results { ok } } }`,
        { input: { action: 'IGNORE', itemIds: [] } },
      ],
    ] as const) {
      expect(errorOf(await b.t.gql(query, variables, user.token)).code).toBe('FORBIDDEN');
    }
  });
});
