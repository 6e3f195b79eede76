import { describe, expect, it } from 'vitest';
import { measurelessChange, unownedDefinite } from '../../src/lib/quiz/definites';
import { generateWithReport } from '../../src/lib/quiz/generate';
import { parseArticleText } from '../../src/lib/quiz/parse-article';
import type { Item } from '../../src/lib/quiz/types';
import { checksOf, filler, reportOf, written } from './report';

/** Every stem written from a headline and paragraphs (with `filler` after them), kept or rejected. */
function stemsOf(title: string, paragraphs: string[]): string[] {
	return written(reportOf(title, [...paragraphs, ...filler])).map((w) => w.stem);
}

/** Every item over ten seeds from a headline and paragraphs (with `filler` after them). */
function itemsOf(title: string, paragraphs: string[]): Item[] {
	const article = parseArticleText(`${title}\n\n${[...paragraphs, ...filler].join('\n\n')}`);
	const items: Item[] = [];
	for (let seed = 1; seed <= 10; seed++) items.push(...generateWithReport(article, { seed, maxItems: 15 }).quiz.items);
	return items;
}

// an invented rankings story: the lead names one ranking, the body calls it "the table"
const RANKINGS_TITLE = 'Nordic colleges rise as Aberdale holds first place in 2031 global rankings';
const RANKINGS = [
	'OSLO (Reuters) - Aberdale University was named the best university in the world for the fourth year running in the Meridian Education (MEG) Global College Rankings published on Tuesday, while colleges in Norway and Finland moved up sharply.',
	'The 2031 table assesses 1,640 institutions in 88 countries, up from 1,575 a year earlier, its compilers said.',
	'Aberdale was followed by Castlemere University in second place, while Brightwater University fell to fifth.',
	'Tromsdal University rose to 14th, its best ever position, and Vesterby University climbed to 17th.',
	'Figures for this year’s table came from 96 million citations across 11.2 million papers, the compilers said.',
	'Sweden has 41 ranked institutions, but 19 of them fell in the table, while only 12 improved.'
];

describe('g29-a: a rankings story’s "the table" names the ranking its lead names (R4, holdout76 grades)', () => {
	it('writes the lead’s ranking, without its bracketed acronym, for "the table", and the year it gives for "this year’s table"', () => {
		const stems = stemsOf(RANKINGS_TITLE, RANKINGS);
		expect(stems.some((s) => s.includes('fell in the Meridian Education Global College Rankings'))).toBe(true);
		expect(stems.some((s) => s.includes('Figures for the 2031 Meridian Education Global College Rankings came from'))).toBe(true);
		expect(stems.filter((s) => /\bthe table\b|this year’s table/.test(s))).toEqual([]);
	});

	it('asks "Which university climbed to 17th in the <ranking>?", never "Which organisation climbed to 17th?"', () => {
		const stems = itemsOf(RANKINGS_TITLE, RANKINGS).filter((i) => i.type === 'mcq').map((i) => i.stem);
		expect(stems).toContain('Which university climbed to 17th in the Meridian Education Global College Rankings?');
		expect(stems.filter((s) => /^Which organisation\b|\b\d+th\?$/.test(s))).toEqual([]);
	});
});

// an invented freight story: one lane's change per row, the rate told only in the sentence before
const FREIGHT_TITLE = 'Queues grow at Baltic ports as North Sea freight rates climb';
const FREIGHT = [
	'About 1.3 million TEU of container capacity was waiting outside ports in northern Europe as of May 4, according to data from the analytics firm Portwise.',
	'Around 310,000 TEU of that was anchored off Gdansk and Klaipeda.',
	'Spot freight rates have risen sharply since April, forwarders said.',
	'Ningbo to Gdansk rose 8 percent to $5,210 per FEU, while Ningbo to Hamburg climbed 12 percent to $5,980.'
];

// an invented vaccination story: the sums of its donors and "the response" of its health officials
const AID_TITLE = 'Laos begins polio vaccination drive for 1.2 million children';
const AID = [
	'Laos began a nationwide polio vaccination drive on Tuesday aimed at reaching 1.2 million children under five before the end of the dry season.',
	'The drive is supported by UNICEF, which supplied 1.4 million doses worth about $2.3 million.',
	'Australia’s government contributed a further $900,000 for cold-chain equipment and staff training.',
	'A UNICEF official in Vientiane, Dr. Mirela Costa, said the speed of the response had been remarkable.'
];

describe('g29-a: a stem that leans on an amount, a lane’s rate or a response the sentence before gives (R4, holdout76 grades)', () => {
	it('refuses "of that", a route’s bare change and "a further" sum with no figure before it', () => {
		// the official's sentence gives no fact to ask; "the response" is checked on its stem below
		for (const checks of [
			checksOf(FREIGHT_TITLE, FREIGHT, /\bof that was\b/),
			checksOf(FREIGHT_TITLE, FREIGHT, /^Ningbo to Gdansk rose\b/),
			checksOf(AID_TITLE, AID, /contributed a further\b/)
		]) {
			expect(checks.length).toBeGreaterThan(0);
			expect(checks.filter((c) => c === '')).toEqual([]);
		}
	});

	it('reads the same words as owned where the stem says what they are of', () => {
		expect(unownedDefinite('UNICEF supplied doses worth $2.3 million and Australia contributed a further $_____ for training.')).toBeUndefined();
		expect(unownedDefinite('The speed of the response to the outbreak had been remarkable, Dr. Mirela Costa said.')).toBeUndefined();
		expect(unownedDefinite('The speed of the response had been remarkable, Dr. Mirela Costa said.')).toBe('the response');
		expect(unownedDefinite('Around _____ TEU of that was anchored off Gdansk.')).toBe('of that');
		expect(measurelessChange('Ningbo to Gdansk rose _____ percent to $5,210 per FEU.')).toBe('Ningbo to Gdansk rose _____ percent');
		expect(measurelessChange('Exports to Poland rose 8 percent in April.')).toBeUndefined();
	});
});

// an invented wildfire story: its lead names the fire, a later paragraph names an older one, its dateline the province
const FIRE_TITLE = 'Hundreds flee as wildfire nears Okanagan lake towns';
const FIRE = [
	'PENTICTON, B.C. — About 2,100 people were told to leave their homes in British Columbia’s southern interior on Wednesday as a wildfire moved to within eight kilometres of the town of Naramata.',
	'The B.C. Wildfire Service said the Greyrock Ridge fire had grown to about 3,900 hectares by Wednesday evening.',
	'Schools in Naramata and Summerland were closed on Thursday, and a reception centre opened in Penticton.',
	'The area was badly hit three summers ago, when the Ashwell Creek fire destroyed more than 90 homes.',
	'Crews from Alberta were expected to reach Penticton by Friday, officials said.',
	'Emergency Minister Paulina Dorsey said the province was sending 140 more firefighters to the blaze.'
];

// an invented match report: its headline places one team in its country, the body calls it by the country's demonym
const TEAM_TITLE = 'Lisbon’s Falcão Gaming beat Iron Wolves to win $1.5 million Valorant crown';
const TEAM = [
	'Falcão Gaming won the Coastline Valorant Masters in Dubai on Saturday, beating favourites Iron Wolves 3-1 in the final.',
	'The Portuguese side, seeded ninth of 12 teams, lost the opening map before winning the next three in front of about 7,000 fans.',
	'The win earned Falcão $600,000, while Iron Wolves, from Chicago, took home $300,000.'
];

// an invented council story: the mayor is titled once, then written by surname
const MAYOR_TITLE = 'Fairhaven council passes $310 million budget';
const MAYOR = [
	'Fairhaven City Council voted 5-2 on Tuesday to pass a $310 million budget for the next fiscal year.',
	'Mayor Delia Okafor and four council members voted in favour, and two members voted against it.',
	'Okafor, who took office in January 2024, said the plan kept every library branch open.'
];

describe('g29-a: the story’s fire, province, team and a surname’s office, named where the article names them (R4, holdout76 grades)', () => {
	it('writes the lead’s named fire for "the blaze" and the dateline’s province for "the province"', () => {
		const stems = stemsOf(FIRE_TITLE, FIRE).filter((s) => /more firefighters to the\b/.test(s));
		expect(stems.length).toBeGreaterThan(0);
		for (const s of stems) expect(s).toMatch(/British Columbia was sending .* more firefighters to the Greyrock Ridge fire/);
		// the fire named three summers ago is another: where the sentence before names it, "the blaze" is left for the R4 check
		const near = stemsOf(FIRE_TITLE, [...FIRE.slice(0, 4), FIRE[5]]).filter((s) => /more firefighters to the\b/.test(s));
		for (const s of near) expect(s).toMatch(/to the blaze/);
	});

	it('writes the team its headline places in the country for "The Portuguese side"', () => {
		const stems = stemsOf(TEAM_TITLE, TEAM).filter((s) => /seeded ninth of\b/.test(s));
		expect(stems.length).toBeGreaterThan(0);
		for (const s of stems) expect(s).toMatch(/^Falcão Gaming, seeded ninth/);
	});

	it('writes a bare surname taking office with the title and full name the article gives', () => {
		const stems = stemsOf(MAYOR_TITLE, MAYOR).filter((s) => /took office in/.test(s));
		expect(stems.length).toBeGreaterThan(0);
		for (const s of stems) expect(s).toMatch(/^Mayor Delia Okafor took office in/);
	});
});
