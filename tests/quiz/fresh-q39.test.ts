import { describe, expect, it } from 'vitest';
import { checksOf } from './report';

describe('q39: a fresh user’s NO items', () => {
	it('refuses "his client" that the stem never names (R4)', () => {
		// a fresh user's court story
		const paragraphs = [
			"By Helen Marsh, Court Reporter",
			"A former finance chief at Harbourside District Council was jailed for six years on Thursday after a jury found him guilty of stealing £1.4 million of public money over nine years.",
			"Gareth Pryce, 58, of Wellbrook Lane, Castleford, diverted council funds into two shell companies that he controlled, Leeds Crown Court heard. The companies, Northgate Facilities Ltd and Pryce Maintenance Services, billed the council for repair work that was never carried out.",
			"Prosecutor Amanda Leigh told the jury that Pryce had approved 312 false invoices between 2014 and 2023. \"He was the person trusted to guard the council's money, and he helped himself to it,\" she said.",
			"The fraud came to light in March 2023, when a junior accountant, Sofia Kaur, noticed that one company's registered address was Pryce's own home. She reported her concerns to the council's chief executive, who called in West Yorkshire Police.",
			"Detectives found that Pryce had spent much of the money on a holiday villa in Portugal, two cars and private school fees. About £410,000 has since been recovered, the court was told.",
			"Pryce denied 14 counts of fraud by abuse of position, claiming the invoices were genuine and that the work had been done by subcontractors. The jury of seven women and five men took less than four hours to convict him on all counts.",
			"Sentencing him, Judge Richard Ormerod said Pryce had shown \"not a shred of remorse\" and had caused \"lasting damage to public trust in local government\". He said the council, which had cut library opening hours in 2019 to save money, had been \"robbed at the very time it could least afford it\".",
			"The judge also ordered Pryce to be disqualified from acting as a company director for 12 years. A confiscation hearing to recover more of the money will be held in April.",
			"Council leader Joan Whitfield said after the verdict that the authority had since introduced new checks, including a rule that no single officer can approve payments over £5,000. \"We are determined that this can never happen again,\" she said.",
			"Pryce's barrister, Martin Hale, said his client intended to appeal against the conviction. Pryce's wife, who attended every day of the three-week trial, left the court without speaking to reporters."
		];
		const checks = checksOf("Former Harbour Council treasurer jailed for six years over \u00a31.4 million fraud", paragraphs, /his client intended/);
		expect(checks.length).toBeGreaterThan(0);
		expect(checks.every((c) => c === 'R4')).toBe(true);
	});

	it('refuses a count of a side’s players that a sending-off gives away (R5)', () => {
		const paragraphs = [
			'Ashcombe Rovers reached the final of the Shire Cup for the first time in 31 years after a 2-1 win over Dunmere Town on Saturday.',
			'Dunmere finished the match with ten men after defender Kyle Orme was sent off for a second yellow card in the 80th minute.',
			'Ashcombe will play Tarleton Athletic in the final at Priory Park on 9 May.'
		];
		const checks = checksOf('Ashcombe Rovers reach Shire Cup final', paragraphs, /finished the match with (?:_____|ten) men.*80th minute/);
		expect(checks.length).toBeGreaterThan(0);
		expect(checks.filter((c) => c === '')).toEqual([]);
		expect(checks).toContain('R5');
	});
});
