import { describe, expect, it } from 'vitest';
import { generateAlternative, generateQuiz } from '../../src/lib/quiz/generate';
import { parseArticleText } from '../../src/lib/quiz/parse-article';
import { replaceItem } from '../../src/lib/quiz/review';
import type { Item } from '../../src/lib/quiz/types';

// an invented council story with three people quoted, each in several sentences, so that the quiz asks about
// some of them twice and a statement on who said something may be shown false by swapping one of them in
const article = parseArticleText(`Harbour town votes to close its last public swimming pool

Councillors in Portwenn voted on Tuesday to close the Harbour Road pool, the town's last public swimming pool, saving about £310,000 a year.

The council leader, Gareth Rowe, said the pool needed repairs costing £2.4 million that the council could not afford. "We have looked at every other option," Rowe said. "None of them adds up."

Swimming teacher Alison Pengelly, who has taught at the pool for 22 years, said about 600 children learnt to swim there each year. "Where are they going to go now?" Pengelly said. "The nearest pool is 19 miles away."

Opposition councillor Martin Treloar said the vote had been rushed through in 40 minutes. "Nobody from the public was allowed to speak," Treloar said. "This was decided before the meeting began."

Rowe said the council would give £50,000 to a community group that hopes to reopen the pool as a charity. "If they can find a way, we will help them," Rowe said.

Pengelly said she had started a petition, which had 3,200 signatures by Tuesday evening. "People are angry, and they have every right to be," Pengelly said.

Treloar said he would ask for the decision to be reviewed at the next full council meeting in March. "We owe the town a proper debate," Treloar said.

The pool opened in 1974 and had about 48,000 visits last year, down from 61,000 in 2019.
`);

const PEOPLE = ['Rowe', 'Pengelly', 'Treloar'];

/** How many of `items` are about `surname` as shown: a stem that names them, or a who-said answer that is theirs. */
function aboutCount(items: readonly Item[], surname: string): number {
	return items.filter((i) => new RegExp(`\\b${surname}\\b`).test(i.stem) || (i.type === 'who-said' && i.options[i.key as number]?.includes(surname))).length;
}

describe('fu: "Another item" shows no false statement that swaps in a person two kept items are about (at most two per entity)', () => {
	it('keeps the person a false replacement swaps in at two items or fewer, for several seeds', () => {
		for (const seed of [1, 2, 3, 4]) {
			const quiz = generateQuiz(article, { seed });
			for (const item of quiz.items) {
				const other = generateAlternative(article, quiz, item.id, seed);
				// a statement shown false, whose stem names the person it swaps in
				if (!other || other.type !== 'true-false' || other.key !== 1) continue;
				const replaced = replaceItem(quiz, item.id, other);
				for (const surname of PEOPLE.filter((p) => other.stem.includes(p))) {
					if (aboutCount(quiz.items.filter((i) => i.id !== item.id), surname) > 2) continue;
					expect(aboutCount(replaced.items, surname), `${seed} ${other.stem}`).toBeLessThanOrEqual(2);
				}
			}
		}
	});
});
