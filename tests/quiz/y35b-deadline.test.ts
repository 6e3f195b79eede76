import { describe, expect, it } from 'vitest';
import { filler, itemsOf, reportOf, written } from './report';

const title = 'Estonia approves two solar parks near Tartu';
const paragraphs = [
	'Energy officials in Estonia approved two solar parks near Tartu on Monday after a long planning fight over farmland.',
	'The parks will be built by Valgus Energia, which runs 11 solar sites in the Baltic states.',
	'Valgus Energia said both parks are due to be connected to the grid by 2029.'
];

describe('a deadline year asked true/false (generate.ts, issue 3)', () => {
	it('asks it true/false, the false side moving the deadline earlier, which is false by the article', () => {
		const asked = itemsOf(title, paragraphs).filter((i) => /connected to the grid by/.test(i.stem));
		expect(asked.length).toBeGreaterThan(0);
		for (const item of asked) {
			expect(item.type).toBe('true-false');
			const year = Number(/by (\d{4})/.exec(item.stem)?.[1]);
			expect(item.key === 0 ? year === 2029 : year < 2029).toBe(true);
		}
	});

	it('never asks it as a blank, where a later year is as true (R3)', () => {
		const blanks = written(reportOf(title, [...paragraphs, ...filler])).filter((w) => /connected to the grid by _____/.test(w.stem));
		expect(blanks.length).toBeGreaterThan(0);
		expect(blanks.every((w) => w.check === 'R3')).toBe(true);
	});
});
