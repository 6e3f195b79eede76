import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/lib/quiz/facts';
import { nameNationalThings, namePlacesSoFar } from '../../src/lib/quiz/places-so-far';
import { kept, sentenceOf } from './report';

/** `stem` as `namePlacesSoFar` writes it for the sentence of the article that `from` opens (`filler` after the paragraphs). */
function named(title: string, paragraphs: string[], from: string, stem: string): string {
	const { article, sentences, sentence } = sentenceOf(title, paragraphs, from);
	return namePlacesSoFar({ article, sentences, facts: sentences.map((s) => extractFacts(s.text)) }, sentence, stem);
}

// the dev article holdout94/02-moravia-floods: its dateline and headline name one country, the Czech Republic
const FLOODS_TITLE = 'Thousands evacuated in eastern Czech Republic as Bečva and Morava burst banks';
const FLOODS = [
	'PŘEROV, Czech Republic (Reuters) — More than 4,000 people were evacuated from towns and villages in eastern Czech Republic on Tuesday after three days of torrential rain pushed the Bečva and Morava rivers over their banks, flooding streets and cutting rail links between Prague and the east of the country.',
	'The Czech Hydrometeorological Institute (ČHMÚ) said the Bečva at Dluhonice, just outside Přerov, peaked at 5.9 metres early on Tuesday, not far short of the record set in the catastrophic floods of 1997, when about 50 people died in the country. Some areas received more than 180 mm of rain between Saturday and Monday night, roughly two and a half months’ worth.',
	'Firefighters used boats to reach residents in Troubky, a village of about 2,000 people that was almost wiped out in 1997 and has become a byword for flood risk in the country.',
	'The interior ministry said it had asked neighbouring Slovakia for two high-capacity pumping units.'
];
// the dev article holdout95/07-torun-museum-goblets-theft: one city named before "the city's coat of arms"
const THEFT_TITLE = 'Thieves use renovation scaffolding to steal Renaissance silver from Polish museum';
const THEFT = [
	'TORUŃ, Poland (AP) — Thieves climbed scaffolding on a medieval town hall in the northern Polish city of Toruń and broke into a museum gallery overnight, escaping with seven gilded silver goblets and a ceremonial chain made by the city’s guild of goldsmiths in the 16th and 17th centuries, police said Tuesday.',
	'The stolen pieces include a covered goblet decorated with a relief of the city’s coat of arms, made around 1590 by a goldsmith named Jakub Ottenberger.'
];

describe('places-so-far: "the country", "the city" of the one named up to the stem’s sentence (R4, holdout94 and holdout95 dev articles)', () => {
	it('writes the dateline’s and headline’s one country for "in the country", its nationality ("Czech") no second country', () => {
		expect(named(FLOODS_TITLE, FLOODS, 'The Czech Hydrometeorological', 'The Czech Hydrometeorological Institute said the Bečva at Dluhonice peaked at _____ metres, not far short of the record set in the floods of 1997, when about 50 people died in the country.')).toBe(
			'The Czech Hydrometeorological Institute said the Bečva at Dluhonice peaked at _____ metres, not far short of the record set in the floods of 1997, when about 50 people died in the Czech Republic.'
		);
		expect(named(FLOODS_TITLE, FLOODS, 'Firefighters used boats', 'Firefighters used boats to reach residents in Troubky, a village of about _____ people that has become a byword for flood risk in the country.')).toBe(
			'Firefighters used boats to reach residents in Troubky, a village of about _____ people that has become a byword for flood risk in the Czech Republic.'
		);
	});

	it('leaves "the country" once a second country has been named, and "the country music" always', () => {
		expect(named(FLOODS_TITLE, [...FLOODS, 'Water levels in the country were falling by Wednesday.'], 'Water levels', 'Water levels in the country were falling by Wednesday.')).toBe('Water levels in the country were falling by Wednesday.');
		expect(named(FLOODS_TITLE, FLOODS, 'Firefighters used boats', 'Residents of Troubky sang the country music they loved.')).toBe('Residents of Troubky sang the country music they loved.');
	});

	it('writes the one city named so far for "the city’s", and leaves a quote’s "the city" as its speaker said it', () => {
		expect(named(THEFT_TITLE, THEFT, 'The stolen pieces', 'The stolen pieces include a covered goblet decorated with a relief of the city’s coat of arms, made around _____.')).toBe(
			'The stolen pieces include a covered goblet decorated with a relief of Toruń’s coat of arms, made around _____.'
		);
		expect(named(THEFT_TITLE, THEFT, 'The stolen pieces', 'The director said: “They belong to the city.”')).toBe('The director said: “They belong to the city.”');
		// a town the gazetteer does not know may be "the city" as well as the one city named
		const towns = ['PŘEROV, Czech Republic (Reuters) — Rail links between Prague and Přerov were cut on Tuesday after the Bečva burst its banks near Lipník nad Bečvou.', 'Water stood a metre deep in streets near the station, and officials said most of the city was without power.'];
		expect(named(FLOODS_TITLE, towns, 'Water stood', 'Officials said most of the city was without power.')).toBe('Officials said most of the city was without power.');
	});

	it('asks the flood story’s 1997 toll of the Czech Republic, no longer refused as an unresolved "the country"', () => {
		expect(kept(FLOODS_TITLE, FLOODS).filter((s) => s.includes('byword for flood risk'))).toContain(
			'Firefighters used boats to reach residents in Troubky, a village of about _____ people that was almost wiped out in 1997 and has become a byword for flood risk in the Czech Republic.'
		);
	});
});

/** `stem` as `nameNationalThings` writes it for the sentence of the article that `from` opens (`filler` after the paragraphs). */
function national(title: string, paragraphs: string[], from: string, stem: string): string {
	const { article, sentences, sentence } = sentenceOf(title, paragraphs, from);
	return nameNationalThings({ article, sentences, facts: sentences.map((s) => extractFacts(s.text)) }, sentence, stem);
}

// the dev article holdout94/04-bsp-rate-pause: no country named, one nationality ("Philippine central bank")
const RATES_TITLE = 'Philippine central bank pauses easing cycle as peso weakens';
const RATES = [
	'MANILA, Feb 19 (Reuters) — The Philippine central bank unexpectedly kept its benchmark interest rate unchanged at 4.50% on Thursday, halting a run of five straight cuts as a slide in the peso and a pick-up in food prices gave policymakers reason for caution.',
	'Headline inflation quickened to 2.6% in January from 1.9% in December, still within the BSP’s 2%-4% target band. The central bank raised its risk-adjusted inflation forecast for 2026 to 3.1% from 2.8%.',
	'The economy grew 4.4% in the fourth quarter, its slowest pace outside the pandemic in more than a decade, as a corruption scandal over flood-control projects slowed government spending.'
];

describe('places-so-far: "The economy", "The central bank", "Headline inflation" of the one country named so far (R4, holdout94 dev article)', () => {
	it('writes the nationality the article gives its one country', () => {
		expect(national(RATES_TITLE, RATES, 'The economy grew', 'The economy grew _____ in the fourth quarter.')).toBe('The Philippine economy grew _____ in the fourth quarter.');
		expect(national(RATES_TITLE, RATES, 'The central bank raised', 'The central bank raised its risk-adjusted inflation forecast for 2026 to 3.1% from _____%.')).toBe(
			'The Philippine central bank raised its risk-adjusted inflation forecast for 2026 to 3.1% from _____%.'
		);
		expect(national(RATES_TITLE, RATES, 'Headline inflation', 'Headline inflation quickened to _____% in January from 1.9% in December.')).toBe('Philippine headline inflation quickened to _____% in January from 1.9% in December.');
	});

	it('leaves them where a second country has been named, and a central bank the article never gives its country', () => {
		const two = [RATES[0], 'Indonesia’s central bank also held rates on Wednesday.', RATES[2]];
		expect(national(RATES_TITLE, two, 'The economy grew', 'The economy grew _____ in the fourth quarter.')).toBe('The economy grew _____ in the fourth quarter.');
		const kenya = ['NAIROBI, Kenya — Kenya’s inflation eased to 4.1% in May from 5.1% in April, the statistics office said on Friday, helped by lower food and fuel prices across the country.', 'Food prices fell 2.3% from a year earlier while transport costs were flat, the office said in its monthly report.', 'The central bank raised its growth forecast to 5.2%.'];
		const late = [RATES[2], 'Analysts at a Manila brokerage said Philippine growth would pick up.', 'The economy grew 4.4% in the fourth quarter.'];
		expect(national('Fourth-quarter growth slows', late, 'The economy grew 4.4% in the fourth quarter.', 'The economy grew _____ in the fourth quarter.')).toBe('The economy grew _____ in the fourth quarter.');
		expect(national('Kenya inflation eases in May', kenya, 'The central bank', 'The central bank raised its growth forecast to _____%.')).toBe('The central bank raised its growth forecast to _____%.');
	});
});
