import { describe, expect, it } from 'vitest';
import { splitSentenceSpans, splitSentences } from '../../src/lib/quiz/sentences';
import { articleBody } from '../../src/lib/quiz/article';

const split = (text: string) => splitSentenceSpans(text).map((s) => text.slice(s.start, s.end));

describe('splitSentenceSpans', () => {
	it('keeps "Jan.", "Sen." and "U.S." inside one sentence', () => {
		expect(split('On Jan. 20, the former Sen. became the 44th U.S. President. Millions watched the ceremony.')).toEqual([
			'On Jan. 20, the former Sen. became the 44th U.S. President.',
			'Millions watched the ceremony.'
		]);
	});

	it('keeps a councillor\'s "Coun." and "Cllr." with the name after them', () => {
		expect(split('Coun. Maria Lopez, who chairs the panel, opposed the bridge. Cllr. Tom Reid backed it. The vote is on Monday.')).toEqual([
			'Coun. Maria Lopez, who chairs the panel, opposed the bridge.',
			'Cllr. Tom Reid backed it.',
			'The vote is on Monday.'
		]);
	});

	it('reads a weekday after "a.m."/"p.m." as the time\'s date, not a new sentence', () => {
		expect(split('The strike starts at 4 a.m. Thursday and ends at 9 p.m. Sunday, the union said. Talks resume next week.')).toEqual([
			'The strike starts at 4 a.m. Thursday and ends at 9 p.m. Sunday, the union said.',
			'Talks resume next week.'
		]);
	});

	it('splits after "P.M." that ends a sentence but not after "a.m." in a leading time phrase', () => {
		expect(split('At 5 a.m. Mr. Brown went to the bank. He left at 6 P.M. Mr. Brown then went home.')).toEqual([
			'At 5 a.m. Mr. Brown went to the bank.',
			'He left at 6 P.M.',
			'Mr. Brown then went home.'
		]);
	});

	it('ends a quoted sentence after its closing quote mark', () => {
		const parts = split('The minister said, "We will not raise taxes." Critics called the pledge unrealistic.');
		expect(parts).toHaveLength(2);
		expect(parts[0]).toBe('The minister said, "We will not raise taxes."');
	});

	it('does not split inside decimals and money', () => {
		expect(split('A film studio was fined £1.6m after an actor was injured on set. Shares fell 2.50 per cent to 104.75p.')).toEqual([
			'A film studio was fined £1.6m after an actor was injured on set.',
			'Shares fell 2.50 per cent to 104.75p.'
		]);
	});

	it('keeps a time zone after "p.m." and a hyphened "-St." inside the sentence', () => {
		expect(split('The ferry left Halverton at 6:40 p.m. BST with 212 passengers aboard. It docked late.')).toEqual([
			'The ferry left Halverton at 6:40 p.m. BST with 212 passengers aboard.',
			'It docked late.'
		]);
		expect(split('About 9,000 drivers in Dallas-Ft. Worth and Austin stopped work. Talks resume today.')).toEqual([
			'About 9,000 drivers in Dallas-Ft. Worth and Austin stopped work.',
			'Talks resume today.'
		]);
	});

	it('keeps a case name ("Harlow v. Grey County", "Okafor vs. Western Mutual") inside one sentence', () => {
		expect(split('In 2019, the judges ruled 6-3 in Harlow v. Grey County that the search was unlawful. The county appealed.')).toEqual([
			'In 2019, the judges ruled 6-3 in Harlow v. Grey County that the search was unlawful.',
			'The county appealed.'
		]);
		expect(split('The case, Okafor vs. Western Mutual, turned on whether the policy was valid. It was settled.')).toHaveLength(2);
		expect(split('Her favourite letter was v. She wrote it often.')).toHaveLength(2);
	});

	it('keeps a bracketed time conversion after "a.m." inside the sentence', () => {
		expect(split('The roof fell in at about 2:40 a.m. (0040 GMT) some 600 metres below ground. Nobody was hurt.')).toEqual([
			'The roof fell in at about 2:40 a.m. (0040 GMT) some 600 metres below ground.',
			'Nobody was hurt.'
		]);
	});

	it('ends a sentence at a company suffix ("Ltd.", "Inc.") when a sentence opener follows', () => {
		expect(split('The pit is run by Kasama Copper Ltd. The company is 80% owned by Redfern. It is listed.')).toEqual([
			'The pit is run by Kasama Copper Ltd.',
			'The company is 80% owned by Redfern.',
			'It is listed.'
		]);
		expect(split('Shares in Brightwave Inc. rose 4% on Monday. Analysts were surprised.')).toHaveLength(2);
		expect(split('Orders went to Nexa Holdings Inc. Chief Executive Dana Roy said so. She was pleased.')).toHaveLength(2);
	});

	it('keeps initials with their surname', () => {
		expect(split('The novel by J. K. Rowling sold well. It was filmed.')).toHaveLength(2);
	});
});

describe('splitSentences', () => {
	it('gives offsets into the article body and paragraph indexes', () => {
		const article = { title: 'T', paragraphs: ['One fine day. Two more days.', 'Three is here.'] };
		const sentences = splitSentences(article);
		const body = articleBody(article);
		expect(sentences.map((s) => s.paragraph)).toEqual([0, 0, 1]);
		for (const s of sentences) expect(body.slice(s.start, s.end)).toBe(s.text);
	});
});
