import { describe, expect, it } from 'vitest';
import { filler, stemsFrom, story } from './report';

/** `story` of paragraphs padded past the generator's 50 words with `filler`. */
const company = (title: string, paragraphs: string[]) => story(title, [...paragraphs, ...filler]);

// invented results stories whose leads name the company in ways the story-company rule had missed
describe('the story company of a results lead that describes or joins its name', () => {
	it('reads a name of two words joined by an ampersand', () => {
		const paragraphs = [
			'Shares in Pryor & Wend, the kitchenware retailer, fell by 9% on Monday after the company cut its profit forecast.',
			'The chain said it would close 12 shops.',
			'The shares closed down 12p at 88p.'
		];
		expect(company('Pryor & Wend shares fall 9% as kitchenware retailer cuts forecast', paragraphs)).toBe('Pryor & Wend [company, retailer]');
	});

	it('reads a name after a nationality and a business noun, though a tagger reads it as a person', () => {
		const paragraphs = [
			'VILNIUS, May 4 (Reuters) - Lithuanian pharmacy operator Rasa Vaistine reported a 12% rise in annual profit on Tuesday, helped by new stores in Latvia.',
			'The company said revenue rose to 410 million euros.'
		];
		expect(company('Lithuanian pharmacy chain Rasa Vaistine posts 12% profit rise', paragraphs)).toBe('Rasa Vaistine [company]');
	});

	it('reads a name under a headline that opens on a country’s possessive, past a bracketed acronym of common words', () => {
		const paragraphs = [
			'OSLO, May 4 (Reuters) - Norwegian shipbuilder Fjellvik Marine Yards reported a record quarterly profit on Tuesday as orders for liquefied natural gas (LNG) carriers flowed through.',
			'The company said its order book stood at $9 billion.'
		];
		expect(company("Norway's Fjellvik Marine posts record profit on carrier orders", paragraphs)).toBe('Fjellvik Marine Yards [company]');
	});

	it('reads a market report whose description of the company runs to four words', () => {
		const paragraphs = [
			'Shares in Swedish port cranes and logistics group Halvard Systems fell 7% on Friday after the company warned on profit.',
			'The company said orders fell 11%.'
		];
		expect(company('Halvard Systems shares fall 7% on profit warning', paragraphs)).toBe('Halvard Systems [company]');
	});

	it('takes no kind from a business noun that a sentence sets beside the company as another body', () => {
		const paragraphs = [
			'OSLO, May 4 (Reuters) - Fjellvik Marine Yards reported a record quarterly profit on Tuesday.',
			'The company said its order book stood at $9 billion.',
			'The bank still owns 12% of the company after selling part of its stake.'
		];
		expect(company('Fjellvik Marine Yards posts record profit', paragraphs)).toBe('Fjellvik Marine Yards [company]');
	});

	it('finds none where the nationality and the words before the name describe people, not a company', () => {
		const paragraphs = ['Polish investors in Kora Group sold shares on Monday.', 'The company said it would buy back stock.'];
		expect(company('Kora Group shares fall as investors sell', paragraphs)).toBe('');
	});
});

// an invented results story whose analysts' forecast names no company
const results = [
	'Shares in Tarrow Bakeries, the British maker of biscuits and cakes, rose 6% on Tuesday after the company reported a rise in annual profit.',
	'The group said pre-tax profit rose 9 per cent to £48.2 million in the year to March.',
	'Analysts had on average expected profits of about £45 million, according to a company-compiled consensus.',
	'The company said it would open a new bakery in Carlisle next year and hire 120 people.'
];

describe('the analysts’ forecast of a results story', () => {
	it('is asked with the story company written in as its scope', () => {
		const stems = stemsFrom('Tarrow Bakeries shares rise as profit beats forecasts', [...results, ...filler], 'Analysts had on average');
		expect(stems.some((s) => s.startsWith('OK: For Tarrow Bakeries, analysts had on average expected profits of about'))).toBe(true);
		expect(stems.filter((s) => s.startsWith('R4'))).toEqual([]);
	});

	it('is left to the R4 checks where the story has no one company', () => {
		const stems = stemsFrom('Biscuit makers’ shares rise as profits beat forecasts', [...results, ...filler], 'Analysts had on average');
		expect(stems.some((s) => s.includes('For Tarrow Bakeries'))).toBe(false);
	});
});

describe('a headline’s verb in a fuller phrase for a bare noun', () => {
	it('never writes the headline’s verb into the phrase a bare "The prize" is given', () => {
		const paragraphs = [
			'A Polish film about a retired mountain guide has won the Golden Lions for best film at the Gdynia Film Festival.',
			'The prize comes with 50,000 zlotys in cash.',
			'The film, shot over 30 days in the Tatra mountains, follows a guide who returns to his village after 20 years.'
		];
		const stems = stemsFrom('Polish film about a mountain guide wins top prize at Gdynia festival', [...paragraphs, ...filler], 'The prize comes');
		expect(stems.length).toBeGreaterThan(0);
		expect(stems.filter((s) => /guide wins/.test(s))).toEqual([]);
	});
});
