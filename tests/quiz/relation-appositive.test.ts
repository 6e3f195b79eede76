import { describe, expect, it } from 'vitest';
import { reportOf, written } from './report';

const obituary = [
	'Marta Kovács, the Hungarian sculptor whose bronze cranes stand on the Danube embankment in Budapest, has died at the age of 88.',
	'She made more than 200 public works in a career of six decades, and taught at the Budapest academy for 27 years.',
	'The poet Ilona Szabó, a friend of more than 40 years, said Kovács had been "impatient with everything except clay".',
	'The critic Gábor Fehér, a longtime admirer, called her cranes "the best public sculpture of the century".',
	'The architect Péter Varga, a colleague of Kovács at the academy, said she had never missed a class.',
	'Her funeral will be held in Budapest on 14 March.'
];

describe('an appositive that ties a person to another says to whom (R1, R4)', () => {
	it('writes no "X is a friend of more than 40 years" nor "X is a longtime admirer", and keeps "a colleague of Kovács"', () => {
		const stems = written(reportOf('Marta Kovács, sculptor of the Danube cranes, dies at 88', obituary)).map((w) => w.stem);
		expect(stems.filter((s) => /Ilona Szabó (?:is|was) a friend/.test(s))).toEqual([]);
		expect(stems.filter((s) => /Gábor Fehér (?:is|was) a longtime admirer/.test(s))).toEqual([]);
		// written true ("of Kovács") or false (another person of the article), as the quiz's balance of true and false falls
		expect(stems.some((s) => /Péter Varga (?:is|was) a colleague of (?:Kovács|Fehér|Szabó) at the /.test(s))).toBe(true);
	});
});
