import { describe, expect, it } from 'vitest';
import { speakerLeftover } from '../../src/lib/quiz/speakers';
import { kept } from './report';

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
