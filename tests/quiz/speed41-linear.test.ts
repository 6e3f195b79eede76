import { describe, expect, it, vi } from 'vitest';
import * as personOptions from '../../src/lib/quiz/person-options';
import { retailersOf } from '../../src/lib/quiz/speakers';
import { reportOf } from './report';

// every call of familyNameLeads is counted: a check every stem runs reads the article's names once,
// not once per stem, so its calls grow with the article, not with the article's square
vi.mock('../../src/lib/quiz/person-options', async (original) => {
	const real = await original<typeof import('../../src/lib/quiz/person-options')>();
	return { ...real, familyNameLeads: vi.fn(real.familyNameLeads) };
});

describe('the checks of a long article grow with its length', () => {
	const paragraphs = [
		'Mayor Oh Min-jun of Daegu said on Tuesday the city would plant 12,000 trees along its river by 2028.',
		'The plan will cost 48 billion won, and Oh said the first 3,000 trees would go in this spring.',
		'Council member Seo Ji-ho said the city had lost 900 trees to storms over the past five years.',
		'Residents of the Suseong district will vote on the final route in a survey that closes on 14 March.'
	];
	const calls = (copies: number) => {
		const leads = vi.mocked(personOptions.familyNameLeads);
		leads.mockClear();
		const report = reportOf('Daegu to plant 12,000 trees along its river', Array.from({ length: copies }, () => paragraphs).flat());
		return { calls: leads.mock.calls.length, report };
	};

	it("reads the article's family-first names once for the checks of every stem", () => {
		const one = calls(1);
		const four = calls(4);
		expect(four.calls).toBeLessThanOrEqual(one.calls * 4);
	});

	it('still refuses a stem that writes a family name alone where it reads as another word', () => {
		const { report } = calls(1);
		const alone = report.rejections.filter((r) => /\bOh said\b/.test(r.stem));
		expect(alone.length).toBeGreaterThan(0);
		expect(alone.every((r) => r.check === 'R4')).toBe(true);
		expect(report.quiz.items.filter((i) => /\bOh said\b/.test(i.stem))).toEqual([]);
	});
});

describe('the places a product is sold at', () => {
	it('are read once per text and answer as before', () => {
		const text = 'The recalled kettles were sold at Harlow Homeware, Brightside and the Kettle Shop until June.\nThe maker, Vellum Appliances, said no one was hurt.';
		expect(retailersOf(text)).toEqual(new Set(['Harlow Homeware', 'Brightside', 'Kettle Shop']));
		expect(retailersOf(text)).toBe(retailersOf(text));
		expect(retailersOf('No shop is named here.').size).toBe(0);
	});
});
