import { describe, expect, it } from 'vitest';
import { parseArticleText } from '../../src/lib/quiz/parse-article';
import { splitSentences } from '../../src/lib/quiz/sentences';
import { extractFacts } from '../../src/lib/quiz/facts';
import { namePlacesSoFar } from '../../src/lib/quiz/places-so-far';
import { nameStoryBodies } from '../../src/lib/quiz/story-bodies';
import { articleReferents, resolveAnaphors } from '../../src/lib/quiz/anaphora';
import { filler, stemsMatching } from './report';

/** `stemsMatching` with `filler` after the paragraphs. */
const paddedStemsMatching = (title: string, paragraphs: string[], pattern: RegExp) => stemsMatching(title, [...paragraphs, ...filler], pattern);

/** The generation context places-so-far.ts and story-bodies.ts read, and the sentence that `from` opens. */
function contextOf(title: string, paragraphs: string[], from: string) {
	const article = parseArticleText(`${title}\n\n${paragraphs.join('\n\n')}`);
	const sentences = splitSentences(article);
	const facts = sentences.map((s) => extractFacts(s.text));
	const places = new Map(facts.flat().filter((f) => f.type === 'place').map((f) => [f.text.toLowerCase(), { text: f.text, level: f.level ?? '' }]));
	const organisations = new Map(facts.flat().filter((f) => f.type === 'organisation').map((f) => [f.text.toLowerCase(), { text: f.text }]));
	const sentence = sentences.find((s) => s.text.startsWith(from));
	if (!sentence) throw new Error(`no sentence opens "${from}"`);
	return { source: { article, sentences, facts, places, organisations }, sentence };
}

const DAMS_TITLE = 'Reservoirs planned to fight drought as rains fail again';
const DAMS = [
	'NAIROBI (Reuters) - Authorities will build 170 new reservoirs over the next six years to store water for herders hit by drought, officials said on Monday.',
	'The government said the reservoirs would cost about 75 billion shillings and water 400,000 acres.',
	'About 3.1 million people in the north of the country need food aid after four failed rainy seasons.',
	'The government said it would also plant 12 billion trees by 2031.'
];

describe('g31a: a dateline’s country is the story’s, for "the government" and "the country" (R4)', () => {
	it('writes the Kenyan government of a NAIROBI-datelined story that names no other country', () => {
		const { source, sentence } = contextOf(DAMS_TITLE, DAMS, 'The government said it would');
		expect(nameStoryBodies(source, sentence, 'The government said it would also plant _____ trees by 2031.')).toBe('The Kenyan government said it would also plant _____ trees by 2031.');
		const stems = paddedStemsMatching(DAMS_TITLE, DAMS, /plant .* trees/);
		expect(stems.length).toBeGreaterThan(0);
		expect(stems.every((w) => w.stem.startsWith('The Kenyan government said'))).toBe(true);
	});

	it('writes the dateline’s country for "the country"', () => {
		const { source, sentence } = contextOf(DAMS_TITLE, DAMS, 'About 3.1 million');
		expect(namePlacesSoFar(source, sentence, 'About _____ people in the north of the country need food aid.')).toBe('About _____ people in the north of Kenya need food aid.');
	});

	it('leaves "the government" where another country has been named by the stem’s sentence', () => {
		const other = [DAMS[0], 'Ethiopia and Somalia have also been hit by the drought, the United Nations said.', ...DAMS.slice(1)];
		const { source, sentence } = contextOf(DAMS_TITLE, other, 'The government said it would');
		expect(nameStoryBodies(source, sentence, 'The government said it would also plant _____ trees by 2031.')).toBe('The government said it would also plant _____ trees by 2031.');
		const { source: s2, sentence: at } = contextOf(DAMS_TITLE, other, 'About 3.1 million');
		expect(namePlacesSoFar(s2, at, 'About _____ people in the north of the country need food aid.')).toBe('About _____ people in the north of the country need food aid.');
	});
});

const MILL_TITLE = 'Fire guts old woollen mill in Keswick';
const MILL = [
	'A fire gutted a 180-year-old woollen mill in the Cumbrian town of Keswick early on Saturday, forcing 35 people from nearby homes.',
	'More than 50 firefighters tackled the fire, the fire service said.',
	'Nobody was hurt, but the mill’s owner, Walter Pennington, said the building could not be saved.',
	'The mill was built in 1843 and had been turned into a craft centre and tea room in 2002.'
];

describe('g31a: the one fire a lead describes, by its place (R4)', () => {
	it('writes "the fire in Keswick" for the lead’s unnamed fire', () => {
		const stems = paddedStemsMatching(MILL_TITLE, MILL, /firefighters tackled/);
		expect(stems.length).toBeGreaterThan(0);
		expect(stems.every((w) => w.stem.includes('tackled the fire in Keswick'))).toBe(true);
		expect(stems.some((w) => w.check === '')).toBe(true);
	});

	it('leaves "the fire" where the body tells of another fire', () => {
		const two = [...MILL.slice(0, 2), 'A second fire broke out at a barn nearby an hour later.', ...MILL.slice(2)];
		const stems = paddedStemsMatching(MILL_TITLE, two, /firefighters tackled/);
		expect(stems.length).toBeGreaterThan(0);
		expect(stems.some((w) => w.stem.includes('in Keswick'))).toBe(false);
		expect(stems.every((w) => w.check === 'R4')).toBe(true);
	});
});

const FLOOD_TITLE = 'Floods leave Dales village of Thornby cut off for a third day';
const FLOOD = [
	'Floodwater has cut off the village of Thornby in North Yorkshire for a third day, after the River Swale burst its banks on Thursday.',
	'About 260 people live in the village, and many have had no power since Friday.',
	'The village was last flooded in 2012, when 38 homes were damaged.'
];

describe('g31a: "the village" of the one village named so far (R4)', () => {
	it('writes Thornby for "the village"', () => {
		const stems = paddedStemsMatching(FLOOD_TITLE, FLOOD, /last flooded/);
		expect(stems.length).toBeGreaterThan(0);
		expect(stems.every((w) => w.stem.startsWith('Thornby was last flooded'))).toBe(true);
	});
});

const STEEL_TITLE = 'Harlowe Steel to shut Redcar plant with loss of 800 jobs';
const STEEL = [
	'Harlowe Steel said on Thursday it would shut its plant in Redcar by the end of next year, putting 800 jobs at risk.',
	'The company will keep its smaller plant in Scunthorpe open, where 350 people work.',
	'The plant has rolled steel for shipbuilders since 1968 and produced 1.1 million tonnes last year.'
];

describe('g31a: "the plant" of a story with two plants stays unresolved (R4, a reader’s NO)', () => {
	it('writes neither plant for "The plant", and the R4 check refuses it', () => {
		const stems = paddedStemsMatching(STEEL_TITLE, STEEL, /rolled steel/);
		expect(stems.length).toBeGreaterThan(0);
		expect(stems.some((w) => /Redcar|Scunthorpe|smaller/.test(w.stem))).toBe(false);
		expect(stems.every((w) => w.check === 'R4')).toBe(true);
	});

	it('writes the Redcar plant where the story has one', () => {
		const one = [STEEL[0], STEEL[2]];
		const stems = paddedStemsMatching(STEEL_TITLE, one, /rolled steel/);
		expect(stems.length).toBeGreaterThan(0);
		expect(stems.every((w) => w.stem.startsWith('The Redcar plant has rolled steel'))).toBe(true);
	});
});

const MEDIA_TITLE = 'Ad revenue lifts Brightwave Media profit';
const MEDIA = [
	'Quarterly profit at British media company Brightwave Media rose 41% to £312m in the three months to September.',
	'Brightwave Media said on Friday that it now owns 12% of streaming firm Lumenfly. But its own radio arm, Northcast, has had a mixed year: Northcast said its listener numbers fell 4%.',
	'Listening recovered over the summer. However, the company said Northcast’s underlying profit rose 9% on the back of stronger podcast advertising.'
];

describe('g31a: a name inside what "the company said" is no rival of the company (R4)', () => {
	it('writes Brightwave Media for "the company said Northcast’s profit rose"', () => {
		const stems = paddedStemsMatching(MEDIA_TITLE, MEDIA, /Northcast’s underlying profit/);
		expect(stems.length).toBeGreaterThan(0);
		expect(stems.every((w) => w.stem.startsWith('Brightwave Media said Northcast’s underlying profit'))).toBe(true);
	});
});

const CARDS_TITLE = 'Card payment outage hits shops across Latvia';
const CARDS = [
	'Card payments failed at thousands of shops across Latvia for six hours on Friday, leaving shoppers unable to pay for food and fuel.',
	'The central bank said the fault lay with Paylink Systems, the private company that processes most card transactions in the country.',
	'Public broadcaster LTV said long queues formed at petrol stations in Riga.',
	'Paylink Systems apologised in a statement on Saturday. Its managing director, Janis Ozols, said the company would refund 2,400 merchants for lost sales.'
];

describe('g31a: "the company" of the paragraph’s subject where two companies were named before (R4)', () => {
	it('writes Paylink Systems, which the sentence before opens on, for "said the company would refund"', () => {
		// the stem cut to the director's words, as a who-said item or a statement of his writes it: "Its managing director" left out
		const { source, sentence } = contextOf(CARDS_TITLE, CARDS, 'Its managing director');
		const stem = 'Janis Ozols said the company would refund _____ merchants for lost sales.';
		expect(resolveAnaphors(articleReferents(source), source, sentence, { stem }).stem).toBe('Janis Ozols said Paylink Systems would refund _____ merchants for lost sales.');
	});
});

const EYES_TITLE = 'Scottish health board to send cataract patients to private clinics';
const EYES = [
	'Tweedvale Health Board said on Monday it would send about 600 cataract patients to private clinics in Glasgow over the next year to cut waiting times.',
	'Patients who have waited longest will be contacted first.',
	'The health board has been under enhanced monitoring by ministers since March 2021, after concerns about its finances.'
];

describe('g31a: "the health board" of the one Health Board named (R4)', () => {
	it('writes Tweedvale Health Board for "The health board"', () => {
		const stems = paddedStemsMatching(EYES_TITLE, EYES, /enhanced monitoring/);
		expect(stems.length).toBeGreaterThan(0);
		expect(stems.every((w) => w.stem.startsWith('Tweedvale Health Board has been under enhanced monitoring'))).toBe(true);
		expect(stems.some((w) => w.check === '')).toBe(true);
	});
});
