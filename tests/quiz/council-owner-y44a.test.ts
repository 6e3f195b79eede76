import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/lib/quiz/facts';
import { parseArticleText } from '../../src/lib/quiz/parse-article';
import { splitSentences } from '../../src/lib/quiz/sentences';
import { withStoryCouncil } from '../../src/lib/quiz/story-organisation';
import { kept } from './report';

// invented council stories: one council, named in the lead, its place in the headline
const TITLE = 'Wetherby Vale council tax to rise 3.9% as pools face cuts';
const LEAD = 'Wetherby Vale District Council has approved a 3.9 per cent rise in council tax for 2026-27, after a three-hour meeting on Tuesday night.';
// padding past the 50 words a quiz needs, naming no place and no other council
const PAD = 'Councillors also debated a plan to mow grass verges less often, which officers said would help wildflowers and insects over the summer months and cost nothing extra.';

describe('A council story’s budget, its own possessions and its district, the one council’s (QUALITY.md R4)', () => {
	it('writes the council in as the owner of "The budget was passed"', () => {
		const stems = kept(TITLE, [LEAD, PAD, 'The budget was passed by 33 votes to 14, with two abstentions.']);
		expect(stems.some((s) => /^Wetherby Vale District Council['’]s budget was passed by/.test(s))).toBe(true);
		expect(stems.some((s) => /^The budget\b/.test(s))).toBe(false);
	});

	it('writes the district in as the place its name gives', () => {
		const stems = kept(TITLE, [LEAD, PAD, 'Bills will be sent to the district’s 41,300 households in March.']);
		expect(stems.some((s) => /Wetherby Vale['’]s 41,300 households|Wetherby Vale['’]s _____ households/.test(s))).toBe(true);
	});

	it('writes "the council’s" as the council the lead names, where the sentence names no other', () => {
		const own = 'The council’s reserves will fall to £4.2m by 2028.';
		const article = parseArticleText(`${TITLE}\n\n${[LEAD, PAD, own].join('\n\n')}`);
		const sentences = splitSentences(article);
		const source = { article, sentences, facts: sentences.map((s) => extractFacts(s.text)), organisations: new Map(), places: new Map() };
		const sentence = sentences.find((s) => s.text === own)!;
		expect(withStoryCouncil(source, sentence, 'The council’s reserves will fall to £_____m by 2028.', () => false)).toBe('Wetherby Vale District Council’s reserves will fall to £_____m by 2028.');
	});

	it('leaves "the council" alone where the sentence names a council of another tier', () => {
		const other = 'The council’s reserves will fall to £4.2m by 2028, as the county council also cuts its grant.';
		const article = parseArticleText(`${TITLE}\n\n${[LEAD, PAD, other].join('\n\n')}`);
		const sentences = splitSentences(article);
		const source = { article, sentences, facts: sentences.map((s) => extractFacts(s.text)), organisations: new Map(), places: new Map() };
		const sentence = sentences.find((s) => s.text === other)!;
		const stem = 'The council’s reserves will fall to £_____m by 2028, as the county council also cuts its grant.';
		expect(withStoryCouncil(source, sentence, stem, () => false)).toBe(stem);
		expect(withStoryCouncil(source, sentence, 'The council’s reserves will fall to £_____m by 2028.', () => false)).toBe('The council’s reserves will fall to £_____m by 2028.');
	});

	it('writes "the city" of a City Council’s story as its place, but not "the city of 60,000 people"', () => {
		const title = 'Ashcombe council approves 180-home scheme on old depot site';
		const lead = 'The Ashcombe City Council voted 7-2 on Monday night to approve 180 homes on the site of a former bus depot.';
		const stems = kept(title, [lead, PAD, 'The city will lend $4.8 million toward new sewer lines.', 'Rents in the city of 60,000 people have risen 27% since 2021.']);
		expect(stems.some((s) => /^Ashcombe will lend \$(?:4\.8|_____) million toward new sewer lines/.test(s))).toBe(true);
		expect(stems.some((s) => /Ashcombe of 60,000/.test(s))).toBe(false);
	});

	it('writes no place into a speaker’s words', () => {
		const title = 'Ashcombe council approves 180-home scheme on old depot site';
		const lead = 'The Ashcombe City Council voted 7-2 on Monday night to approve 180 homes on the site of a former bus depot.';
		const quoted = 'Mayor Lena Osei said nurses “cannot afford to rent in the city they care for” and the city would lend $4.8 million.';
		const article = parseArticleText(`${title}\n\n${[lead, PAD, quoted].join('\n\n')}`);
		const sentences = splitSentences(article);
		const source = { article, sentences, facts: sentences.map((s) => extractFacts(s.text)), organisations: new Map(), places: new Map() };
		const sentence = sentences.find((s) => s.text === quoted)!;
		expect(withStoryCouncil(source, sentence, 'Nurses “cannot afford to rent in the city they care for” and the city would lend $_____ million.', () => false)).toBe('Nurses “cannot afford to rent in the city they care for” and Ashcombe would lend $_____ million.');
	});
});

describe('the council’s area and budget written in only where they are the council’s (a reviewer’s finds, R1 and R6)', () => {
	it('never writes "the district hall" or "the district clerk" as the place, and keeps "the district’s" households', () => {
		const stems = kept(TITLE, [LEAD, PAD, 'The district hall will close for 18 months from April while its roof is replaced.', 'The district clerk will retire next spring after 22 years in the post.', 'Bills will be sent to the district’s 41,300 households in March.']);
		for (const s of stems) expect(s).not.toMatch(/Wetherby Vale (?:hall|clerk)\b/);
		expect(stems.some((s) => /Wetherby Vale['’]s (?:41,300|_____) households/.test(s))).toBe(true);
	});

	it('leaves "The budget" alone after a sentence on another body’s spending plans', () => {
		const police = 'Police and crime commissioner Dana Price has also set her spending plans, raising the police precept by £14 a year.';
		const stems = kept(TITLE, [LEAD, PAD, police, 'The budget includes £1.2 million for 30 more neighbourhood officers.']);
		for (const s of stems) expect(s).not.toMatch(/Council['’]s budget includes/);
	});
});
