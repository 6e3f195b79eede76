import { describe, expect, it } from 'vitest';
import { extractFacts, loneSurnames } from '../../src/lib/quiz/facts';
import { generateQuiz } from '../../src/lib/quiz/generate';
import { parseArticleText } from '../../src/lib/quiz/parse-article';
import { soleReferent } from '../../src/lib/quiz/pronouns';

const stemsOf = (text: string) => generateQuiz(parseArticleText(text), { seed: 1 }).items.map((i) => i.stem);

// a company story that names two men once each, so neither is the article's subject, and a run of four "He" sentences after one of them
const FERRY = `Ferry operator fined after a year of delays on Arran crossing

Island Link, the ferry operator, was fined £40,000 on Tuesday after a year of delays on its crossing to Arran, the regulator said.

Its chief executive, Gareth Pryce, apologised to passengers at a meeting in Brodick. He said the company had ordered two new vessels from a yard in Gdansk. He added that both would enter service in 2027. He blamed the delays on a shortage of engineers. He said 14 engineers had been hired since March.

Owen Rhys, a councillor who represents Arran, said the fine was too small. "Islanders have missed hospital appointments and funerals," he said.

The regulator said it would review the operator's timetable in six months.`;

// an obituary whose "she" follows a clause fronted without a comma
const WEAVER = `Harriet Gaunt, Yorkshire hand-loom weaver, dies aged 88

Harriet Gaunt, a weaver who kept the last hand loom in Saltaire working for half a century, has died aged 88. She was born in Shipley in 1937, the daughter of a wool sorter.

She left school at 14 to work at Salts Mill, where she learned to weave worsted cloth on the power looms. When the mill closed in 1986 she was 49 and had spent 35 years at its looms. She bought an old hand loom for £60 and set it up in the front room of her terraced house.

Her cloth was sold at craft fairs across the north of England, and in 2004 she was awarded the MBE.

She is survived by her son and two grandchildren.`;

describe('a run of "He" sentences carries the person named before it on (y38a)', () => {
	it('asks the fourth "He" after the name with that name, beyond the three sentences a pronoun looked back', () => {
		expect(stemsOf(FERRY)).toContain('How many engineers did Gareth Pryce say had been hired since March?');
	});

	it('passes over a sentence that opens on the pronoun and names only people of the other gender', () => {
		const earlier = [
			{ persons: [{ surname: 'Okafor', full: 'Emeka Okafor', gender: 'male' as const }], text: 'She was born in Onitsha, the fourth child of Emeka Okafor and his wife, whose market stall became the setting of her stories.' },
			{ persons: [{ surname: 'Eze', full: 'Ada Eze', gender: 'female' as const }], text: 'The novelist Ada Eze has died aged 80.' }
		];
		expect(soleReferent('She', earlier)?.full).toBe('Ada Eze');
	});

	it('still leaves a pronoun unresolved after a sentence that points at an unnamed woman without opening on "She"', () => {
		const earlier = [
			{ persons: [{ surname: 'Ostby', full: 'Karl Ostby', gender: 'male' as const }], text: 'Karl Ostby called her a pillar of the town.' },
			{ persons: [{ surname: 'Eze', full: 'Ada Eze', gender: 'female' as const }], text: 'The novelist Ada Eze has died aged 80.' }
		];
		expect(soleReferent('She', earlier)).toBeUndefined();
	});
});

describe('a name written for a pronoun after a fronted clause (y38a)', () => {
	it('is set off by a comma, so the stem is one sentence and not a subordinate clause run on', () => {
		const stems = stemsOf(WEAVER);
		expect(stems.some((s) => s.startsWith('When Salts Mill closed in 1986, Harriet Gaunt was 49 and had spent'))).toBe(true);
		expect(stems.filter((s) => /^When [^,]*\sHarriet Gaunt\b/.test(s))).toEqual([]);
	});
});

describe('a surname set beside an age as its appositive (y38a)', () => {
	it('makes the full name a person’s where the first name is one the name registers know', () => {
		const sentences = ['Kofi Asamoah scored twice as Dunfield came from behind to beat Millbrook.', 'Asamoah, the 23-year-old winger signed from Accra Hearts in August, headed the equaliser.'];
		expect([...loneSurnames(sentences, sentences.map((s) => extractFacts(s))).keys()]).toEqual(['Asamoah']);
	});
});
