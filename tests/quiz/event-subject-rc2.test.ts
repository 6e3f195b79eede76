import { describe, expect, it } from 'vitest';
import { kept } from './report';

// invented event stories whose headline shortens the lead's name by a middle word ("Tarvas Film Festival" for "Tarvas
// International Film Festival") and whose lead also names a prize the winner took ("won the Silver Lynx")
const festival = [
	'TARVAS, Estonia - "Cold Harbour," a slow, tender drama by Estonian director Liis Kask about a ferryman and his grown-up son, won the Silver Lynx for best film at the 17th Tarvas International Film Festival on Sunday night.',
	'The 39-year-old director, at the festival for the first time, thanked her cast from the stage of the town theatre.',
	'This year\'s festival screened 96 films from 31 countries and sold 48,000 tickets over nine days, organisers said.',
	'Best actor went to Pavel Orlov for his role as a lighthouse keeper in "North Light".',
	'"We made it with friends and a borrowed boat," Kask said after the ceremony.'
];
const fair = [
	'The Fenwick International Book Fair closed on Sunday after four days in which publishers from 40 countries signed deals for translation rights.',
	'Organisers said the mood among buyers had been the best since the pandemic.',
	'This year\'s fair drew 12,600 visitors, up from 10,900 a year earlier, the organisers said.',
	'"Publishers came to buy, not just to look," said the fair\'s director, Anna Reyes.'
];

describe("'This year's festival' is the story's own event, named as the lead names it (QUALITY.md R4)", () => {
	it('writes a festival the headline names without a middle word, beside a prize the winner took in the lead', () => {
		const stems = kept("Estonian drama 'Cold Harbour' wins Silver Lynx at Tarvas Film Festival", festival);
		expect(stems.some((s) => /^This year's Tarvas International Film Festival screened (?:_____|96) films from (?:_____|31) countries/.test(s))).toBe(true);
		expect(stems.some((s) => /^This year's festival\b/.test(s))).toBe(false);
	});

	it('writes a fair the headline names without a middle word, by "This year\'s fair"', () => {
		const stems = kept('Fenwick Book Fair ends with record rights deals', fair);
		expect(stems.some((s) => /^This year's Fenwick International Book Fair drew (?:_____|[\d,]+) visitors/.test(s))).toBe(true);
	});
});
