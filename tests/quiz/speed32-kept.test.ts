import { describe, expect, it } from 'vitest';
import { bodyLines, titledLines } from '../../src/lib/quiz/article';
import { basedBody, measurelessChange, unownedDefinite } from '../../src/lib/quiz/definites';
import { extractFacts } from '../../src/lib/quiz/facts';
import { generateQuiz } from '../../src/lib/quiz/generate';
import { peerTowns } from '../../src/lib/quiz/lexicon';
import type { Article } from '../../src/lib/quiz/types';

// readings kept per text (speed32): each must answer as read afresh, whatever was asked before it
const ARTICLE: Article = {
	title: 'Harbour town of Kelmore opens new ferry terminal after two-year build',
	paragraphs: [
		'The harbour town of Kelmore opened a new ferry terminal on Friday, two years after building began on the site of an old fish market.',
		'Mayor Ruth Okonkwo said the terminal cost 48 million euros and would handle up to 900,000 passengers a year.',
		'The old terminal, which opened in 1971, handled about 350,000 passengers a year before it closed in March.',
		'Okonkwo said the town council had borrowed 20 million euros for the project and expected to repay the loan within 15 years.',
		'Three ferry companies have signed ten-year contracts to use the new terminal, the council said.'
	]
};

describe('speed32: readings kept per text answer as read afresh', () => {
	it('reads a sentence’s facts by the names known with it, and gives each caller its own copy', () => {
		const text = 'Okonkwo said the loan would be repaid within 15 years.';
		const unknown = extractFacts(text);
		const known = extractFacts(text, { surnames: new Map([['Okonkwo', 'female']]), organisations: new Set() });
		expect(unknown.some((f) => f.type === 'person' && f.text === 'Okonkwo')).toBe(false);
		expect(known.some((f) => f.type === 'person' && f.text === 'Okonkwo')).toBe(true);
		// the caller completes its facts in place: the next reading of the same text is untouched
		for (const f of known) f.text = 'changed';
		const again = extractFacts(text, { surnames: new Map([['Okonkwo', 'female']]), organisations: new Set() });
		expect(again.map((f) => f.text)).not.toContain('changed');
		expect(again.some((f) => f.type === 'person' && f.text === 'Okonkwo')).toBe(true);
	});

	it('keeps the stem readings of the R4 check per stem (and flag), the same on every asking', () => {
		const stem = 'The total rose to _____ passengers a year.';
		expect(unownedDefinite(stem)).toBe(unownedDefinite(stem));
		expect(unownedDefinite(stem, true)).toBe(unownedDefinite(stem, true));
		expect(basedBody('The Ohio-based company cut _____ jobs.')).toBe('The Ohio-based company');
		expect(basedBody('The Ohio-based company cut _____ jobs.')).toBe('The Ohio-based company');
		expect(measurelessChange('Kelmore rose _____ in March.')).toBe(measurelessChange('Kelmore rose _____ in March.'));
	});

	it('gives each caller of peerTowns its own list', () => {
		const first = peerTowns('Lyon', new Set(['France']));
		first.push('Nowhere');
		expect(peerTowns('Lyon', new Set(['France']))).not.toContain('Nowhere');
	});

	it('joins an article’s text once, and reads a new headline over the same paragraphs', () => {
		expect(bodyLines(ARTICLE)).toBe(ARTICLE.paragraphs.join('\n'));
		expect(titledLines(ARTICLE)).toBe([ARTICLE.title, ...ARTICLE.paragraphs].join('\n'));
		const retitled = { ...ARTICLE, title: 'Kelmore ferry terminal opens' };
		expect(titledLines(retitled)).toBe(['Kelmore ferry terminal opens', ...ARTICLE.paragraphs].join('\n'));
	});

	it('writes the same quiz for an article asked again, as a copy or as a new object with the same text', () => {
		const first = generateQuiz({ ...ARTICLE }, { seed: 7 });
		const again = generateQuiz({ ...ARTICLE }, { seed: 7 });
		const fresh = generateQuiz(JSON.parse(JSON.stringify(ARTICLE)) as Article, { seed: 7 });
		expect(JSON.stringify(again)).toBe(JSON.stringify(first));
		expect(JSON.stringify(fresh)).toBe(JSON.stringify(first));
	});
});
