import { describe, expect, it } from 'vitest';
import { filler, kept, story } from './report';

/** `story` of paragraphs padded past the generator's 50 words with `filler`. */
const company = (title: string, paragraphs: string[]) => story(title, [...paragraphs, ...filler]);

// invented results stories whose leads describe the company in ways that had hidden it, so that every
// "The board proposed ..." and "Gross margin ..." stem named nothing (QUALITY.md R4)
describe('the story company of a results lead that names its brands, its sums or a family name', () => {
	it('reads a lead whose apposition names the brand the company is behind', () => {
		const paragraphs = [
			'Holmvik Dairy, the Norwegian group behind the Fjellbris cheese brand, reported a 9% rise in annual profit on Monday.',
			'The company said exports to Germany grew.',
			'The board proposed a dividend of 4.20 crowns a share.'
		];
		expect(company('Holmvik Dairy lifts profit 9% as cheese exports grow', paragraphs)).toBe('Holmvik Dairy [company]');
	});

	it('reads a lead that gives its sums after a currency code', () => {
		const paragraphs = [
			'Brekkstad ASA, the Tromsø-based trout farmer, said on Tuesday that quarterly operating profit rose 21% to NOK 840 million, ahead of forecasts.',
			'Analysts polled by the company had expected less.',
			'The board proposed a dividend of NOK 6 per share.'
		];
		expect(company('Brekkstad profit rises 21% on higher trout prices', paragraphs)).toBe('Brekkstad ASA [company]');
	});

	it('reads a name joined by a family particle, with the town of its own plant in the lead', () => {
		const paragraphs = [
			'Van den Brink Tegels, the Utrecht-based tile maker behind the Klinkerhof and Zandsteen brands, said on Friday it would close its glazing plant in Oudewater and cut 140 jobs.',
			'The company said orders from builders fell.',
			'The board proposed a dividend of €0.32 a share.'
		];
		expect(company('Dutch tile maker Van den Brink to cut 140 jobs as orders fall', paragraphs)).toBe('Van den Brink Tegels [company]');
	});

	it('keeps the dividend proposed by the board with the company written in as its owner', () => {
		const paragraphs = [
			'Holmvik Dairy, the Norwegian group behind the Fjellbris cheese brand, reported a 9% rise in annual profit on Monday, helped by strong exports.',
			'The company said sales in Germany grew by 14% over the year, while sales at home were flat.',
			'The board proposed a dividend of 4.20 crowns a share, up from 3.80 crowns a year earlier.'
		];
		expect(kept('Holmvik Dairy lifts profit 9% as cheese exports grow', [...paragraphs, ...filler]).filter((s) => /dividend/.test(s))).toContainEqual(expect.stringMatching(/^Holmvik Dairy’?'?s board proposed a dividend of/));
	});

	it('still finds none where the lead names another body beside the company', () => {
		const paragraphs = [
			'Holmvik Dairy, the Norwegian group behind the Fjellbris cheese brand, said on Monday that Arla had bought a 20% stake in it.',
			'The company said exports grew.'
		];
		expect(company('Holmvik Dairy shares jump on stake sale', paragraphs)).toBe('');
	});
});
