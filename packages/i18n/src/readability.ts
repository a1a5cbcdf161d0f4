/**
 * The easy-read rules live in @cetr/domain so the staff console can give the
 * same advice to people writing reports for families; the portal's strings
 * are tested against them here.
 */
export {
  EASY_READ_JARGON,
  jargonIn,
  MAX_EASY_READ_SENTENCE_WORDS,
  sentences,
  wordCount,
} from "@cetr/domain";
