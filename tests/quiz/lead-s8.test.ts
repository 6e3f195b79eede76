import { describe, expect, it } from 'vitest';
import { generateWithReport } from '../../src/lib/quiz/generate';
import { agreeArticle } from '../../src/lib/quiz/words';
import { parseArticleText } from '../../src/lib/quiz/parse-article';
import { ORG_SUFFIX } from '../../src/lib/quiz/facts';
import { mayBePerson } from '../../src/lib/quiz/person-options';

/** The source sentences of every item made from an article. */
function sourcesOf(text: string): string[] {
	return generateWithReport(parseArticleText(text), { seed: 1, maxItems: 20 }).quiz.items.map((i) => i.source.text);
}

const FIRE = `Man, 80, rescued from house fire in Eastfield

An 80-year-old man was rescued from his burning home in Eastfield early on Sunday, the fire service said.

Neighbours raised the alarm after seeing smoke coming from an upstairs window of the terraced house on Mill Lane.

It took 24 firefighters nearly two hours to bring the blaze under control, station manager Priya Okonjo said.

The man was treated for smoke inhalation at Eastfield General Hospital and was later said to be comfortable.

Investigators believe the fire started in a kitchen and was accidental, the service said in a statement on Monday.`;

describe('an "It" that stands for the clause after it, and the headline\'s thing by another word (QUALITY.md R4)', () => {
	it('asks "It took 24 firefighters ... to bring the blaze under control" under a headline about a fire', () => {
		expect(sourcesOf(FIRE).some((s) => s.startsWith('It took 24 firefighters'))).toBe(true);
	});

	it('still refuses an "It" that points back', () => {
		const pointing = FIRE.replace('It took 24 firefighters nearly two hours to bring the blaze under control', 'It needed 24 firefighters and nearly two hours of work');
		expect(sourcesOf(pointing).some((s) => s.startsWith('It needed'))).toBe(false);
	});
});

describe('a true/false whose swapped value follows "a" or "an" (QUALITY.md R1)', () => {
	it('makes the article agree with the false value', () => {
		expect(agreeArticle('Sales showed an ', '67%')).toBe('Sales showed a ');
		expect(agreeArticle('Sales showed a ', '80%')).toBe('Sales showed an ');
		expect(agreeArticle('A ', '11-year-old')).toBe('An ');
		expect(agreeArticle('It rose by ', '80%')).toBe('It rose by ');
	});
});

describe('who-said options that are no people (person-options.ts, QUALITY.md R8)', () => {
	it('offers no airport, alliance or mountain that a first name opens as a speaker', () => {
		const text = 'The line runs to Charlotte Douglas International Airport. The Charlotte Regional Business Alliance backed it. Climbers were stranded on Ben Macdui overnight. Ben Okoro said the plan was sound.';
		expect(mayBePerson('Charlotte Douglas International Airport', text, ORG_SUFFIX)).toBe(false);
		expect(mayBePerson('Charlotte Regional Business Alliance', text, ORG_SUFFIX)).toBe(false);
		expect(mayBePerson('Ben Macdui', text, ORG_SUFFIX)).toBe(false);
		expect(mayBePerson('Ben Okoro', text, ORG_SUFFIX)).toBe(true);
	});
});
