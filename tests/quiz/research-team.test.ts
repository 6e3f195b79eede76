import { describe, expect, it } from 'vitest';
import { parseArticleText } from '../../src/lib/quiz/parse-article';
import { splitSentences } from '../../src/lib/quiz/sentences';
import { nameResearchTeam } from '../../src/lib/quiz/research-team';
import { filler, kept } from './report';

/** `stem` as `nameResearchTeam` writes it for the sentence of the article that `from` opens (`filler` after the paragraphs). */
function named(title: string, paragraphs: string[], from: string, stem: string): string {
	const article = parseArticleText(`${title}\n\n${[...paragraphs, ...filler].join('\n\n')}`);
	const sentences = splitSentences(article);
	const sentence = sentences.find((s) => s.text.startsWith(from));
	if (!sentence) throw new Error(`no sentence opens "${from}"`);
	return nameResearchTeam(article, sentences, sentence, stem);
}

// the shared article 08-space-europa-water-vapor-plumes
const EUROPA_TITLE = "The weird plumes of Jupiter's moon Europa are spewing water vapor";
const EUROPA = [
	'But the third — liquid water — is somewhat hard to find beyond Earth," study lead author Lucas Paganini, a planetary scientist at NASA\'s Goddard Space Flight Center in Greenbelt, Maryland, said in a statement.',
	"Paganini and his colleagues used the W.M. Keck Observatory in Hawaii to study the 1,900-mile-wide (3,100 kilometers) Europa, which astrobiologists regard as one of the solar system's best bets to host alien life.",
	'The researchers observed Europa for 17 nights, from February 2016 through May 2017.'
];
const STEM = 'The researchers observed Europa for _____ nights, from February 2016 through May 2017.';

describe('research-team: "the researchers" of the one scientist’s group the article names (R4, shared article 08-space-europa)', () => {
	it('writes "Lucas Paganini and his colleagues" for "The researchers" after the article named the group', () => {
		expect(named(EUROPA_TITLE, EUROPA, 'The researchers observed', STEM)).toBe('Lucas Paganini and his colleagues observed Europa for _____ nights, from February 2016 through May 2017.');
		expect(kept(EUROPA_TITLE, EUROPA)).toContain('Lucas Paganini and his colleagues observed Europa for _____ nights, from February 2016 through May 2017.');
	});

	it('leaves "The researchers" before the group is named, or where the article tells of other researchers', () => {
		expect(named(EUROPA_TITLE, [EUROPA[2], EUROPA[0], EUROPA[1]], 'The researchers observed', STEM)).toBe(STEM);
		const others = [...EUROPA.slice(0, 2), 'Researchers at the University of Leicester had seen hints of plumes in 2012.', EUROPA[2]];
		expect(named(EUROPA_TITLE, others, 'The researchers observed', STEM)).toBe(STEM);
	});
});
