import { describe, expect, it } from 'vitest';
import { namedAsNonPerson, namedOnlyAsHistory } from '../../src/lib/quiz/person-options';
import { itemsOf } from './report';

describe('n42: distractors of the strict readers’ and fresh users’ R8 kinds', () => {
	it('a league written after “the” and a town or club never given a first name are no persons', () => {
		const text = 'Winger Joao Pinto scored twice as Leiria climbed to fifth in the Portuguese Segunda Liga. Pinto, who plays for Leiria’s under-21 side, was mobbed by the fans.';
		expect(namedAsNonPerson('Segunda Liga', false, text)).toBe(true);
		expect(namedAsNonPerson('Leiria', true, text)).toBe(true);
		expect(namedAsNonPerson('Joao Pinto', false, text)).toBe(false);
		// a town of the gazetteer, written alone as the facts read a surname
		expect(namedAsNonPerson('Braga', true, 'The win lifted Braga to 47 points from 23 matches.')).toBe(true);
		// a person's name written in full is no town for sharing a word with one
		expect(namedAsNonPerson('Braga', false, 'Midfielder Ana Braga scored the winner.')).toBe(false);
	});

	it('a person named only beside a year before the story is history; one named now is not', () => {
		const sentences = ['Hartley now has 27 goals this season, one short of the club record set by Alan Price in 1994.', 'Coach Helen Marsh said in 2019 she would stay.'];
		expect(namedOnlyAsHistory(sentences, 'Price', undefined)).toBe(true);
		expect(namedOnlyAsHistory(sentences, 'Price', 2026)).toBe(true);
		expect(namedOnlyAsHistory(sentences, 'Hartley', undefined)).toBe(false);
		expect(namedOnlyAsHistory([...sentences, 'Price was at the ground to watch.'], 'Price', undefined)).toBe(false);
	});

	it('a record holder of years ago is never offered as who said a coach’s words', () => {
		const paragraphs = [
			'Millbrook Rovers beat Eastwick Town 3-1 in the county cup semi-final at Ferry Lane on Saturday, with striker Owen Hartley scoring all three goals.',
			'Eastwick went ahead after 20 minutes when midfielder Sam Beckett drove in a loose ball from a corner.',
			'Millbrook coach Helen Marsh replaced two defenders at the break, and Hartley equalised within five minutes.',
			'Goalkeeper Dan Fry kept Eastwick level with a string of saves before Hartley scored twice in the last quarter of an hour.',
			'"At the break I told them to play without fear," Marsh said. "They listened, and the supporters carried them home."',
			'Eastwick manager Colin Drury said his players had tired badly. "We ran out of legs after the hour," he said.',
			'The win is worth £25,000 to Millbrook, who will play the final in April.',
			'Hartley now has 27 goals this season, one short of the club record set by Alan Price in 1994.'
		];
		const items = itemsOf('Hartley hat-trick takes Millbrook into county cup final', paragraphs);
		const quoted = items.filter((i) => /\bsaid\b/.test(i.stem));
		expect(quoted.length).toBeGreaterThan(0);
		expect(quoted.filter((i) => /\bPrice\b/.test(`${i.stem} ${i.options.join(' ')}`))).toEqual([]);
	});
});
