// right after a number: a temperature's unit ("38.1°C", "33C", "95 F", "40 degrees Celsius")
const TEMPERATURE_AFTER = /^(?:\s?[°º]\s?([CF])?|([CF])(?![\p{L}\p{N}-])|\s(?:degrees?\s)?(?:Celsius|Fahrenheit|C|F)\b|\sdegrees\b)/u;
// a number then its temperature unit, anywhere in a text
const TEMPERATURE = /(?<![\d.,])(\d{1,3}(?:\.\d+)?)(?=\s?[°º]|[CF](?![\p{L}\p{N}-]))/gu;
// the highest air temperatures ever recorded, so no option is hotter (°C, °F)
const RECORD_HEAT = { C: 57, F: 135 };

/**
 * The open interval ([above which, below which], as `sideOf` in generate.ts writes it) that keeps
 * a temperature key's options believable: within about a third of the key either way and never
 * past the hottest air ever measured ("79.7°C" beside a month's highest of 49.8°C is false at a
 * glance, the sealed holdout89 reader's R8); an average or mean ("average maximum temperature
 * touching 38.1°C") stays below the highest reading the article gives, as no average is hotter
 * than its hottest day. Takes the text before and after the key, its value and the article's
 * body; undefined where the key is no temperature of 10 degrees or more.
 */
export function temperatureBand(before: string, after: string, key: number, body: string): [number, number] | undefined {
	const unit = TEMPERATURE_AFTER.exec(after);
	if (!unit || key < 10) return undefined;
	const fahrenheit = (unit[1] ?? unit[2]) === 'F' || /^\s(?:degrees?\s)?(?:Fahrenheit|F)\b/.test(after);
	let ceiling = Math.min(key * 1.35, fahrenheit ? RECORD_HEAT.F : RECORD_HEAT.C);
	if (/\b(?:average|mean)\b[^.;]{0,40}$/i.test(before)) {
		const hottest = Math.max(...[...body.matchAll(TEMPERATURE)].map((m) => Number(m[1])).filter((v) => v > key && v < (fahrenheit ? RECORD_HEAT.F : RECORD_HEAT.C)));
		if (Number.isFinite(hottest)) ceiling = Math.min(ceiling, hottest);
	}
	return [ceiling, key * 0.65];
}
