import { describe, expect, it } from 'vitest';
import { ownerlessPart } from '../../src/lib/quiz/company-owned';
import { unownedDefinite } from '../../src/lib/quiz/definites';
import { filler, stemsMatching, story } from './report';

// QUALITY.md R4: a stem's possessive or definite head whose referent only the sentences before named is written out
// from the article where exactly one referent fits, and refused where none does (holdout180, holdout181 and dev174
// readers' R4 on "of its sales", "the crossing", "the proportion", "the charity")

describe('a part set against a whole whose owner the stem never names', () => {
	it('finds the possessive after a part that opens the stem, in several phrasings', () => {
		expect(ownerlessPart('Germany accounted for about _____% of its sales last year.')?.possessive).toBe('its');
		expect(ownerlessPart('Sales in Asia made up a third of its revenue.')?.possessive).toBe('its');
		expect(ownerlessPart('Exports to China represented 40% of their income in 2024.')?.possessive).toBe('their');
		expect(ownerlessPart('The United States remains its biggest market, taking _____% of output.')?.possessive).toBe('its');
	});

	it('leaves a possessive whose owner the stem names before the part, or that the part owns', () => {
		expect(ownerlessPart('Kestrel said Germany accounted for 38% of its sales.')).toBeUndefined();
		expect(ownerlessPart('Kestrel’s German arm accounted for 38% of its sales.')).toBeUndefined();
		expect(ownerlessPart('North America accounted for 31% of revenue.')).toBeUndefined();
		expect(ownerlessPart('The Greens saw their share fall by _____ points.')).toBeUndefined();
		expect(ownerlessPart('Ferris counts Vantora as its largest customer.')).toBeUndefined();
	});

	const title = 'Kestrel Alloys profit falls 20% as European demand weakens';
	const results = [
		'Kestrel Alloys, one of Norway’s largest makers of aluminium car parts, reported a 20% fall in quarterly profit on Tuesday, blaming weaker demand from European carmakers.',
		'The Oslo-based company said operating profit fell to 410 million crowns in the three months to June.',
		'Revenue fell 8% to 2.1 billion crowns, while orders slipped 5%.',
		'Kestrel Alloys supplies wheels and suspension arms to several carmakers. Germany accounted for about 38% of its sales last year, with France making up 21% and the rest of the world the remainder.',
		...filler
	];

	it('reads a lead whose company is described as one of a kind as the story’s organisation', () => {
		expect(story(title, results)).toMatch(/^Kestrel Alloys \[/);
	});

	it('writes the story’s company in for the "its" of the whole', () => {
		const all = stemsMatching(title, results, /^Germany accounted for/);
		expect(all.some((w) => /^Germany accounted for about _____% of Kestrel Alloys['’] sales last year/.test(w.stem))).toBe(true);
		expect(all.filter((w) => w.check === '' && /of its sales/.test(w.stem))).toEqual([]);
	});

	it('refuses the part where no one owner can be written in', () => {
		const port = [
			'The port of Harwick handled 2.1 million tonnes of cargo last year, its busiest year since 1998, harbour officials said on Monday.',
			'Ships from Germany accounted for 31% of its cargo, up from 18% in 2015.',
			'Officials said a new quay would open in 2027.',
			...filler
		];
		const all = stemsMatching('Harwick port has busiest year since 1998', port, /^Ships from Germany/);
		expect(all.length).toBeGreaterThan(0);
		expect(all.filter((w) => w.check === '')).toEqual([]);
	});
});

describe('a definite head that points back past the stem', () => {
	it('names the one crossing the article named, though a time phrase follows the head', () => {
		const title = 'Bus lane scheme delayed by a year as costs rise';
		const paragraphs = [
			'A bus lane scheme through the centre of Harwell will open a year late, transport officials said on Monday.',
			'Engineers found a collapsed culvert beneath the Mill Lane crossing, where the new lane meets the ring road.',
			'Cllr Peter Odum said officials had ignored warnings about the crossing last year and wasted about £2m.',
			...filler
		];
		const all = stemsMatching(title, paragraphs, /warnings about the/);
		expect(all.some((w) => w.stem.includes('warnings about the Mill Lane crossing last year'))).toBe(true);
		expect(all.filter((w) => w.check === '' && /about the crossing/.test(w.stem))).toEqual([]);
	});

	it('refuses a bare proportion, percentage or ratio whose whole only the sentence before gave', () => {
		expect(unownedDefinite("At Kingsmead the proportion was _____%, one of the highest in the region.")).toBe('the proportion');
		expect(unownedDefinite('Officials said the ratio had doubled since 2019.')).toBe('the ratio');
		expect(unownedDefinite('In Wexford the percentage was _____%.')).toBe('the percentage');
		expect(unownedDefinite('The proportion of pupils eating breakfast rose to _____%.')).toBeUndefined();
		expect(unownedDefinite('The share price fell _____%.')).toBeUndefined();
		// the deal the stem names says what is shared (y33a's lead test)
		expect(unownedDefinite('Under the herring sharing deal, Finland will receive the largest share, _____%.')).toBeUndefined();
	});

	const fraud = (second: string) => [
		'A former treasurer who stole £400,000 from a children’s charity has been jailed for four years.',
		`Anna Pryor, 47, of Hexham, made 96 false payments from the accounts of the Brookfield Children’s Trust between 2019 and 2024, Newcastle Crown Court heard.${second}`,
		'Pryor, who had worked for the charity for nine years and was paid £52,000 a year, pleaded guilty to fraud in March.',
		...filler
	];

	it('writes the one named trust in for "the charity"', () => {
		const all = stemsMatching('Charity treasurer jailed for £400,000 fraud', fraud(''), /^Pryor had worked for/);
		expect(all.some((w) => w.stem.startsWith('Pryor had worked for the Brookfield Children’s Trust for nine years and was paid £_____ a year'))).toBe(true);
		expect(all.filter((w) => w.check === '' && /for the charity/.test(w.stem))).toEqual([]);
	});

	it('refuses "the charity" where two named charities may be meant', () => {
		const all = stemsMatching('Charity treasurer jailed for £400,000 fraud', fraud(' The money was later repaid with help from the Halden Foundation.'), /^Pryor had worked for/);
		expect(all.length).toBeGreaterThan(0);
		expect(all.filter((w) => w.check === '')).toEqual([]);
	});
});

describe('a body by its kind alone, which the article names once or not at all', () => {
	const study = (named: string) => [
		`Researchers at ${named} found that children who walk to school sleep about 20 minutes longer a night, in a study published on Monday.`,
		'Prof Ann Pike said the university would spend about £2m on a follow-up study in Kirkby Moor.',
		'The team followed 1,200 pupils for two years.',
		...filler
	];
	const title = 'Walking to school helps children sleep, study finds';

	it('writes the one named university in for "the university"', () => {
		const all = stemsMatching(title, study('the University of Kelby'), /would spend about/);
		expect(all.some((w) => w.check === '' && w.stem.startsWith('Prof Ann Pike said the University of Kelby would spend'))).toBe(true);
	});

	it('refuses "the university" where the article names none', () => {
		const all = stemsMatching(title, study('a northern university'), /would spend about/);
		expect(all.length).toBeGreaterThan(0);
		expect(all.filter((w) => w.check === '')).toEqual([]);
	});
});
