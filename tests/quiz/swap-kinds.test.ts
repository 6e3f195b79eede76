import { describe, expect, it } from 'vitest';
import { cityMapping } from 'city-timezones';
import { UK_NATION_AREA_NAMES, townNation } from '../../src/lib/quiz/lexicon';
import { itemsOf, reportOf, written } from './report';

describe('a false statement stays a believable one (QUALITY.md R8)', () => {
	it('never turns a goal of "at least" a share into a goal of "less than" one', () => {
		const paragraphs = [
			'The Kenyan government opened a solar panel plant outside Nakuru on Monday, the first of three it plans to build by 2030.',
			'The energy ministry has said it wants at least 60% of the panels installed in Kenya to be made in the country by 2030.',
			'The plant will employ 1,400 people and make 2 million panels a year, the ministry said.'
		];
		const stems = [...itemsOf('Kenya opens first solar panel plant', paragraphs).map((i) => i.stem), ...written(reportOf('Kenya opens first solar panel plant', paragraphs)).map((w) => w.stem)];
		expect(stems.some((s) => /wants at least/.test(s))).toBe(true);
		expect(stems.filter((s) => /wants (?:less|fewer|no more) than/.test(s))).toEqual([]);
	});

	it('never puts a town of another country for the key\'s, nor the towns of a namesake\'s country', () => {
		// Kasama is also a town of Zambia, which the story never names
		const paragraphs = [
			'Keiko Arata, the Japanese lacquer artist whose bowls are held by museums in Europe, has died aged 88.',
			'Born in Kasama, north of Tokyo, in 1938, Arata was the eldest of four children of a carpenter.',
			'Her student Farai Chikore, who worked with her for six years before returning to Zimbabwe to open a workshop in Harare, said she never stopped learning.'
		];
		const stems = [...itemsOf('Keiko Arata, lacquer artist, dies at 88', paragraphs, 30).map((i) => i.stem), ...written(reportOf('Keiko Arata, lacquer artist, dies at 88', paragraphs)).map((w) => w.stem)];
		expect(stems.filter((s) => /north of Harare|^Born in (?!Kasama\b)\p{Lu}\p{L}+, north of Tokyo/u.test(s))).toEqual([]);
	});

	it('keeps the town swaps of a story that names another nationality only in passing', () => {
		// "Guatemalan" is no country of this Denver story, so its towns are no namesakes of Guatemala's
		const paragraphs = [
			'Rosa Delgado started Ember Tortilleria in Denver in 2016 with a single griddle and a loan from her brother.',
			'The company now employs 45 people, many of them recent Guatemalan immigrants, and sells 9,000 tortillas a day.',
			'Its second shop will open in Pueblo next spring, Delgado said.',
			'She plans to hire another 12 bakers before the opening.'
		];
		const falseTowns = itemsOf('Tortilla maker opens second shop', paragraphs, 30).filter((i) => i.type === 'true-false' && /^Rosa Delgado started Ember Tortilleria in (?!Denver\b)\p{Lu}/u.test(i.stem));
		expect(falseTowns.length).toBeGreaterThan(0);
	});

	it('keeps the town swaps of a town whose country the article names only by another of its towns', () => {
		// "Russia" is never written, but Kazan and Moscow both lie in it, so Kazan is no namesake of a country the story leaves out
		const paragraphs = [
			'Armenia’s prime minister Davit Sarkisov has arrived in Kazan for talks on gas prices, his first trip abroad since the election.',
			'Thousands of people marched in Yerevan on Saturday to demand new elections.',
			'Mr Sarkisov later flew to Moscow, where he met the energy minister for three hours.'
		];
		const lead = itemsOf('Armenian leader flies to Kazan for gas talks', paragraphs, 30).filter((i) => i.type === 'true-false' && /has arrived in \p{Lu}/u.test(i.stem));
		expect(lead.length).toBeGreaterThan(0);
	});

	it('reads the nation of the United Kingdom a listed town lies in', () => {
		expect([townNation('Bath'), townNation('Aberdeen'), townNation('Cardiff'), townNation('Belfast'), townNation('Harare')]).toEqual(['England', 'Scotland', 'Wales', 'Northern Ireland', undefined]);
	});

	it('reads the nation of a listed British town that compromise tags as a proper noun', () => {
		expect([townNation('Inverness'), townNation('Perth'), townNation('Dumfries')]).toEqual(['Scotland', 'Scotland', 'Scotland']);
		// towns the gazetteer has no row of get no nation, rather than a guessed one
		expect([townNation('Kilmarnock'), townNation('Bridgend'), townNation('Newry')]).toEqual([undefined, undefined, undefined]);
	});

	it('files towns under no nation area that the gazetteer does not use', () => {
		const areas = new Set(cityMapping.filter((c) => c.iso2 === 'GB').map((c) => c.province));
		expect(UK_NATION_AREA_NAMES.filter((a) => !areas.has(a))).toEqual([]);
	});
});
