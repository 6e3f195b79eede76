import { describe, expect, it } from 'vitest';
import { nameResearchTeam } from '../../src/lib/quiz/research-team';
import { kept, sentenceOf } from './report';

/** `stem` as `nameResearchTeam` writes it for the sentence of the article that `from` opens (`filler` after the paragraphs). */
function named(title: string, paragraphs: string[], from: string, stem: string): string {
	const { article, sentences, sentence } = sentenceOf(title, paragraphs, from);
	return nameResearchTeam(article, sentences, sentence, stem);
}

// written for this test on the shape of a science story: a lead author named, then "X and his colleagues", then "The researchers"
const EUROPA_TITLE = "Saturn's moon Enceladus is venting salty water, astronomers find";
const EUROPA = [
	'But the third — liquid water — is rarely seen directly," study lead author Tomasz Wierzbicki, a planetary scientist at the Space Research Centre in Warsaw, Poland, said in a statement.',
	"Wierzbicki and his colleagues used the Very Large Telescope in Chile to study the 500-kilometre-wide Enceladus, which many astronomers regard as a likely home for microbial life.",
	'The researchers observed Enceladus for 23 nights, from March 2023 through June 2024.'
];
const STEM = 'The researchers observed Enceladus for _____ nights, from March 2023 through June 2024.';

describe('research-team: "the researchers" of the one scientist’s group the article names (R4)', () => {
	it('writes "Tomasz Wierzbicki and his colleagues" for "The researchers" after the article named the group', () => {
		expect(named(EUROPA_TITLE, EUROPA, 'The researchers observed', STEM)).toBe('Tomasz Wierzbicki and his colleagues observed Enceladus for _____ nights, from March 2023 through June 2024.');
		expect(kept(EUROPA_TITLE, EUROPA)).toContain('Tomasz Wierzbicki and his colleagues observed Enceladus for _____ nights, from March 2023 through June 2024.');
	});

	it('leaves "The researchers" before the group is named, or where the article tells of other researchers', () => {
		expect(named(EUROPA_TITLE, [EUROPA[2], EUROPA[0], EUROPA[1]], 'The researchers observed', STEM)).toBe(STEM);
		const others = [...EUROPA.slice(0, 2), 'Researchers at the University of Leicester had seen hints of plumes in 2012.', EUROPA[2]];
		expect(named(EUROPA_TITLE, others, 'The researchers observed', STEM)).toBe(STEM);
	});
});
