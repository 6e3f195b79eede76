import { describe, expect, it } from 'vitest';
import { nameLeadReferents } from '../../src/lib/quiz/lead-referents';
import { filler, sentenceOf, stemsMatching } from './report';

/** `stemsMatching` with `filler` after the paragraphs. */
const padded = (title: string, paragraphs: string[], pattern: RegExp) => stemsMatching(title, [...paragraphs, ...filler], pattern);

/** `nameLeadReferents` over the stem, for the sentence of the paragraphs that opens on `from`. */
function leadNamed(title: string, paragraphs: string[], from: string, stem: string): string {
	const { article, sentences, sentence } = sentenceOf(title, paragraphs, from, false);
	return nameLeadReferents({ article, sentences, places: new Map(), organisations: new Map() }, sentence, stem);
}

const FORECAST_TITLE = 'Tarrow Instruments cuts profit forecast as lab orders slump';
const FORECAST = [
	'OSAKA (Reuters) — Shares in Tarrow Instruments Kogyo, a Japanese maker of laboratory balances, fell 9% on Monday after the company cut its full-year profit forecast by a fifth.',
	'The company now expects operating profit of 14 billion yen for the year ending March 31, below the average estimate of 16 billion yen from nine analysts polled by BRXD.',
	'Tarrow Instruments said orders from universities had fallen sharply in the autumn.'
];

describe('y35a: a name first met after "the company" is no rival of the one it points back to (R4)', () => {
	it('writes the lead’s company for "The company now expects", though an analysts’ pollster is named later in the sentence', () => {
		const stems = padded(FORECAST_TITLE, FORECAST, /now expects operating profit of _____/);
		expect(stems).toEqual([{ stem: 'Tarrow Instruments Kogyo now expects operating profit of _____ billion yen for the year ending March 31.', check: '' }]);
	});

	it('keeps refusing where the article named the later name before the sentence: it may be the one meant', () => {
		const named = [FORECAST[0], 'BRXD, a research firm, tracks the company’s orders every month.', ...FORECAST.slice(1)];
		const stems = padded(FORECAST_TITLE, named, /now expects operating profit of _____/);
		expect(stems.length).toBeGreaterThan(0);
		expect(stems.every((s) => s.stem.startsWith('The company') && s.check === 'R4')).toBe(true);
	});
});

const TUNNEL_TITLE = 'Alpine rail tunnel opening slips to 2034';
const TUNNEL = [
	'The opening of the Kessler Pass rail tunnel between Austria and Switzerland has been delayed by a year, its builder said on Tuesday.',
	'KPG SE, the joint Austrian-Swiss company building the tunnel, told reporters in Innsbruck that trains would not run before 2034.',
	'The company said about 72% of the Kessler Pass tunnel’s bores had now been dug.',
	'KPG SE said it would publish a revised timetable in the autumn.'
];

describe('y35a: a European company’s legal form makes its name a company’s (R4)', () => {
	it('writes "KPG SE" for "the company" that said how much is dug', () => {
		const stems = padded(TUNNEL_TITLE, TUNNEL, /bores had now been dug/);
		expect(stems.length).toBeGreaterThan(0);
		expect(stems.every((s) => s.stem.startsWith('KPG SE said about'))).toBe(true);
	});
});

const ROBOTS_TITLE = 'Brekke Automation shares climb as warehouse orders beat forecasts';
const ROBOTS = [
	'OSLO — Shares in Brekke Automation rose 7% on Thursday after the Norwegian maker of warehouse robots reported orders well ahead of forecasts.',
	'Order intake rose 14% to 3.1 billion crowns in the first quarter, the Bergen-based company said.',
	'Founded in 1991 by engineer Tomas Brekke, the company employs about 2,400 people in 17 countries.'
];

describe('y35a: a founder’s surname is no short name of the company (R4)', () => {
	it('writes "Brekke Automation" for "the company" founded by Tomas Brekke', () => {
		const stems = padded(ROBOTS_TITLE, ROBOTS, /^Founded in 1991/);
		expect(stems).toEqual([{ stem: 'Founded in 1991 by engineer Tomas Brekke, Brekke Automation employs about 2,400 people in _____ countries.', check: '' }]);
	});
});

const HOMES_TITLE = 'Councillors reject 210-home estate on edge of Ashcombe';
const HOMES = [
	'Plans for 210 homes on farmland at the western edge of Ashcombe have been rejected by councillors, against the advice of planning officers.',
	'Wexley Borough Council’s planning committee voted eight to two on Tuesday to refuse the application by Fernhill Homes.',
	'The scheme would have included 60 affordable homes and a small park.',
	'Anna Morley, who runs a cafe on Mill Lane, told the meeting that parking in the village was already scarce.',
	'Councillor Peter Dane said the committee had listened to residents.'
];

describe('y35a: a planning lead’s plans and committee, for "the scheme", "the meeting" and "the committee" (R4)', () => {
	it('writes the lead’s plans into "The scheme"', () => {
		expect(leadNamed(HOMES_TITLE, HOMES, 'The scheme would', 'The scheme would have included _____ affordable homes and a small park.')).toBe(
			'The scheme for 210 homes on farmland at the western edge of Ashcombe would have included _____ affordable homes and a small park.'
		);
	});

	it('writes the lead’s count of homes into "the scheme by developer ...", which says whose scheme but not which', () => {
		const approved = ['Plans to build 260 homes on the site of a former brickworks at the northern edge of Calderby have been approved despite objections from residents.', 'Calderby Town Council’s planning committee voted six to three in favour of the scheme by developer Oakmere Living on Wednesday evening.', ...HOMES.slice(2)];
		expect(leadNamed(HOMES_TITLE, approved, 'Calderby Town', 'Calderby Town Council’s planning committee voted _____ in favour of the scheme by developer Oakmere Living on Wednesday evening.')).toBe(
			'Calderby Town Council’s planning committee voted _____ in favour of the scheme to build 260 homes by developer Oakmere Living on Wednesday evening.'
		);
		const other = [...approved, 'Last year the council approved a 40-home scheme on the other side of the town.'];
		expect(leadNamed(HOMES_TITLE, other, 'Calderby Town', 'Calderby Town Council’s planning committee voted _____ in favour of the scheme by developer Oakmere Living on Wednesday evening.')).toBe(
			'Calderby Town Council’s planning committee voted _____ in favour of the scheme by developer Oakmere Living on Wednesday evening.'
		);
	});

	it('leaves "the scheme" where the body tells of another scheme, which it may mean', () => {
		const other = [...HOMES, 'Last year the council approved a 40-home scheme on the other side of the village.'];
		expect(leadNamed(HOMES_TITLE, other, 'The scheme would', 'The scheme would have included _____ affordable homes and a small park.')).toBe('The scheme would have included _____ affordable homes and a small park.');
	});

	it('writes the lead’s committee into "told the meeting" and "the committee"', () => {
		expect(leadNamed(HOMES_TITLE, HOMES, 'Anna Morley', 'Anna Morley told the meeting that parking in the village was already scarce.')).toBe(
			'Anna Morley told the meeting of Wexley Borough Council’s planning committee that parking in the village was already scarce.'
		);
		expect(leadNamed(HOMES_TITLE, HOMES, 'Councillor Peter Dane', 'Who said the committee had listened to residents?')).toBe('Who said Wexley Borough Council’s planning committee had listened to residents?');
	});

	it('leaves "the committee" and "the meeting" where the body tells of another committee', () => {
		const other = [...HOMES, 'The decision may yet go to the council’s scrutiny committee next month.'];
		expect(leadNamed(HOMES_TITLE, other, 'Anna Morley', 'Anna Morley told the meeting that parking in the village was already scarce.')).toBe('Anna Morley told the meeting that parking in the village was already scarce.');
		expect(leadNamed(HOMES_TITLE, other, 'Councillor Peter Dane', 'Who said the committee had listened to residents?')).toBe('Who said the committee had listened to residents?');
	});
});
