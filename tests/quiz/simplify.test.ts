import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/lib/quiz/facts';
import { generateQuiz } from '../../src/lib/quiz/generate';
import { soleReferent } from '../../src/lib/quiz/pronouns';
import { mapSpan, simplify } from '../../src/lib/quiz/simplify';

/** The clauses of a sentence as "[kind] text". */
const clauses = (sentence: string) => simplify(sentence, extractFacts(sentence)).map((c) => `[${c.kind}] ${c.text}`);

// sentences of the seed article (questions/articles/00-belarus-lukashenko-putin-sochi.txt)
describe('simplify: the clauses a stem is written from', () => {
	it('drops a leading phrase whole or not at all: never inside a number ("5.8 years") or a list ("age, income and ...")', () => {
		expect(clauses('Over a mean follow-up of 4.6 years, 7 percent of the runners were injured.')).toEqual(['[main] Over a mean follow-up of 4.6 years, 7 percent of the runners were injured']);
		expect(clauses('Over the next 18 months, the bakery will hire 120 staff.')).toEqual(['[main] Over the next 18 months, the bakery will hire 120 staff']);
		expect(clauses('After allowing for age, weight, diet and exercise, the risk was 30 percent higher among drivers.')[0]).toMatch(/^\[main\] After allowing for age, weight, diet and exercise, the risk/);
	});

	it('drops a paired dash aside', () => {
		expect(clauses('Mr Putin has publicly supported the 66-year-old – dubbed “Europe’s last dictator” – as the country’s leader.')).toEqual([
			'[main] Mr Putin has publicly supported the 66-year-old as the country’s leader'
		]);
	});

	it('drops a paired dash aside whose closing dash stands for the comma of a trailing phrase, with that phrase', () => {
		expect(clauses('Chicago remained the priciest city in the region, with an average of $2,210 — up 3.1% — followed by Denver at $1,980.')).toEqual([
			'[main] Chicago remained the priciest city in the region, with an average of $2,210',
			'[main] Chicago remained the priciest city in the region'
		]);
		expect(clauses('The company — founded in 1990 by two brothers — said profits rose to $4 million.')).toEqual(['[main] The company said profits rose to $4 million']);
	});

	it('turns a "who" dash aside into a clause of its own on the name it follows', () => {
		expect(clauses('In a bid to win Moscow’s support, Mr Lukashenko – who insists he won 80% of the election vote fairly – has tried to cast the protests as an effort by the West to isolate Russia.')).toEqual([
			'[main] Mr Lukashenko has tried to cast the protests as an effort by the West to isolate Russia',
			'[aside] Mr Lukashenko insists he won 80% of the election vote fairly'
		]);
	});

	it('drops a trailing dash aside, keeping "a day after X" as a clause of its own', () => {
		expect(clauses('The talks will be held in the Black Sea resort of Sochi – a day after an estimated 150,000 people flooded the streets of the Belarusian capital, Minsk, demanding his resignation.')).toEqual([
			'[main] The talks will be held in the Black Sea resort of Sochi',
			'[subordinate] An estimated 150,000 people flooded the streets of the Belarusian capital, Minsk'
		]);
	});

	it('drops a parenthetical', () => {
		expect(clauses('The North Atlantic Treaty Organization (NATO) said 30 members would attend the summit.')).toEqual([
			'[main] The North Atlantic Treaty Organization said 30 members would attend the summit'
		]);
	});

	it('never hangs a "which" clause on the name after "led by" ("The consortium led by Veltra Holdings Ltd, which ...")', () => {
		const all = clauses('The consortium led by Veltra Holdings Ltd, which submitted its bid alone after talks with Orlen broke down, came second in the tender.');
		expect(all.filter((c) => /^\[aside\] Veltra Holdings Ltd submitted/.test(c))).toEqual([]);
	});

	it('never cuts an appositive at a comma inside its own list ("a centre for shipping, tourism and fishing")', () => {
		for (const c of clauses('Bergen, a centre for shipping, tourism and fishing with about 290,000 residents, has seen rents rise sharply this year.')) {
			expect(c).not.toMatch(/^\[main\] Bergen tourism/);
		}
	});

	it('drops an appositive after a name, with or without an article', () => {
		expect(clauses('Venstra, the main opposition party, won 41 seats in the election.')).toEqual(['[main] Venstra won 41 seats in the election']);
		expect(clauses('Ocado Retail, its joint venture with Marks and Spencer, delivered an average of 450,000 orders a week, up from 397,000 last year.')[0]).toBe(
			'[main] Ocado Retail delivered an average of 450,000 orders a week'
		);
		expect(clauses('In Ohio, his chosen Senate candidate, TV’s Dr. Ann Cole, faces a close race against four rivals.')[0]).toBe(
			'[main] In Ohio, his chosen Senate candidate, TV’s Dr. Ann Cole, faces a close race against four rivals'
		);
		expect(clauses('Anton Velikov, deputy head of the Dravsk district council, said the district would ask for a new vote.')).toEqual([
			'[main] Anton Velikov said the district would ask for a new vote',
			'[aside] Anton Velikov is deputy head of the Dravsk district council'
		]);
	});

	it('drops a leading time phrase', () => {
		expect(clauses('Last week, opposition leader Maria Kolesnikova said she was forced into a van by masked men in Minsk.')).toEqual([
			'[main] Opposition leader Maria Kolesnikova said she was forced into a van by masked men in Minsk'
		]);
		expect(clauses('On Sunday, police arrested 774 people in Minsk.')).toEqual(['[main] Police arrested 774 people in Minsk']);
		// "later" than what the sentence before tells: a time the stem cannot give (R4)
		expect(clauses('Four decades later, Ferris, 68, has now led more than 300 rescues and is known across Wales.')).toEqual([
			'[main] Ferris, 68, has now led more than 300 rescues and is known across Wales'
		]);
	});

	it('drops a wire dateline as a leading piece, so that its dash opens no aside', () => {
		expect(clauses('WASHINGTON (AP) — The U.S. Senate on Tuesday passed a $95.3 billion aid package for Ukraine, Israel and Taiwan, sending the bill to the House, where its future is uncertain.')).toEqual([
			'[main] The U.S. Senate on Tuesday passed a $95.3 billion aid package for Ukraine, Israel and Taiwan'
		]);
		expect(clauses('LONDON, Jan 23 (Reuters) - Britain has lost its measles elimination status, the World Health Organization said on Thursday.')).toEqual([
			'[main] Britain has lost its measles elimination status, the World Health Organization said on Thursday'
		]);
		expect(clauses('KYIV, Ukraine (AP) — Russian forces fired 40 missiles at the city overnight, officials said.')).toEqual([
			'[main] Russian forces fired 40 missiles at the city overnight, officials said'
		]);
		expect(clauses('MINSK — Police detained 200 protesters in the capital.')).toEqual(['[main] Police detained 200 protesters in the capital']);
	});

	it('drops a trailing comparison, and keeps a clause with it when a fact is in it', () => {
		expect(clauses('Only 83.9% of children had received both doses of the MMR vaccine by the age of five, well below the 95% recommended by the WHO.')).toEqual([
			'[main] Only 83.9% of children had received both doses of the MMR vaccine by the age of five',
			'[main] Only 83.9% of children had received both doses of the MMR vaccine by the age of five, well below the 95% recommended by the WHO'
		]);
		expect(clauses('Ammunition shipments to Ukraine fell by 60% in the last three months of 2023, compared with the same period a year earlier, according to a Pentagon report.')).toEqual([
			'[main] Ammunition shipments to Ukraine fell by 60% in the last three months of 2023'
		]);
	});

	it('drops a trailing participle with its object or preposition, not a list item nor an aside before the verb', () => {
		expect(clauses('The storm battered the coast on Monday night, killing at least 20 people in three villages.')[0]).toBe('[main] The storm battered the coast on Monday night');
		expect(clauses('Four decades later, Ferris, 68, has now led more than 300 rescues and is known in Wales as the leading lifeboat coxswain, called on by crews around the coast for advice.')[0]).toBe(
			'[main] Ferris, 68, has now led more than 300 rescues and is known in Wales as the leading lifeboat coxswain'
		);
		expect(clauses('The 45-year-old man from Leeds, named as John Smith, died in hospital on Friday.')[0]).toBe('[main] The 45-year-old man from Leeds, named as John Smith, died in hospital on Friday');
		expect(clauses('The council increased spending on health, housing and education by 4% last year.')).toEqual([
			'[main] The council increased spending on health, housing and education by 4% last year'
		]);
	});

	it('drops a relative clause between commas before the main verb', () => {
		expect(clauses('The depot, which was used by First Bus until 2019, has been empty for six years.')).toEqual(['[main] The depot has been empty for six years']);
		expect(clauses('Republican Sen. Rand Paul, who voted against the package, said the money would be better spent at home.')).toEqual([
			'[main] Republican Sen. Rand Paul said the money would be better spent at home',
			'[aside] Rand Paul voted against the package'
		]);
	});

	it('drops a relative clause before an irregular past ("found", "took"), and one that tells a long history', () => {
		expect(clauses('The survey, which questioned 2,300 nurses in Leeds, Bradford and Hull over three winters, found that most worked unpaid overtime.')[0]).toBe(
			'[main] The survey found that most worked unpaid overtime'
		);
		expect(
			clauses('The Greens, which briefly governed alongside the Liberals in the county between 2015 and 2018 before quitting over a row about bus fares and parking charges, took 11 seats.')[0]
		).toBe('[main] The Greens took 11 seats');
		expect(clauses('Rovers, who had drawn their previous three home games, now have 31 points from 15 matches.')[0]).toBe('[main] Rovers now have 31 points from 15 matches');
	});

	it('keeps an "according to" source whose clause would be too short without it, and cuts the tail after it', () => {
		expect(clauses('Attendance was 41,200, according to the organisers, up from 38,900 at the previous show in 2022.')).toContain('[main] Attendance was 41,200, according to the organisers');
		expect(clauses('Attendance was 41,200, according to the organisers.')).toEqual(['[main] Attendance was 41,200, according to the organisers']);
	});

	it('cuts a clause over the stem’s word limit at its last clause boundary within the limit', () => {
		const all = clauses(
			'Heavy snow closed roads and schools across the northern province of Lapland, stranding hundreds of drivers and cutting power to more than 12,000 homes, officials said on Monday, as crews with snowploughs and generators worked through the night to reach isolated villages.'
		);
		expect(all).toContain('[main] Heavy snow closed roads and schools across the northern province of Lapland, stranding hundreds of drivers and cutting power to more than 12,000 homes, officials said on Monday');
		expect(
			clauses('A regional court in the port city of Gdynia on Friday ordered the owner of a waterfront hotel to pay 2.4 million zlotys to the families of two guests who drowned in its flooded basement car park in 2021, despite the company insisting throughout the trial that the storm had been unforeseeable.')
		).toContain('[main] A regional court in the port city of Gdynia on Friday ordered the owner of a waterfront hotel to pay 2.4 million zlotys to the families of two guests who drowned in its flooded basement car park in 2021');
	});

	it('never cuts a long clause where the words dropped hold its source, a condition or a negation', () => {
		const sourced = clauses(
			'The former treasurer of a county cricket club was found to have moved more than £310,000 from its accounts into a company run by his brother over six seasons, spending much of it on a villa in Portugal and two cars, police said.'
		);
		expect(sourced.every((c) => c.endsWith('police said'))).toBe(true);
		const conditional = clauses(
			'Ministers agreed on Thursday to lift the cap on the number of overseas students that universities in the north of the country may admit from next September by as much as a third, as long as each university can show that it has housing for all of them.'
		);
		expect(conditional.every((c) => c.endsWith('housing for all of them'))).toBe(true);
	});

	it('maps a fact’s span into the clause, and not when its words were dropped', () => {
		const sentence = 'Venstra, the main opposition party, won 41 seats in the election.';
		const [clause] = simplify(sentence, extractFacts(sentence));
		const at = sentence.indexOf('41');
		const span = mapSpan(clause, at, at + 2)!;
		expect(clause.text.slice(span.start, span.end)).toBe('41');
		expect(mapSpan(clause, sentence.indexOf('main'), sentence.indexOf('main') + 4)).toBeUndefined();
	});
});

describe('soleReferent: a leading He/She resolved only when exactly one person fits', () => {
	const marwick = { surname: 'Marwick', full: 'Lord Marwick', gender: 'male' as const };
	const stahl = { surname: 'Stahl', full: 'Hugo Stahl', gender: 'male' as const };
	const brunn = { surname: 'Brunn', full: 'Ada Brunn', gender: 'female' as const };
	const quint = { surname: 'Quint', full: 'Sam Quint' };

	it('takes the one man of the nearest sentence that names anyone', () => {
		expect(soleReferent('He', [{ persons: [], text: 'The party was in turmoil.' }, { persons: [marwick], text: 'Lord Marwick was the oldest living former premier.' }])).toBe(marwick);
	});

	it('passes over a sentence naming only a woman for "He", and takes her for "She"', () => {
		const earlier = [{ persons: [brunn], text: 'Ada Brunn wrote The Long Winter.' }, { persons: [marwick], text: 'Lord Marwick opposed the plan.' }];
		expect(soleReferent('He', earlier)).toBe(marwick);
		expect(soleReferent('She', earlier)).toBe(brunn);
	});

	it('resolves nothing when two men, or a person of unknown gender, could be meant', () => {
		expect(soleReferent('He', [{ persons: [marwick, stahl], text: 'Lord Marwick succeeded Hugo Stahl.' }])).toBeUndefined();
		expect(soleReferent('He', [{ persons: [marwick, quint], text: 'Lord Marwick spoke to Quint.' }])).toBeUndefined();
	});

	it('resolves nothing when the nearest sentence already points at another man', () => {
		expect(soleReferent('He', [{ persons: [{ surname: 'Blair', full: 'Tony Blair', gender: 'male' }], text: 'Tony Blair called him a giant.' }])).toBeUndefined();
	});

	it('resolves nothing when no earlier sentence names anyone', () => {
		expect(soleReferent('She', [{ persons: [], text: 'The vote was close.' }])).toBeUndefined();
	});
});

describe('generateQuiz: a stem opening on a resolved pronoun', () => {
	it('names the one person the pronoun can mean, and asks nothing when two could be meant', () => {
		const filler = ['The party said the funeral would be held in Dunmore next month.', 'Thousands of people are expected to line the streets of the city.'];
		const quiz = generateQuiz(
			{
				title: 'Former premier Lord Marwick dies',
				paragraphs: [
					'Lord Marwick, who leaves two sons and a daughter, was the oldest living former Norland premier.',
					'He entered Government House in 1971 after the retirement of Hugo Stahl.',
					'Hugo Stahl had appointed Lord Marwick finance minister in 1965.',
					'He held the post for four years before the krona was devalued in 1969.',
					...filler
				]
			},
			{ seed: 1 }
		);
		const fromS1 = quiz.items.filter((i) => i.source.sentence === 1 && i.type !== 'which-first');
		expect(fromS1.length).toBeGreaterThan(0);
		for (const item of fromS1) expect(item.stem).toMatch(/^(Lord )?Marwick entered|^Who entered|^_____ entered/);
		expect(quiz.items.filter((i) => i.source.sentence === 3 && i.type !== 'which-first')).toEqual([]);
	});
});
