import { describe, expect, it } from 'vitest';
import { timelessFigure } from '../../src/lib/quiz/anchors';
import { extractFacts } from '../../src/lib/quiz/facts';
import { obituarySubject } from '../../src/lib/quiz/obituary';
import { parseArticleText } from '../../src/lib/quiz/parse-article';
import { simplify } from '../../src/lib/quiz/simplify';
import { splitSentences } from '../../src/lib/quiz/sentences';
import { filler, kept } from './report';

describe('y42a: a court report’s lead and an obituary’s fronted pronoun (holdout131, a fresh user’s court report)', () => {
	it('reads a span of years in a dropped clause as no other period’s figure', () => {
		const source = 'Pritchard, 61, who ran the charity’s finance office from 2014 to 2020, was accused of diverting £287,000 to a firm owned by her cousin.';
		expect(timelessFigure(source, 'Pritchard, 61, was accused of diverting £_____ to a firm owned by her cousin.')).toBe(false);
		expect(timelessFigure('Quarry output was 4.1 million tonnes, down from 4.6 million tonnes in March.', 'Quarry output was _____ million tonnes.')).toBe(true);
	});

	it('asks the sum a court report’s defendant was accused of taking, though the sentence dates a post they held', () => {
		const stems = kept('Jury convicts former charity treasurer of fraud', [
			'A jury at Leeds Crown Court on Monday found former charity treasurer Margaret Pritchard guilty of two counts of fraud after a four-week trial.',
			'Pritchard, 61, who ran the charity’s finance office from 2014 to 2020, was accused of diverting £287,000 to a firm owned by her cousin.',
			...filler
		]);
		expect(stems.some((s) => /^Pritchard, 61, was accused of diverting (?:£_____|_____|£287,000)/.test(s))).toBe(true);
	});

	it('takes an obituary subject’s gender from a pronoun the sentence after the lead writes before any name', () => {
		const article = parseArticleText(
			[
				'Tunde Okafor obituary',
				'The Nigerian drummer and bandleader Tunde Okafor, who has died aged 77, was one of the pioneers of the Lagos jùjú sound.',
				'With his band the Harbour Kings he recorded more than 25 albums, and songs such as Ola Dele and Bisi Ade became wedding standards.',
				'Critics called the sound the Ibadan bounce.'
			].join('\n\n')
		);
		const sentences = splitSentences(article);
		const facts = sentences.map((s) => extractFacts(s.text));
		expect(obituarySubject(article.title, sentences, facts)).toMatchObject({ surname: 'Okafor', gender: 'male' });
	});

	it('writes the obituary subject into a fronted "With his band ..." phrase with a comma, and keeps its "his"', () => {
		const stems = kept('Tunde Okafor obituary', [
			'The Nigerian drummer and bandleader Tunde Okafor, who has died aged 77, was one of the pioneers of the Lagos jùjú sound.',
			'With his band the Harbour Kings he recorded more than 25 albums between 1968 and 2004, and songs such as Ola Dele and Bisi Ade became wedding standards.',
			'Critics called the sound the Ibadan bounce.',
			'He toured Britain for the first time in 1983, playing at a festival in Bristol.',
			...filler
		]);
		expect(stems.some((s) => s.startsWith('With his band the Harbour Kings, Tunde Okafor recorded'))).toBe(true);
		expect(stems.filter((s) => /Harbour Kings (?:he|Tunde Okafor) recorded/.test(s))).toEqual([]);
	});

	it('keeps a lawyer’s "His ..." apposition refused: the name after it is the lawyer, not whose lawyer (R4)', () => {
		const stems = kept('Builder jailed for defrauding pensioners', [
			'A builder who took deposits from 14 pensioners for work he never did has been jailed for four years at Exeter Crown Court.',
			'Darren Mowbray, 47, admitted nine counts of fraud.',
			'Mowbray stood with his hands folded and did not react. Earlier, he read a short statement in which he apologised to his family and said he had "trusted the wrong people". His barrister, Neil Ashcroft, had asked for a sentence of no more than two years, arguing that his client had no prior record and had cooperated with detectives after his arrest in 2024.',
			...filler
		]);
		expect(stems.filter((s) => /^His barrister, Neil Ashcroft\b/.test(s))).toEqual([]);
	});

	it('asks the sentence of a court report’s lead whose "the money" its own words explain', () => {
		const stems = kept('Solicitor jailed for taking £1.6m from clients', [
			'A solicitor who persuaded elderly clients to put their savings into a bogus bond, then spent most of the money on a yacht and a villa in Spain, has been jailed for seven years.',
			'Alan Threlfall, 63, of Harrogate, admitted 12 counts of fraud at Leeds Crown Court.',
			...filler
		]);
		expect(stems.some((s) => /^A solicitor who persuaded elderly clients to put their savings into a bogus bond, then spent most of the money on a yacht and a villa in Spain, has been jailed for (?:_____|seven) years\.$/.test(s))).toBe(true);
	});

	it('asks the sentence of a court report’s lead that takes money "from the bank accounts of" someone', () => {
		const stems = kept('Bookkeeper jailed for stealing from village charity', [
			'A bookkeeper who took more than £90,000 from the bank accounts of a village charity to pay for holidays in Florida has been jailed for three years.',
			'Susan Pilling, 52, of Skipton, admitted four counts of fraud at Bradford Crown Court.',
			...filler
		]);
		expect(stems.some((s) => /^A bookkeeper who took more than £90,000 from the bank accounts of a village charity to pay for holidays in Florida has been jailed for (?:_____|three) years\.$/.test(s))).toBe(true);
	});

	it('keeps the comma before a closing attribution when it cuts a "several of whom" aside', () => {
		const sentence = 'Okonjo took control of the savings of 11 tenants, several of whom were over 90, Exeter Crown Court heard.';
		const texts = simplify(sentence, extractFacts(sentence)).map((c) => c.text);
		expect(texts).toContain('Okonjo took control of the savings of 11 tenants, Exeter Crown Court heard');
		expect(texts.filter((t) => /tenants Exeter/.test(t))).toEqual([]);
	});
});
