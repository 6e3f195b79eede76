import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/lib/quiz/facts';
import { parseArticleText } from '../../src/lib/quiz/parse-article';
import { splitSentences } from '../../src/lib/quiz/sentences';
import { storyOrganisation } from '../../src/lib/quiz/story-organisation';
import { reportOf } from './report';

/** The story organisation `storyOrganisation` reads from a headline and paragraphs, or '' for none. */
function story(title: string, paragraphs: string[]): string {
	const article = parseArticleText(`${title}\n\n${paragraphs.join('\n\n')}`);
	const sentences = splitSentences(article);
	const facts = sentences.map((s) => extractFacts(s.text));
	const places = new Map(facts.flat().filter((f) => f.type === 'place').map((f) => [f.text.toLowerCase(), { text: f.text }]));
	return storyOrganisation({ article, sentences, facts, places })?.name ?? '';
}

/** Every stem written from the sentence that includes `words`, with the check that refused it ('OK' when kept). */
function stemsFrom(title: string, paragraphs: string[], words: string): string[] {
	const report = reportOf(title, paragraphs);
	const at = splitSentences(parseArticleText(`${title}\n\n${paragraphs.join('\n\n')}`)).find((s) => s.text.includes(words))?.index;
	return [...report.quiz.items.filter((i) => i.source.text.includes(words)).map((i) => `OK: ${i.stem}`), ...report.rejections.filter((r) => r.sentence === at).map((r) => `${r.check}: ${r.stem}`)];
}

const departure = [
	'The chief executive of Kestrel Group, the FTSE 250 packaging maker, has resigned with immediate effect, sending its shares lower on Tuesday.',
	'Kestrel said in a statement that Paul Wren, 58, who has run the company since 2018, had left by mutual agreement.',
	'The shares fell as much as 12pc before closing 9.4pc lower at 276p.',
	'Finance director Ann Cole will lead the business while a search is carried out.',
	'Net debt stood at £540m at the end of June, 2.1 times earnings.',
	'Kestrel will publish its annual results on March 4.'
];
const departureTitle = 'Kestrel chief quits as shares fall 9%';

const closures = [
	'Harbourline will close 38 branches across Scotland over the next year, the bank said on Monday.',
	'The closures, confirmed to staff on Monday, will begin on April 14 and end in December.',
	'The lender said 190 roles would be affected, though most staff would be redeployed.',
	'Harbourline said fewer than 4 per cent of its customer transactions now took place in a branch.'
];
const closuresTitle = 'Harbourline to shut 38 branches as customers move online';

describe('a nameless stem of the story organisation’s own shares, figures and closures', () => {
	it('finds the organisation of a lead that opens on its officer, named by the sentence after', () => {
		expect(story(departureTitle, departure)).toBe('Kestrel');
	});

	it('writes in the organisation as owner of its shares and its net debt', () => {
		expect(stemsFrom(departureTitle, departure, 'The shares fell')).toContain('OK: Shares in Kestrel fell as much as 12pc before closing 9.4pc lower at _____p.');
		expect(stemsFrom(departureTitle, departure, 'Net debt stood')).toContain('OK: Kestrel’s net debt stood at £_____m at the end of June, 2.1 times earnings.');
	});

	it('writes in the organisation as owner of the closures its lead and headline tell of', () => {
		expect(stemsFrom(closuresTitle, closures, 'The closures, confirmed').some((s) => s.startsWith('OK: Harbourline’s closures, confirmed to staff on Monday, will begin on'))).toBe(true);
	});

	it('leaves a figure refused where the sentence before names another company or rivals', () => {
		const other = departure.map((p) => (p.startsWith('Net debt') ? 'It bought the Dutch firm Brouwer Logistics in 2021. Net debt stood at £540m at the end of June, 2.1 times earnings.' : p));
		const rivals = departure.map((p) => (p.startsWith('Net debt') ? 'Its rivals have cut borrowing this year. Net debt stood at £540m at the end of June, 2.1 times earnings.' : p));
		for (const paragraphs of [other, rivals]) expect(stemsFrom(departureTitle, paragraphs, 'Net debt stood').filter((s) => s.startsWith('OK'))).toEqual([]);
	});

	it('leaves closures refused that the headline does not tell of', () => {
		expect(stemsFrom('Harbourline profits rise as customers move online', closures, 'The closures, confirmed').filter((s) => s.startsWith('OK'))).toEqual([]);
	});
});

// an invented results story: a headline that describes the company before its short name, a lead with a place's
// possessive apposition, a span of months and a country's initials, a body that calls it "the company" and by its first word
const results = [
	'OSAKA, Feb 4 (Reuters) - Vantor Dental Systems, Japan’s third-largest maker of dental scanners, reported a surprise operating loss for the July-September quarter on Tuesday, citing weak orders from U.S. clinics and a 12 billion yen writedown on a plant in Ohio.',
	'The company posted an operating loss of 3.2 billion yen for the quarter, against a profit of 4.5 billion yen a year earlier.',
	'Shares in Vantor closed down 6.4% in Tokyo.',
	'The company said it would cut its capital spending by about 20% to 18 billion yen next year.'
];
const resultsTitle = 'Japanese scanner maker Vantor swings to loss as U.S. clinic orders fall';

describe('the company of a results story whose headline describes it before its short name', () => {
	it('finds the organisation past the headline’s description and the lead’s possessive apposition', () => {
		expect(story(resultsTitle, results)).toBe('Vantor Dental Systems');
	});

	it('writes it in for "The company", though the body also calls it by its first word', () => {
		const report = reportOf(resultsTitle, results);
		const posted = splitSentences(parseArticleText(`${resultsTitle}\n\n${results.join('\n\n')}`)).find((x) => x.text.startsWith('The company posted'))!.index;
		expect(report.passedIn).toContain(posted);
		expect(report.rejections.filter((r) => r.sentence === posted && r.check === 'R4')).toEqual([]);
		expect(stemsFrom(resultsTitle, results, 'The company said it would cut').some((s) => s.startsWith('OK: Vantor Dental Systems said it would cut'))).toBe(true);
	});
});

describe('a thing the lead introduces with a name among its modifiers', () => {
	const distillery = [
		'A Highland malt whisky distillery that has run for 90 years is to close in June, with the loss of 38 jobs, its owner said on Monday.',
		'Brora Spirits said production at the site near Dornoch would stop from 30 June.',
		'Staff were told at a meeting on Monday.',
		'The distillery also supports an estimated 45 jobs in haulage and tourism.'
	];

	it('is written back with the name, so the stem names which one', () => {
		expect(stemsFrom('Highland distillery to close with loss of 38 jobs', distillery, 'also supports')).toContain('OK: The Highland malt whisky distillery supports an estimated _____ jobs in haulage and tourism.');
	});
});
