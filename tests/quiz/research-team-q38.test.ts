import { describe, expect, it } from 'vitest';
import { parseArticleText } from '../../src/lib/quiz/parse-article';
import { nameResearchTeam } from '../../src/lib/quiz/research-team';
import { splitSentences } from '../../src/lib/quiz/sentences';
import { reportOf } from './report';

const study = [
	'Adults who walk at least 7,000 steps a day are less likely to develop heart disease, according to a study published on Monday in the journal Heart.',
	'Researchers at the University of Bristol followed 3,400 people aged 40 to 70 for eight years.',
	'The team found that 27 percent of participants reached the target on most days.',
	'The Bristol team plans a second study next year with 500 volunteers in Somerset.'
];
const title = 'Daily walks linked to healthier hearts';

/** The stem `nameResearchTeam` writes for the sentence at `index` of the study. */
function named(paragraphs: string[], index: number): string {
	const article = parseArticleText(`${title}\n\n${paragraphs.join('\n\n')}`);
	const sentences = splitSentences(article);
	return nameResearchTeam(article, sentences, sentences[index], sentences[index].text);
}

describe('nameResearchTeam: the one institution whose researchers a study story tells of', () => {
	it('writes "The team" and "The Bristol team" as the institution’s team after the sentence naming it', () => {
		expect(named(study, 2)).toBe('The University of Bristol team found that 27 percent of participants reached the target on most days.');
		expect(named(study, 3)).toBe('The University of Bristol team plans a second study next year with 500 volunteers in Somerset.');
	});

	it('writes nothing where the story tells of other work or a second institution', () => {
		expect(named([...study.slice(0, 3), 'A separate study in Norway found a similar link.'], 2)).toBe(study[2]);
		expect(named([study[0], 'Researchers at the University of Bristol and researchers at Cardiff University followed 3,400 people.', study[2]], 2)).toBe(study[2]);
		expect(named([study[0], 'Scientists at Bristol Royal Infirmary and Cardiff University followed 3,400 people.', study[2]], 2)).toBe(study[2]);
		expect(named([study[0], 'Researchers at the School of Health & Social Care followed 3,400 people.', study[2]], 2)).toBe(study[2]);
	});

	it('asks the team’s finding about its participants', () => {
		const report = reportOf(title, study);
		expect(report.quiz.items.some((i) => i.source.sentence === 2 && i.stem.startsWith('The University of Bristol team found that'))).toBe(true);
	});
});
