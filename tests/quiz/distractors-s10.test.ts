import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/lib/quiz/facts';
import { capitalsIn } from '../../src/lib/quiz/lexicon';
import { definedAsThing } from '../../src/lib/quiz/entities';
import { nounGender } from '../../src/lib/quiz/speakers';
import { itemsOf } from './report';

/** Every option and false-statement name the generator offers for items whose key is a person. */
function personOptions(title: string, paragraphs: string[]): Set<string> {
	const out = new Set<string>();
	for (const i of itemsOf(title, paragraphs)) {
		if (i.factType !== 'person' && i.type !== 'who-said') continue;
		if (i.type === 'true-false') out.add(i.stem);
		else i.options.forEach((o) => out.add(o));
	}
	return out;
}

describe('a name inside the name of a building, an award or a law is no person in the story', () => {
	it('reads no person in "the Avenue D and Thomas P. Ryan centers" nor in "the Jane Okoro community award"', () => {
		expect(extractFacts('The Avenue D, Flint Street and Thomas P. Ryan centers will close at 6 p.m.').filter((f) => f.type === 'person')).toEqual([]);
		expect(extractFacts('She was given the Jane Okoro community award last year.').filter((f) => f.type === 'person')).toEqual([]);
		expect(extractFacts('Marisol Vega, the council president, voted for the plan.').filter((f) => f.type === 'person').map((f) => f.text)).toEqual(['Marisol Vega']);
	});

	it('never offers the namesake of a recreation center as a council member who spoke', () => {
		const council = [
			'The Harbor City council approved a $642 million budget on Tuesday by a vote of 6-3, with council members Luis Ortega, Tamika Bell and Gregory Shaw voting no.',
			'"Nobody on this council wanted to raise taxes," said Council President Marisol Vega, who voted for the plan.',
			'The Avenue D, Flint Street and Thomas P. Ryan centers will close at 6 p.m. instead of 9 p.m. on weeknights.',
			'Ortega, who represents the Northeast District, called the recreation cuts "a mistake we are going to pay for in August."',
			'Bell, one of the three no votes, said she objected to the tax increase rather than the cuts.',
			'"People on fixed incomes in my district are already choosing between rent and groceries," Bell said.'
		];
		const offered = [...personOptions('Harbor City passes budget with tax rise', council)];
		expect(offered.some((o) => /\bRyan\b/.test(o))).toBe(false);
		expect(offered.some((o) => /\bShaw\b/.test(o))).toBe(true);
	});
});

/** Every option and every place a true/false statement swaps in, for items whose key is a place, with the key's source text. */
function placeOffers(title: string, paragraphs: string[]): { source: string; offered: string }[] {
	const out: { source: string; offered: string }[] = [];
	for (const i of itemsOf(title, paragraphs)) {
		if (i.factType !== 'place') continue;
		const key = i.source.text.slice(i.source.keySpan.start, i.source.keySpan.end);
		if (i.type === 'true-false') out.push({ source: key, offered: i.stem });
		else i.options.forEach((o) => out.push({ source: key, offered: o }));
	}
	return out;
}

describe('a gazetteer place is of the key’s level and region', () => {
	const awards = [
		'Afrobeats singer Tolani was the biggest winner at the Lagos Music Awards on Saturday night, taking home four plaques.',
		'Tolani, 27, was born in Ibadan, where he recorded his third album.',
		'Recent editions, staged in Atlanta, United States, were criticised for poor organisation.',
		'Organisers said this year\'s return to Lagos was deliberate.',
		"The awards, founded in 2006, are regarded as Nigeria's most prestigious music prize."
	];

	it('offers no foreign capital beside a city that is no capital (Lagos)', () => {
		const offers = placeOffers('Tolani wins big at Lagos awards', awards).filter((o) => o.source === 'Lagos').map((o) => o.offered);
		expect(offers.filter((o) => !/Lagos|Ibadan|Atlanta/.test(o))).toEqual([]);
	});

	it('offers beside "___, United States" only places known to be in the United States', () => {
		const offers = placeOffers('Tolani wins big at Lagos awards', awards).filter((o) => o.source === 'Atlanta').map((o) => o.offered);
		expect(offers.filter((o) => /Lagos|Ibadan/.test(o))).toEqual([]);
	});

	it('lists no overseas part of France among the capitals of Africa', () => {
		expect(capitalsIn('AF')).not.toContain('Mamoudzou');
		expect(capitalsIn('AF')).toContain('Nairobi');
	});
});

describe('a country offered in place of another plays the key’s role in the story', () => {
	const asylum = [
		'First-time asylum applications in Germany fell sharply in the first nine months of the year, the migration office said on Wednesday.',
		'Between January and the end of September, 84,312 people lodged an initial asylum application in Germany, down from 127,400 a year earlier.',
		'Syrians made up the largest group, with 21,640 applications, followed by Afghans and Iraqis.',
		'Applications from Iraq and Somalia have fallen by more than half since 2024, the figures show.',
		'Critics said many people were simply stuck in Libya or in Turkey.',
		'Germany, long the main destination, now ranks third behind Spain and France, the agency said.'
	];

	it('never swaps a country people only come from into where they apply (Iraq for Germany)', () => {
		const offers = placeOffers('Asylum applications in Germany fall by a third', asylum).filter((o) => o.source === 'Germany');
		expect(offers.length).toBeGreaterThan(0);
		expect(offers.filter((o) => /Iraq|Somalia/.test(o.offered))).toEqual([]);
	});
});

describe('an option is of the key’s kind: a body for a body, a man after "countryman"', () => {
	it('reads an abbreviation spelled out in lower case, or "rules known as", as a thing, not a body', () => {
		const text = 'Adjusted earnings before interest and taxes (EBIT) rose, the Federal Office for Migration and Refugees (BAMF) said. Jets fly under rules known as ETOPS. A group known as ELF claimed it.';
		expect(definedAsThing(text, 'EBIT')).toBe(true);
		expect(definedAsThing(text, 'ETOPS')).toBe(true);
		expect(definedAsThing(text, 'BAMF')).toBe(false);
		expect(definedAsThing(text, 'ELF')).toBe(false);
	});

	it('offers no measure or rule set among the bodies that said something', () => {
		const airline = [
			'A TAP Air Portugal jet bound for Newark diverted to the Azores on Sunday after an engine failed over the Atlantic, the airline said.',
			'Portugal\'s civil aviation authority, ANAC, said it had been notified.',
			'The country\'s air accident office, known by its Portuguese initials GPIAAF, said it had opened an inquiry.',
			'Twin-engine airliners may fly for long periods on one engine under rules known as ETOPS, and such diversions are rare.',
			'Analysts polled by LSEG had expected adjusted earnings before interest and taxes (EBIT) of 296 million euros at the airline.'
		];
		const offered = itemsOf('TAP jet diverts to Azores after engine failure', airline)
			.filter((i) => i.factType === 'organisation')
			.flatMap((i) => (i.type === 'true-false' ? [i.stem] : i.options));
		expect(offered.filter((o) => /\b(?:EBIT|ETOPS)\b/.test(o) && !/rules known as ETOPS|\(EBIT\)|taxes of/.test(o))).toEqual([]);
		expect(offered.filter((o) => /authority, (?!ANAC)/.test(o))).toEqual([]);
	});

	it('gives a name after "his countryman" or "spokeswoman" its gender', () => {
		expect(nounGender('Abebe Gebremedhin finished second, with his countryman ')).toBe('male');
		expect(nounGender('said company spokeswoman ')).toBe('female');
		expect(nounGender('said the runner ')).toBeUndefined();
	});
});

describe('a swapped name keeps the sentence whole', () => {
	it('asks no name whose abbreviation dot the fact leaves behind ("Walmart. said")', () => {
		const recall = [
			'Heartland Nutritionals Inc. said the voluntary recall covers cans produced at its plant in Delaware, Ohio, between January and February.',
			'Walmart said it had pulled the products and blocked them at registers, and Kroger said it was doing the same.',
			'Target said customers could return the cans for a full refund at any of its stores.'
		];
		const stems = itemsOf('Maker of infant formula recalls 1.2 million cans', recall).map((i) => i.stem);
		expect(stems.filter((s) => /\p{L}\. said/u.test(s) && !/Inc\. said/.test(s))).toEqual([]);
	});
});
