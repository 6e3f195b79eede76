import { describe, expect, it } from 'vitest';
import { checksOf, filler, kept, reportOf, written } from './report';

describe('y43b: the lead sentence that states the story’s main fact is asked', () => {
	it('a study lead comparing with "those who …" names people of a kind and points back at nothing (R4 had refused its risk figure)', () => {
		const lead = 'People who eat a handful of nuts most days have a 24% lower risk of stroke than those who rarely eat any, according to a large study published on Monday.';
		const checks = checksOf('Eating nuts most days linked to lower stroke risk, study finds', [lead, 'Researchers said the link held after they accounted for diet and exercise.'], /lower risk of stroke/);
		expect(checks).toContain('');
		// "those" with no description of its own still points back at what came before
		const back = 'People who eat a handful of nuts most days have a 24% lower risk of stroke than those, according to a large study published on Monday.';
		expect(checksOf('Eating nuts most days linked to lower stroke risk, study finds', [back], /lower risk of stroke/)).not.toContain('');
	});

	it('a share of the vote is asked with the vote’s place written in, the seats beside it left in (R4 had refused "which vote?")', () => {
		const lead = 'A party formed three years ago won the most seats in Tampere, Finland’s second-largest city, in Sunday’s municipal elections, ending two decades of coalition rule.';
		const share = 'The Harbour Alliance took 24.2% of the vote and 21 of the 67 seats on the council, according to final results published by the election office on Monday.';
		const stems = kept('Harbour party tops poll in Tampere as Finland’s municipal elections shake up councils', [lead, share, 'Its leader said she would begin coalition talks within days.']);
		expect(stems.filter((s) => s.startsWith('In Tampere, the Harbour Alliance took '))).toHaveLength(1);
		// a headline of two towns does not say which one's vote it was: no place is written in, and R4 still refuses
		const two = reportOf('Harbour party tops polls in Tampere and Turku as Finland votes', [lead.replace('in Tampere,', 'in Tampere and Turku,'), share, 'Its leader said she would begin coalition talks within days.']);
		expect(written(two).some((w) => /^In (?:Tampere|Turku), the Harbour/.test(w.stem))).toBe(false);
		expect(written(two).filter((w) => /^The Harbour Alliance took/.test(w.stem)).map((w) => w.check)).not.toContain('');
	});

	it('a headline of no vote writes no place in', () => {
		const stems = kept('Tampere harbour project wins funding as Finland backs city plans', [
			'A harbour project in Tampere, Finland’s second-largest city, won state funding on Monday after a long campaign by local firms.',
			'The Harbour Alliance took 24.2% of the vote and 21 of the 67 seats on the council in 2021, its records show.',
			...filler
		]);
		expect(stems.some((s) => /^In Tampere, the Harbour Alliance/.test(s))).toBe(false);
	});
});
