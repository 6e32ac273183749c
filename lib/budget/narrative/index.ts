export { narrativeFigures, change, type NarrativeFigures, type Change, type Share, type AmountByClass } from './figures';
export { narrativeSentences, changeClause, type NarrativeSentence } from './sentences';
export { renderFigures } from './render';
