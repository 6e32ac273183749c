export { narrativeFigures, change, type NarrativeFigures, type Change, type Share, type AmountByClass } from './figures';
export { narrativeSentences, changeClause, type NarrativeSentence } from './sentences';
export { functionalChanges, threePublicChanges, functionalItemTotals, reasonOf, movesBy, subjectLabel, functionalSubject, threePublicSubject, REASON_SUBJECT_PATTERN, type ItemChange, type ReasonSubject } from './item-changes';
export { renderFigures } from './render';
