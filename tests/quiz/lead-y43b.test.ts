import { describe, expect, it } from 'vitest';
import { checksOf } from './report';

describe('y43b: the lead sentence that states the story’s main fact is asked', () => {
	it('a study lead comparing with "those who …" names people of a kind and points back at nothing (R4 had refused its risk figure)', () => {
		const lead = 'People who eat a handful of nuts most days have a 24% lower risk of stroke than those who rarely eat any, according to a large study published on Monday.';
		const checks = checksOf('Eating nuts most days linked to lower stroke risk, study finds', [lead, 'Researchers said the link held after they accounted for diet and exercise.'], /lower risk of stroke/);
		expect(checks).toContain('');
		// "those" with no description of its own still points back at what came before
		const back = 'People who eat a handful of nuts most days have a 24% lower risk of stroke than those, according to a large study published on Monday.';
		expect(checksOf('Eating nuts most days linked to lower stroke risk, study finds', [back], /lower risk of stroke/)).not.toContain('');
	});
});
