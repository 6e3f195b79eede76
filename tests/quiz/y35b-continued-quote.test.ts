import { describe, expect, it } from 'vitest';
import { written, reportOf, filler } from './report';

const title = 'Former Gdynia port manager jailed for taking bribes from shipping agents';
const paragraphs = [
	'A court in Gdynia on Tuesday jailed the former manager of the city port, Marek Zielonka, for five years for taking bribes from shipping agents.',
	'"This was not a lapse of judgement. It was a scheme, kept up for years, that treated the port as a private bank," presiding judge Agnieszka Wrona said.',
	'Zielonka\'s lawyer, Piotr Sadowski, said his client would appeal.',
	'"We were never shown the bank records that the prosecution relied on. The whole case rests on the word of two men who were promised lighter sentences," said Sadowski, who has represented Zielonka since 2021.'
];

describe('a sentence that goes on with a quote an earlier sentence opened (generate.ts, issue 3)', () => {
	it('asks what its speaker’s relative clause states, its lone closing mark no longer read as opening a quote', () => {
		expect(written(reportOf(title, [...paragraphs, ...filler])).some((w) => w.check === '' && /^Sadowski has represented Zielonka since (?:_____|\d{4})\.$/.test(w.stem))).toBe(true);
	});

	it('does not ask it when it opens on a pronoun for what the sentence before said (R4)', () => {
		expect(written(reportOf(title, [...paragraphs, ...filler])).some((w) => w.check === '' && /It was a scheme/.test(w.stem))).toBe(false);
	});
});
