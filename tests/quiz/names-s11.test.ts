import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/lib/quiz/facts';
import { parseArticleText } from '../../src/lib/quiz/parse-article';
import { splitSentences } from '../../src/lib/quiz/sentences';
import { itemsOf, kept, reportOf, written } from './report';

/** The person facts of the sentence that includes `words`, as "text/surname". */
function personsIn(title: string, paragraphs: string[], words: string): string[] {
	const report = reportOf(title, paragraphs);
	const sentences = splitSentences(parseArticleText(`${title}\n\n${paragraphs.join('\n\n')}`));
	const index = sentences.findIndex((s) => s.text.includes(words));
	return report.facts[index].filter((f) => f.type === 'person').map((f) => `${f.text}/${f.surname}`);
}

/** The surnames that the who-said items on a quote that includes `words` give as key, over ten seeds. */
function whoSaidKeys(title: string, paragraphs: string[], words: string): Set<string> {
	return new Set(itemsOf(title, paragraphs).filter((i) => i.type === 'who-said' && i.stem.includes(words)).map((i) => i.options[i.key].split(' ').pop()!));
}

describe('people named after their country or nationality', () => {
	const race = [
		'Belgium’s Tomas Wouters won the ninth stage of the Tour of Austria on Sunday after a late attack on the final climb.',
		'Italy’s Marco Rossi finished fourth and kept the leader’s jersey.',
		'Wouters held off Norway’s Eirik Haugland-Strøm and Spain’s Xabier Etxeberria at the line after 176 km from Linz.',
		'Colombian climber Andrés Quiñones, fifth overall, crashed on a descent and abandoned the race, his team said.',
		'The race ends on Wednesday in Vienna after two more mountain stages and a short time trial.'
	];

	it('reads an unknown name after a country’s possessive as a person, where the article names its people so', () => {
		expect(personsIn('Wouters wins hill stage', race, 'Haugland-Strøm')).toEqual(['Wouters/Wouters', 'Eirik Haugland-Strøm/Haugland-Strøm', 'Xabier Etxeberria/Etxeberria']);
	});

	it('reads an unknown name after a nationality and a noun as a person', () => {
		expect(personsIn('Wouters wins hill stage', race, 'Quiñones')).toEqual(['Andrés Quiñones/Quiñones']);
	});

	it('asks a who-said among riders so named, passing over a name far longer than the others', () => {
		const stage = [
			'Belgium’s Jonas Vercauteren won the tenth stage on Tuesday, as Italy’s Lorenzo Marchetti kept the yellow jersey.',
			'“I had this finish in my head all morning, it was made for me,” said Vercauteren, who wept at the line.',
			'He held off Denmark’s Mikkel Brandt-Sørensen and Spain’s Iñigo Aranburu after 198 km from Clermont-Ferrand.',
			'Colombian climber Santiago Ríos, sixth overall, crashed and did not finish, his team said.',
			'France’s Alexandre Vidal stays second overall, 41 seconds behind Marchetti, before the rest day.'
		];
		const whoSaid = itemsOf('Vercauteren wins tenth stage', stage).filter((i) => i.type === 'who-said' && i.stem.includes('made for me'));
		// every one of the ten quizzes asks it: none loses it to a set that gives itself away
		expect(whoSaid.length).toBe(10);
		for (const item of whoSaid) {
			expect(item.options[item.key]).toBe('Vercauteren');
			const lengths = item.options.map((o) => o.length);
			expect(Math.max(...lengths)).toBeLessThanOrEqual(2.5 * Math.min(...lengths) + 4);
		}
	});

	it('leaves a name after a country’s possessive untyped where the article writes no person so', () => {
		expect(extractFacts('Shares in Denmark’s Novo Nordisk rose sharply on Monday.').filter((f) => f.type === 'person')).toEqual([]);
	});
});

describe('knights, judges and quote chains', () => {
	const libel = [
		'Sir Malcolm Ferris, 64, who served as transport secretary, sued the blogger Dan Keane over a series of posts about his business interests.',
		'In a judgment at the High Court in London on Thursday, Mrs Justice Adeyemi found that the posts were defamatory.',
		'“The defendant stitched together rumours and presented them as established fact,” the judge wrote.',
		'Outside court, Sir Malcolm said he felt relieved.',
		'“For three years I have had to answer for things I never did in my whole career,” he said. “I have always defended the right of anyone to criticise ministers.”',
		'Keane, who raised £40,000 from supporters, said in a statement that he would consider an appeal.',
		'“This ruling will frighten anyone who writes about public money in this country,” he said.',
		'“Judges expect reporters to check their sources and to seek comment,” said Laura Finch, a media lawyer in London.'
	];

	it('takes “Sir Malcolm” for Sir Malcolm Ferris, never a surname of his own', () => {
		expect(personsIn('Former minister wins libel case', libel, 'Outside court')).toEqual(['Malcolm/Ferris']);
		expect(whoSaidKeys('Former minister wins libel case', libel, 'For three years')).toEqual(new Set(['Ferris']));
	});

	it('asks the second sentence of a quote run after “he said” of its speaker', () => {
		// the who-said on the first sentence asks him already, so the second is asked as true or false, and shown
		// false, naming another: shown true it would name the who-said item's answer beside it (the holdout24 reader's R5)
		const asked = kept('Former minister wins libel case', libel).filter((s) => s.includes('I have always defended'));
		expect(asked).toHaveLength(1);
		expect(asked[0]).toMatch(/^[\p{L} ]+ said: “I have always defended the right of anyone to criticise ministers\.”$/u);
		expect(asked[0]).not.toContain('Ferris');
	});

	it('takes “he said” after a sentence that opens on the surname alone for that person', () => {
		expect(whoSaidKeys('Former minister wins libel case', libel, 'This ruling will frighten')).toEqual(new Set(['Keane']));
	});

	it('takes “the judge wrote” for the one judge the article names', () => {
		expect(whoSaidKeys('Former minister wins libel case', libel, 'stitched together rumours')).toEqual(new Set(['Adeyemi']));
	});

	it('asks no quote of “the judge” where the article names two judges', () => {
		const two = [...libel.slice(0, 2), 'Mr Justice Harlow, sitting with her, agreed with the ruling on costs.', ...libel.slice(2)];
		expect(whoSaidKeys('Former minister wins libel case', two, 'stitched together rumours')).toEqual(new Set());
	});
});

describe('places in a field, and pronouns that open a sentence', () => {
	const marathon = [
		'Kenya’s Daniel Kiprotich won the Lakeside Marathon on Sunday, pulling away from two Ethiopians over the final five kilometres to win in two hours five minutes.',
		'Ethiopia’s Abebe Gebremedhin finished second in 2:05:38, with his countryman Yonas Haile third in 2:06:14.',
		'In the women’s race, Ethiopia’s Meseret Tesfaye, 31, ran a patient race to win in 2:21:47. She outsprinted Kenya’s Joyline Chepngeno over the last 800 metres to win by six seconds.',
		'Chepngeno, a former winner in Lisbon, finished second in 2:21:53, and Ethiopia’s Tigist Alemu was third in 2:23:09.',
		'More than 9,000 runners started the race along the lake shore, organisers said.'
	];

	it('never offers as a wrong answer a person the article gives the same place', () => {
		const stems = written(reportOf('Kiprotich and Tesfaye win in record times', marathon));
		const third = stems.filter((w) => w.stem.startsWith('Ethiopia’s _____ was third') || w.stem.includes('_____ was third in 2:23:09'));
		expect(third.length).toBeGreaterThan(0);
		expect(third.every((w) => w.check !== '')).toBe(true);
	});

	it('gives the gender of an opening “She” to the one person the sentence before names, though another is named after it', () => {
		expect(written(reportOf('Kiprotich and Tesfaye win in record times', marathon)).some((w) => w.check === '' && w.stem.startsWith('Meseret Tesfaye outsprinted'))).toBe(true);
	});
});
