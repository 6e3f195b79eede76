import { describe, expect, it } from 'vitest';
import { itemsOf } from './report';

describe('s51 (1): a place the article writes inside another is no false swap nor option for it (R3)', () => {
	const storm = [
		'Typhoon Halya made landfall near the town of Palo Verde in Northern Leyte province early on Monday, with winds of 180 kilometres per hour.',
		'Fourteen of the victims were in Northern Leyte, six in Samar and three in Biliran.',
		'In Palo Verde, where the eye of the storm passed overhead, residents cleared fallen trees on Tuesday.',
		'Officials in Tacloban said power would be restored to most homes within a week.'
	];

	it('never writes "Fourteen of the victims were in Palo Verde", nor offers Palo Verde for Northern Leyte', () => {
		const items = itemsOf('Typhoon Halya kills 23 in the central Philippines', storm);
		const victims = items.filter((i) => i.source.text.startsWith('Fourteen of the victims'));
		expect(victims.length).toBeGreaterThan(0);
		for (const i of victims) {
			expect(i.stem).not.toMatch(/were in Palo Verde/);
			if (i.source.text.slice(i.source.keySpan.start, i.source.keySpan.end) === 'Northern Leyte') expect(i.options).not.toContain('Palo Verde');
		}
		for (const i of items.filter((i) => i.source.text.startsWith('In Palo Verde'))) expect(i.stem).not.toMatch(/^In Northern Leyte/);
	});
});
