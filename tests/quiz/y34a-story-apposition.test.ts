import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/lib/quiz/facts';
import { parseArticleText } from '../../src/lib/quiz/parse-article';
import { splitSentences } from '../../src/lib/quiz/sentences';
import { storyOrganisation } from '../../src/lib/quiz/story-organisation';
import { reportOf } from './report';

/** The story organisation `storyOrganisation` reads from a headline and paragraphs, as "name [kinds]", or '' for none. */
function story(title: string, paragraphs: string[]): string {
	const article = parseArticleText(`${title}\n\n${paragraphs.join('\n\n')}`);
	const sentences = splitSentences(article);
	const facts = sentences.map((s) => extractFacts(s.text));
	const places = new Map(facts.flat().filter((f) => f.type === 'place').map((f) => [f.text.toLowerCase(), { text: f.text }]));
	const found = storyOrganisation({ article, sentences, facts, places });
	return found ? `${found.name} [${[...found.kinds].sort().join(', ')}]` : '';
}

/** Every stem written from the sentence that includes `words`, with the check that refused it ('OK' when kept). */
function stemsFrom(title: string, paragraphs: string[], words: string): string[] {
	const report = reportOf(title, paragraphs);
	const at = splitSentences(parseArticleText(`${title}\n\n${paragraphs.join('\n\n')}`)).find((s) => s.text.includes(words))?.index;
	return [...report.quiz.items.filter((i) => i.source.text.includes(words)).map((i) => `OK: ${i.stem}`), ...report.rejections.filter((r) => r.sentence === at).map((r) => `${r.check}: ${r.stem}`)];
}

const title = 'Orvalla Precision trims outlook as orders from Europe fall; shares drop 8%';
const market = [
	'OSAKA (Reuters) — Shares in Orvalla Precision Kogyo, a Japanese maker of wafer polishing machines, fell more than 8% on Tuesday after the company trimmed its full-year outlook.',
	'The company now expects operating profit of 14 billion yen for the year to March, down from 19 billion yen.',
	'The Osaka-based company said quarterly revenue dropped 6.5% to 88.2 billion yen.',
	'Finance chief Rena Hoshino said the company would delay a new plant in Sakai by a year, to 2029.',
	'Orvalla Precision employs about 3,100 people and makes most of its machines in Japan.'
];

describe('the company a market report names with an apposition before its verb (holdout106)', () => {
	it('is the name that shares are in, the apposition between it and its verb', () => {
		expect(story(title, market)).toBe('Orvalla Precision Kogyo [company]');
	});

	it('is no one where the apposition names another body, which "the company" may mean', () => {
		const owned = [market[0].replace('a Japanese maker of wafer polishing machines', 'a unit of Tessar Holdings'), ...market.slice(1)];
		expect(story(title, owned)).toBe('');
	});

	it('is written in for "the company" of a later sentence', () => {
		expect(stemsFrom(title, market, 'would delay a new plant')).toContain('OK: Finance chief Rena Hoshino said Orvalla Precision Kogyo would delay a new plant in Sakai by a year, to _____.');
	});
});
