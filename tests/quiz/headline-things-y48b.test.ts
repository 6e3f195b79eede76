import { describe, expect, it } from 'vitest';
import { kept, written, reportOf } from './report';

// an invented technology story: the headline's one satellite, named in the body's second paragraph
const TITLE = "Kenyan start-up's first weather satellite reaches orbit";
const PARAGRAPHS = [
	'A Nairobi-based space start-up has placed its first weather satellite in orbit, a step its founders say could help farmers in East Africa plan for drought.',
	'The 54kg satellite, named Tana-1 after the river that flows east of the Kenyan capital, was launched on Friday from French Guiana alongside 23 other small spacecraft.',
	'Its operator, Savanna Orbital, said ground stations in Nakuru and Iceland had made contact with it on Sunday.',
	'"Nobody in the room breathed for about twenty minutes," said chief executive Wanjiru Kamau, 41.',
	'The satellite itself cost around $4.8 million to build and launch. Savanna Orbital plans to launch four more satellites by 2029.'
];

describe("A technology story's headline thing, named in the body (QUALITY.md R4)", () => {
	it('writes the name the body gives the headline\'s satellite into "The satellite itself cost ..."', () => {
		const stems = kept(TITLE, PARAGRAPHS);
		expect(stems.some((s) => /^Tana-1 itself cost around (?:\$_____ million|_____|\$4\.8 million) to build and launch\.$/.test(s))).toBe(true);
		expect(stems.some((s) => /^The satellite itself/.test(s))).toBe(false);
	});

	// "The satellite industry in Kenya employs ..." was written "Tana-1 industry in Kenya employs ..." (the m48 reviewer's R1, R6)
	it('never writes the name over a noun that describes the one after it', () => {
		const paragraphs = [...PARAGRAPHS, 'The satellite industry in Kenya employs about 3,000 people, according to the Kenya Space Agency.'];
		const stems = written(reportOf(TITLE, paragraphs)).map((w) => w.stem);
		expect(stems.filter((s) => /Tana-1 industry/.test(s))).toEqual([]);
		expect(kept(TITLE, paragraphs).some((s) => /^Tana-1 itself cost/.test(s))).toBe(true);
	});

	it('reads "the Kenyan capital" as the one capital of a country, which its adjective names', () => {
		const stems = kept(TITLE, PARAGRAPHS);
		expect(stems.some((s) => /^The (?:_____|54)kg satellite, named Tana-1 after the river that flows east of the Kenyan capital, was launched/.test(s))).toBe(true);
	});

	it('still refuses a region\'s capital by its adjective, which only the sentences before name', () => {
		const report = reportOf('Folk festival draws record crowds', [
			'A folk festival in northern Spain drew its largest crowd since it began in 1987, organisers said on Monday.',
			'The festival, held this year in the Catalan capital, sold 41,000 tickets over four days.',
			'Organisers said 312 musicians from 19 countries had taken part, and that the event would return next summer with a second stage.',
			'Local hotels reported that almost every room had been booked for the four nights of the festival, and cafés stayed open late.'
		]);
		const catalan = written(report).filter((w) => /Catalan capital/.test(w.stem));
		expect(catalan.length).toBeGreaterThan(0);
		expect(catalan.every((w) => w.check === 'R4')).toBe(true);
	});
});
