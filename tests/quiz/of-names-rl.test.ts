import { describe, expect, it } from 'vitest';
import { nameHeads, unnamedHead } from '../../src/lib/quiz/named-heads';
import { splitSentences } from '../../src/lib/quiz/sentences';
import type { Article } from '../../src/lib/quiz/types';
import { kept } from './report';

/** `stem` as `nameHeads` writes it for the sentence at `index` of an article of `paragraphs`, and whether `unnamedHead` then refuses it. */
function headed(title: string, paragraphs: string[], index: number, stem: string): { stem: string; refused: boolean } {
	const a: Article = { title, paragraphs };
	const sentences = splitSentences(a);
	const written = nameHeads(a, sentences, sentences[index], stem);
	return { stem: written, refused: unnamedHead(a, sentences, sentences[index], written) };
}

describe('a name "<head> of <Name>" is a thing of its head: "the court" may mean "the Court of Appeal" (QUALITY.md R4, R6)', () => {
	const appeal = [
		'A bakery chain has won its appeal against a food hygiene fine at the Court of Appeal in Cardiff.',
		'The High Court in Swansea had upheld the £40,000 fine in 2024.',
		'The fine must now be repaid with interest, the court said.'
	];

	it('writes no court in for "the court" when the article names two, one of them "of" a name', () => {
		const stem = 'The fine must now be repaid with interest, the court said.';
		const out = headed('Bakery wins hygiene appeal', appeal, 2, stem);
		expect(out.stem).toBe(stem);
		expect(out.refused).toBe(true);
	});

	it('writes the one such name in where it is the only one, and other heads likewise', () => {
		const one = ['A bakery chain has won its appeal against a hygiene fine at the Court of Appeal in Cardiff.', 'The fine of £40,000 must now be repaid, the court said.'];
		expect(headed('Bakery wins hygiene appeal', one, 1, 'The fine of £_____ must now be repaid, the court said.').stem).toBe('The fine of £_____ must now be repaid, the Court of Appeal said.');
		const ministry = ['Prison places will rise by 2,000 next year, the Ministry of Justice announced on Monday.', 'The ministry said building would start in March.'];
		expect(headed('More prison places promised', ministry, 1, 'The ministry said building would start in _____.').stem).toBe('The Ministry of Justice said building would start in _____.');
		const rights = ['Two journalists have taken their case to the European Court of Human Rights in Strasbourg.', 'The High Court in London had dismissed their claim in 2023.', 'A ruling is expected next year, the court said.'];
		expect(headed('Journalists go to Strasbourg', rights, 2, 'A ruling is expected next year, the court said.').refused).toBe(true);
	});

	it('reads an office before a person’s name as no thing: "the minister" stays for the office rules', () => {
		const minister = ['Minister of Health Ana Ruiz opened the new clinic in Seville on Friday.', 'The minister said 40 nurses would be hired.'];
		expect(headed('Clinic opens in Seville', minister, 1, 'The minister said _____ nurses would be hired.').stem).toBe('The minister said _____ nurses would be hired.');
	});

	it('asks no item that puts an appeal court’s words in the mouth of the court below it', () => {
		const story = [
			'Families whose homes flooded in the village of Marlow End have won their appeal against the Severn Vale Drainage Board at the Court of Appeal in Bristol.',
			'The High Court in Cardiff had dismissed their claim in 2024, finding that the board could not have foreseen the storm.',
			'The Severn Vale Drainage Board must now pay compensation of about £9.6 million, the court said.',
			'Officials in Bristol reviewed the drainage budget for the coming year in a long meeting.'
		];
		const stems = kept('Flood families win appeal against drainage board', story);
		expect(stems.some((s) => /High Court said/.test(s))).toBe(false);
	});
});
