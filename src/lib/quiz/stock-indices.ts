/**
 * The names of stock market indices as news writes them, with the number or word some carry
 * ("FTSE 100", "Nikkei 225", "S&P 500", "WIG20", "Hang Seng Index"), as one alternation of a
 * regular expression's source, for a pattern with the `u` flag (a bare "Dow" before a capital
 * is a company's, "Dow Chemical", and is left out). The one list that generate.ts's market footnotes and
 * story-organisation.ts's markets read, so an index added for one is known to both.
 */
export const STOCK_INDEX = String.raw`Nifty(?: 50)?|Sensex|FTSE(?: \d+)?|Dow Jones|Dow(?![\p{L}\p{M}]| \p{Lu})|S&P(?: 500)?|Nasdaq(?: Composite)?|Hang Seng(?: Index)?|Nikkei(?: 225)?|DAX|Dax|CAC(?: 40)?|Stoxx(?: \d+)?|ASX(?: 200)?|KOSPI|Kospi|KOSDAQ|Kosdaq|TSX|ISEQ|Topix|TOPIX|WIG(?:\d+)?|IBEX(?: 35)?|Euronext`;
