import { describe, expect, it } from 'vitest';
import { nameStoryThings } from '../../src/lib/quiz/story-names';
import { leansOnEarlierEvent } from '../../src/lib/quiz/back-references';
import { kept, sentenceOf } from './report';

/** `stem` as `nameStoryThings` writes it for the sentence of the article that `from` opens. */
function named(title: string, paragraphs: string[], from: string, stem: string): string {
	const { article, sentences, sentence } = sentenceOf(title, paragraphs, from, false);
	return nameStoryThings(article, sentences, sentence, stem);
}

// an invented bridge closure: the headline names the bridge, the body calls it "the span", "the closure", "the bridge"
// after naming a detour's bridge, and its dateline's state "the state"
const BRIDGE_TITLE = 'Harlow Creek Bridge shut after divers find cracked piers';
const BRIDGE = [
	'CALAIS, Vermont — The Harlow Creek Bridge, which carries about 6,100 cars a day over the Lamoille River, was shut to all traffic on Tuesday after divers found cracks in two of its concrete piers, state officials said.',
	'The Vermont Agency of Transportation said engineers rated the 1962 span’s substructure a 4 out of 9, down from a 6 in its last review in May 2023.',
	'Selectboard chair Nora Pelletier said the closure would cost shops on the north bank dearly.',
	'A marked detour via Route 14 and the Elm Street bridge adds about 3.5 miles to most trips, the agency said.',
	'Emergency repairs are expected to cost about $900,000 and take at least eight weeks.',
	'A full rebuild of the bridge, already on the state’s project list for 2029, is estimated at $14.2 million.'
];

describe('g30-a: a bridge story’s "the span", "the closure", "the bridge" and "the state" name its bridge and its dateline’s state (R4, holdout80 grades)', () => {
	it('writes the headline’s bridge for "the span", "the closure" and "the bridge", never the detour’s bridge, and Vermont for "the state"', () => {
		expect(named(BRIDGE_TITLE, BRIDGE, 'The Vermont Agency', 'The Vermont Agency of Transportation said engineers rated the _____ span’s substructure a 4 out of 9.')).toBe(
			'The Vermont Agency of Transportation said engineers rated the _____ Harlow Creek Bridge’s substructure a 4 out of 9.'
		);
		expect(named(BRIDGE_TITLE, BRIDGE, 'Selectboard chair', 'Nora Pelletier said the closure would cost shops on the north bank dearly.')).toBe(
			'Nora Pelletier said the Harlow Creek Bridge closure would cost shops on the north bank dearly.'
		);
		expect(named(BRIDGE_TITLE, BRIDGE, 'A full rebuild', 'A full rebuild of the bridge, already on the state’s project list for 2029, is estimated at $_____ million.')).toBe(
			'A full rebuild of the Harlow Creek Bridge, already on Vermont’s project list for 2029, is estimated at $_____ million.'
		);
	});

	it('keeps the rebuild’s cost and the chair’s words, the detour’s bridge never written for the story’s', () => {
		const stems = kept(BRIDGE_TITLE, BRIDGE);
		expect(stems.some((s) => s.startsWith('A full rebuild of the Harlow Creek Bridge'))).toBe(true);
		expect(stems.filter((s) => /rebuild of the Elm Street bridge|the north bank/.test(s) && !s.includes('Harlow Creek Bridge'))).toEqual([]);
	});
});

// an invented prize story: the headline names the prize, the lead the novel by an unquoted title
const PRIZE_TITLE = 'Welsh author Carys Penhallow wins £25,000 Tessaly prize with first novel';
const PRIZE = [
	'Carys Penhallow, a 41-year-old former midwife from Bangor, has won the Tessaly prize for fiction for her first novel The Copper Orchard, a family saga set in a slate-mining valley.',
	'Penhallow was named the winner at a ceremony at the Sage in Gateshead on Thursday evening, beating four other shortlisted writers to the £25,000 award.',
	'The novel follows four generations of quarrymen in the fictional village of Cwm Llechi as the pits close one by one.',
	'Speaking after the ceremony, Penhallow said she had written most of the book on night shifts at a maternity unit in Chester, where she moved in 2015.',
	'The publisher has ordered a reprint of 25,000 copies after sales rose by 300 per cent.'
];

describe('g30-a: a prize story’s "the ceremony", "the award", "the novel", "the book" name its prize and its book (R4, holdout80 grades)', () => {
	it('writes the prize for "the ceremony" and "the £25,000 award", and the lead’s title for "the novel", "the book" and the publisher', () => {
		expect(named(PRIZE_TITLE, PRIZE, 'Speaking after', 'Speaking after the ceremony, Penhallow said she had written most of the book on night shifts at a maternity unit in Chester, where she moved in _____.')).toBe(
			'Speaking after the Tessaly prize ceremony, Penhallow said she had written most of The Copper Orchard on night shifts at a maternity unit in Chester, where she moved in _____.'
		);
		expect(named(PRIZE_TITLE, PRIZE, 'Penhallow was named', 'Penhallow was named the winner at a ceremony at the Sage in Gateshead on Thursday evening, beating four other shortlisted writers to the £25,000 award.')).toBe(
			'Penhallow was named the winner at a ceremony at the Sage in Gateshead on Thursday evening, beating four other shortlisted writers to the £25,000 Tessaly prize.'
		);
		expect(named(PRIZE_TITLE, PRIZE, 'The novel follows', 'The novel follows _____ generations of quarrymen in the fictional village of Cwm Llechi.')).toBe('The Copper Orchard follows _____ generations of quarrymen in the fictional village of Cwm Llechi.');
		expect(named(PRIZE_TITLE, PRIZE, 'The publisher', 'The publisher has ordered a reprint of _____ copies.')).toBe('The Copper Orchard’s publisher has ordered a reprint of _____ copies.');
	});
});

// an invented central-bank decision: the lead names the bank with its acronym, the body its committee by "the bank's"
const BANK_TITLE = 'BoG raises policy rate to 29 per cent as inflation climbs';
const BANK = [
	'The Bank of Ghana (BoG) on Monday raised its benchmark Policy Rate by 100 basis points to 29.00 per cent, its first increase this year, citing a renewed rise in inflation and a weaker cedi.',
	'The decision was announced in Accra at the end of the three-day meeting of the bank’s Monetary Policy Committee (MPC).',
	'Headline inflation rose to 23.1 per cent in August from 21.4 per cent in July, the fourth monthly rise in a row.',
	'Food inflation, which has driven most of the rise, climbed to 27.6 per cent from 25.0 per cent.',
	'The MPC had held the rate at 28.00 per cent at its July meeting.',
	'The Association of Ghana Industries welcomed the hike as overdue.',
	'The MPC’s next meeting is scheduled for November 24.'
];

describe('g30-a: a central bank’s "The MPC", "the committee" and "the hike" name the bank, and its country scopes a national figure (R4, holdout80 grades)', () => {
	it('writes the bank’s committee for "The MPC", with "the" before the bank’s rate, and the next meeting as the committee’s', () => {
		expect(named(BANK_TITLE, BANK, 'The MPC had held', 'The MPC had held the rate at _____ per cent at its July meeting.')).toBe('The Bank of Ghana’s Monetary Policy Committee had held the rate at _____ per cent at its July meeting.');
		expect(named(BANK_TITLE, BANK, 'The MPC’s next', 'The MPC’s next meeting is scheduled for November _____.')).toBe('The next meeting of the Bank of Ghana’s Monetary Policy Committee is scheduled for November _____.');
		expect(named(BANK_TITLE, BANK, 'The Association', 'The Association of Ghana Industries welcomed the hike as overdue.')).toBe('The Association of Ghana Industries welcomed the Bank of Ghana’s rate hike as overdue.');
		expect(named(BANK_TITLE, BANK, 'The decision', 'The decision was announced in _____ at the end of the three-day meeting of the bank’s Monetary Policy Committee.')).toBe(
			'The decision was announced in _____ at the end of the three-day meeting of the Bank of Ghana’s Monetary Policy Committee.'
		);
	});

	it('keeps food inflation as Ghana’s, and no stem with an unowned "The MPC" or a bare "Policy Rate"', () => {
		const stems = kept(BANK_TITLE, BANK);
		expect(stems.some((s) => s.startsWith('In Ghana, food inflation climbed to'))).toBe(true);
		expect(stems.filter((s) => /\bThe MPC\b|held Policy Rate\b/.test(s))).toEqual([]);
	});
});

// an invented obituary: "the family said" of its subject, and a span from a move told the sentence before
const OBIT_TITLE = 'Margaret Marchbanks, Glasgow fiddler who carried ceilidh music to Nashville, dies at 84';
const OBIT = [
	'GLASGOW (AP) — Margaret Marchbanks, a fiddler whose quick, ringing bow carried the ceilidh music of the Western Isles to the honky-tonks of Nashville, has died. She was 84.',
	'Marchbanks died Sunday at a care home in Partick, her son, Ewan Marchbanks-Reid, said.',
	'In 1961, at 20, she moved to Nashville with £12 and a fiddle wrapped in a tartan shawl.',
	'Within three years she was playing in bandleader Roy Tillet’s western swing outfit at the Ryman and other downtown halls.',
	'A memorial ceilidh is planned for May 9 at the Barrowland Ballroom, the family said.'
];

describe('g30-a: an obituary’s "the family" is its subject’s, and "Within three years" with no "of" is refused (R4, holdout80 grades)', () => {
	it('writes the subject’s family for "the family said"', () => {
		const stems = kept(OBIT_TITLE, OBIT);
		// a name ending in s may take the apostrophe alone (p43: "Marchbanks’ family", as words.ts `withPossessive` writes it)
		expect(stems.some((s) => /Marchbanks(?:’s|'s|’|') family said/.test(s))).toBe(true);
		expect(stems.filter((s) => /\bthe family said\b/.test(s))).toEqual([]);
	});

	it('refuses an opening span from a moment the sentences before told of, not one the stem anchors', () => {
		expect(leansOnEarlierEvent('Within three years she was playing in bandleader _____’s western swing outfit.')).toBe(true);
		expect(leansOnEarlierEvent('Two years later, she recorded _____ albums.')).toBe(true);
		expect(leansOnEarlierEvent('Within three years of arriving in Nashville, Marchbanks was playing in bandleader _____’s outfit.')).toBe(false);
	});
});

// an invented wildfire report without a dateline: the lead places the fire in "B.C.", the body says "the fire Friday"
const FIRE_TITLE = 'Hundreds flee as Cedar Bluff wildfire doubles near Merritt, B.C.';
const FIRE = [
	'More than 900 properties near Merritt, B.C., are under evacuation order after the Cedar Bluff wildfire doubled in size overnight, driven by gusty winds.',
	'The B.C. Wildfire Service estimated the fire at 2,400 hectares on Thursday morning, up from about 1,100 hectares a day earlier.',
	'Officer Dana Whitlock said 96 firefighters were on the fire Thursday, supported by six helicopters.',
	'The Cedar Bluff fire is one of 131 active wildfires in the province, 11 of which are considered wildfires of note.'
];

describe('g30-a: "the fire" before a day or a figure, and "the province" of a lead with no dateline, are named (R4, holdout80 grades)', () => {
	it('writes the story’s fire before "Thursday" and "at 2,400", and B.C. for "the province"', () => {
		expect(named(FIRE_TITLE, FIRE, 'Officer Dana', 'According to Whitlock, how many firefighters were on the fire Thursday?')).toBe('According to Whitlock, how many firefighters were on the Cedar Bluff wildfire Thursday?');
		expect(named(FIRE_TITLE, FIRE, 'The B.C. Wildfire', 'The B.C. Wildfire Service estimated the fire at _____ hectares on Thursday morning.')).toBe('The B.C. Wildfire Service estimated the Cedar Bluff wildfire at _____ hectares on Thursday morning.');
		expect(named(FIRE_TITLE, FIRE, 'The Cedar Bluff fire', 'The Cedar Bluff fire is one of _____ active wildfires in the province.')).toBe('The Cedar Bluff fire is one of _____ active wildfires in B.C.');
	});
});
