import { describe, expect, it } from 'vitest';
import { stemsMatching, filler } from './report';

const rescue = (title: string, dateline: string) => [
	`${dateline} — Coastguard crews rescued 96 people from two boats early on Tuesday, officials said.`,
	'Most of those rescued said they had paid smugglers about $4,000 each for the crossing.',
	'The government announced in March that it would build a reception centre on the island with room for 400 people, at a cost of about €6m.',
	...filler
];

describe('"the government" of a story whose headline names two countries', () => {
	it('is owned by neither, the one a demonym names included', () => {
		for (const title of ['Italian coastguard rescues 96 off Sicily as Tunisia departures rise', 'Tunisia departures rise as Italian coastguard rescues 96 off Sicily']) {
			const stems = stemsMatching(title, rescue(title, 'PALERMO, Italy'), /reception centre/).map((s) => s.stem);
			expect(stems.length).toBeGreaterThan(0);
			for (const stem of stems) expect(stem).not.toMatch(/Tunisian government|Tunisia's government|Tunisia’s government/);
		}
	});

	it('is still the one country’s where the headline names one', () => {
		const stems = stemsMatching('Coastguard rescues 96 off Sicily as Italy braces for summer', rescue('', 'PALERMO, Italy'), /reception centre/).map((s) => s.stem);
		expect(stems.some((s) => /Italian government/.test(s))).toBe(true);
	});
});
