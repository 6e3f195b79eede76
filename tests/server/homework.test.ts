import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../src/lib/server/db';
import {
	createHomework,
	deleteHomework,
	findHomework,
	findHomeworkByReportToken,
	homeworkReport,
	HomeworkError,
	homeworkCodeProblem,
	isHomeworkCode,
	joinHomework,
	HANDOUT_GRACE_MS,
	NicknameError,
	openItem,
	recordAnswer,
	serverTiming,
	type AnswerPost
} from '../../src/lib/server/homework';
import { scoreAnswer, timeLimitMs } from '../../src/lib/quiz/scoring';
import { SEALED_KEY } from '../../src/lib/quiz/sealed';
import { itemsCsv, studentsCsv } from '../../src/lib/server/report-csv';
import { retentionDays, sweepExpired } from '../../src/lib/server/retention';
import { tinyQuiz } from '../fixtures/tiny-quiz';

const T0 = Date.UTC(2026, 10, 30, 9, 0);
const DEADLINE = T0 + 24 * 3600_000;
const choice = (option: number) => ({ kind: 'choice' as const, option });

let dir: string;
let db: Db;

beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'newsquiz-homework-'));
	db = openDatabase(join(dir, 'test.db'));
});
afterEach(() => {
	db.close();
	rmSync(dir, { recursive: true, force: true });
});

function setUp(mode: 'timed' | 'relaxed' = 'relaxed') {
	const { homework, reportToken } = createHomework(db, { quiz: tinyQuiz, mode, deadline: DEADLINE, now: T0 });
	return { code: homework.code, homework, reportToken };
}

/**
 * Hands the student their next item `post.elapsedMs` before `now` by the server's clock (`openItem`),
 * then records `post` at `now`: the server times the answer from those two instants, as the routes do.
 */
function answerAfter(args: { code: string; token: string; post: AnswerPost; now: number }) {
	openItem(db, { code: args.code, token: args.token, now: args.now - (args.post.elapsedMs ?? 0) });
	return recordAnswer(db, args);
}

const refusal = (run: () => unknown) => {
	try {
		run();
	} catch (error) {
		return error;
	}
	throw new Error('expected a refusal');
};

describe('setting homework', () => {
	it('gives a readable code and a secret report link that finds the homework', () => {
		const { code, homework, reportToken } = setUp();
		expect(isHomeworkCode(code)).toBe(true);
		expect(findHomework(db, code)?.id).toBe(homework.id);
		expect(findHomeworkByReportToken(db, reportToken)?.quiz.items).toHaveLength(4);
		expect(findHomeworkByReportToken(db, `${reportToken}x`)).toBeUndefined();
		const stored = JSON.stringify(db.prepare('SELECT * FROM homework').all());
		expect(stored).not.toContain(reportToken);
	});

	it('refuses a deadline that is not in the future', () => {
		const error = refusal(() => createHomework(db, { quiz: tinyQuiz, mode: 'timed', deadline: T0, now: T0 }));
		expect(error).toBeInstanceOf(HomeworkError);
		expect((error as Error).message).toMatch(/future/);
	});

	it('refuses a deadline more than a year ahead ("31 December 9999" would keep the homework for ever), and takes one a year ahead', () => {
		const error = refusal(() => createHomework(db, { quiz: tinyQuiz, mode: 'timed', deadline: Date.UTC(9999, 11, 31), now: T0 }));
		expect(error).toBeInstanceOf(HomeworkError);
		expect((error as Error).message).toMatch(/within a year/);
		expect(createHomework(db, { quiz: tinyQuiz, mode: 'timed', deadline: T0 + 365 * 24 * 60 * 60 * 1000, now: T0 }).homework.code).toMatch(/\S/);
	});
});

describe('joining', () => {
	it('applies the live rooms’ nickname rules and keeps the note for the teacher', () => {
		const { code } = setUp();
		const { student } = joinHomework(db, { code, nickname: '  Zoë  ', note: 'Zoë Martin', now: T0 });
		expect(student).toMatchObject({ nickname: 'Zoë', note: 'Zoë Martin' });
		expect(refusal(() => joinHomework(db, { code, nickname: 'ZOË', now: T0 }))).toMatchObject({ status: 409 });
		expect(refusal(() => joinHomework(db, { code, nickname: 'x', now: T0 }))).toBeInstanceOf(NicknameError);
		expect(refusal(() => joinHomework(db, { code, nickname: 'a\u200bb', now: T0 }))).toBeInstanceOf(NicknameError);
		expect(refusal(() => joinHomework(db, { code, nickname: 'Lee', note: 'n'.repeat(81), now: T0 }))).toMatchObject({
			status: 400
		});
	});

	it('answers 404 for a code that names no homework', () => {
		expect(refusal(() => joinHomework(db, { code: 'ZZZZZZ', nickname: 'Ada', now: T0 }))).toMatchObject({ status: 404 });
	});
});

describe('the deadline, by the server’s clock', () => {
	it('accepts a join and an answer 1 ms before the deadline', () => {
		const { code } = setUp();
		const { token } = joinHomework(db, { code, nickname: 'Ada', now: DEADLINE - 1 });
		const post = { itemIndex: 0, response: choice(0), elapsedMs: 3000 };
		expect(answerAfter({ code, token, post, now: DEADLINE - 1 })).toMatchObject({ answered: 1, score: { correct: true } });
	});

	it('refuses an answer at the deadline and after it, saying so plainly, and keeps nothing', () => {
		const { code, homework } = setUp();
		const { token } = joinHomework(db, { code, nickname: 'Ada', now: T0 });
		const post = { itemIndex: 0, response: choice(0), elapsedMs: 3000 };
		for (const now of [DEADLINE, DEADLINE + 1]) {
			const error = refusal(() => answerAfter({ code, token, post, now }));
			expect(error).toMatchObject({ status: 410 });
			expect((error as Error).message).toBe('The deadline for this homework has passed: nothing more can be handed in.');
		}
		expect(refusal(() => joinHomework(db, { code, nickname: 'Bo', now: DEADLINE }))).toMatchObject({ status: 410 });
		expect(refusal(() => answerAfter({ code, token, post, now: DEADLINE }))).toMatchObject({
			handedIn: { answered: 0, correct: 0, points: 0 }
		});
		expect(homeworkReport(db, homework).students.map((s) => s.answered)).toEqual([0]);
	});
});

describe('an answer after the deadline', () => {
	it('is refused with what the student handed in before it, so the page can sum it up (a fresh user saw only the refusal)', () => {
		const { code } = setUp('relaxed');
		const { token } = joinHomework(db, { code, nickname: 'Ada', now: T0 });
		const given = [0, 1].map((itemIndex) =>
			answerAfter({ code, token, post: { itemIndex, response: choice(1), elapsedMs: 9000 }, now: T0 }).score
		);
		const error = refusal(() => answerAfter({ code, token, post: { itemIndex: 2, response: choice(0), elapsedMs: 9000 }, now: DEADLINE }));
		const handedIn = {
			answered: 2,
			correct: given.filter((g) => g.correct).length,
			points: given[0].points + given[1].points
		};
		expect(error).toMatchObject({ status: 410, handedIn });
	});
});

describe('answering', () => {
	it('scores on the server with the game’s rules, streak carried from the stored answers', () => {
		const { code } = setUp('relaxed');
		const { token } = joinHomework(db, { code, nickname: 'Ada', now: T0 });
		const first = answerAfter({ code, token, post: { itemIndex: 0, response: choice(0), elapsedMs: 9000 }, now: T0 });
		const second = answerAfter({ code, token, post: { itemIndex: 1, response: choice(0), elapsedMs: 9000 }, now: T0 });
		// Relaxed: a flat 1000, then 1000 + a streak bonus of 100 for the second right answer in a row.
		expect([first.score, second.score]).toEqual([
			{ correct: true, points: 1000, streak: 1 },
			{ correct: true, points: 1100, streak: 2 }
		]);
	});

	it('lets a student continue after a reload: a repeated post returns the stored score, the next item goes on', () => {
		const { code, homework } = setUp('timed');
		const { token } = joinHomework(db, { code, nickname: 'Ada', now: T0 });
		const post = { itemIndex: 0, response: choice(0), elapsedMs: 4000 };
		const first = answerAfter({ code, token, post, now: T0 });
		// After a reload the page posts its answers again, this time (say) with another response.
		const again = answerAfter({ code, token, post: { ...post, response: choice(1) }, now: T0 + 60_000 });
		expect(again).toEqual(first);
		expect(refusal(() => answerAfter({ code, token, post: { ...post, itemIndex: 2 }, now: T0 }))).toMatchObject({
			status: 409
		});
		answerAfter({ code, token, post: { itemIndex: 1, response: choice(1), elapsedMs: 2000 }, now: T0 + 61_000 });
		const [row] = homeworkReport(db, homework).students;
		expect(row).toMatchObject({ answered: 2, right: 1 });
		expect(row.answers[0]?.answer).toBe('Sochi');
	});

	it('hands back the whole headline, which the page is sent masked, only with the last item’s answer (and again on a repeated post of it)', () => {
		const { code } = setUp();
		const { token } = joinHomework(db, { code, nickname: 'Ada', now: T0 });
		const answer = (itemIndex: number) => answerAfter({ code, token, post: { itemIndex, response: null, elapsedMs: 3000 }, now: T0 });
		for (const itemIndex of [0, 1, 2]) expect(answer(itemIndex).title).toBeUndefined();
		expect(answer(3).title).toBe(tinyQuiz.title);
		expect(answer(0).title).toBe(tinyQuiz.title);
	});

	it('refuses a stranger’s token, and takes an item in time up to its limit plus the grace, as answered at its limit', () => {
		const { code } = setUp('timed');
		const { token } = joinHomework(db, { code, nickname: 'Ada', now: T0 });
		expect(refusal(() => answerAfter({ code, token: 'nope', post: { itemIndex: 0, response: choice(0), elapsedMs: 1 }, now: T0 }))).toMatchObject({ status: 403 });
		// Item 1's limit is 16 s (tiny-quiz.ts); 1.5 s of network grace make 17.5 s the last accepted time.
		const taken = answerAfter({ code, token, post: { itemIndex: 0, response: choice(0), elapsedMs: 16_000 + HANDOUT_GRACE_MS }, now: T0 });
		const atLimit = scoreAnswer({ item: tinyQuiz.items[0], response: choice(0), elapsedMs: 16_000, limitMs: 16_000, mode: 'timed', streak: 0 });
		expect(taken).toMatchObject({ score: { correct: true, points: atLimit.points } });
		expect(taken.refused).toBeUndefined();
	});

	// A refused answer was refused again on every retry, and every later item waited behind it (409).
	it.each([
		['timed', { itemIndex: 0, response: choice(0), elapsedMs: 16_001 + HANDOUT_GRACE_MS }, /time was up/],
		['relaxed', { itemIndex: 0, response: choice(0), elapsedMs: 25 * 3600_000 }, /more than 24 hours after the question opened/],
		['relaxed', { itemIndex: 0, response: { kind: 'text' as const, text: 'Sochi' }, elapsedMs: 1000 }, /answered by choosing an option/],
		['relaxed', { itemIndex: 0, response: choice(4), elapsedMs: 1000 }, /option 5 is not one of its options/]
	] as const)('hands in a %s answer it will never accept as no answer, saying why, and lets the student go on: %o', (mode, post, why) => {
		const { code, homework } = setUp(mode);
		const { token } = joinHomework(db, { code, nickname: 'Ada', now: T0 });
		const first = answerAfter({ code, token, post, now: T0 });
		expect(first).toMatchObject({ score: { correct: false, points: 0, streak: 0 }, answered: 1, handedIn: { answered: 1, correct: 0, points: 0 } });
		expect(first.refused).toMatch(why);
		expect(first.revealed[0].key).toBe(tinyQuiz.items[0].key);
		expect(recordAnswer(db, { code, token, post, now: T0 })).toMatchObject({ answered: 1 });
		const next = answerAfter({ code, token, post: { itemIndex: 1, response: choice(0), elapsedMs: 3000 }, now: T0 });
		expect(next).toMatchObject({ score: { correct: true }, answered: 2, handedIn: { answered: 2, correct: 1 } });
		expect(next.refused).toBeUndefined();
		expect(homeworkReport(db, homework).students[0]).toMatchObject({ answered: 2, right: 1 });
	});
});

describe('timing by the server’s clock', () => {
	it('times an answer from hand-out to receipt less the network grace, clamped to the limit, late past it', () => {
		const at = (ms: number, mode: 'timed' | 'relaxed' = 'timed') => serverTiming({ mode, limitMs: 20_000, handedOutAt: T0, receivedAt: T0 + ms });
		expect(at(HANDOUT_GRACE_MS + 4_000)).toEqual({ elapsedMs: 4_000, late: false });
		// a reply quicker than the grace is as quick as can be
		expect(at(300)).toEqual({ elapsedMs: 0, late: false });
		expect(at(HANDOUT_GRACE_MS + 20_000)).toEqual({ elapsedMs: 20_000, late: false });
		expect(at(HANDOUT_GRACE_MS + 20_001)).toEqual({ elapsedMs: 20_000, late: true });
		// relaxed: no limit but the day's, and no grace taken off the time the report shows
		expect(at(95_000, 'relaxed')).toEqual({ elapsedMs: 95_000, late: false });
		expect(at(24 * 3600_000 + 1, 'relaxed')).toMatchObject({ late: true });
	});

	it('gives a forged small elapsedMs no more points than the honest time it took by the server’s clock', () => {
		const { code, homework } = setUp('timed');
		const scores = [1, 9_000].map((elapsedMs, n) => {
			const { token } = joinHomework(db, { code, nickname: `Student${n}`, now: T0 });
			openItem(db, { code, token, now: T0 });
			return recordAnswer(db, { code, token, post: { itemIndex: 0, response: choice(0), elapsedMs }, now: T0 + 9_000 }).score;
		});
		const honest = scoreAnswer({ item: tinyQuiz.items[0], response: choice(0), elapsedMs: 9_000 - HANDOUT_GRACE_MS, limitMs: timeLimitMs(tinyQuiz.items[0]), mode: 'timed', streak: 0 });
		expect(scores.map((s) => s.points)).toEqual([honest.points, honest.points]);
		expect(homeworkReport(db, homework).students.map((s) => s.timeMs)).toEqual([9_000 - HANDOUT_GRACE_MS, 9_000 - HANDOUT_GRACE_MS]);
	});

	it('takes an answer received after the item’s time as a time-up, whatever time the device claims', () => {
		const { code } = setUp('timed');
		const { token } = joinHomework(db, { code, nickname: 'Ada', now: T0 });
		openItem(db, { code, token, now: T0 });
		const late = recordAnswer(db, { code, token, post: { itemIndex: 0, response: choice(0), elapsedMs: 2_000 }, now: T0 + 16_000 + HANDOUT_GRACE_MS + 1 });
		expect(late).toMatchObject({ score: { correct: false, points: 0 } });
		expect(late.refused).toMatch(/time was up/);
	});

	it('hands out only the first unanswered item, sealed, and the same one again with the server’s time left', () => {
		const { code } = setUp('timed');
		const { token } = joinHomework(db, { code, nickname: 'Ada', now: T0 });
		const first = openItem(db, { code, token, now: T0 });
		expect(first).toMatchObject({ index: 0, remainingMs: 16_000, item: { stem: tinyQuiz.items[0].stem, key: SEALED_KEY } });
		// a reload 10 s on: the same item, its clock not restarted
		expect(openItem(db, { code, token, now: T0 + 10_000 })).toMatchObject({ index: 0, remainingMs: 6_000 });
		expect(openItem(db, { code, token, now: T0 + 30_000 })).toMatchObject({ index: 0, remainingMs: 0 });
		// no answer to item 2 before it is handed out, and it is not handed out before item 1 is answered
		expect(refusal(() => recordAnswer(db, { code, token, post: { itemIndex: 1, response: choice(0) }, now: T0 + 30_000 }))).toMatchObject({ status: 409 });
		recordAnswer(db, { code, token, post: { itemIndex: 0, response: null }, now: T0 + 30_000 });
		expect(openItem(db, { code, token, now: T0 + 31_000 })).toMatchObject({ index: 1, remainingMs: timeLimitMs(tinyQuiz.items[1]) });
	});

	it('takes the answer of a page that never asked for a hand-out, with no speed points, and goes on', () => {
		const { code, homework } = setUp('timed');
		const { token } = joinHomework(db, { code, nickname: 'Ada', now: T0 });
		// a page loaded before the server timed answers posts straight away, claiming a tiny time
		const taken = recordAnswer(db, { code, token, post: { itemIndex: 0, response: choice(0), elapsedMs: 1 }, now: T0 + 500 });
		const limitMs = timeLimitMs(tinyQuiz.items[0]);
		const slowest = scoreAnswer({ item: tinyQuiz.items[0], response: choice(0), elapsedMs: limitMs, limitMs, mode: 'timed', streak: 0 });
		expect(taken).toMatchObject({ answered: 1, score: { correct: true, points: slowest.points } });
		expect(taken.refused).toBeUndefined();
		// the same post again (its "Send again") gets the stored score, and the next item is handed out fresh
		expect(recordAnswer(db, { code, token, post: { itemIndex: 0, response: choice(0) }, now: T0 + 900 }).score).toEqual(taken.score);
		expect(openItem(db, { code, token, now: T0 + 1_000 })).toMatchObject({ index: 1, remainingMs: timeLimitMs(tinyQuiz.items[1]) });
		expect(homeworkReport(db, homework).students[0].timeMs).toBe(limitMs);
	});

	// a fresh user answered items 1 and 2 right and reloaded: the page posted item 1 again, was told both were in and
	// posted no more, so it knew item 1's score alone; its saved screen said "streak 0" and its Continue rescored item 2
	it("hands back every stored answer's score with a re-post, so a reloaded page knows the last one's points and streak", () => {
		const { code } = setUp('timed');
		const { token } = joinHomework(db, { code, nickname: 'Ada', now: T0 });
		const first = answerAfter({ code, token, post: { itemIndex: 0, response: choice(0), elapsedMs: 2_000 }, now: T0 + 2_000 });
		const second = answerAfter({ code, token, post: { itemIndex: 1, response: choice(0), elapsedMs: 3_000 }, now: T0 + 6_000 });
		expect(second.score.streak).toBe(2);
		expect(second.scores).toEqual([first.score, second.score]);
		const again = recordAnswer(db, { code, token, post: { itemIndex: 0, response: choice(0) }, now: T0 + 60_000 });
		expect(again).toMatchObject({ answered: 2, score: first.score, scores: [first.score, second.score] });
	});

	it('gives an answer without a hand-out fewer points than a quick one handed out first', () => {
		const { code } = setUp('timed');
		const points = [true, false].map((asked, n) => {
			const { token } = joinHomework(db, { code, nickname: `Student${n}`, now: T0 });
			if (asked) openItem(db, { code, token, now: T0 });
			return recordAnswer(db, { code, token, post: { itemIndex: 0, response: choice(0) }, now: T0 + 2_000 }).score.points;
		});
		expect(points[1]).toBeLessThan(points[0]);
	});

	it('still refuses an answer to an item past the first unanswered one, handed out or not', () => {
		const { code } = setUp('timed');
		const { token } = joinHomework(db, { code, nickname: 'Ada', now: T0 });
		expect(refusal(() => recordAnswer(db, { code, token, post: { itemIndex: 2, response: choice(0) }, now: T0 }))).toMatchObject({
			status: 409,
			message: 'Answer item 1 first.'
		});
	});

	it('hands out nothing once every item is answered, and nothing after the deadline', () => {
		const { code } = setUp('relaxed');
		const { token } = joinHomework(db, { code, nickname: 'Ada', now: T0 });
		for (const itemIndex of [0, 1, 2, 3]) answerAfter({ code, token, post: { itemIndex, response: null }, now: T0 });
		expect(openItem(db, { code, token, now: T0 })).toBeNull();
		expect(refusal(() => openItem(db, { code, token, now: DEADLINE }))).toMatchObject({ status: 410, handedIn: { answered: 4 } });
	});
});

/** Ada answers all four items, Bo the first two; Ada's note holds a non-Latin name. */
function playTwo(code: string) {
	const ada = joinHomework(db, { code, nickname: 'Ada', note: '李雷, "Lei"', now: T0 }).token;
	const bo = joinHomework(db, { code, nickname: '=Bo', now: T0 }).token;
	const posts = [
		[ada, 0, choice(0), 4000],
		[ada, 1, choice(1), 3000],
		[ada, 2, choice(2), 5000],
		[ada, 3, { kind: 'text' as const, text: 'minsk' }, 8000],
		[bo, 0, choice(1), 6000],
		[bo, 1, choice(0), 2000]
	] as const;
	for (const [token, itemIndex, response, elapsedMs] of posts) {
		answerAfter({ code, token, post: { itemIndex, response, elapsedMs }, now: T0 });
	}
}

describe('the report from stored answers', () => {
	it('matches hand-computed figures', () => {
		const { code, homework } = setUp('relaxed');
		playTwo(code);
		const report = homeworkReport(db, homework);
		// Ada: right, wrong, right, right (1000, 0, 1000, 1100); Bo: wrong, right (0, 1000).
		expect(report.students.map((s) => [s.nickname, s.points, s.right, s.answered, s.timeMs])).toEqual([
			['Ada', 3100, 3, 4, 20_000],
			['=Bo', 1000, 1, 2, 8000]
		]);
		expect(report.items.map((i) => [i.answered, i.right, i.shareRight, i.meanMs])).toEqual([
			[2, 1, 0.5, 5000],
			[2, 1, 0.5, 2500],
			[1, 1, 1, 5000],
			[1, 1, 1, 8000]
		]);
	});
});

describe('the CSV export', () => {
	it('parses back to the report: BOM, one header row, names intact, formulas defused', () => {
		const { code, homework } = setUp('relaxed');
		playTwo(code);
		const report = homeworkReport(db, homework);
		const csv = studentsCsv(report);
		expect(csv.charCodeAt(0)).toBe(0xfeff);
		const rows = parse(csv, { bom: true }) as string[][];
		expect(rows[0].slice(0, 7)).toEqual(['Nickname', 'Real name', 'Points', 'Right', 'Answered', 'Total', 'Time (s)']);
		expect(rows[0]).toHaveLength(7 + 3 * 4);
		expect(rows.slice(1).map((r) => r.slice(0, 7))).toEqual([
			['Ada', '李雷, "Lei"', '3100', '3', '4', '4', '20.0'],
			["'=Bo", '', '1000', '1', '2', '4', '8.0']
		]);
		expect(rows[1].slice(7)).toEqual(['Sochi', 'yes', '4.0', 'False', 'no', '3.0', 'Belta', 'yes', '5.0', 'minsk', 'yes', '8.0']);
		expect(rows[2].slice(13)).toEqual(['', '', '', '', '', '']);

		const items = parse(itemsCsv(report), { bom: true, columns: true }) as Record<string, string>[];
		expect(items.map((r) => [r.Item, r.Answer, r.Answered, r.Right, r['Right (%)'], r['Mean time (s)']])).toEqual([
			['1', 'Sochi', '2', '1', '50', '5.0'],
			['2', 'True', '2', '1', '50', '2.5'],
			['3', 'Belta', '1', '1', '100', '5.0'],
			['4', 'Minsk', '1', '1', '100', '8.0']
		]);
		expect(items[0]['Answers given']).toBe('Sochi: 1; Minsk: 1; Moscow: 0; Kyiv: 0');
	});
});

const counts = () =>
	Object.fromEntries(
		['homework', 'homework_students', 'homework_answers', 'rooms', 'room_players', 'room_answers', 'results'].map((t) => [
			t,
			(db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n
		])
	);

describe('deletion', () => {
	it('deleting a homework leaves nothing of it in the database, and other homework untouched', () => {
		const { code, homework } = setUp();
		playTwo(code);
		const other = setUp();
		joinHomework(db, { code: other.code, nickname: 'Cy', now: T0 });
		deleteHomework(db, homework.id);
		expect(counts()).toMatchObject({ homework: 1, homework_students: 1, homework_answers: 0 });
		const dump = JSON.stringify(db.prepare('SELECT * FROM homework_students').all());
		expect(dump).not.toContain('Ada');
		// Nor in the file's free pages or write-ahead log: secure delete, then a checkpoint.
		const path = join(dir, 'test.db');
		const bytes = Buffer.concat([readFileSync(path), existsSync(`${path}-wal`) ? readFileSync(`${path}-wal`) : Buffer.alloc(0)]);
		expect(bytes.includes(Buffer.from('李雷, "Lei"'))).toBe(false);
	});

	it('sweeps rooms, results and homework older than the retention age, and keeps newer ones', () => {
		const day = 24 * 3600_000;
		const old = setUp();
		playTwo(old.code);
		createHomework(db, { quiz: tinyQuiz, mode: 'timed', deadline: DEADLINE + 80 * day, now: T0 });
		const room = (id: string, createdAt: number) =>
			db
				.prepare(
					`INSERT INTO rooms (id, code, quiz_id, quiz_body, host_token_hash, phase, item_index, created_at, expires_at)
					 VALUES (?, '123456', 'q', '{}', 'h', 'ended', 0, ?, ?)`
				)
				.run(id, createdAt, createdAt + day);
		const now = T0 + 92 * day;
		room('old', T0 - 95 * day);
		room('new', now - day);
		db.prepare("INSERT INTO room_players (id, room_id, nickname, nickname_key, token_hash, joined_at, first_item) VALUES ('p', 'old', 'Ada', 'ada', 't', 0, 0)").run();
		const result = (id: string, at: number, challengeOf: string | null) =>
			db
				.prepare(
					`INSERT INTO results (id, quiz_id, mode, seed, right_count, total, points, best_streak, outcomes, answers, challenge_of, created_at)
					 VALUES (?, 'q', 'timed', 1, 0, 0, 0, 0, '[]', '[]', ?, ?)`
				)
				.run(id, challengeOf, new Date(at).toISOString());
		result('r-old', T0 - 95 * day, null);
		result('r-new', now - day, 'r-old');

		const swept = sweepExpired(db, { now, days: 90 });
		expect(swept).toEqual({ rooms: 1, results: 1, homework: 1 });
		expect(counts()).toEqual({
			homework: 1,
			homework_students: 0,
			homework_answers: 0,
			rooms: 1,
			room_players: 0,
			room_answers: 0,
			results: 1
		});
		expect(db.prepare('SELECT challenge_of FROM results').get()).toEqual({ challenge_of: null });
	});

	it('reads RETENTION_DAYS, falling back to 90 days for a missing or bad value', () => {
		expect(retentionDays({ RETENTION_DAYS: '30' })).toBe(30);
		expect(retentionDays({})).toBe(90);
		expect(retentionDays({ RETENTION_DAYS: 'ninety' })).toBe(90);
		expect(retentionDays({ RETENTION_DAYS: '0' })).toBe(90);
	});
});

describe('a typed code that is no homework code', () => {
	it('says what is wrong with it: a room code is offered as one, look-alike characters are named, a wrong length is counted', () => {
		expect(homeworkCodeProblem('K7M2QP')).toBeNull();
		// a fresh user typed a class game's six digits and was told only "six letters and digits"
		expect(homeworkCodeProblem('000000')).toEqual({ message: expect.stringMatching(/^000000 is the code of a class game/), roomCode: '000000' });
		expect(homeworkCodeProblem('K7M2Q0')?.message).toMatch(/never 0, 1, I, L or O.*check the 0 against/);
		expect(homeworkCodeProblem('K1MOQP')?.message).toMatch(/check the 1 and O against/);
		expect(homeworkCodeProblem('K7M')?.message).toBe('A homework code has six letters and digits (this one has 3), like K7M2QP. Check it and try again.');
		expect(homeworkCodeProblem('K7M2Q?')?.message).toBe('A homework code has only letters and digits (this one has "?"), like K7M2QP. Check it and try again.');
		expect(homeworkCodeProblem('K7M2Q?')?.roomCode).toBeUndefined();
	});
});
