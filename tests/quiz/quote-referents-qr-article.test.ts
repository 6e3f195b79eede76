import { describe, expect, it } from 'vitest';
import { filler, stemsMatching } from './report';

const title = 'Porthkellis votes to rebuild sea wall after winter storms';
const body = [
	'Councillors in Porthkellis voted on Tuesday to spend £4.2m rebuilding the town’s sea wall, which collapsed in February.',
	'“She asked the engineers a simple question, and he could not answer it,” said Morwenna Tregear, who chairs the harbour trust.',
	'“The council promised a new wall in 2019, and it never came,” said Jory Penrose, a fisherman who has worked from the quay for 30 years.',
	'“Once that changes, their whole season changes,” said Kerensa Hocking, who runs a cafe on the quay.',
	'“Some of them believed us from the very start,” Tregear said.',
	'Council leader Alan Rowe said: “This wall has protected the harbour and its boats since 1887.”'
];

describe('an invented story whose quotes lean on words said before them (quote-referents.ts, R4)', () => {
	const kept = (pattern: RegExp) => stemsMatching(title, [...body, ...filler], pattern).filter((w) => w.check === '').map((w) => w.stem);

	it('asks no quote whose "she", "them" or "that" the speaker named outside it', () => {
		expect(kept(/simple question|Some of them|Once that changes/)).toEqual([]);
	});

	it('still asks a quote that names what its "it" stands for', () => {
		expect(kept(/promised a new wall|protected the harbour/).length).toBeGreaterThan(0);
	});
});

const courtTitle = 'Roofer jailed for cheating pensioners out of £400,000';
const courtBody = [
	'A roofer who took deposits from elderly homeowners for repairs he never carried out has been jailed for five years.',
	'Gareth Pennock, 58, of Redruth, admitted 23 counts of fraud at Truro Crown Court.',
	'Pennock told customers their roofs were close to collapse and asked for cash before any work began.',
	'He spent most of the money on a holiday home in Spain, the court heard.',
	'“He sat at our kitchen table and drank our tea while he lied to us,” said Rosalind Carver, whose mother lost £31,000.',
	'“She asked him where the money had gone, and he just shrugged at her,” prosecutor Ian Fell told the court.',
	'Pennock’s barrister said he had been in serious debt when the offending began.'
];

describe('a quote whose "he" or "she" is the story’s own person (quote-referents.ts, R4)', () => {
	const kept = (pattern: RegExp) => stemsMatching(courtTitle, [...courtBody, ...filler], pattern).filter((w) => w.check === '').map((w) => w.stem);

	it('asks a "he" that can only mean the defendant the story is about', () => {
		expect(kept(/kitchen table/).length).toBeGreaterThan(0);
	});

	it('asks no quote whose "she" is someone the reader never met', () => {
		expect(kept(/where the money had gone/)).toEqual([]);
	});
});
