import { describe, expect, it } from 'vitest';
import { checksOf } from './report';

describe('q40: an option the source sentence gives is one it gives as a word', () => {
	it('does not read the distractor "ten" in "sentenced" (R3)', () => {
		// the lead of a dev-set court story: "ten", a distractor of "seven", was found inside "sentenced"
		const paragraphs = [
			"LYON, March 3 (Reuters) - France's Criminal Court on Monday sentenced the former chairman of solar developer Rhône Énergie to seven years in prison for defrauding taxpayers of 12.4 million euros ($13.1 million) in green subsidies, in one of the largest cases of its kind in the country.",
			'Judges found that Pierre Durand, 61, and two other former managers inflated the output of nine solar parks.',
			'The court also banned him from running a company for 15 years.'
		];
		expect(checksOf('French court jails solar executives over subsidy fraud', paragraphs, /to _____ years in prison/)).not.toContain('R3');
	});
});
