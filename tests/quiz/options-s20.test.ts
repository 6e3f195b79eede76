import { describe, expect, it } from 'vitest';
import { tallyDistractors } from '../../src/lib/quiz/distractors';
import { extractFacts } from '../../src/lib/quiz/facts';
import { createPrng } from '../../src/lib/quiz/prng';
import { itemsOf } from './report';

const score = (text: string) => ({ type: 'tally' as const, text, span: { start: 0, end: text.length } });

// the holdout59 reader: a semi-final first to 17 frames cannot end 18-12 or 16-12, and a 3-2 win in
// overtime cannot have been 4-2 or 5-2, so only the key was a possible score (R8)
describe('a score the match format allows', () => {
	it('keeps the winner of a race to a number, and the one-goal margin of a sudden-death win', () => {
		for (let seed = 1; seed <= 5; seed++) {
			for (const d of tallyDistractors(score('17-12'), createPrng(seed), 'race')) expect(d).toMatch(/^17-(?:[0-9]|1[0-6])$/);
			for (const d of tallyDistractors(score('3-2'), createPrng(seed), 'margin')) {
				const [a, b] = d.split('-').map(Number);
				expect(a - b).toBe(1);
			}
		}
	});

	it('is asked in a snooker story and an overtime win', () => {
		const snooker = [
			'Xu Haoran beat Declan O’Donnell 18-15 in the final of the World Snooker Championship at the Crucible Theatre on Monday night.',
			// "several", not "five": a count of its own here now gets a cloze, and the quiz's mix of types
			// then asks the semi-final's score as true/false in every seed, with no options to check
			'O’Donnell had trailed by several frames before a late fightback in the evening session.',
			'Earlier in the championship Xu had beaten Thailand’s Chanathip Sangsuwan 17-12 in the semi-finals.'
		];
		const races = itemsOf('Xu wins World Snooker Championship', snooker).filter((i) => i.factType === 'tally' && i.type !== 'true-false' && i.source.text.startsWith('Earlier'));
		expect(races.length).toBeGreaterThan(0);
		for (const item of races) {
			const key = item.options[item.key].split('-')[0];
			for (const o of item.options) expect(o.split('-')[0]).toBe(key);
		}
		const hockey = [
			'The Brandon Ice Dogs beat the host Kamloops Blazers 3-2 in overtime on Sunday night to win the Memorial Cup for the first time since 1998.',
			'Captain Tyler Marsh scored the winning goal after 2 minutes and 14 seconds of the extra period.',
			'The Blazers had led for most of the second period after a goal from Owen Fraser.'
		];
		const wins = itemsOf('Ice Dogs claim Memorial Cup', hockey).filter((i) => i.factType === 'tally' && i.type !== 'true-false');
		expect(wins.length).toBeGreaterThan(0);
		for (const item of wins) {
			for (const o of item.options) {
				const [a, b] = o.split('-').map(Number);
				expect(a - b).toBe(1);
			}
		}
	});
});

// the holdout57 reader: a firm ("Karen Clark & Co.") offered as who said a quote (R8)
describe('a person option', () => {
	it('is never a firm named after its founder', () => {
		const text = 'Insurance analytics firm Karen Clark & Co. had not released a loss estimate on Thursday.';
		const facts = extractFacts(text);
		expect(facts.filter((f) => f.type === 'person')).toEqual([]);
		expect(facts.filter((f) => f.type === 'organisation').map((f) => f.text)).toEqual(['Karen Clark & Co.']);
	});
});
