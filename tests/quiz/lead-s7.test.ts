import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/lib/quiz/facts';
import { simplify } from '../../src/lib/quiz/simplify';
import { sideOf } from '../../src/lib/quiz/generate';
import { articleFor } from '../../src/lib/quiz/words';
import { withHeadlineModifier } from '../../src/lib/quiz/in-view';
import { headlessQuantity } from '../../src/lib/quiz/headless';
import { reportOf, written } from './report';
import { parseArticleText } from '../../src/lib/quiz/parse-article';

/** The clauses simplify makes of a sentence, as text. */
const clauses = (text: string) => simplify(text, extractFacts(text)).map((c) => c.text);

/** The counts of a sentence as "text:hedge:bound". */
const bounds = (text: string) =>
	extractFacts(text)
		// "the age of 10" is an age since g31b, bound as a count is
		.filter((f) => f.type === 'count' || f.type === 'age')
		.map((f) => `${f.text}:${f.hedge}:${f.bound}`);

describe('a name that opens the subject of a how-many question', () => {
	it('keeps its capital where the article capitalises it inside a sentence ("the Leeds Otters")', () => {
		const stems = written(
			reportOf('Otters beat Falcons in overtime', [
				'The Leeds Otters came back from two goals down to beat the Hull Falcons 4-3 on Saturday night.',
				'Otters goalie Sam Reid made 31 saves as the home crowd of 5,200 watched.',
				'The Hull Falcons coach, Mark Dunn, said his side had been tired in the third period.',
				'The two teams meet again in Hull next Friday, when the Falcons hope to end a run of five defeats.'
			])
		).map((w) => w.stem);
		expect(stems).toContain('How many saves did Otters goalie Sam Reid make as the home crowd of 5,200 watched?');
		expect(stems.join('\n')).not.toMatch(/\botters goalie/);
	});
});

describe('an aside on the noun before it (", many of them ...")', () => {
	it('goes with the comma that closes it, so no stray comma is left in the stem', () => {
		expect(clauses('The firm raised $4.2 million from 900 clients, many of them retirees, to fund the scheme.')).toContain('The firm raised $4.2 million from 900 clients to fund the scheme');
		expect(clauses('Floods closed 12 schools, most of them in Powys, and cut power to 3,000 homes.')).toContain('Floods closed 12 schools and cut power to 3,000 homes');
	});

	it('goes whole with a list of names it opens, so no list is left hanging', () => {
		expect(clauses('Storms damaged 340 homes on Saturday morning, most of them in Derbyshire, Nottinghamshire and Yorkshire.')).toContain('Storms damaged 340 homes on Saturday morning');
	});
});

describe('the article a value takes', () => {
	it('reads a currency sign after its number: "an $800 million plan", "a $1 trillion bill"', () => {
		expect(['$800 million', '£11 billion', '€18m', '$1 trillion', '£90,000', 'US$8 billion'].map((v) => articleFor(v))).toEqual(['an', 'an', 'an', 'a', 'a', 'an']);
	});
});

describe('a dash aside written with a spaced hyphen, as plain-text copy writes it', () => {
	it('is dropped like an en dash aside, paired or trailing', () => {
		expect(clauses('Regular pay growth in the private sector - a measure the bank watches closely - slowed to 5.9% in the three months to June.')).toContain('Regular pay growth in the private sector slowed to 5.9% in the three months to June');
		expect(clauses('Scans of 4,210 adults showed a slightly larger hippocampus - a region of the brain involved in memory.')).toContain('Scans of 4,210 adults showed a slightly larger hippocampus');
	});

	it('is no dash inside a word or a range, nor after a short dateline', () => {
		expect(clauses('Around 40% of 13- to 15-year-olds in Leeds used the app after midnight.')).toEqual(['Around 40% of 13- to 15-year-olds in Leeds used the app after midnight']);
		expect(clauses('Feb 12 - Halvorsen Foods said on Tuesday it would cut about 1,400 jobs.')).toContain('Feb 12 - Halvorsen Foods said on Tuesday it would cut about 1,400 jobs');
	});
});

describe('a headline word written before "the <noun>" of a stem', () => {
	it('is a word of its own, never the scale letter of an amount ("£14.6m budget")', () => {
		const stem = 'The budget was approved at a full council meeting on Wednesday by 31 votes to 22.';
		expect(withHeadlineModifier('Council tax to rise by 4.99% as Westmoor faces £14.6m budget gap', stem)).toBe(stem);
		expect(withHeadlineModifier('Ministers unveil budget with tax cut for middle earners', 'The cut is expected to cost £2bn a year.')).toBe('The tax cut is expected to cost £2bn a year.');
	});
});

describe('an age threshold ("under the age of 10")', () => {
	it('is a bound, as "under 10" is, so no option or false statement moves it to the same side', () => {
		expect(bounds('More than half of the cases were in children under the age of 10, the agency said.')).toEqual(['10:under:true']);
		expect(bounds('Free bus travel is offered to residents over the age of 65 in Leeds.')).toEqual(['65:over:true']);
	});
});

describe('a time "within" a span ("Within two years he was playing ...")', () => {
	it('is a bound, so no false statement widens it ("within seven years" is true too)', () => {
		expect(bounds('Within two years Reed was playing in the band of the saxophonist Dan Cole.')).toEqual(['two:within:true']);
		expect(bounds('The firm must change its default settings within 90 days or face fines.')).toEqual(['90:within:true']);
	});
});

describe('the noun a count counts', () => {
	it('is never a verb or function word that ends in -s ("by 15 was sitting in")', () => {
		const nouns = (text: string) => extractFacts(text).filter((f) => f.type === 'count').map((f) => `${f.text}:${f.noun ?? ''}`);
		expect(nouns('He began playing at five and by 15 was sitting in with brass bands on the street.')).toEqual(['15:']);
		expect(nouns('By 2019 the band had played 300 shows in 40 cities.')).toEqual(['300:shows', '40:cities']);
	});
});

describe('a lone "One," before an appositive', () => {
	it('opens no stem: "One, 76-year-old X, said ..." does not say one of whom (R4)', () => {
		const verb = (w: string) => /^(?:had|was|said)$|ed$/.test(w);
		expect(headlessQuantity('One, 76-year-old Graham Pike, said outside court he had lost $_____.', verb)).toBe(true);
		expect(headlessQuantity('Another, the retired teacher Ann Lee, said she had lost her home.', verb)).toBe(true);
		expect(headlessQuantity('One, _____ Graham Pike, said outside court he had lost $312,000.', verb)).toBe(true);
		expect(headlessQuantity('One of the victims, 76-year-old Graham Pike, said he had lost $312,000.', verb)).toBe(false);
	});
});

describe('a leading part of a game ("In the extra period,")', () => {
	it('is kept as the scope of what the sentence counts, never dropped as a time phrase', () => {
		const text = 'In the extra period, Grant blocked two shots and grabbed three rebounds.';
		expect(clauses(text)).toEqual(['In the extra period, Grant blocked two shots and grabbed three rebounds']);
	});
});

describe('characters a reader never sees in pasted text', () => {
	it('are removed, so a name split by a zero-width space or a soft hyphen is one name again, and one stray NUL is no binary file', () => {
		const body = 'Olivia Gr\u200Bant scored 24 points as the Hawks beat the Kites 72-70 in the final on Saturday night in Leeds, where a crowd of 3,100 watched. Coach Nora Lee said her players had shown real spirit in the last quarter, when they trailed by six points with two minutes left.';
		const article = parseArticleText(`Hawks win the title\n\nBy Ann Cole\n\n${body}\u0000\n\nGr\u00ADant was named the most valuable player of the final.`);
		expect(article.paragraphs.join('\n')).not.toMatch(/[\u200B\u00AD\u0000]/);
		expect(article.paragraphs[0]).toContain('Olivia Grant scored 24 points');
		expect(article.paragraphs[1]).toBe('Grant was named the most valuable player of the final.');
	});
});

describe('a count of time units per period ("five days a week")', () => {
	it('keeps its distractors within the period: no "thirteen days a week", no "30 hours a day"', () => {
		const maxOf = (text: string) => {
			const fact = extractFacts(text).find((f) => f.type === 'count')!;
			return sideOf(text, fact)[0];
		};
		expect(maxOf('The library will be open five days a week from March, the council said.')).toBe(8);
		expect(maxOf('Nurses on the ward worked 12 hours a day during the outbreak.')).toBe(25);
		expect(maxOf('The library will lend 5,000 books from March, the council said.')).toBe(Infinity);
	});
});
