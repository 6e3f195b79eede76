/** "is asked to call", "are urged to contact": a request to the reader, not a fact of the story. */
const ASKED_TO_CALL = /\b(?:is|are) (?:being )?(?:asked|urged|encouraged|appealed to) to (?:call|contact|ring|phone|email|text|get in touch)\b/i;
/** "quoting reference 123", "quoting log 456": a case number to give on the phone. */
const QUOTING = /\bquoting (?:the )?(?:reference|ref\.?|log|crime|incident|case|occurrence)\b/i;
/** A telephone number: "0800 555 111", "0113 496 0821", "(555) 123-4567", "555-123-4567". */
const PHONE = /(?<![\d,.])0\d{2,4}[ -]?\d{3}[ -]?\d{3,4}\b|\(\d{3}\) ?\d{3}-\d{4}\b|\b\d{3}-\d{3}-\d{4}\b/;

/**
 * Is the sentence an appeal for information ("Anyone with information is asked to call 101
 * quoting reference ...", "Witnesses are urged to ring ... on 0113 ...")? Its numbers are a phone
 * line and a case reference: page furniture, never a fact worth asking (QUALITY.md R7). Takes a
 * sentence's text; true when it asks the reader to call with a number, quotes a case reference
 * or gives a telephone number.
 */
export function isAppeal(sentence: string): boolean {
	return (ASKED_TO_CALL.test(sentence) && /\d/.test(sentence)) || QUOTING.test(sentence) || PHONE.test(sentence);
}
