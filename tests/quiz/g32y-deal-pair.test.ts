import { describe, expect, it } from 'vitest';
import { written, stemsMatching } from './report';

const TITLE = 'Peru and Ecuador sign river fisheries pact after two years of talks';
const BODY = [
	'LIMA (Reuters) — Peru and Ecuador signed an agreement on Tuesday to share catch data and set joint limits for fishing on the rivers that cross their border.',
	'The pact was signed in Lima by the two fisheries ministers after 22 months of negotiations.',
	'"Some will say this is just another agreement between ministries, but the fish do not carry passports," the Ecuadorean minister told reporters.',
	'Colombia was invited to the talks but sent no delegation.',
	'Peruvian officials said river fishing supports about 40,000 families in the Amazon basin.',
	'Trade between the two countries was worth about $3.9 billion last year, according to central bank figures.'
];

describe('g32y: the story’s one deal and its two countries written in (R4)', () => {
	it('"another agreement" inside a speaker’s quote is the story’s own deal, which "the pact" then names', () => {
		const stems = stemsMatching(TITLE, BODY, /signed in Lima/);
		expect(stems.length).toBeGreaterThan(0);
		expect(stems.every((w) => /^The Peru–Ecuador river fisheries pact was signed in Lima/.test(w.stem))).toBe(true);
	});

	it('"the two countries" are the deal’s two countries', () => {
		const stems = stemsMatching(TITLE, BODY, /^Trade between/);
		expect(stems.length).toBeGreaterThan(0);
		expect(stems.every((w) => /^Trade between Peru and Ecuador was worth about/.test(w.stem))).toBe(true);
		expect(stems.some((w) => w.check === '')).toBe(true);
	});

	it('"the two countries" stays unnamed after a sentence that names a third country', () => {
		const body = [...BODY.slice(0, -1), 'Colombia and Brazil also share the basin, and Brazil has asked to join the talks next year.', BODY.at(-1)!];
		const stems = stemsMatching(TITLE, body, /^Trade between/);
		expect(stems.length).toBeGreaterThan(0);
		expect(stems.filter((w) => /Peru and Ecuador/.test(w.stem))).toEqual([]);
	});

	it('a deal another deal of the article’s own words may be stays unnamed', () => {
		const body = [...BODY.slice(0, 3), 'A previous agreement, signed in 1998, lapsed in 2010.', ...BODY.slice(3)];
		const stems = stemsMatching(TITLE, body, /signed in Lima/);
		expect(stems.length).toBeGreaterThan(0);
		expect(stems.filter((w) => /Peru–Ecuador/.test(w.stem))).toEqual([]);
	});
});
