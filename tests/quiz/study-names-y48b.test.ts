import { describe, expect, it } from 'vitest';
import { kept, reportOf, written } from './report';

// an invented randomised trial, told under a headline "..., study finds" that names no one: its
// researchers are the one university's, named in the second paragraph
const TITLE = 'Daily stretching eases back pain in office workers, study finds';
const PARAGRAPHS = [
	'Ten minutes of stretching at the desk each morning reduced lower back pain in office workers by 31% compared with no change in routine, according to a study published on Thursday.',
	'The research, led by scientists at Castlemoor University in Sheffield, compared morning stretching with a weekly yoga class of the same total length.',
	'The trial enrolled 842 office workers aged 25 to 60 in Sheffield, Leeds and Hull. About 35% had taken time off work for back pain in the previous year. Participants were randomly assigned to morning stretching, a weekly yoga class or their usual routine.',
	'Workers in the stretching group were shown six simple movements by a physiotherapist and given a printed card to keep at their desks.',
	'Compared with the usual-routine group, the stretchers reported pain scores that fell by 31%. The yoga group saw a fall of 12%.',
	'"Small and often beats long and rare," said Dr Helena Marsh, a senior lecturer in physiotherapy at Castlemoor and the study\'s lead author. "The back likes to be reminded every day."',
	'Dr Marsh said the idea came from watching her father, a postman, stretch against his van before each round.',
	'Professor Omar Haddad, a spine specialist at Northgate Hospital in Newcastle who was not involved in the research, called the findings useful but said the trial was too short to show whether the benefit would last. "Sixteen weeks is a start," he said.',
	'About 9% of participants dropped out before the end. The research was funded by a £640,000 grant from the Aldgate Foundation, a charity that supports research on work and health.',
	'The team now plans a two-year follow-up study of 2,000 workers across northern England, due to start in September 2027. The follow-up study will cost about £1.1 million.'
];

// the same kind of story under a headline that names its trial by a nationality, whose body calls it "the study"
const NAMED_TITLE = 'New water filters cut diarrhoea in toddlers by 38%, Kenyan trial finds';
const NAMED_PARAGRAPHS = [
	'Clay water filters fitted with a silver lining cut bouts of diarrhoea among toddlers by 38% compared with plain filters, according to an 18-month trial in western Kenya published on Monday.',
	'The study followed 3,150 children under the age of three in 62 villages between June 2024 and December 2025.',
	'"Families were boiling water over wood fires three times a day," said Dr Achieng Otieno, the study\'s lead author and a researcher at the Lakeside Institute of Child Health in Kisumu. "This saves them fuel as well as sickness."',
	'The filters cost about $14 each, against roughly $9 for a plain one. The trial was funded with a £1.9m grant from the Harrowgate Trust, a British charity.'
];

describe("A study story's 'the trial', 'the study' and 'the research', named as the story's one study (QUALITY.md R4)", () => {
	it('writes the one university whose scientists led a headline\'s bare "study finds" into "The trial enrolled ..." and "The research was funded ..."', () => {
		const stems = kept(TITLE, PARAGRAPHS);
		expect(stems.some((s) => /^The Castlemoor University trial enrolled (?:_____|842) office workers aged 25 to 60 in Sheffield, Leeds and Hull\.$/.test(s))).toBe(true);
		// the grant that paid for a study is written with the study named, and then refused as a side detail (R7, side-details.ts)
		const funded = written(reportOf(TITLE, PARAGRAPHS)).filter((w) => /^The Castlemoor University research was funded by a (?:£_____|_____|£640,000) grant from the Aldgate Foundation\.$/.test(w.stem));
		expect(funded.length).toBeGreaterThan(0);
		expect(funded.map((w) => w.check)).not.toContain('');
		expect(stems.some((s) => /^The (?:trial|research) /.test(s))).toBe(false);
	});

	it('writes a headline\'s named trial ("Kenyan trial") into "The study followed ..." and "The trial was funded ..."', () => {
		const stems = kept(NAMED_TITLE, NAMED_PARAGRAPHS);
		expect(stems.some((s) => /^The Kenyan trial followed (?:_____|3,150) children under the age of three in /.test(s))).toBe(true);
		expect(stems.some((s) => /^The Kenyan trial was funded with a (?:£_____m|_____|£1\.9m) grant from the Harrowgate Trust\.$/.test(s))).toBe(true);
	});

	it('never names a follow-up study as the story\'s, nor writes a study into shares and arms whose whole the sentences before said', () => {
		const all = written(reportOf(TITLE, PARAGRAPHS));
		const shown = all.filter((w) => w.check === '').map((w) => w.stem);
		expect(all.some((w) => /Castlemoor University (?:follow-up )?study will cost/.test(w.stem))).toBe(false);
		// "About 35% had taken time off": 35% of whom, only the sentence before says
		expect(all.some((w) => /^About (?:_____|35)%? had taken time off/.test(w.stem))).toBe(true);
		expect(shown.some((s) => /had taken time off work/.test(s))).toBe(false);
		// "The yoga group saw a fall of 12%": a fall in what, only the sentence before says
		expect(shown.some((s) => /yoga group saw a fall/.test(s))).toBe(false);
	});

	it('keeps "The study, led by researchers at ... and ..., followed ..." of two universities, whose own apposition says which study', () => {
		const paragraphs = [
			'Singing in a choir twice a week eased breathlessness in people with long-term lung disease by a fifth, according to research published on Friday.',
			'The study, led by researchers at Castlemoor University and the Danvers Institute in Glasgow, followed 512 patients aged 50 to 80 for nine months.',
			...PARAGRAPHS.slice(5, 8)
		];
		const stems = kept('Choir singing eases breathlessness in lung patients, study finds', paragraphs);
		expect(stems.some((s) => /^The study, led by researchers at Castlemoor University and the Danvers Institute in Glasgow, followed (?:_____|512) patients aged 50 to 80/.test(s))).toBe(true);
	});

	describe('the researchers of an institution whose lead author\'s own group the story tells of', () => {
		const title = 'Daily tea drinking linked to lower stroke risk in large Welsh study';
		const paragraphs = (group: string) => [
			'Older adults who drink three or more cups of tea a day are less likely to have a stroke than those who drink none, according to a 12-year study of 18,000 people in Wales published on Monday.',
			'Researchers at the Tawe Institute of Population Health in Swansea followed 18,204 men and women aged 55 and over from 2012 to 2024.',
			'"Tea is cheap, and most people already like it," said the study\'s lead author, Dr Carys Pritchard, 47, an epidemiologist at the institute.',
			`${group} cautioned that the study was observational and could not prove that tea itself lowers the risk.`,
			'The researchers now plan a trial in 2,400 people in south Wales to test whether a daily tea voucher changes drinking habits.'
		];
		it('writes the institution into "The researchers now plan a trial ..." when the group is the lead author\'s', () => {
			const stems = kept(title, paragraphs('Dr Pritchard and her colleagues'));
			expect(stems.some((s) => /^The Tawe Institute of Population Health researchers now plan a trial in (?:_____|2,400) people in south Wales/.test(s))).toBe(true);
		});
		it('leaves "The researchers" unsaid when the group is another scientist\'s', () => {
			const stems = kept(title, [...paragraphs('Professor Gethin Rowlands and his colleagues at Cardiff'), 'Professor Rowlands was not involved in the study.']);
			expect(stems.some((s) => /Tawe Institute of Population Health researchers/.test(s))).toBe(false);
		});
	});
});
