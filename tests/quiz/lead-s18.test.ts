import { describe, expect, it } from 'vitest';
import { written, reportOf } from './report';

const prize = [
	'STOCKHOLM — The 2026 Hallström Prize for human rights has been awarded to Maria Dubrova, a Belarusian lawyer jailed since 2021, the prize committee said on Thursday.',
	'The Hallström Prize will be presented at a ceremony in Stockholm on December 10, the committee said. The award carries 1.2 million Swedish kronor ($110,000).',
	'Dubrova, 54, defended protesters arrested after the 2020 election. She was sentenced to 11 years in prison in 2022. Her husband, Pavel Dubrov, said the family was overwhelmed.',
	'The committee chair, Annika Berg, said the lawyer had shown extraordinary courage. The prize was founded in 1998 by the industrialist Erik Hallström. Previous winners include activists from Iran, Russia and Nicaragua, and the prize has been awarded 28 times.'
];

describe('session 18 lead: kinds from the blind grades', () => {
	it('a name written "The 2026 Hallström Prize" keeps its "the" when it stands for "the prize" (R1: "and Hallström Prize has been awarded")', () => {
		const stems = written(reportOf('Swedish rights prize goes to jailed Belarusian lawyer', prize)).map((w) => w.stem);
		expect(stems.filter((s) => /\band Hallström Prize\b/.test(s))).toEqual([]);
		expect(stems.some((s) => /\band the Hallström Prize has been awarded _____ times/.test(s))).toBe(true);
	});
});
