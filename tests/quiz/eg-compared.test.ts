import { describe, expect, it } from 'vitest';
import { rangeDistractors } from '../../src/lib/quiz/distractors';
import { extractFacts } from '../../src/lib/quiz/facts';
import { createPrng } from '../../src/lib/quiz/prng';
import { itemsOf } from './report';

// a fresh user's R5: "_____ people had visited over four nights, beating last year's record of
// 510,000" tells the estimate, since answering the record scores within the band
describe('an estimate set against a figure near it in its own stem', () => {
	const estimates = (sentence: string) =>
		itemsOf('Lantern festival draws crowds to Marlow', [
			'The Marlow lantern festival closed on Sunday after four nights of music and light along the river.',
			sentence,
			'Stallholders along the Marlow riverside said trade had been the busiest they could remember.'
		]).filter((i) => i.answerMode === 'estimate');

	it('is not asked when the stem names a record, an earlier figure or a floor close to the key', () => {
		for (const sentence of [
			'Organisers said on Sunday that 540,000 people had visited the Marlow lantern festival over four nights, beating last year\'s record of 510,000.',
			'Organisers said on Sunday that 540,000 people had visited the Marlow lantern festival over four nights, up from 470,000 a year earlier.',
			'Organisers said on Sunday that 540,000 people had visited the Marlow lantern festival over four nights, topping the previous best of 505,000 set in 2019.'
		]) {
			// a stem cut before the compared figure tells nothing and may be asked
			expect(estimates(sentence).filter((i) => /visited.*(?:510,000|470,000|505,000)/.test(i.stem)).map((i) => i.stem)).toEqual([]);
		}
	});

	it('is still asked when the compared figure is too far from the key to score', () => {
		const sentence = 'Organisers said on Sunday that 540,000 people had visited the Marlow lantern festival over four nights, up from 90,000 when it began in 2012.';
		expect(estimates(sentence).some((i) => /visited/.test(i.stem))).toBe(true);
	});
});

// the dev174 reader's R8: "between £205m and £220m" took "£410m and £440m", "£820m and £880m"
// and "£82m and £88m", absurd beside the stem's own £241m and £142.6m
describe('range distractors', () => {
	const rangeFact = (sentence: string) => extractFacts(sentence).find((f) => f.type === 'range')!;

	it('move the key range by a near step rather than scaling it', () => {
		const fact = rangeFact('The retailer expects full-year profit of between £205m and £220m, below the £241m analysts had forecast.');
		for (let seed = 1; seed <= 20; seed++) {
			const options = rangeDistractors(fact, createPrng(seed));
			expect(options).toHaveLength(3);
			for (const o of options) {
				const [a, b] = o.split(' and ').map((n) => Number(n.replace(/[£m]/g, '')));
				expect([/^£\d+m and £\d+m$/.test(o), a < b, b < 205 || a > 220, a >= 205 / 2.5, b <= 220 * 2]).toEqual([true, true, true, true, true]);
			}
		}
	});

	it('still find three options for a wide range', () => {
		const fact = rangeFact('Forecasters expect between 2 and 4 storms to reach the coast this winter.');
		expect(rangeDistractors(fact, createPrng(1))).toHaveLength(3);
	});
});
