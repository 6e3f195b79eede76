import { describe, expect, it } from 'vitest';
import { simplify } from '../../src/lib/quiz/simplify';
import { itemsOf, reportOf, written } from './report';

const race = [
	'Outsider Silver Fern won the Hawke Cup at Ellerslie on Saturday, beating the favourite by a length in front of 8,400 people.',
	'The winner was ridden by 24-year-old jockey Tom Reed, who had returned from three seasons riding in Hong Kong in 2023.',
	'Blue River, sent out at $2.80 after his dominant win in the Wellington Cup in January, was posted wide from barrier 14 and finished second.',
	'Trainer Mary Cole said the mare had been set for the race since the autumn and would now be spelled for four months.'
];

describe('a possessive pronoun with a horse or a team named before it in its sentence', () => {
	it('is never written as the jockey named in the sentence before', () => {
		const stems = itemsOf('Silver Fern wins the Hawke Cup', race).map((i) => i.stem);
		expect(stems.filter((s) => /Reed[’']s dominant win/.test(s))).toEqual([]);
	});
});

describe('a leading participle phrase closed by a comma after a name', () => {
	it('keeps the subject that follows the comma, which is no appositive of the name', () => {
		const [main] = simplify('Ridden by jockey Tom Reed, the five-year-old mare settled midfield on the rail, was switched out at the top of the straight and won by a length.', []);
		expect(main.text).toBe('Ridden by jockey Tom Reed, the five-year-old mare settled midfield on the rail, was switched out at the top of the straight and won by a length');
	});

	it('is never left alone when a long stem is cut after its key', () => {
		const ridden = [
			'Ridden by 24-year-old Otago-born apprentice jockey Tom Reed, the five-year-old mare settled midfield on the rail, was switched out at the top of the straight and hit the front 150m from home before holding off a fast-finishing Blue River in 3:18.41 for the 3200m.',
			...race.slice(1)
		];
		const stems = written(reportOf('Silver Fern wins the Hawke Cup', ridden)).map((w) => w.stem);
		expect(stems.filter((s) => /^Ridden by [^,]*\.$/.test(s))).toEqual([]);
	});
});

describe('a list after a colon', () => {
	it('is never cut to its first item', () => {
		const [main] = simplify('The chain built its name on a simple formula: steak-frites, a glass of house wine and a set menu below €15.', []);
		expect(main.text).toBe('The chain built its name on a simple formula: steak-frites, a glass of house wine and a set menu below €15');
	});

	it('still loses a trailing appositive when no colon or dash opens a list', () => {
		const [main] = simplify('The club signed a new striker last week, a former Celtic player.', []);
		expect(main.text).toBe('The club signed a new striker last week');
	});
});
