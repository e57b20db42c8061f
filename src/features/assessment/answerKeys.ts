// Which keys choose an answer given by a digit: a level (or a legal form's 1, 3, 5) its own digit;
// Medienbrüche, answered as a count, the count's digit, and its "3 oder mehr" every digit from 3 to
// 9. The score panel's questions and the steps table's answer cells both choose with it, so that a
// digit answers the same in both.
import type { CriterionCode } from '../../domain/criteria';
import { mediaBreaksOrMore } from '../../domain/criteria';

/** the digits that each mean "3 oder mehr" media breaks */
const manyMediaBreakKeys: readonly string[] = Array.from({ length: 10 - mediaBreaksOrMore }, (_, offset) => String(mediaBreaksOrMore + offset));

/** The keys (KeyboardEvent.key) that choose `value` as the answer to `code`. */
export function answerKeys(code: CriterionCode, value: number): readonly string[] {
  return code === 'Mb' && value === mediaBreaksOrMore ? manyMediaBreakKeys : [String(value)];
}
