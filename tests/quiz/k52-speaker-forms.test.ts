import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/lib/quiz/facts';
import { itemsOf } from './report';

// an invented story of a bridge closure whose speakers are named with a title, a body after the name, or an
// appositive before a verb of judging
const title = 'Harbour bridge closure angers traders in Port Elwin';
const paragraphs = [
	'The main bridge into Port Elwin will stay shut for six weeks after engineers found cracks in two of its steel supports, the county council said on Tuesday.',
	'Detective Sergeant Marta Lindqvist of the county police said officers would patrol the Elwin diversion route every night until the Port Elwin bridge reopened.',
	'Dr. Tomasz Brennan, a surgeon at the Elwin clinic, called the Port Elwin bridge closure "unacceptable" but said ambulances had so far reached every call in Port Elwin within the target time.',
	'"We have lost about a third of our trade since the closure began last month," said Councillor Priya Okafor, who represents the harbour ward.',
	'Professor Lena Varga of Elwin University said cracks of that kind were "typical of steel of that age" and did not mean the Port Elwin bridge was unsafe.',
	'Rabbi Daniel Stern, who leads the town\'s synagogue, said many older members of his congregation could no longer walk to Saturday services in Port Elwin.',
	'Captain Ruth Moreno, the harbour master, said fishing boats would be allowed to unload at the north quay of Port Elwin harbour for six weeks.'
];

describe('speakers named with a title, a body after the name or a judgment in quote marks', () => {
	const items = itemsOf(title, paragraphs, 12);

	it('asks who said it of a titled speaker followed by a lower-case body ("of the county police")', () => {
		const asked = items.filter((i) => i.type === 'who-said' && i.source.text.startsWith('Detective Sergeant'));
		expect(asked.length).toBeGreaterThan(0);
		for (const i of asked) expect(i.options[i.key]).toBe('Marta Lindqvist');
	});

	it('reads who called something, and the quoted judgment as what they said, past an appositive between commas', () => {
		const text = 'Dr. Imre Halasz, a surgeon at the Elwin clinic who treated the drivers, called the bridge closure "unacceptable" but said ambulances were coping.';
		const said = extractFacts(text).find((f) => f.type === 'attribution');
		expect(said?.text).toBe('Dr. Imre Halasz');
		expect(said?.statement && text.slice(said.statement.start, said.statement.end)).toBe('the bridge closure "unacceptable"');
	});

	it('leaves "called it" unread: the pronoun points back to what the sentence does not name', () => {
		expect(extractFacts('Professor Ann Toller, an engineer at Elwin University, called it "a warning we ignored".').filter((f) => f.type === 'attribution')).toEqual([]);
	});

	it('puts no one but a cleric in the mouth of one who speaks of "his congregation"', () => {
		const swapped = items.filter((i) => i.source.text.startsWith('Rabbi') && i.type === 'true-false' && !i.stem.startsWith('Daniel Stern'));
		expect(swapped.map((i) => i.stem)).toEqual([]);
	});
});

// an invented storm story with one town and two islands: an island is no false town
describe('a place swapped in after "the town of"', () => {
	it('is a town, never an island or a province the article names', () => {
		const storm = [
			'At least 12 people were killed after Storm Kalinda crossed the central Philippines, disaster officials said on Tuesday.',
			'The storm made landfall near the town of Bantayan in Northern Cebu province shortly after 5 a.m. on Monday.',
			'It weakened as it crossed the islands of Panay and Negros before moving out into the Sulu Sea late on Monday night.',
			'Eight of the dead were in Panay and four in Negros, according to the national disaster agency.',
			'Rice farmers in Negros were hit hard, as many of their fields were only weeks from harvest.',
			'The agency said about 15,000 homes had been damaged or destroyed across the two islands.'
		];
		const stems = itemsOf('Storm Kalinda kills 12 in the central Philippines', storm, 12).map((i) => i.stem);
		expect(stems.filter((s) => /the town of (?:Panay|Negros|Northern Cebu)\b/.test(s))).toEqual([]);
	});
});
