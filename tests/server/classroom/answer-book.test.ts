import { describe, expect, it } from 'vitest';
import { AnswerBook } from '../../../src/lib/server/classroom/answer-book';

const a = (playerId: string, option = 0) => ({ playerId, option });

describe('AnswerBook', () => {
	it('leaves the book it was made from unchanged, as an older snapshot must stay', () => {
		const empty = AnswerBook.of<ReturnType<typeof a>>();
		const one = empty.with(a('ann'));
		const two = one.with(a('bob'));
		expect([empty.size, one.size, two.size]).toEqual([0, 1, 2]);
		expect(empty.has('ann')).toBe(false);
		expect(one.has('bob')).toBe(false);
		expect(two.get('bob')).toEqual(a('bob'));
		expect([...one.entries()].map((x) => x.playerId)).toEqual(['ann']);
		expect([...two.entries()].map((x) => x.playerId)).toEqual(['ann', 'bob']);
	});

	it('keeps branches made from the same book apart', () => {
		const base = AnswerBook.of([a('ann')]);
		const left = base.with(a('bob', 1));
		const right = base.with(a('bob', 2)).with(a('cy'));
		expect(left.get('bob')?.option).toBe(1);
		expect(right.get('bob')?.option).toBe(2);
		expect(left.has('cy')).toBe(false);
		expect(base.has('bob')).toBe(false);
		expect(left.with(a('dee')).has('cy')).toBe(false);
		expect([...right.entries()].map((x) => x.playerId)).toEqual(['ann', 'bob', 'cy']);
	});

	it('refuses a second answer from the same player, and keeps the first from a list', () => {
		const book = AnswerBook.of([a('ann', 1), a('ann', 2)]);
		expect(book.size).toBe(1);
		expect(book.get('ann')?.option).toBe(1);
		expect(() => book.with(a('ann', 3))).toThrow(/already answered/);
	});
});
