import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/lib/quiz/facts';

const money = (sentence: string) => extractFacts(sentence).filter((f) => f.type === 'money').map((f) => [f.text, f.value, f.unit]);

describe('money as Malaysian and South African copy write it (issue 3: money keeps its currency and scale)', () => {
	it('reads ringgit after "RM", with the "mil" and "bil" scales of Malaysian papers', () => {
		expect(money('Retailers face fines of up to RM500,000, and users caught vaping in public may be fined RM250.')).toEqual([
			['RM500,000', 500000, 'MYR'],
			['RM250', 250, 'MYR']
		]);
		expect(money('The industry is worth an estimated RM2.3bil a year, and repeat offenders face fines of RM1mil.')).toEqual([
			['RM2.3bil', 2300000000, 'MYR'],
			['RM1mil', 1000000, 'MYR']
		]);
	});

	it('reads a rand price to the cent, and still no road ("the R34") nor a "mil" without ringgit', () => {
		expect(money('A litre of 95 octane petrol will cost R23.86 in Gauteng from Wednesday.')).toEqual([['R23.86', 23.86, 'ZAR']]);
		expect(money('Trucks were diverted to the R34 towards Vryheid for most of the day.')).toEqual([]);
		expect(extractFacts('The runners covered 5mil on the last day of the race.').map((f) => f.value)).not.toContain(5000000);
	});
});

