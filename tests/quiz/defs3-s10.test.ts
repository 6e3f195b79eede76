import { describe, expect, it } from 'vitest';
import { unanchoredFrame, type AnchorSource } from '../../src/lib/quiz/anchors';
import { parseArticleText } from '../../src/lib/quiz/parse-article';
import { filler } from './report';

/** An anchor source of a headline and paragraphs, with the places and organisations given. */
function sourceOf(title: string, paragraphs: string[], names: { places?: [string, string][]; organisations?: string[] } = {}): AnchorSource {
	return {
		article: parseArticleText(`${title}\n\n${[...paragraphs, ...filler, ...filler].join('\n\n')}`),
		persons: new Map(),
		places: new Map((names.places ?? []).map(([text, level]) => [text.toLowerCase(), { text, level }])),
		organisations: new Map((names.organisations ?? []).map((text) => [text.toLowerCase(), { text }]))
	};
}

const bare = sourceOf('Figures out today', ['The office published its figures on Monday.'], { places: [['Portugal', 'country'], ['Leiria', 'city']], organisations: ['Reuters'] });

describe('stems that do not say what they are about (R4, the holdout15 reader)', () => {
	it('refuses "the State" unless the stem names a place', () => {
		expect(unanchoredFrame(bare, 'The population of the State grew by 40,000 in the year.')).toBe('the State');
		expect(unanchoredFrame(bare, 'The population of the State grew by 40,000, the Portugal office said.')).toBeUndefined();
		expect(unanchoredFrame(bare, 'She sat on the State Planning Board for _____ years.')).toBeUndefined();
	});

	it('refuses a data release’s measures that name no country or place', () => {
		expect(unanchoredFrame(bare, 'The median estimate in a Reuters poll called for a 0.4% rise.')).toBe('The median estimate');
		expect(unanchoredFrame(bare, 'Five of _____ categories posted gains.')).toBe('Five of _____ categories');
		expect(unanchoredFrame(bare, 'Total receipts came to $_____ billion.')).toBe('Total receipts');
		expect(unanchoredFrame(bare, 'The median estimate for Portugal called for a 0.4% rise.')).toBeUndefined();
	});

	it('refuses an event, a disaster, a plan or a count of others the stem never names', () => {
		expect(unanchoredFrame(bare, 'Police had expected that _____ people would take part.')).toBe('take part');
		expect(unanchoredFrame(bare, 'Organisers say they will come back on _____.')).toBe('Organisers');
		expect(unanchoredFrame(bare, 'Hopes of finding more survivors faded by nightfall.')).toBe('survivors');
		expect(unanchoredFrame(bare, 'Under a _____ decree, ferries must dock at night.')).toBe('Under a _____ decree');
		expect(unanchoredFrame(bare, 'Under the plan, the _____ remaining shops will close.')).toBe('Under the plan');
		expect(unanchoredFrame(bare, 'Three rival bids were turned down.')).toBe('rival bids');
		expect(unanchoredFrame(bare, 'At least four other towns passed the mark.')).toBe('At least four other towns');
		expect(unanchoredFrame(bare, 'Hopes of finding more survivors in Leiria faded by nightfall.')).toBe('survivors');
		expect(unanchoredFrame(bare, 'Hopes of finding more survivors of the capsizing faded by nightfall.')).toBeUndefined();
		expect(unanchoredFrame(bare, 'The survivors of the flood were taken to hospital.')).toBeUndefined();
	});
});
