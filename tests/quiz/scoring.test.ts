import { describe, expect, it } from 'vitest';
import {
	credit,
	editDistance,
	estimateCredit,
	foldText,
	isCorrect,
	matchesTyped,
	parseNumber,
	scoreAnswer,
	MIN_ANSWER_MS,
	scoreGame,
	shuffleOptions,
	speedPoints,
	streakBonus,
	timeLimitMs
} from '$lib/quiz/scoring';
import type { Item } from '$lib/quiz/types';
import { fixtureQuiz } from '../game/fixture';

const [mcq, trueFalse, typed, estimate] = fixtureQuiz.items;

describe('time limits', () => {
	it('gives 12 s plus 300 ms a word of stem and options, rounded up to a second', () => {
		// 14 stem words + 4 one-word options = 18 words: 12 000 + 5 400 = 17 400 → 18 000.
		expect(timeLimitMs(mcq)).toBe(18_000);
		// 10 stem words + "True", "False" = 12 words: 12 000 + 3 600 = 15 600 → 16 000.
		expect(timeLimitMs(trueFalse)).toBe(16_000);
	});

	it('adds typing time and leaves out hidden options on typed and estimate items', () => {
		// 13 stem words: 12 000 + 3 900 + 6 000 typing = 21 900 → 22 000.
		expect(timeLimitMs(typed)).toBe(22_000);
		// 15 stem words: 12 000 + 4 500 + 6 000 = 22 500 → 23 000.
		expect(timeLimitMs(estimate)).toBe(23_000);
	});

	it('never gives less than 15 s or more than 60 s', () => {
		expect(timeLimitMs({ ...mcq, stem: 'Who?', options: ['A', 'B'] })).toBe(15_000);
		expect(timeLimitMs({ ...mcq, stem: 'word '.repeat(200) })).toBe(60_000);
	});
});

describe('speed points', () => {
	it('follows Kahoot!: 2 s into a 30 s timer earns 967 points', () => {
		expect(speedPoints({ elapsedMs: 2_000, limitMs: 30_000, mode: 'timed' })).toBe(967);
	});

	it('gives full points to an answer within the first half second', () => {
		expect(speedPoints({ elapsedMs: 500, limitMs: 30_000, mode: 'timed' })).toBe(1000);
		// 1000 × (1 − 501 / 60 000) = 991.65 → 992.
		expect(speedPoints({ elapsedMs: 501, limitMs: 30_000, mode: 'timed' })).toBe(992);
	});

	it('gives half points at the buzzer', () => {
		expect(speedPoints({ elapsedMs: 30_000, limitMs: 30_000, mode: 'timed' })).toBe(500);
	});

	it('gives flat points in relaxed mode whatever the time', () => {
		expect(speedPoints({ elapsedMs: 600_000, limitMs: 30_000, mode: 'relaxed' })).toBe(1000);
	});
});

describe('streak bonus', () => {
	it('awards a streak bonus from the second correct answer in a row', () => {
		expect(streakBonus(1)).toBe(0);
		expect(streakBonus(2)).toBe(100);
		expect(streakBonus(4)).toBe(300);
	});

	it('caps the streak bonus at 500 points', () => {
		expect(streakBonus(6)).toBe(500);
		expect(streakBonus(12)).toBe(500);
	});
});

describe('choice items', () => {
	it('counts only the key option as right', () => {
		expect(credit(mcq, { kind: 'choice', option: 0 })).toBe(1);
		expect(credit(mcq, { kind: 'choice', option: 2 })).toBe(0);
		expect(isCorrect(trueFalse, { kind: 'choice', option: 1 })).toBe(false);
	});

	it('gives no credit for typed text on a choice item', () => {
		expect(credit(mcq, { kind: 'text', text: 'Sochi' })).toBe(0);
	});
});

describe('typed answers', () => {
	it('accepts an answer regardless of case, accents and punctuation', () => {
		expect(isCorrect(typed, { kind: 'text', text: '  LUKASHENKO! ' })).toBe(true);
		expect(isCorrect(typed, { kind: 'text', text: 'Alexander Lukashénko' })).toBe(true);
		expect(foldText('The Kremlin’s')).toBe('kremlins');
	});

	it('forgives one typo in a name of five or more letters and two from nine', () => {
		// "lukashenk" is one deletion from "lukashenko" (10 letters, 2 allowed).
		expect(isCorrect(typed, { kind: 'text', text: 'Lukashenk' })).toBe(true);
		// "aleksander" for "alexander": a substitution and an insertion (20 letters, 2 allowed).
		expect(isCorrect(typed, { kind: 'text', text: 'Aleksander Lukashenko' })).toBe(true);
		expect(editDistance('sochi', 'scohi')).toBe(1);
		expect(matchesTyped('Scohi', 'Sochi')).toBe(true);
	});

	it('forgives no typo in short words', () => {
		expect(matchesTyped('Iraq', 'Iran')).toBe(false);
	});

	it('rejects a different name', () => {
		expect(isCorrect(typed, { kind: 'text', text: 'Putin' })).toBe(false);
		expect(isCorrect(typed, { kind: 'text', text: '   ' })).toBe(false);
	});

	it('matches numbers written in different ways', () => {
		expect(matchesTyped('1,080', '1080')).toBe(true);
		expect(matchesTyped('£772.6m', '£772.6 million')).toBe(true);
		expect(matchesTyped('772.6 million', '£772.6 million')).toBe(true);
		expect(matchesTyped('772,600,000', '£772.6 million')).toBe(true);
		expect(matchesTyped('40 per cent', '40%')).toBe(true);
		expect(matchesTyped('3bn', '3 billion dollars')).toBe(true);
		expect(matchesTyped('774 people', '774')).toBe(true);
	});

	it('never forgives a wrong digit or a different currency', () => {
		expect(matchesTyped('1081', '1080')).toBe(false);
		expect(matchesTyped('$772.6m', '£772.6 million')).toBe(false);
		expect(matchesTyped('774 people', '774 police')).toBe(false);
	});

	it('reads numbers with separators, scales and currencies', () => {
		expect(parseNumber('£772.6m')).toEqual({ value: 772_600_000, currency: 'GBP', scale: 1e6 });
		expect(parseNumber('150,000')).toEqual({ value: 150_000 });
		expect(parseNumber('5 men')).toEqual({ value: 5, unit: 'men' });
		expect(parseNumber('3bn')).toEqual({ value: 3e9, scale: 1e9 });
		expect(parseNumber('Sochi')).toBeNull();
	});

	it('reads a comma before one or two digits as a decimal comma, before three as thousands, and refuses what is not one number', () => {
		expect(parseNumber('7,3')).toEqual({ value: 7.3 });
		expect(parseNumber('0,65')).toEqual({ value: 0.65 });
		expect(parseNumber('€2,5m')).toEqual({ value: 2_500_000, currency: 'EUR', scale: 1e6 });
		expect(parseNumber('3,750')).toEqual({ value: 3750 });
		expect(parseNumber('3,750.25')).toEqual({ value: 3750.25 });
		for (const text of ['7.3.2', '4,5,6', '7,', '2,3456', '7.30,5']) expect(parseNumber(text)).toBeNull();
		expect(matchesTyped('7,3', '7.3')).toBe(true);
	});
});

describe('estimates', () => {
	it('gives full credit within 5% of the key', () => {
		// |1.45 − 1.5| / 1.5 = 3.3 %.
		expect(credit(estimate, { kind: 'number', value: 1.45e9 })).toBe(1);
		expect(isCorrect(estimate, { kind: 'number', value: 1.575e9 })).toBe(true);
	});

	it('gives partial credit falling linearly from 5% to 50% relative error', () => {
		// 20 % error: (0.5 − 0.2) / 0.45 = 2/3.
		expect(credit(estimate, { kind: 'number', value: 1.2e9 })).toBeCloseTo(2 / 3, 10);
		expect(isCorrect(estimate, { kind: 'number', value: 1.2e9 })).toBe(false);
		// 27.5 % error: (0.5 − 0.275) / 0.45 = 0.5.
		expect(estimateCredit(72.5, 100)).toBeCloseTo(0.5, 10);
	});

	it('gives no credit from 50% off', () => {
		expect(credit(estimate, { kind: 'number', value: 0.75e9 })).toBe(0);
		expect(credit(estimate, { kind: 'number', value: 2.25e9 })).toBe(0);
	});

	it('reads a typed estimate as a number', () => {
		expect(credit(estimate, { kind: 'text', text: '$1.5bn' })).toBe(1);
		expect(credit(estimate, { kind: 'text', text: 'a lot' })).toBe(0);
	});

	it('reads a typed estimate in the units of the blank', () => {
		// "£_____ million": the player types 772.6; the key is 772 600 000.
		const inMillions: Item = {
			...estimate,
			stem: 'Belarus owes Russia £_____ million.',
			numeric: { value: 772_600_000, scale: 1e6, min: 0, max: 2_400_000_000 }
		};
		expect(credit(inMillions, { kind: 'text', text: '772.6' })).toBe(1);
		expect(credit(inMillions, { kind: 'text', text: '£772.6m' })).toBe(1);
		expect(credit(inMillions, { kind: 'number', value: 772_600_000 })).toBe(1);
		// 700 million is 9.4 % off: (0.5 − 0.094) / 0.45 ≈ 0.902.
		expect(credit(inMillions, { kind: 'text', text: '700' })).toBeCloseTo((0.5 - 72.6 / 772.6) / 0.45, 10);
	});

	it('measures a key of zero against the half-width of its range', () => {
		expect(estimateCredit(0.5, 0, { min: -10, max: 10 })).toBe(1);
		expect(estimateCredit(5, 0, { min: -10, max: 10 })).toBe(0);
	});
});

describe('scoring one answer', () => {
	it('scores a time-up 0 and breaks the streak', () => {
		const score = scoreAnswer({ item: mcq, response: null, elapsedMs: 18_000, limitMs: 18_000, mode: 'timed', streak: 3 });
		expect(score).toEqual({ correct: false, credit: 0, points: 0, bonus: 0, streak: 0, timedOut: true });
	});

	it('counts a timed answer given exactly at the limit, at half points', () => {
		const score = scoreAnswer({
			item: mcq,
			response: { kind: 'choice', option: 0 },
			elapsedMs: 18_000,
			limitMs: 18_000,
			mode: 'timed',
			streak: 0
		});
		expect(score).toMatchObject({ correct: true, points: 500, timedOut: false });
	});

	it('treats a timed answer after the limit as a time-up', () => {
		const score = scoreAnswer({
			item: mcq,
			response: { kind: 'choice', option: 0 },
			elapsedMs: 18_001,
			limitMs: 18_000,
			mode: 'timed',
			streak: 0
		});
		expect(score).toMatchObject({ points: 0, timedOut: true });
	});

	it('adds the streak bonus to the speed points of a right answer', () => {
		// 2 s of 18 s: round(1000 × (1 − 2/36)) = 944; streak 3 → 4, bonus 300.
		const score = scoreAnswer({
			item: mcq,
			response: { kind: 'choice', option: 0 },
			elapsedMs: 2_000,
			limitMs: 18_000,
			mode: 'timed',
			streak: 3
		});
		expect(score).toEqual({ correct: true, credit: 1, points: 1_244, bonus: 300, streak: 4, timedOut: false });
	});

	it('multiplies points by partial credit and resets the streak', () => {
		const score = scoreAnswer({
			item: estimate,
			response: { kind: 'number', value: 1.2e9 },
			elapsedMs: 0,
			limitMs: 23_000,
			mode: 'relaxed',
			streak: 2
		});
		expect(score).toMatchObject({ correct: false, points: 667, bonus: 0, streak: 0 });
	});
});

describe('scoring a whole game', () => {
	it('adds up a game as the machine and the server both score it', () => {
		const game = scoreGame({
			quiz: fixtureQuiz,
			mode: 'timed',
			answers: [
				{ response: { kind: 'choice', option: 0 }, elapsedMs: 2_000 },
				{ response: { kind: 'choice', option: 0 }, elapsedMs: 400 },
				{ response: null, elapsedMs: 22_000 },
				{ response: { kind: 'number', value: 1.2e9 }, elapsedMs: 11_000 }
			]
		});
		// 944; 1000 + 100; 0; round(round(1000 × (1 − 11/46)) × 2/3) = round(761 × 2/3) = 507.
		expect(game.perItem.map((a) => a.points)).toEqual([944, 1_100, 0, 507]);
		expect(game).toMatchObject({ right: 2, total: 4, points: 2_551, bestStreak: 2, streak: 0 });
		expect(game.perItem[2]).toMatchObject({ itemId: 'i-who', timedOut: true, limitMs: 22_000 });
	});

	it('gives a timed answer quicker than a human can react the fewest speed points, and keeps it right', () => {
		const answers = [
			{ response: { kind: 'choice', option: 0 } as const, elapsedMs: 0 },
			{ response: { kind: 'choice', option: 0 } as const, elapsedMs: 249 }
		];
		const game = scoreGame({ quiz: fixtureQuiz, mode: 'timed', answers });
		// each as if given at its limit: 500, then 500 + streak bonus 100
		expect(game.perItem.map((a) => a.points)).toEqual([500, 600]);
		expect(game).toMatchObject({ right: 2, bestStreak: 2 });
		expect(game.perItem.map((a) => [a.timedOut, a.elapsedMs])).toEqual([[false, 0], [false, 249]]);
		// from the floor on, the speed formula applies as before (within 0.5 s: full points)
		expect(scoreGame({ quiz: fixtureQuiz, mode: 'timed', answers: [{ ...answers[0], elapsedMs: MIN_ANSWER_MS }] }).points).toBe(1_000);
		// relaxed mode has no speed points to lose
		expect(scoreGame({ quiz: fixtureQuiz, mode: 'relaxed', answers }).points).toBe(2_100);
	});

	it('scores a game in progress out of all its items', () => {
		const game = scoreGame({ quiz: fixtureQuiz, mode: 'relaxed', answers: [{ response: { kind: 'choice', option: 0 }, elapsedMs: 9e6 }] });
		expect(game).toMatchObject({ right: 1, total: 4, points: 1_000 });
	});

	it('caps a late timed answer at the limit and scores it as a time-up', () => {
		const game = scoreGame({ quiz: fixtureQuiz, mode: 'timed', answers: [{ response: { kind: 'choice', option: 0 }, elapsedMs: 60_000 }] });
		expect(game.perItem[0]).toMatchObject({ response: null, elapsedMs: 18_000, points: 0, timedOut: true });
	});

	it('rejects more answers than items and impossible times', () => {
		const five = Array.from({ length: 5 }, () => ({ response: null, elapsedMs: 0 }));
		expect(() => scoreGame({ quiz: fixtureQuiz, mode: 'timed', answers: five })).toThrow(/5 answers for a quiz of 4 items/);
		expect(() => scoreGame({ quiz: fixtureQuiz, mode: 'timed', answers: [{ response: null, elapsedMs: -1 }] })).toThrow(RangeError);
		expect(() => scoreGame({ quiz: fixtureQuiz, mode: 'timed', answers: [{ response: null, elapsedMs: NaN }] })).toThrow(RangeError);
	});
});

describe('option order', () => {
	const item: Item = { ...mcq, options: ['Sochi', 'Yalta', 'Batumi', 'Odessa', 'Minsk'], key: 0 };

	it('gives the same order for the same seed and keeps the key on the key text', () => {
		const a = shuffleOptions(item, 1234);
		expect(shuffleOptions(item, 1234)).toEqual(a);
		expect(a.item.options[a.item.key]).toBe('Sochi');
		expect([...a.order].sort()).toEqual([0, 1, 2, 3, 4]);
		expect(a.order.map((i) => item.options[i])).toEqual(a.item.options);
	});

	it('varies the order with the seed', () => {
		const orders = new Set(Array.from({ length: 20 }, (_, seed) => shuffleOptions(item, seed).order.join()));
		expect(orders.size).toBeGreaterThan(10);
	});

	it('puts the key in every position about equally often', () => {
		const counts = [0, 0, 0, 0, 0];
		for (let seed = 0; seed < 5_000; seed++) counts[shuffleOptions(item, seed).item.key]++;
		for (const count of counts) expect(Math.abs(count - 1_000)).toBeLessThan(100);
	});

	it('keeps True before False', () => {
		expect(shuffleOptions(trueFalse, 5).item.options).toEqual(['True', 'False']);
	});

	it('puts numeric options in ascending order', () => {
		const numeric: Item = { ...mcq, options: ['932', '774', '1,154', '618'], key: 1 };
		const { item: shown, order } = shuffleOptions(numeric, 99);
		expect(shown.options).toEqual(['618', '774', '932', '1,154']);
		expect(shown.key).toBe(1);
		expect(order).toEqual([3, 1, 0, 2]);
	});
});
