import { describe, expect, it } from 'vitest';
import { appositiveRole, isBodyOffice } from '../../src/lib/quiz/entities';
import { danglingParticiple } from '../../src/lib/quiz/generate';
import { withHeadlineModifier } from '../../src/lib/quiz/in-view';
import { kept, reportOf, written } from './report';

// invented stories; none of their sentences is an article's

const PAD = 'Residents packed the public gallery for the debate, which ran for almost four hours and ended shortly before midnight.';

describe('a headline word that belongs to a figure is no modifier of the noun after it (QUALITY.md R1)', () => {
	it('writes no "cent" or "percent" before a noun whose headline figure ends in it', () => {
		const council = 'The council said it was talking to a private gym about swimming lessons.';
		expect(withHeadlineModifier('Villagers fight 4.5 per cent council tax rise as Brookmere pool shuts', council)).toBe(council);
		const rent = 'The rent will be reviewed again in the spring.';
		expect(withHeadlineModifier('Tenants march against 12 percent rent rise in Dunmore', rent)).toBe(rent);
	});

	it('still writes a plain noun modifier the headline gives', () => {
		expect(withHeadlineModifier('Minister sets out budget with tax cut for young workers', 'The cut is expected to cost £2bn a year.')).toBe('The tax cut is expected to cost £2bn a year.');
	});

	it('leaves "The council said" of a council-tax story as the article wrote it or names the council', () => {
		const stems = kept('Villagers fight 4.5 per cent council tax rise as Brookmere pool shuts', [
			'Brookmere District Council has approved a budget that will see council tax rise by 4.5 per cent from April, after a long meeting on Wednesday.',
			PAD,
			'The council said it was talking to a private gym in Eastwick and to Brookmere Academy about swimming lessons for 600 children.'
		]);
		expect(stems.some((s) => /\bcent council\b/.test(s))).toBe(false);
	});
});

describe('"In the article, X is described as ..." writes a description, not a form of address, a relation or "a" sole office', () => {
	it('never writes a judge’s form of address as a description', () => {
		const stems = written(
			reportOf('Former bookkeeper jailed for stealing £240,000 from rowing club', [
				'A former bookkeeper who stole £240,000 from a rowing club over seven years has been jailed for four years.',
				'Sentencing him at Harwick Crown Court, His Honour Judge Peter Quillfield said Gareth Mossop had betrayed the volunteers who trusted him.',
				'Prosecutor Imogen Saltley told the court Mossop spent the money on holidays and a caravan in Tenby.',
				'Defending, Oliver Pendry said his client had repaid £18,000 and was ashamed of what he had done.'
			])
		).map((w) => w.stem);
		expect(stems.some((s) => /described as (?:the |a )?(?:His|Her) Honour/.test(s))).toBe(false);
	});

	it('takes a council’s leader and a company’s chief executive for one body’s one office, a member for one of many', () => {
		expect(isBodyOffice('council leader')).toBe(true);
		expect(isBodyOffice('chief executive')).toBe(true);
		expect(isBodyOffice('party chairwoman')).toBe(true);
		expect(isBodyOffice('council member')).toBe(false);
		expect(isBodyOffice('gospel singer')).toBe(false);
		expect(isBodyOffice('team leader')).toBe(false);
	});

	it('writes a council leader before her name as "the leader of" the council', () => {
		const stems = written(
			reportOf('Eastmoor councillors vote to keep two day centres open', [
				'Two day centres for older people in Eastmoor have been saved after borough councillors voted on Tuesday night to drop a plan to close them.',
				'The plan would have saved about £310,000 a year, officers said.',
				'Council leader Joanna Pikestaff, who had backed the closures, told the chamber she accepted the result but warned that the borough still faced a gap of £2.1m.',
				'"Nobody here wanted to shut a day centre," she said.',
				'Councillor Martin Gorseway, the cabinet member for adult care, said the decision left the council with no easy choices.',
				'Councillor Priya Nandakumar, who led the campaign against the closures, said 2,300 people had signed a petition.',
				PAD
			])
		).map((w) => w.stem);
		const described = stems.filter((s) => /Pikestaff is described as|who is described as/.test(s));
		expect(described).toEqual(['In the article, Joanna Pikestaff is described as the leader of Eastmoor council.']);
	});

	it('asks no job of one the article names as a relation of its subject', () => {
		const stems = written(
			reportOf('Mai Linh Tran, weaver who brought village rugs to Kyoto, dies at 79', [
				'Mai Linh Tran, the weaver whose rugs made the village of Cam Thanh famous, has died aged 79.',
				'She opened her first workshop in Hoi An in 1971, with six looms and a borrowed shed.',
				'Her husband, the Danish architect Lars Holmgaard, died in 2009.',
				'The Japanese collector Haruto Ishikawa bought 40 of her rugs for a museum in Kyoto in 1998.'
			])
		).map((w) => w.stem);
		expect(stems.some((s) => /Holmgaard is described as|who is described as the Danish architect/.test(s))).toBe(false);
	});
});

describe('"described as" asks no role the headline gives its person, nor a "the" cut from its relative clause', () => {
	const paragraphs = [
		'Ilse Brandauer, the Austrian-born cellist who spent four decades teaching at the conservatory in Graz, has died at her home in Salzburg.',
		'Her death was announced by the conductor Felix Ambrosch, a former pupil.',
		'The German violinist Karl Heinemann, who played with her for 20 years, called her the most patient teacher he had known.',
		'She recorded 31 albums, including a set of Bach suites that sold more than 200,000 copies.',
		'The Hungarian pianist Agota Szel said Brandauer had changed how a generation of players thought about the instrument.'
	];
	const described = (title: string) =>
		written(reportOf(title, paragraphs))
			.map((w) => w.stem)
			.filter((s) => /Heinemann is described as|who is described as a German violinist/.test(s));

	it('asks the role of a person whose role the headline does not give, and not of one whose role it gives', () => {
		expect(described('Ilse Brandauer, cellist who taught a generation in Graz, dies aged 88').length).toBeGreaterThan(0);
		expect(described('Ilse Brandauer, cellist who played 20 years with violinist Karl Heinemann, dies aged 88')).toEqual([]);
	});

	it('reads no appositive that opens on "the" and stops before the relative clause it points at', () => {
		const text = 'Ilse Brandauer, the Austrian-born cellist who spent four decades in Graz, has died.';
		expect(appositiveRole(text, 'Ilse Brandauer'.length, 'cellist')).toBeUndefined();
		const plain = 'Ilse Brandauer, a cellist from Graz, has died.';
		expect(appositiveRole(plain, 'Ilse Brandauer'.length, 'cellist')).toBe('a cellist from Graz');
	});
});

describe('a dash aside that closes a subject’s appositive stays, or the subject runs into its verb (QUALITY.md R1)', () => {
	it('keeps the aside before "has died" rather than "... famous among collectors has died"', () => {
		const stems = written(
			reportOf('Mai Linh Tran, weaver who brought village rugs to Kyoto, dies at 79', [
				'Mai Linh Tran, the Vietnamese weaver whose rugs made the village of Cam Thanh famous among collectors - and whose indigo dyes hang in galleries from Osaka to Lyon - has died aged 79.',
				'She opened her first workshop in Hoi An in 1971, with six looms and a borrowed shed.',
				'By 1990 the workshop employed 140 weavers, most of them women from the surrounding villages.'
			])
		).map((w) => w.stem);
		expect(stems.some((s) => /collectors has died/.test(s))).toBe(false);
	});
});

describe('a participle’s phrase a cut leaves at a stem’s start dangles (QUALITY.md R1)', () => {
	it('is found where the source sentence opens on something else, not where it opens on the phrase', () => {
		expect(danglingParticiple('Run by volunteers from the Hallam Trust, about 400 children were taught to swim.', 'In the scheme, run by volunteers from the Hallam Trust, about 400 children were taught to swim.')).toBe(true);
		expect(danglingParticiple('Having lost the vote, the mayor resigned on Friday.', 'After the count, having lost the vote, the mayor resigned on Friday.')).toBe(true);
		expect(danglingParticiple('Founded in 1911, the Hallam Trust runs 14 pools.', 'Founded in 1911, the Hallam Trust runs 14 pools.')).toBe(false);
		expect(danglingParticiple('Often at night, the pool is used by clubs.', 'In winter, often at night, the pool is used by clubs.')).toBe(false);
	});

	it('takes no name whose first word ends in "-ed" for a participle, and still finds an irregular participle', () => {
		expect(danglingParticiple('Ahmed Okonjo, the side’s captain, netted _____ goals last season.', 'Last year, Ahmed Okonjo, the side’s captain, netted 14 goals last season.')).toBe(false);
		expect(danglingParticiple('Fred Marsh, 52, of Hull, was fined £_____.', 'In court, Fred Marsh, 52, of Hull, was fined £400.')).toBe(false);
		expect(danglingParticiple('Mohammed Farouk, who joined in May, won _____ caps.', 'By then Mohammed Farouk, who joined in May, won nine caps.')).toBe(false);
		expect(danglingParticiple('Sold to a Dutch buyer in 2020, the mill now employs _____ people.', 'The old mill, sold to a Dutch buyer in 2020, now employs 80 people.')).toBe(true);
		expect(danglingParticiple('Seen from the harbour, the tower stands _____ metres tall.', 'At dusk, seen from the harbour, the tower stands 90 metres tall.')).toBe(true);
	});

	it('refuses every stem of a trial’s sentence that a cut leaves opening on "Run by"', () => {
		const stems = kept('Reading app lifts scores in Kenyan village schools trial', [
			'A free reading app that works without the internet raised pupils’ reading scores in a year-long trial in rural Kenya, researchers said on Monday.',
			'In the trial, run by researchers from Moi University with the Kenya Institute of Curriculum Development, about 4,800 pupils in Grade 3 to Grade 5 were split into two groups.',
			'Teachers said the tablets were often shared between three or four pupils.',
			PAD
		]);
		expect(stems.some((s) => /^Run by/.test(s))).toBe(false);
	});
});
