import { describe, expect, it } from 'vitest';
import { filler, stemsMatching } from './report';

const TITLE = 'Hearing aids cost far more in some countries, study finds';
const AIDS = [
	'A pair of hearing aids costs up to five times more in some European countries than in others, according to a study by researchers at the University of Utrecht published on Monday.',
	'In Denmark, patients typically pay about 3,000 Danish kroner of their own money for a pair of hearing aids.',
	'Patients in Italy paid the most, the researchers said.'
];

describe('q36: a country is never asked where the stem’s demonym tells it (R5)', () => {
	it('refuses "In _____, ... Danish kroner"', () => {
		const asked = stemsMatching(TITLE, [...AIDS, ...filler], /^In _____, patients typically pay/);
		expect(asked.length).toBeGreaterThan(0);
		expect(asked.filter((s) => s.check === ''), JSON.stringify(asked)).toEqual([]);
	});
});
