import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import Database from 'better-sqlite3';
import { parse } from 'csv-parse/sync';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { fixtureQuiz, keys } from '../server/classroom/fixture';
import { launchBrowser } from './browser';
import { EventReader, openRoom, post, seedQuiz } from './classroom';

const baseURL = inject('baseURL');
const databasePath = join(inject('dataDir'), 'newsquiz.db');
const quiz = fixtureQuiz();

function withDatabase<T>(run: (db: Database.Database) => T): T {
	const db = new Database(databasePath);
	db.pragma('busy_timeout = 5000');
	try {
		return run(db);
	} finally {
		db.close();
	}
}

/** How many rows of the room with `code` and of notes containing `noteText` are left in the database. */
function leftOf(code: string, noteText: string): { rooms: number; notes: number } {
	return withDatabase((db) => ({
		rooms: (db.prepare('SELECT count(*) AS n FROM rooms WHERE code = ?').get(code) as { n: number }).n,
		notes: (
			db.prepare("SELECT count(*) AS n FROM room_player_notes WHERE teacher_note LIKE '%' || ? || '%'").get(noteText) as {
				n: number;
			}
		).n
	}));
}

async function expectAccessible(page: Page): Promise<void> {
	const { violations } = await new AxeBuilder({ page }).analyze();
	expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
}

const readers: EventReader[] = [];

describe('the teacher’s report of a live room', () => {
	let browser: Browser;
	beforeAll(async () => {
		seedQuiz(databasePath);
		browser = await launchBrowser();
	});
	afterAll(async () => {
		readers.forEach((r) => r.close());
		await browser?.close();
	});

	it('never sends a teacher-only note down the host’s or a player’s stream; the report has it; deleting tells every stream', async () => {
		const opened = await post(baseURL, '/api/rooms', { quizId: quiz.id });
		expect(opened.status).toBe(201);
		const { code, hostToken, reportUrl } = opened.body as { code: string; hostToken: string; reportUrl: string };
		expect(reportUrl).toMatch(new RegExp(`^${baseURL}/report/[\\w-]{43}$`));
		expect(reportUrl).not.toContain(hostToken);

		const tooLong = await post(baseURL, `/api/rooms/${code}/join`, { nickname: 'Long', note: 'n'.repeat(81) });
		expect([tooLong.status, tooLong.body.reason]).toEqual([400, 'bad-note']);
		const host = new EventReader(`${baseURL}/api/rooms/${code}/events?as=host`, hostToken);
		readers.push(host);
		const players = [];
		for (const [nickname, note] of [
			['Ann', 'Ann Secretsurname'],
			['Bob', 'Bob Hiddenname']
		]) {
			const { status, body } = await post(baseURL, `/api/rooms/${code}/join`, { nickname, note });
			expect(status, JSON.stringify(body)).toBe(200);
			const stream = new EventReader(`${baseURL}/api/rooms/${code}/events`, body.token as string);
			readers.push(stream);
			players.push({ token: body.token as string, stream });
		}
		await host.waitFor((e) => e.event === 'host' && ((e.data.players as unknown[] | null)?.length ?? 0) === 2);
		await host.waitFor((e) => e.event === 'host' && (e.data.players as { present: boolean }[] | null)?.every((p) => p.present) === true);
		expect((await post(baseURL, `/api/rooms/${code}/host`, { action: 'start' }, hostToken)).status).toBe(200);

		// Ann answers every item right, Bob every item wrong; each item closes when both answered.
		for (let i = 0; i < quiz.items.length; i++) {
			for (const [p, option] of [
				[players[0], keys[i]],
				[players[1], (keys[i] + 1) % 4]
			] as const) {
				await p.stream.waitFor((e) => e.event === 'state' && e.data.phase === 'question' && (e.data.item as { index: number }).index === i);
				const sent = await post(baseURL, `/api/rooms/${code}/answer`, { itemIndex: i, response: { kind: 'choice', option } }, p.token);
				expect(sent.status, JSON.stringify(sent.body)).toBe(200);
			}
			await players[1].stream.waitFor((e) => e.event === 'state' && e.data.phase === 'reveal' && (e.data.item as { index: number }).index === i);
			for (let step = 0; step < 2; step++) {
				expect((await post(baseURL, `/api/rooms/${code}/host`, { action: 'next' }, hostToken)).status).toBe(200);
			}
		}
		await host.waitFor((e) => e.event === 'host' && (e.data.room as { phase: string }).phase === 'podium');

		const csv = await (await fetch(`${reportUrl}/students.csv`)).text();
		const rows = parse(csv, { bom: true, columns: true }) as Record<string, string>[];
		expect(rows.map((r) => [r.Nickname, r['Real name'], r.Right])).toEqual([
			['Ann', 'Ann Secretsurname', '3'],
			['Bob', 'Bob Hiddenname', '0']
		]);

		// Refused without the confirmation; then deleted, and every open stream is told.
		const remove = (body: string) =>
			fetch(`${reportUrl}?/delete`, {
				method: 'POST',
				headers: { origin: baseURL, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' },
				body,
				redirect: 'manual'
			});
		expect(await (await remove('')).text()).toContain('Tick the box to confirm');
		expect(leftOf(code, 'Secretsurname')).toEqual({ rooms: 1, notes: 1 });
		const deleted = await remove('confirm=on');
		expect([deleted.status, deleted.headers.get('location')]).toEqual([303, '/deleted?what=room']);
		for (const reader of [host, ...players.map((p) => p.stream)]) {
			const event = await reader.waitFor((e) => e.event === 'deleted');
			expect(event.data.message).toMatch(/deleted this room/);
		}

		const sent = JSON.stringify([host, ...players.map((p) => p.stream)].map((r) => r.events));
		expect(sent).toContain('"nickname":"Ann"');
		expect(sent).toContain('"nickname":"Bob"');
		expect(sent).not.toMatch(/Secretsurname|Hiddenname/);

		expect((await fetch(reportUrl)).status).toBe(404);
		expect((await post(baseURL, `/api/rooms/${code}/join`, { nickname: 'Cy' })).status).toBe(404);
		expect(leftOf(code, 'Secretsurname')).toEqual({ rooms: 0, notes: 0 });
	});

	// a fresh user's report gave "0.0 s" as the time of a student who had answered nothing
	it('says that a student who has answered nothing gave no answer, in words a screen reader reads, not a time of 0 s', async () => {
		const opened = await post(baseURL, '/api/rooms', { quizId: quiz.id });
		const { code, hostToken, reportUrl } = opened.body as { code: string; hostToken: string; reportUrl: string };
		const joined = await post(baseURL, `/api/rooms/${code}/join`, { nickname: 'Idle' });
		expect(joined.status, JSON.stringify(joined.body)).toBe(200);
		expect((await post(baseURL, `/api/rooms/${code}/host`, { action: 'start' }, hostToken)).status).toBe(200);
		const page = await (await browser.newContext()).newPage();
		try {
			await page.goto(reportUrl);
			const row = page.getByRole('row', { name: /^Idle/ });
			const cells = await row.getByRole('cell').allInnerTexts();
			expect(cells.slice(3, 4)).toEqual(['No answer yet']);
			expect(await row.textContent()).not.toMatch(/\d\.\d s/);
			// each question's empty cell is read as "no answer", not as a dash
			expect(await row.getByRole('cell').nth(4).textContent()).toMatch(/no answer/);
			await expectAccessible(page);
		} finally {
			await page.context().close();
		}
	});

	it('host and two students play; the host opens the report, which shows both, their notes and the heatmap; CSV parses back; the host deletes the room', { timeout: 240_000 }, async () => {
		const hostContext = await browser.newContext({ acceptDownloads: true });
		const host = await hostContext.newPage();
		host.setDefaultTimeout(20_000);
		const code = await openRoom(host, baseURL, quiz.id);

		const students: Page[] = [];
		for (const [nickname, note] of [
			['Zoë', 'Zoë Martin-Privée'],
			['李雷', 'Li Lei Onlyforteacher']
		]) {
			const page = await (await browser.newContext()).newPage();
			page.setDefaultTimeout(20_000);
			await page.goto(`${baseURL}/join?code=${code}`);
			await page.getByLabel('Nickname').fill(nickname);
			await page.getByLabel(/Real name/).fill(note);
			if (students.length === 0) await expectAccessible(page);
			await page.getByLabel(/Real name/).press('Enter');
			await page.waitForURL(`${baseURL}/room/${code}`);
			await page.getByRole('heading', { name: "You're in!" }).waitFor();
			students.push(page);
		}
		const [zoe, lei] = students;
		await host.getByText('2 players have joined').waitFor();
		await host.getByRole('button', { name: 'Start the game' }).click();

		// The report opens in a new tab from the host screen, during the game.
		const opening = hostContext.waitForEvent('page');
		await host.getByRole('link', { name: "Open the teacher's report" }).click();
		const report = await opening;
		report.setDefaultTimeout(20_000);
		await report.getByRole('heading', { name: `Live game report: ${quiz.title}` }).waitFor();
		expect(await report.getByTestId('room-phase').textContent()).toMatch(/The game is on/);

		// Zoë answers every item right; Lei gets item 2 right only.
		const rightFor = [
			[true, false],
			[true, true],
			[true, false]
		];
		for (let i = 0; i < quiz.items.length; i++) {
			for (const [s, page] of students.entries()) {
				const option = quiz.items[i].options[rightFor[i][s] ? keys[i] : (keys[i] + 1) % 4];
				await page.getByRole('heading', { name: quiz.items[i].stem }).waitFor();
				const button = page.getByRole('button', { name: option });
				await button.focus();
				await page.keyboard.press('Enter');
				await button.waitFor({ state: 'detached' });
			}
			await host.getByRole('button', { name: 'Show the leaderboard' }).click();
			await host.getByRole('button', { name: i + 1 < quiz.items.length ? 'Next question' : 'Show the podium' }).click();
		}
		await host.getByRole('heading', { name: 'Podium' }).waitFor();
		await expect.poll(() => host.getByRole('link', { name: "Open the teacher's report" }).count()).toBe(1);

		// The report was never reloaded: its poll brings in every answer and the end of the game.
		await report.getByTestId('room-phase').filter({ hasText: 'The game is over.' }).waitFor();
		const rows = await report.locator('[data-testid="students"] tbody tr').allTextContents();
		expect(rows).toHaveLength(2);
		expect(rows[0]).toMatch(/^Zoë\s*Zoë Martin-Privée\s*3\/3/);
		expect(rows[1]).toMatch(/^李雷\s*Li Lei Onlyforteacher\s*1\/3/);
		const shares = await report.locator('[data-testid="heatmap"] mark').evaluateAll((marks) =>
			marks.map((m) => Number(m.getAttribute('data-share')))
		);
		expect(shares).toEqual([0.5, 1, 0.5]);
		await expectAccessible(report);
		// On a phone the page never scrolls sideways: the wide tables scroll in their own regions.
		await report.setViewportSize({ width: 360, height: 740 });
		expect(await report.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
		await expectAccessible(report);
		await report.setViewportSize({ width: 1280, height: 720 });

		const download = report.waitForEvent('download');
		await report.getByRole('link', { name: 'Students (CSV)' }).click();
		const csv = readFileSync(await (await download).path(), 'utf8');
		expect(csv.charCodeAt(0)).toBe(0xfeff);
		const parsed = parse(csv, { bom: true, columns: true }) as Record<string, string>[];
		expect(parsed.map((r) => [r.Nickname, r['Real name'], r.Right, r.Answered])).toEqual([
			['Zoë', 'Zoë Martin-Privée', '3', '3'],
			['李雷', 'Li Lei Onlyforteacher', '1', '3']
		]);

		// No device but the report ever shows a note.
		for (const page of [host, zoe, lei]) {
			expect(await page.locator('body').textContent()).not.toMatch(/Martin-Privée|Onlyforteacher/);
		}

		await host.getByText('Delete this room…').click();
		await host.getByRole('button', { name: 'Delete room and answers' }).click();
		// The browser refuses the post until the box is ticked: nothing is deleted yet.
		expect(leftOf(code, 'Onlyforteacher')).toEqual({ rooms: 1, notes: 1 });
		await host.getByLabel(/cannot be undone/).check();
		await host.getByRole('button', { name: 'Delete room and answers' }).click();
		await host.waitForURL(`${baseURL}/deleted?what=room`);
		await host.getByText('The room and every nickname, real name and answer in it were deleted for good.').waitFor();
		await expectAccessible(host);
		for (const page of students) {
			await page.getByRole('heading', { name: 'Room deleted' }).waitFor();
			expect(await page.getByRole('alert').textContent()).toMatch(/deleted this room/);
		}
		expect(leftOf(code, 'Onlyforteacher')).toEqual({ rooms: 0, notes: 0 });
		await report.reload();
		await report.getByText(/names no homework or room/).waitFor();
	});
});
