import { describe, expect, it } from 'vitest';
import { filler, stemsFrom } from './report';

// "The first count had put her ahead by 327 votes" was asked as "had put Ingrid Müller-Østergaard's ahead by
// _____ votes": a "her" that no noun follows is the object, written as the name, never its possessive (a fresh user's R1)
describe('an object "her" before a word of where it leaves her', () => {
	it('writes "put her ahead" as the name, not its possessive', () => {
		const stems = stemsFrom(
			'Recount confirms Helena Lindqvist as mayor of Carrowmore',
			[
				'Helena Lindqvist has been confirmed as mayor of Carrowmore after a recount of 18,400 ballots on Friday.',
				'The first count, on 18 October, had put her ahead by 327 votes.',
				...filler
			],
			'put her ahead'
		);
		expect(stems.filter((s) => /Lindqvist[’']s ahead/.test(s))).toEqual([]);
		expect(stems.some((s) => /^OK: .*had put Helena Lindqvist ahead by _____ votes/.test(s))).toBe(true);
	});

	// "praised her behind-the-scenes work" had become "praised Helena Lindqvist behind-the-scenes work" (the m48 reviewer's find)
	it('keeps "her" a possessive before a compound that opens on such a word', () => {
		const stems = stemsFrom(
			'Helena Lindqvist wins Carrowmore theatre award',
			[
				'Helena Lindqvist has won the Carrowmore theatre award of £5,000 for her work at the Quay Playhouse.',
				'The judges praised her behind-the-scenes work on 14 productions since 2019.',
				...filler
			],
			'her behind-the-scenes'
		);
		expect(stems.filter((s) => /Lindqvist behind-the-scenes/.test(s))).toEqual([]);
	});

	it('keeps "her" before a noun a possessive, an ordinal one included', () => {
		const stems = stemsFrom(
			'Helena Lindqvist wins Carrowmore poetry prize',
			[
				'Helena Lindqvist has won the Carrowmore poetry prize of £5,000 for a collection about the island of her childhood.',
				'The judges said her first collection, published in 2019, had sold 4,200 copies.',
				...filler
			],
			'her first collection'
		);
		expect(stems.some((s) => /Helena Lindqvist[’']s first collection/.test(s))).toBe(true);
	});
});
