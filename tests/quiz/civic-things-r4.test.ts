import { describe, expect, it } from 'vitest';
import { nameLeadThings } from '../../src/lib/quiz/events';
import { withHeadlineNounPhrase } from '../../src/lib/quiz/in-view';
import { nameStoryThings } from '../../src/lib/quiz/story-names';
import { kept, sentenceOf } from './report';

// an invented council story: the headline names the town's bridge by a possessive, the lead its repair project with "the"
const BRIDGE_TITLE = 'Ashcombe’s harbour bridge to close for six months as £3.6m repair begins';
const BRIDGE = [
	'Ashcombe’s harbour bridge will close to traffic for six months from April while engineers carry out the £3.6m deck repair project, the borough council said on Monday.',
	'An inspection last winter found rust in 9 of the bridge’s 24 steel hangers and cracks in the road surface near the southern ramp.',
	'The project will be paid for with £2.5m from a government grant and £1.1m from Ashcombe borough council’s reserves.',
	'Councillor Joan Pike said the closure would be hard on shops but could not be put off any longer.'
];

/** `stem` as `nameLeadThings` writes it for the sentence of the article that `from` opens. */
function leadNamed(title: string, paragraphs: string[], from: string, stem: string): string {
	const { sentences, sentence } = sentenceOf(title, paragraphs, from, false);
	return nameLeadThings(sentences, sentence, { stem }).stem;
}

/** `stem` as `nameStoryThings` writes it for the sentence of the article that `from` opens. */
function storyNamed(title: string, paragraphs: string[], from: string, stem: string): string {
	const { article, sentences, sentence } = sentenceOf(title, paragraphs, from, false);
	return nameStoryThings(article, sentences, sentence, stem);
}

describe('a council story’s one bridge, project or viaduct, which a stem calls by its kind alone (R4)', () => {
	it('writes the headline’s bridge for "the bridge’s", keeping the possessive', () => {
		expect(withHeadlineNounPhrase(BRIDGE_TITLE, BRIDGE, 'An inspection last winter found rust in 9 of the bridge’s _____ steel hangers.')).toBe(
			'An inspection last winter found rust in 9 of Ashcombe’s harbour bridge’s _____ steel hangers.'
		);
	});

	it('leaves "the bridges’" and a possessive inside a longer word alone', () => {
		expect(withHeadlineNounPhrase(BRIDGE_TITLE, BRIDGE, 'Divers checked the bridges’ piers.')).toBe('Divers checked the bridges’ piers.');
	});

	it('writes the project the lead introduces with "the" and its own words', () => {
		expect(leadNamed(BRIDGE_TITLE, BRIDGE, 'The project will', 'The project will be paid for with £_____m from a government grant.')).toBe(
			'The deck repair project will be paid for with £_____m from a government grant.'
		);
	});

	it('leaves "the project" alone where the lead’s project is a body’s own or the article tells of another', () => {
		const owned = ['Ashcombe’s harbour bridge will close while engineers carry out the council’s repair project, officials said on Monday.', ...BRIDGE.slice(1)];
		expect(leadNamed(BRIDGE_TITLE, owned, 'The project will', 'The project will be paid for with £_____m from a government grant.')).toBe('The project will be paid for with £_____m from a government grant.');
		const another = [BRIDGE[0], 'A separate flood defence project on the quay began last year.', ...BRIDGE.slice(1)];
		expect(leadNamed(BRIDGE_TITLE, another, 'The project will', 'The project will be paid for with £_____m from a government grant.')).toBe('The project will be paid for with £_____m from a government grant.');
	});

	it('keeps the bridge’s hangers and the project’s funding, each naming the town', () => {
		const stems = kept(BRIDGE_TITLE, BRIDGE);
		expect(stems.some((s) => s.includes('of Ashcombe’s harbour bridge’s'))).toBe(true);
		expect(stems.some((s) => s.startsWith('An inspection last winter found rust in 9 of Ashcombe’s harbour bridge’s'))).toBe(true);
		expect(stems.some((s) => s.startsWith('The deck repair project will be paid for with'))).toBe(true);
	});

	const VIADUCT_TITLE = 'Glenmoy rail line to shut for eight weeks for viaduct repair';
	const VIADUCT = [
		'The railway between Ardmore and Glenmoy will shut for eight weeks from May so that engineers can repair the 120-year-old Corran Viaduct, the rail operator said.',
		'The 12-arch viaduct carries the line 40 metres above the River Moy and has had a 30mph limit since 2023.',
		'Replacement buses will run every 20 minutes between the two towns while the line is shut.'
	];

	it('writes the one viaduct the lead names for a later "the 12-arch viaduct", under a headline that names only its kind', () => {
		expect(storyNamed(VIADUCT_TITLE, VIADUCT, 'The 12-arch', 'The 12-arch viaduct has had a _____mph limit since 2023.')).toBe('The 12-arch Corran Viaduct has had a _____mph limit since 2023.');
	});

	it('leaves the viaduct alone where the article names two', () => {
		const two = [VIADUCT[0], 'Work on the nearby Drumlie Viaduct finished last year.', VIADUCT[1]];
		expect(storyNamed(VIADUCT_TITLE, two, 'The 12-arch', 'The 12-arch viaduct has had a _____mph limit since 2023.')).toBe('The 12-arch viaduct has had a _____mph limit since 2023.');
	});
});
