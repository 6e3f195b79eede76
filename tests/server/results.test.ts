import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../src/lib/server/db';
import { findChallenge, findResult, playedOnItems, readLimitedText, recordResult, ResultRefused } from '../../src/lib/server/results';
import { resultPost } from '../../src/lib/share/submit';
import { isResultId } from '../../src/lib/share/result-id';
import { parseQuiz } from '../../src/lib/quiz/schema';
import { tinyGame, tinyQuiz } from '../fixtures/tiny-quiz';

const lookupQuiz = (id: string) => (id === tinyQuiz.id ? tinyQuiz : undefined);

/** The tiny quiz's right, right, wrong, right game (`tinyGame`), with `overrides`. */
function post(overrides: Record<string, unknown> = {}): { answers: Record<string, unknown>[] } & Record<string, unknown> {
	return { ...tinyGame(), ...overrides };
}

function withAnswer(index: number, answer: Record<string, unknown>) {
	const body = post();
	body.answers[index] = answer;
	return body;
}

describe('recordResult', () => {
	let dir: string;
	let db: Db;
	const count = () => (db.prepare('SELECT count(*) AS n FROM results').get() as { n: number }).n;

	beforeEach(() => {
		dir = mkdtempSync(join(tmpdir(), 'newsquiz-results-'));
		db = openDatabase(join(dir, 'newsquiz.db'));
	});
	afterEach(() => {
		db.close();
		rmSync(dir, { recursive: true, force: true });
	});

	it('scores a timed game by hand-worked points and stores it under a fresh id', () => {
		// i1: 1000 × (1 − 4000/16000/2) = 875; i2: under 0.5 s, 1000 + streak bonus 100 = 1100;
		// i3 wrong: 0, streak breaks; i4: 1000 × (1 − 10500/21000/2) = 750, a new streak of 1.
		const { result, challenged } = recordResult({ db, json: post({ name: '  Anna  ' }), lookupQuiz });
		expect(challenged).toBeNull();
		expect(isResultId(result.id)).toBe(true);
		expect(result).toMatchObject({ quizId: 'tiny-sochi', mode: 'timed', seed: 12345, name: 'Anna', right: 3, total: 4, points: 2725, bestStreak: 2 });
		expect(result.items).toEqual([
			{ itemId: 'i1', outcome: 'right' },
			{ itemId: 'i2', outcome: 'right' },
			{ itemId: 'i3', outcome: 'wrong' },
			{ itemId: 'i4', outcome: 'right' }
		]);
		expect(findResult(db, result.id)).toEqual(result);
		expect(count()).toBe(1);
	});

	it('accepts right answers at 0 ms among slow ones but scores them at the buzzer, so a forged time gains no points', () => {
		// i1–i3 right at 0 ms: 500, 500 + 100, 500 + 200; i4 typed at 1.3 s: 1000 × (1 − 1300/21000/2) = 969, + 300.
		const answers = [
			{ response: { kind: 'choice', option: 0 }, elapsedMs: 0 },
			{ response: { kind: 'choice', option: 0 }, elapsedMs: 0 },
			{ response: { kind: 'choice', option: 2 }, elapsedMs: 0 },
			{ response: { kind: 'text', text: 'minsk' }, elapsedMs: 1300 }
		];
		const { result } = recordResult({ db, json: post({ answers }), lookupQuiz });
		expect(result).toMatchObject({ right: 4, total: 4, points: 500 + 600 + 700 + 1269, bestStreak: 4 });
	});

	it('refuses a rude name, which the shared page and its card would show to everyone, and stores nothing', () => {
		expect(() => recordResult({ db, json: post({ name: 'fuck you' }), lookupQuiz })).toThrow(expect.objectContaining({ message: 'Pick another name: that one is not allowed on a shared page.', field: 'name' }));
		expect(count()).toBe(0);
	});

	// a fresh user's find: the name "Dick" was refused on the share form
	it('stores a name that is an ordinary given name the profanity list matches as a word', () => {
		const { result } = recordResult({ db, json: post({ name: 'Dick' }), lookupQuiz });
		expect(result.name).toBe('Dick');
	});

	it('gives flat points in relaxed mode', () => {
		// 1000 + (1000 + 100) + 0 + 1000: no speed term without a timer.
		const { result } = recordResult({ db, json: post({ mode: 'relaxed' }), lookupQuiz });
		expect(result).toMatchObject({ right: 3, points: 3100, bestStreak: 2, name: null });
	});

	it('counts a time-up and an answer after the limit (within the grace) as timed out', () => {
		const body = post();
		body.answers[2] = { response: null, elapsedMs: 15_000 };
		body.answers[3] = { response: { kind: 'text', text: 'Minsk' }, elapsedMs: 22_000 };
		const { result } = recordResult({ db, json: body, lookupQuiz });
		expect(result.items.map((i) => i.outcome)).toEqual(['right', 'right', 'timeout', 'timeout']);
		expect(result).toMatchObject({ right: 2, points: 1975 });
	});

	it('stores an estimate that earned part of the points as close, not wrong, and does not count it right', () => {
		const seedQuiz = parseQuiz(JSON.parse(readFileSync('questions/belarus-lukashenko-putin-sochi.json', 'utf8')));
		const estimate = seedQuiz.items.findIndex((item) => item.numeric?.value === 80);
		// 100 for a key of 80 is 25 % off: inside the 50 % band that earns part of the points
		const answers = seedQuiz.items.map((_, i) => ({ response: i === estimate ? { kind: 'number', value: 100 } : null, elapsedMs: 3000 }));
		const { result } = recordResult({
			db,
			json: { quizId: seedQuiz.id, mode: 'relaxed', seed: 1, answers },
			lookupQuiz: (id) => (id === seedQuiz.id ? seedQuiz : undefined)
		});
		expect(result.items[estimate].outcome).toBe('close');
		expect(result.items.filter((i) => i.outcome === 'close')).toHaveLength(1);
		expect(result.right).toBe(0);
		expect(result.points).toBeGreaterThan(0);
	});

	it('links a challenge to the result it answers when quiz, mode and seed match', () => {
		const first = recordResult({ db, json: post({ name: 'Anna' }), lookupQuiz }).result;
		const { result, challenged } = recordResult({ db, json: post({ challengeOf: first.id, name: 'Ben' }), lookupQuiz });
		expect(result.challengeOf).toBe(first.id);
		expect(challenged?.id).toBe(first.id);
		expect(result.id).not.toBe(first.id);
	});

	const refusals: [string, unknown, RegExp][] = [
		['an unknown quiz', post({ quizId: 'no-such-quiz' }), /no quiz "no-such-quiz"/],
		['too few answers', post({ answers: post().answers.slice(0, 3) }), /4 items but the result holds 3 answers/],
		['one answer', post({ answers: post().answers.slice(0, 1) }), /4 items but the result holds 1 answer$/],
		['too many answers', post({ answers: [...post().answers, post().answers[0]] }), /4 items but the result holds 5 answers/],
		['an option out of range', withAnswer(0, { response: { kind: 'choice', option: 4 }, elapsedMs: 4000 }), /option 4 is out of range/],
		['a negative option', withAnswer(0, { response: { kind: 'choice', option: -1 }, elapsedMs: 4000 }), /answers\.0\.response/],
		['a fractional option', withAnswer(1, { response: { kind: 'choice', option: 0.5 }, elapsedMs: 400 }), /answers\.1\.response/],
		['text for a choice item', withAnswer(0, { response: { kind: 'text', text: 'Sochi' }, elapsedMs: 4000 }), /choosing an option/],
		['an option for a typed item', withAnswer(3, { response: { kind: 'choice', option: 0 }, elapsedMs: 4000 }), /no options to choose/],
		['a negative time', withAnswer(0, { response: { kind: 'choice', option: 0 }, elapsedMs: -1 }), /answers\.0\.elapsedMs/],
		['a missing time', withAnswer(0, { response: { kind: 'choice', option: 0 } }), /answers\.0\.elapsedMs/],
		['an infinite time', JSON.parse(JSON.stringify(post()).replace('"elapsedMs":4000', '"elapsedMs":1e400')), /answers\.0\.elapsedMs/],
		['a time beyond the limit and grace', withAnswer(0, { response: { kind: 'choice', option: 0 }, elapsedMs: 18_001 }), /beyond the item's time limit/],
		['a relaxed time over a day', post({ mode: 'relaxed', answers: post().answers.map((a, i) => (i ? a : { ...a, elapsedMs: 86_400_001 })) }), /beyond/],
		['answers faster than reading', post({ answers: post().answers.map((a) => ({ ...a, elapsedMs: 120 })) }), /faster than anyone can read/],
		['an unknown mode', post({ mode: 'blitz' }), /^mode:/],
		['a seed out of range', post({ seed: 2 ** 32 }), /^seed:/],
		['a name with a control character', post({ name: 'An\u0007na' }), /^name:/],
		['a name too long', post({ name: 'x'.repeat(41) }), /^name:/],
		['a text answer over 200 characters', withAnswer(3, { response: { kind: 'text', text: 'M'.repeat(201) }, elapsedMs: 9000 }), /answers\.3\.response/],
		['a score claimed by the client', post({ points: 99_999, right: 4 }), /body|points|right/],
		['a challenge of a result that does not exist', post({ challengeOf: 'AAAAAAAAAAAA' }), /does not exist/],
		['not an object', 'hello', /body/]
	];

	it.each(refusals)('refuses %s and stores nothing', (_, json, message) => {
		expect(() => recordResult({ db, json, lookupQuiz })).toThrow(message);
		expect(count()).toBe(0);
	});

	it('accepts an answer exactly at the limit plus the grace', () => {
		expect(() => recordResult({ db, json: withAnswer(0, { response: { kind: 'choice', option: 0 }, elapsedMs: 18_000 }), lookupQuiz })).not.toThrow();
	});

	it('finds a challenge only among results of the same quiz', () => {
		const first = recordResult({ db, json: post(), lookupQuiz }).result;
		expect(findChallenge(db, 'tiny-sochi', first.id)?.id).toBe(first.id);
		expect(findChallenge(db, 'another-quiz', first.id)).toBeNull();
		expect(findChallenge(db, 'tiny-sochi', 'AAAAAAAAAAAA')).toBeNull();
		expect(findChallenge(db, 'tiny-sochi', '../../etc')).toBeNull();
		expect(findChallenge(db, 'tiny-sochi', null)).toBeNull();
		// a fresh user's challenge of 4 items against the quiz edited down to 3, moved about
		const ids = first.items.map((item) => item.itemId);
		expect(playedOnItems(first, ids)).toBe(true);
		expect(playedOnItems(first, ids.slice(1))).toBe(false);
		expect(playedOnItems(first, [...ids].reverse())).toBe(ids.length < 2);
		// an item edited in place keeps its id: a save after the result makes it another quiz
		const before = new Date(Date.parse(first.createdAt) - 60_000).toISOString();
		const after = new Date(Date.parse(first.createdAt) + 60_000).toISOString();
		expect(playedOnItems(first, ids, before)).toBe(true);
		expect(playedOnItems(first, ids, after)).toBe(false);
	});

	it('accepts the post the browser builds from a game record', () => {
		const json = resultPost({
			quizId: 'tiny-sochi',
			mode: 'relaxed',
			seed: 99,
			name: '   ',
			challengeOf: null,
			answers: [
				{ response: { kind: 'choice', option: 0 }, elapsedMs: 4000.4 },
				{ response: { kind: 'choice', option: 0 }, elapsedMs: 400.4 },
				{ response: { kind: 'choice', option: 1 }, elapsedMs: 5000.4 },
				{ response: { kind: 'text', text: 'minsk' }, elapsedMs: 10_500.4 }
			]
		});
		expect(json).not.toHaveProperty('name');
		expect(recordResult({ db, json, lookupQuiz }).result).toMatchObject({ right: 3, points: 3100, name: null });
	});

	it('refuses a challenge that changes the seed or the mode, storing nothing more', () => {
		const first = recordResult({ db, json: post(), lookupQuiz }).result;
		expect(() => recordResult({ db, json: post({ challengeOf: first.id, seed: 1 }), lookupQuiz })).toThrow(/same quiz, mode and seed/);
		expect(() => recordResult({ db, json: post({ challengeOf: first.id, mode: 'relaxed' }), lookupQuiz })).toThrow(/same quiz, mode and seed/);
		expect(count()).toBe(1);
	});
});

describe('readLimitedText', () => {
	const request = (body: BodyInit, headers: Record<string, string> = {}) =>
		new Request('http://127.0.0.1/api/results', { method: 'POST', body, headers, duplex: 'half' } as RequestInit);

	it('reads a body within the limit', async () => {
		expect(await readLimitedText(request('{"a":1}'), 16)).toBe('{"a":1}');
	});

	it('refuses a declared length over the limit before reading', async () => {
		await expect(readLimitedText(request('x'.repeat(10), { 'content-length': '17' }), 16)).rejects.toThrow(/larger than 16 bytes/);
	});

	it('refuses a streamed body that grows past the limit', async () => {
		const stream = new ReadableStream<Uint8Array>({
			start(controller) {
				for (let i = 0; i < 5; i++) controller.enqueue(new TextEncoder().encode('x'.repeat(5)));
				controller.close();
			}
		});
		await expect(readLimitedText(request(stream), 16)).rejects.toThrow(ResultRefused);
	});
});
