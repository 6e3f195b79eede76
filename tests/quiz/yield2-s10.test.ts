import { describe, expect, it } from 'vitest';
import { speakerLeftover } from '../../src/lib/quiz/speakers';
import { filler, kept } from './report';

describe('a speaker whose role is a compound of nouns ("group transport spokeswoman")', () => {
	const lanes = [
		'Dundee City Council approved 14 new bus lanes across the city on Monday after a long debate.',
		'Green group transport spokeswoman Aileen McTaggart said the Perth Road lane would cut journey times for thousands of passengers.',
		'Councillor Ross Baird said the Perth Road lane had been drawn up far too quickly by officials.',
		'Bus operator chief Fiona Dalgleish said the Perth Road lane would let her drivers keep to their timetables.'
	];

	it('asks who said a reported statement of a speaker with such a role', () => {
		expect(kept('Dundee approves new bus lanes', lanes)).toContain('Who said the Perth Road lane would cut journey times for thousands of passengers?');
	});

	it('reads the nouns before the role as part of it, and a verb or a clause word there as leftover', () => {
		expect(speakerLeftover('Green group transport spokeswoman Aileen McTaggart', 'Aileen McTaggart')).toBe('');
		expect(speakerLeftover('Labour housing spokesman Peter Gray', 'Peter Gray')).toBe('');
		expect(speakerLeftover('Fans booed as coach Leo Cullen', 'Leo Cullen')).toBe('booed as');
		expect(speakerLeftover('Krul shook his head and coach Farke', 'Farke')).toBe('shook his and');
	});
});

describe('an age description that the sentence before lets mean one person', () => {
	it('writes the person in after an opening adverbial, keeping the adverbial', () => {
		const match = [
			'For two hours on Wednesday evening, Grace Okafor played like someone who had forgotten she was ranked 117th in the world.',
			'By the end, with Court Two on its feet and the light fading, the 22-year-old from Dudley had beaten the ninth seed, Marta Nowak, in three sets.',
			'Her previous best win came against a player ranked 41st at the grass-court event in Nottingham last June.'
		];
		expect(kept('Okafor reaches Wimbledon third round', match).some((s) => s.startsWith('By the end, with Court Two on its feet and the light fading, Grace Okafor had beaten'))).toBe(true);
	});

	it('leaves an age after a clause that names a person alone: it may describe the person beaten', () => {
		const match = [
			'For two hours on Wednesday evening, Grace Okafor played like someone who had forgotten she was ranked 117th in the world.',
			'In the final set, Okafor beat Nowak, the 25-year-old from Krakow, with 14 winners from the baseline.',
			...filler
		];
		expect(kept('Okafor reaches Wimbledon third round', match).filter((s) => s.includes('Grace Okafor beat') || s.includes('Okafor beat Grace'))).toEqual([]);
	});

	it('writes the person in for an opening "The 26-year-old’s", keeping the possessive', () => {
		const race = [
			'LEEDS — Kenya’s Daniel Kiprotich broke the course record at the Leeds Marathon on Sunday, pulling away from two rivals over the final five kilometres.',
			'The 26-year-old’s time was nine seconds faster than the previous mark, set by Philemon Rono in 2019, and earned him a bonus of £25,000.',
			'Kiprotich said he had trained in the Rift Valley for 14 weeks before the race.'
		];
		expect(kept('Kiprotich breaks Leeds marathon record', race).some((s) => s.startsWith('Daniel Kiprotich’s time was'))).toBe(true);
	});
});

describe('a person named by nationality alone ("the Pole")', () => {
	it('is no stem: the reader cannot tell who is meant', () => {
		const match = [
			'Grace Okafor beat the ninth seed, Marta Nowak, in three sets on Wednesday to reach the third round of Wimbledon for the first time.',
			'Three times the Pole stood a point from a two-set lead; three times Okafor answered with an ace.',
			...filler
		];
		expect(kept('Okafor beats Nowak at Wimbledon', match).filter((s) => s.includes('the Pole'))).toEqual([]);
	});
});
